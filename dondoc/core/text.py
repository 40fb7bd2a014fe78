"""Text normalisation for the core's parsers: NFC, unified dashes and spaces, accent folding."""

from __future__ import annotations

import re
import unicodedata

_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Return ``text`` in NFC with dashes unified and runs of whitespace made one space.

    >>> clean("giai  đoạn 2016\u20132020 ")
    'giai đoạn 2016-2020'
    """
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_DASHES)).strip()


def nfc_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """Return ``text`` in NFC with dashes unified, and where each character starts in ``text``.

    The map has one more entry, ``len(text)``, so that an end offset maps too.

    >>> nfc_with_offsets("quy\u0301 I\u20132")
    ('quý I-2', (0, 1, 2, 4, 5, 6, 7, 8))
    """
    if unicodedata.is_normalized("NFC", text):
        return text.translate(_DASHES), (*range(len(text)), len(text))
    pieces: list[str] = []
    offsets: list[int] = []
    start = 0
    for end in range(1, len(text) + 1):
        if end == len(text) or not unicodedata.combining(text[end]):
            composed = unicodedata.normalize("NFC", text[start:end])
            pieces.append(composed)
            offsets.extend([start] * len(composed))
            start = end
    return "".join(pieces).translate(_DASHES), (*offsets, len(text))


def fold(text: str) -> str:
    """Return an accent- and case-insensitive key: ``fold("Lạng Sơn") == fold("lang son")``.

    >>> fold("Uỷ ban") == fold("ỦY BAN") == "uy ban"
    True
    """
    decomposed = unicodedata.normalize("NFD", clean(text).replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("\u00d0", "D").casefold()
