from datetime import date

import pytest

from dondoc.intake.steps.deadlines import find_deadline

CASES = [
    ("hoàn thành trước ngày 30/6/2019", None, "2019-06-30"),
    ("báo cáo trước ngày 10 tháng 11 năm 2022", None, "2022-11-10"),
    ("trình trong tháng 9/2019", None, "2019-09-30"),
    ("trình trong tháng 2 năm 2024", None, "2024-02-29"),
    ("hoàn thành trong quý III/2019", None, "2019-09-30"),
    ("xong trong Quý I năm 2020", None, "2020-03-31"),
    ("hoàn thành cuối năm", 2018, "2018-12-31"),
    ("hoàn thành trong năm 2021", None, "2021-12-31"),
    ("gửi trước 17 giờ ngày 5/4/2021", None, "2021-04-05"),
    ("báo cáo trước ngày 10/5", None, "--05-10"),
    ("báo cáo trước ngày 10/5", 2020, "2020-05-10"),
    ("triển khai trong 10 ngày", None, None),
    ("hoàn thành trong 6 tháng đầu năm 2025", None, "2025-06-30"),
    ("hoàn thành trong 9 tháng đầu năm", 2023, "2023-09-30"),
    ("hoàn thành trong 6 tháng cuối năm 2024", None, "2024-12-31"),
    ("trình UBND tỉnh trước tháng 10/2024", None, "2024-09-30"),
    ("trình UBND tỉnh trước tháng 1/2025", None, "2024-12-31"),
    ("báo cáo cuối tháng 3/2024", None, "2024-03-31"),
    ("hoàn thành đến hết tháng 11 năm 2024", None, "2024-11-30"),
    ("báo cáo trước ngày 15/12 hằng năm", 2024, None),
    ("rà soát trong 7 ngày kể từ ngày nhận được văn bản", None, None),
]


@pytest.mark.parametrize(("text", "year", "expected"), CASES)
def test_deadlines_are_read_into_iso_days(text, year, expected):
    deadline = find_deadline(text, year=year)

    assert deadline is not None
    assert deadline.value == expected


def test_a_relative_deadline_counts_from_the_day_of_signing():
    deadline = find_deadline("trong 10 ngày kể từ ngày ký", year=None, signed_on=date(2020, 3, 25))

    assert deadline is not None
    assert deadline.value == "2020-04-04"


def test_the_deadline_as_written_keeps_the_clock_time():
    text = "nộp hồ sơ trước 17 giờ ngày 5/4/2021"

    deadline = find_deadline(text, year=None)

    assert deadline is not None
    assert text[deadline.start : deadline.end] == "trước 17 giờ ngày 5/4/2021"


def test_the_scope_of_a_plan_is_no_deadline():
    assert find_deadline("xây dựng đề án đến năm 2030, tầm nhìn đến năm 2050", year=None) is None


def test_issue_9_days_counted_from_receiving_the_letter_have_no_fixed_day():
    deadline = find_deadline(
        "báo cáo trong 10 ngày kể từ ngày nhận được văn bản", year=None, signed_on=date(2024, 9, 12)
    )

    assert deadline is not None
    assert deadline.value is None


def test_issue_9_days_counted_from_issuing_are_counted_from_the_letters_date():
    deadline = find_deadline(
        "báo cáo trong 15 ngày kể từ ngày ban hành", year=None, signed_on=date(2024, 9, 12)
    )

    assert deadline is not None
    assert deadline.value == "2024-09-27"


def test_issue_9_a_report_of_results_for_half_a_year_is_no_deadline():
    assert find_deadline("báo cáo kết quả 6 tháng đầu năm 2024", year=None) is None
