"""Party committee terms (nhiệm kỳ) counted as cycles of years from one congress day.

A Party committee's documents are numbered afresh with each term (Guidance 36-HD/VPTW), and a
term runs from one congress to the next: five years under the Party Charter. We know one
congress day (the installation configures it) and count whole cycles forward and back from it;
the days before that congress belong to the earlier terms, counted back the same way.

A congress held on 29 February is followed by one on 28 February in a common year.

>>> str(term_on(date(2017, 10, 20), congress_on=date(2020, 10, 1)))
'2015-2020'
>>> term_on(date(2020, 10, 1), congress_on=date(2020, 10, 1)).starts_on
datetime.date(2020, 10, 1)
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from dondoc.core.errors import PeriodError
from dondoc.core.periods import Period

TERM_YEARS = 5


@dataclass(frozen=True)
class CommitteeTerm:
    """One term: from the congress that opens it to the next (``ends_on`` is not in it)."""

    starts_on: date
    ends_on: date

    @property
    def code(self) -> str:
        """The series of the number register: "2020-2025"."""
        return f"{self.starts_on.year}-{self.ends_on.year}"

    @property
    def period(self) -> Period:
        """The term as a reporting period ("nhiệm kỳ 2020-2025")."""
        return Period.term(self.starts_on.year, self.ends_on.year)

    def contains(self, on: date) -> bool:
        """True when day ``on`` falls within the term."""
        return self.starts_on <= on < self.ends_on

    def __str__(self) -> str:
        """The term by its years, as documents cite it: "2020-2025"."""
        return self.code


def term_on(on: date, *, congress_on: date, years: int = TERM_YEARS) -> CommitteeTerm:
    """The term that holds day ``on``, given ``congress_on``, the first day of any one term.

    >>> term_on(date(2025, 9, 30), congress_on=date(2020, 10, 1)).code
    '2020-2025'
    >>> term_on(date(2019, 1, 1), congress_on=date(2025, 10, 1)).code
    '2015-2020'
    """
    if years < 1:
        raise PeriodError(f"a term lasts at least a year, not {years}")
    cycles = (on.year - congress_on.year) // years
    if on < _anniversary(congress_on, cycles * years):
        cycles -= 1  # the congress of that year is still to come
    return CommitteeTerm(
        _anniversary(congress_on, cycles * years), _anniversary(congress_on, (cycles + 1) * years)
    )


def _anniversary(congress_on: date, years: int) -> date:
    """The same day ``years`` later (or earlier); 29 February becomes 28 in a common year."""
    year = congress_on.year + years
    if not 1 <= year <= 9999:
        raise PeriodError(f"year {year} is out of range")
    if (congress_on.month, congress_on.day) == (2, 29) and not calendar.isleap(year):
        return date(year, 2, 28)
    return congress_on.replace(year=year)
