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
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from dondoc.intake.alternations import alternation
from dondoc.intake.lexicon.directives import (
    ABBREVIATIONS,
    ACTION_VERBS,
    ADVERBS_BEFORE_NEED,
    AFTER_SUBJECT_VERBS,
    ASSIGNING_VERBS,
    BEFORE_VERB_ADVERBS,
    CLOSING_OBJECTS,
    CLOSING_WORDS,
    COLLECTIVE_UNITS,
    LEVEL_WORDS,
    NOT_A_TASK,
    NOT_OPENING_VERBS,
    PERSON_ADDRESSEE,
    REPORTED_ASSIGNMENT,
    REPORTING_VERBS,
    TASK_MARKERS,
    TIME_BEFORE_ADDRESSEE,
    UNIT_HEADS,
    UPWARD_WORK,
)
from dondoc.intake.normalize import Normalized
from dondoc.intake.results import DirectiveMention, PersonMention
from dondoc.intake.steps.addressees import addressee_end
from dondoc.intake.steps.deadlines import find_deadline


def _words(words: tuple[str, ...], *, flags: int = 0) -> str:
    """The words as an alternation, longest first, for a pattern compiled with ``flags``."""
    return alternation(sorted(words, key=len, reverse=True), flags=flags)


_ASSIGN = re.compile(
    rf"(?<![\w])(?<!bàn )(?<!chuyển )(?:{_words(ASSIGNING_VERBS, flags=re.IGNORECASE)})(?![\w])(?!\s+(?:thông|dịch|lưu|nhận|kết)\b)(?!\s+(?-i:ban)\b)"
    r"\s+(?:(?:nhiệm\s+vụ\s+)?cho\s+)?",
    re.IGNORECASE,
)
# "Sở đã giao …", "đã kịp thời giao …": an earlier assignment reported.
_REPORTED_ASSIGNMENT = re.compile(
    rf"(?<![\w])(?:{_words(REPORTED_ASSIGNMENT, flags=re.IGNORECASE)})\s+(?:[^\W\d_]+\s+){{0,2}}$",
    re.IGNORECASE,
)
# "nhiệm vụ được UBND tỉnh giao", "do Chính phủ, Thủ tướng Chính phủ giao": the agent of a passive.
_AGENT = re.compile(r"(?<![\w])(?:được|do)\s+(?P<agent>[^.;:\n]{1,60}?)\s*$", re.IGNORECASE)
_BEFORE_VERB = re.compile(rf"(?:\s+(?:{_words(BEFORE_VERB_ADVERBS)}))*\s*$")
_AFTER_SUBJECT = frozenset(AFTER_SUBJECT_VERBS)
_NOT_OPENING = frozenset(NOT_OPENING_VERBS)
_TIME_FIRST = re.compile(
    rf"(?:{_words(TIME_BEFORE_ADDRESSEE, flags=re.IGNORECASE)})\s*,?\s*", re.IGNORECASE
)
_SINGLE_HEADS = frozenset(h for h in UNIT_HEADS if " " not in h and h[1:].islower())
_CLOSING = re.compile(
    rf"(?:(?:{_words(CLOSING_WORDS, flags=re.IGNORECASE)})(?![\w])[\s,]*)+(?:(?:{_words(CLOSING_OBJECTS, flags=re.IGNORECASE)})(?![\w]))?"
    r"[\s./;…]*",
    re.IGNORECASE,
)
_NOT_A_TASK = re.compile(rf"(?:{_words(NOT_A_TASK)})(?![\w])")
_UPWARD_WORK = re.compile(rf"(?:{_words(UPWARD_WORK)})(?![\w])")
_TASK_MARKER = re.compile(rf"(?:{_words(TASK_MARKERS)})(?![\w])|chủ trì\s*,?\s*phối hợp(?![\w])")
_PERSON = re.compile(rf"(?:{_words(PERSON_ADDRESSEE, flags=re.IGNORECASE)})\s", re.IGNORECASE)
_LEVEL = re.compile(rf"(?:{_words(LEVEL_WORDS)})\s+(?=\w)")
_ACTION = re.compile(rf"(?<![\w-])(?<!ân )(?:{_words(ACTION_VERBS)})(?![\w-])")
_ADVERBS = re.compile(rf"(?:\s+(?:{_words(ADVERBS_BEFORE_NEED)}))+$")
_ADVERB_RUN = re.compile(rf"(?:(?:{_words(ADVERBS_BEFORE_NEED)})\s+)+")
_REPORTED = re.compile(rf"^.*\b(?:{_words(REPORTING_VERBS)})\s*[,:]?\s+|^.*:\s*")
_ACTION_START = re.compile(rf"(?:{_words(tuple(v.capitalize() for v in ACTION_VERBS))})(?![\w])")
_UNIT_START = re.compile(
    rf"(?:[Cc]ác|[Nn]hững)\s+(?:{_words(COLLECTIVE_UNITS)})(?![\w])"
    rf"|(?!Các|Những)(?:{_words(UNIT_HEADS)})(?![\w])|[A-ZĐ][\w]*\s+[A-ZĐ]"
)
_PASSIVE = re.compile(r"\s+(?:được|bị)\b")
_MODAL = re.compile(r"(?:cần|phải|buộc phải)(?![\w])")
_MODAL_WORD = re.compile(r"(?<![\w])(?:buộc phải|cần|phải)(?![\w])")
_COOPERATE = re.compile(r"phối hợp\s+(?:chặt chẽ\s+)?với\s+")
_UNIT_SPLIT = re.compile(rf"\s*(?:,|\s+và)\s+(?=(?:{_words(UNIT_HEADS)})(?![\w]))")
_MARKER = re.compile(r"\s*(?:[-+•*–]|\d{1,2}\s*[.)]|[a-zđ]\))\s*")
_APPROVAL = re.compile(r"(?:Đồng ý|Cho phép|Thống nhất|Chấp thuận)\b")
# A line that opens a letter's list of tasks: "… có ý kiến như sau:", "UBND tỉnh giao:", "… giao
# nhiệm vụ cụ thể như sau:" — an assigning word and the line ending in a colon.
_ZONE_WORD = re.compile(
    r"(?:có\s+ý\s+kiến|kết\s+luận|(?<![\w])(?<!được )(?:giao|yêu cầu|đề nghị|chỉ đạo|phân công))"
    r"(?![\w])",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})\s*[.)]\s")
