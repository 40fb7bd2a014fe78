"""A worksheet as rows of values, merged cells filled in, and its header block found."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from dondoc.apps.exports.imports.columns import REQUIRED, Field, columns_of

HEADER_SEARCH_ROWS = 15
MAX_HEADER_ROWS = 3


@dataclass(frozen=True)
class Sheet:
    rows: list[list[object]]  # the values, merged ranges filled with their first cell's value
    header_rows: int  # rows above the data (title lines and the header block)
    headers: list[str]
    columns: dict[Field, int]


def sheet_read(file: IO[bytes]) -> Sheet:
    """The first worksheet of an .xlsx file, its header block recognised."""
    sheet = load_workbook(file, data_only=True).worksheets[0]
    rows = _filled(sheet)
    return _with_headers(rows)


def _filled(sheet: Worksheet) -> list[list[object]]:
    rows: list[list[object]] = [list(row) for row in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        value = rows[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, merged.max_row):
            for c in range(merged.min_col - 1, merged.max_col):
                rows[r][c] = value
    return rows


def _with_headers(rows: list[list[object]]) -> Sheet:
    """The block of one to three rows, among the first fifteen, that names the most fields."""
    best = Sheet(rows, 0, [], {})
    for start in range(min(HEADER_SEARCH_ROWS, len(rows))):
        for size in range(1, MAX_HEADER_ROWS + 1):
            block = rows[start : start + size]
            if size > 1 and is_data_row(block[-1]):
                break
            headers = [_joined([row[c] for row in block]) for c in range(len(rows[start]))]
            columns = columns_of(headers)
            if len(columns) > len(best.columns):
                best = Sheet(rows, start + size, headers, columns)
    return best


def _joined(values: list[object]) -> str:
    """A column's header over several rows ("Cơ quan" above "chủ trì"), repeats left out."""
    words: list[str] = []
    for value in values:
        text = " ".join(str(value or "").split())
        if text and text not in words:
            words.append(text)
    return " ".join(words)


def missing_columns(sheet: Sheet) -> list[Field]:
    return [field for field in REQUIRED if field not in sheet.columns]


_SECTION = re.compile(r"^(?:[IVXLC]+|[A-Z])\.?$")


def is_section_mark(value: object) -> bool:
    """ "I.", "II", "A.", "B": the number of a group of rows, not of a directive."""
    return isinstance(value, str) and bool(_SECTION.match(value.strip()))


def is_data_row(row: list[object]) -> bool:
    """A row that starts with a number or a section mark ("1", "I.", "B."): not a header."""
    first = next((value for value in row if value not in (None, "")), None)
    if isinstance(first, int | float):
        return True
    return str(first or "").strip().rstrip(".").isdigit() or is_section_mark(first)
