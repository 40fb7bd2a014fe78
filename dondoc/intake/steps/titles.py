"""Titles and the organisations in them: "Bí thư Tỉnh ủy", "Giám đốc Sở Văn hóa, Thể thao và Du
lịch", "Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương", "Phó Trưởng Ban Chỉ đạo …".

A title is a head ("Chủ tịch", "Phó Bí thư", "Quyền Giám đốc") and the organisation after it, read
word by word: capitals and abbreviations go on, lower-case words go on a few at a time, a verb, a
person's name, a place that ends it or punctuation ends it; a comma goes on only inside a list of
fields joined by "và" or before the body a part belongs to. Split from the people step (#9).
"""

from __future__ import annotations

import re

from dondoc.intake.alternations import alternation
from dondoc.intake.lexicon.people import (
    ADMIN_WORDS,
    BODIES_NAMED_FOR_WORK,
    NOUNS_OF_STOP_WORDS,
    OFFICES_OF_TWO_BODIES,
    ORG_ABBREVIATIONS,
    PARENT_BODIES,
    PARTS_OF_BODIES,
    STOP_PHRASES,
    STOP_WORDS,
    SURNAMES,
    TITLE_HEADS,
    TITLE_STARTS,
)
from dondoc.intake.lexicon.places import is_place_name
from dondoc.intake.normalize import Normalized

_ADMIN_LEVELS: dict[str, list[str]] = {}
for _level in ADMIN_WORDS:
    _ADMIN_LEVELS.setdefault(_level.split()[0], []).append(_level)
_ADMIN_SECOND = frozenset(level.split()[1] for level in ADMIN_WORDS if " " in level)
_TOKEN = re.compile(r"[^\W\d_]+(?:&[^\W\d_]+)*(?:\.[^\W\d_]+\.?)?|\d+[A-Za-z]?|[^\w\s]")
TITLE_HEAD = re.compile(
    r"(?:(?:nguyên|Nguyên|Quyền|quyền)\s+)?(?:"
    + alternation(TITLE_HEADS, flags=re.IGNORECASE)
    + r")(?![\w])",
    re.IGNORECASE,
)
NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_GLUED_WORD = re.compile(r"\s*([^\W\d_]+)")  # "VH-TT&DL": a dash may join without spaces
NEXT_WORDS = re.compile(r"((?:\s+[^\W\d_]+){1,3})")
_LOWER_RUN = 4  # lower-case words in a row an organisation's name may hold
_PURPOSE_RUN = 7  # and a board named for its purpose ("Ban Chỉ đạo phòng, chống …")
_PLACE_AHEAD = 4  # more lower-case words allowed when the name ends in a level and a place
_WORDS_AHEAD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_TWO_WORDS = re.compile(r" ([^\W\d_]+) ([^\W\d_]+)")
_ROMAN = re.compile(r"[IVXLC]+")


def is_title_case(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word.isalpha()


def name_follows(text: str, position: int) -> bool:
    """Whether a person's name starts after ``position``: a known family name, then a capital."""
    words = _TWO_WORDS.match(text, position)
    return words is not None and words.group(1) in SURNAMES and is_title_case(words.group(2))


def title_at(
    normalized: Normalized, start: int, *, any_case: bool = False
) -> tuple[str, int] | None:
    text = normalized.text
    head = TITLE_HEAD.match(text, start)
    if head is None or not (any_case or head_case_ok(head.group(0))):
        return None
    end = _tail_end(text, head.end())
    if end == head.end() and head.group(0).split()[-1] in ("Phó", "Trưởng", "Thường trực"):
        return None
    return normalized.span(start, end).text.strip(), end


def read_title(
    normalized: Normalized, start: int, *, allow_lower_case: bool = False, any_case: bool = False
) -> tuple[str, int] | None:
    """The title starting at ``start`` ("Chủ tịch UBND tỉnh") and where it ends, or None.

    With ``allow_lower_case`` the organisation may be written in lower case ("Bí thư tỉnh ủy X");
    with ``any_case`` the head too, where the words before say a title follows ("chức vụ đại
    biểu HĐND tỉnh").
    """
    found = title_at(normalized, start, any_case=any_case)
    if found is None or not allow_lower_case:
        return found
    head = TITLE_HEAD.match(normalized.text, start)
    end = normalized.text.find(":", start, start + 80)
    if head is None or end == -1 or "\n" in normalized.text[start:end]:
        return found
    title = normalized.text[start:end].strip()
    return (title, start + len(title)) if len(title.split()) <= 12 else found


def head_case_ok(head: str) -> bool:
    """Whether a title head is written as titles are: capitalised, or one of the heads written in
    lower case too ("nguyên Chủ tịch", "phó chủ tịch", ", đại biểu HĐND tỉnh")."""
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
        "đại",
    )


