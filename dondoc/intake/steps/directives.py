"""Directives from assigning texts: every task handed to a unit, with its lead, the units told to
co-operate, and its deadline.

Assigning texts say it in a few turns of phrase: an assigning verb and an addressee ("Giao Sở X
chủ trì, phối hợp với Y …", "yêu cầu các sở …", "đề nghị UBND …"); an addressee then the work, in
the items of a letter after "có ý kiến như sau:" ("1. Bộ X nghiên cứu …"); the items of a list under
"giao Bộ X:" (each item one task, lead X); and a directing speech's "X cần …", whose following
sentences that start with the work ("Chú trọng …") are X's tasks too. "Trong đó, …" sub-points stay
inside their task. Approvals ("Đồng ý", "Cho phép"), requests sent upward ("kiến nghị tỉnh …") and
the closing "… thông báo để … biết, thực hiện" are not tasks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from dondoc.intake.lexicon.directives import (
    ABBREVIATIONS,
    ACTION_VERBS,
    ADDRESSEE_STOPS,
    ADVERBS_BEFORE_NEED,
    ASSIGNING_VERBS,
    COLLECTIVE_UNITS,
    REPORTING_VERBS,
    UNIT_HEADS,
)
from dondoc.intake.normalize import Normalized
from dondoc.intake.results import DirectiveMention, PersonMention
from dondoc.intake.steps.deadlines import find_deadline


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ASSIGN = re.compile(
    rf"(?<![\w])(?<!được )(?<!bàn )(?:{_words(ASSIGNING_VERBS)})(?![\w])(?!\s+(?:thông|dịch|lưu|nhận)\b)(?!\s+(?-i:ban)\b)"
    r"\s+(?:cho\s+)?",
    re.IGNORECASE,
)
_ACTION = re.compile(rf"(?<![\w-])(?<!ân )(?:{_words(ACTION_VERBS)})(?![\w-])")
_ADDRESSEE_END = re.compile(
    rf"(?<![\w-])(?<!ân )(?:{_words(ACTION_VERBS + ADDRESSEE_STOPS)})(?![\w-])"
    rf"|,\s+(?!(?:{_words(COLLECTIVE_UNITS)})(?![\w]))(?=[a-zđ])"
)
_ADVERBS = re.compile(rf"(?:\s+(?:{_words(ADVERBS_BEFORE_NEED)}))+$")
_REPORTED = re.compile(rf"^.*\b(?:{_words(REPORTING_VERBS)})\s*[,:]?\s+|^.*:\s*")
_ACTION_START = re.compile(rf"(?:{_words(tuple(v.capitalize() for v in ACTION_VERBS))})(?![\w])")
_UNIT_START = re.compile(
    rf"(?:[Cc]ác|[Nn]hững)\s+(?:{_words(COLLECTIVE_UNITS)})(?![\w])"
    rf"|(?!Các|Những)(?:{_words(UNIT_HEADS)})(?![\w])|[A-ZĐ][\w]*\s+[A-ZĐ]"
)
_PASSIVE = re.compile(r"\s+(?:được|bị)\b")
_LOWER_RUN = re.compile(r"(?:\b[a-zđà-ỹ]+\b\s+){5}")
_ADDRESSEE_OK = re.compile(r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠỦỨ]|(?:các|những)\s")
_COOPERATE = re.compile(r"phối hợp\s+(?:chặt chẽ\s+)?với\s+")
_COOPERATION_STOP = re.compile(r"[.;()]|\s+để\s")
_UNIT_SPLIT = re.compile(rf"\s*(?:,|\s+và)\s+(?=(?:{_words(UNIT_HEADS)})(?![\w]))")
_MARKER = re.compile(r"\s*(?:[-+•*–]|\d{1,2}\s*[.)]|[a-zđ]\))\s*")
_APPROVAL = re.compile(r"(?:Đồng ý|Cho phép|Thống nhất|Chấp thuận)\b")
_OPENS_ZONE = re.compile(
    r"(?:(?:có\s+ý\s+kiến(?:\s+chỉ\s+đạo)?|kết\s+luận|chỉ\s+đạo)(?:\s+(?:như\s+sau|cụ\s+thể))?"
    r"|(?<![\w])(?:giao|yêu cầu|đề nghị|chỉ đạo))\s*:\s*$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})\s*[.)]\s")
_CLOSES_ZONE = re.compile(r"\s*(?:Nơi nhận|.{0,60}\bthông báo để\b|.{0,60}\bbiết,? thực hiện)")
_DIRECTING = re.compile(
    r"phát biểu|chỉ đạo|kết luận|nhấn mạnh|đề nghị|yêu cầu|lưu ý|\bgiao\b", re.IGNORECASE
)
# A request sent upward: "huyện kiến nghị (với) tỉnh …", not "các kiến nghị của huyện".
_UPWARD = re.compile(r"(?<!các )(?<!những )(?<!với )\bkiến nghị\b(?! của)", re.IGNORECASE)
_INSIDE = re.compile(r"(?:Trong đó|Cụ thể|Đặc biệt)\s*,")
_ABOUT = re.compile(r"(?:Đối với|Riêng|Về phía)\s+")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_ABBREVIATIONS = frozenset(a.casefold() for a in ABBREVIATIONS)
_TRAILING = " \t.;:…/"
_MAX_ADDRESSEE_WORDS = 16
_NEXT_CHARACTER = re.compile(r"\s*(\S)")
_NOTHING_MORE = re.compile(r"\s*\Z")
_WINDOW = 240  # characters an addressee may take: keeps each look-up short, the step linear


@dataclass(frozen=True)
class _Context:
    normalized: Normalized
    people: tuple[PersonMention, ...]
    year: int | None
    signed_on: date | None


def find_directives(
    normalized: Normalized,
    *,
    people: tuple[PersonMention, ...] = (),
    year: int | None = None,
    signed_on: date | None = None,
) -> list[DirectiveMention]:
    """Every task the text assigns, in the order written.

    >>> from dondoc.intake.normalize import normalize
    >>> [d.lead for d in find_directives(normalize("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính lập đề án."))]
    ['Sở Y tế']
    """
    context = _Context(normalized, people, year, signed_on)
    text = normalized.text
    found: list[DirectiveMention] = []
    zone_lead: str | None = None
    item_lead: str | None = None
    in_zone = False
    zone_from = 0
    for start, end in _lines(text):
        line = text[start:end]
        if in_zone and _CLOSES_ZONE.match(line):
            in_zone, zone_lead, item_lead = False, None, None
        if in_zone:
            heading = _unit_heading(text, start, end)
            if heading is not None and heading[1] is None:
                item_lead = heading[0]  # "2. Sở Xây dựng:" then its own items
            elif heading is not None and heading[1] is not None:
                found += _directive(context, heading[1], end, heading[0])
            else:
                if _NUMBERED.match(line):
                    item_lead = None
                items = _zone_item(context, start, end, item_lead or zone_lead)
                found += items
                shared = None if items else _deadline_of(context, start, end)
                if shared is not None:  # "Thời hạn hoàn thành: trước ngày …" for the items above
                    found[zone_from:] = [_with_deadline(d, shared) for d in found[zone_from:]]
            continue
        line_found, lead_in = _line_directives(context, start, end)
        found += line_found
        if lead_in is not None:
            in_zone, zone_lead, zone_from = True, lead_in or None, len(found)
        elif _OPENS_ZONE.search(line) and not _UPWARD.search(line):
            in_zone, zone_lead, zone_from = True, None, len(found)
    return found


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\n", text):
        if text[start : match.start()].strip():
            yield start, match.start()
        start = match.end()
    if text[start:].strip():
        yield start, len(text)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of one line; a full stop after "TS" and the like does not end one."""
    sentences = []
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        word = re.search(r"(\S+)$", text[max(position, match.start() - 12) : match.start()])
        if word and word.group(1).split(".")[-1].casefold() in _ABBREVIATIONS:
            continue
        following = _NEXT_CHARACTER.match(text, match.end(), end)
        if following and following.group(1).isalpha() and following.group(1).islower():
            continue
        sentences.append((position, match.end()))
        position = match.end()
    if text[position:end].strip():
        sentences.append((position, end))
    return sentences


