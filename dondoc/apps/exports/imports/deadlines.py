"""Deadlines as offices write them in their lists (pure: no Django).

>>> read_deadline("30/6/2026", year=2026)
Deadline(kind='date', due_on=datetime.date(2026, 6, 30), recurrence='')
>>> read_deadline("trước 30/6", year=2026).due_on
datetime.date(2026, 6, 30)
>>> read_deadline("Quý II/2026", year=2025).due_on
datetime.date(2026, 6, 30)
>>> read_deadline("thường xuyên", year=2026).kind
'none'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from dondoc.core.errors import PeriodParseError
from dondoc.core.periods import Period
from dondoc.core.text import fold

_DAY = re.compile(
    r"""(?:truoc|trong|den|han|ngay|\s)*       # "trước", "trước ngày", "đến ngày"
        (?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})
        (?:\s*[/.-]\s*(?P<year>\d{4}))?\s*$""",
    re.VERBOSE,
)
_ONGOING = ("thuong xuyen", "lien tuc", "hang ngay")
_RECURRING = (("hang thang", "monthly"), ("hang quy", "quarterly"), ("hang nam", "yearly"))


@dataclass(frozen=True)
class Deadline:
    kind: str  # "date", "recurring", "none" (DeadlineKind's values)
    due_on: date | None
    recurrence: str = ""


class DeadlineReadError(ValueError):
    """The cell says something that is not a deadline we can read."""


def read_deadline(value: object, *, year: int) -> Deadline:
    """A deadline from a cell: a date, a day ("30/6/2026", "trước 30/6"), a period ("Quý II/2026",
    "6 tháng đầu năm"), "thường xuyên" (none) or "hằng tháng" (recurring, first due at the end of
    ``year``'s current period is not known here, so at the end of the year)."""
    if isinstance(value, datetime):
        return Deadline("date", value.date())
    if isinstance(value, date):
        return Deadline("date", value)
    folded = " ".join(fold(str(value or "")).split())
    if not folded:
        raise DeadlineReadError("empty")
    if any(word in folded for word in _ONGOING):
        return Deadline("none", None)
    for word, recurrence in _RECURRING:
        if word in folded:
            return Deadline("recurring", date(year, 12, 31), recurrence)
    match = _DAY.match(folded)
    if match:
        try:
            return Deadline(
                "date",
                date(int(match["year"] or year), int(match["month"]), int(match["day"])),
            )
        except ValueError as error:
            raise DeadlineReadError(folded) from error
    try:
        return Deadline("date", Period.parse(str(value), year=year).end_on)
    except PeriodParseError as error:
        raise DeadlineReadError(folded) from error


def read_day(value: object, *, year: int) -> date | None:
    """A day from a cell (a date, or text such as "20/10/2017"); None when it holds no day. A
    day written without its year ("20/10") is of ``year``, the list's.

    >>> read_day("20/10/2017", year=2026), read_day("quý IV/2017", year=2026)
    (datetime.date(2017, 10, 20), datetime.date(2017, 12, 31))
    >>> read_day("20/10", year=2026), read_day("", year=2026)
    (datetime.date(2026, 10, 20), None)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value in (None, ""):
        return None
    try:
        found = read_deadline(value, year=year)
    except DeadlineReadError:
        return None
    return found.due_on if found.kind == "date" else None