def organisation_end(text: str, position: int) -> int:
    """Where an organisation's name starting at ``position`` ends ("Ban Thường vụ Tỉnh ủy")."""
    return _tail_end(text, position)


def _tail_end(text: str, position: int) -> int:
    """Where the organisation after a title head ends: before a verb, a name or punctuation."""
    end = position
    lower_run = 0
    place_run = 0  # capitalised words after a level: its place's name
    place_words = 0
    longest_run = _LOWER_RUN
    head = _LAST_WORD.search(text, max(0, position - 20), position)
    previous = head.group(1) if head else ""
    for match in _TOKEN.finditer(text, position):
        gap = text[end : match.start()]
        word = match.group(0)
        if word == ",":
            continue
        if gap not in ("", " ") and not (
            _continues_after_comma(text, gap, word, match.start())
            or _parent_after_comma(text, position, gap, match.start())
        ):
            break
        if previous == "admin" and place_then_name(text, match.start()):
            place_words = 2  # "xã Tân Đoàn Hoàng Văn Hiếu": the place's two syllables
        kind = "upper" if place_words else _org_token_kind(text, match, word, previous=previous)
        place_words = max(0, place_words - 1)
        if kind == "lower" and lower_run >= longest_run and _reaches_a_place(text, match.start()):
            longest_run = lower_run + _PLACE_AHEAD  # "Tổ hợp tác trồng rau an toàn xã Tân Vinh"
        if kind is None or (kind == "lower" and lower_run >= longest_run):
            break
        if kind == "lower" and place_run >= 2 and word.lower() not in ("và", "ủy", "uỷ"):
            break  # "UBND xã Tân Đoàn tiếp đoàn": no lower-case word after a level's place
        after_level = previous in ("admin", "place") or place_run > 0
        place_run = place_run + 1 if after_level and kind == "upper" else 0
        lower_run = lower_run + 1 if kind == "lower" else 0
        if previous.lower() == "chỉ" and word == "đạo":
            # "Ban Chỉ đạo chống thất thu ngân sách tỉnh": a board named for its purpose at length
            longest_run = _PURPOSE_RUN
        if _is_admin(text, match):
            previous = "admin"
        elif is_place_name(word) or is_place_name(f"{previous} {word}"):
            previous = "place"  # "Thành ủy Lạng Sơn lựa chọn…": a place ends the name
        else:
            previous = word
        end = match.end()
    return _trim(text, position, end)


def _reaches_a_place(text: str, start: int) -> bool:
    """Whether a few more lower-case words from ``start`` end in a level and a place's name: a
    body named at length for what it does, and where ("tổ hợp tác trồng rau an toàn xã Tân Vinh")."""
    words = list(_WORDS_AHEAD.finditer(text, start, start + 80))[: _PLACE_AHEAD + 2]
    for index, word in enumerate(words[:-1]):
        lower = word.group(0).lower()
        if word.group(0) != lower or lower in STOP_WORDS or _starts_stop_phrase(text, word):
            return False
        if _is_admin(text, word):
            level_words = len(lower.split()) + (1 if lower in ("thành", "thị") else 0)
            following = words[index + level_words] if index + level_words < len(words) else None
            return following is not None and is_title_case(following.group(0))
    return False


def _continues_after_comma(text: str, gap: str, word: str, start: int) -> bool:
    """ "Sở Văn hóa, Thể thao và Du lịch": a comma inside a list of fields joined by "và"."""
    if gap.strip() != "," or not is_title_case(word) or word in SURNAMES or word in TITLE_STARTS:
        return False
    if TITLE_HEAD.match(text, start) is not None:
        return False
    chunk = re.split(r"[,;.:()]", text[start : start + 60], maxsplit=1)[0]
    return " và " in chunk


