from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dondoc.core.errors import PeriodError, PeriodParseError, PeriodSchoolYearError
from dondoc.core.periods import Period, PeriodKind, find_periods
from tests.hostile_inputs import HOSTILE_STRINGS

EXAMPLES = {
    "9 tháng đầu năm 2017": Period(PeriodKind.NINE_MONTHS, 2017),
    "9 tháng năm 2017": Period(PeriodKind.NINE_MONTHS, 2017),
    "chín tháng đầu năm 2017": Period(PeriodKind.NINE_MONTHS, 2017),
    "quý IV/2017": Period.quarter(2017, 4),
    "Quý I năm 2018": Period.quarter(2018, 1),
    "quý 3/2017": Period.quarter(2017, 3),
    "6 tháng đầu năm 2017": Period(PeriodKind.FIRST_HALF, 2017),
    "6 tháng năm 2017": Period(PeriodKind.FIRST_HALF, 2017),
    "6 tháng cuối năm 2023": Period(PeriodKind.SECOND_HALF, 2023),
    "tháng 9/2017": Period.month(2017, 9),
    "tháng 10 năm 2017": Period.month(2017, 10),
    "tháng 01-2018": Period.month(2018, 1),
    "năm 2017": Period(PeriodKind.YEAR, 2017),
    "2017": Period(PeriodKind.YEAR, 2017),
    "giai đoạn 2016- 2020": Period.term(2016, 2020, kind=PeriodKind.STAGE),
    "giai đoạn 2016–2020": Period.term(2016, 2020, kind=PeriodKind.STAGE),
    "nhiệm kỳ 2020 - 2025": Period.term(2020, 2025),
    "Nhiệm kỳ 2015-2020": Period.term(2015, 2020),
    "quy\u0301 IV/2017": Period.quarter(2017, 4),
    # Shapes added in #13, in our own words.
    "Quý II/2026": Period.quarter(2026, 2),
    "quí III/2019": Period.quarter(2019, 3),
    "Qúy 2 2023": Period.quarter(2023, 2),
    "QUÝ IV NĂM 2016": Period.quarter(2016, 4),
    "quý 02/2021": Period.quarter(2021, 2),
    "Q3 2021": Period.quarter(2021, 3),
    "Q1/2025": Period.quarter(2025, 1),
    "tháng 12/2017": Period.month(2017, 12),
    "tháng 01 năm 2018": Period.month(2018, 1),
    "tháng 8.2022": Period.month(2022, 8),
    "tháng Bảy năm 2021": Period.month(2021, 7),
    "tháng Mười Hai năm 2019": Period.month(2019, 12),
    "tháng tư/2020": Period.month(2020, 4),
    "5 tháng năm 2024": Period.months(2024, 5),
    "04 tháng đầu năm 2023": Period.months(2023, 4),
    "Bảy tháng đầu năm 2020": Period.months(2020, 7),
    "Mười một tháng năm 2022": Period.months(2022, 11),
    "mười tháng đầu năm 2018": Period.months(2018, 10),
    "3 tháng đầu năm 2021": Period.quarter(2021, 1),
    "3 tháng cuối năm 2021": Period.quarter(2021, 4),
    "06 tháng đầu năm 2022": Period(PeriodKind.FIRST_HALF, 2022),
    "12 tháng năm 2022": Period(PeriodKind.YEAR, 2022),
    "1 tháng đầu năm 2022": Period.month(2022, 1),
    "nửa đầu năm 2015": Period(PeriodKind.FIRST_HALF, 2015),
    "nửa cuối năm 2015": Period(PeriodKind.SECOND_HALF, 2015),
    "cả năm 2021": Period(PeriodKind.YEAR, 2021),
    "trọn năm 2021": Period(PeriodKind.YEAR, 2021),
    "năm ngân sách 2024": Period(PeriodKind.YEAR, 2024),
    "năm tài chính 2024": Period(PeriodKind.YEAR, 2024),
    "năm2019": Period(PeriodKind.YEAR, 2019),
    "thời kỳ 2031 - 2040": Period.term(2031, 2040, kind=PeriodKind.STAGE),
    "5 năm 2016-2020": Period.term(2016, 2020, kind=PeriodKind.STAGE),
    "10 năm giai đoạn 2011-2020": Period.term(2011, 2020, kind=PeriodKind.STAGE),
    "từ năm 2006 đến năm 2010": Period.term(2006, 2010, kind=PeriodKind.STAGE),
    "từ năm 2006 đến hết năm 2010": Period.term(2006, 2010, kind=PeriodKind.STAGE),
    "giai đoạn từ năm 2026-2030": Period.term(2026, 2030, kind=PeriodKind.STAGE),
    "giai đoạn 2021 đến 2025": Period.term(2021, 2025, kind=PeriodKind.STAGE),
    "GIAI ĐOẠN2026-2030": Period.term(2026, 2030, kind=PeriodKind.STAGE),
    "nhiệm kỳ 2025 – 2030": Period.term(2025, 2030),
    "Q.III/2019": Period.quarter(2019, 3),
    "Quý III - năm 2023": Period.quarter(2023, 3),
    "5 năm (2026-2030)": Period.term(2026, 2030, kind=PeriodKind.STAGE),
    "giai đoạn (2026 - 2030)": Period.term(2026, 2030, kind=PeriodKind.STAGE),
}
BUGS_CAUGHT = {
    # "16 tháng" is not "6 tháng": the scanner must not start inside a number.
    "16 tháng": None,
    # Dates and durations are not periods (#13).
    "ngày 14 tháng 3 năm 2019": None,
    "30/6/2024": None,
    "sau 6 tháng": None,
    "trong thời hạn 9 tháng": None,
    # Counts from the end of the year other than 3 and 6 name no reporting period.
    "4 tháng cuối năm 2020": None,
    # "5 năm" must agree with the years it names.
    "5 năm 2021-2024": None,
    # A closing bracket that opens nowhere is not part of the label.
    "giai đoạn 2026-2030)": None,
    # A year followed by another year is a school or budget year pair, not one year.
    "năm 2024-2025": None,
}
KNOWN_FAILURES = {
    # A season-like label we do not read yet.
    "cuối quý III/2017": Period.quarter(2017, 3),
    # Two quarters under one year.
    "quý I và II/2018": Period.quarter(2018, 1),
}


