"""Lists to .xlsx and CSV exactly as the tracker shows them (#11)."""

import csv
import io
import types
from datetime import date

import openpyxl
import pytest

from dondoc.apps.directives.selectors import BoardFilters, BoardOrder, directive_board
from dondoc.apps.exports.lists import indicator_table, key_task_table, tracker_table
from dondoc.apps.exports.tabular import table_csv_lines, table_xlsx
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit
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