def _parent_after_comma(text: str, position: int, gap: str, start: int) -> bool:
    """ "Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ": a part of a body, then the body it belongs to."""
    while position < len(text) and text[position] == " ":
        position += 1
    if gap.strip() != "," or not any(text.startswith(h + " ", position) for h in PARTS_OF_BODIES):
        return False
    parent = next((h for h in PARENT_BODIES if text.startswith(h + " ", start)), None)
    if parent is None or TITLE_HEAD.match(text, start) is not None:
        return False
    following = NEXT_WORD.match(text, start + len(parent))
    return following is not None and following.group(1)[:1].isupper()


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
        return "upper" if TITLE_HEAD.match(text, following.start(1)) is None else None
    if word.isdigit() or _ROMAN.fullmatch(word):
        return "upper"
    if is_title_case(word) or (word.isupper() and len(word) > 1):
        # "tỉnh Bắc Giang Đỗ Văn Nam": "Giang" ends the place, it does not start the name.
        if is_place_name(f"{previous} {word}") or (
            previous == "admin" and two_syllable_run(text, match.start())
        ):
            return "upper"  # "huyện Mã Quan (Trung Quốc)": after a level, a place
        return None if _starts_person_name(text, match) else "upper"
    lower = word.lower()
    # "Ủy ban kiểm tra", "Ban chỉ đạo", "Tổ công tác": a body named for its work.
    named_for_work = previous.lower() in BODIES_NAMED_FOR_WORK
    if (lower in STOP_WORDS and not _is_noun(text, match)) or not lower.isalpha():
        return None
    if _starts_stop_phrase(text, match) and not named_for_work:
        return None
    if lower == "và" and not (_joins_fields(text, match.end()) or _joins_bodies(text, match)):
        return None
    if _is_admin(text, match) or (previous == "admin" and lower in _ADMIN_SECOND):
        return "upper"
    # After "tỉnh", "huyện"… comes a place name or "ủy", not more lower-case words.
    if previous == "place":
        return None
    # "Xã hội" (society) is no commune: "Sở Lao động, Thương binh và Xã hội".
    return None if previous == "admin" and lower not in ("ủy", "uỷ", "hội") else "lower"


def _is_noun(text: str, match: re.Match[str]) -> bool:
    """ "dự án", "dự toán": a stop word that starts a noun here ("Ban Quản lý dự án")."""
    following = NEXT_WORD.match(text, match.end())
    return following is not None and f"{match.group(0)} {following.group(1)}" in NOUNS_OF_STOP_WORDS


def _is_admin(text: str, match: re.Match[str]) -> bool:
    """A level at ``match``: "tỉnh", "thành phố", "thị xã" ("thị trường" is none)."""
    for level in _ADMIN_LEVELS.get(match.group(0).lower(), ()):
        written = text[match.start() : match.start() + len(level)].lower()
        following = text[match.start() + len(level) : match.start() + len(level) + 1]
        if written == level and not following.isalpha():
            return True
    return False


def _starts_stop_phrase(text: str, match: re.Match[str]) -> bool:
    following = NEXT_WORD.match(text, match.end())
    return (
        following is not None
        and f"{match.group(0).lower()} {following.group(1).lower()}" in STOP_PHRASES
    )


def _joins_fields(text: str, position: int) -> bool:
    """ "và" inside a name joins fields ("Nông nghiệp và Phát triển"), not two bodies ("HĐND và UBND")."""
    following = NEXT_WORD.match(text, position)
    if following is None or not following.group(1)[:1].isupper():
        return False
    return following.group(1) not in TITLE_STARTS and following.group(1) not in ("MTTQ", "Thường")


_FOUR_WORDS = re.compile(r"(\w+) (\w+) (\w+) (\w+)")


def place_then_name(text: str, start: int) -> bool:
    """ "Tân Đoàn Hoàng Văn Hiếu" after a level: a first syllable that is no family name, and a
    family name third, so the place is two syllables and a person's name follows."""
    words = _FOUR_WORDS.match(text, start)
    return (
        words is not None
        and all(is_title_case(w) for w in words.groups())
        and words.group(1) not in SURNAMES
        and words.group(3) in SURNAMES
    )


def two_syllable_run(text: str, start: int) -> bool:
    """Whether exactly two capitalised syllables start at ``start`` ("Mã Quan (…", "Mã Quan,")."""
    words = _TWO_WORDS.match(text, start - 1) if start > 0 else None
    if words is None or not (is_title_case(words.group(1)) and is_title_case(words.group(2))):
        return False
    following = NEXT_WORD.match(text, words.end())
    return following is None or not is_title_case(following.group(1))


def _joins_bodies(text: str, match: re.Match[str]) -> bool:
    """ "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office that serves two bodies."""
    for office in OFFICES_OF_TWO_BODIES:
        joint = office.index(" và ") + 1
        if text.startswith(office, match.start() - joint):
            return True
    return False


def _starts_person_name(text: str, match: re.Match[str]) -> bool:
    """True when a surname starts here and is followed by a given name, not by a place's rest."""
    if match.group(0) not in SURNAMES:
        return False
    following = NEXT_WORDS.match(text, match.end())
    if following is None:
        return False
    words = following.group(1).split()
    if not is_title_case(words[0]) or words[0] in TITLE_STARTS:
        return False
    return not any(is_place_name(" ".join([match.group(0), *words[:j]])) for j in (1, 2))


def _trim(text: str, start: int, end: int) -> int:
    words = text[start:end].split(" ")
    while len(words) > 1 and words[-1].lower() in ("và", "-", "–", "&", "của"):
        words.pop()
    return start + len(" ".join(words))
