"""Which column holds what: the usual headers of offices' lists, merged and on several rows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from dondoc.core.text import fold


class Field(StrEnum):
    NUMBER = "number"
    TEXT = "text"
    LEAD = "lead"
    CO_UNITS = "co_units"
    ASSIGNED_ON = "assigned_on"
    DEADLINE = "deadline"
    EXTENDED = "extended"
    STATUS = "status"
    DONE_ON = "done_on"
    RESULT = "result"
    NOTES = "notes"


# Checked in this order, so that "thời hạn sau gia hạn" is the extension and not the deadline,
# and "ngày hoàn thành" the completion and not "thời gian hoàn thành". Folded words.
SYNONYMS: tuple[tuple[Field, tuple[str, ...]], ...] = (
    (Field.EXTENDED, ("gia han",)),
    (Field.DONE_ON, ("ngay hoan thanh",)),
    (Field.ASSIGNED_ON, ("ngay giao",)),
    (Field.CO_UNITS, ("phoi hop",)),
    (Field.LEAD, ("chu tri",)),
    (Field.DEADLINE, ("thoi han", "han hoan thanh", "thoi gian hoan thanh", "han xu ly")),
    (Field.STATUS, ("tinh hinh thuc hien", "tien do", "tinh trang")),
    (Field.RESULT, ("ket qua",)),
    (Field.NOTES, ("ghi chu",)),
    (Field.TEXT, ("noi dung", "nhiem vu", "cong viec")),
    (Field.NUMBER, ("stt", "tt", "so tt", "so thu tu")),
)
REQUIRED = (Field.TEXT, Field.LEAD, Field.DEADLINE)
_IGNORED = ("so ngay qua han",)


def field_of(header: str) -> Field | None:
    """The field a header names ("Cơ quan chủ trì" → LEAD), None when it names none.

    >>> field_of("Cơ quan\\nphối hợp"), field_of("Thời hạn sau gia hạn"), field_of("Nội dung")
    (<Field.CO_UNITS: 'co_units'>, <Field.EXTENDED: 'extended'>, <Field.TEXT: 'text'>)
    """
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(header)).split())
    if not folded or any(word in folded for word in _IGNORED):
        return None
    for field, words in SYNONYMS:
        if any(re.search(rf"\b{word}\b", folded) for word in words):
            return field
    return None


def columns_of(headers: Sequence[str]) -> dict[Field, int]:
    """Each field's column (0-based), the first column naming it winning."""
    found: dict[Field, int] = {}
    for index, header in enumerate(headers):
        field = field_of(header)
        if field is not None and field not in found:
            found[field] = index
    return found
