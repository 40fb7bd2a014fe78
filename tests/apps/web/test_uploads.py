"""The evidence allow-list: extension and content must agree, and the size is bounded (#8)."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from dondoc.apps.web.uploads import evidence_validate


def zipped(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
XLSX = zipped({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
ODT = zipped({"mimetype": b"application/vnd.oasis.opendocument.text"})
ODS = zipped({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"})
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)

ACCEPTED = {
    "bao-cao.pdf": b"%PDF-1.7\n%...",
    "bao-cao.docx": DOCX,
    "so-lieu.xlsx": XLSX,
    "bao-cao.odt": ODT,
    "so-lieu.ods": ODS,
    "bao-cao.doc": OLE2,
    "so-lieu.xls": OLE2,
    "anh.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF",
    "ANH.PNG": b"\x89PNG\r\n\x1a\n\x00\x00",
}
REFUSED = {
    "trang.html": (b"<script>alert(1)</script>", "evidence_format"),
    "chay.exe": (b"MZ\x90\x00", "evidence_format"),
    "khong-duoi": (b"%PDF-1.7", "evidence_format"),
    "gia.pdf": (b"<html><script>alert(1)</script>", "evidence_content"),
    "gia.docx": (zipped({"evil.html": b"<script/>"}), "evidence_content"),
    "bang.xlsx": (DOCX, "evidence_content"),
    "gia.odt": (ODS, "evidence_content"),
    "hong.docx": (b"PK\x03\x04broken", "evidence_content"),
    "anh.png": (b"\xff\xd8\xff\xe0", "evidence_content"),
}


@pytest.mark.parametrize(("name", "content"), ACCEPTED.items(), ids=list(ACCEPTED))
def test_an_office_file_whose_content_matches_its_extension_is_accepted(name, content):
    evidence_validate(SimpleUploadedFile(name, content))


@pytest.mark.parametrize(("name", "case"), REFUSED.items(), ids=list(REFUSED))
def test_issue_8_a_file_outside_the_list_or_disguised_is_refused(name, case):
    content, code = case

    with pytest.raises(ValidationError) as caught:
        evidence_validate(SimpleUploadedFile(name, content))

    assert caught.value.code == code


def test_issue_8_a_file_above_the_size_limit_is_refused(settings):
    settings.EVIDENCE_MAX_BYTES = 1024

    with pytest.raises(ValidationError) as caught:
        evidence_validate(SimpleUploadedFile("lon.pdf", b"%PDF-" + bytes(2000)))

    assert caught.value.code == "evidence_too_large"


def test_the_file_can_be_read_again_after_the_check():
    upload = SimpleUploadedFile("bao-cao.docx", DOCX)

    evidence_validate(upload)

    assert upload.read() == DOCX
