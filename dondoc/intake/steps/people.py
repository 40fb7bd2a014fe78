"""People and their positions: names without honorifics, each concurrent title separately.

A name is a run of two to five capitalised syllables that starts with a family name or follows an
honorific or a title. Titles are read after the name (", Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"),
before it ("Bí thư Tỉnh ủy Trần Sỹ Thanh") and before a list ("các Phó Chủ tịch UBND tỉnh: A, B").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from dondoc.intake.lexicon.people import (
    HONORIFICS,
    ORG_ABBREVIATIONS,
    ORG_WORDS,
    SURNAMES,
    TITLE_HEADS,
    VERBS_AFTER_TITLE,
)
from dondoc.intake.lexicon.places import is_place_name
from dondoc.intake.normalize import Normalized
from dondoc.intake.results import PersonMention
from dondoc.intake.spans import Span

_TOKEN = re.compile(r"[^\W\d_]+(?:&[^\W\d_]+)*(?:\.[^\W\d_]+\.?)?|\d+[A-Za-z]?|[^\w\s]")
_TITLE_HEAD = re.compile(
    r"(?:(?:nguyên|Nguyên|Quyền|quyền)\s+)?(?:"
    + "|".join(re.escape(h) for h in TITLE_HEADS)
    + r")(?![\w])",
    re.IGNORECASE,
)
_NOT_NAME_START = frozenset(
    [
        "Phó",
        "Bí",
        "Chủ",
        "Ủy",
        "Trưởng",
        "Giám",
        "Tổng",
        "Thủ",
        "Bộ",
        "Thứ",
        "Tỉnh",
        "Thành",
        "Huyện",
        "Ban",
        "Sở",
        "Hội",
        "Đảng",
        "Quốc",
        "Nhà",
        "Trung",
        "Đoàn",
        "Thường",
        "Văn",
        "Cục",
        "Vụ",
        "Viện",
        "Tòa",
        "Công",
        "Chánh",
        "Đại",
        "Kỳ",
        "Nghị",
        "Ngày",
        "Sáng",
        "Chiều",
        "Tại",
        "Theo",
        "Trong",
        "Với",
        "Về",
    ]
)
_PLACE_BEFORE = (
    "tỉnh",
    "thành phố",
    "tp",
    "tp.",
    "huyện",
    "xã",
    "phường",
    "quận",
    "thị xã",
    "thị trấn",
    "đường",
    "phố",
    "trường",
    "công ty",
    "sông",
    "cầu",
    "núi",
    "hồ",
    "đại học",
    "bệnh viện",
    "khu",
    "làng",
    "thôn",
    "bản",
    "ấp",
    "tổ dân phố",
    "chợ",
    "cảng",
    "xí nghiệp",
    "tập đoàn",
    "quảng trường",
    "tượng đài",
    "nhà máy",
    "huyện",
    "vùng",
    "miền",
    "tại",
    "ở",
    "về",
)
_CREDIT = re.compile(r"(?:Ảnh|ảnh|Nguồn|Video|Clip|Đồ họa|Theo)\s*:\s*$")


@dataclass
class _Person:
    name: str
    positions: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


def find_people(normalized: Normalized) -> tuple[list[PersonMention], str | None]:
    """Return the people of the text with their positions, and the byline's author if any."""
    text = normalized.text
    people: dict[str, _Person] = {}
    for start, end in _name_runs(text):
        if _is_credit(text, start) or _is_place(text, start, end):
            continue
        name_span = normalized.span(start, end)
        positions = _titles_before(normalized, start) + _titles_after(normalized, end)
        key = _key(name_span.text)
        person = people.setdefault(key, _Person(unicodedata.normalize("NFC", name_span.text)))
        person.spans.append(name_span)
        for position in positions:
            if _key(position) not in {_key(p) for p in person.positions}:
                person.positions.append(position)
    mentions = [PersonMention(p.name, tuple(p.positions), tuple(p.spans)) for p in people.values()]
    return mentions, _byline(normalized)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _is_title_case(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word.isalpha()


def _name_runs(text: str) -> list[tuple[int, int]]:
    tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\W\d_]+", text)]
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        run = _run_from(text, tokens, index)
        if len(run) >= 2 and _starts_a_name(text, tokens, index, run):
            runs.append((tokens[index][0], tokens[index + len(run) - 1][1]))
            index += len(run)
        else:
            index += 1
    return runs


