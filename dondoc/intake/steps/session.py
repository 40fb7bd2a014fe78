"""The structure of a working session: who came, whom they met, about what; the recommendations
raised; and the instructions each speaker gave, split into separate directives.

Reports tell a session in a few fixed turns of phrase: "đoàn công tác của A do B làm trưởng đoàn,
đến làm việc với C về D"; "kiến nghị với tỉnh N nhóm vấn đề về các lĩnh vực …"; "đồng chí X …
lưu ý …, đó là: …; …; …". Each item keeps its span.
"""

from __future__ import annotations

import re

from dondoc.intake.normalize import Normalized
from dondoc.intake.results import DirectiveMention, PersonMention, SessionMention
from dondoc.intake.spans import Span
from dondoc.intake.steps.titles import organisation_end

_HOST = re.compile(r"đoàn công tác\s+(?:của\s+)?(?=[^\W\d_])", re.IGNORECASE)
_SUBJECT = re.compile(r"làm việc\s+với\s+(?=[^\W\d_])", re.IGNORECASE)
_HEAD = re.compile(r"(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu)", re.IGNORECASE)
_TOPIC = re.compile(r"\s+về\s+(?P<topic>[^.]{5,300})")
_RECOMMENDATIONS = re.compile(
    r"(?:kiến nghị|đề xuất|đề nghị)[^.]{0,60}?\b(?P<count>\d+|hai|ba|bốn|năm|sáu)\s+nhóm"
    r"(?:[^.]*?(?:lĩnh vực|vấn đề về|về)\s+(?P<groups>[^.]+))?"
    r"|\b(?P<count2>\d+|hai|ba|bốn|năm|sáu)\s+nhóm\s+(?:kiến nghị|đề xuất)",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6}
# What a speaker says before the list of things to do.
_STRONG_TRIGGER = re.compile(
    r"(?:đó là|gồm|lưu ý|yêu cầu|đề nghị|chỉ đạo|nhấn mạnh)\s*:", re.IGNORECASE
)
_WEAK_TRIGGER = re.compile(r"\b(?:cần|phải|đề nghị|yêu cầu)\s+", re.IGNORECASE)
_CONNECTOR = re.compile(
    r"(?:(?:bên cạnh đó|đồng thời|ngoài ra|trong đó|cùng với đó)\s*,?\s*"
    r"|(?:thành phố|huyện|tỉnh|xã|phường|các\s+\w+)\s+(?=cũng\b|cần\b|phải\b)"
    r"|cũng\s+|cần\s+|phải\s+)",
    re.IGNORECASE,
)
_SPEAKER_VERBS = re.compile(
    r"\b(?:lưu ý|yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|kết luận|giao)\b", re.IGNORECASE
)


def find_session(normalized: Normalized, people: list[PersonMention]) -> SessionMention | None:
    """The session's structure, or None when the text reports no working session."""
    text = normalized.text
    host = _organisation_after(normalized, _HOST)
    subject, topic = _subject_and_topic(normalized)
    if host is None and subject is None:
        return None
    count, groups = _recommendations(normalized)
    return SessionMention(
        host=host,
        subject=subject,
        head=_head(text, people),
        topic=topic,
        recommendation_count=count,
        recommendation_groups=groups,
        directives=tuple(_directives(normalized, people)),
    )


def _organisation_after(normalized: Normalized, pattern: re.Pattern[str]) -> Span | None:
    match = pattern.search(normalized.text)
    if match is None:
        return None
    end = organisation_end(normalized.text, match.end())
    return normalized.span(match.end(), end) if end > match.end() else None


def _subject_and_topic(normalized: Normalized) -> tuple[Span | None, Span | None]:
    """Whom the delegation met, and about what: the first "làm việc với X về Y" that has a topic."""
    first: Span | None = None
    for match in _SUBJECT.finditer(normalized.text):
        end = organisation_end(normalized.text, match.end())
        if end == match.end():
            continue
        subject = normalized.span(match.end(), end)
        first = first or subject
        topic = _TOPIC.match(normalized.text, end)
        if topic:
            return subject, normalized.span(topic.start("topic"), topic.end("topic"))
    return first, None


def _head(text: str, people: list[PersonMention]) -> str | None:
    head = _HEAD.search(text)
    if head is None:
        return None
    before = [p for p in people if any(s.start < head.start() for s in p.spans)]
    return (
        max(before, key=lambda p: max(s.start for s in p.spans if s.start < head.start())).name
        if before
        else None
    )


def _recommendations(normalized: Normalized) -> tuple[int | None, tuple[Span, ...]]:
    match = _RECOMMENDATIONS.search(normalized.text)
    if match is None:
        return None, ()
    count_text = (match.group("count") or match.group("count2")).lower()
    count = int(count_text) if count_text.isdigit() else _WORD_NUMBERS[count_text]
    if match.group("groups") is None:
        return count, ()
    groups = []
    position = match.start("groups")
    for part in match.group("groups").split(";"):
        start = position + len(part) - len(part.lstrip())
        end = position + len(part.rstrip())
        if end > start:
            groups.append(normalized.span(start, end))
        position += len(part) + 1
    return count, tuple(groups)


def _directives(normalized: Normalized, people: list[PersonMention]) -> list[DirectiveMention]:
    text = normalized.text
    directives: list[DirectiveMention] = []
    for paragraph_start, paragraph in _paragraphs(text):
        if _SPEAKER_VERBS.search(paragraph) is None:
            continue
        trigger = _STRONG_TRIGGER.search(paragraph) or _WEAK_TRIGGER.search(paragraph)
        speaker = _speaker(paragraph_start, trigger.start() if trigger else 0, people)
        if speaker is None or trigger is None:
            continue
        # After "đó là:" the list runs to the paragraph's end; after "cần" to the sentence's.
        end = (
            len(paragraph)
            if trigger.re is _STRONG_TRIGGER
            else _sentence_end(paragraph, trigger.end())
        )
        directives.extend(
            _items(normalized, paragraph_start + trigger.end(), paragraph_start + end, speaker)
        )
    return directives


def _paragraphs(text: str) -> list[tuple[int, str]]:
    paragraphs = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append((position, line))
        position += len(line) + 1
    return paragraphs


def _speaker(start: int, length: int, people: list[PersonMention]) -> str | None:
    """The first person named in the paragraph before the list of things to do."""
    mentioned = [
        (s.start, p.name) for p in people for s in p.spans if start <= s.start < start + length
    ]
    return min(mentioned)[1] if mentioned else None


def _sentence_end(paragraph: str, position: int) -> int:
    match = re.compile(r"\.(?:\s|$)").search(paragraph, position)
    return match.start() if match else len(paragraph)


def _items(normalized: Normalized, start: int, end: int, speaker: str) -> list[DirectiveMention]:
    text = normalized.text
    items = []
    position = start
    for part in re.split(r"(?<=[;.])", text[start:end]):
        piece = part.strip().rstrip(";.").strip()
        skipped = 0
        while (lead := _CONNECTOR.match(piece, skipped)) and lead.end() > skipped:
            skipped = lead.end()
        body = piece[skipped:]
        piece_start = position + part.find(piece) + skipped
        position += len(part)
        if len(body.split()) < 3:
            continue
        span = normalized.span(piece_start, piece_start + len(body))
        items.append(
            DirectiveMention(speaker=speaker, text=span.text[:1].upper() + span.text[1:], span=span)
        )
    return items
