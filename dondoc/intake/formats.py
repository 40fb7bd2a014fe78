"""Files to text: plain text in any encoding we read, Word (.docx), saved web pages (HTML), PDF
(``pdf.py``) and scanned images (PNG, JPEG, TIFF; ``ocr.py``).

A saved news page keeps its article: menus, scripts, headers and footers are dropped.
A Word file is an untrusted zip archive: its entries are checked (count, expanded size, ratio, no
DTD in its XML) before python-docx touches it, so a zip bomb or "billion laughs" costs nothing (#8).
"""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from pathlib import PurePath

from dondoc.intake.decoding import MAX_BYTES, decode
from dondoc.intake.errors import (
    InputTooLargeError,
    IntakeError,
    NotTextError,
    UnsupportedFormatError,
)
from dondoc.intake.ocr import image_kind, image_text
from dondoc.intake.pdf import pdf_text, reflow

# A real report's .docx has a few dozen entries expanding to a few MB; XML compresses ~10-20x.
MAX_DOCX_ENTRIES = 1_000
MAX_DOCX_EXPANDED_BYTES = 64 * 1024 * 1024
MAX_DOCX_RATIO = 200
# A DTD is never needed in OOXML and is how entity expansion ("billion laughs") gets in.
_DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)


class EmptyInputError(NotTextError):
    """The input holds no text at all (nothing, or only blanks)."""

    code = "empty_input"


class UnsafeArchiveError(NotTextError):
    """A .docx whose zip entries expand too far, too many, or whose XML declares a DTD."""

    code = "unsafe_archive"


_SKIP = frozenset(
    {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "noscript",
        "svg",
        "button",
        "iframe",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "article",
        "section",
        "figcaption",
    }
)


def extract_text(data: bytes, *, name: str = "") -> tuple[str, str]:
    """Return the text of a file and how it was read ("utf-8", "docx", "html/utf-8", "pdf"…).

    What was read by OCR says so first ("ocr/pdf", "ocr/png"): its findings need review.
    """
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(f"the file has {len(data):,} bytes; the limit is {MAX_BYTES:,}")
    if not data.strip():
        raise EmptyInputError(f"{name or 'the input'} is empty")
    suffix = PurePath(name).suffix.lower()
    if data.startswith(b"PK\x03\x04"):
        if suffix not in ("", ".docx"):
            raise UnsupportedFormatError(
                f"{name or 'the input'} is a zip archive, not a .docx document"
            )
        return _docx(data), "docx"
    if data.startswith(b"%PDF"):
        return pdf_text(data)
    kind = image_kind(data)
    if kind is not None:
        return reflow(image_text(data, kind=kind)), f"ocr/{kind}"
    text, encoding = decode(data)
    if suffix in (".html", ".htm") or re.match(
        r"\s*(?:<!doctype html|<html)", text[:200], re.IGNORECASE
    ):
        return html_text(text), f"html/{encoding}"
    return text, encoding


def _docx(data: bytes) -> str:
    from docx import Document  # noqa: PLC0415 - loaded only for Word files

    try:
        check_docx_archive(data)
        document = Document(io.BytesIO(data))
    except IntakeError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise NotTextError(f"the Word file cannot be opened: {error}") from error
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        paragraphs.extend(" | ".join(cell.text for cell in row.cells) for row in table.rows)
    text = "\n".join(paragraphs)
    if not text.strip():
        raise EmptyInputError("the Word file holds no text")
    return text


def check_docx_archive(data: bytes) -> None:
    """Refuse a zip whose entries are too many, expand too far or carry a DTD; read nothing else.

    The sizes come from the central directory; zipfile stops at the declared size when reading
    (and fails the CRC), so a lying header cannot expand further than it says.

    >>> check_docx_archive(b"PK\\x03\\x04 not really a zip")
    Traceback (most recent call last):
    ...
    zipfile.BadZipFile: File is not a zip file
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = archive.infolist()
        if len(entries) > MAX_DOCX_ENTRIES:
            raise UnsafeArchiveError(f"the Word file has {len(entries):,} parts; too many")
        expanded = sum(entry.file_size for entry in entries)
        if expanded > MAX_DOCX_EXPANDED_BYTES:
            raise UnsafeArchiveError(f"the Word file would expand to {expanded:,} bytes; too large")
        for entry in entries:
            if entry.file_size > MAX_DOCX_RATIO * max(entry.compress_size, 1):
                raise UnsafeArchiveError(f"the Word file part {entry.filename} is a zip bomb")
        for entry in entries:
            if entry.filename.endswith((".xml", ".rels")) and _has_dtd(archive.read(entry)):
                raise UnsafeArchiveError(f"the Word file part {entry.filename} declares a DTD")


def _has_dtd(xml: bytes) -> bool:
    return any(marker in xml for marker in _DTD_MARKERS)


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.parts: list[str] = []
        self.article: list[str] | None = None
        self.in_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag == "article":
            self.in_article += 1
            if self.article is None:
                self.article = []
        if tag in _BLOCK:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skipping:
            self.skipping -= 1
        elif tag == "article" and self.in_article:
            self.in_article -= 1
        if tag in _BLOCK:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self._add(data)

    def _add(self, text: str) -> None:
        self.parts.append(text)
        if self.in_article and self.article is not None:
            self.article.append(text)


def html_text(html: str) -> str:
    """The readable text of a web page: the <article> when there is one, without page furniture.

    >>> html_text("<nav>Trang chủ</nav><article><p>Sáng 20/10,</p><p>họp.</p></article>")
    'Sáng 20/10,\\nhọp.'
    """
    parser = _ArticleParser()
    parser.feed(html)
    parser.close()
    parts = parser.article if parser.article else parser.parts
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)
