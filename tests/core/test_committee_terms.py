"""Committee terms as five-year cycles from one congress day (#11)."""

from datetime import date

import pytest

from dondoc.core.committee_terms import CommitteeTerm, term_on
from dondoc.core.errors import PeriodError
from dondoc.core.periods import Period

CONGRESS = date(2020, 10, 15)

EXAMPLES = [
    ("the-congress-day-opens-its-term", date(2020, 10, 15), "2020-2025"),
    ("the-day-before-the-congress-is-the-old-term", date(2020, 10, 14), "2015-2020"),
    ("late-in-the-term", date(2025, 10, 14), "2020-2025"),
    ("the-next-congress", date(2025, 10, 15), "2025-2030"),
    ("early-in-a-congress-year", date(2025, 1, 1), "2020-2025"),
    ("a-later-term", date(2031, 3, 1), "2030-2035"),
    ("the-demo-session-before-the-congress", date(2017, 10, 20), "2015-2020"),
    ("two-terms-before", date(2012, 6, 1), "2010-2015"),
    ("before-a-congress-long-ago", date(2010, 10, 1), "2005-2010"),
]


@pytest.mark.parametrize(("on", "code"), [e[1:] for e in EXAMPLES], ids=[e[0] for e in EXAMPLES])
def test_the_term_holding_a_day(on, code):
    term = term_on(on, congress_on=CONGRESS)

    assert term.code == code
    assert term.contains(on)


def test_a_term_runs_from_its_congress_to_the_next_which_it_does_not_hold():
    term = term_on(date(2022, 1, 1), congress_on=CONGRESS)

    assert (term.starts_on, term.ends_on) == (date(2020, 10, 15), date(2025, 10, 15))
    assert not term.contains(date(2025, 10, 15))
    assert str(term) == "2020-2025"


def test_a_term_is_the_reporting_period_of_its_years():
    assert term_on(date(2022, 1, 1), congress_on=CONGRESS).period == Period.term(2020, 2025)


def test_terms_follow_each_other_without_gap_or_overlap():
    first = term_on(date(2018, 1, 1), congress_on=CONGRESS)

    second = term_on(first.ends_on, congress_on=CONGRESS)

    assert second.starts_on == first.ends_on


def test_a_congress_on_29_february_is_followed_by_one_on_28_february():
    term = term_on(date(2021, 3, 1), congress_on=date(2020, 2, 29))

    assert term == CommitteeTerm(date(2020, 2, 29), date(2025, 2, 28))
    assert term_on(date(2025, 2, 28), congress_on=date(2020, 2, 29)).code == "2025-2030"


def test_a_term_of_another_length_is_counted_the_same_way():
    assert term_on(date(2023, 5, 1), congress_on=date(2021, 1, 1), years=2).code == "2023-2025"


def test_a_term_shorter_than_a_year_is_refused():
    with pytest.raises(PeriodError):
        term_on(date(2023, 5, 1), congress_on=CONGRESS, years=0)


def test_a_term_beyond_the_calendar_is_refused():
    with pytest.raises(PeriodError):
        term_on(date(9998, 1, 1), congress_on=CONGRESS)
