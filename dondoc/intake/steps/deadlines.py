"""Deadlines in a task's words: "trước ngày 30/6/2019", "trong tháng 9/2019", "trong quý III/2019",
"cuối năm", "trong 10 ngày kể từ ngày ký". Each is read into an ISO day (``--MM-DD`` when the
year cannot be known) and kept as written.

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
    | (?P<month>trong\s+tháng\s+(?P<mm>[01]?\d)(?:\s*(?:/|\s+năm\s+)\s*(?P<my>{_Y}))?(?!\d))
    | (?P<quarter>(?:trong|trước\s+hết|cuối)\s+quý\s+(?P<q>IV|III|II|I)\b(?:\s*(?:/|\s+năm\s+)\s*(?P<qy>{_Y}))?)
    | (?P<year>(?:trong|cuối|trước\s+cuối|hết)\s+năm(?:\s+(?P<yy>{_Y}))?(?!\s*(?:học|\d|nay|tới|sau|qua)))
    | (?P<relative>trong\s+(?:thời\s+hạn\s+|vòng\s+)?(?P<n>\d{{1,3}})\s+ngày(?P<working>\s+làm\s+việc)?
        (?:\s*,?\s*kể\s+từ\s+ngày\s+(?P<anchor>ký|ban\s+hành|nhận\s+được)(?:\s+văn\s+bản(?:\s+này)?)?)?)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_QUARTER_END = {"I": (3, 31), "II": (6, 30), "III": (9, 30), "IV": (12, 31)}


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
    return Deadline(_value(found, year, signed_on), found.start(), found.end())


def _iso(year: int | None, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _value(  # noqa: PLR0911 - one return per kind of deadline
    match: re.Match[str], year: int | None, signed_on: date | None
) -> str | None:
    if match.group("day"):
        stated = int(match.group("y")) if match.group("y") else year
        return _iso(stated, int(match.group("m")), int(match.group("d")))
    if match.group("month"):
        month = int(match.group("mm"))
        stated = int(match.group("my")) if match.group("my") else year
        if not 1 <= month <= 12:
            return None
        last = calendar.monthrange(stated or 2001, month)[1]
        return _iso(stated, month, last)
    if match.group("quarter"):
        month, day = _QUARTER_END[match.group("q").upper()]
        return _iso(int(match.group("qy")) if match.group("qy") else year, month, day)
    if match.group("year"):
        stated = int(match.group("yy")) if match.group("yy") else year
        return _iso(stated, 12, 31) if stated else None
    if match.group("anchor") and signed_on and not match.group("working"):
        return (signed_on + timedelta(days=int(match.group("n")))).isoformat()
    return None