_CLOSES_ZONE = re.compile(r"\s*(?:Nơi nhận|.{0,60}\bthông báo để\b|.{0,60}\bbiết,? thực hiện)")
_DIRECTING = re.compile(
    alternation(
        ("phát biểu", "chỉ đạo", "kết luận", "nhấn mạnh", "đề nghị", "yêu cầu", "lưu ý"),
        flags=re.IGNORECASE,
    )
    + r"|\bgiao\b",
    re.IGNORECASE,
)
# A request sent upward: "huyện kiến nghị (với) tỉnh …", not "các kiến nghị của huyện".
_UPWARD = re.compile(r"(?<!các )(?<!những )(?<!với )\bkiến nghị\b(?! của)", re.IGNORECASE)
_INSIDE = re.compile(r"(?:Trong đó|Cụ thể|Đặc biệt)\s*,")
_ABOUT = re.compile(r"(?:Đối với|Riêng|Về phía)\s+")
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_ABBREVIATIONS = frozenset(a.casefold() for a in ABBREVIATIONS)
_TRAILING = " \t.;:…/"
_MAX_NAMED_WORDS = 8  # an addressee read before "cần" or a colon, with no grammar of names
_MAX_LEAD_WORDS = 24  # a lead read by the grammar of names (steps/addressees.py)
_NEXT_CHARACTER = re.compile(r"\s*(\S)")
_NOTHING_MORE = re.compile(r"\s*\Z")
_WINDOW = 240  # characters an addressee may take: keeps each look-up short, the step linear