@pytest.mark.parametrize(("text", "expected"), EXAMPLES.items(), ids=list(EXAMPLES))
def test_parse_reads_labels_as_reports_write_them(text, expected):
    assert Period.parse(text) == expected


@pytest.mark.parametrize("text", BUGS_CAUGHT, ids=list(BUGS_CAUGHT))
def test_parse_refuses_labels_that_only_look_like_periods(text):
    with pytest.raises(PeriodParseError):
        Period.parse(text)


@pytest.mark.xfail(strict=True, reason="not read yet")
@pytest.mark.parametrize(("text", "expected"), KNOWN_FAILURES.items(), ids=list(KNOWN_FAILURES))
def test_known_failures(text, expected):
    assert Period.parse(text) == expected


def test_parse_keeps_the_raw_text_but_ignores_it_in_equality():
    period = Period.parse("giai đoạn 2016- 2020")

    assert period.raw == "giai đoạn 2016- 2020"
    assert period == Period.term(2016, 2020, kind=PeriodKind.STAGE)


def test_a_label_without_year_takes_the_year_from_context():
    assert Period.parse("9 tháng đầu năm", year=2017) == Period(PeriodKind.NINE_MONTHS, 2017)


def test_a_label_without_year_and_no_context_is_refused_with_a_reason():
    with pytest.raises(PeriodParseError, match="names no year"):
        Period.parse("quý IV")