def _line_directives(
    context: _Context, start: int, end: int
) -> tuple[list[DirectiveMention], str | None]:
    """Directives of a line outside a letter's list; and the lead of a list it introduces ("giao
    Bộ X:" at the line's end), "" when it introduces one with no lead."""
    text = context.normalized.text
    found: list[DirectiveMention] = []
    sentences = _sentences(text, start, end)
    directing = _DIRECTING.search(text, start, end) is not None
    lead: str | None = None
    index = 0
    while index < len(sentences):
        s_start, s_end = sentences[index]
        until = _task_end(text, sentences, index)
        triggered = list(_assignments(context, s_start, s_end))
        if triggered and triggered[-1][1] is None:  # a lead-in: "giao Bộ X:" then a list
            return found, triggered[-1][0]
        for task_lead, task_start, task_end in _with_ends(triggered, s_end):
            found += _directive(
                context, task_start, until if task_end == s_end else task_end, task_lead
            )
            lead = task_lead
        if not triggered:
            addressed = _addressed(text, s_start, s_end, needs_can=True) if directing else None
            if addressed is not None:
                lead = addressed[0]
                found += _directive(context, addressed[1], until, lead)
            elif lead is not None and _starts_with_action(text, s_start):
                found += _directive(context, _skip_space(text, s_start), until, lead)
            else:
                lead = None
        index = _next_index(text, sentences, index)
    return found, None


