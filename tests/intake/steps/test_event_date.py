"""The event's day, from openings we wrote in the style of news reports."""

import pytest

from dondoc.intake import read
from dondoc.intake.normalize import normalize
from dondoc.intake.steps.event_date import find_event_date


def event(text):
    found, warnings = find_event_date(normalize(text))
    return (found.value if found else None), [w.code for w in warnings]


EXAMPLES = {
    "day with year": ("Ngày 10/8/2023, Sở Giao thông họp.", "2023-08-10"),
    "year from the periods reported": (
        "Sáng nay (20/10), Thành ủy báo cáo kết quả 9 tháng năm 2017 và nhiệm vụ quý IV/2017.",
        "2017-10-20",
    ),
    "no year anywhere": ("Chiều 5/6, đoàn công tác làm việc với huyện.", "--06-05"),
    "first day of a range": (
        "Từ ngày 11 đến ngày 13 tháng 7 năm 2016, HĐND tỉnh họp kỳ thứ 2.",
        "2016-07-11",
    ),
    "the same day written in full elsewhere": (
        "Sáng 5/12, hội nghị khai mạc.\n\n05/12/2019 19:39\n",
        "2019-12-05",
    ),
    "a single year mentioned": (
        "Sáng ngày 6/8, tổ đại biểu tiếp xúc cử tri sau kỳ họp giữa năm 2024.",
        "2024-08-06",
    ),
    "a congress and its term": (
        "Ngày 14-10, Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 khai mạc.",
        "2020-10-14",
    ),
    "a date line when nothing else": (
        "Phát biểu khai mạc kỳ họp\n07/12/2022\nThưa các vị đại biểu",
        "2022-12-07",
    ),
    "a closing session within a stated range gives the first day": (
        "Nghị quyết được thông qua sáng ngày 16-11. Đại hội diễn ra từ ngày 14 đến ngày 16 tháng 11 năm 2025.",
        "2025-11-14",
    ),
    "tomorrow's date gives today's": (
        "Chiều nay, đại hội bầu cấp ủy. Ngày mai (9/10), đại hội bế mạc.",
        "--10-08",
    ),
    "a congress compared with the previous term": (
        "Ngày 3/11, Đại hội bầu 55 ủy viên (giảm 2 người so với nhiệm kỳ 2020-2025).",
        "2025-11-03",
    ),
}
BUGS_CAUGHT = {
    "issuing a document is not an event": (
        "Ngày 6/8, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 17 về dư luận.",
        None,
    ),
    "receiving a letter is not an event": (
        "Ngày 20/7/2018, UBND tỉnh nhận được Văn bản số 5658/BCT-CTĐP.",
        None,
    ),
    "a deadline is not the event": ("Báo cáo trước ngày 10/8/2018 để tổng hợp.", None),
    "a document's date is not the event": (
        "Thực hiện Chỉ thị số 20/CT-TTg ngày 29/7/2019 của Thủ tướng.",
        None,
    ),
    "a period that starts a span of time does not give the year": (
        "Chiều 14/3, đoàn kiểm tra làm việc về công tác cán bộ từ tháng 9.2019 đến nay.",
        "--03-14",
    ),
    "a date is no period, so its year does not give the year": (
        "Sáng 2/4, hội nghị bàn về Quyết định ký ngày 12 tháng 5 năm 2019 và tháng 8.2020.",
        "2020-04-02",
    ),
    "a dateline with a source prefix": (
        "LSO-Sáng nay (20/10), đoàn công tác làm việc trong quý IV/2017.",
        "2017-10-20",
    ),
}


@pytest.mark.parametrize(("text", "expected"), EXAMPLES.values(), ids=list(EXAMPLES))
def test_examples(text, expected):
    assert event(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT.values(), ids=list(BUGS_CAUGHT))
def test_bugs_caught(text, expected):
    assert event(text)[0] == expected


