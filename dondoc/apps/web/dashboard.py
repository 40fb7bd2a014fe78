"""What the dashboard shows for a unit (and the units below it), a year and a day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from django.db.models import Max

from dondoc.apps.directives.models import Directive
from dondoc.apps.directives.selectors import directive_list
from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator, IndicatorValue
from dondoc.apps.indicators.selectors import (
    indicator_evaluate,
    indicator_target_for,
    indicator_value_as_reported,
)
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.core import indicators as core
from dondoc.core.progress import DirectiveStatus, Progress, on_time_rate


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
    key_tasks: list[KeyTask]
    tallies: list[tuple[Document, core.Tally]]
    indicators: list[IndicatorLine]
    due_soon: list[tuple[Directive, Progress]]
    overdue: list[tuple[Directive, Progress]]
    on_time_rate: Fraction | None
    by_unit: list[tuple[OrgUnit, int, int, Fraction | None]]
    sessions: list[WorkingSession]


def subtree(org_unit: OrgUnit, scope: frozenset[int]) -> list[int]:
    """The ids of ``org_unit`` and the units below it, within ``scope``."""
    pairs = list(OrgUnit.objects.filter(pk__in=scope).values_list("pk", "parent_id"))
    below, frontier = {org_unit.pk}, [org_unit.pk]
    while frontier:
        frontier = [pk for pk, parent in pairs if parent in frontier and pk not in below]
        below.update(frontier)
    return sorted(below & scope)


def latest_year(units: list[int]) -> int | None:
    """The latest year with key tasks or values for these units."""
    years = [
        KeyTask.objects.filter(org_unit__in=units).aggregate(year=Max("year"))["year"],
        _year(
            IndicatorValue.objects.filter(org_unit__in=units).aggregate(day=Max("period_end_on"))[
                "day"
            ]
        ),
    ]
    known = [y for y in years if y]
    return max(known) if known else None


def _year(day: date | None) -> int | None:
    return day.year if day else None


def dashboard_for(org_unit: OrgUnit, *, scope: frozenset[int], year: int, on: date) -> Dashboard:
    units = subtree(org_unit, scope)
    end_of_year = min(on, date(year, 12, 31))
    indicators = list(
        Indicator.objects.filter(org_unit__in=units, values__period_end_on__year=year)
        .distinct()
        .select_related("document", "org_unit")
        .prefetch_related("targets", "values")
    )
    lines = [_line(indicator, end_of_year) for indicator in indicators]
    progress = [(d, d.progress_on(on)) for d in directive_list().filter(lead_unit__in=units)]
    return Dashboard(
        org_unit=org_unit,
        year=year,
        on=on,
        key_tasks=list(
            KeyTask.objects.filter(org_unit__in=units, year=year).select_related("org_unit")
        ),
        tallies=_tallies(lines),
        indicators=[
            line
            for line in lines
            if line.indicator.document is None or (line.value and line.value.total)
        ],
        due_soon=[
            (d, p)
            for d, p in progress
            if p.status is DirectiveStatus.OPEN_WITHIN_DEADLINE
            and p.due_on
            and p.due_on <= on + timedelta(days=14)
        ],
        overdue=sorted(
            [(d, p) for d, p in progress if p.status is DirectiveStatus.OPEN_OVERDUE],
            key=lambda item: -item[1].days_overdue,
        ),
        on_time_rate=on_time_rate(p for _, p in progress),
        by_unit=_by_unit(progress),
        sessions=list(
            WorkingSession.objects.filter(subject_unit__in=units).select_related(
                "host_unit", "subject_unit", "head"
            )[:5]
        ),
    )


def _line(indicator: Indicator, on: date) -> IndicatorLine:
    value = indicator_value_as_reported(indicator, org_unit=indicator.org_unit, on=on)
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
            (v.period_end_on, str(v.period)): v.value
            for v in indicator.values.all()
            if v.reported_on <= on
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


def _by_unit(
    progress: list[tuple[Directive, Progress]],
) -> list[tuple[OrgUnit, int, int, Fraction | None]]:
    units: dict[int, tuple[OrgUnit, list[Progress]]] = {}
    for directive, item in progress:
        units.setdefault(directive.lead_unit_id, (directive.lead_unit, []))[1].append(item)
    return [
        (
            unit,
            len(items),
            sum(1 for p in items if p.status is DirectiveStatus.OPEN_OVERDUE),
            on_time_rate(items),
        )
        for unit, items in units.values()
    ]
