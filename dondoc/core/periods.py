"""Reporting periods (kỳ báo cáo): month, quarter, half year, nine months, year, multi-year term.

Reports name their period in words ("9 tháng đầu năm 2017", "quý IV/2017", "giai đoạn 2016- 2020").
:meth:`Period.parse` reads those labels, ``str(period)`` writes the canonical label back, and
:attr:`Period.code` is the compact form stored in databases ("2017-9M", "2017-Q4").

A multi-year term runs from 1 January of its first year to 31 December of its last year: reports
cite a term by its years only, and the days around a congress are not something a figure can be
attributed to.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from fractions import Fraction
from functools import total_ordering

from dondoc.core.errors import PeriodError, PeriodParseError
from dondoc.core.period_labels import BLOCKERS, PATTERNS, Reading, read, refuse_school_year
from dondoc.core.text import clean, nfc_with_offsets


class PeriodKind(StrEnum):
    """What kind of span a period is."""

    MONTH = "month"
    QUARTER = "quarter"
    FIRST_HALF = "first_half"
    SECOND_HALF = "second_half"
    NINE_MONTHS = "nine_months"
    MONTHS = "months"
    YEAR = "year"
    TERM = "term"
    STAGE = "stage"


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ROMAN_OF = {number: roman for roman, number in _ROMAN.items()}
_MULTI_YEAR = (PeriodKind.TERM, PeriodKind.STAGE)
# (first month, last month) of the periods that sit inside one calendar year.
_MONTHS = {
    PeriodKind.FIRST_HALF: (1, 6),
    PeriodKind.SECOND_HALF: (7, 12),
    PeriodKind.NINE_MONTHS: (1, 9),
    PeriodKind.YEAR: (1, 12),
}
# Cumulative periods count from 1 January: a 9-month figure includes the first six months.
_CUMULATIVE = frozenset(
    {PeriodKind.FIRST_HALF, PeriodKind.NINE_MONTHS, PeriodKind.MONTHS, PeriodKind.YEAR}
)
# "N tháng đầu năm" for the counts that have no name of their own (#13).
_MONTHS_COUNTS = frozenset({2, 4, 5, 7, 8, 10, 11})


@total_ordering
@dataclass(frozen=True)
class Period:
    """A reporting period. ``index`` is the month or quarter number; terms use ``end_year``."""

    kind: PeriodKind
    year: int
    index: int = 0
    end_year: int = 0
    raw: str = field(default="", compare=False, repr=False)
    span: tuple[int, int] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        """Refuse periods that cannot exist (month 13, quarter 5, a term that ends first)."""
        limits = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4}
        if not 1 <= self.year <= 9999:
            raise PeriodError(f"year {self.year} is out of range")
        if self.kind in limits and not 1 <= self.index <= limits[self.kind]:
            raise PeriodError(f"{self.kind} {self.index} does not exist")
        if self.kind is PeriodKind.MONTHS and self.index not in _MONTHS_COUNTS:
            raise PeriodError(f"{self.index} months from January have a name of their own")
        if self.kind in _MULTI_YEAR and not self.year < self.end_year <= 9999:
            raise PeriodError(
                f"a {self.kind} must end after it starts: {self.year}-{self.end_year}"
            )

    # -- constructors -------------------------------------------------------------------------
    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """Return month ``month`` of ``year``."""
        return cls(PeriodKind.MONTH, year, month)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """Return quarter ``quarter`` (1-4) of ``year``."""
        return cls(PeriodKind.QUARTER, year, quarter)

    @classmethod
    def of_year(cls, kind: PeriodKind, year: int) -> Period:
        """Return a half year, nine months or whole year of ``year``."""
        if kind not in _MONTHS:
            raise PeriodError(f"{kind} needs more than a year")
        return cls(kind, year)

    @classmethod
    def term(cls, start_year: int, end_year: int, *, kind: PeriodKind = PeriodKind.TERM) -> Period:
        """Return a multi-year term (nhiệm kỳ) or stage (giai đoạn)."""
        if kind not in _MULTI_YEAR:
            raise PeriodError(f"{kind} is not a multi-year period")
        return cls(kind, start_year, end_year=end_year)

    @classmethod
    def months(cls, year: int, count: int) -> Period:
        """Return the first ``count`` months of ``year`` (2, 4, 5, 7, 8, 10 or 11)."""
        return cls(PeriodKind.MONTHS, year, count)

    @classmethod
    def parse(cls, text: str, *, year: int | None = None) -> Period:
        """Read a period label; ``year`` fills in a label that leaves the year to the context.

        >>> str(Period.parse("9 tháng đầu năm 2017"))
        '9 tháng năm 2017'
        >>> Period.parse("quý IV/2017").end_on
        datetime.date(2017, 12, 31)
        >>> Period.parse("giai đoạn 2016- 2020").code
        'S2016-2020'
        >>> str(Period.parse("6 tháng cuối năm", year=2023))
        '6 tháng cuối năm 2023'
        >>> Period.parse("Mười tháng đầu năm 2024").code
        '2024-10M'
        """
        cleaned = clean(text)
        refuse_school_year(cleaned)
        for name, pattern in PATTERNS.items():
            match = pattern.fullmatch(cleaned)
            if match:
                return cls._from_reading(read(name, match, year=year), raw=text)
        raise PeriodParseError(f"not a period label: {text[:80]!r}", text=text, position=0)

    @classmethod
    def _from_reading(cls, reading: Reading, *, raw: str) -> Period:
        if reading.year is None:
            raise PeriodParseError(f"the label names no year: {raw[:80]!r}", text=raw)
        try:
            return cls(
                PeriodKind(reading.kind), reading.year, reading.number, reading.end_year, raw
            )
        except PeriodError as error:
            raise PeriodParseError(str(error), text=raw) from error

    @classmethod
    def from_code(cls, code: str) -> Period:
        """Read the compact form written by :attr:`code`.

        >>> Period.from_code("2017-Q4") == Period.quarter(2017, 4)
        True
        """
        match = _CODE.fullmatch(code.strip())
        if not match:
            raise PeriodParseError(f"not a period code: {code[:80]!r}", text=code)
        start = match.group("start") or match.group("start2")
        end, tail = match.group("end"), match.group("tail") or ""
        if end:
            kind = PeriodKind.TERM if code.startswith("T") else PeriodKind.STAGE
            return cls(kind, int(start), end_year=int(end))
        if tail in _CODE_TAILS:
            return cls(_CODE_TAILS[tail], int(start))
        kind, index = _indexed_tail(tail)
        return cls(kind, int(start), index)

    # -- reading ------------------------------------------------------------------------------
    @property
    def start_on(self) -> date:
        """First day of the period."""
        return date(self.year, self._months[0], 1)

    @property
    def end_on(self) -> date:
        """Last day of the period."""
        end_year = self.end_year or self.year
        last_month = self._months[1]
        return date(end_year, last_month, calendar.monthrange(end_year, last_month)[1])

    @property
    def _months(self) -> tuple[int, int]:
        if self.kind is PeriodKind.MONTH:
            return (self.index, self.index)
        if self.kind is PeriodKind.QUARTER:
            return (3 * self.index - 2, 3 * self.index)
        if self.kind is PeriodKind.MONTHS:
            return (1, self.index)
        return _MONTHS.get(self.kind, (1, 12))

    @property
    def is_cumulative(self) -> bool:
        """True when a figure for the period counts from the start of the year (or term)."""
        return self.kind in _CUMULATIVE or self.kind in _MULTI_YEAR

    @property
    def days(self) -> int:
        """Length in days."""
        return (self.end_on - self.start_on).days + 1

    @property
    def code(self) -> str:
        """Compact, sortable-by-year form for storage: ``2017-M09``, ``2017-Q4``, ``T2020-2025``."""
        if self.kind in _MULTI_YEAR:
            return f"{'T' if self.kind is PeriodKind.TERM else 'S'}{self.year}-{self.end_year}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-M{self.index:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}-Q{self.index}"
        if self.kind is PeriodKind.MONTHS:
            return f"{self.year}-{self.index}M"
        return f"{self.year}{_TAIL_OF[self.kind]}"

    def __str__(self) -> str:
        """Canonical Vietnamese label, as a report would write it."""
        labels = {
            PeriodKind.MONTH: f"tháng {self.index}/{self.year}",
            PeriodKind.QUARTER: f"quý {_ROMAN_OF.get(self.index)}/{self.year}",
            PeriodKind.FIRST_HALF: f"6 tháng đầu năm {self.year}",
            PeriodKind.SECOND_HALF: f"6 tháng cuối năm {self.year}",
            PeriodKind.NINE_MONTHS: f"9 tháng năm {self.year}",
            PeriodKind.MONTHS: f"{self.index} tháng năm {self.year}",
            PeriodKind.YEAR: f"năm {self.year}",
            PeriodKind.TERM: f"nhiệm kỳ {self.year}-{self.end_year}",
            PeriodKind.STAGE: f"giai đoạn {self.year}-{self.end_year}",
        }
        return labels[self.kind]

    # -- relations ----------------------------------------------------------------------------
    def _key(self) -> tuple[date, date, str]:
        return (self.start_on, self.end_on, self.kind.value)

    def __lt__(self, other: object) -> bool:
        """Order by start day, then end day: quý I/2017 < 6 tháng đầu năm 2017 < năm 2017."""
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() < other._key()

    def contains(self, other: Period | date) -> bool:
        """True when a day or a whole period lies inside this period."""
        if isinstance(other, date):
            return self.start_on <= other <= self.end_on
        return self.start_on <= other.start_on and other.end_on <= self.end_on

    def year_earlier(self) -> Period:
        """The same period one year before, the base of "so với cùng kỳ" (year on year)."""
        if self.kind in _MULTI_YEAR:
            raise PeriodError(f"a {self.kind} has no same period a year earlier")
        return replace(self, year=self.year - 1, raw="", span=None)

    def share_of_year(self) -> Fraction:
        """Share of the calendar year from 1 January to the period's end: 9 months -> 3/4."""
        if self.kind in _MULTI_YEAR:
            raise PeriodError(f"a {self.kind} spans several years")
        return Fraction(self._months[1], 12)

    def elapsed_share(self, on: date) -> Fraction:
        """Share of the period elapsed at the end of day ``on``, from 0 to 1."""
        if on < self.start_on:
            return Fraction(0)
        if on >= self.end_on:
            return Fraction(1)
        return Fraction((on - self.start_on).days + 1, self.days)


