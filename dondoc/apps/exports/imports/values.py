"""A table of figures (indicator × unit × period × vintage → value) read, checked row by row
(dry run), then imported all or nothing (#11).

Every imported figure is entered by the importing user and waits, like a typed one, for the
approval of someone else (``indicator_value_approve`` refuses its entrant). A row for a unit
outside the importer's units is an error; a figure already stored with the same value is left
alone, so the same file twice stores nothing new; one stored with another value is an error
(a correction is a later vintage).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import IO

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from dondoc.apps.exports.imports.columns import VALUE_COLUMNS, ValueField
from dondoc.apps.exports.imports.indicators import IndicatorIndex
from dondoc.apps.exports.imports.sheets import (
    RowError,
    Sheet,
    is_section_mark,
    missing_columns,
    sheet_read,
)
from dondoc.apps.exports.imports.units import UnitHistoryIndex, unknown_unit
from dondoc.apps.exports.imports.value_cells import (
    Fail,
    check_measure,
    read_amounts,
    read_period,
    read_reported_on,
    read_vintage,
    text_of,
)
from dondoc.apps.indicators.models import Indicator, IndicatorValue, Vintage
from dondoc.apps.indicators.services import indicator_value_record
from dondoc.apps.number_labels import number_label
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.period_labels import period_label
from dondoc.apps.provenance import Origin
from dondoc.core.periods import Period

Key = tuple[int, int, str, str]  # indicator, unit, period code, vintage
NO_VALUE = ("", "-", "x", "—", "…", "...")


@dataclass(frozen=True)
class PlannedValue:
    row: int
    indicator: Indicator
    org_unit: OrgUnit
    period: Period
    value: Decimal
    total: Decimal | None
    vintage: Vintage
    reported_on: date
    exists: bool = False  # stored already with this value: left alone

    @property
    def key(self) -> Key:
        return (self.indicator.pk, self.org_unit.pk, self.period.code, self.vintage.value)


@dataclass
class ValueImportPlan:
    planned: list[PlannedValue] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, why it is left out)
    value_column: str = ""

    @property
    def new(self) -> list[PlannedValue]:
        return [p for p in self.planned if not p.exists]


@dataclass(frozen=True)
class _Context:
    sheet: Sheet[ValueField]
    on: date
    scope: UnitScope
    vintage: Vintage
    indicators: IndicatorIndex
    units: UnitHistoryIndex


def indicator_value_import_plan(
    file: IO[bytes], *, on: date, scope: UnitScope, vintage: Vintage = Vintage.ESTIMATE
) -> ValueImportPlan:
    """What importing ``file`` would store, and every row's error (nothing is written).

    ``on`` is the list's day (the reporting day of rows without one); ``vintage`` that of rows
    without a column saying it."""
    sheet = sheet_read(file, VALUE_COLUMNS)
    plan = ValueImportPlan()
    for missing in missing_columns(sheet, VALUE_COLUMNS):
        plan.errors.append(
            RowError(sheet.header_rows or 1, _column_name(missing), _("column not found"))
        )
    if plan.errors:
        return plan
    plan.value_column = _header(sheet, ValueField.VALUE)
    rows = [
        (number, row)
        for number, row in enumerate(sheet.rows[sheet.header_rows :], start=sheet.header_rows + 1)
        if _row_kind(sheet, row) != "empty"
    ]
    names = [text_of(_get(sheet, row, ValueField.INDICATOR)) for _, row in rows]
    context = _Context(
        sheet, on, scope, vintage, IndicatorIndex(names, scope=scope), UnitHistoryIndex()
    )
    seen: dict[Key, PlannedValue] = {}
    for number, row in rows:
        if _row_kind(sheet, row) == "no_value":
            plan.skipped.append((number, _("no value")))
        elif (planned := _plan_row(plan, context, number, row)) is not None:
            _add(plan, seen, planned)
    _against_stored(plan)
    plan.errors.sort(key=lambda error: error.row)
    return plan


def _column_name(missing: ValueField) -> str:
    names = {
        ValueField.INDICATOR: pgettext("column", "Indicator"),
        ValueField.UNIT: pgettext("column", "Unit"),
        ValueField.PERIOD: pgettext("column", "Period"),
        ValueField.VALUE: pgettext("column", "Value"),
    }
    return str(names.get(missing, missing.value))


def _get(sheet: Sheet[ValueField], row: list[object], field: ValueField) -> object:
    column = sheet.columns.get(field)
    return row[column] if column is not None and column < len(row) else None


def _header(sheet: Sheet[ValueField], field: ValueField) -> str:
    return sheet.headers[sheet.columns[field]]


def _row_kind(sheet: Sheet[ValueField], row: list[object]) -> str:
    """ "empty" (nothing, a section "I." or a title across the row, the column numbers
    "(1) (2)"), "no_value" (a figure not given: empty, "-", "x") or "data"."""
    values = [text_of(value) for value in row if text_of(value)]
    if len(set(values)) <= 1 or all(value.strip("()").isdigit() for value in values):
        return "empty"
    value = _get(sheet, row, ValueField.VALUE)
    if is_section_mark(_get(sheet, row, ValueField.NUMBER)) and not text_of(value):
        return "empty"
    return "no_value" if text_of(value).lower() in NO_VALUE else "data"


def _plan_row(
    plan: ValueImportPlan, context: _Context, number: int, row: list[object]
) -> PlannedValue | None:
    errors: list[RowError] = []
    sheet = context.sheet

    def fail(field: ValueField, message: str) -> None:
        errors.append(RowError(number, _header(sheet, field), message))

    def cell(field: ValueField) -> object:
        return _get(sheet, row, field)

    period = read_period(cell(ValueField.PERIOD), fail)
    org_unit = _unit(context, text_of(cell(ValueField.UNIT)), period, fail)
    indicator = _indicator(context, row, org_unit, period, fail)
    amounts = read_amounts(cell(ValueField.VALUE), cell(ValueField.TOTAL), indicator, fail)
    if indicator is not None:
        check_measure(text_of(cell(ValueField.MEASURE)), indicator, fail)
    vintage = read_vintage(cell(ValueField.VINTAGE), context.vintage, fail)
    reported_on = read_reported_on(cell(ValueField.REPORTED_ON), context.on, fail)
    plan.errors.extend(errors)
    if (
        errors
        or period is None
        or org_unit is None
        or indicator is None
        or amounts is None
        or vintage is None
        or reported_on is None
    ):
        return None
    value, total = amounts
    return PlannedValue(number, indicator, org_unit, period, value, total, vintage, reported_on)


def _unit(context: _Context, name: str, period: Period | None, fail: Fail) -> OrgUnit | None:
    if not name:
        fail(ValueField.UNIT, _("no unit"))
        return None
    start_on, end_on = (period.start_on, period.end_on) if period else (date.min, date.max)
    found = context.units.match(name, start_on=start_on, end_on=end_on)
    if found.org_unit is None:
        if found.is_named:
            message = _("“%(name)s” did not exist during %(period)s")
            fail(
                ValueField.UNIT,
                message % {"name": name, "period": period_label(period) if period else "—"},
            )
        else:
            fail(ValueField.UNIT, unknown_unit(name, found.suggestions))
        return None
    if not context.scope.holds(found.org_unit):
        fail(ValueField.UNIT, _("“%(name)s” is outside your units") % {"name": name})
        return None
    return found.org_unit


def _indicator(
    context: _Context,
    row: list[object],
    org_unit: OrgUnit | None,
    period: Period | None,
    fail: Fail,
) -> Indicator | None:
    name = text_of(_get(context.sheet, row, ValueField.INDICATOR))
    if not name:
        fail(ValueField.INDICATOR, _("no indicator"))
        return None
    code = text_of(_get(context.sheet, row, ValueField.CODE))
    found = context.indicators.match(name, code=code, org_unit=org_unit, period=period)
    if found.indicator is None:
        fail(ValueField.PERIOD if found.is_about_period else ValueField.INDICATOR, found.message)
    return found.indicator


def _add(plan: ValueImportPlan, seen: dict[Key, PlannedValue], planned: PlannedValue) -> None:
    """Plan a row, unless an earlier row gives the same figure (left out) or another value for
    the same indicator, unit, period and vintage (an error)."""
    earlier = seen.get(planned.key)
    if earlier is None:
        seen[planned.key] = planned
        plan.planned.append(planned)
    elif (earlier.value, earlier.total) == (planned.value, planned.total):
        plan.skipped.append((planned.row, _("repeats row %(row)s") % {"row": earlier.row}))
    else:
        message = _("row %(row)s gives another value for this indicator, unit, period and vintage")
        plan.errors.append(RowError(planned.row, plan.value_column, message % {"row": earlier.row}))


def _against_stored(plan: ValueImportPlan) -> None:
    """Mark the figures stored already with the same value; another stored value is an error."""
    if not plan.planned:
        return
    stored = {
        (v.indicator_id, v.org_unit_id, v.period_code, v.vintage): v
        for v in IndicatorValue.objects.filter(
            indicator_id__in={p.indicator.pk for p in plan.planned},
            org_unit_id__in={p.org_unit.pk for p in plan.planned},
        )
    }
    checked: list[PlannedValue] = []
    for planned in plan.planned:
        found = stored.get(planned.key)
        if found is None:
            checked.append(planned)
        elif (found.value, found.total) == (planned.value, planned.total):
            checked.append(replace(planned, exists=True))
        else:
            message = _(
                "already recorded as %(value)s for this period and vintage; a correction is a"
                " later vintage"
            )
            text = number_label(found.value)
            plan.errors.append(RowError(planned.row, plan.value_column, message % {"value": text}))
    plan.planned = checked


class _RefusedError(Exception):
    def __init__(self, error: RowError) -> None:
        super().__init__(str(error))
        self.error = error


def indicator_value_import(
    file: IO[bytes],
    *,
    on: date,
    scope: UnitScope,
    user: AbstractBaseUser,
    vintage: Vintage = Vintage.ESTIMATE,
    source: str = "",
) -> ValueImportPlan:
    """Import the table if no row has an error: every new figure or none, entered by ``user``
    and awaiting another user's approval. ``source`` (the file's name) goes in each figure's
    origin note."""
    plan = indicator_value_import_plan(file, on=on, scope=scope, vintage=vintage)
    if plan.errors:
        return plan
    try:
        with transaction.atomic():
            for planned in plan.new:
                _record(planned, user=user, source=source, column=plan.value_column)
    except _RefusedError as refused:  # stored meanwhile by someone else: nothing is kept
        plan.errors.append(refused.error)
    except IntegrityError:  # the same figures committed meanwhile (a second confirmation)
        message = _("these figures were stored meanwhile; nothing was imported")
        plan.errors.append(RowError(1, plan.value_column, message))
    return plan


def _record(planned: PlannedValue, *, user: AbstractBaseUser, source: str, column: str) -> None:
    note = _("imported from %(file)s, row %(row)s") % {
        "file": source or "Excel",
        "row": planned.row,
    }
    try:
        indicator_value_record(
            planned.indicator,
            org_unit=planned.org_unit,
            period=planned.period,
            value=planned.value,
            total=planned.total,
            vintage=planned.vintage,
            reported_on=planned.reported_on,
            origin=Origin.IMPORTED,
            origin_note=note[:500],
            is_approved=False,
            user=user,
        )
    except ValidationError as error:
        raise _RefusedError(RowError(planned.row, column, " ".join(error.messages))) from error
