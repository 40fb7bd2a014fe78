"""The day of the reported event, with the year taken from the content.

"Sáng nay (20/10)" gives the day and month; the year comes from the day itself when written
("ngày 10/8/2023"), else from the periods the content reports on ("9 tháng năm 2017", "quý
IV/2017"), else from a page date line. A date line that contradicts the content is flagged, not
believed (the seed article's header says 2022 about a 2017 meeting).
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dondoc.core.periods import Period, PeriodKind, find_periods
from dondoc.intake.normalize import Normalized
from dondoc.intake.results import EventDate, Warning

_DAY = r"(?P<d>[0-3]?\d)\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>[01]?\d)(?:\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d))?"
# "Sáng thứ Hai (14/7)": the weekday between the time of day and the day.
_WEEKDAY = r"\s+(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)"
_EVENT = re.compile(
    rf"(?P<lead>(?:(?P<tomorrow>ngày mai)|(?:sáng|chiều|tối|trưa|đêm|hôm)(?:\s+nay|\s+qua|{_WEEKDAY})?|ngày|hôm nay|từ ngày)"
    rf"\s*\(?\s*(?:ngày\s+)?){_DAY}(?!\d)",
    re.IGNORECASE,
)
# Deadlines, "as of" days, publication stamps and document dates are not the event's day; a
# deadline may carry a clock time ("trước 17 giờ 00 ngày …", "chậm nhất ngày …").
_NOT_EVENT_BEFORE = re.compile(
    r"(?:\b(?:đến|tới|trước|sau|tính đến|kể từ|hạn|từ|cập nhật|đăng|ban hành|ký|date"
    r"|chậm nhất(?:\s+là)?|muộn nhất)(?:\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?)?|"
    r"\d+[a-zđ]?\s?[/-]\s?[A-ZĐa-zđ][\w/&-]*,?|(?-i:^[A-ZĐ][^\W\d_]+(?:\s[A-ZĐ][^\W\d_]+)*,))\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_NOT_EVENT_SENTENCE = re.compile(
    r"\b(?:ban hành|nhận được|ký ban hành|có hiệu lực|phản ánh|có bài|đưa tin|đăng tải"
    r"|ký\s+(?:các\s+)?(?:Quyết định|quyết định|Nghị quyết|Công văn|công văn|văn bản|Chỉ thị|Thông báo))\b",
    re.IGNORECASE,
)
# An event yet to come: "Dự kiến ngày 20/9 …", "Ngày 20/9, hội nghị sẽ khai mạc".
_PLANNED_BEFORE = re.compile(r"(?:dự kiến|theo kế hoạch,?)\s*$", re.IGNORECASE)
_PLANNED = re.compile(r"(?<![\w])(?:sẽ|dự kiến)(?![\w])", re.IGNORECASE)
_EVENT_WORDS = re.compile(
    r"\b(?:hội nghị|làm việc|họp|kỳ họp|đại hội|tiếp xúc|kiểm tra|thăm|dự)\b", re.IGNORECASE
)
_SENTENCE_STOP = re.compile(r"\.(?:\s|$)|\n")
_FULL_DATE = re.compile(
    r"(?<!\d)(?P<d>[0-3]?\d)\s*[/.-]\s*(?P<m>[01]?\d)\s*[/.-]\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)
# A congress opens its term ("Đại hội … nhiệm kỳ 2020 - 2025": 2020) and closes the one it is
# compared with ("… so với nhiệm kỳ 2015-2020": 2020).
_TERM = re.compile(
    r"(?P<previous>so với\s+)?nhiệm kỳ\s+(?P<y>(?:19|20)\d\d)\s*[-–]\s*(?P<end>(?:19|20)\d\d)",
    re.IGNORECASE,
)
# The words before "năm" are looked behind from after it: a pattern that starts with a plain word
# is found fast, one that starts with look-behinds tries them at every position (#9 speed).
_YEAR_MENTION = re.compile(
    r"năm(?<!đến năm)(?<!tới năm)(?<!từ năm)(?<!nhìn năm)(?<!đoạn năm)(?<!trước năm)"
    r"\s+(?P<y>(?:19|20)\d\d)(?!\s*[-–]\s*\d)"
)
_DATE_LINE = re.compile(
    r"^\s*(?:date\s+(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)|(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d))\s*$",
    re.MULTILINE,
)
_RANGE_FULL = re.compile(
    r"[Tt]ừ ngày\s+(?P<d>[0-3]?\d)\s+đến ngày\s+(?P<last>[0-3]?\d)\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>[01]?\d)"
    r"(?:\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d))?"
)
_RANGE = re.compile(
    r"[Tt]ừ ngày\s+(?P<d>[0-3]?\d)\s+đến ngày\s+[0-3]?\d\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>[01]?\d)"
    r"(?:\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d))?"
)
# A multi-day event, its first day: "Trong 2 ngày 6-7/7", "ngày 15 - 18/4/2017", "từ ngày 12 đến
# 14/10/2020", "hai ngày 27 và 28/10".
_DAYS = re.compile(
    r"(?:[Tt]rong\s+(?:\d|hai|ba|bốn|năm)\s+ngày|[Nn]gày(?:\s+từ)?|[Tt]ừ\s+ngày|[Hh]ai\s+ngày)\s+(?P<d>[0-3]?\d)"
    r"\s*(?:-|–|và|đến(?:\s+ngày)?)\s*[0-3]?\d\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>[01]?\d)(?!\d)"
    r"(?:\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d))?"
)
_PAGE_DATE = re.compile(
    r"(?:^|\n)\s*(?:date\s+(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)(?:-(?P<id>\d\d))?"
    r"|(?:Thứ\s+\w+,?\s*(?:ngày\s+)?|(?:Cập nhật|Đăng|Ngày đăng|Ngày cập nhật)(?:\s+lúc)?(?:\s+ngày)?:?\s*)?"
    r"(?:\d{1,2}[:h]\d\d(?:\s*(?:ngày|,|-|\|))?\s+)?(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})\s*[/-]\s*(?P<y>(?:19|20)\d\d))",
    re.IGNORECASE,
)


def find_event_date(
    normalized: Normalized, *, periods: Sequence[Period] | None = None
) -> tuple[EventDate | None, list[Warning]]:
    """The event's day as ``YYYY-MM-DD`` or ``--MM-DD``; warnings about contradicting date lines.

    ``periods`` are the text's periods when the caller has found them already (the pipeline).
    """
    text = normalized.text
    page = _page_date(text)
    candidate = _first_event(text, page_line=page.span if page else (0, 0))
    candidate = candidate or _DATE_LINE.search(text)
    candidate = _range_holding(text, candidate) or candidate
    if candidate is None:
        return None, []
    groups = candidate.groupdict()
    day, month, year = (
        int(x) if x else None
        for x in (
            groups.get("d") or groups.get("id"),
            groups.get("m") or groups.get("im"),
            groups.get("y") or groups.get("iy"),
        )
    )
    if not (day and month and 1 <= day <= 31 and 1 <= month <= 12):
        return None, []
    warnings: list[Warning] = []
    confidence = 0.9
    if year is None:
        year, warnings, confidence = _year_from_context(
            normalized,
            day,
            month,
            position=candidate.start(),
            periods=find_periods(text) if periods is None else periods,
        )
    if groups.get("tomorrow"):
        # "Ngày mai (28/10), đại hội sẽ tiếp tục": the day reported on is the day before.
        day, month = _day_before(day, month, year)
    value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return EventDate(value, normalized.span(*candidate.span()), confidence), warnings


def _day_before(day: int, month: int, year: int | None) -> tuple[int, int]:
    previous = date(year or 2001, month, day) - timedelta(days=1)  # 2001: not a leap year
    return previous.day, previous.month


def _range_holding(text: str, candidate: re.Match[str] | None) -> re.Match[str] | None:
    """A multi-day event takes its first day: "closing session on the 15th" within "from the 12th to
    the 15th" gives the 12th."""
    if candidate is None or candidate.re in (_RANGE, _DAYS) or not candidate.groupdict().get("d"):
        return None
    day, month = int(candidate.group("d")), int(candidate.group("m"))
    for match in _RANGE_FULL.finditer(text):
        first, last, range_month = (
            int(match.group("d")),
            int(match.group("last")),
            int(match.group("m")),
        )
        if range_month == month and first <= day <= last:
            return match
    return None