def _run_from(text: str, tokens: list[tuple[int, int, str]], index: int) -> list[str]:
    run: list[str] = []
    for position in range(index, min(index + 5, len(tokens))):
        start, _, word = tokens[position]
        if not _is_title_case(word) or (run and text[tokens[position - 1][1] : start] != " "):
            break
        if run and word in _NOT_NAME_START:
            break
        run.append(word)
    return run


def _starts_a_name(
    text: str, tokens: list[tuple[int, int, str]], index: int, run: list[str]
) -> bool:
    if run[0] in _NOT_NAME_START:
        return False
    before = text[max(0, tokens[index][0] - 40) : tokens[index][0]]
    if run[0] in SURNAMES:
        return True
    return _ends_with_honorific(before) or (
        _TITLE_HEAD.search(before[-25:]) is not None and before.endswith(" ")
    )


def _ends_with_honorific(before: str) -> bool:
    stripped = before.rstrip()
    return any(stripped.endswith(h) and not stripped[: -len(h)][-1:].isalpha() for h in HONORIFICS)


def _is_credit(text: str, start: int) -> bool:
    return _CREDIT.search(text[max(0, start - 12) : start]) is not None


def _is_place(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 16) : start].lower().rstrip()
    if any(
        before.endswith(word) and not before[: -len(word)][-1:].isalpha() for word in _PLACE_BEFORE
    ):
        return not _ends_with_honorific(text[max(0, start - 16) : start])
    return is_place_name(text[start:end])


def _titles_after(normalized: Normalized, end: int) -> list[str]:
    text = normalized.text
    separator = re.compile(r"\s*(?:,|-|–|:|\()\s*")
    match = separator.match(text, end)
    positions: list[str] = []
    while match:
        title = _title_at(normalized, match.end())
        if title is None:
            break
        title_text, title_end = title
        positions.append(title_text)
        match = re.compile(r"\s*,\s*").match(text, title_end)
    return positions


def _title_at(normalized: Normalized, start: int) -> tuple[str, int] | None:
    text = normalized.text
    head = _TITLE_HEAD.match(text, start)
    if head is None or not _head_case_ok(head.group(0)):
        return None
    end = _tail_end(text, head.end())
    if end == head.end() and head.group(0).split()[-1] in ("Phó", "Trưởng", "Thường trực"):
        return None
    return normalized.span(start, end).text.strip(), end


def _head_case_ok(head: str) -> bool:
    first = head.split(maxsplit=1)[0]
    return first[:1].isupper() or first.lower() in (
        "nguyên",
        "quyền",
        "phó",
        "bí",
        "chủ",
        "ủy",
        "uỷ",
        "trưởng",
        "giám",
    )


def _tail_end(text: str, position: int) -> int:
    end = position
    for match in _TOKEN.finditer(text, position):
        gap = text[end : match.start()]
        word = match.group(0)
        if gap not in ("", " ") and not (gap == " " or _continues_after_comma(text, gap, word)):
            break
        if not _is_org_token(text, match, word):
            break
        end = match.end()
    return _trim(text, position, end)


def _continues_after_comma(text: str, gap: str, word: str) -> bool:
    # "Sở Văn hóa, Thể thao và Du lịch": a comma inside a department name.
    return (
        gap.strip() == ","
        and _is_title_case(word)
        and _TITLE_HEAD.match(word) is None
        and word not in SURNAMES
    )


