"""How reports write period labels: the grammar :meth:`Period.parse` and ``find_periods`` share.

Each pattern reads one shape of label into a :class:`Reading` (kind, year, index, end year);
:mod:`dondoc.core.periods` turns a reading into a ``Period`` and checks that it can exist. The
scanner also runs the *blockers*: dates ("ngày 27 tháng 6 năm 2012", "30/6/2024"), durations
("trong thời hạn 6 tháng", "có hiệu lực sau 6 tháng") and school years hold their text so that
no period is read inside them (#13).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dondoc.core.errors import PeriodParseError, PeriodSchoolYearError

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_NUMBER_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
# What "N tháng (đầu năm)" is for the counts that name a period of their own.
_NAMED_COUNTS = {1: ("month", 1), 3: ("quarter", 1), 6: ("first_half", 0), 9: ("nine_months", 0)}
_NAMED_COUNTS[12] = ("year", 0)
_LAST_MONTHS = {3: ("quarter", 4), 6: ("second_half", 0)}


class Reading(NamedTuple):
    """What a label says: a ``PeriodKind`` value, its year (None: from context), month or count."""

    kind: str
    year: int | None
    number: int = 0
    end_year: int = 0
    is_explicit: bool = True  # False for labels the scanner leaves alone ("6 tháng", "tháng ba")


_Y = r"(?:19|20)[0-9][0-9]"
# A label starts a word. The scanner checks that for every pattern (``find_periods``); a pattern
# whose first word is quick to find leaves the look-behind out, as the engine would try it at
# every position of the text, and keeps it where it first rules out most positions (#9 speed).
_START = r"(?<!\w)"
# A label ends at a word's end, and not before "năm trước" (last year), which moves the year.
_END = r"(?!\w)(?!\s*năm\s+(?:ngoái|trước|sau|tới|qua|đó|ấy|kia)(?!\w))"
_COUNT_WORDS = r"mười\s+một|mười\s+hai|mười|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín"
_MONTH_WORDS = r"mười\s+một|mười\s+hai|mười|một|hai|ba|tư|sáu|bảy|bẩy|tám|chín"
# The year after a quarter or a month: "/2017", "-2017", ".2023", " 2022", " năm 2018", "năm nay".
_TAIL = rf"(?:(?:\s*[/.-]\s*|\s+)(?:năm\s*)?(?P<year>{_Y})|\s+năm\s+(?P<now>nay))?"
_RANGE = (
    rf"(?P<open>\(\s*)?(?:từ\s+)?(?:năm\s*)?(?P<start>{_Y})\s*(?:-|đến|tới)\s*(?:năm\s*)?"
    rf"(?P<end>{_Y})(?(open)\s*\))"
)
_FLAGS = re.IGNORECASE | re.VERBOSE
# Words before "năm 2023" that make it a point or a bound, not the year reported on: a birth,
# "từ/đến năm" (a span's ends, a target), "đầu/cuối/giữa năm" (a time of the year).
_NOT_REPORTED = re.compile(
    r"(?<!\w)(?:sinh|từ|đến|tới|trước|sau|đầu|cuối|giữa|hết|khóa|khoá|ngày|tháng)\s+$",
    re.IGNORECASE,
)
PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, _FLAGS)
    for name, pattern in {
        "term": rf"nhiệm \s* kỳ \s* {_RANGE} {_END}",
        "stage": rf"{_START} (?:giai \s* đoạn | thời \s* kỳ) \s* {_RANGE} {_END}",
        "stage_from": rf"""từ \s+ năm \s+ (?P<start>{_Y}) \s+ (?:đến|tới) \s+
            (?:hết \s+)? năm \s+ (?P<end>{_Y}) {_END}""",
        "stage_count": rf"""(?P<years>[0-9]{{1,2}}) \s+ năm \s+ (?:giai \s* đoạn \s*)?
            (?P<open>\(\s*)? (?P<start>{_Y}) \s* - \s* (?P<end>{_Y}) (?(open)\s*\)) {_END}""",
        "quarter": rf"""(?:quý|quí|qúy) \s* (?P<index>IV|III|II|I|0?[1-4]) (?!\w)
            {_TAIL} {_END}""",
        "q": rf"""Q \.? \s* (?P<index>IV|III|II|I|[1-4])
            (?:\s*[/.-]\s*|\s+(?:năm\s*)?) (?P<year>{_Y}) {_END}""",
        "months": rf"""{_START} (?P<count>1[0-2]|0?[1-9]|{_COUNT_WORDS}) \s+ tháng
            (?:\s+ (?P<side>đầu|cuối))? (?P<of>\s+ năm)?
            (?:\s*(?:/|\s)\s*(?P<year>{_Y}) | (?<=năm) \s+ (?P<now>nay))? {_END}""",
        "half": rf"""nửa \s+ (?P<side>đầu|cuối) \s+ năm
            (?:\s*(?:/|\s)\s*(?P<year>{_Y}) | \s+ (?P<now>nay))? {_END}""",
        "month": rf"""tháng \s* (?P<index>1[0-2]|0?[1-9]|{_MONTH_WORDS}) (?!\w)
            {_TAIL} {_END}""",
        "year": rf"""{_START}
            (?: (?P<whole>cả|trọn) \s+ năm | năm (?:\s+ (?P<budget>ngân \s+ sách|tài \s+ chính))? )
            (?:\s* (?P<year>{_Y}) | \s+ (?P<now>nay))? {_END} (?!\s*-\s*[0-9])
            | {_START} (?P<bare>{_Y}) (?!\w)""",
    }.items()
}
_SCHOOL_YEAR = rf"(?:năm \s+ học | niên \s+ khóa | niên \s+ khoá) \s* {_Y} \s* - \s* {_Y}"
BLOCKERS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, _FLAGS)
    for pattern in (
        # Dates: "ngày 27 tháng 6 năm 2012", "27 tháng 6", "30/6/2024", "ngày 30-6-2024".
        rf"""{_START} (?:(?:ngày|mùng|mồng) \s*)? [0-9]{{1,2}} \s*
            (?:tháng \s* [0-9]{{1,2}} | [/.-] \s* [0-9]{{1,2}} \s* [/.-] \s* {_Y})
            (?:\s* (?:năm \s*|[/.-] \s*) {_Y})? (?![0-9])""",
        # Durations: a count of months after a word that measures time.
        rf"""{_START} (?:sau | trong \s+ (?:vòng|thời \s+ hạn|thời \s+ gian|khoảng) | thời \s+ hạn
            | thời \s+ gian | kéo \s+ dài | tối \s+ đa | tối \s+ thiểu | không \s+ quá | mỗi
            | hằng | hàng | định \s+ kỳ | thêm | vòng | ít \s+ nhất | chậm \s+ nhất)
            \s+ (?:là \s+)? (?:1[0-2]|0?[1-9]|{_COUNT_WORDS}) \s+ tháng
            (?!\s+(?:đầu|cuối)) (?!\w)""",
        _SCHOOL_YEAR,
        # The year in a law's title: "Luật Đất đai năm 2013", "Hiến pháp năm 2013".
        rf"""(?<!\w) (?:Hiến \s+ pháp | Bộ \s+ luật | Luật | Pháp \s+ lệnh)
            (?:\s+ [^\W\d_]+){{0,8}} \s+ năm \s+ {_Y} (?!\w)""",
    )
)
_SCHOOL = re.compile(_SCHOOL_YEAR, _FLAGS)


def read(name: str, match: re.Match[str], *, year: int | None) -> Reading:
    """Read a match of ``PATTERNS[name]``; ``year`` is the year the context gives."""
    groups = {key: value for key, value in match.groupdict().items() if value}
    if "start" in groups:
        return _multi_year(name, groups)
    found_year = int(groups["year"]) if "year" in groups else year
    is_dated = "year" in groups or ("now" in groups and year is not None)
    if name in ("quarter", "q", "month"):
        index = _index(groups["index"])
        is_word = not groups["index"].isdigit() and groups["index"].upper() not in _ROMAN
        kind = "month" if name == "month" else "quarter"
        return Reading(kind, found_year, index, 0, is_dated or not is_word)
    if name == "year":
        year_text = groups.get("year") or groups.get("bare")
        found = int(year_text) if year_text else year
        is_explicit = bool({"whole", "budget"} & groups.keys()) or _is_reported_on(match)
        return Reading("year", found, is_explicit=is_explicit and found is not None)
    return _months(groups, found_year, is_dated=is_dated)


def _is_reported_on(match: re.Match[str]) -> bool:
    """ "kết quả năm 2023", "trong năm 2024": the year reported on, not a point or a bound in it."""
    is_labelled = match.group("bare") is None and match.group("year") is not None
    before = match.string[max(0, match.start() - 8) : match.start()]
    return is_labelled and _NOT_REPORTED.search(before) is None


def refuse_school_year(text: str) -> None:
    """Raise when ``text`` is a school year: it runs September to May, not a calendar period."""
    if _SCHOOL.fullmatch(text):
        raise PeriodSchoolYearError(
            f"a school year is not a reporting period: {text[:80]!r}", text=text
        )


def _index(text: str) -> int:
    key = " ".join(text.split()).lower()
    if key in _NUMBER_WORDS:
        return _NUMBER_WORDS[key]
    return _ROMAN.get(text.upper()) or int(text)


def _multi_year(name: str, groups: dict[str, str]) -> Reading:
    start, end = int(groups["start"]), int(groups["end"])
    if "years" in groups and int(groups["years"]) != end - start + 1:
        raise PeriodParseError(f"{groups['years']} năm is not {start}-{end}")
    return Reading("term" if name == "term" else "stage", start, 0, end)


def _months(groups: dict[str, str], year: int | None, *, is_dated: bool) -> Reading:
    """ "9 tháng đầu năm", "5 tháng năm 2024", "nửa cuối năm", "sáu tháng năm nay"."""
    count = _index(groups.get("count", "6"))
    is_last = groups.get("side", "").lower() == "cuối"
    table = _LAST_MONTHS if is_last else _NAMED_COUNTS
    kind, index = table.get(count, ("" if is_last else "months", count))
    if not kind:
        raise PeriodParseError(f"{count} tháng cuối năm is not a reporting period")
    is_explicit = is_dated or ("side" in groups and "of" in groups) or "count" not in groups
    return Reading(kind, year, index, 0, is_explicit)
