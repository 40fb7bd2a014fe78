"""A worksheet as rows of values, merged cells filled in, and its header block found.

The file is untrusted: before openpyxl reads it, its size, its zip entries (count, expanded
size, compression ratio) and its XML parts (no DTD, which is how entity expansion gets in) are
checked, so a zip bomb or a "billion laughs" costs nothing; a sheet with more rows than a list
has is refused after reading (#11, as the intake does for Word files, #8).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Generic

from django.utils.translation import gettext as _

from dondoc.apps.exports.imports.columns import F, Vocabulary
from dondoc.apps.number_labels import number_label
from dondoc.core.quantities import format_number

if TYPE_CHECKING:
    from openpyxl.cell import Cell, MergedCell
    from openpyxl.worksheet.worksheet import Worksheet

HEADER_SEARCH_ROWS = 15
MAX_HEADER_ROWS = 3
# An office's list is a few hundred kilobytes; its XML compresses some 10-20 times.
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_ENTRIES = 1_000
MAX_EXPANDED_BYTES = 64 * 1024 * 1024
MAX_RATIO = 500
MAX_ROWS = 20_000
MAX_COLUMNS = 200
_DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)


# What openpyxl raises on a zip that is not a workbook or holds broken XML (ElementTree's
# ParseError is a SyntaxError).
_UNREADABLE = (KeyError, ValueError, TypeError, IndexError, SyntaxError, zipfile.BadZipFile)


class SheetReadError(ValueError):
    """The file is not an .xlsx list we read; ``code`` says why (stable, for tests and the UI):
    ``not_xlsx``, ``too_large``, ``too_many_rows``, ``unsafe_archive``, ``dtd``."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class RowError:
    row: int  # as Excel numbers it
    column: str  # the header as written
    message: str

    def __str__(self) -> str:
        return _("Row %(row)s, column “%(column)s”: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass(frozen=True)
class Sheet(Generic[F]):
    rows: list[list[object]]  # the values, merged ranges filled with their first cell's value
    header_rows: int  # rows above the data (title lines and the header block)
    headers: list[str]
    columns: dict[F, int]


def sheet_read(file: IO[bytes], vocabulary: Vocabulary[F]) -> Sheet[F]:
    """The first worksheet of an .xlsx file, its header block recognised by ``vocabulary``."""
    from openpyxl import load_workbook  # noqa: PLC0415 - ~30 MB, loaded when a list comes in

    check_archive(file)
    try:
        sheet = load_workbook(file, data_only=True).worksheets[0]
    except _UNREADABLE as error:
        raise SheetReadError(
            _("The file is not an Excel workbook (.xlsx)."), code="not_xlsx"
        ) from error
    if sheet.max_row > MAX_ROWS or sheet.max_column > MAX_COLUMNS:
        raise SheetReadError(
            _("The sheet has more than %(rows)s rows or %(columns)s columns.")
            % {"rows": number_label(MAX_ROWS), "columns": MAX_COLUMNS},
            code="too_many_rows",
        )
    return _with_headers(_filled(sheet), vocabulary)


def check_archive(file: IO[bytes]) -> None:
    """Refuse a file too large, not a zip, or whose entries are too many, expand too far or
    declare a DTD; read nothing else. ``file`` is left at its start."""
    file.seek(0, 2)
    size = file.tell()
    file.seek(0)
    if size > MAX_FILE_BYTES:
        raise SheetReadError(
            _("The file is larger than %(size)d MB.") % {"size": MAX_FILE_BYTES // (1024 * 1024)},
            code="too_large",
        )
    try:
        with zipfile.ZipFile(file) as archive:
            _check_entries(archive)
    except zipfile.BadZipFile as error:
        raise SheetReadError(
            _("The file is not an Excel workbook (.xlsx)."), code="not_xlsx"
        ) from error
    finally:
        file.seek(0)


def _check_entries(archive: zipfile.ZipFile) -> None:
    entries = archive.infolist()
    unsafe = SheetReadError(
        _("The file is unsafe to open (its parts expand too far)."), code="unsafe_archive"
    )
    if len(entries) > MAX_ENTRIES:
        raise unsafe
    if sum(entry.file_size for entry in entries) > MAX_EXPANDED_BYTES:
        raise unsafe
    if any(entry.file_size > MAX_RATIO * max(entry.compress_size, 1) for entry in entries):
        raise unsafe
    for entry in entries:
        if entry.filename.endswith((".xml", ".rels")):
            xml = archive.read(entry)
            if any(marker in xml for marker in _DTD_MARKERS):
                raise SheetReadError(
                    _("The file is unsafe to open (its XML declares a DTD)."), code="dtd"
                )


def _filled(sheet: Worksheet) -> list[list[object]]:
    rows = [[_value(cell) for cell in row] for row in sheet.iter_rows()]
    for merged in sheet.merged_cells.ranges:
        value = rows[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, merged.max_row):
            for c in range(merged.min_col - 1, merged.max_col):
                rows[r][c] = value
    return rows


def _value(cell: Cell | MergedCell) -> object:
    """A cell's value; a number shown as a percentage (0,862 as 86,2%) as the text it shows."""
    value = cell.value
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and "%" in str(cell.number_format)
    ):
        return f"{format_number(Decimal(str(value)) * 100)}%"
    return value


def _with_headers(rows: list[list[object]], vocabulary: Vocabulary[F]) -> Sheet[F]:
    """The block of one to three rows, among the first fifteen, that names the most fields."""
    best: Sheet[F] = Sheet(rows, 0, [], {})
    for start in range(min(HEADER_SEARCH_ROWS, len(rows))):
        for size in range(1, MAX_HEADER_ROWS + 1):
            block = rows[start : start + size]
            if size > 1 and is_data_row(block[-1]):
                break
            headers = [_joined([row[c] for row in block]) for c in range(len(rows[start]))]
            columns = vocabulary.columns_of(headers)
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


def missing_columns(sheet: Sheet[F], vocabulary: Vocabulary[F]) -> list[F]:
    return [field for field in vocabulary.required if field not in sheet.columns]


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
