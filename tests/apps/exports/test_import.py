"""Excel lists of directives brought in: a dry run names every bad row; then all or nothing (#11)."""

import io
from datetime import date

import openpyxl
import pytest

from dondoc.apps.directives.models import Directive
from dondoc.apps.directives.selectors import BoardFilters, BoardOrder, directive_board
from dondoc.apps.exports.imports.deadlines import DeadlineReadError, read_day, read_deadline
from dondoc.apps.exports.imports.directives import directive_import, directive_import_plan
from dondoc.apps.exports.lists import tracker_table
from dondoc.apps.exports.tabular import table_xlsx
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgKind
from dondoc.apps.orgs.services import org_unit_create

LIST_DAY = date(2026, 3, 1)
EVERYTHING = UnitScope(None)

DEADLINES = [
    ("30/6/2026", date(2026, 6, 30)),
    ("trước 30/6", date(2026, 6, 30)),
    ("Trước ngày 15/9/2026", date(2026, 9, 15)),
    ("Quý II/2026", date(2026, 6, 30)),
    ("quý IV", date(2026, 12, 31)),
    ("6 tháng đầu năm 2026", date(2026, 6, 30)),
    ("Năm 2027", date(2027, 12, 31)),
    ("thường xuyên", None),
    ("Thuong xuyen", None),
]


@pytest.mark.parametrize(("text", "due_on"), DEADLINES, ids=[t for t, _ in DEADLINES])
def test_deadlines_written_as_offices_write_them_are_read(text, due_on):
    assert read_deadline(text, year=2026).due_on == due_on


@pytest.mark.parametrize("text", ["sớm nhất có thể", "31/2/2026", "", "<script>"])
def test_what_is_not_a_deadline_is_refused(text):
    with pytest.raises(DeadlineReadError):
        read_deadline(text, year=2026)


def test_a_day_written_without_its_year_is_of_the_lists_year_never_year_one():
    assert read_day("20/10", year=2026) == date(2026, 10, 20)
    assert read_day("20/10/2017", year=2026) == date(2017, 10, 20)


@pytest.fixture
def units(committee):
    finance = org_unit_create(
        name="Sở Tài chính", kind=OrgKind.DEPARTMENT, parent=committee, valid_from=date(1990, 1, 1)
    )
    return committee, finance


GOOD_ROWS = [
    [1, "Hoàn thành dự toán thu ngân sách", "UBND tỉnh Sơn Hà", "Sở Tài chính", "30/6/2026"],
    [2, "Rà soát quy hoạch xã", "Xa Phu Ha", None, "Quý II/2026"],
    ["II.", "VĂN HÓA - XÃ HỘI", None, None, None],
    [3, "Giữ vững an ninh trật tự", "Tỉnh ủy Sơn Hà", None, "thường xuyên"],
    [4, "Chuẩn bị kỳ họp cuối năm", "UBND tỉnh Sơn Hà", "Sở Tài chính; Xã Phú Hà", "trước 30/9"],
]
BAD_ROWS = [
    [5, "Kiểm tra thu chi", "Sở Tài chánh", None, "30/6/2026"],
    [6, "Tổng kết phong trào", "UBND tỉnh Sơn Hà", None, "sớm nhất có thể"],
    [7, "Sửa chữa trường học", "Xã Phú Hà", "Sở Không Có", "31/12/2026"],
]


def _workbook(rows) -> io.BytesIO:
    """Our own list: a title, a two-row header with merged cells, a row of column numbers,
    section rows (I., II.) and text deadlines."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["DANH MỤC NHIỆM VỤ NĂM 2026"])
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(
        ["STT", "Nội dung nhiệm vụ", "Cơ quan", None, "Thời hạn", "Tình hình thực hiện", "Ghi chú"]
    )
    sheet.append([None, None, "Chủ trì", "Phối hợp", None, None, None])
    for column in "ABEFG":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("C3:D3")
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])
    sheet.append(["I.", "KINH TẾ"])
    sheet.merge_cells("B6:G6")
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


def test_a_list_with_three_bad_rows_gives_exactly_those_three_errors_and_imports_nothing(units):
    plan = directive_import(_workbook(GOOD_ROWS + BAD_ROWS), on=LIST_DAY)

    assert [(e.row, e.column) for e in plan.errors] == [
        (12, "Cơ quan Chủ trì"),
        (13, "Thời hạn"),
        (14, "Cơ quan Phối hợp"),
    ]
    assert "Sở Tài chính" in plan.errors[0].message
    assert str(plan.errors[1]).startswith("Dòng 13, cột “Thời hạn”")
    assert Directive.objects.count() == 0


def test_the_dry_run_reads_sections_units_and_text_deadlines(units):
    plan = directive_import_plan(_workbook(GOOD_ROWS), on=LIST_DAY)

    assert plan.errors == []
    assert [(p.row, p.section, p.lead_unit.name, p.deadline.due_on) for p in plan.planned] == [
        (7, "KINH TẾ", "UBND tỉnh Sơn Hà", date(2026, 6, 30)),
        (8, "KINH TẾ", "Xã Phú Hà", date(2026, 6, 30)),
        (10, "VĂN HÓA - XÃ HỘI", "Tỉnh ủy Sơn Hà", None),
        (11, "VĂN HÓA - XÃ HỘI", "UBND tỉnh Sơn Hà", date(2026, 9, 30)),
    ]
    assert [u.name for u in plan.planned[3].co_units] == ["Sở Tài chính", "Xã Phú Hà"]
    assert Directive.objects.count() == 0


def test_importing_the_same_list_twice_creates_nothing_new(units):
    first = directive_import(_workbook(GOOD_ROWS), on=LIST_DAY)
    second = directive_import(_workbook(GOOD_ROWS), on=LIST_DAY)

    assert (len(first.new), len(second.new)) == (4, 0)
    assert Directive.objects.count() == 4


def test_a_row_repeated_in_the_list_is_imported_once(units):
    plan = directive_import(_workbook([GOOD_ROWS[0], GOOD_ROWS[0]]), on=LIST_DAY)

    assert plan.errors == []
    assert Directive.objects.filter(text=GOOD_ROWS[0][1]).count() == 1


ON = date(2018, 7, 1)


def _board():
    board = directive_board(scope=EVERYTHING, on=ON, order=BoardOrder.DEADLINE, per_page=100)
    return sorted(
        (
            row.directive.text,
            row.directive.lead_unit.name,
            tuple(sorted(u.name for u in row.directive.co_units.all())),
            row.directive.due_on,
            row.progress.status,
        )
        for row in board.rows
    )


def test_the_tracker_exported_and_imported_into_an_empty_installation_gives_the_same_directives(
    demo_data, db
):
    before = _board()
    exported = io.BytesIO()
    table_xlsx(
        tracker_table(scope=EVERYTHING, on=ON, filters=BoardFilters(), order=BoardOrder.DEADLINE),
        exported,
    )
    Directive.objects.all().delete()

    plan = directive_import(io.BytesIO(exported.getvalue()), on=ON)

    assert plan.errors == []
    assert _board() == before
    assert len(before) == 15
