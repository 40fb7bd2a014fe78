"""Cited documents, from sentences we wrote."""

import pytest

from dondoc.intake.normalize import normalize
from dondoc.intake.steps.documents import find_documents


def documents(text):
    return [(d.kind, d.number, d.date, d.issuer) for d in find_documents(normalize(text))]


EXAMPLES = {
    "party number with date and issuer": (
        "Thực hiện Nghị quyết số 05-NQ/TU, ngày 12/3/2016 của Ban Thường vụ Tỉnh ủy về du lịch.",
        [("Nghị quyết", "05-NQ/TU", "2016-03-12", "Ban Thường vụ Tỉnh ủy")],
    ),
    "state number, lower-case kind": (
        "theo công văn số 1234/UBND-KT ngày 2/8/2021 của UBND tỉnh",
        [("Công văn", "1234/UBND-KT", "2021-08-02", "UBND tỉnh")],
    ),
    "bare number after số": (
        "Chỉ thị số 07 của Bộ Chính trị",
        [("Chỉ thị", "07", None, "Bộ Chính trị")],
    ),
    "bare number after a capitalised kind": (
        "Quán triệt Kết luận 15 và Quyết định 99",
        [("Kết luận", "15", None, None), ("Quyết định", "99", None, None)],
    ),
    "date without a year": (
        "Chỉ thị số 03 ngày 6-8 của Tỉnh ủy",
        [("Chỉ thị", "03", "--08-06", "Tỉnh ủy")],
    ),
    "a number with no kind word takes the kind of its symbol": (
        "đã ban hành 45/KH-UBND để triển khai",
        [("Kế hoạch", "45/KH-UBND", None, None)],
    ),
    "symbol abbreviation before a bare number": (
        "đánh giá việc thực hiện NQ 09 ngày 1/2/2019",
        [("Nghị quyết", "09", "2019-02-01", None)],
    ),
    "a letter's heading names an official letter": (
        "UBND TỈNH\nSố: 245/UBND-KT\nV/v chuẩn bị mùa mưa bão",
        [("Công văn", "245/UBND-KT", None, None)],
    ),
    "a joint circular, its kind from its symbol": (
        "Căn cứ 09/2016/TTLT-BTC-BNV hướng dẫn",
        [("Thông tư liên tịch", "09/2016/TTLT-BTC-BNV", None, None)],
    ),
    "a number glued to số, spaces inside the symbol": (
        "theo Quyết định số730/QĐ - TTg ngày 5/6/2019",
        [("Quyết định", "730/QĐ - TTg", "2019-06-05", None)],
    ),
    "spaces and dashes kept as written": (
        "Quyết định số 77 – QĐNS/TW",
        [("Quyết định", "77 – QĐNS/TW", None, None)],
    ),
}
BUGS_CAUGHT = {
    "the same document cited twice is one item": (
        "Nghị quyết số 08-NQ/TU ngày 1/1/2020 ... tiếp tục thực hiện Nghị quyết 08-NQ/TU",
        [("Nghị quyết", "08-NQ/TU", "2020-01-01", None)],
    ),
    "a short citation of a full number is the same document": (
        "Nghị quyết số 26-NQ/TW của Bộ Chính trị; sơ kết Nghị quyết 26",
        [("Nghị quyết", "26-NQ/TW", None, "Bộ Chính trị")],
    ),
    "a count after a lower-case kind word is no document": (
        "đã thi hành kỷ luật 120 trường hợp",
        [],
    ),
    "a year or a duration is no document number": ("Kế hoạch 5 năm và Nghị quyết năm 2020", []),
    "a word glued on in a PDF is not part of the number": (
        "Căn cứ Nghị định số 41/2022/NĐ-CPngày 20/6/2022 của Chính phủ",
        [("Nghị định", "41/2022/NĐ-CP", "2022-06-20", "Chính phủ")],
    ),
    "one document written in both layouts is one item": (
        "Chỉ thị số 24-CT/TW ... tiếp tục Chỉ thị 24/CT-TW",
        [("Chỉ thị", "24-CT/TW", None, None)],
    ),
    "a year inside a heading number is no letter": (
        "Số: 45/2019/QH14",
        [],
    ),
    "a command given is not an order by number": ("thực hiện mệnh lệnh số 5 của cấp trên", []),
    "a dismissal date is not the number's date": (
        "Nghị quyết 11 ngày 7/12/2018 của Tỉnh ủy",
        [("Nghị quyết", "11", "2018-12-07", "Tỉnh ủy")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), EXAMPLES.values(), ids=list(EXAMPLES))
def test_examples(text, expected):
    assert documents(text) == expected


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT.values(), ids=list(BUGS_CAUGHT))
def test_bugs_caught(text, expected):
    assert documents(text) == expected


def test_a_document_cited_by_title_only_is_not_listed():
    assert documents("triển khai Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng") == []


def test_the_span_covers_the_citation_in_the_original_text():
    text = "Theo Nghị quyết số 05-NQ/TU ngày 12/3/2016, tỉnh"

    (mention,) = find_documents(normalize(text))

    assert text[mention.span.start : mention.span.end] == "Nghị quyết số 05-NQ/TU ngày 12/3/2016"


def test_documents_cited_by_plenum_are_listed_without_a_number():
    from dondoc.intake.steps.documents import find_documents_by_title  # noqa: PLC0415

    text = "thực hiện Nghị quyết Trung ương 4 (khóa XII) và Nghị quyết Trung ương 4 khóa XII"

    (mention,) = find_documents_by_title(normalize(text))

    assert (mention.kind, mention.number, mention.title) == (
        "Nghị quyết",
        "",
        "Nghị quyết Trung ương 4 khóa XII",
    )


def test_a_symbol_no_parser_reads_is_kept_as_written():
    assert documents("theo văn bản số 12/KH&ĐT-TH ngày 3/4/2020") == [
        ("Văn bản", "12/KH&ĐT-TH", "2020-04-03", None)
    ]
