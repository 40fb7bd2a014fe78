"""Normalisation for matching, with a map back to the original text.

Text may be NFC or NFD, may place tone marks the old way ("hoà", "thuỷ", "Uỷ") or the new way
("hòa", "thủy", "Ủy"), and may carry non-breaking or doubled spaces. Matching runs on one
normal form: NFC, new-style tone placement, every space character a plain space. Each character
of the normal form remembers where it came from, so a match maps back to a span of the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dondoc.core.text import char_map
from dondoc.intake.spans import Span

_TONES = "\u0300\u0301\u0303\u0309\u0323"
# Old-style placement puts the tone on the second vowel of "oa", "oe", "uy"; we move it to the
# first. Only when nothing follows the pair: "hoàng", "khuyến", "thuyền" keep theirs.
_OLD_STYLE = re.compile(r"([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![^\W\d_])")
_plain_spaces = char_map(dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u3000\t", " "))


@dataclass(frozen=True)
class Normalized:
    """The normal form of ``original``; ``offsets[i]`` is where character ``i`` starts there."""

    text: str
    original: str
    offsets: Sequence[int]

    def span(self, start: int, end: int) -> Span:
        """The span of the original text that normal-form range [start, end) came from."""
        original_start = self.offsets[start]
        original_end = self.offsets[end] if end < len(self.offsets) else len(self.original)
        return Span(original_start, original_end, self.original[original_start:original_end])


def normalize(original: str) -> Normalized:
    """Return the normal form of ``original`` with its offset map.

    >>> n = normalize("Uỷ ban hoà bình, quý")
    >>> n.text, n.span(0, 2).text
    ('Ủy ban hòa bình, quý', 'Uỷ')
    """
    if unicodedata.is_normalized("NFC", original):
        # The common case, and a fast one: moving a tone within a pair and replacing a space
        # keep every character where it was, so the offsets are the identity.
        moved = _plain_spaces(_OLD_STYLE_NFC.sub(_move_tone, original))
        return Normalized(moved, original, range(len(original)))
    pieces: list[str] = []
    offsets: list[int] = []
    for start, cluster in _clusters(original):
        decomposed = unicodedata.normalize("NFD", cluster)
        if _is_last_in_word(original, start + len(cluster)):
            decomposed = _OLD_STYLE.sub(r"\1\3\2", decomposed)
        bases = [start + i for i, char in enumerate(cluster) if not unicodedata.combining(char)]
        for k, char in enumerate(_plain_spaces(unicodedata.normalize("NFC", decomposed))):
            pieces.append(char)
            offsets.append(bases[k] if k < len(bases) else start)
    return Normalized("".join(pieces), original, tuple(offsets))


_TONED = "".join(
    unicodedata.normalize("NFC", vowel + tone) for vowel in "aeyAEY" for tone in _TONES
)
_OLD_STYLE_NFC = re.compile(rf"(?<![qQ])([oOuU])([{_TONED}])(?![^\W\d_])")


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), unicodedata.normalize("NFD", match.group(2))
    return unicodedata.normalize("NFC", first + second[1:]) + second[0]


def _clusters(text: str) -> list[tuple[int, str]]:
    """Split into base letters with their combining marks, keeping "oa", "oe", "uy" together."""
    clusters: list[tuple[int, str]] = []
    for index, char in enumerate(text):
        if clusters and (unicodedata.combining(char) or _continues_pair(text, clusters[-1], char)):
            start, cluster = clusters[-1]
            clusters[-1] = (start, cluster + char)
        else:
            clusters.append((index, char))
    return clusters


def _continues_pair(text: str, cluster: tuple[int, str], char: str) -> bool:
    start, letters = cluster
    if len(letters) != 1 or letters.lower() not in "ou":
        return False
    if start > 0 and text[start - 1] in "qQ":  # "quý" is qu + ý, not u + y
        return False
    return unicodedata.normalize("NFD", char)[0] in "aeyAEY"


def _is_last_in_word(text: str, end: int) -> bool:
    following = text[end : end + 1]
    return not following.isalpha()


@lru_cache(maxsize=4096)  # names and titles, compared again and again (#9 speed)
def match_key(text: str) -> str:
    """The key two spellings of one name or title share: normal form, case-folded, single spaces.

    >>> match_key("Uỷ  viên") == match_key("ủy viên")
    True
    """
    return " ".join(normalize(text).text.casefold().split())