@pytest.mark.parametrize("text", HOSTILE_STRINGS)
def test_parse_refuses_hostile_input_with_a_period_parse_error(text):
    with pytest.raises(PeriodParseError):
        Period.parse(text)


def test_a_relative_label_takes_the_year_of_the_text():
    assert Period.parse("sáu tháng năm nay", year=2019) == Period(PeriodKind.FIRST_HALF, 2019)
    assert Period.parse("quý III năm nay", year=2019) == Period.quarter(2019, 3)
    assert Period.parse("năm nay", year=2019) == Period(PeriodKind.YEAR, 2019)
    assert Period.parse("cả năm", year=2019) == Period(PeriodKind.YEAR, 2019)


def test_a_school_year_is_refused_with_its_own_code():
    with pytest.raises(PeriodSchoolYearError) as caught:
        Period.parse("năm học 2023-2024")

    assert caught.value.code == "period_school_year"


def test_months_from_january_know_their_days_code_and_label():
    period = Period.parse("5 tháng đầu năm 2024")

    assert (period.start_on, period.end_on) == (date(2024, 1, 1), date(2024, 5, 31))
    assert (period.code, str(period), period.is_cumulative) == ("2024-5M", "5 tháng năm 2024", True)
    assert period.year_earlier() == Period.months(2023, 5)


def test_counts_with_a_name_of_their_own_are_not_months_from_january():
    with pytest.raises(PeriodError, match="name of their own"):
        Period.months(2024, 6)


@pytest.mark.parametrize("text", ["quý V/2017", "tháng 13/2017", "nhiệm kỳ 2025-2020"])
def test_impossible_periods_are_refused(text):
    with pytest.raises(PeriodParseError):
        Period.parse(text)


def test_constructing_an_impossible_period_raises_period_error():
    with pytest.raises(PeriodError, match="month 13"):
        Period.month(2017, 13)


def test_year_zero_is_refused():
    with pytest.raises(PeriodError, match="out of range"):
        Period.month(0, 1)


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        (Period.quarter(2017, 4), date(2017, 10, 1), date(2017, 12, 31)),
        (Period(PeriodKind.NINE_MONTHS, 2017), date(2017, 1, 1), date(2017, 9, 30)),
        (Period(PeriodKind.SECOND_HALF, 2017), date(2017, 7, 1), date(2017, 12, 31)),
        (Period.month(2016, 2), date(2016, 2, 1), date(2016, 2, 29)),
        (Period.term(2020, 2025), date(2020, 1, 1), date(2025, 12, 31)),
    ],
    ids=str,
)
def test_periods_know_their_first_and_last_day(period, start, end):
    assert (period.start_on, period.end_on) == (start, end)


def test_quarter_iv_2017_ends_on_31_december():
    assert Period.parse("quý IV/2017").end_on == date(2017, 12, 31)


def test_canonical_labels():
    labels = [
        str(Period.parse(text)) for text in ("9 tháng đầu năm 2017", "quý 4/2017", "tháng 01-2018")
    ]

    assert labels == ["9 tháng năm 2017", "quý IV/2017", "tháng 1/2018"]


def test_periods_sort_by_start_then_end():
    periods = [
        Period(PeriodKind.YEAR, 2017),
        Period.quarter(2017, 1),
        Period(PeriodKind.FIRST_HALF, 2017),
    ]

    assert sorted(periods) == [periods[1], periods[2], periods[0]]


def test_comparing_with_something_else_is_not_supported():
    with pytest.raises(TypeError):
        _ = Period.quarter(2017, 1) < "2017"  # type: ignore[operator]


def test_a_year_contains_its_quarters_and_days_but_not_the_next_year():
    year = Period(PeriodKind.YEAR, 2017)

    assert year.contains(Period.quarter(2017, 4))
    assert year.contains(date(2017, 10, 20))
    assert not year.contains(Period.quarter(2018, 1))
    assert not year.contains(date(2018, 1, 1))


