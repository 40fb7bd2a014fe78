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
    ORG_ABBREVIATIONS,
    STOP_PHRASES,
    STOP_WORDS,
    SURNAMES,
    TITLE_HEADS,
    TITLE_STARTS,
)
from dondoc.intake.lexicon.places import is_place_name
from dondoc.intake.normalize import Normalized, match_key
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
# The honorifics as written in lower case, and capitalised at a sentence's start.
ANY_CASE_HONORIFICS = HONORIFICS + tuple(h[:1].upper() + h[1:] for h in HONORIFICS)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_GLUED_WORD = re.compile(r"\s*([^\W\d_]+)")  # "VH-TT&DL": a dash may join without spaces
_NEXT_WORDS = re.compile(r"((?:\s+[^\W\d_]+){1,3})")
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
    # A capitalised pair with neither a title nor an honorific is more often a place ("Hồ Tây").
    kept = [p for p in people.values() if p.positions or p.has_honorific]
    mentions = [PersonMention(p.name, tuple(p.positions), tuple(p.spans)) for p in kept]
    return mentions, _byline(normalized)


_OCCASION = re.compile(
    r"(?:phó\s+)?trưởng\s+đoàn(?:\s+(?:công tác|kiểm tra|giám sát|khảo sát)(?:\s+số\s+\d+)?)?(?:\s+của\s+.*)?",
    re.IGNORECASE,
)


def is_role_of_the_occasion(position: str) -> bool:
    """ "Trưởng đoàn công tác": a role of the event, not a position (the annotation guide)."""
    return _OCCASION.fullmatch(position) is not None


def _is_role_of_the_occasion(text: str, position: str) -> bool:
    """ "làm Trưởng đoàn", "Trưởng đoàn công tác": roles of the event, not positions (guide)."""
    return _OCCASION.fullmatch(position) is not None


def _is_title_case(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word.isalpha()


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
    sequences: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for match in re.finditer(r"[^\W\d_]+", text):
        word = match.group(0)
        joined = current and text[current[-1][1] : match.start()] == " "
        if _is_title_case(word) and (joined or not current):
            current.append((match.start(), match.end(), word))
            continue
        if len(current) >= 2:
            sequences.append(current)
        current = [(match.start(), match.end(), word)] if _is_title_case(word) else []
    if len(current) >= 2:
        sequences.append(current)
    return sequences


def _name_at(text: str, sequence: list[tuple[int, int, str]], k: int) -> list[str]:
    words = [word for _, _, word in sequence]
    if words[k] in ("Ông", "Bà", "Anh", "Chị") or words[k] in TITLE_STARTS:
        return []
    name: list[str] = []
    for word in words[k : k + 5]:
        if name and word in TITLE_STARTS:
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
        and words[k - 1] not in ORG_ABBREVIATIONS
    ):
        return []
    return name


_TITLE_SEPARATOR = re.compile(r"\s*(?:,|–|-|\()\s*")


def _has_title_beside(text: str, start: int, end: int) -> bool:
    """ "Chủ tịch UBND tỉnh Mông Văn A", "Mông Văn A, Chủ tịch UBND tỉnh": a title next to it."""
    separator = _TITLE_SEPARATOR.match(text, end)
    if separator:
        head = _TITLE_HEAD.match(text, separator.end())
        if head and head.group(0)[:1].isupper():
            return True
    for head in _TITLE_HEAD.finditer(text, max(0, start - 80), start):
        if head.group(0)[:1].isupper() and _tail_end(text, head.end()) >= start - 1:
            return True
    return False


def _ends_with_honorific(before: str) -> bool:
    stripped = before.rstrip()
    return any(
        stripped.endswith(h) and not stripped[: -len(h)][-1:].isalpha() for h in ANY_CASE_HONORIFICS
    )


def _is_credit(text: str, start: int) -> bool:
    return _CREDIT.search(text[max(0, start - 12) : start]) is not None


def _is_place(normalized: Normalized, start: int, end: int, *, has_title: bool) -> bool:
    text = normalized.text
    if is_place_name(text[start:end]):
        return True
    before = text[max(0, start - 16) : start].lower().rstrip()
    if not any(before.endswith(w) and not before[: -len(w)][-1:].isalpha() for w in _PLACE_BEFORE):
        return False
    # "Chủ tịch UBND tỉnh Lê Ô Pích": a title that ends in "tỉnh" before a name.
    return not (_ends_with_honorific(text[max(0, start - 16) : start]) or has_title)


def _titles_after(normalized: Normalized, end: int) -> list[str]:
    text = normalized.text
    separator = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,|-|–|:|\()\s*")
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


def read_title(
    normalized: Normalized, start: int, *, allow_lower_case: bool = False
) -> tuple[str, int] | None:
    """The title starting at ``start`` ("Chủ tịch UBND tỉnh") and where it ends, or None.

    With ``allow_lower_case`` the organisation may be written in lower case ("Bí thư tỉnh ủy X").
    """
    found = _title_at(normalized, start)
    if found is None or not allow_lower_case:
        return found
    head = _TITLE_HEAD.match(normalized.text, start)
    end = normalized.text.find(":", start, start + 80)
    if head is None or end == -1 or "\n" in normalized.text[start:end]:
        return found
    title = normalized.text[start:end].strip()
    return (title, start + len(title)) if len(title.split()) <= 12 else found


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


def organisation_end(text: str, position: int) -> int:
    """Where an organisation's name starting at ``position`` ends ("Ban Thường vụ Tỉnh ủy")."""
    return _tail_end(text, position)


