"""Place names, so that "Lâm Đồng" or "Hà Nội" is not read as a person.

The names come from the vietnamadminunits package: provinces (before and after 2025) and
districts, by their short names.
"""

from __future__ import annotations

from functools import lru_cache

from dondoc.intake.normalize import normalize


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Short names of provinces and districts, lower-cased."""
    # Imported here: the package's tables cost ~60 MB, which a web worker that never reads a
    # text should not carry (#7).
    from vietnamadminunits.database import query  # noqa: PLC0415

    names: set[str] = set()
    for sql in (
        "SELECT DISTINCT provinceShort AS name FROM admin_units",
        "SELECT DISTINCT provinceShort AS name FROM admin_units_legacy",
        "SELECT DISTINCT districtShort AS name FROM admin_units_legacy",
    ):
        names.update(normalize(str(row["name"])).text.lower() for row in query(sql) if row["name"])
    return frozenset(names)


@lru_cache(maxsize=4096)  # the same few words are asked about again and again (#9 speed)
def is_place_name(text: str) -> bool:
    """True when ``text`` is the short name of a province or a district."""
    return " ".join(text.split()).lower() in place_names()