@dataclass(frozen=True)
class _Context:
    normalized: Normalized
    names: tuple[tuple[int, int, str], ...]  # (start, end, name) of each person's mention, sorted
    year: int | None
    signed_on: date | None

    def names_within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mentions of people that start within [start, end) of the original text."""
        low = bisect_left(self.names, (start, -1, ""))
        high = bisect_left(self.names, (end, -1, ""))
        return list(self.names[low:high])


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
    names = sorted((span.start, span.end, p.name) for p in people for span in p.spans)
    context = _Context(normalized, tuple(names), year, signed_on)
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
        elif _opens_zone(line):
            in_zone, zone_lead, zone_from = True, None, len(found)
    return found


def _opens_zone(line: str) -> bool:
    """Whether the line opens a letter's list of tasks (its end looked at only: lines are long)."""
    stripped = line.rstrip()
    if not stripped.endswith(":"):
        return False
    tail = stripped[-_WINDOW:]
    return _ZONE_WORD.search(tail) is not None and _UPWARD.search(tail) is None


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
            addressed = _addressed(context, s_start, s_end, directing=directing)
            if addressed is not None:
                lead = addressed[0]
                found += _directive(context, addressed[1], until, lead)
            elif lead is not None and _continues_task(context, s_start, s_end):
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
    work_start = -1
    is_lead_in = text[max(start, end - _WINDOW) : end].rstrip().endswith(":")
    for match in _ASSIGN.finditer(text, start, end):
        if match.start() <= work_start:  # "Giao UBND huyện chỉ đạo các xã …": the work, no new task
            continue
        clause_start = max(start, match.start() - _WINDOW)
        clause_start = max(clause_start, text.rfind(";", clause_start, match.start()) + 1)
        if _UPWARD.search(text, clause_start, match.start()):
            return
        if not _may_assign(context, start, match):
            continue
        addressed = _addressee_after(text, match, end)
        if addressed is None:
            continue
        lead, work_start = addressed
        if text.startswith(":", work_start) and _NOTHING_MORE.match(text, work_start + 1, end):
            yield lead, None  # "… giao Bộ X:" and the list below
            return
        if text.startswith(":", work_start):
            work_start = _skip_space(text, work_start + 1)
        if not _is_work(text, match, work_start, end):
            continue
        if is_lead_in:
            yield lead, None  # "… thực hiện các nội dung sau:", spelled out below
            return
        yield lead, match.start()


def _addressee_after(text: str, match: re.Match[str], end: int) -> tuple[str, int] | None:
    """The lead after an assigning verb, and where what follows it starts."""
    start = match.end()
    time_first = _TIME_FIRST.match(text, start)  # "đề nghị trong thời gian tới TP X …"
    start = time_first.end() if time_first else start
    lead_end = addressee_end(text, start, min(end, start + _WINDOW))
    lead = _clean(text[start:lead_end])
    return (lead, _skip_space(text, lead_end)) if _is_lead(lead) else None


