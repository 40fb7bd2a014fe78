"""Tables to .xlsx (openpyxl in write-only mode) and to CSV, row by row (#11).

A table is its headers and an iterator of rows; neither writer holds the rows: openpyxl's
write-only sheet streams them into the file, and the CSV lines are yielded one by one. Dates
stay dates (formatted dd/mm/yyyy) and numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:  # openpyxl (~30 MB) is loaded only when a workbook is written (#7)
    from openpyxl import Workbook
    from openpyxl.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

Value = str | int | Decimal | date | None
DAY_FORMAT = "DD/MM/YYYY"


@dataclass(frozen=True)
class Table:
    title: str
    headers: list[str]
    rows: Iterable[list[Value]]
    widths: tuple[int, ...] = ()


def table_xlsx(table: Table, out: IO[bytes]) -> None:
    """Write ``table`` as one sheet of an .xlsx into ``out``."""
    tables_xlsx([table], out)


def tables_xlsx(tables: list[Table], out: IO[bytes]) -> None:
    """Write each table as a sheet of one .xlsx into ``out``."""
    from openpyxl import Workbook  # noqa: PLC0415

    workbook = Workbook(write_only=True)
    for table in tables:
        _sheet(workbook, table)
    workbook.save(out)


def _sheet(workbook: Workbook, table: Table) -> None:
    # Sheet names: 31 characters at most, and none of []:*?/\ (Excel's rules).
    title = "".join(c for c in table.title if c not in "[]:*?/\\")[:31]
    sheet: WriteOnlyWorksheet = workbook.create_sheet(title=title)
    for column, width in enumerate(table.widths, start=1):
        sheet.column_dimensions[_letter(column)].width = width  # type: ignore[attr-defined]
    sheet.freeze_panes = "A2"
    sheet.append([_header(sheet, text) for text in table.headers])
    for row in table.rows:
        sheet.append([_cell(sheet, value) for value in row])


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    return get_column_letter(column)


def _header(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
    from openpyxl.styles import Alignment, Font  # noqa: PLC0415

    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    return cell


def _cell(sheet: WriteOnlyWorksheet, value: Value) -> Cell | Value:
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415

    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]  # openpyxl writes dates
        cell.number_format = DAY_FORMAT
        return cell
    return value


def table_csv_lines(table: Table) -> Iterator[str]:
    """The CSV lines of ``table`` (UTF-8 with a byte-order mark first, for Excel)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    yield "\ufeff"
    for row in _all_rows(table):
        writer.writerow([_csv_value(value) for value in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _all_rows(table: Table) -> Iterator[list[Value]]:
    yield list(table.headers)
    yield from table.rows


def _csv_value(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:f}"  # 190, not the "1.9E+2" a normalised Decimal prints
    return str(value)


def display_text(value: Value) -> str:
    """A value as a document shows it: dates dd/mm/yyyy, decimals with a comma."""
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, Decimal):
        return f"{value:f}".replace(".", ",")
    return str(value)


def display_rows(table: Table) -> list[list[tuple[str, bool]]]:
    """The rows as (text, is_number) cells, for the Word and PDF writers."""
    return [
        [(display_text(v), isinstance(v, int | Decimal) and not isinstance(v, bool)) for v in row]
        for row in table.rows
    ]