def _first_event(text: str, *, page_line: tuple[int, int]) -> re.Match[str] | None:
    """The first day introduced like an event's; one planned ("Dự kiến ngày 20/9 … sẽ khai
    mạc") only when no day of an actual event is stated (a round-up's first actual event)."""
    # At one place a run of days ("ngày 15 - 18/4") goes before a single day read from it.
    # Merged as found, not sorted: the scan stops at the first event, mostly near the top (#9).
    candidates = heapq.merge(
        _DAYS.finditer(text),
        _EVENT.finditer(text),
        _RANGE.finditer(text),
        key=lambda m: (m.start(), m.re is not _DAYS),
    )
    planned = None
    for match in candidates:
        if page_line[0] <= match.start() < page_line[1]:
            continue  # the page's own date line ("Cập nhật lúc 08:30 ngày 12/09/2024")
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start, match.start() - 40) : match.start()]
        if match.re is _EVENT and _NOT_EVENT_BEFORE.search(before):
            continue
        sentence_end = _SENTENCE_STOP.search(text, match.end(), match.start() + 200)
        sentence = text[
            match.start() : sentence_end.start() if sentence_end else match.start() + 200
        ]
        if _NOT_EVENT_SENTENCE.search(sentence) and not _EVENT_WORDS.search(sentence):
            continue
        if _PLANNED_BEFORE.search(before) or _PLANNED.search(sentence):
            planned = planned or match
            continue
        return match
    return planned


