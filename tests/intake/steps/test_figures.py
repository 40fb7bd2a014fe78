"""Figures, from sentences we wrote in the style of reports."""

from decimal import Decimal

import pytest

from dondoc.intake.normalize import normalize
from dondoc.intake.steps.figures import find_figures


def figures(text):
    return [
        (str(f.value), str(f.total) if f.total is not None else None, f.unit)
        for f in find_figures(normalize(text), exclude=[])
    ]


EXAMPLES = {
    "per cent with decimal comma": ("thu ngân sách đạt 91,5% dự toán", [("91.5", None, "%")]),
    "ratio with counted noun": ("có 12/20 xã đạt chuẩn", [("12", "20", "xã")]),
    "money with thousands dot": ("tổng vốn 1.250 tỷ đồng", [("1250", None, "tỷ đồng")]),
    "multiplier and noun": ("sản lượng 2,5 triệu tấn", [("2.5", None, "triệu tấn")]),
    "range gives two figures": ("tăng 10-12%", [("10", None, "%"), ("12", None, "%")]),
    "per cent per year": ("tăng bình quân 7,2%/năm", [("7.2", None, "%")]),
    "unit glued to the number": ("cầu dài 180m", [("180", None, "m")]),
    "measure unit": ("trồng mới 350 ha rừng", [("350", None, "ha")]),
    "bare number written like a quantity": ("giá trị đạt 4.061, tăng", [("4061", None, None)]),
    "rank is a ratio": ("xếp thứ 5/63 tỉnh, thành phố", [("5", "63", "tỉnh")]),
    "count after trong số": ("Trong số 11 nhóm hàng", [("11", None, "nhóm hàng")]),
    "capitalised noun": ("bầu 53 Ủy viên Ban Chấp hành", [("53", None, "Ủy viên")]),
    "percent ratio": ("đạt 83,2%/50% kế hoạch", [("83.2", "50", "%")]),
}
BUGS_CAUGHT = {
    "a day and month is a date": ("sáng 20/10 hội nghị", []),
    "a date with year": ("ngày 29-5-2013 ban hành", []),
    "a duration is a period": ("kéo dài 4 ngày, sau 2 năm", []),
    "an ordinal is a label": ("Hội nghị lần thứ 8, khóa XII, Quốc lộ 4", []),
    "a year alone is no figure": ("từ 2016 đến 2020", []),
    "clock time": ("lúc 14 giờ 30", []),
    "a plenum number before khóa": ("Nghị quyết Trung ương 4 (khóa XII)", []),
    "a date line range": ("date 2023-10", []),
    "a view counter": ("Lượt xem: 5547", []),
    "a holiday date followed by a verb": ("dịp Quốc khánh 2/9 kéo dài", []),
}


@pytest.mark.parametrize(("text", "expected"), EXAMPLES.values(), ids=list(EXAMPLES))
def test_examples(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT.values(), ids=list(BUGS_CAUGHT))
def test_bugs_caught(text, expected):
    assert figures(text) == expected


def test_excluded_ranges_are_skipped():
    text = "Quyết định 123/QĐ-UBND giao 45 chỉ tiêu"

    found = find_figures(normalize(text), exclude=[(0, 22)])

    assert [(f.value, f.unit) for f in found] == [(Decimal(45), "chỉ tiêu")]


def test_a_figure_repeated_identically_is_one_entry():
    assert figures("đạt 5 xã; thêm 5 xã") == [("5", None, "xã")]


def test_the_span_is_number_and_unit_in_the_original():
    text = "có 14/27 tuyến phố đạt"

    (figure,) = find_figures(normalize(text), exclude=[])

    assert text[figure.span.start : figure.span.end] == "14/27 tuyến phố"


def test_a_figure_knows_what_it_measures_its_reference_and_its_change():
    text = "thu ngân sách 9 tháng đạt 86,2% dự toán tỉnh giao, tăng 45% so với cùng kỳ"

    first, second = find_figures(normalize(text), exclude=[])

    assert (first.measure, first.reference, first.change) == ("thu ngân sách", "estimate", "")
    assert (second.reference, second.change) == ("same_period_last_year", "tăng")


def test_a_range_needs_a_unit_and_no_years():
    assert figures("giai đoạn 2016-2020, từ 3-5 ha") == [("3", None, "ha"), ("5", None, "ha")]


def test_a_noun_stops_at_a_second_capitalised_word():
    assert figures("có 5 Phó Chủ tịch") == [("5", None, "Phó")]


def test_a_compound_amount_is_one_figure():
    assert figures("giá trị 107 tỷ 396 triệu đồng và 12 triệu 500 nghìn") == [
        ("107.396", None, "tỷ đồng"),
        ("12.5", None, "triệu"),
    ]
