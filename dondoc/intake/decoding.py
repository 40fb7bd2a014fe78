"""Bytes to text: UTF-8 (with or without BOM), UTF-16, Windows-1258, TCVN3 and VNI, detected.

Legacy 8-bit files are decoded every way they could be, and the reading with the most common
Vietnamese words wins. Bytes that are not text in any of them are refused with a reason.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from dondoc.intake.errors import InputTooLargeError, NotTextError
from dondoc.intake.lexicon.legacy_encodings import TCVN3, VNI

MAX_BYTES = 8 * 1024 * 1024
# Frequent words of administrative Vietnamese, to tell a right decoding from mojibake.
_COMMON = frozenset(
    """
    của và các được trong năm với người này cho những một có đã là tỉnh công tác hội thực hiện
    đồng chí nhân dân phát triển kinh tế xã huyện thành phố ủy ban quản lý nhiệm vụ đến về
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes) -> tuple[str, str]:
    """Return the text in ``data`` and the name of the encoding it was in.

    >>> decode("Nghị quyết".encode("utf-16"))
    ('Nghị quyết', 'utf-16')
    >>> decode(b"C\\xf4ng t\\xe1c cu\\xd2a ti\\xd2nh v\\xe0 huy\\xea\\xf2n")
    ('Công tác của tỉnh và huyện', 'windows-1258')
    """
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(f"the input has {len(data):,} bytes; the limit is {MAX_BYTES:,}")
    if not data.strip():
        raise NotTextError("the input is empty")
    text, encoding = _decode(data)
    if "\x00" in text:  # never in a written text, and no database stores it (#8)
        raise NotTextError(f"the input holds a NUL character (read as {encoding})")
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise NotTextError(f"the input does not look like text (read as {encoding})")
    return unicodedata.normalize("NFC", text), encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, codec, name in (
        (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-bom"),
        (b"\xff\xfe", "utf-16", "utf-16"),
        (b"\xfe\xff", "utf-16", "utf-16"),
    ):
        if data.startswith(bom):
            return _strict(data, codec, name)
    utf16 = _bomless_utf16(data)
    if utf16:
        return _strict(data, utf16, utf16)
    if b"\x00" in data:
        raise NotTextError("the input holds NUL bytes: it is a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    readings = [
        (data.decode("cp1258", errors="replace"), "windows-1258"),
        (_tcvn3(data), "tcvn3"),
        (_vni(data), "vni"),
    ]
    return max(readings, key=lambda reading: _score(reading[0]))


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as error:
        message = f"the input starts like {name} but is not valid {name} at byte {error.start}"
        raise NotTextError(message) from error


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:2000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zeros, odd_zeros = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
        return "utf-16-be"
    return None


def _score(text: str) -> int:
    common = sum(1 for word in _WORD.findall(text.lower()) if word in _COMMON)
    return common - 3 * text.count("\ufffd")


def _tcvn3(data: bytes) -> str:
    return "".join(TCVN3.get(byte, chr(byte)) for byte in data)


@lru_cache(maxsize=1)
def _vni_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    by_spelling = {spelling: letter for letter, spelling in VNI.items()}
    alternatives = sorted(by_spelling, key=len, reverse=True)
    return re.compile("|".join(re.escape(a) for a in alternatives)), by_spelling


def _vni(data: bytes) -> str:
    pattern, by_spelling = _vni_pattern()
    return pattern.sub(lambda m: by_spelling[m.group(0)], data.decode("cp1252", errors="replace"))