def _with_ends(
    triggered: list[tuple[str, int | None]], sentence_end: int
) -> Iterator[tuple[str, int, int]]:
    """Each assignment runs to the next one in the sentence, or to the sentence's end."""
    for number, (lead, start) in enumerate(triggered):
        if start is None:
            continue
        following = triggered[number + 1][1] if number + 1 < len(triggered) else None
        yield lead, start, following if following is not None else sentence_end


def _next_index(text: str, sentences: list[tuple[int, int]], index: int) -> int:
    index += 1
    while index < len(sentences) and _INSIDE.match(text, _skip_space(text, sentences[index][0])):
        index += 1
    return index


def _task_end(text: str, sentences: list[tuple[int, int]], index: int) -> int:
    """A task runs to its sentence's end, and over the "Trong đó, …" sentences after it."""
    end = sentences[index][1]
    for following in range(index + 1, len(sentences)):
        s_start, s_end = sentences[following]
        if not _INSIDE.match(text, _skip_space(text, s_start)):
            break
        end = s_end
    return end


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _assignments(context: _Context, start: int, end: int) -> Iterator[tuple[str, int | None]]:
    """(lead, where the task starts) per assigning verb; (lead, None) for a list's lead-in."""
    text = context.normalized.text
    for match in _ASSIGN.finditer(text, start, end):
        clause_start = max(start, match.start() - _WINDOW)
        clause_start = max(clause_start, text.rfind(";", clause_start, match.start()) + 1)
        if _UPWARD.search(text, clause_start, match.start()):
            return
        if not _ADDRESSEE_OK.match(text, match.end()):
            continue
        window = min(end, match.end() + _WINDOW)
        verb = _ADDRESSEE_END.search(text, match.end(), window)
        colon = text.find(":", match.end(), window)
        if (
            (verb is None or colon < verb.start())
            and colon >= 0
            and _NOTHING_MORE.match(text, colon + 1, end) is not None
        ):
            yield _clean(text[match.end() : colon]), None
            return
        if verb is None:
            continue
        lead = _clean(text[match.end() : verb.start()])
        if (
            lead
            and len(lead.split()) <= _MAX_ADDRESSEE_WORDS
            and "." not in lead
            and not _LOWER_RUN.search(lead + " ")
        ):
            yield lead, match.start()


def _addressed(text: str, start: int, end: int, *, needs_can: bool) -> tuple[str, int] | None:
    """ "UBND các huyện cần …", "Bộ X nghiên cứu …": the addressee and where the task starts."""
    position = _skip_space(text, start)
    marker = _MARKER.match(text, position)
    position = marker.end() if marker else position
    about = _ABOUT.match(text, position)
    position = about.end() if about else position
    if not _UNIT_START.match(text, position) or _APPROVAL.match(text, position):
        return None
    verb = _ACTION.search(text, position, min(end, position + _WINDOW))
    if verb is None or (needs_can and verb.group(0) not in ("cần", "phải", "buộc phải")):
        return None
    if _PASSIVE.match(text, verb.end()):  # "… cần được triển khai": not a task handed to anyone
        return None
    before = _ADVERBS.sub("", text[position : verb.start()].rstrip())
    reported = _REPORTED.match(before)
    if reported:
        position += reported.end()
        before = before[reported.end() :]
    lead = _clean(before)
    if _LOWER_RUN.search(lead + " "):  # "Nhà nước đứng ra thu hồi đất …": a clause, not a unit
        return None
    if not lead or len(lead.split()) > _MAX_ADDRESSEE_WORDS // 2 or not lead[0].isupper():
        return None
    return lead, position


