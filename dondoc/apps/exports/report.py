"""The periodic report (Báo cáo tình hình thực hiện nhiệm vụ) of a unit for a period (#11).

Directives are counted the Government Office's way: those whose deadline in force falls in the
period, by lead unit — done on time, done late, not done by the deadline — with the on-time
rate (on time ÷ due), and an appendix of the overdue with their days overdue. Statuses come
from the stored states (``states_on`` and ``status_q``), never worked out again here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any, cast

from django.db.models import Count, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from dondoc.apps.directives.models import DirectiveState
from dondoc.apps.directives.selectors import states_on, status_q
from dondoc.apps.exports import wording
from dondoc.apps.exports.issuers import issuer_for
from dondoc.apps.exports.notice import OfficialDocument, Signature
from dondoc.apps.exports.tabular import Table, Value
from dondoc.apps.indicators.models import Indicator
from dondoc.apps.indicators.selectors import (
    indicator_evaluate,
    indicator_target_for,
    indicator_value_as_reported,
)
from dondoc.apps.key_tasks.selectors import key_task_list_on
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.web.templatetags.dondoc import OUTCOME_LABELS
from dondoc.core.periods import Period
from dondoc.core.progress import DirectiveStatus

S = DirectiveStatus


def report_day(period: Period, *, today: date) -> date:
    """The day the report stands on: the period's last day, or today within the period."""
    return min(period.end_on, today)


def report_tables(org_unit: OrgUnit, *, period: Period, on: date) -> list[Table]:
    """The report's four tables: by lead unit, the overdue, the key tasks, the indicators."""
    return [
        _by_unit(org_unit, period, on),
        _overdue(org_unit, period, on),
        _key_tasks(org_unit, period, on),
        _indicators(org_unit, period, on),
    ]


def _due_in(org_unit: OrgUnit, period: Period, on: date) -> QuerySet[DirectiveState]:
    return states_on(on).filter(
        lead_unit__path__startswith=org_unit.path,
        due_on__gte=period.start_on,
        due_on__lte=period.end_on,
    )


def _by_unit(org_unit: OrgUnit, period: Period, on: date) -> Table:
    counts = {f"s_{status}": Count("pk", filter=status_q(status, on)) for status in S}
    groups = (
        _due_in(org_unit, period, on)
        .values("lead_unit__name")
        .annotate(total=Count("pk"), **counts)
        .order_by("lead_unit__name")
    )
    rows: list[list[Value]] = []
    totals = [0] * 5
    for found in groups:
        group = cast(dict[str, Any], found)
        numbers = [
            group["total"],
            *(
                group[f"s_{s}"]
                for s in (S.DONE_ON_TIME, S.DONE_LATE, S.OPEN_OVERDUE, S.OPEN_WITHIN_DEADLINE)
            ),
        ]
        totals = [a + b for a, b in zip(totals, numbers, strict=True)]
        rows.append([len(rows) + 1, group["lead_unit__name"], *numbers, _rate(numbers)])
    rows.append([None, _("Total"), *totals, _rate(totals)])
    headers = [
        pgettext("column", "No."),
        pgettext("column", "Lead unit"),
        pgettext("column", "Due in the period"),
        pgettext("column", "Done on time"),
        pgettext("column", "Done late"),
        pgettext("column", "Not done by the deadline"),
        pgettext("column", "Not yet due"),
        pgettext("column", "On-time rate (%)"),
    ]
    return Table(_("Directives due in %(period)s") % {"period": period}, headers, rows)


def _rate(numbers: list[int]) -> Decimal | None:
    """On time ÷ those whose deadline has passed or that are done (per cent, one decimal)."""
    total, on_time, _late, _overdue, not_yet = numbers
    due = total - not_yet
    return (Decimal(100 * on_time) / due).quantize(Decimal("0.1")) if due else None