def test_a_date_line_that_contradicts_the_content_is_flagged_not_believed():
    text = "Thứ hai, 08/08/2022\n\nSáng nay (20/10), Thành ủy báo cáo kết quả 9 tháng năm 2017."

    assert event(text) == ("2017-10-20", ["date_line_contradicts_content"])


def test_the_page_year_is_used_when_the_content_gives_none():
    assert event("Cập nhật: 19/11/2020\nNgày 18/11, UBND huyện họp.") == ("2020-11-18", [])


def test_reports_that_compare_years_leave_the_year_open():
    assert (
        event("Sáng 3/7, tỉnh họp: 6 tháng đầu năm 2020 so với 6 tháng đầu năm 2019.")[0]
        == "--07-03"
    )


def test_a_day_that_cannot_exist_gives_no_date():
    assert event("Sáng 35/10, đoàn làm việc.") == (None, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trong 2 ngày 6-7/7/2019, Thủ tướng đã đến thăm, làm việc tại tỉnh.", "2019-07-06"),
        ("Ngày 15 - 18/4/2017, Đoàn kiểm tra làm việc với tỉnh.", "2017-04-15"),
        ("Trong hai ngày 27 và 28/10/2020, hội nghị diễn ra tại tỉnh.", "2020-10-27"),
    ],
)
def test_issue_9_a_multi_day_event_gets_its_first_day(text, expected):
    assert read(text).event_date.value == expected


def test_issue_9_a_page_date_line_with_a_clock_time_gives_the_year():
    text = (
        "Tin tỉnh\n\n09:15 21-02-2020 | 120 lượt xem\n\nNgày 20/2, Phó Chủ tịch làm việc với huyện."
    )

    assert read(text).event_date.value == "2020-02-20"


def test_issue_9_a_day_written_in_full_weeks_from_the_event_gives_its_year():
    text = (
        "Sáng 8/3, Tỉnh ủy tổ chức hội nghị công bố Quyết định số 12-QĐ/TW ngày 1/3/2019 của Ban "
        "Bí thư. Năm 2016 tỉnh đạt nhiều kết quả."
    )

    assert read(text).event_date.value == "2019-03-08"


def test_issue_9_an_older_document_cited_does_not_give_the_year():
    text = (
        "Ngày 7/7, Đoàn kiểm tra làm việc với tỉnh về thực hiện Kết luận số 24-KL/TW ngày "
        "5/6/2012, theo Quyết định số 46-QĐ/TW ngày 2/3/2017."
    )

    assert read(text).event_date.value == "--07-07"


def test_issue_9_a_newspaper_report_and_signing_a_decision_are_not_events():
    assert read("Ngày 14/4, báo Tin tức phản ánh việc xe quá tải.").event_date is None
    assert read("Ngày 30/1, Phó Thủ tướng ký Quyết định số 12/QĐ-TTg.").event_date is None


