"""What the dashboard shows for a unit (and the units below it), a year and a day."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from django.db.models import Max, Q

from dondoc.apps.directives.models import Directive
from dondoc.apps.directives.selectors import (
    BoardFilters,
    UnitTally,
    directive_board,
    directive_tally_by_unit,
)
from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator, IndicatorValue
from dondoc.apps.indicators.selectors import (
    indicator_evaluate,
    indicator_target_for,
    indicator_value_as_reported,
)
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.key_tasks.selectors import KeyTaskOn, key_task_list_on
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.period_labels import period_label
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.core import indicators as core
from dondoc.core.progress import DirectiveStatus, Progress


@dataclass
class IndicatorLine:
    indicator: Indicator
    value: IndicatorValue | None
    target: Decimal | None
    share: Decimal | None  # value / target, or value / total for "14/27"
    evaluation: core.Evaluation | None
    trend: list[tuple[str, Decimal]] = field(default_factory=list)


@dataclass
class Dashboard:
    org_unit: OrgUnit
    year: int
    on: date
    key_tasks: list[KeyTaskOn]
    tallies: list[tuple[Document, core.Tally]]
    indicators: list[IndicatorLine]
    counts: dict[DirectiveStatus, int]
    due_soon: list[tuple[Directive, Progress]]
    overdue: list[tuple[Directive, Progress]]
    on_time_rate: Fraction | None
    by_unit: list[UnitTally]
    sessions: list[WorkingSession]


def latest_year(org_unit: OrgUnit) -> int | None:
    """The latest year with key tasks or values for this unit and the units below it."""
    below = Q(org_unit__path__startswith=org_unit.path)
    years = [
        KeyTask.objects.filter(below).aggregate(year=Max("year"))["year"],
        _year(IndicatorValue.objects.filter(below).aggregate(day=Max("period_end_on"))["day"]),
    ]
    known = [y for y in years if y]
    return max(known) if known else None


def _year(day: date | None) -> int | None:
    return day.year if day else None


def dashboard_for(org_unit: OrgUnit, *, scope: UnitScope, year: int, on: date) -> Dashboard:
    """The dashboard of ``org_unit`` and the units below it; ``org_unit`` is within ``scope``."""
    below = Q(org_unit__path__startswith=org_unit.path)
    end_of_year = min(on, date(year, 12, 31))
    indicators = list(
        Indicator.objects.filter(below, values__period_end_on__year=year)
        .distinct()
        .select_related("document", "org_unit")
        .prefetch_related("targets", "values")
    )
    lines = [_line(indicator, end_of_year) for indicator in indicators]
    mine = BoardFilters(lead_unit=org_unit)
    overdue = directive_board(
        scope=scope,
        on=on,
        filters=replace(mine, status=DirectiveStatus.OPEN_OVERDUE),
        per_page=10,
        with_counts=False,
    )
    by_unit = directive_tally_by_unit(org_unit=org_unit, scope=scope, on=on)
    counts = {s: sum(tally.counts[s] for tally in by_unit) for s in DirectiveStatus}
    due_soon = directive_board(
        scope=scope,
        on=on,
        filters=replace(
            mine, status=DirectiveStatus.OPEN_WITHIN_DEADLINE, due_until=on + timedelta(days=14)
        ),
        per_page=10,
        with_counts=False,
    )
    return Dashboard(
        org_unit=org_unit,
        year=year,
        on=on,
        key_tasks=key_task_list_on(org_unit=org_unit, year=year, on=on),
        tallies=_tallies(lines),
        indicators=[
            line
            for line in lines
            if line.indicator.document is None or (line.value and line.value.total)
        ],
        counts=counts,
        due_soon=[(row.directive, row.progress) for row in due_soon.rows],
        overdue=[(row.directive, row.progress) for row in overdue.rows],
        on_time_rate=UnitTally(org_unit, counts).on_time_rate,
        by_unit=by_unit,
        sessions=list(
            WorkingSession.objects.filter(subject_unit__path__startswith=org_unit.path)
            .filter(held_on__lte=on)
            .select_related("host_unit", "subject_unit", "head")
            .order_by("-held_on")[:5]
        ),
    )


def _line(indicator: Indicator, on: date) -> IndicatorLine:
    """An indicator's line of the dashboard: approved figures only, as its judgement (#8)."""
    value = indicator_value_as_reported(
        indicator, org_unit=indicator.org_unit, on=on, is_approved=True
    )
    target = indicator_target_for(indicator, period=value.period) if value else None
    # The judgement is the indicator's own (cumulative figures against the share elapsed).
    evaluation = indicator_evaluate(indicator, org_unit=indicator.org_unit, on=on)
    share = None
    if value is not None and target is not None and target.value:
        share = value.value / target.value
    if value is not None and value.total:
        share = value.value / value.total
    trend = sorted(
        {
            (v.period_end_on, period_label(v.period)): v.value
            for v in indicator.values.all()
            if v.reported_on <= on and v.is_locked
        }.items()
    )
    return IndicatorLine(
        indicator,
        value,
        target.value if target else None,
        share,
        evaluation,
        [(c, v) for (_, c), v in trend],
    )


def _tallies(lines: list[IndicatorLine]) -> list[tuple[Document, core.Tally]]:
    documents: dict[int, tuple[Document, list[core.Evaluation | None]]] = {}
    for line in lines:
        if line.indicator.document is not None:
            entry = documents.setdefault(line.indicator.document.pk, (line.indicator.document, []))
            entry[1].append(line.evaluation)
    return [(document, core.tally(evaluations)) for document, evaluations in documents.values()]
