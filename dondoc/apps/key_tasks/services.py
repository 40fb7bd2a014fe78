from collections.abc import Sequence
from datetime import date

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction

from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator
from dondoc.apps.key_tasks.models import KeyTask, KeyTaskNote, KeyTaskStatus
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.provenance import Origin, tracked_save
from dondoc.core.periods import Period


@transaction.atomic
def key_task_create(
    *,
    org_unit: OrgUnit,
    year: int,
    ordinal: int,
    title: str,
    documents: Sequence[Document] = (),
    indicators: Sequence[Indicator] = (),
    origin: Origin = Origin.TYPED,
    is_illustrative: bool = False,
    user: AbstractBaseUser | None = None,
) -> KeyTask:
    key_task = tracked_save(
        KeyTask(
            org_unit=org_unit,
            year=year,
            ordinal=ordinal,
            title=title,
            origin=origin,
            is_illustrative=is_illustrative,
        ),
        user=user,
    )
    key_task.documents.set(documents)
    key_task.indicators.set(indicators)
    return key_task


@transaction.atomic
def key_task_note_add(
    key_task: KeyTask,
    *,
    noted_on: date,
    status: KeyTaskStatus,
    text: str,
    period: Period | None = None,
    origin: Origin = Origin.TYPED,
    is_illustrative: bool = False,
    user: AbstractBaseUser | None = None,
) -> KeyTaskNote:
    """Add a progress note; the task takes the status of its latest note."""
    note = tracked_save(
        KeyTaskNote(
            key_task=key_task,
            noted_on=noted_on,
            status=status,
            text=text,
            period_code=period.code if period else "",
            origin=origin,
            is_illustrative=is_illustrative,
        ),
        user=user,
    )
    latest = key_task.notes.order_by("-noted_on", "-pk").first()
    if latest is not None and key_task.status != latest.status:
        key_task.status = latest.status
        tracked_save(key_task, user=user)
    return note