def _is_org_token(text: str, match: re.Match[str], word: str) -> bool:
    if word in ORG_ABBREVIATIONS or (
        word in ("&", "-", "–") and _next_is_capital(text, match.end())
    ):
        return True
    if word.isdigit() or re.fullmatch(r"[IVXLC]+", word):
        return True
    if _is_title_case(word) or (word.isupper() and len(word) > 1):
        return not _starts_person_name(text, match)
    return word.lower() in ORG_WORDS and word.lower() not in VERBS_AFTER_TITLE


def _next_is_capital(text: str, position: int) -> bool:
    rest = text[position:].lstrip()
    return rest[:1].isupper()


def _starts_person_name(text: str, match: re.Match[str]) -> bool:
    word = match.group(0)
    if word not in SURNAMES:
        return False
    following = re.match(r"\s+([^\W\d_]+)", text[match.end() :])
    return (
        following is not None
        and _is_title_case(following.group(1))
        and following.group(1) not in _NOT_NAME_START
    )


def _trim(text: str, start: int, end: int) -> int:
    words = text[start:end].split(" ")
    while len(words) > 1 and words[-1].lower() in ("và", "-", "–", "&", "của"):
        words.pop()
    return start + len(" ".join(words))


def _titles_before(normalized: Normalized, start: int) -> list[str]:
    text = normalized.text
    window_start = max(0, start - 160)
    list_title = _list_title(normalized, start)
    if list_title:
        return [list_title]
    titles: list[str] = []
    boundary = start
    while True:
        found = _title_ending_at(normalized, window_start, boundary)
        if found is None:
            break
        title_start, title = found
        titles.insert(0, title)
        comma = re.search(r",\s*$", text[window_start:title_start])
        if comma is None:
            break
        boundary = window_start + comma.start()
    return titles


def _title_ending_at(
    normalized: Normalized, window_start: int, boundary: int
) -> tuple[int, str] | None:
    text = normalized.text
    before = text[window_start:boundary].rstrip()
    stripped_end = window_start + len(before)
    for head in _TITLE_HEAD.finditer(text, window_start, stripped_end):
        if not _head_case_ok(head.group(0)):
            continue
        if _tail_end(text, head.end()) >= stripped_end and text[
            head.start() - 1 : head.start()
        ] in ("", " ", "(", ",", ":"):
            title = normalized.span(head.start(), stripped_end).text.strip()
            if len(title.split()) >= 2 and not re.search(r"[,;:.]", title):
                return head.start(), title
    return None


def _list_title(normalized: Normalized, start: int) -> str | None:
    """ "các Phó Chủ tịch UBND tỉnh: A, B" — the title before the colon goes to every name."""
    text = normalized.text
    segment_start = max(text.rfind(";", 0, start), text.rfind(".", 0, start), 0)
    colon = text.rfind(":", segment_start, start)
    if colon == -1 or not re.fullmatch(r"[\s\w,]*", text[colon + 1 : start].replace("và", ",")):
        return None
    head = text.rfind("các ", segment_start, colon)
    if head == -1:
        return None
    phrase_start = head + len("các ")
    phrase = text[phrase_start:colon].strip()
    phrase = re.sub(r"^(?:đồng chí|vị)\s+", "", phrase)
    match = _TITLE_HEAD.match(phrase)
    if match is None:
        return None
    offset = phrase_start + text[phrase_start:colon].find(phrase)
    return normalized.span(offset, offset + len(phrase)).text


def _byline(normalized: Normalized) -> str | None:
    """The author's name in capitals at the end of the text ("PHÙNG KHIÊM")."""
    tail = normalized.text.rstrip()[-80:]
    match = re.search(r"(?:^|\n|\.\s)\s*([^\W\d_]{2,}(?:\s[^\W\d_]{1,}){1,4})\s*$", tail)
    if match and match.group(1).isupper():
        return match.group(1)
    return None
