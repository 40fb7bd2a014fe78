"""Downloads: the lists as on their pages, the notice of a session, the periodic report."""

from __future__ import annotations

import tempfile

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

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
from dondoc.apps.orgs.access import require_role
from dondoc.apps.web.forms import BoardForm
from dondoc.apps.web.requests import day_asked, unit_asked, unit_scope_of, year_asked
from dondoc.apps.web.views.entry import session_in_scope
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.core.errors import PeriodParseError
from dondoc.core.periods import Period

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _table_response(table: Table, file_format: str, name: str) -> HttpResponseBase:
    if file_format == "csv":
        response = StreamingHttpResponse(table_csv_lines(table), content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response
    # openpyxl's write-only sheet streams the rows into a temporary file, not into memory.
    spool = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it
    table_xlsx(table, spool)
    spool.seek(0)
    return FileResponse(spool, as_attachment=True, filename=f"{name}.xlsx", content_type=XLSX)


@login_required
def directives_file(request: HttpRequest, file_format: str) -> HttpResponseBase:
    """The tracker with the query of /chi-dao/: the same filters, order and day."""
    scope = unit_scope_of(request)
    form = BoardForm(request.GET, scope=scope)
    form.is_valid()  # as on the page: a bad filter is left out
    table = tracker_table(
        scope=scope, on=day_asked(request), filters=form.filters(), order=form.board_order()
    )
    return _table_response(table, file_format, "chi-dao")


@login_required
def key_tasks_file(request: HttpRequest, file_format: str) -> HttpResponseBase:
    year = year_asked(request, 0) or None
    table = key_task_table(scope=unit_scope_of(request), year=year)
    return _table_response(table, file_format, "nhiem-vu-trong-tam")


@login_required
def indicators_file(request: HttpRequest, file_format: str) -> HttpResponseBase:
    table = indicator_table(scope=unit_scope_of(request), on=day_asked(request))
    return _table_response(table, file_format, "chi-tieu")


@login_required
def figures_file(request: HttpRequest, file_format: str) -> HttpResponseBase:
    """The figures awaiting approval within the user's units."""
    return _table_response(figure_table(scope=unit_scope_of(request)), file_format, "so-lieu")


@login_required
def reminders_file(request: HttpRequest, file_format: str) -> HttpResponseBase:
    """The reminders of ``?on=DAY`` (today by default), as on /nhac-viec/."""
    table = reminder_table(scope=unit_scope_of(request), on=day_asked(request))
    return _table_response(table, file_format, "nhac-viec")


def _document_response(document: OfficialDocument, file_format: str, name: str) -> HttpResponseBase:
    if file_format == "pdf":
        body, content_type = document_pdf(document), "application/pdf"
    else:
        from dondoc.apps.exports.docx_writer import document_docx  # noqa: PLC0415 - ~15 MB

        body, content_type = document_docx(document), DOCX
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    return response


def _work_session(request: HttpRequest, pk: int) -> WorkingSession:
    return session_in_scope(request, pk)


@login_required
def notice_file(request: HttpRequest, pk: int, file_format: str) -> HttpResponseBase:
    work_session = _work_session(request, pk)
    return _document_response(notice_build(work_session), file_format, f"thong-bao-{pk}")


@login_required
@require_POST
def notice_issue(request: HttpRequest, pk: int) -> HttpResponseBase:
    """Number the session's notice from the register, issued today (once: a second press keeps
    the number it has)."""
    work_session = _work_session(request, pk)
    require_role(request.user, review=True)
    today = timezone.localdate()
    issued = issued_number_take(
        issuer_for(work_session.host_unit, on=today),
        kind_symbol=NOTICE_KIND,
        issued_on=today,
        work_session=work_session,
    )
    messages.success(request, _("The notice is numbered %(number)s.") % {"number": issued.text})
    return redirect("web:session", pk=pk)


@login_required
def report_file(request: HttpRequest, file_format: str) -> HttpResponseBase:
    """ "?unit=ID&period=quý IV/2017": the unit's report for the period."""
    org_unit = unit_asked(request)
    try:
        period = Period.parse(request.GET.get("period", ""))
    except PeriodParseError:
        return HttpResponse(_("Give a period, such as “quý IV/2017”."), status=400)
    report = report_build(
        org_unit, period=period, on=report_day(period, today=timezone.localdate())
    )
    if file_format != "xlsx":
        return _document_response(report, file_format, f"bao-cao-{period.code}")
    spool = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it
    tables_xlsx(report.tables, spool)
    spool.seek(0)
    return FileResponse(
        spool, as_attachment=True, filename=f"bao-cao-{period.code}.xlsx", content_type=XLSX
    )