# "từ tháng 6.2012 đến nay": a period that bounds a span of time is not the one reported on.
_BOUNDARY = re.compile(r"(?:từ|kể từ|đến|tới|trước|sau)\s*$", re.IGNORECASE)


def _is_reported_within_a_year(text: str, period: Period) -> bool:
    """A month, quarter or part of a year, not bounding a span; whole years count as mentions."""
    start = period.span[0] if period.span else 0
    is_boundary = _BOUNDARY.search(text, max(0, start - 8), start) is not None
    return (
        period.kind not in (PeriodKind.YEAR, PeriodKind.TERM, PeriodKind.STAGE) and not is_boundary
    )


def _year_from_context(
    normalized: Normalized, day: int, month: int, *, position: int, periods: Sequence[Period]
) -> tuple[int | None, list[Warning], float]:
    """The year of a day written without one, from the strongest clue the content gives."""
    text = normalized.text
    full_dates = [
        (int(m.group("d")), int(m.group("m")), int(m.group("y"))) for m in _FULL_DATE.finditer(text)
    ]
    same_day = [y for d, m, y in full_dates if (d, m) == (day, month)]
    # A day written in full a few weeks from the event's (a decision of 6/2/2017 announced on
    # 8/2, a deadline of 20/5/2017 set on 9/5) is in the same year.
    # A report is written after the documents it cites: their latest year bounds the event's.
    # A document cited near the event is dated on or before it.
    cited = [tuple(int(x) for x in m.group("d", "m", "y")) for m in _CITED_DATE.finditer(text)]
    latest = max((y for _, _, y in cited), default=0)
    # A day before a cited document's in the calendar falls in a later year than the document.
    floor = max((y if (m, d) <= (month, day) else y + 1 for d, m, y in cited), default=0)
    near_days = sorted(
        {
            y
            for d, m, y in full_dates
            if _days_apart(day, month, d, m) <= _NEAR_DAYS
            and y >= latest
            and ((d, m, y) not in cited or (m, d) <= (month, day))
        }
    )
    sentence_end = _SENTENCE_STOP.search(text, position)
    in_sentence = sorted(
        {
            int(m.group("y"))
            for m in _YEAR_MENTION.finditer(
                text, position, sentence_end.start() if sentence_end else len(text)
            )
            if not _LAW_YEAR.search(text, max(position, m.start() - 60), m.start())
        }
    )
    period_years = sorted({p.year for p in periods if _is_reported_within_a_year(text, p)})
    terms = (
        [int(m.group("end") if m.group("previous") else m.group("y")) for m in _TERM.finditer(text)]
        if re.search(r"đại hội", text, re.IGNORECASE)
        else []
    )
    mentions = sorted({int(m.group("y")) for m in _YEAR_MENTION.finditer(text)})
    page = _page_date(text)
    # Periods and bare years count only when they agree: a report comparing 2016 with 2017 does
    # not say which year its meeting was held in.
    in_sentence = [y for y in in_sentence if y >= floor]
    period_years = [y for y in period_years if y >= floor]
    stated = (
        (same_day, 0.9),
        (near_days if len(near_days) == 1 else [], 0.85),
    )
    talked_about = (
        (in_sentence if len(in_sentence) == 1 else [], 0.8),
        (period_years if len(period_years) == 1 else [], 0.8),
        (terms, 0.7),
        (mentions if len(mentions) == 1 else [], 0.6),
    )
    for years, confidence in stated:
        if years:
            return max(years), _contradicted(normalized, page, max(years)), confidence
    found = next(((max(years), c) for years, c in talked_about if years), None)
    if page is not None:
        # The page's date line is a timestamp; the years the content talks about are a year off
        # it as often as not (a review of 2024 held in January 2025), so only a year far from
        # it contradicts it (the seed: a 2017 meeting on a page dated 2022).
        year = page.year_of(day, month)
        if found is None or abs(found[0] - year) < _FAR_YEARS:
            return year, [], 0.7
    if found is not None:
        return found[0], _contradicted(normalized, page, found[0]), found[1]
    return None, [], 0.5