def _tail_end(text: str, position: int) -> int:
    """Where the organisation after a title head ends: before a verb, a name or punctuation."""
    end = position
    lower_run = 0
    previous = ""
    for match in _TOKEN.finditer(text, position):
        gap = text[end : match.start()]
        word = match.group(0)
        if word == ",":
            continue
        if gap not in ("", " ") and not _continues_after_comma(text, gap, word, match.start()):
            break
        kind = _org_token_kind(text, match, word, previous=previous)
        if kind is None or (kind == "lower" and lower_run >= 4):
            break
        lower_run = lower_run + 1 if kind == "lower" else 0
        if word.lower() in ADMIN_WORDS:
            previous = "admin"
        elif is_place_name(word) or is_place_name(f"{previous} {word}"):
            previous = "place"  # "Thành ủy Lạng Sơn lựa chọn…": a place ends the name
        else:
            previous = word
        end = match.end()
    return _trim(text, position, end)


def _continues_after_comma(text: str, gap: str, word: str, start: int) -> bool:
    """ "Sở Văn hóa, Thể thao và Du lịch": a comma inside a list of fields joined by "và"."""
    if gap.strip() != "," or not _is_title_case(word) or word in SURNAMES or word in TITLE_STARTS:
        return False
    if _TITLE_HEAD.match(text, start) is not None:
        return False
    chunk = re.split(r"[,;.:()]", text[start : start + 60], maxsplit=1)[0]
    return " và " in chunk


def _org_token_kind(  # noqa: PLR0911 - one rule a line reads better than a table here
    text: str, match: re.Match[str], word: str, *, previous: str
) -> str | None:
    """ "upper" for a capitalised word or abbreviation, "lower" for a continuing word, else None."""
    if word in ORG_ABBREVIATIONS:
        return "upper"
    if word in ("&", "-", "–"):
        following = _GLUED_WORD.match(text, match.end())
        if following is None or not following.group(1)[:1].isupper():
            return None
        return "upper" if _TITLE_HEAD.match(text, following.start(1)) is None else None
    if word.isdigit() or re.fullmatch(r"[IVXLC]+", word):
        return "upper"
    if _is_title_case(word) or (word.isupper() and len(word) > 1):
        # "tỉnh Bắc Giang Đỗ Văn Nam": "Giang" ends the place, it does not start the name.
        if is_place_name(f"{previous} {word}"):
            return "upper"
        return None if _starts_person_name(text, match) else "upper"
    lower = word.lower()
    if lower in STOP_WORDS or not lower.isalpha() or _starts_stop_phrase(text, match):
        return None
    if lower == "và" and not _joins_fields(text, match.end()):
        return None
    if lower in ADMIN_WORDS:
        return "upper"
    # After "tỉnh", "huyện"… comes a place name or "ủy", not more lower-case words.
    if previous == "place":
        return None
    # "Xã hội" (society) is no commune: "Sở Lao động, Thương binh và Xã hội".
    return None if previous == "admin" and lower not in ("ủy", "uỷ", "hội") else "lower"


def _starts_stop_phrase(text: str, match: re.Match[str]) -> bool:
    following = _NEXT_WORD.match(text, match.end())
    return (
        following is not None
        and f"{match.group(0).lower()} {following.group(1).lower()}" in STOP_PHRASES
    )


def _joins_fields(text: str, position: int) -> bool:
    """ "và" inside a name joins fields ("Nông nghiệp và Phát triển"), not two bodies ("HĐND và UBND")."""
    following = _NEXT_WORD.match(text, position)
    if following is None or not following.group(1)[:1].isupper():
        return False
    return following.group(1) not in TITLE_STARTS and following.group(1) not in ("MTTQ", "Thường")


def _starts_person_name(text: str, match: re.Match[str]) -> bool:
    """True when a surname starts here and is followed by a given name, not by a place's rest."""
    if match.group(0) not in SURNAMES:
        return False
    following = _NEXT_WORDS.match(text, match.end())
    if following is None:
        return False
    words = following.group(1).split()
    if not _is_title_case(words[0]) or words[0] in TITLE_STARTS:
        return False
    return not any(is_place_name(" ".join([match.group(0), *words[:j]])) for j in (1, 2))


def _trim(text: str, start: int, end: int) -> int:
    words = text[start:end].split(" ")
    while len(words) > 1 and words[-1].lower() in ("và", "-", "–", "&", "của"):
        words.pop()
    return start + len(" ".join(words))


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_FOR_PERSON = re.compile(r"\s+đối với\s+(?:ông|bà|đồng chí)\s*$")


def _titles_before(normalized: Normalized, start: int) -> list[str]:
    text = normalized.text
    window_start = max(0, start - 160)
    list_title = _list_title(normalized, start)
    if list_title:
        return [list_title]
    titles: list[str] = []
    # "miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông Lê Văn Sơn": the title comes first.
    elected = _FOR_PERSON.search(text, window_start, start)
    boundary = elected.start() if elected else start
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
    for head in _TITLE_HEAD.finditer(text, window_start, stripped_end):
        if not _head_case_ok(head.group(0)):
            continue
        if _tail_end(text, head.end()) >= stripped_end and text[
            head.start() - 1 : head.start()
        ] in ("", " ", "(", ",", ":"):
            title = normalized.span(head.start(), stripped_end).text.strip()
            if len(title.split()) >= 2 and not re.search(r"[;:.]", title) and _field_commas(title):
                return head.start(), title
    return None


def _field_commas(title: str) -> bool:
    """No comma, or only commas inside a list of fields joined by "và" ("Sở Lao động, Thương binh
    và Xã hội")."""
    parts = title.split(",")
    return len(parts) == 1 or (
        " và " in parts[-1] and all(_is_title_case(p.split()[0]) for p in parts[1:] if p.split())
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
