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
    ADMIN_WORDS,
    HONORIFICS,
    MIDDLE_NAMES,
    ORG_ABBREVIATIONS,
    SURNAMES,
    TITLE_STARTS,
)
from dondoc.intake.lexicon.places import is_place_name
from dondoc.intake.normalize import Normalized, match_key
from dondoc.intake.results import PersonMention
from dondoc.intake.spans import Span
from dondoc.intake.steps.titles import (
    NEXT_WORD,
    TITLE_HEAD,
    head_case_ok,
    is_title_case,
    name_follows,
    organisation_end,
    place_then_name,
    title_at,
    two_syllable_run,
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
    "trường thpt",
    "trường ptth",
    "trường thcs",
    "trường tiểu học",
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
# The honorifics as written in lower case, and capitalised at a sentence's start.
ANY_CASE_HONORIFICS = HONORIFICS + tuple(h[:1].upper() + h[1:] for h in HONORIFICS)
_CREDIT = re.compile(r"(?:Ảnh|ảnh|Nguồn|Video|Clip|Đồ họa|Theo)\s*:\s*$")


@dataclass
class _Person:
    name: str
    positions: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    has_honorific: bool = False


def find_people(normalized: Normalized) -> tuple[list[PersonMention], str | None]:
    """Return the people of the text with their positions, and the byline's author if any."""
    text = normalized.text
    people: dict[str, _Person] = {}
    for start, end in _name_runs(text):
        if _is_credit(text, start):
            continue
        titles_before = _titles_before(normalized, start)  # read once: _is_place needs them too
        if _is_place(normalized, start, end, has_title=bool(titles_before)):
            continue
        name_span = normalized.span(start, end)
        positions = titles_before + _titles_after(normalized, end)
        key = match_key(name_span.text)
        person = people.setdefault(key, _Person(unicodedata.normalize("NFC", name_span.text)))
        person.spans.append(name_span)
        person.has_honorific = person.has_honorific or _ends_with_honorific(
            text[max(0, start - 20) : start]
        )
        for position in positions:
            if _is_role_of_the_occasion(text, position):
                continue
            if match_key(position) not in {match_key(p) for p in person.positions}:
                person.positions.append(position)
    # A capitalised pair with neither a title nor an honorific is more often a place ("Hồ Tây");
    # a family name, "Thị" or "Văn" and a given name is a person's ("Nguyễn Thị Bé, 94 tuổi").
    kept = [p for p in people.values() if p.positions or p.has_honorific or _is_full_name(p.name)]
    mentions = [PersonMention(p.name, tuple(p.positions), tuple(p.spans)) for p in kept]
    return mentions, _byline(normalized)


_OCCASION = re.compile(
    r"(?:phó\s+)?trưởng\s+đoàn(?:\s+(?:công tác|kiểm tra|giám sát|khảo sát)(?:\s+số\s+\d+)?)?(?:\s+của\s+.*)?",
    re.IGNORECASE,
)


def _is_full_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 3 and words[0] in SURNAMES and words[1] in MIDDLE_NAMES


def is_role_of_the_occasion(position: str) -> bool:
    """ "Trưởng đoàn công tác": a role of the event, not a position (the annotation guide)."""
    return _OCCASION.fullmatch(position) is not None


def _is_role_of_the_occasion(text: str, position: str) -> bool:
    """ "làm Trưởng đoàn", "Trưởng đoàn công tác": roles of the event, not positions (guide)."""
    return _OCCASION.fullmatch(position) is not None


def _name_runs(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised syllables that are names: "Trần Sỹ Thanh", or the name in "Bắc Giang Lê Ánh Dương"."""
    runs: list[tuple[int, int]] = []
    for sequence in _capitalised_sequences(text):
        k = 0
        while k < len(sequence) - 1:
            name = _name_at(text, sequence, k)
            if name:
                runs.append((sequence[k][0], sequence[k + len(name) - 1][1]))
                k += len(name)
            else:
                k += 1
    return runs


def _capitalised_sequences(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of two or more capitalised words, each one space from the next."""
    sequences: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for match in _MAYBE_CAPITALISED.finditer(text):
        word = match.group(0)
        is_capitalised = is_title_case(word) and not _is_letter(
            text[match.start() - 1 : match.start()]
        )
        if not is_capitalised or (current and text[current[-1][1] : match.start()] != " "):
            if len(current) >= 2:
                sequences.append(current)
            current = []
        if is_capitalised:
            current.append((match.start(), match.end(), word))
    if len(current) >= 2:
        sequences.append(current)
    return sequences


# Most words start with a lower-case letter and are never capitalised: the scan skips them (#9
# speed). One skipped between two capitalised words still breaks their run, as the gap is no
# longer one space. A match inside a word ("aBc") is the end of a word that starts in lower case.
_LOWER = "".join(c for c in map(chr, (*range(0x250), *range(0x1EA0, 0x1F00))) if c.islower())
_MAYBE_CAPITALISED = re.compile(rf"[^\W\d_{_LOWER}][^\W\d_]*")


def _is_letter(char: str) -> bool:
    """What the scan's ``[^\\W\\d_]`` matches: a letter, or a numeral that is not a digit."""
    return char.isalnum() and not char.isdecimal()


def _name_at(text: str, sequence: list[tuple[int, int, str]], k: int) -> list[str]:
    words = [word for _, _, word in sequence]
    if words[k] in ("Ông", "Bà", "Anh", "Chị") or words[k] in TITLE_STARTS:
        return []
    name: list[str] = []
    for index, word in enumerate(words[k : k + 5], start=k):
        # "Bùi Văn Tỉnh, UV BCH TƯ Đảng": a word that starts titles ends a name only where a
        # title could go on after it ("Lê Văn A Tỉnh ủy viên" is rare; "… Tỉnh," is a name).
        if name and word in TITLE_STARTS and not _ends_run(text, sequence, index):
            break
        name.append(word)
    before = text[max(0, sequence[k][0] - 40) : sequence[k][0]]
    honorific = _ends_with_honorific(before) or (
        k > 0 and words[k - 1] in ("Ông", "Bà", "Anh", "Chị")
    )
    # "Ông Đồng Văn Tự": after an honorific a name is a name, even one spelled like a place.
    is_place = any(is_place_name(" ".join(words[k : k + j])) for j in (2, 3))
    if len(name) < 2 or (is_place and not honorific):
        return []
    if not honorific and _place_before_name(text, sequence, k):
        return []  # "xã Tân Đoàn Hoàng Văn Hiếu": the level's place, then the name
    # A known family name is one sign of a name; a title beside the run is another.
    if not (
        name[0] in SURNAMES
        or honorific
        or (
            len(name) >= 3  # a two-syllable run with no known family name is rarely a name
            and all(len(word) > 1 for word in name)
            and _has_title_beside(text, sequence[k][0], sequence[k + len(name) - 1][1])
        )
    ):
        return []
    if (
        k > 0
        and not honorific
        and not is_place_name(" ".join(words[:k]))
        and not (k == 2 and _place_before_name(text, sequence, 0))
        and words[k - 1] not in ORG_ABBREVIATIONS
    ):
        return []
    return name


def _place_before_name(text: str, sequence: list[tuple[int, int, str]], k: int) -> bool:
    """ "Bí thư Đảng ủy xã Tân Đoàn Hoàng Văn Hiếu": after a level, the place's two syllables."""
    before = text[max(0, sequence[k][0] - 12) : sequence[k][0]].rstrip()
    return before.endswith(tuple(f" {w}" for w in ADMIN_WORDS)) and place_then_name(
        text, sequence[k][0]
    )


def _ends_run(text: str, sequence: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the run's word at ``index`` is its last, with no word right after it."""
    end = sequence[index][1]
    return index == len(sequence) - 1 and not NEXT_WORD.match(text, end)


_TITLE_SEPARATOR = re.compile(r"\s*(?:,|–|-|\()\s*")


def _has_title_beside(text: str, start: int, end: int) -> bool:
    """ "Chủ tịch UBND tỉnh Mông Văn A", "Mông Văn A, Chủ tịch UBND tỉnh": a title next to it."""
    separator = _TITLE_SEPARATOR.match(text, end)
    if separator:
        head = TITLE_HEAD.match(text, separator.end())
        if head and head.group(0)[:1].isupper():
            return True
    for head in TITLE_HEAD.finditer(text, max(0, start - 80), start):
        if head.group(0)[:1].isupper() and organisation_end(text, head.end()) >= start - 1:
            return True
    return False


def _ends_with_honorific(before: str) -> bool:
    stripped = before.rstrip()
    return (
        stripped.endswith(ANY_CASE_HONORIFICS)
        and any(  # one quick test, then the word's own
            stripped.endswith(h) and not stripped[: -len(h)][-1:].isalpha()
            for h in ANY_CASE_HONORIFICS
        )
    )


def _is_credit(text: str, start: int) -> bool:
    return _CREDIT.search(text[max(0, start - 12) : start]) is not None


def _is_place(normalized: Normalized, start: int, end: int, *, has_title: bool) -> bool:
    text = normalized.text
    if is_place_name(text[start:end]):
        return True
    before = text[max(0, start - 16) : start].lower().rstrip()
    if not before.endswith(_PLACE_BEFORE) or not any(
        before.endswith(w) and not before[: -len(w)][-1:].isalpha() for w in _PLACE_BEFORE
    ):
        return False
    if _ends_with_honorific(text[max(0, start - 16) : start]):
        return False
    # "Chủ tịch UBND tỉnh Lê Ô Pích": a title that ends in "tỉnh" before a name; but two
    # syllables after a level are a place's ("Phó Huyện trưởng huyện Mã Quan (Trung Quốc)").
    return not has_title or (two_syllable_run(text, start) and before.endswith(tuple(ADMIN_WORDS)))


def _titles_after(normalized: Normalized, end: int) -> list[str]:
    text = normalized.text
    separator = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,|-|–|:|\()\s*")
    match = separator.match(text, end)
    positions: list[str] = []
    while match:
        title = title_at(normalized, match.end())
        if title is None:
            break
        title_text, title_end = title
        if name_follows(text, title_end):
            break  # "A, Chủ tịch UBND thành phố B": the title right before B is B's
        positions.append(title_text)
        match = re.compile(r"\s*,\s*").match(text, title_end)
    return positions


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_FOR_PERSON = re.compile(r"\s+đối với\s+(?:ông|bà|đồng chí)\s*$")


def _titles_before(normalized: Normalized, start: int) -> list[str]:
    text = normalized.text
    window_start = max(0, start - 160)
    list_title = _list_title(normalized, start)
    if list_title:
        # "các đồng chí Ủy viên Ban Thường vụ: Trưởng Ban Dân vận A; Giám đốc Công an tỉnh B":
        # the list's title, and each one's own before the name.
        item_start = max(text.rfind(";", window_start, start), text.rfind(":", window_start, start))
        return [list_title, *_titles_ending(normalized, item_start + 1, start)]
    # "miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông Lê Văn Sơn": the title comes first.
    elected = _FOR_PERSON.search(text, window_start, start)
    return _titles_ending(normalized, window_start, elected.start() if elected else start)


def _titles_ending(normalized: Normalized, window_start: int, boundary: int) -> list[str]:
    """The titles that end at ``boundary``, joined by commas or dashes, in the order written."""
    text = normalized.text
    titles: list[str] = []
    while True:
        found = _title_ending_at(normalized, window_start, boundary)
        if found is None:
            break
        title_start, title = found
        titles.insert(0, title)
        comma = re.search(r"(?:,|\s[-–])\s*$", text[window_start:title_start])
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
    for head in TITLE_HEAD.finditer(text, window_start, stripped_end):
        if not head_case_ok(head.group(0)):
            continue
        if organisation_end(text, head.end()) >= stripped_end and text[
            head.start() - 1 : head.start()
        ] in ("", " ", "(", ",", ":", "\n"):
            title = normalized.span(head.start(), stripped_end).text.strip()
            if len(title.split()) >= 2 and not re.search(r"[;:.]", title) and _field_commas(title):
                return head.start(), title
    return None


def _field_commas(title: str) -> bool:
    """No comma, or only commas inside a list of fields joined by "và" ("Sở Lao động, Thương binh
    và Xã hội")."""
    parts = title.split(",")
    return len(parts) == 1 or (
        " và " in parts[-1] and all(is_title_case(p.split()[0]) for p in parts[1:] if p.split())
    )


def _list_title(normalized: Normalized, start: int) -> str | None:
    """ "các Phó Chủ tịch UBND tỉnh: A, B" — the title before the colon goes to every name."""
    text = normalized.text
    # The list runs to the end of the sentence ("T.Ư" is no sentence end), across semicolons.
    boundaries = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    segment_start = boundaries[-1] if boundaries else max(0, start - 400)
    colon = text.rfind(":", segment_start, start)
    if colon == -1 or not re.fullmatch(r"[\s\w,;–-]*", text[colon + 1 : start].replace("và", ",")):
        return None
    heads = list(re.finditer(r"(?<![\w])[Cc]ác ", text[segment_start:colon]))
    if not heads:
        return None
    phrase_start = segment_start + heads[-1].end()
    phrase = text[phrase_start:colon].strip()
    phrase = re.sub(r"^(?:đồng chí|vị)\s+", "", phrase)
    match = TITLE_HEAD.match(phrase)
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