def _contradicted(normalized: Normalized, page: _PageDate | None, year: int) -> list[Warning]:
    """A warning when the page's date line says another year than the content."""
    if page is None or page.year == year:
        return []
    message = f"the page's date line says {page.year}, but the content reports on {year}"
    return [Warning("date_line_contradicts_content", message, normalized.span(*page.span))]


_NEAR_DAYS = 45
_FAR_YEARS = 2  # a year this far from the page's date line contradicts it
_CITED_DATE = re.compile(
    r"(?:\d+\s?[-–/]\s?[A-ZĐ][\w/&-]*|\b(?:Quyết định|Nghị quyết|Chỉ thị|Kết luận|Thông báo|Kế hoạch|Công văn|Nghị định|Thông tư))"
    r"\s*,?\s*(?:(?:ký|ban hành)\s+)?ngày\s+(?P<d>[0-3]?\d)\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>[01]?\d)"
    r"\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d)"
)
# "Luật Hợp tác xã năm 2012": the year names the law, not the event.
_LAW_YEAR = re.compile(r"\b(?:Luật|Bộ luật|Hiến pháp)\b[^.,;:()]{0,50}\(?[^.,;:]{0,12}\)?\s*$")


def _days_apart(day: int, month: int, other_day: int, other_month: int) -> int:
    """Days between two days of one (non-leap) year; a bad day is far from everything."""
    try:
        first, second = date(2001, month, day), date(2001, other_month, other_day)
    except ValueError:
        return 366
    return abs((first - second).days)


@dataclass(frozen=True)
class _PageDate:
    """The page's date line near the top: its year, and its day when it has one."""

    year: int
    month: int | None
    day: int | None
    span: tuple[int, int]

    def year_of(self, day: int, month: int) -> int:
        """The year of an event on ``day``/``month`` reported on this page: the page's, or the
        one before when the day comes later in the calendar (published 3/1 about 30/12)."""
        if self.month and self.day and (month, day) > (self.month, self.day):
            return self.year - 1
        return self.year


def _page_date(text: str) -> _PageDate | None:
    match = _PAGE_DATE.search(text, 0, 600)
    if match is None:
        return None
    year = int(match.group("iy") or match.group("y"))
    month, day = match.group("im") or match.group("m"), match.group("id") or match.group("d")
    return _PageDate(year, int(month) if month else None, int(day) if day else None, match.span())


def reports_event(normalized: Normalized, event_date: EventDate) -> bool:
    """True when the sentence of the event's day names an event (a meeting, a visit, a session):
    a letter's "Báo X ngày 10/4 có bài …" is no event."""
    text = normalized.text
    start = bisect_left(normalized.offsets, event_date.span.start)
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    sentence_end = _SENTENCE_STOP.search(text, start)
    end = sentence_end.start() if sentence_end else len(text)
    return _EVENT_WORDS.search(text, sentence_start, end) is not None


def page_year(text: str) -> int | None:
    """The year of the page's date line near the top, if any."""
    page = _page_date(text)
    return page.year if page else None
