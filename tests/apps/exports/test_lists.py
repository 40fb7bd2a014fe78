"""Lists to .xlsx and CSV exactly as the tracker shows them (#11)."""

import csv
import io
import types
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import User

from dondoc.apps.directives.selectors import (
    BoardFilters,
    BoardOrder,
    directive_board,
    directive_reminders,
)
from dondoc.apps.exports.imports.values import indicator_value_import
from dondoc.apps.exports.lists import (
    figure_table,
    indicator_table,
    key_task_table,
    reminder_table,
    tracker_table,
)
from dondoc.apps.exports.tabular import Table, display_text, table_csv_lines, table_xlsx
from dondoc.apps.indicators.models import IndicatorValue
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.web.reviews import figures_pending
from dondoc.core.progress import DirectiveStatus

EVERYTHING = UnitScope(None)
ON = date(2018, 7, 1)


def _xlsx_rows(table):
    buffer = io.BytesIO()
    table_xlsx(table, buffer)
    sheet = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _board_texts(filters, order):
    board = directive_board(scope=EVERYTHING, on=ON, filters=filters, order=order, per_page=100)
    return [row.directive.text for row in board.rows]


@pytest.mark.parametrize(
    ("filters", "order"),
    [
        (BoardFilters(), BoardOrder.DEADLINE),
        (BoardFilters(status=DirectiveStatus.OPEN_OVERDUE), BoardOrder.ASSIGNED_FIRST),
        (BoardFilters(text="can bo"), BoardOrder.DEADLINE_LAST),
    ],
    ids=["all-by-deadline", "overdue", "text-search"],
)
def test_the_tracker_file_has_the_boards_rows_in_the_boards_order(demo_data, db, filters, order):
    rows = _xlsx_rows(tracker_table(scope=EVERYTHING, on=ON, filters=filters, order=order))

    assert [row[1] for row in rows[1:]] == _board_texts(filters, order)


def test_the_tracker_file_has_vietnamese_headers_dates_and_numbers(demo_data, db):
    lead = OrgUnit.objects.get(name="UBND thành phố Lạng Sơn")
    filters = BoardFilters(lead_unit=lead, status=DirectiveStatus.OPEN_OVERDUE)

    header, first = _xlsx_rows(
        tracker_table(scope=EVERYTHING, on=ON, filters=filters, order=BoardOrder.DEADLINE)
    )[:2]

    assert header[:3] == ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì"]
    assert first[2] == "UBND thành phố Lạng Sơn"
    assert first[4].date() == date(2017, 10, 20)
    assert isinstance(first[9], int)
    assert first[9] > 0


def test_the_tracker_rows_are_streamed_not_listed(demo_data, db):
    table = tracker_table(
        scope=EVERYTHING, on=ON, filters=BoardFilters(), order=BoardOrder.DEADLINE
    )

    assert isinstance(table.rows, types.GeneratorType)


def _all_directives():
    return tracker_table(scope=EVERYTHING, on=ON, filters=BoardFilters(), order=BoardOrder.DEADLINE)


def test_the_csv_has_the_same_rows_as_the_workbook(demo_data, db):
    text = "".join(table_csv_lines(_all_directives()))

    lines = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))

    assert [line[1] for line in lines] == [row[1] for row in _xlsx_rows(_all_directives())]
    assert lines[1][4] == "2017-10-20"


def test_key_tasks_and_indicator_values_export_with_numbers_as_numbers(demo_data, db):
    key_tasks = _xlsx_rows(key_task_table(scope=EVERYTHING, year=2017))
    indicators = _xlsx_rows(indicator_table(scope=EVERYTHING, on=date(2017, 12, 31)))

    assert len(key_tasks) == 11
    assert key_tasks[0][:3] == ["STT", "Đơn vị", "Năm"]
    assert any(row[3] == "9 tháng năm 2017" or "9 tháng" in str(row[3]) for row in indicators[1:])
    assert all(isinstance(row[4], (int, float)) for row in indicators[1:])


def _pending_figures():
    """Two figures entered by a reporter of the city and of Cao Lộc, awaiting approval."""
    from dondoc.apps.indicators.models import Indicator, Vintage  # noqa: PLC0415
    from dondoc.apps.indicators.services import indicator_value_record  # noqa: PLC0415
    from dondoc.core.periods import Period  # noqa: PLC0415

    for admin_code, value in (("178", "0,7"), ("183", "190")):
        indicator = Indicator.objects.filter(org_unit__admin_code=admin_code).order_by("pk").last()
        indicator_value_record(
            indicator,
            org_unit=indicator.org_unit,
            period=Period.parse("năm 2017"),
            value=Decimal(value.replace(",", ".")),
            vintage=Vintage.PRELIMINARY,
            reported_on=date(2018, 1, 10 + len(value)),
        )


def test_the_figures_awaiting_approval_export_in_the_queues_order(demo_data, db):
    _pending_figures()

    rows = _xlsx_rows(figure_table(scope=EVERYTHING))

    queue = figures_pending(scope=EVERYTHING)
    assert [(row[0], row[2], Decimal(str(row[4]))) for row in rows[1:]] == [
        (v.indicator.name, v.org_unit.name, v.value) for v in queue
    ]
    assert rows[0][:3] == ["Chỉ tiêu", "Đơn vị tính", "Đơn vị"]
    assert rows[1][7].date() == date(2018, 1, 13)


def test_the_figures_file_comes_back_in_through_the_import_of_values(demo_data, db):
    _pending_figures()
    exported = io.BytesIO()
    table_xlsx(figure_table(scope=EVERYTHING), exported)
    IndicatorValue.objects.filter(is_locked=False).delete()

    plan = indicator_value_import(
        io.BytesIO(exported.getvalue()),
        on=date(2018, 2, 1),
        scope=EVERYTHING,
        user=User.objects.get(username="demo"),
    )

    assert (plan.errors, len(plan.new)) == ([], 2)
    assert _xlsx_rows(figure_table(scope=EVERYTHING))[1:] == [
        [*row[:8], "demo"] for row in _xlsx_rows_of(exported)[1:]
    ]


def _xlsx_rows_of(buffer):
    sheet = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_reminders_export_as_their_page_lists_them(demo_data, db):
    reminders = directive_reminders(on=ON, scope=EVERYTHING)

    rows = _xlsx_rows(reminder_table(scope=EVERYTHING, on=ON))

    assert [row[3] for row in rows[1:]] == [r.directive.text for r in reminders]
    assert rows[0][:3] == ["STT", "Nhắc việc", "Số ngày"]
    assert {row[1] for row in rows[1:]} >= {"quá hạn"}
    assert all(isinstance(row[2], int) for row in rows[1:])


def test_a_whole_decimal_is_written_in_full_not_in_exponent_form():
    table = Table("t", ["a"], iter([[Decimal("190.0000").normalize()]]))

    assert "".join(table_csv_lines(table)).splitlines()[-1] == "190"
    assert display_text(Decimal("2150.0000").normalize()) == "2150"


def test_the_figures_rows_are_streamed_not_listed(demo_data, db):
    assert isinstance(figure_table(scope=EVERYTHING).rows, types.GeneratorType)
