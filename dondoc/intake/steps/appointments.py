"""Titles one is elected or appointed to, titles given to a list, and names written in capitals.

Reports of elections and appointments give a title after the verb that confers it: "được bầu giữ
chức Chủ tịch UBND tỉnh", "tái đắc cử chức Bí thư Huyện ủy", "bổ nhiệm ông A giữ chức Giám đốc Sở
Y tế". The title goes to every person named between the verb's clause start and the title ("bà A,
…và ông B, … được bầu giữ chức Phó Chủ tịch"). A list line puts the title first: "1. Bí thư Tỉnh
ủy X: Ông A". This step runs after the people step and adds to what it found.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence

from dondoc.intake.alternations import alternation
from dondoc.intake.normalize import Normalized, match_key
from dondoc.intake.results import PersonMention
from dondoc.intake.spans import Span
from dondoc.intake.steps.people import ANY_CASE_HONORIFICS, is_role_of_the_occasion
from dondoc.intake.steps.titles import name_follows, read_title

_CONFERRED = re.compile(
    r"(?<![\w])(?:(?:(?:tái\s+)?(?:đắc|trúng)\s+cử|giữ|làm|đảm\s+nhiệm|đảm\s+nhận)\s+"
    r"(?:(?:các\s+)?chức(?:\s+(?:vụ|danh))?\s+)?"
    r"|vào\s+chức\s+(?:vụ|danh)\s+"  # "được bầu vào chức danh Phó Chủ tịch HĐND tỉnh"
    r"|được\s+giao\s+(?=quyền\s))"  # "được giao quyền Chủ tịch UBND tỉnh"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)
# Between two offices held: "Phó Bí thư Huyện ủy khóa XX, nhiệm kỳ 2015 - 2020; Chủ tịch UBND huyện".
_NEXT_OFFICE = re.compile(
    r"(?:\s*,?\s*(?:khóa|khoá|nhiệm kỳ)\s+[\dIVXLC]+(?:\s*[-–]\s*\d{4})?)*\s*[;,]\s*"
)
# A new clause of conferring: who comes after it is who gets the title.
_CLAUSE_VERBS = re.compile(
    r"(?<![\w])(?:bầu|bổ nhiệm|điều động|miễn nhiệm|phê chuẩn|chỉ định|luân chuyển|giới thiệu)(?![\w])"
    r"|[.;\n]",
    re.IGNORECASE,
)
_LIST_LINE = re.compile(r"(?m)^[ \t]*(?:\d{1,3}\s*[.)]\s*|[-*+•]\s*)?(?=[^\W\d_])")
_HONORIFIC = alternation(sorted(ANY_CASE_HONORIFICS, key=len, reverse=True), flags=re.IGNORECASE)
_CAPITAL_NAME = re.compile(
    rf"(?<![\w])(?:{_HONORIFIC})\s+(?P<name>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ]*(?:\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ]*){{1,4}})(?![\w])",
    re.IGNORECASE,
)
_JOINED = re.compile(rf"[\s,–-]*(?:,|\svà)\s*(?:(?:{_HONORIFIC})\s*)?", re.IGNORECASE)
_WINDOW = 300
# What names the office before "đối với" and the people: "chức vụ …", "bầu bổ sung …".
_TITLE_OF_OFFICE = re.compile(
    r"(?<![\w])(?:chức\s+(?:vụ|danh)|bầu(?:\s+cử)?\s+bổ\s+sung|(?:miễn|bãi)\s+nhiệm)\s+"
    r"(?!chức\s)(?=[^\W\d_])",
    re.IGNORECASE,
)
_TOWARDS = re.compile(
    r"\s*,?\s*(?:(?:nhiệm kỳ|khóa|khoá)\s+[\dIVXLC]+(?:\s*[-–]\s*\d{4})?\s*)?đối với\s+"
)
_SENTENCE_STOP = re.compile(r"\.(?:\s|$)|\n")
_RECIPIENTS_LENGTH = 1500
_RECIPIENT_BLOCK = re.compile(r"(?m)^[ \t]*Nơi nhận\s*:")
# "PTTg", "PCN", "TTgCP": capitals and lower case mixed, two capitals at least, then the name.
_ABBREVIATED_TITLE = re.compile(r"(?:^|[\s,;:–-])([A-ZĐ][a-zđ]*[A-ZĐ][A-Za-zĐđ]*)\s+\Z")


def add_titles(normalized: Normalized, people: list[PersonMention]) -> list[PersonMention]:
    """The people with the titles conferred on them and list titles added; names in capitals."""
    people = _with_capital_names(normalized, people)
    extra: dict[str, list[str]] = {}
    for name_key, title in [
        *_conferred(normalized, people),
        *_list_titles(normalized, people),
        *_titles_for_listed(normalized, people),
        *_recipient_titles(normalized, people),
    ]:
        extra.setdefault(name_key, []).append(title)
    updated = []
    for person in people:
        known = {match_key(p) for p in person.positions}
        added = []
        for title in extra.get(match_key(person.name), []):
            if match_key(title) not in known:
                known.add(match_key(title))
                added.append(title)
        updated.append(
            PersonMention(
                person.name, person.positions + tuple(added), person.spans, person.confidence
            )
            if added
            else person
        )
    return updated


def _starts(normalized: Normalized, people: list[PersonMention]) -> list[tuple[int, int, str]]:
    """(normal-form start, end, name key) of every mention, in text order."""
    offsets = normalized.offsets
    found = []
    for person in people:
        for span in person.spans:
            start = _normal_index(offsets, span.start)
            found.append((start, _normal_index(offsets, span.end), match_key(person.name)))
    return sorted(found)


def _normal_index(offsets: Sequence[int], original: int) -> int:
    return bisect_left(offsets, original)


def _conferred(normalized: Normalized, people: list[PersonMention]) -> list[tuple[str, str]]:
    text = normalized.text
    mentions = _starts(normalized, people)
    found: list[tuple[str, str]] = []
    for match in _CONFERRED.finditer(text):
        title = read_title(normalized, match.end())
        if title is None:
            continue
        window_start = max(0, match.start() - _WINDOW)
        before = [m for m in mentions if window_start <= m[0] and m[1] <= match.start()]
        clause_start = window_start
        for verb in _CLAUSE_VERBS.finditer(text, window_start, match.start()):
            if verb.group(0) in ".;\n" or any(m[0] >= verb.end() for m in before):
                clause_start = verb.end()
        if is_role_of_the_occasion(title[0]):
            continue
        receiving = [m for m in before if m[0] >= clause_start]
        tail = _joined_tail(text, receiving, people)
        found += [(key, office) for _, _, key in tail for office in _offices(normalized, title)]
    return found


def _offices(normalized: Normalized, title: tuple[str, int]) -> list[str]:
    """The title conferred, and the offices listed after it ("đã giữ các chức vụ A; B; C"), up to
    one that a name follows (it is that person's)."""
    offices = [title[0]]
    mentions_end = title[1]
    while True:
        separator = _NEXT_OFFICE.match(normalized.text, mentions_end)
        following = read_title(normalized, separator.end()) if separator else None
        if following is None or name_follows(normalized.text, following[1]):
            return offices
        offices.append(following[0])
        mentions_end = following[1]


def _joined_tail(
    text: str, mentions: list[tuple[int, int, str]], people: list[PersonMention]
) -> list[tuple[int, int, str]]:
    """The last person named, and those before joined to them by "và" or a comma ("bà A, Giám
    đốc Sở X và ông B, …"), not those in another clause ("A chúc mừng B được giao làm …")."""
    if not mentions:
        return []
    positions = {match_key(p.name): p.positions for p in people}
    tail = [mentions[-1]]
    for previous in reversed(mentions[:-1]):
        gap = text[previous[1] : tail[0][0]]
        for position in sorted(positions.get(previous[2], ()), key=len, reverse=True):
            gap = gap.replace(position, "")
        if not _JOINED.fullmatch(gap):
            break
        tail.insert(0, previous)
    return tail


def _titles_for_listed(
    normalized: Normalized, people: list[PersonMention]
) -> list[tuple[str, str]]:
    """ "miễn nhiệm chức danh Ủy viên UBND tỉnh, nhiệm kỳ 2016-2021 đối với ông A …; ông B …":
    the title goes to everyone listed after "đối với", to the sentence's end."""
    text = normalized.text
    mentions = _starts(normalized, people)
    found: list[tuple[str, str]] = []
    for match in _TITLE_OF_OFFICE.finditer(text):
        title = read_title(normalized, match.end(), any_case=True)
        if title is None:
            continue
        towards = _TOWARDS.match(text, title[1])
        if towards is None:
            continue
        end = _SENTENCE_STOP.search(text, towards.end())
        stop = end.start() if end else len(text)
        # "… A đối với bà X; B đối với ông Y": each title has its own "đối với".
        following = text.find("đối với", towards.end(), stop)
        stop = following if following != -1 else stop
        found += [(key, title[0]) for start, _, key in mentions if towards.end() <= start < stop]
    return found


def _recipient_titles(normalized: Normalized, people: list[PersonMention]) -> list[tuple[str, str]]:
    """ "Nơi nhận: … PTTg Lê Văn Thành": an abbreviated title right before a name counts."""
    text = normalized.text
    block = _RECIPIENT_BLOCK.search(text)
    if block is None:
        return []
    block_end = min(len(text), block.end() + _RECIPIENTS_LENGTH)
    found = []
    for person in people:
        name = unicodedata.normalize("NFC", person.name)
        position = text.find(name, block.end(), block_end)
        while position != -1:
            before = _ABBREVIATED_TITLE.search(text, max(block.end(), position - 12), position)
            if before is not None:
                found.append((match_key(person.name), before.group(1)))
            position = text.find(name, position + len(name), block_end)
    return found


def _list_titles(normalized: Normalized, people: list[PersonMention]) -> list[tuple[str, str]]:
    """ "1. Bí thư Tỉnh ủy X: Ông A, Ủy viên Trung ương Đảng": the title before the colon is A's."""
    text = normalized.text
    mentions = _starts(normalized, people)
    found: list[tuple[str, str]] = []
    for line in _LIST_LINE.finditer(text):
        title = read_title(normalized, line.end(), allow_lower_case=True)
        if title is None:
            continue
        colon = re.compile(r"\s*:\s*").match(text, title[1])
        if colon is None:
            continue
        line_end = text.find("\n", colon.end())
        line_end = len(text) if line_end == -1 else line_end
        first = next((m for m in mentions if colon.end() <= m[0] < line_end), None)
        if first is not None and not re.search(r"[,;.]", text[colon.end() : first[0]]):
            found.append((first[2], title[0]))
    return found


def _with_capital_names(normalized: Normalized, people: list[PersonMention]) -> list[PersonMention]:
    """ "ông NGUYỄN VĂN AN, Chủ tịch UBND tỉnh": a name in capitals after an honorific."""
    text = normalized.text
    known = {match_key(p.name) for p in people}
    added: dict[str, PersonMention] = {}
    for match in _CAPITAL_NAME.finditer(text):
        name = match.group("name")
        if not name.isupper() or match_key(name) in known:
            continue
        span: Span = normalized.span(match.start("name"), match.end("name"))
        titles = _titles_after_comma(normalized, match.end("name"))
        current = added.get(match_key(name))
        if current is None:
            added[match_key(name)] = PersonMention(
                unicodedata.normalize("NFC", span.text), tuple(titles), (span,), 0.7
            )
    return [*people, *added.values()]


def _titles_after_comma(normalized: Normalized, end: int) -> list[str]:
    separator = re.compile(r"\s*[,–-]\s*").match(normalized.text, end)
    if separator is None:
        return []
    title = read_title(normalized, separator.end())
    return [title[0]] if title else []