def _overdue(org_unit: OrgUnit, period: Period, on: date) -> Table:
    states = (
        _due_in(org_unit, period, on)
        .filter(status_q(S.OPEN_OVERDUE, on))
        .select_related("directive", "lead_unit")
        .order_by("due_on", "directive_id")
    )
    rows: Iterator[list[Value]] = (
        [n, state.directive.text, state.lead_unit.name, state.due_on, (on - state.due_on).days]
        for n, state in enumerate(states, start=1)
        if state.due_on is not None
    )
    headers = [
        pgettext("column", "No."),
        pgettext("column", "Task"),
        pgettext("column", "Lead unit"),
        pgettext("column", "Deadline"),
        pgettext("column", "Days overdue"),
    ]
    return Table(_("Appendix: overdue on %(day)s") % {"day": f"{on:%d/%m/%Y}"}, headers, list(rows))


def _key_tasks(org_unit: OrgUnit, period: Period, on: date) -> Table:
    found = key_task_list_on(org_unit=org_unit, year=period.end_on.year, on=on)
    rows: list[list[Value]] = [
        [k.key_task.ordinal, k.key_task.title, k.key_task.org_unit.name, k.get_status_display()]
        for k in sorted(found, key=lambda k: (k.key_task.org_unit.name, k.key_task.ordinal))
    ]
    headers = [
        pgettext("column", "No."),
        pgettext("column", "Key task"),
        pgettext("column", "Unit"),
        pgettext("column", "Status"),
    ]
    return Table(_("Key tasks of %(year)s") % {"year": period.end_on.year}, headers, rows)


def _indicators(org_unit: OrgUnit, period: Period, on: date) -> Table:
    rows: list[list[Value]] = []
    indicators = Indicator.objects.filter(
        org_unit__path__startswith=org_unit.path
    ).prefetch_related("targets", "values")
    for indicator in indicators.order_by("search_key", "pk"):
        # An official report carries approved figures only (#8).
        value = indicator_value_as_reported(
            indicator, org_unit=indicator.org_unit, on=on, is_approved=True
        )
        if value is None or not period.contains(value.period):
            continue
        target = indicator_target_for(indicator, period=value.period)
        evaluation = indicator_evaluate(indicator, org_unit=indicator.org_unit, on=on)
        outcome = OUTCOME_LABELS.get(str(evaluation.outcome)) if evaluation else None
        rows.append(
            [
                len(rows) + 1,
                indicator.name,
                indicator.unit,
                target.value.normalize() if target else None,
                value.value.normalize(),
                str(value.period),
                str(outcome) if outcome else "",
            ]
        )
    headers = [
        pgettext("column", "No."),
        pgettext("column", "Indicator"),
        pgettext("column", "Unit of measure"),
        pgettext("column", "Target"),
        pgettext("column", "Value"),
        pgettext("column", "Period"),
        pgettext("column", "Evaluation"),
    ]
    return Table(_("Indicators against their targets"), headers, rows)


def report_build(org_unit: OrgUnit, *, period: Period, on: date) -> OfficialDocument:
    """The report as an official document of ``org_unit`` (numbered by hand: a blank)."""
    issuer = issuer_for(org_unit, on=on)
    tables = report_tables(org_unit, period=period, on=on)
    by_unit = tables[0].rows
    total = list(by_unit)[-1] if by_unit else []
    return OfficialDocument(
        issuer=issuer,
        number=issuer.profile.number_text(
            number=None, kind_symbol=wording.REPORT_KIND, issuer_symbol=issuer.symbol
        ),
        issued_on=on,
        title=wording.REPORT_TITLE,
        summary=wording.report_summary(str(period)),
        signature=Signature(issuer.signs_for, issuer.title_of(""), ""),
        recipients=[issuer.profile.archive_text.format(office=issuer.org_unit.name)],
        paragraphs=[wording.report_opening(org_unit.name, str(period), total)],
        tables=tables,
    )
