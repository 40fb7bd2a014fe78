"""Text normalisation for the core's parsers: NFC, unified dashes and spaces, accent folding."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence


def char_map(mapping: dict[str, str]) -> Callable[[str], str]:
    """A function that replaces characters as ``str.translate`` does, at a regex scan's speed.

    ``str.translate`` looks every character of the text up in its table (0.1 ms a page); a
    regex finds the few characters to replace (#9's speed bar).

    >>> dashes = char_map({"\u2013": "-", "\u2044": "/"})
    >>> dashes("2016\u20132020 3\u20444")
    '2016-2020 3/4'
    """
    found = re.compile("[" + "".join(re.escape(char) for char in mapping) + "]")
    if len(set(mapping.values())) == 1:
        replacement = next(iter(mapping.values())).replace("\\", "\\\\")
        return lambda text: found.sub(replacement, text)
    return lambda text: found.sub(lambda match: mapping[match.group(0)], text)


_unify_dashes = char_map(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014", "-"))
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Return ``text`` in NFC with dashes unified and runs of whitespace made one space.

    >>> clean("giai  đoạn 2016\u20132020 ")
    'giai đoạn 2016-2020'
    """
    return _SPACES.sub(" ", _unify_dashes(unicodedata.normalize("NFC", text))).strip()


def nfc_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """Return ``text`` in NFC with dashes unified, and where each character starts in ``text``.

    The map has one more entry, ``len(text)``, so that an end offset maps too.

    >>> nfc_with_offsets("quy\u0301 I\u20132")
    ('quý I-2', (0, 1, 2, 4, 5, 6, 7, 8))
    """
    if unicodedata.is_normalized("NFC", text):
        # The common case: the identity map, as a range (a tuple of 2 million ints is 70 MB).
        return _unify_dashes(text), range(len(text) + 1)
    pieces: list[str] = []
    offsets: list[int] = []
    start = 0
    for end in range(1, len(text) + 1):
        if end == len(text) or not unicodedata.combining(text[end]):
            composed = unicodedata.normalize("NFC", text[start:end])
            pieces.append(composed)
            offsets.extend([start] * len(composed))
            start = end
    return _unify_dashes("".join(pieces)), (*offsets, len(text))


def fold(text: str) -> str:
    """Return an accent- and case-insensitive key: ``fold("Lạng Sơn") == fold("lang son")``.

    >>> fold("Uỷ ban") == fold("ỦY BAN") == "uy ban"
    True
    """
    decomposed = unicodedata.normalize("NFD", clean(text).replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("\u00d0", "D").casefold()