def _is_work(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """What follows the addressee is a task: words, not a report ("… cho Sở Y tế đã hoàn
    thành") nor what a request sent upward asks for ("đề nghị UBND tỉnh xem xét, phê duyệt")."""
    if start >= end or not text[start].isalpha() or _NOT_A_TASK.match(text, start):
        return False
    if _CLOSING.fullmatch(text, start, end):  # "… nghiêm túc triển khai thực hiện./."
        return False
    return not (match.group(0).lower().startswith("đề nghị") and _UPWARD_WORK.match(text, start))


def _may_assign(context: _Context, start: int, match: re.Match[str]) -> bool:
    """Whether the verb hands out a task here: a capitalised verb opens its sentence or item
    ("Ban Chỉ đạo" is a body); "chỉ đạo" follows the one who directs; an assignment reported
    ("Sở đã giao …", unless a person named just before gives it at the event: "ông A đã giao …")
    or a passive ("nhiệm vụ được UBND tỉnh giao") is no task handed out by this text."""
    text = context.normalized.text
    before = text[start : match.start()].rstrip()
    opens = not before or before[-1] in ".:;!?…" or _MARKER.fullmatch(before) is not None
    verb = " ".join(match.group(0).lower().split()[:2])
    if match.group(0)[:1].isupper():
        if not opens or verb in _NOT_OPENING:
            return False
    elif verb in _AFTER_SUBJECT and not _follows_subject(text, start, match):
        return False
    agent = _AGENT.search(text, max(start, match.start() - 60), match.start())
    if agent and _is_agent(agent.group("agent")):
        return False
    reported = _REPORTED_ASSIGNMENT.search(text, max(start, match.start() - 40), match.start())
    return reported is None or _person_ends_at(context, reported.start())


def _follows_subject(text: str, start: int, match: re.Match[str]) -> bool:
    """ "Chủ tịch UBND tỉnh chỉ đạo …", "Thủ tướng cũng vừa chỉ đạo …": a unit or a title before."""
    adverbs = _BEFORE_VERB.search(text, max(start, match.start() - 40), match.start())
    end = adverbs.start() if adverbs else match.start()
    word = re.search(r"([^\W\d_]+)\s*$", text[max(start, end - 30) : end])
    return word is not None and (word.group(1)[:1].isupper() or word.group(1) in LEVEL_WORDS)


def _is_agent(words: str) -> bool:
    """The agent of a passive names a body or a person: every word capitalised, or a level, "và"."""
    tokens = re.findall(r"[^\W\d_]+", words)
    return bool(tokens) and all(t[:1].isupper() or t in LEVEL_WORDS or t == "và" for t in tokens)


def _person_ends_at(context: _Context, position: int) -> bool:
    """Whether a person's name ends right before ``position`` of the normal form."""
    text = context.normalized.text
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    original = context.normalized.offsets[end - 1] + 1 if end > 0 else 0
    nearby = context.names_within(max(0, original - 80), original)  # a name is short
    return any(name_end == original for _, name_end, _ in nearby)


def _addressed(
    context: _Context, start: int, end: int, *, directing: bool, is_item: bool = False
) -> tuple[str, int] | None:
    """ "UBND các huyện cần …", "Bộ X nghiên cứu …": the addressee and where the task starts.

    An item of a letter's list needs only an addressee and its work; a sentence needs a task's
    marker after the addressee ("có trách nhiệm", "khẩn trương", "chủ trì, phối hợp"), or "cần" in
    a directing paragraph."""
    text = context.normalized.text
    position = _skip_space(text, start)
    marker = _MARKER.match(text, position)
    position = marker.end() if marker else position
    about = _ABOUT.match(text, position)
    position = about.end() if about else position
    if _APPROVAL.match(text, position):
        return None
    if not _starts_unit(text, position):  # "Kết luận, Chủ tịch nhắc nhở Lạc Sơn cần …"
        return _reported_need(text, position, end, is_reported=True) if directing else None
    to = addressee_end(text, position, min(end, position + _WINDOW))
    lead = _clean(text[position:to])
    work = _skip_space(text, to)
    adverbs = _ADVERB_RUN.match(text, work)
    after = adverbs.end() if adverbs else work
    if (
        _is_lead(lead)
        and not _NOT_A_TASK.match(text, work)
        and not _CLOSING.fullmatch(text, work, end)
    ):
        if is_item and work < end and text[work].isalpha() and text[work].islower():
            return lead, position
        if _TASK_MARKER.match(text, after) and not _names_a_person(context, position, to):
            return lead, position
        if directing and _MODAL.match(text, after) and not _PASSIVE.match(text, _end(text, after)):
            return lead, position
    return _reported_need(text, position, end) if directing else None


def _is_lead(lead: str) -> bool:
    """A lead names a unit or a person (a capital) or a collective ("các sở, ngành"); a bare
    "tỉnh" is an anaphora whose unit the sentence does not name."""
    words = lead.split()
    return (
        0 < len(words) <= _MAX_LEAD_WORDS
        and (any(w[:1].isupper() for w in words) or words[0].lower() in ("các", "những"))
        and lead not in _SINGLE_HEADS  # "Ban" alone: a name cut short ("Ban chỉ đạo …")
    )


def _end(text: str, position: int) -> int:
    """Where the word at ``position`` ends."""
    match = re.compile(r"\w+").match(text, position)
    return match.end() if match else position


def _starts_unit(text: str, position: int) -> bool:
    """A unit, a collective, a place after its level ("huyện Mai Châu") or a person starts here."""
    if _UNIT_START.match(text, position) or _PERSON.match(text, position):
        return True
    level = _LEVEL.match(text, position)
    return level is not None and text[level.end()].isupper()


def _names_a_person(context: _Context, start: int, end: int) -> bool:
    """Whether a person is named in [start, end): "Đồng chí A, Phó Chủ tịch, chịu trách nhiệm …"
    describes a job, it hands out no task."""
    if _PERSON.match(context.normalized.text, start):
        return True
    low, high = context.normalized.offsets[start], context.normalized.offsets[end - 1]
    return bool(context.names_within(low, high + 1))


def _reported_need(
    text: str, position: int, end: int, *, is_reported: bool = False
) -> tuple[str, int] | None:
    """ "Tổng Bí thư lưu ý, Hà Nội cần …": the addressee after a reporting verb, before "cần"."""
    verb = _ACTION.search(text, position, min(end, position + _WINDOW))
    if is_reported:  # the first "cần" after the speech, not the first verb of the speech
        verb = _MODAL_WORD.search(text, position, min(end, position + _WINDOW))
    if verb is None or verb.group(0) not in ("cần", "phải", "buộc phải"):
        return None
    if _PASSIVE.match(text, verb.end()):  # "… cần được triển khai": not a task handed to anyone
        return None
    before = _ADVERBS.sub("", text[position : verb.start()].rstrip())
    reported = _REPORTED.match(before)
    if reported:
        position += reported.end()
        before = before[reported.end() :]
    elif is_reported:  # a sentence opening with no unit names its addressee after a speech verb
        return None
    lead = _clean(before)
    if (
        not lead
        or len(lead.split()) > _MAX_NAMED_WORDS
        or not lead[0].isupper()
        or _has_lower_run(lead)  # "Nhà nước đứng ra thu hồi đất …": a clause, not a unit
        or (is_reported and _ACTION.search(lead))
    ):
        return None
    return lead, position


def _has_lower_run(text: str, length: int = 5) -> bool:
    """Five lower-case words in a row: a clause, not a unit's name."""
    run = 0
    for word in text.split():
        run = run + 1 if word.isalpha() and word.islower() else 0
        if run >= length:
            return True
    return False


def _continues_task(context: _Context, start: int, end: int) -> bool:
    """ "Chú trọng …" after "X cần …": a sentence that starts with the work and names no one
    ("Thay mặt …, Bộ trưởng A đã chúc mừng …" is a report)."""
    text = context.normalized.text
    if not _starts_with_action(text, start):
        return False
    low, high = context.normalized.offsets[start], context.normalized.offsets[end - 1]
    return not context.names_within(low, high + 1)


def _starts_with_action(text: str, position: int) -> bool:
    position = _skip_space(text, position)
    marker = _MARKER.match(text, position)
    return _ACTION_START.match(text, marker.end() if marker else position) is not None


def _zone_item(
    context: _Context, start: int, end: int, zone_lead: str | None
) -> list[DirectiveMention]:
    """One item of a letter's list: a task of its own addressee, or of the list's lead."""
    text = context.normalized.text
    position = _skip_space(text, start)
    marker = _MARKER.match(text, position)
    position = marker.end() if marker else position
    verb = _ASSIGN.match(text, position)
    if zone_lead is not None and verb and not verb.group(0).lower().startswith("giao"):
        # "- Yêu cầu các trạm …" under "giao Sở X:": the lead's work, not a task of its own
        return _directive(context, position, end, zone_lead)
    if any(True for _ in _assignments(context, start, end)):
        return _line_directives(context, start, end)[0]
    if _APPROVAL.match(text, position):
        return []
    addressed = _addressed(context, start, end, directing=True, is_item=True)
    if addressed is not None:
        return _directive(context, addressed[1], end, addressed[0])
    if zone_lead is not None and _is_task_item(text, position, end):
        return _directive(context, position, end, zone_lead)
    return []


def _is_task_item(text: str, position: int, end: int) -> bool:
    """An item of the list's lead: it starts with the work ("Kiểm tra …", "Thí điểm …"), not with
    a heading of its own ("Về công tác cán bộ:")."""
    if _ACTION_START.match(text, position):
        return True
    return text[position : position + 1].isupper() and not text[position:end].rstrip().endswith(":")


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
    if not lead or len(lead.split()) > _MAX_NAMED_WORDS:
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
    end = addressee_end(body, match.end(), min(len(body), match.end() + _WINDOW))
    return [unit for part in _UNIT_SPLIT.split(body[match.end() : end]) if (unit := _clean(part))]


def _speaker(context: _Context, start: int) -> str:
    """The person named last before the task, on the same line."""
    line_start = context.normalized.text.rfind("\n", 0, start) + 1
    original_start = context.normalized.offsets[line_start]
    original = context.normalized.offsets[start] if start < len(context.normalized.offsets) else 0
    before = context.names_within(original_start, original)
    return before[-1][2] if before else ""
