"""A list of directives read, checked row by row (dry run), then imported all or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import IO

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from dondoc.apps.directives.models import DeadlineKind, Directive, Recurrence, UpdateKind
from dondoc.apps.directives.services import (
    board_version_bump,
    directive_assign,
    directive_extend,
    directive_report,
)
from dondoc.apps.exports.imports.columns import DIRECTIVE_COLUMNS, Field
from dondoc.apps.exports.imports.deadlines import (
    Deadline,
    DeadlineReadError,
    read_day,
    read_deadline,
)
from dondoc.apps.exports.imports.sheets import (
    RowError,
    Sheet,
    is_section_mark,
    missing_columns,
    sheet_read,
)
from dondoc.apps.exports.imports.units import UnitIndex, split_units, unknown_unit
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.provenance import Origin
from dondoc.core.text import fold

EVERYTHING = UnitScope(None)


@dataclass(frozen=True)
class PlannedDirective:
    row: int
    section: str
    text: str
    lead_unit: OrgUnit
    co_units: list[OrgUnit]
    assigned_on: date
    deadline: Deadline
    extended_to: date | None
    done_on: date | None
    exists: bool  # already imported (same text, lead unit, day and deadline): left alone


@dataclass
class ImportPlan:
    planned: list[PlannedDirective] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def new(self) -> list[PlannedDirective]:
        return [p for p in self.planned if not p.exists]


def directive_import_plan(
    file: IO[bytes], *, on: date, scope: UnitScope = EVERYTHING
) -> ImportPlan:
    """What importing ``file`` would create, and every row's error (nothing is written); a
    unit outside ``scope`` is an error of its row."""
    sheet = sheet_read(file, DIRECTIVE_COLUMNS)
    plan = ImportPlan()
    for missing in missing_columns(sheet, DIRECTIVE_COLUMNS):
        plan.errors.append(RowError(sheet.header_rows or 1, missing.value, _("column not found")))
    if plan.errors:
        return plan
    index = UnitIndex(on)
    section = ""
    for number, row in enumerate(sheet.rows[sheet.header_rows :], start=sheet.header_rows + 1):
        kind = _row_kind(sheet, row)
        if kind == "section":
            section = str(_get(sheet, row, Field.TEXT) or _first(row))
        elif kind == "data":
            _plan_row(plan, sheet, row, number, section=section, on=on, index=index, scope=scope)
    return plan


def _first(row: list[object]) -> object:
    return next((value for value in row if value not in (None, "")), "")


def _row_kind(sheet: Sheet[Field], row: list[object]) -> str:
    """ "empty", "section" (I., II., A., B. or a title merged across the row) or "data"."""
    values = [str(value).strip() for value in row if value is not None and str(value).strip()]
    if not values:
        return "empty"
    lead, text = _get(sheet, row, Field.LEAD), _get(sheet, row, Field.TEXT)
    if is_section_mark(_get(sheet, row, Field.NUMBER)) and (not lead or lead == text):
        return "section"
    if lead and lead == text:
        return "section"
    if all(value.strip("()").isdigit() for value in values):
        return "empty"  # the row of column numbers under a header: (1) (2) (3)
    return "data"


def _get(sheet: Sheet[Field], row: list[object], field: Field) -> object:
    column = sheet.columns.get(field)
    return row[column] if column is not None and column < len(row) else None


def _plan_row(
    plan: ImportPlan,
    sheet: Sheet[Field],
    row: list[object],
    number: int,
    *,
    section: str,
    on: date,
    index: UnitIndex,
    scope: UnitScope,
) -> None:
    errors: list[RowError] = []

    def fail(field: Field, message: str) -> None:
        errors.append(RowError(number, sheet.headers[sheet.columns[field]], message))

    text = " ".join(str(_get(sheet, row, Field.TEXT) or "").split())
    if not text:
        fail(Field.TEXT, _("the task is empty"))
    lead_name = " ".join(str(_get(sheet, row, Field.LEAD) or "").split())
    lead = index.match(lead_name) if lead_name else None
    if lead is None:
        fail(Field.LEAD, _("no lead unit"))
    elif lead.org_unit is None:
        fail(Field.LEAD, unknown_unit(lead_name, lead.suggestions))
    elif not scope.holds(lead.org_unit):
        fail(Field.LEAD, _("“%(name)s” is outside your units") % {"name": lead_name})
    co_units = []
    for name in split_units(str(_get(sheet, row, Field.CO_UNITS) or "")):
        found = index.match(name)
        if found.org_unit is None:
            fail(Field.CO_UNITS, unknown_unit(name, found.suggestions))
        else:
            co_units.append(found.org_unit)
    assigned_on = read_day(_get(sheet, row, Field.ASSIGNED_ON), year=on.year) or on
    deadline = _deadline(_get(sheet, row, Field.DEADLINE), year=assigned_on.year)
    if deadline is None:
        fail(
            Field.DEADLINE,
            _("not a deadline (write a day such as 30/6/2026, “Quý II/2026” or “thường xuyên”)"),
        )
    elif deadline.due_on is not None and deadline.kind == "date" and deadline.due_on < assigned_on:
        fail(Field.DEADLINE, _("the deadline is before the day of assignment"))
    extended_to = read_day(_get(sheet, row, Field.EXTENDED), year=assigned_on.year)
    done_on = read_day(_get(sheet, row, Field.DONE_ON), year=assigned_on.year)
    if done_on is not None and done_on < assigned_on:
        fail(Field.DONE_ON, _("done before the day of assignment"))
    plan.errors.extend(errors)
    if errors or lead is None or lead.org_unit is None or deadline is None:
        return
    plan.planned.append(
        PlannedDirective(
            number,
            section,
            text,
            lead.org_unit,
            co_units,
            assigned_on,
            deadline,
            extended_to,
            done_on,
            _exists(text, lead.org_unit, assigned_on, deadline),
        )
    )


def _deadline(value: object, *, year: int) -> Deadline | None:
    try:
        return read_deadline(value, year=year)
    except DeadlineReadError:
        return None


def _exists(text: str, lead_unit: OrgUnit, assigned_on: date, deadline: Deadline) -> bool:
    return Directive.objects.filter(
        search_key=" ".join(fold(text).split()),
        lead_unit=lead_unit,
        assigned_on=assigned_on,
        due_on=deadline.due_on,
    ).exists()


def directive_import(
    file: IO[bytes],
    *,
    on: date,
    scope: UnitScope = EVERYTHING,
    user: AbstractBaseUser | None = None,
) -> ImportPlan:
    """Import the list if no row has an error: every new directive or none. With ``user``,
    each directive and fact is theirs and their role must allow it (a row it refuses is an
    error of that row, and nothing is kept)."""
    plan = directive_import_plan(file, on=on, scope=scope)
    if plan.errors:
        return plan
    try:
        with transaction.atomic():
            # Every area the list reaches is locked first, in one order, so that two lists
            # spanning provinces in different orders wait for each other, never deadlock (#7).
            board_version_bump(planned.lead_unit.path for planned in plan.new)
            for planned in plan.new:
                # Asked again under those locks: a second confirmation of the same file waited
                # for the first and now sees its directives; a row repeated in the list is one.
                if not _exists(
                    planned.text, planned.lead_unit, planned.assigned_on, planned.deadline
                ):
                    _create(planned, user=user)
    except _RefusedError as refused:
        plan.errors.append(refused.error)
    return plan


class _RefusedError(Exception):
    def __init__(self, error: RowError) -> None:
        super().__init__(str(error))
        self.error = error


def _create(planned: PlannedDirective, *, user: AbstractBaseUser | None) -> Directive:
    try:
        return _create_facts(planned, user=user)
    except (PermissionDenied, ValidationError) as error:
        messages = error.messages if isinstance(error, ValidationError) else [str(error)]
        message = " ".join(messages) or _("Your role does not allow this.")
        raise _RefusedError(RowError(planned.row, "", message)) from error


def _create_facts(planned: PlannedDirective, *, user: AbstractBaseUser | None) -> Directive:
    deadline = planned.deadline
    directive = directive_assign(
        text=planned.text,
        assigned_on=planned.assigned_on,
        lead_unit=planned.lead_unit,
        due_on=deadline.due_on,
        deadline_kind=DeadlineKind(deadline.kind),
        recurrence=Recurrence(deadline.recurrence) if deadline.recurrence else None,
        co_units=planned.co_units,
        origin=Origin.IMPORTED,
        user=user,
    )
    if planned.extended_to is not None and deadline.due_on is not None:
        # The list gives the new deadline, not the day it was granted: the old deadline's day
        # (or the assignment, when the work was reported done before it).
        granted_on = min(deadline.due_on, planned.done_on or deadline.due_on)
        directive_extend(
            directive,
            granted_on=max(granted_on, planned.assigned_on),
            due_on=planned.extended_to,
            reason=_("extension in the imported list"),
            user=user,
        )
    if planned.done_on is not None:
        directive_report(
            directive,
            kind=UpdateKind.DONE,
            reported_on=planned.done_on,
            note=_("reported done in the imported list"),
            user=user,
        )
    return directive
