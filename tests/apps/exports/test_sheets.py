"""An uploaded workbook is untrusted: bounded before openpyxl reads it (#11, as #8 for Word)."""

import io
import zipfile

import openpyxl
import pytest

from dondoc.apps.exports.imports import sheets
from dondoc.apps.exports.imports.columns import DIRECTIVE_COLUMNS
from dondoc.apps.exports.imports.sheets import SheetReadError, sheet_read


def _book(*rows, percent_cell=None) -> io.BytesIO:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    if percent_cell:
        book.active[percent_cell].number_format = "0.0%"
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


def _zip(**parts: bytes) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name.replace("__", "/").replace("_xml", ".xml"), data)
    buffer.seek(0)
    return buffer


def test_a_workbook_reads_with_its_header_found():
    sheet = sheet_read(
        _book(["STT", "Nội dung", "Chủ trì", "Thời hạn"], [1, "a", "b", "c"]), DIRECTIVE_COLUMNS
    )

    assert (sheet.header_rows, len(sheet.columns)) == (1, 4)


def test_a_number_shown_as_a_percentage_reads_as_the_percentage_it_shows():
    sheet = sheet_read(_book(["Giá trị"], [0.862], percent_cell="A2"), DIRECTIVE_COLUMNS)

    assert sheet.rows[1][0] == "86,2%"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (io.BytesIO(b"STT;Noi dung\n1;a\n"), "not_xlsx"),
        (_zip(hello_xml=b"<a/>"), "not_xlsx"),
        (_zip(**{"[Content_Types]_xml": b"<Types><oops"}), "not_xlsx"),
        (_zip(xl__bomb_xml=b"<a>" + b"0" * 2_000_000 + b"</a>"), "unsafe_archive"),
        (_zip(xl__doc_xml=b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>'), "dtd"),
    ],
    ids=["csv-not-zip", "zip-not-workbook", "broken-xml", "zip-bomb", "dtd"],
)
def test_what_is_not_a_safe_workbook_is_refused_with_its_reason(data, code):
    with pytest.raises(SheetReadError) as refused:
        sheet_read(data, DIRECTIVE_COLUMNS)

    assert refused.value.code == code


def test_a_file_larger_than_the_limit_is_refused_before_it_is_opened(monkeypatch):
    monkeypatch.setattr(sheets, "MAX_FILE_BYTES", 100)

    with pytest.raises(SheetReadError) as refused:
        sheet_read(_book(["STT"]), DIRECTIVE_COLUMNS)

    assert refused.value.code == "too_large"


def test_a_sheet_with_more_rows_than_a_list_has_is_refused(monkeypatch):
    monkeypatch.setattr(sheets, "MAX_ROWS", 3)

    with pytest.raises(SheetReadError) as refused:
        sheet_read(_book(*([n] for n in range(5))), DIRECTIVE_COLUMNS)

    assert refused.value.code == "too_many_rows"


def test_too_many_parts_are_refused(monkeypatch):
    monkeypatch.setattr(sheets, "MAX_ENTRIES", 2)

    with pytest.raises(SheetReadError) as refused:
        sheet_read(_book(["STT"]), DIRECTIVE_COLUMNS)

    assert refused.value.code == "unsafe_archive"
