from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.db import transaction
from django.utils.translation import gettext as _

from dondoc.apps.directives.models import (
    DeadlineKind,
    Directive,
    DirectiveUpdate,
    Extension,
    Recurrence,
    UpdateKind,
)
from dondoc.apps.documents.models import Document
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.orgs.models import OrgUnit, Person
from dondoc.apps.provenance import Origin, tracked_save
from dondoc.apps.work_sessions.models import Recommendation, WorkingSession


@transaction.atomic
def directive_assign(
    *,
    text: str,
    assigned_on: date,
    lead_unit: OrgUnit,
    due_on: date | None,
    deadline_kind: DeadlineKind = DeadlineKind.DATE,
    recurrence: Recurrence | None = None,
    work_session: WorkingSession | None = None,
    recommendation: Recommendation | None = None,
    document: Document | None = None,
    speaker: Person | None = None,
    responsible_person: Person | None = None,
    co_units: Sequence[OrgUnit] = (),
    key_tasks: Sequence[KeyTask] = (),
    origin: Origin = Origin.TYPED,
    is_illustrative: bool = False,
    user: AbstractBaseUser | None = None,
) -> Directive:
    directive = tracked_save(
        Directive(
            text=text,
            assigned_on=assigned_on,
            lead_unit=lead_unit,
            due_on=due_on,
            deadline_kind=deadline_kind,
            recurrence=recurrence or "",
            work_session=work_session,
            recommendation=recommendation,
            document=document,
            speaker=speaker,
            responsible_person=responsible_person,
            origin=origin,
            is_illustrative=is_illustrative,
        ),
        user=user,
    )
    directive.co_units.set(co_units)
    directive.key_tasks.set(key_tasks)
    return directive


@transaction.atomic
def directive_extend(
    directive: Directive,
    *,
    granted_on: date,
    due_on: date,
    reason: str,
    user: AbstractBaseUser | None = None,
) -> Extension:
    """Grant an extension; the original deadline stays on the directive."""
    return tracked_save(
        Extension(directive=directive, granted_on=granted_on, due_on=due_on, reason=reason),
        user=user,
    )


@transaction.atomic
def directive_report(
    directive: Directive,
    *,
    kind: UpdateKind,
    reported_on: date,
    note: str,
    evidence: File[Any] | None = None,
    is_illustrative: bool = False,
    user: AbstractBaseUser | None = None,
) -> DirectiveUpdate:
    """Add to a directive's history: "done" sets its completion day, "returned" clears it."""
    if kind == UpdateKind.DONE and directive.done_on is not None:
        raise ValidationError(_("This directive is already reported done."), code="already_done")
    if reported_on < directive.assigned_on:
        raise ValidationError(
            {"reported_on": _("A report cannot predate the directive.")}, code="report_too_early"
        )
    update = tracked_save(
        DirectiveUpdate(
            directive=directive,
            kind=kind,
            reported_on=reported_on,
            note=note,
            evidence=evidence or "",
            is_illustrative=is_illustrative,
        ),
        user=user,
    )
    if kind == UpdateKind.DONE:
        directive.done_on = reported_on
    elif kind in (UpdateKind.RETURNED, UpdateKind.REOPENED):
        directive.done_on = None
    tracked_save(directive, user=user)
    return update
