"""The lists of the pages as tables, filtered and sorted as on screen (#11).

The tracker reads the same states, with the same ``BoardFilters`` and order, as
``directive_board`` (the board's own filter and order functions); rows come from
``.iterator()`` in chunks, so a national export never holds its 500,000 rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from dondoc.apps.directives.models import STATUS_LABELS, DirectiveState
from dondoc.apps.directives.selectors import (
    BoardFilters,
    BoardOrder,
    Reminder,
    directive_reminders,
    directive_states_listed,
    state_directive,
)
from dondoc.apps.exports.tabular import Table, Value
from dondoc.apps.indicators.models import Indicator
from dondoc.apps.indicators.selectors import (
    indicator_target_for,
    indicator_values_as_reported,
    indicator_values_pending,
)
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.web.templatetags.dondoc import REMINDER_LABELS

CHUNK = 2000


def tracker_states(
    *, scope: UnitScope, on: date, filters: BoardFilters, order: BoardOrder
) -> Iterator[DirectiveState]:
    """Every state the tracker shows for these filters, in its order, a chunk at a time."""
    states = directive_states_listed(scope=scope, on=on, filters=filters, order=order)
    co_units = Prefetch("directive__co_units", queryset=OrgUnit.objects.only("name"))
    return states.prefetch_related(co_units).iterator(chunk_size=CHUNK)


def tracker_headers() -> list[str]:
    return [
        pgettext("column", "No."),
        pgettext("column", "Task"),
        pgettext("column", "Lead unit"),
        pgettext("column", "Co-operating units"),
        pgettext("column", "Assigned on"),
        pgettext("column", "Deadline"),
        pgettext("column", "Deadline in force"),
        pgettext("column", "Status"),
        pgettext("column", "Done on"),
        pgettext("column", "Days overdue"),
        pgettext("column", "Notes"),
    ]


def tracker_table(*, scope: UnitScope, on: date, filters: BoardFilters, order: BoardOrder) -> Table:
    """The tracker as a table: one row per directive, its status on day ``on``."""
    return Table(
        _("Directives on %(day)s") % {"day": f"{on:%d-%m-%Y}"},
        tracker_headers(),
        _tracker_rows(tracker_states(scope=scope, on=on, filters=filters, order=order), on),
        widths=(6, 60, 30, 30, 12, 12, 12, 20, 12, 10, 30),
    )


def _tracker_rows(states: Iterator[DirectiveState], on: date) -> Iterator[list[Value]]:
    for ordinal, state in enumerate(states, start=1):
        directive = state_directive(state)
        progress = state.as_core().progress_on(on)
        yield [
            ordinal,
            directive.text,
            directive.lead_unit.name,
            "; ".join(unit.name for unit in directive.co_units.all()),
            directive.assigned_on,
            directive.due_on if directive.deadline_kind != "none" else _("ongoing"),
            state.due_on if state.due_on != directive.due_on else None,
            str(STATUS_LABELS[progress.status]),
            state.done_on,
            progress.days_overdue or None,
            "",
        ]


def key_task_table(*, scope: UnitScope, year: int | None = None) -> Table:
    """The key tasks of the units in ``scope`` (of ``year`` when given), as on their page."""
    key_tasks = KeyTask.objects.filter(scope.q("org_unit")).select_related("org_unit")
    if year is not None:
        key_tasks = key_tasks.filter(year=year)
    rows: Iterator[list[Value]] = (
        [k.ordinal, k.org_unit.name, k.year, k.title, str(k.get_status_display())]
        for k in key_tasks.order_by("org_unit__search_key", "-year", "ordinal").iterator(CHUNK)
    )
    headers = [
        pgettext("column", "No."),
        pgettext("column", "Unit"),
        pgettext("column", "Year"),
        pgettext("column", "Key task"),
        pgettext("column", "Status"),
    ]
    return Table(_("Key tasks"), headers, rows, widths=(6, 30, 8, 70, 20))


def _figure_headers() -> list[str]:
    """The first columns of a figure: those the import of values reads."""
    return [
        pgettext("column", "Indicator"),
        pgettext("column", "Unit of measure"),
        pgettext("column", "Unit"),
        pgettext("column", "Period"),
        pgettext("column", "Value"),
        pgettext("column", "Out of"),
    ]


def indicator_table(*, scope: UnitScope, on: date) -> Table:
    """Every indicator value known on ``on`` by indicator, unit and period, with its target."""
    headers = [
        *_figure_headers(),
        pgettext("column", "Target"),
        pgettext("column", "Vintage"),
        pgettext("column", "Reported on"),
        pgettext("column", "Approved"),
    ]
    return Table(
        _("Indicators"),
        headers,
        _indicator_rows(scope, on),
        widths=(50, 12, 30, 16, 12, 10, 10, 14, 12, 14),
    )


def _indicator_rows(scope: UnitScope, on: date) -> Iterator[list[Value]]:
    indicators = (
        Indicator.objects.filter(scope.q("org_unit"))
        .prefetch_related("targets")
        .order_by("org_unit__search_key", "search_key", "pk")
    )
    for indicator in indicators.iterator(CHUNK):
        shown = indicator_values_as_reported(indicator, on=on)
        for value in sorted(shown.values(), key=lambda v: (v.org_unit.name, v.period_start_on)):
            target = indicator_target_for(indicator, period=value.period)
            yield [
                indicator.name,
                indicator.unit,
                value.org_unit.name,
                str(value.period),
                value.value.normalize(),
                value.total.normalize() if value.total is not None else None,
                target.value.normalize() if target is not None else None,
                value.get_vintage_display(),
                value.reported_on,
                _("yes") if value.is_locked else _("not approved"),
            ]


def figure_table(*, scope: UnitScope) -> Table:
    """The figures awaiting approval in ``scope``, as the queue lists them; the columns are
    those the import of values reads, so the file comes back in as it is."""
    headers = [
        *_figure_headers(),
        pgettext("column", "Vintage"),
        pgettext("column", "Reported on"),
        pgettext("column", "Entered by"),
    ]
    rows: Iterator[list[Value]] = (
        [
            value.indicator.name,
            value.indicator.unit,
            value.org_unit.name,
            str(value.period),
            value.value.normalize(),
            value.total.normalize() if value.total is not None else None,
            value.get_vintage_display(),
            value.reported_on,
            (value.created_by.get_full_name() or value.created_by.username)
            if value.created_by
            else None,
        ]
        for value in indicator_values_pending(scope=scope).iterator(CHUNK)
    )
    return Table(
        _("Figures awaiting approval"), headers, rows, widths=(50, 12, 30, 16, 12, 10, 14, 12, 20)
    )


def reminder_table(*, scope: UnitScope, on: date) -> Table:
    """The reminders of day ``on`` in ``scope``, as their page lists them (a page of each kind:
    the most overdue, the soonest due, the longest without news)."""
    headers = [
        pgettext("column", "No."),
        pgettext("column", "Reminder"),
        pgettext("column", "Days"),
        pgettext("column", "Task"),
        pgettext("column", "Lead unit"),
        pgettext("column", "Responsible person"),
        pgettext("column", "Escalated to"),
    ]
    return Table(
        _("Reminders on %(day)s") % {"day": f"{on:%d-%m-%Y}"},
        headers,
        _reminder_rows(directive_reminders(on=on, scope=scope)),
        widths=(6, 18, 8, 60, 30, 25, 25),
    )


def _reminder_rows(reminders: list[Reminder]) -> Iterator[list[Value]]:
    for ordinal, reminder in enumerate(reminders, start=1):
        directive = reminder.directive
        person = directive.responsible_person
        yield [
            ordinal,
            str(REMINDER_LABELS.get(str(reminder.kind), reminder.kind)),
            reminder.days,
            directive.text,
            directive.lead_unit.name,
            str(person) if person else None,
            str(reminder.escalated_to) if reminder.escalated_to else None,
        ]
