"""Keys to compare unit names as texts write them: accents, case and the usual abbreviations.

A letter writes "UBND huyện", the unit tree holds "Ủy ban nhân dân huyện Bắc Hà"; both give the
same words once folded and with the abbreviations spelt out (#9).
"""

from __future__ import annotations

import re

from dondoc.core.text import fold

# Folded abbreviation -> folded words, only those that mean one thing in a unit's name ("TT" may be
# "Thường trực" or "thị trấn", "ĐT" "đầu tư" or "đào tạo": left as written).
ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "mttq": "mat tran to quoc",
    "ubmttq": "uy ban mat tran to quoc",
    "ubkt": "uy ban kiem tra",
    "bch": "ban chap hanh",
    "btv": "ban thuong vu",
    "dbqh": "dai bieu quoc hoi",
    "tp": "thanh pho",
}
_WORDS = re.compile(r"[a-z0-9]+")


def unit_key(name: str) -> str:
    """The folded words of a unit's name with its abbreviations spelt out.

    >>> unit_key("UBND tỉnh Lạng Sơn") == unit_key("Ủy ban nhân dân  Tỉnh Lạng Sơn")
    True
    >>> unit_key("Sở Văn hóa, Thể thao & Du lịch")
    'so van hoa the thao va du lich'
    """
    words = _WORDS.findall(fold(name).replace("&", " va "))
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)


def is_unit_key_prefix(short: str, long: str) -> bool:
    """True when the key ``short`` is ``long`` or its first whole words.

    >>> is_unit_key_prefix("xa an", "xa an phu"), is_unit_key_prefix("xa an", "xa anh son")
    (True, False)
    """
    return bool(short) and (long == short or long.startswith(f"{short} "))
