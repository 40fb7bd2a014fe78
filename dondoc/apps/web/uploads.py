"""Evidence files: an allow-list of office formats, checked by extension and by content (#8).

A file is accepted when its extension is on the list, its first bytes are what that format starts
with (and, for the zip-based formats, its parts are those of that format), and it is not larger
than EVIDENCE_MAX_BYTES. The name a browser sends is never trusted for the type.
"""

from __future__ import annotations

import zipfile
from pathlib import PurePath
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 and Excel 97-2003
_ZIP = b"PK\x03\x04"
MAGIC: dict[str, bytes] = {
    ".pdf": b"%PDF-",
    ".doc": _OLE2,
    ".xls": _OLE2,
    ".docx": _ZIP,
    ".xlsx": _ZIP,
    ".odt": _ZIP,
    ".ods": _ZIP,
    ".jpg": b"\xff\xd8\xff",
    ".jpeg": b"\xff\xd8\xff",
    ".png": b"\x89PNG\r\n\x1a\n",
}
# What a zip-based office file must hold: an OOXML part, or the ODF mimetype entry's content.
_OOXML_PART = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml"}
_ODF_MIMETYPE = {
    ".odt": b"application/vnd.oasis.opendocument.text",
    ".ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
_MAX_ZIP_ENTRIES = 10_000


def evidence_validate(upload: UploadedFile[Any]) -> None:
    """Raise ValidationError unless ``upload`` is an allowed office file within the size limit.

    Usable as a form field validator: ``forms.FileField(validators=[evidence_validate])``.
    """
    suffix = PurePath(upload.name or "").suffix.lower()
    if suffix not in MAGIC:
        raise ValidationError(
            _("Evidence must be one of: %(formats)s.") % {"formats": _allowed()},
            code="evidence_format",
        )
    if (upload.size or 0) > settings.EVIDENCE_MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(size)d MB.")
            % {"size": settings.EVIDENCE_MAX_BYTES // (1024 * 1024)},
            code="evidence_too_large",
        )
    if not _content_matches(upload, suffix):
        raise ValidationError(
            _("The content of the file is not a %(format)s file.") % {"format": suffix[1:]},
            code="evidence_content",
        )


def _allowed() -> str:
    return ", ".join(sorted({suffix[1:] for suffix in MAGIC} - {"jpeg"}))


def _content_matches(upload: UploadedFile[Any], suffix: str) -> bool:
    upload.seek(0)
    head = upload.read(len(MAGIC[suffix]))
    upload.seek(0)
    if head != MAGIC[suffix]:
        return False
    if suffix not in _OOXML_PART and suffix not in _ODF_MIMETYPE:
        return True
    try:
        return upload.file is not None and _zip_matches(upload.file, suffix)
    except (zipfile.BadZipFile, KeyError):
        return False
    finally:
        upload.seek(0)


def _zip_matches(file: IO[Any], suffix: str) -> bool:
    """The OOXML part or the ODF mimetype of that format is in the archive."""
    with zipfile.ZipFile(file) as archive:
        names = archive.namelist()
        if len(names) > _MAX_ZIP_ENTRIES:
            return False
        if suffix in _OOXML_PART:
            return "[Content_Types].xml" in names and _OOXML_PART[suffix] in names
        mimetype = archive.getinfo("mimetype")
        return mimetype.file_size < 100 and archive.read(mimetype) == _ODF_MIMETYPE[suffix]