# Issue #9, item 4: openings of our own. The page's date line gives the year when no stated year
# is far from it; a multi-day event gives its first day; a round-up its first actual event.
PAGE_DATE_LINES = [
    pytest.param(
        "Thứ Năm, 12/09/2024 - 08:30\nSáng 11/9, UBND tỉnh họp phiên thường kỳ.",
        "2024-09-11",
        id="weekday-date-and-clock",
    ),
    pytest.param(
        "12/09/2024 08:30 GMT+7\nChiều 10/9, đoàn công tác làm việc với huyện Mai Châu.",
        "2024-09-10",
        id="date-clock-and-zone",
    ),
    pytest.param(
        "Ngày đăng: 05/03/2024\nNgày 4/3, Sở Y tế tổ chức hội nghị.", "2024-03-04", id="ngay-dang"
    ),
    pytest.param(
        "Cập nhật lúc 08:30 ngày 12/09/2024\nSáng 11/9, HĐND huyện họp chuyên đề.",
        "2024-09-11",
        id="the-date-line-is-no-event",
    ),
    pytest.param(
        "Thứ sáu, 13/9/2024, 10:15 (GMT+7)\nNgày 12/9, Ban Dân vận Tỉnh ủy làm việc với huyện.",
        "2024-09-12",
        id="weekday-date-comma-clock",
    ),
    pytest.param(
        "Thứ Ba, ngày 10/09/2024\nSáng 9/9, Thường trực Tỉnh ủy làm việc với Đảng ủy Khối.",
        "2024-09-09",
        id="weekday-and-ngay",
    ),
    pytest.param(
        "10/9/2024 | 15:20\nSáng 10/9, Tỉnh ủy tổ chức hội nghị.", "2024-09-10", id="date-bar-clock"
    ),
    pytest.param(
        "Cập nhật: 12/09/2024\nSáng 11/9, Sở Nội vụ họp triển khai Nghị quyết số 12/NQ-HĐND ngày "
        "10/7/2023 của HĐND tỉnh.",
        "2024-09-11",
        id="an-older-document-does-not-contradict-the-page",
    ),
    pytest.param(
        "Cập nhật: 20/01/2025\nSáng 16/1, tỉnh tổng kết công tác năm 2024.",
        "2025-01-16",
        id="the-year-reviewed-does-not-contradict-the-page",
    ),
    pytest.param(
        "Đăng ngày: 03/01/2025\nChiều 30/12, UBND huyện họp tổng kết.",
        "2024-12-30",
        id="an-event-before-the-new-year-on-a-page-after-it",
    ),
    pytest.param(
        "Hòa Bình, ngày 12 tháng 9 năm 2024\nSáng 11/9, tỉnh tổ chức hội nghị.",
        "2024-09-11",
        id="a-place-and-date-line",
    ),
]

ROUND_UPS_AND_RUNS_OF_DAYS = [
    pytest.param(
        "Trong tuần, nhiều hoạt động diễn ra. Ngày 2/9, tỉnh tổ chức lễ mít tinh. Ngày 4/9, huyện "
        "Lạc Sơn khai mạc hội chợ.",
        "--09-02",
        id="a-round-up-gives-its-first-event",
    ),
    pytest.param(
        "Thực hiện kế hoạch của Ban Thường vụ Tỉnh ủy, ngày 15/8, đoàn kiểm tra làm việc với "
        "Huyện ủy Đà Bắc.",
        "--08-15",
        id="a-clause-before-the-day-is-no-dateline",
    ),
    pytest.param(
        "Ngày 14/8, Chủ tịch UBND tỉnh ký Quyết định số 1520/QĐ-UBND. Ngày 16/8, Sở Xây dựng tổ "
        "chức hội nghị triển khai quyết định.",
        "--08-16",
        id="signing-first-then-the-event",
    ),
    pytest.param(
        "Dự kiến ngày 20/9, hội nghị sẽ khai mạc. Sáng 12/9, Ban tổ chức họp báo.",
        "--09-12",
        id="a-planned-event-after-an-actual-one",
    ),
    pytest.param(
        "Ngày 25/9, Đại hội Đảng bộ huyện sẽ khai mạc tại hội trường.",
        "--09-25",
        id="a-planned-event-when-nothing-else-is-stated",
    ),
    pytest.param(
        "Từ ngày 20 đến 22/9/2024, Hội chợ nông sản diễn ra tại quảng trường.",
        "2024-09-20",
        id="from-the-20th-to-the-22nd",
    ),
    pytest.param(
        "Hai ngày 5 và 6/10, Đại hội Hội Nông dân tỉnh lần thứ XI diễn ra.",
        "--10-05",
        id="two-days",
    ),
    pytest.param(
        "Sáng 27/7, Tỉnh ủy tổ chức lễ dâng hương tại Nghĩa trang liệt sĩ. Lễ kỷ niệm 77 năm Ngày "
        "Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024) diễn ra trang trọng.",
        "2024-07-27",
        id="the-same-day-in-full-in-an-anniversary",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAGE_DATE_LINES + ROUND_UPS_AND_RUNS_OF_DAYS)
def test_issue_9_the_event_date_of_openings_of_our_own(text, expected):
    assert read(text).event_date.value == expected