def _starts_with_action(text: str, position: int) -> bool:
    position = _skip_space(text, position)
    marker = _MARKER.match(text, position)
    return _ACTION_START.match(text, marker.end() if marker else position) is not None


def _zone_item(
    context: _Context, start: int, end: int, zone_lead: str | None
) -> list[DirectiveMention]:
    """One item of a letter's list: a task of its own addressee, or of the list's lead."""
    text = context.normalized.text
    if any(True for _ in _assignments(context, start, end)):
        return _line_directives(context, start, end)[0]
    position = _skip_space(text, start)
    marker = _MARKER.match(text, position)
    position = marker.end() if marker else position
    if _APPROVAL.match(text, position):
        return []
    addressed = _addressed(text, start, end, needs_can=False)
    if addressed is not None:
        return _directive(context, addressed[1], end, addressed[0])
    if zone_lead is not None and _ACTION_START.match(text, position):
        return _directive(context, position, end, zone_lead)
    return []


def _deadline_of(context: _Context, start: int, end: int) -> tuple[str | None, str] | None:
    """A closing line's deadline, as (ISO day, as written), when it gives one."""
    text = context.normalized.text
    deadline = find_deadline(text[start:end], year=context.year, signed_on=context.signed_on)
    if deadline is None:
        return None
    written = context.normalized.span(start + deadline.start, start + deadline.end).text
    return deadline.value, written


def _with_deadline(directive: DirectiveMention, shared: tuple[str | None, str]) -> DirectiveMention:
    if directive.deadline_text is not None:
        return directive
    return replace(directive, deadline=shared[0], deadline_text=shared[1])


def _unit_heading(text: str, start: int, end: int) -> tuple[str, int | None] | None:
    """ "1. Sở Tài chính: chủ trì …" gives the unit and where its task starts (the unit);
    "2. Sở Xây dựng:" alone gives the unit and None, its tasks in the items below."""
    position = _skip_space(text, start)
    marker = _MARKER.match(text, position)
    position = marker.end() if marker else position
    if not _UNIT_START.match(text, position):
        return None
    colon = text.find(":", position, min(end, position + _WINDOW // 2))
    if colon == -1 or _ACTION.search(text, position, colon):
        return None
    lead = _clean(text[position:colon])
    if not lead or len(lead.split()) > _MAX_ADDRESSEE_WORDS // 2:
        return None
    if _NOTHING_MORE.match(text, colon + 1, end):
        return lead, None
    return lead, position


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,:;-–")


def _directive(context: _Context, start: int, end: int, lead: str) -> list[DirectiveMention]:
    """The directive over [start, end) of the normal form, its final punctuation left out."""
    text = context.normalized.text
    while end > start and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
        end -= 1
    if end - start < 10:
        return []
    body = text[start:end]
    deadline = find_deadline(body, year=context.year, signed_on=context.signed_on)
    span = context.normalized.span(start, end)
    return [
        DirectiveMention(
            speaker=_speaker(context, start),
            text=span.text[:1].upper() + span.text[1:],
            span=span,
            lead=lead,
            cooperating=tuple(_cooperating(body)),
            deadline=deadline.value if deadline else None,
            deadline_text=(
                context.normalized.span(start + deadline.start, start + deadline.end).text
                if deadline
                else None
            ),
        )
    ]


def _cooperating(body: str) -> list[str]:
    """The units after "phối hợp với", one per unit; a collective phrase stays whole."""
    match = _COOPERATE.search(body)
    if match is None:
        return []
    verb = _ACTION.search(body, match.end())
    end = verb.start() if verb else len(body)
    stop = _COOPERATION_STOP.search(body, match.end(), end)
    end = stop.start() if stop else end
    phrase = body[match.end() : end]
    if len(phrase.split()) > _MAX_ADDRESSEE_WORDS and "liên quan" in phrase:
        phrase = phrase[: phrase.index("liên quan") + len("liên quan")]
    return [unit for part in _UNIT_SPLIT.split(phrase) if (unit := _clean(part))]


def _speaker(context: _Context, start: int) -> str:
    """The person named last before the task, on the same line."""
    line_start = context.normalized.text.rfind("\n", 0, start) + 1
    original_start = context.normalized.offsets[line_start]
    original = context.normalized.offsets[start] if start < len(context.normalized.offsets) else 0
    before = [
        (span.start, person.name)
        for person in context.people
        for span in person.spans
        if original_start <= span.start < original
    ]
    return max(before)[1] if before else ""
