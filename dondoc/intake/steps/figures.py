"""Figures: every stated quantity, with its value, total (for "a/b"), unit and span."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from dondoc.core.quantities import parse_number
from dondoc.intake.lexicon.figures import (
    CURRENCIES,
    LABEL_BEFORE,
    MEASURES,
    MULTIPLIERS,
    PERIOD_AFTER,
    STOP_WORDS,
)
from dondoc.intake.normalize import Normalized
from dondoc.intake.results import Figure

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# value, an optional "/total" or "-upper" (a range), then an optional per cent sign.
_FIGURE = re.compile(
    rf"(?<![\w./,-])(?P<value>{_NUM})(?:(?P<glued>km2|km|m2|m3|ha|kg|cm|mm|m|MW|kW|tấn)(?!\w)|(?P<vpct>\s?%))?"
    rf"(?:\s?(?P<sep>/|-|–)\s?(?P<other>{_NUM})(?P<opct>\s?%)?)?(?!\w|/\d|[.,]\d|\s?[/-]\s?\d)"
)
_WORD = re.compile(r"[^\W\d_][\w\-&²³]*")
_MULTIPLIER = re.compile(rf"(?:{'|'.join(MULTIPLIERS)})\b(?:\s(?i:{'|'.join(CURRENCIES)})\b)?")
_MEASURE = re.compile(rf"(?:{'|'.join(map(re.escape, MEASURES))})(?![\w²³])")
_SPACES = re.compile(r" *")
_YEAR = re.compile(r"(?:19|20)\d\d")


def find_figures(normalized: Normalized, *, exclude: list[tuple[int, int]]) -> list[Figure]:
    """Find the figures of a text, skipping the ranges in ``exclude`` (document numbers, dates)."""
    text = normalized.text
    figures = _compound_amounts(normalized)
    exclude = [*exclude, *((f.span.start, f.span.end) for f in figures)]
    for match in _FIGURE.finditer(text):
        start, end = match.span()
        is_ratio = match.group("sep") == "/"
        if any(a < end and start < b for a, b in exclude) or _is_label(
            text, start, is_ratio=is_ratio
        ):
            continue
        measure, reference, change = _context(text, start, match.end())
        figures.extend(
            replace(figure, measure=measure, reference=reference, change=change)
            for figure in _read(normalized, match)
        )
    return _dedupe(figures)


# Nearest first: "86,2% dự toán …, tăng 45% so với cùng kỳ" — the estimate is 86,2%'s reference.
_REFERENCES = (
    (re.compile(r"^[^.;\d]{0,12}?\bdự toán"), "estimate"),
    (re.compile(r"^[^.;\d]{0,12}?\bkế hoạch"), "plan"),
    (re.compile(r"^[^.;\d]{0,30}?\bso với cùng kỳ"), "same_period_last_year"),
)
_CHANGE = re.compile(r"\b(?P<change>tăng|giảm)\s+(?:gần\s+|hơn\s+|khoảng\s+)?$")
_TIME = re.compile(
    r"\s*\b(?:\d+\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+\d{4})?|quý\s+[IV]+(?:/\d{4})?|năm\s+\d{4}|"
    r"đến nay|hiện nay|qua đó|trong đó|qua|đó)\b",
    re.IGNORECASE,
)
_VERBS_BEFORE = re.compile(
    r"(?:\s+(?:ước|đạt|tăng|giảm|là|có|được|chiếm|khoảng|bằng|gần|hơn|trên|với|khoảng|đã|mới|thêm|ước đạt))+\s*$"
)


def _context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """What a figure measures (the words before it), its reference, and the change it states."""
    after = text[end : end + 60]
    reference = next((name for pattern, name in _REFERENCES if pattern.search(after)), "")
    before = text[max(0, start - 120) : start]
    change = _CHANGE.search(before)
    clause = re.split(r"[,;:.()\n]", before)[-1]
    measure = _VERBS_BEFORE.sub("", _TIME.sub("", clause)).strip()
    if len(measure.split()) > 8 or not any(ch.isalpha() for ch in measure):
        measure = ""
    return measure, reference, change.group("change") if change else ""


# Ranks are ratios ("xếp thứ 6/14 tỉnh"); "Trong số 11 nhóm" counts; neither is a label there.
_RATIO_AFTER = ("thứ", "hạng", "xếp hạng")
_COUNT_AFTER = ("trong số", "tổng số")


# "107 tỷ 396 triệu đồng" is one amount: 107,396 tỷ đồng.
_COMPOUND = re.compile(
    r"(?<![\w.,])(?P<big>\d{1,6})\s(?P<unit>tỷ|tỉ|triệu)\s(?P<small>\d{1,3})\s(?P<smaller>triệu|nghìn|ngàn)"
    r"(?P<currency>\sđồng)?(?![\w.,])"
)
_STEP = {("tỷ", "triệu"), ("tỉ", "triệu"), ("triệu", "nghìn"), ("triệu", "ngàn")}


def _compound_amounts(normalized: Normalized) -> list[Figure]:
    figures = []
    for match in _COMPOUND.finditer(normalized.text):
        if (match.group("unit"), match.group("smaller")) not in _STEP:
            continue
        value = Decimal(match.group("big")) + Decimal(match.group("small")) / 1000
        unit = match.group("unit") + (" đồng" if match.group("currency") else "")
        figures.append(Figure(value, unit, normalized.span(*match.span())))
    return figures


def _is_label(text: str, start: int, *, is_ratio: bool) -> bool:
    before = text[max(0, start - 20) : start].lower().rstrip(" (:")
    if before.endswith(_COUNT_AFTER) or (is_ratio and before.endswith(_RATIO_AFTER)):
        return False
    return (
        before.endswith(LABEL_BEFORE)
        and any(  # one quick test, then the word's own
            before.endswith(word) and not before[: -len(word)][-1:].isalpha()
            for word in LABEL_BEFORE
        )
    )


def _unit_after(text: str, end: int) -> tuple[str | None, int]:
    # Matching at a position, never slicing the rest: a 1 MB text stays linear.
    offset = _SPACES.match(text, end).end()  # type: ignore[union-attr]
    for pattern in (_MULTIPLIER, _MEASURE):
        match = pattern.match(text, offset)
        if match:
            unit_end = match.end()
            noun, noun_end = (
                _noun(text, unit_end, limit=1) if pattern is _MULTIPLIER else (None, unit_end)
            )
            unit = match.group(0) + (
                f" {noun}" if noun and not match.group(0).endswith(CURRENCIES) else ""
            )
            return unit, noun_end if noun else unit_end
    return _noun(text, end, limit=2)


def _noun(text: str, end: int, *, limit: int) -> tuple[str | None, int]:
    words: list[str] = []
    position = end
    while len(words) < limit:
        match = _WORD.match(text, position + 1) if text[position : position + 1] == " " else None
        if match is None or match.group(0).lower() in STOP_WORDS:
            break
        # "65 Ủy viên", "2.926 TTHC": a capitalised first word or an abbreviation may be the noun.
        if match.group(0)[0].isupper() and words and not match.group(0).isupper():
            break
        words.append(match.group(0))
        position = match.end()
    return (" ".join(words), position) if words else (None, end)


def _is_period(unit: str | None) -> bool:
    return unit is not None and unit.split()[0].lower() in PERIOD_AFTER


def _read(normalized: Normalized, match: re.Match[str]) -> list[Figure]:
    text = normalized.text
    value_text, other_text, sep = match.group("value"), match.group("other"), match.group("sep")
    percent = match.group("vpct") or match.group("opct")
    if match.group("glued"):
        unit, unit_end = match.group("glued"), match.end()
    else:
        unit, unit_end = ("%", match.end()) if percent else _unit_after(text, match.end())
    if _is_period(unit) or _looks_like_date(match, unit):
        return []
    if unit is None and not _looks_like_quantity(value_text):
        return []
    if sep in ("-", "–") and (
        unit is None or _YEAR.fullmatch(value_text) or _YEAR.fullmatch(other_text or "")
    ):
        return []
    # The pattern admits only numbers parse_number reads.
    value = parse_number(value_text)
    span = normalized.span(match.start(), unit_end if unit else match.end())
    if other_text is None:
        return [Figure(value, unit, span)]
    other = parse_number(other_text)
    if sep == "/":
        return [Figure(value, unit, span, total=other)]
    return [Figure(value, unit, span), Figure(other, unit, span)]


def _looks_like_quantity(text: str) -> bool:
    """A bare number with no unit is a figure only when written like one: "4.061", "12,5"."""
    return "." in text or "," in text


def _looks_like_date(match: re.Match[str], unit: str | None) -> bool:
    """ "20/10", "29-5-2013": a day and a month with no counted noun after them."""
    other = match.group("other")
    if other is None or match.group("vpct") or match.group("opct") or unit is not None:
        return False
    day, month = match.group("value"), other
    return day.isdigit() and month.isdigit() and 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _dedupe(figures: list[Figure]) -> list[Figure]:
    seen: set[tuple[Decimal, Decimal | None, str | None]] = set()
    unique = []
    for figure in figures:
        key = (figure.value, figure.total, figure.unit)
        if key not in seen:
            seen.add(key)
            unique.append(figure)
    return unique
