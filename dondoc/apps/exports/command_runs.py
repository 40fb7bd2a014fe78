"""What ``dondoc export`` and ``dondoc import`` do, once Django is set up."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.utils.translation import gettext as _

from dondoc.apps.exports.command_line import CommandError
from dondoc.apps.exports.docx_writer import document_docx
from dondoc.apps.exports.imports.directives import directive_import, directive_import_plan
from dondoc.apps.exports.imports.values import (
    ValueImportPlan,
    indicator_value_import,
    indicator_value_import_plan,
)
from dondoc.apps.exports.issuers import issuer_for
from dondoc.apps.exports.lists import (
    figure_table,
    indicator_table,
    key_task_table,
    reminder_table,
    tracker_table,
)
from dondoc.apps.exports.notice import OfficialDocument, notice_build
from dondoc.apps.exports.numbers import issued_number_take
from dondoc.apps.exports.pdf_writer import document_pdf
from dondoc.apps.exports.report import report_build, report_day
from dondoc.apps.exports.tabular import Table, table_csv_lines, table_xlsx, tables_xlsx
from dondoc.apps.exports.wording import NOTICE_KIND
from dondoc.apps.indicators.models import Vintage
from dondoc.apps.orgs.access import UnitScope, org_unit_scope_of, require_role
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.web.forms import BoardForm
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.core.errors import PeriodParseError
from dondoc.core.periods import Period
from dondoc.core.quantities import format_number

EVERYTHING = UnitScope(None)  # the command line is the server's operator: every unit


def export_run(args: argparse.Namespace, *, today: date) -> str:
    if args.what == "notice":
        _document(notice_of(args.session, issue_on=args.issue), args.format, args.out)
    elif args.what == "report":
        _report(args, today=today)
    else:
        _list(_table(args, today=today), args.format, args.out)
    return f"dondoc: written {args.out}"


def notice_of(session_id: int, *, issue_on: date | None) -> OfficialDocument:
    work_session = WorkingSession.objects.filter(pk=session_id).first()
    if work_session is None:
        raise CommandError(f"no working session {session_id}")
    if issue_on is not None:
        issuer = issuer_for(work_session.host_unit, on=issue_on)
        issued_number_take(
            issuer, kind_symbol=NOTICE_KIND, issued_on=issue_on, work_session=work_session
        )
    return notice_build(work_session)


def _document(document: OfficialDocument, file_format: str, out: Path) -> None:
    out.write_bytes(document_docx(document) if file_format == "docx" else document_pdf(document))


def _report(args: argparse.Namespace, *, today: date) -> None:
    org_unit = OrgUnit.objects.filter(pk=args.unit).first()
    if org_unit is None:
        raise CommandError(f"no unit {args.unit}")
    try:
        period = Period.parse(args.period)
    except PeriodParseError as error:
        raise CommandError(f"not a period: {args.period!r}") from error
    report = report_build(org_unit, period=period, on=report_day(period, today=today))
    if args.format == "xlsx":
        with args.out.open("wb") as out:
            tables_xlsx(report.tables, out)
    else:
        _document(report, args.format, args.out)


def _table(args: argparse.Namespace, *, today: date) -> Table:
    on = args.on or today
    if args.list == "key-tasks":
        return key_task_table(scope=EVERYTHING, year=args.year)
    if args.list == "indicators":
        return indicator_table(scope=EVERYTHING, on=on)
    if args.list == "figures":
        return figure_table(scope=EVERYTHING)
    if args.list == "reminders":
        return reminder_table(scope=EVERYTHING, on=on)
    form = BoardForm(QueryDict(args.query), scope=EVERYTHING)
    if not form.is_valid():
        field, errors = next(iter(form.errors.items()))
        raise CommandError(f"--query {field}: {errors[0]}")
    return tracker_table(scope=EVERYTHING, on=on, filters=form.filters(), order=form.board_order())


def _list(table: Table, file_format: str, out: Path) -> None:
    if file_format == "xlsx":
        with out.open("wb") as handle:
            table_xlsx(table, handle)
        return
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(table_csv_lines(table))


def import_run(args: argparse.Namespace, *, today: date) -> tuple[int, list[str]]:
    """Exit status and lines: 0 when imported (or a clean dry run), 1 when rows have errors."""
    if not args.file.is_file():
        raise CommandError(f"no such file: {args.file}")
    on = args.on or today
    if args.what == "values":
        return _values_run(args, on=on)
    with args.file.open("rb") as handle:
        try:
            plan = (directive_import_plan if args.dry_run else directive_import)(handle, on=on)
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"{args.file}: not an .xlsx list ({error})") from error
    lines = [str(error) for error in plan.errors]
    if plan.errors:
        lines.append(_("%(count)s errors: nothing imported.") % {"count": len(plan.errors)})
        return 1, lines
    lines += [f"{p.row}: {p.text} — {p.lead_unit.name}" for p in plan.new]
    counts = {"new": len(plan.new), "old": len(plan.planned) - len(plan.new)}
    if args.dry_run:
        lines.append(_("%(new)s directives would be imported, %(old)s already there.") % counts)
    else:
        lines.append(_("%(new)s directives imported, %(old)s already there.") % counts)
    return 0, lines


def _importer(username: str | None) -> User:
    """The user who enters the imported values: a reporter (or above) of some unit."""
    if not username:
        raise CommandError("import values needs --user USERNAME: who enters them")
    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise CommandError(f"no active user {username!r}")
    try:
        require_role(user)
    except PermissionDenied as error:
        raise CommandError(f"{username}: {error}") from error
    return user


def _values_run(args: argparse.Namespace, *, on: date) -> tuple[int, list[str]]:
    user = _importer(args.user)
    scope, vintage = org_unit_scope_of(user), Vintage(args.vintage)
    with args.file.open("rb") as handle:
        try:
            if args.dry_run:
                plan = indicator_value_import_plan(handle, on=on, scope=scope, vintage=vintage)
            else:
                plan = indicator_value_import(
                    handle, on=on, scope=scope, user=user, vintage=vintage, source=args.file.name
                )
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"{args.file}: not an .xlsx table ({error})") from error
    return value_plan_lines(plan, is_dry_run=args.dry_run)


def value_plan_lines(plan: ValueImportPlan, *, is_dry_run: bool) -> tuple[int, list[str]]:
    lines = [str(error) for error in plan.errors]
    if plan.errors:
        lines.append(_("%(count)s errors: nothing imported.") % {"count": len(plan.errors)})
        return 1, lines
    lines += [
        f"{p.row}: {p.indicator.name} — {p.org_unit.name} — {p.period} — {format_number(p.value)}"
        for p in plan.new
    ]
    counts = {"new": len(plan.new), "old": len(plan.planned) - len(plan.new)}
    if is_dry_run:
        lines.append(_("%(new)s figures would be imported, %(old)s already there.") % counts)
    else:
        lines.append(
            _("%(new)s figures imported, %(old)s already there; they await approval.") % counts
        )
    return 0, lines
