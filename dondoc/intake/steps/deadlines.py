"""Deadlines in a task's words: "trước ngày 30/6/2019", "trong tháng 9/2019", "trong quý III/2019",
"cuối năm", "trong 6 tháng đầu năm 2025", "trước tháng 10/2024", "trong 10 ngày kể từ ngày ký".
Each is read into an ISO day (``--MM-DD`` when the year cannot be known) and kept as written. A
day counted from receiving the letter, or one that comes back each year or month ("trước ngày
15/12 hằng năm"), has no fixed day: it is kept as written with no ISO day.

>>> find_deadline("báo cáo kết quả trước ngày 10/5", year=None).value
'--05-10'
>>> find_deadline("hoàn thành trong quý III năm 2021", year=None).value
'2021-09-30'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_Y = r"(?:19|20)\d\d"
_CLOCK = r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*)"
_DAY = rf"(?P<d>[0-3]?\d)\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>[01]?\d)(?:\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>{_Y}))?(?!\d)"
_DEADLINE = re.compile(
    rf"""
    (?P<day>(?:trước|chậm\s+nhất(?:\s+là)?(?:\s+vào)?|hạn\s+chót|đến\s+hết|đến|xong\s+trước)
        \s+{_CLOCK}?(?:ngày\s+)?{_DAY})
    | (?P<month>(?:trong|cuối|trước\s+cuối|đến\s+hết|hết)\s+tháng\s+(?P<mm>[01]?\d)(?:\s*(?:/|\s+năm\s+)\s*(?P<my>{_Y}))?(?!\d))
    | (?P<before_month>trước\s+tháng\s+(?P<bm>[01]?\d)(?:\s*(?:/|\s+năm\s+)\s*(?P<bmy>{_Y}))?(?!\d))
    | (?P<half>trong\s+(?P<hn>0?6|0?9|sáu|chín)\s+tháng\s+(?P<part>đầu|cuối)\s+năm(?:\s+(?P<hy>{_Y}))?)
    | (?P<quarter>(?:trong|trước\s+hết|cuối)\s+quý\s+(?P<q>IV|III|II|I)\b(?:\s*(?:/|\s+năm\s+)\s*(?P<qy>{_Y}))?)
    | (?P<year>(?:trong|cuối|trước\s+cuối|hết)\s+năm(?:\s+(?P<yy>{_Y}))?(?!\s*(?:học|\d|nay|tới|sau|qua)))
    | (?P<relative>trong\s+(?:thời\s+hạn\s+|vòng\s+)?(?P<n>\d{{1,3}})\s+ngày(?P<working>\s+làm\s+việc)?
        (?:\s*,?\s*kể\s+từ\s+ngày\s+(?P<anchor>ký|ban\s+hành|nhận\s+được)(?:\s+văn\s+bản(?:\s+này)?)?)?)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_QUARTER_END = {"I": (3, 31), "II": (6, 30), "III": (9, 30), "IV": (12, 31)}
_HALF_END = {("6", "đầu"): (6, 30), ("sáu", "đầu"): (6, 30), ("9", "đầu"): (9, 30)}
_HALF_END |= {("chín", "đầu"): (9, 30), ("6", "cuối"): (12, 31), ("sáu", "cuối"): (12, 31)}
_RECURRING = re.compile(r"\s*(?:hằng|hàng)\s+(?:năm|tháng|quý|tuần)", re.IGNORECASE)


@dataclass(frozen=True)
class Deadline:
    """A deadline: ISO day or ``--MM-DD`` (None when only relative), and where it is written."""

    value: str | None
    start: int
    end: int


def find_deadline(text: str, *, year: int | None, signed_on: date | None = None) -> Deadline | None:
    """The last deadline written in ``text`` ("X làm A; báo cáo … trước ngày D" is due on D)."""
    found = None
    for match in _DEADLINE.finditer(text):
        found = match
    if found is None:
        return None
    if _RECURRING.match(text, found.end()):
        return Deadline(None, found.start(), found.end())
    return Deadline(_value(found, year, signed_on), found.start(), found.end())


def _iso(year: int | None, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _month_end(year: int | None, month: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    return _iso(year, month, calendar.monthrange(year or 2001, month)[1])


def _value(  # noqa: PLR0911 - one return per kind of deadline
    match: re.Match[str], year: int | None, signed_on: date | None
) -> str | None:
    if match.group("day"):
        stated = int(match.group("y")) if match.group("y") else year
        return _iso(stated, int(match.group("m")), int(match.group("d")))
    if match.group("month"):
        stated = int(match.group("my")) if match.group("my") else year
        return _month_end(stated, int(match.group("mm")))
    if match.group("before_month"):  # "trước tháng 10/2024": by the end of September
        stated = int(match.group("bmy")) if match.group("bmy") else year
        month = int(match.group("bm"))
        if month == 1:
            return _month_end(stated - 1 if stated else None, 12)
        return _month_end(stated, month - 1)
    if match.group("half"):
        key = (match.group("hn").lstrip("0").lower(), match.group("part").lower())
        stated = int(match.group("hy")) if match.group("hy") else year
        return _iso(stated, *_HALF_END[key])
    if match.group("quarter"):
        month, day = _QUARTER_END[match.group("q").upper()]
        return _iso(int(match.group("qy")) if match.group("qy") else year, month, day)
    if match.group("year"):
        stated = int(match.group("yy")) if match.group("yy") else year
        return _iso(stated, 12, 31) if stated else None
    if (
        match.group("anchor")
        and signed_on
        and not match.group("working")
        and not match.group("anchor").lower().startswith("nhận")  # the day it arrives is not known
    ):
        return (signed_on + timedelta(days=int(match.group("n")))).isoformat()
    return None
