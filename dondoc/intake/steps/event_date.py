"""The day of the reported event, with the year taken from the content.

"Sáng nay (20/10)" gives the day and month; the year comes from the day itself when written
("ngày 10/8/2023"), else from the periods the content reports on ("9 tháng năm 2017", "quý
IV/2017"), else from a page date line. A date line that contradicts the content is flagged, not
believed (the seed article's header says 2022 about a 2017 meeting).
"""

from __future__ import annotations

import re

from dondoc.core.periods import find_periods
from dondoc.intake.normalize import Normalized
from dondoc.intake.results import EventDate, Warning

_DAY = r"(?P<d>[0-3]?\d)\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>[01]?\d)(?:\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d))?"
_EVENT = re.compile(
    rf"(?P<lead>(?:(?:sáng|chiều|tối|trưa|đêm|hôm)(?:\s+nay|\s+qua)?|ngày|hôm nay|từ ngày)\s*\(?\s*(?:ngày\s+)?){_DAY}(?!\d)",
    re.IGNORECASE,
)
_NOT_EVENT_BEFORE = re.compile(
    r"(?:đến|tới|trước|sau|tính đến|kể từ|hạn|từ|cập nhật|đăng|ban hành|ký|số [\w/-]+,?|NQ/[\w]+,?|"
    r"[A-ZĐ]{2,}[\w/-]*,?)\s*$",
    re.IGNORECASE,
)
_PAGE_DATE = re.compile(
    r"(?:^|\n)\s*(?:date\s+(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)(?:-(?P<id>\d\d))?"
    r"|(?:Thứ\s+\w+,?\s*|Cập nhật:?\s*|Đăng ngày:?\s*)?(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})\s*[/-]\s*(?P<y>(?:19|20)\d\d))",
    re.IGNORECASE,
)


def find_event_date(normalized: Normalized) -> tuple[EventDate | None, list[Warning]]:
    """The event's day as ``YYYY-MM-DD`` or ``--MM-DD``; warnings about contradicting date lines."""
    text = normalized.text
    candidate = _first_event(text)
    if candidate is None:
        return None, []
    day, month, year = (int(x) if x else None for x in candidate.group("d", "m", "y"))
    if not (day and month and 1 <= day <= 31 and 1 <= month <= 12):
        return None, []
    warnings: list[Warning] = []
    confidence = 0.9
    if year is None:
        year, warnings, confidence = _year_from_context(normalized, month)
    value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return EventDate(value, normalized.span(*candidate.span()), confidence), warnings


def _first_event(text: str) -> re.Match[str] | None:
    for match in _EVENT.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if _NOT_EVENT_BEFORE.search(before) or _is_furniture(text, match):
            continue
        sentence_end = text.find(".", match.end())
        sentence = text[match.start() : sentence_end if sentence_end != -1 else len(text)]
        if re.search(r"\bban hành\b", sentence[:160]) and not re.search(
            r"hội nghị|làm việc|họp|kỳ họp", sentence[:160], re.I
        ):
            continue
        return match
    return None


def _is_furniture(text: str, match: re.Match[str]) -> bool:
    line_start = text.rfind("\n", 0, match.start()) + 1
    return (
        re.match(
            r"\s*(?:date|cập nhật|đăng ngày|ngày đăng)", text[line_start : match.start()], re.I
        )
        is not None
    )


def _year_from_context(
    normalized: Normalized, month: int
) -> tuple[int | None, list[Warning], float]:
    text = normalized.text
    content_years = [period.year if not period.end_year else None for period in find_periods(text)]
    years = sorted({y for y in content_years if y})
    page = _page_year(text)
    if years:
        year = years[-1]
        warnings = []
        if page and page[0] != year:
            message = f"the page's date line says {page[0]}, but the content reports on {year}"
            warnings.append(
                Warning("date_line_contradicts_content", message, normalized.span(*page[1]))
            )
        return year, warnings, 0.8
    if page:
        return page[0], [], 0.6
    return None, [], 0.5


def _page_year(text: str) -> tuple[int, tuple[int, int]] | None:
    match = _PAGE_DATE.search(text[:600])
    if match is None:
        return None
    year = match.group("iy") or match.group("y")
    return int(year), match.span()
