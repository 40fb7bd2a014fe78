"""A period in the reader's language: English in English words, Vietnamese as offices write it
(the same as the core's canonical label)."""

import pytest
from django.utils import translation

from dondoc.apps.period_labels import period_label
from dondoc.core.periods import Period, PeriodKind

EXAMPLES = [
    (Period.month(2017, 3), "March 2017"),
    (Period.quarter(2017, 4), "Q4 2017"),
    (Period.of_year(PeriodKind.FIRST_HALF, 2017), "first half of 2017"),
    (Period.of_year(PeriodKind.SECOND_HALF, 2023), "second half of 2023"),
    (Period.of_year(PeriodKind.NINE_MONTHS, 2017), "9 months of 2017"),
    (Period.months(2024, 10), "10 months of 2024"),
    (Period.of_year(PeriodKind.YEAR, 2017), "year 2017"),
    (Period.term(2020, 2025), "term 2020–2025"),
    (Period.term(2016, 2020, kind=PeriodKind.STAGE), "stage 2016–2020"),
]
IDS = [period.code for period, _ in EXAMPLES]


@pytest.mark.parametrize(("period", "english"), EXAMPLES, ids=IDS)
def test_an_english_page_names_the_period_in_english(period, english):
    with translation.override("en"):
        assert period_label(period) == english


@pytest.mark.parametrize(("period", "english"), EXAMPLES, ids=IDS)
def test_a_vietnamese_page_names_the_period_as_the_core_writes_it(period, english):
    with translation.override("vi"):
        assert period_label(period) == str(period)


def test_a_stored_code_is_named_like_its_period():
    with translation.override("en"):
        assert period_label("2017-Q4") == "Q4 2017"


def test_text_that_is_no_period_code_is_shown_as_it_is():
    assert period_label("quý IV/2017") == "quý IV/2017"


EVERY_MONTH_AND_QUARTER = [Period.month(2017, m) for m in range(1, 13)] + [
    Period.quarter(2017, q) for q in range(1, 5)
]


@pytest.mark.parametrize("period", EVERY_MONTH_AND_QUARTER, ids=lambda period: period.code)
def test_every_month_and_quarter_reads_in_vietnamese_as_the_core_writes_it(period):
    with translation.override("vi"):
        assert period_label(period) == str(period)
