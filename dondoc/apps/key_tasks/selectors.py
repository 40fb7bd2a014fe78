"""Reads of key tasks: their status as of a day, from the notes known then (#7)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Max, OuterRef, Subquery

from dondoc.apps.key_tasks.models import KeyTask, KeyTaskNote, KeyTaskStatus
from dondoc.apps.orgs.models import OrgUnit


@dataclass(frozen=True)
class KeyTaskOn:
    """A key task and the status its latest note by a day gave (not started without one)."""

    key_task: KeyTask
    status: KeyTaskStatus
    noted_on: date | None

    def get_status_display(self) -> str:
        return str(self.status.label)


def key_task_list_on(*, org_unit: OrgUnit, year: int, on: date) -> list[KeyTaskOn]:
    """The key tasks of ``org_unit`` and the units below it for ``year``, as on day ``on``."""
    latest = KeyTaskNote.objects.filter(key_task=OuterRef("pk"), noted_on__lte=on).order_by(
        "-noted_on", "-pk"
    )
    key_tasks = (
        KeyTask.objects.filter(org_unit__path__startswith=org_unit.path, year=year)
        .select_related("org_unit")
        .annotate(
            status_on=Subquery(latest.values("status")[:1]),
            noted_on=Subquery(latest.values("noted_on")[:1]),
        )
    )
    return [
        KeyTaskOn(
            key_task,
            KeyTaskStatus(key_task.status_on or KeyTaskStatus.NOT_STARTED),
            key_task.noted_on,
        )
        for key_task in key_tasks
    ]


def key_task_next_ordinal(*, org_unit: OrgUnit, year: int) -> int:
    """The number the next key task of ``org_unit`` for ``year`` takes."""
    last = KeyTask.objects.filter(org_unit=org_unit, year=year).aggregate(Max("ordinal"))
    return int(last["ordinal__max"] or 0) + 1