_TAIL_OF = {
    PeriodKind.FIRST_HALF: "-H1",
    PeriodKind.SECOND_HALF: "-H2",
    PeriodKind.NINE_MONTHS: "-9M",
    PeriodKind.YEAR: "",
}
_CODE_TAILS = {tail: kind for kind, tail in _TAIL_OF.items()}
_CODE = re.compile(
    r"[TS](?P<start>[0-9]{4})-(?P<end>[0-9]{4})|(?P<start2>[0-9]{4})(?P<tail>-(?:M[0-9][0-9]|Q[0-9]|H1|H2|1?[0-9]M))?"
)


def _indexed_tail(tail: str) -> tuple[PeriodKind, int]:
    if tail.endswith("M"):
        return PeriodKind.MONTHS, int(tail[1:-1])
    kind = PeriodKind.MONTH if tail[1] == "M" else PeriodKind.QUARTER
    return kind, int(tail[2:])


def find_periods(text: str, *, year: int | None = None, repeats: bool = False) -> list[Period]:
    """Find the period labels in running text, in order, with their spans into ``text``.

    Labels with no year take ``year`` or are skipped; each period is listed once unless
    ``repeats``. Never raises. Dates and durations are never periods; "năm 2017" is one unless it
    is a point or a bound ("cuối năm 2017", "đến năm 2030") or a law's title ("Luật … năm 2013"),
    and a bare "2017" never is.

    >>> text = "thu ngân sách 9 tháng đầu năm đạt, ngày 5 tháng 10 năm 2017, nhiệm vụ quý IV/2017"
    >>> [(str(p), p.span) for p in find_periods(text, year=2017)]
    [('9 tháng năm 2017', (14, 29)), ('quý IV/2017', (70, 81))]
    """
    prepared, offsets = nfc_with_offsets(text)
    found: list[Period] = []
    for name, match in _leftmost_longest(prepared):
        try:
            reading = read(name, match, year=year)
            period = Period._from_reading(reading, raw=match.group(0))
        except PeriodParseError:
            continue
        if reading.is_explicit and (repeats or period not in found):
            start, end = offsets[match.start()], offsets[match.end()]
            found.append(replace(period, raw=text[start:end], span=(start, end)))
    return found


def _leftmost_longest(text: str) -> list[tuple[str, re.Match[str]]]:
    """Matches of every pattern and blocker that do not overlap, leftmost then longest first."""
    candidates = [(name, m) for name, pattern in PATTERNS.items() for m in _words_at(pattern, text)]
    candidates += [("", m) for blocker in BLOCKERS for m in _words_at(blocker, text)]
    candidates.sort(key=lambda item: (item[1].start(), -item[1].end()))
    kept: list[tuple[str, re.Match[str]]] = []
    reached = 0
    for name, match in candidates:
        if match.start() >= reached:
            reached = match.end()
            kept.append((name, match))
    return [(name, match) for name, match in kept if name]


_NOT_WORD = re.compile(r"\W")


def _words_at(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for matches that start a word (not after a letter or digit)."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        start = match.start()
        if start == 0 or not _is_word_character(text[start - 1]):
            yield match
            position = max(match.end(), start + 1)
        else:  # no match starts before the end of this word
            word_end = _NOT_WORD.search(text, start)
            position = word_end.start() + 1 if word_end else len(text) + 1


def _is_word_character(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the regex engine calls \w
