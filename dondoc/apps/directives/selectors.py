from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from django.db.models import Max, Q, QuerySet

from dondoc.apps.directives.models import Directive
from dondoc.apps.orgs.models import OrgUnit, Person, Position
from dondoc.core import progress as core


def directive_list(*, org_unit: OrgUnit | None = None) -> QuerySet[Directive]:
    """Directives with what their progress needs prefetched; filtered by lead or co-unit."""
    directives = Directive.objects.select_related(
        "lead_unit", "speaker", "responsible_person"
    ).prefetch_related("extensions", "co_units")
    if org_unit is not None:
        directives = directives.filter(Q(lead_unit=org_unit) | Q(co_units=org_unit)).distinct()
    return directives


def directive_progress_list(
    *, on: date, org_unit: OrgUnit | None = None
) -> list[tuple[Directive, core.Progress]]:
    """Each directive with where it stood on day ``on``."""
    return [
        (directive, directive.progress_on(on)) for directive in directive_list(org_unit=org_unit)
    ]


def directive_on_time_rate(*, on: date, org_unit: OrgUnit | None = None) -> Fraction | None:
    return core.on_time_rate(
        progress for _, progress in directive_progress_list(on=on, org_unit=org_unit)
    )


class ReminderKind(StrEnum):
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NOT_UPDATED = "not_updated"


@dataclass(frozen=True)
class Reminder:
    """Something to chase: addressed to the lead unit, escalated to its head when long overdue."""

    directive: Directive
    kind: ReminderKind
    days: int
    escalated_to: Person | None


DUE_SOON_DAYS = 14
NOT_UPDATED_DAYS = 30
ESCALATE_AFTER_DAYS = 30


def directive_reminders(*, on: date, units: Collection[int]) -> list[Reminder]:
    """Reminders on day ``on`` for the open directives led by ``units``, the most urgent first."""
    directives = list(
        directive_list()
        .filter(lead_unit__in=units, done_on__isnull=True)
        .annotate(last_update=Max("updates__reported_on"))
    )
    heads = _heads(on, {d.lead_unit_id for d in directives})
    reminders = []
    for directive in directives:
        progress = directive.progress_on(on)
        last = max(filter(None, (directive.last_update, directive.assigned_on)))
        if progress.status is core.DirectiveStatus.OPEN_OVERDUE:
            head = (
                heads.get(directive.lead_unit_id)
                if progress.days_overdue > ESCALATE_AFTER_DAYS
                else None
            )
            reminders.append(Reminder(directive, ReminderKind.OVERDUE, progress.days_overdue, head))
        elif progress.due_on is not None and (progress.due_on - on).days <= DUE_SOON_DAYS:
            reminders.append(
                Reminder(directive, ReminderKind.DUE_SOON, (progress.due_on - on).days, None)
            )
        elif (on - last).days > NOT_UPDATED_DAYS:
            reminders.append(Reminder(directive, ReminderKind.NOT_UPDATED, (on - last).days, None))
    order = {ReminderKind.OVERDUE: 0, ReminderKind.DUE_SOON: 1, ReminderKind.NOT_UPDATED: 2}
    return sorted(
        reminders,
        key=lambda r: (order[r.kind], -r.days if r.kind != ReminderKind.DUE_SOON else r.days),
    )


def _heads(on: date, units: set[int]) -> dict[int, Person]:
    """The first-ranked person holding a post in each unit on day ``on``."""
    positions = (
        Position.objects.filter(org_unit__in=units, start_on__lte=on)
        .filter(Q(end_on__isnull=True) | Q(end_on__gte=on))
        .select_related("person")
        .order_by("org_unit_id", "rank")
    )
    heads: dict[int, Person] = {}
    for position in positions:
        heads.setdefault(position.org_unit_id, position.person)
    return heads