def test_year_earlier_is_the_base_of_year_on_year_change():
    assert Period.parse("9 tháng năm 2017").year_earlier() == Period.parse("9 tháng năm 2016")


def test_a_term_has_no_same_period_a_year_earlier():
    with pytest.raises(PeriodError):
        Period.term(2020, 2025).year_earlier()


def test_nine_months_is_three_quarters_of_the_year():
    assert Period.parse("9 tháng năm 2017").share_of_year() == Fraction(3, 4)


def test_a_term_has_no_share_of_one_year():
    with pytest.raises(PeriodError):
        Period.term(2020, 2025).share_of_year()


def test_elapsed_share_runs_from_zero_to_one():
    quarter = Period.quarter(2017, 4)

    assert quarter.elapsed_share(date(2017, 9, 30)) == 0
    assert quarter.elapsed_share(date(2017, 10, 1)) == Fraction(1, 92)
    assert quarter.elapsed_share(date(2018, 1, 1)) == 1


def test_cumulative_periods_count_from_the_start_of_the_year():
    assert Period(PeriodKind.NINE_MONTHS, 2017).is_cumulative
    assert Period.term(2020, 2025).is_cumulative
    assert not Period.quarter(2017, 3).is_cumulative


def test_of_year_builds_year_bound_periods_only():
    assert Period.of_year(PeriodKind.FIRST_HALF, 2017).code == "2017-H1"
    with pytest.raises(PeriodError):
        Period.of_year(PeriodKind.MONTH, 2017)


def test_term_builds_multi_year_periods_only():
    with pytest.raises(PeriodError):
        Period.term(2017, 2018, kind=PeriodKind.YEAR)


@pytest.mark.parametrize("code", ["2017-13", "Q4", "", "2017-M1x"])
def test_from_code_refuses_bad_codes(code):
    with pytest.raises(PeriodParseError):
        Period.from_code(code)


periods = st.one_of(
    st.builds(Period.month, st.integers(1900, 2089), st.integers(1, 12)),
    st.builds(Period.quarter, st.integers(1900, 2089), st.integers(1, 4)),
    st.builds(
        Period.of_year,
        st.sampled_from(
            [PeriodKind.FIRST_HALF, PeriodKind.SECOND_HALF, PeriodKind.NINE_MONTHS, PeriodKind.YEAR]
        ),
        st.integers(1900, 2089),
    ),
    st.builds(Period.months, st.integers(1900, 2089), st.sampled_from([2, 4, 5, 7, 8, 10, 11])),
    st.builds(
        lambda start, length, kind: Period.term(start, start + length, kind=kind),
        st.integers(1900, 2089),
        st.integers(1, 10),
        st.sampled_from([PeriodKind.TERM, PeriodKind.STAGE]),
    ),
)


@given(periods)
def test_parse_of_str_round_trips(period):
    assert Period.parse(str(period)) == period


@given(periods)
def test_from_code_of_code_round_trips(period):
    assert Period.from_code(period.code) == period


@given(st.text(max_size=300))
def test_find_periods_never_raises(text):
    assert isinstance(find_periods(text), list)


def test_find_periods_reads_running_text_in_order_without_repeats():
    text = "Quý IV/2017 ... thu ngân sách 9 tháng đầu năm đạt, nhiệm vụ quý IV/2017, giai đoạn 2016- 2020"

    found = find_periods(text, year=2017)

    assert [p.code for p in found] == ["2017-Q4", "2017-9M", "S2016-2020"]


def test_find_periods_skips_labels_whose_year_is_unknown():
    assert find_periods("6 tháng cuối năm và quý V/2017") == []


