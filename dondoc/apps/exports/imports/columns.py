"""Which column holds what: the usual headers of offices' lists, merged and on several rows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from dondoc.core.text import fold

F = TypeVar("F", bound=StrEnum)


@dataclass(frozen=True)
class Vocabulary(Generic[F]):
    """The headers of one kind of list: each field's usual names (folded words, matched as
    whole words), checked in order; ``ignored`` headers name no field even when they hold one
    of those words."""

    synonyms: tuple[tuple[F, tuple[str, ...]], ...]
    required: tuple[F, ...]
    ignored: tuple[str, ...] = ()

    def field_of(self, header: str) -> F | None:
        folded = " ".join(re.sub(r"[^\w]+", " ", fold(header)).split())
        if not folded or any(word in folded for word in self.ignored):
            return None
        for field, words in self.synonyms:
            if any(re.search(rf"\b{word}\b", folded) for word in words):
                return field
        return None

    def columns_of(self, headers: Sequence[str]) -> dict[F, int]:
        """Each field's column (0-based), the first column naming it winning."""
        found: dict[F, int] = {}
        for index, header in enumerate(headers):
            field = self.field_of(header)
            if field is not None and field not in found:
                found[field] = index
        return found


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
DIRECTIVE_COLUMNS = Vocabulary(SYNONYMS, REQUIRED, ("so ngay qua han",))


def field_of(header: str) -> Field | None:
    """The field a header of a directive list names ("Cơ quan chủ trì" → LEAD), None when none.

    >>> field_of("Cơ quan\\nphối hợp"), field_of("Thời hạn sau gia hạn"), field_of("Nội dung")
    (<Field.CO_UNITS: 'co_units'>, <Field.EXTENDED: 'extended'>, <Field.TEXT: 'text'>)
    """
    return DIRECTIVE_COLUMNS.field_of(header)


class ValueField(StrEnum):
    NUMBER = "number"
    CODE = "code"
    INDICATOR = "indicator"
    MEASURE = "measure"
    UNIT = "unit"
    PERIOD = "period"
    VALUE = "value"
    TOTAL = "total"
    TARGET = "target"
    VINTAGE = "vintage"
    REPORTED_ON = "reported_on"
    NOTES = "notes"


# Offices' tables of figures and our own export (its Vietnamese and English headers). In this
# order: "ngày báo cáo" before "kỳ báo cáo", "đơn vị tính" before "đơn vị", "loại số liệu"
# before "số liệu", "mã chỉ tiêu" and "chỉ tiêu kế hoạch" before "chỉ tiêu". The target is
# recognised so that it is never taken for the value; it is not imported.
VALUE_SYNONYMS: tuple[tuple[ValueField, tuple[str, ...]], ...] = (
    (ValueField.REPORTED_ON, ("ngay bao cao", "ngay so lieu", "reported on")),
    (ValueField.VINTAGE, ("loai so lieu", "vintage")),
    (ValueField.CODE, ("ma chi tieu", "ma so", "ma", "code")),
    (ValueField.MEASURE, ("don vi tinh", "dvt", "unit of measure")),
    (ValueField.TOTAL, ("tren tong so", "tong so", "out of")),
    (ValueField.TARGET, ("muc tieu", "ke hoach", "chi tieu nghi quyet", "target")),
    (ValueField.PERIOD, ("ky bao cao", "ky", "thoi ky", "period")),
    (ValueField.UNIT, ("don vi", "dia ban", "co quan", "unit")),
    (ValueField.INDICATOR, ("chi tieu", "indicator")),
    (ValueField.VALUE, ("gia tri", "so lieu", "ket qua", "thuc hien", "value")),
    (ValueField.NOTES, ("ghi chu", "notes")),
    (ValueField.NUMBER, ("stt", "tt", "so tt", "no")),
)
VALUE_COLUMNS = Vocabulary(
    VALUE_SYNONYMS,
    (ValueField.INDICATOR, ValueField.UNIT, ValueField.PERIOD, ValueField.VALUE),
)