NOT_PERIODS = {
    "a full date": "Hội nghị họp ngày 14 tháng 3 năm 2019 tại tỉnh.",
    "a date without a year": "Hội nghị họp ngày 14 tháng 3 tại tỉnh.",
    "a day and a month": "khai mạc 14 tháng 3 năm 2019",
    "a numeric date": "báo cáo trước 30/6/2024 và 31-12-2024",
    "a date on the first of the month": "mùng 1 tháng 6 năm 2024",
    "in force after some months": "Nghị định có hiệu lực sau 6 tháng kể từ ngày ký.",
    "within a time limit": "trong thời hạn 3 tháng, các sở phải báo cáo",
    "lasting some months": "đợt thi đua kéo dài 9 tháng năm 2024",
    "a bare count of months": "6 tháng tù giam, trẻ 6 tháng tuổi",
    "every few months": "định kỳ 6 tháng một lần",
    "a school year": "tổng kết năm học 2023-2024",
    "a month word without a year": "hai tháng một lần, tháng ba",
    "a year alone": "Luật năm 2019 và ngày 3 tháng 4 năm 2019",
    "last year's month": "so với tháng 6 năm trước",
    "a range after a year": "kế hoạch năm 2021-2025",
    "a birth year": "sinh năm 1970",
    "a target year": "phấn đấu đến năm 2030",
    "a time of the year": "cuối năm 2024 và giữa năm 2025",
    "a law's title": "theo Luật Đất đai năm 2013 và Hiến pháp năm 2013",
    "a bare year": "đạt 2024 tỷ",
}


@pytest.mark.parametrize("text", NOT_PERIODS.values(), ids=list(NOT_PERIODS))
def test_find_periods_never_reads_a_date_or_a_duration(text):
    assert find_periods(text, year=2024) == []


def test_find_periods_reads_the_label_after_a_date():
    text = "ngày 5 tháng 7 năm 2024, sơ kết 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm"

    found = find_periods(text, year=2024)

    assert [p.code for p in found] == ["2024-H1", "2024-H2"]


def test_find_periods_gives_spans_into_the_given_text():
    text = "Kết quả  Quý II/2026 và 5 tháng\nđầu năm 2026; Qúy 2 2026"

    found = find_periods(text, repeats=True)

    assert [(text[p.span[0] : p.span[1]], p.raw) for p in found] == [
        ("Quý II/2026", "Quý II/2026"),
        ("5 tháng\nđầu năm 2026", "5 tháng\nđầu năm 2026"),
        ("Qúy 2 2026", "Qúy 2 2026"),
    ]


def test_find_periods_spans_hold_in_decomposed_text():
    text = "ke\u0302\u0301t qua\u0309 quy\u0301 IV/2017"

    (period,) = find_periods(text)

    assert text[period.span[0] : period.span[1]] == "quy\u0301 IV/2017"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("thu ngân sách cả năm 2024 đạt", "2024"),
        ("ước thực hiện 5 tháng năm 2024", "2024-5M"),
        ("kết quả năm ngân sách 2023", "2023"),
        ("Kế hoạch 5 năm 2021-2025 của tỉnh", "S2021-2025"),
        ("từ năm 2011 đến năm 2020, tỉnh", "S2011-2020"),
        ("GIAI ĐOẠN2021-2025", "S2021-2025"),
        ("doanh thu tháng 11.2023 tăng", "2023-M11"),
        ("Q4 2022 tăng", "2022-Q4"),
        ("trong sáu tháng năm nay", "2024-H1"),
        ("kết quả năm 2023 và", "2023"),
        ("trong năm 2025, tỉnh", "2025"),
        ("năm 2017", "2017"),
    ],
)
def test_find_periods_reads_the_new_shapes_in_running_text(text, code):
    assert [p.code for p in find_periods(text, year=2024)] == [code]


@pytest.mark.parametrize(
    "text", ["xnhiệm kỳ 2020-2025", "Hàquý I/2024", "abctháng 6/2024", "x1quý I/2024"]
)
def test_find_periods_reads_no_label_that_starts_inside_a_word(text):
    assert find_periods(text) == []


def test_find_periods_reads_the_label_after_a_word_that_looked_like_one():
    (period,) = find_periods("xquý I/2024 và quý II/2024")

    assert period.code == "2024-Q2"
