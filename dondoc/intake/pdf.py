"""PDF to text: the text layer through pypdf; pages without one (scans) through OCR.

A PDF is untrusted input: the declared page count is checked before any page is parsed, an
encrypted or unreadable file is refused with a stable code, and a scanned page is measured before
it is rasterised (``ocr.check_page_size``). Lines wrapped by the page are joined again
(:func:`reflow`), so the spans of the findings point into the text returned here (#9).
"""

from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from dondoc.intake.errors import IntakeError, NotTextError
from dondoc.intake.ocr import (
    MAX_OCR_PAGES,
    MalformedImageError,
    TooManyPagesError,
    check_page_size,
    pdf_page_text,
)

if TYPE_CHECKING:
    from pypdf import PdfReader

MAX_PDF_PAGES = 500
# Fewer letters than this on a page and it is taken for a scan (a page number, a stray mark).
MIN_PAGE_LETTERS = 20
# A line at least this share of the page's longest line was wrapped by the page, not ended.
_FULL_LINE = 0.75
_ENDS_SENTENCE = re.compile(r"[.:;!?]['\")\]]*$")
_JOINED_HYPHEN = re.compile(r"\w-$")


class EncryptedPdfError(NotTextError):
    """A PDF protected by a password or encryption: we do not try to open it."""

    code = "encrypted_pdf"


class MalformedPdfError(NotTextError):
    """Bytes that start like a PDF but cannot be read as one."""

    code = "malformed_pdf"


def pdf_text(data: bytes) -> tuple[str, str]:
    """The text of a PDF and how it was read: ``"pdf"``, or ``"ocr/pdf"`` if a page needed OCR."""
    pages = _page_texts(data)
    scanned = [number for number, text in enumerate(pages, start=1) if _letters(text) == 0]
    if len(scanned) > MAX_OCR_PAGES:
        raise TooManyPagesError(
            f"the PDF has {len(scanned):,} scanned pages; the limit is {MAX_OCR_PAGES}"
        )
    if scanned:
        pages = _read_scans(data, pages, scanned)
    text = "\n".join(reflow(page) for page in pages if page.strip())
    if not text.strip():
        from dondoc.intake.formats import EmptyInputError  # noqa: PLC0415 - formats imports us

        raise EmptyInputError("the PDF holds no text, not even by OCR")
    return text, "ocr/pdf" if scanned else "pdf"


def _page_texts(data: bytes) -> list[str]:
    """Each page's text layer; a page with too few letters comes back empty (read it by OCR)."""
    from pypdf import PdfReader  # noqa: PLC0415 - loaded only for PDFs

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise EncryptedPdfError("the PDF is encrypted or password-protected: save it unlocked")
        _check_page_count(_declared_pages(reader))
        _check_page_count(len(reader.pages))  # the page tree walked: its /Count may lie
        pages = [page.extract_text() or "" for page in reader.pages]
        sizes = [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]
    except IntakeError:
        raise
    # A parser of hostile bytes fails in many ways (PdfReadError, KeyError, RecursionError…);
    # every one of them means the same to the reader: this PDF cannot be read.
    except Exception as error:
        raise MalformedPdfError(f"the PDF cannot be read: {type(error).__name__}") from error
    for number, (page, (width, height)) in enumerate(zip(pages, sizes, strict=True), start=1):
        if _letters(page) < MIN_PAGE_LETTERS:
            check_page_size(width, height, page_number=number)
    return [page if _letters(page) >= MIN_PAGE_LETTERS else "" for page in pages]


def _declared_pages(reader: PdfReader) -> int:
    """The page tree's /Count, read before the tree is walked (a bomb declares billions)."""
    from pypdf.generic import DictionaryObject  # noqa: PLC0415 - loaded only for PDFs

    tree = reader.root_object.get("/Pages")
    tree = tree.get_object() if tree is not None else None
    count = tree.get("/Count", 0) if isinstance(tree, DictionaryObject) else 0
    return count if isinstance(count, int) else 0


def _check_page_count(count: int) -> None:
    if count > MAX_PDF_PAGES:
        raise TooManyPagesError(f"the PDF has {count:,} pages; the limit is {MAX_PDF_PAGES}")


def _read_scans(data: bytes, pages: list[str], scanned: list[int]) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="dondoc-pdf-") as folder:
        path = Path(folder) / "input.pdf"
        path.write_bytes(data)
        try:
            read = {number: pdf_page_text(path, page_number=number) for number in scanned}
        except MalformedImageError as error:  # pdftoppm failed on what pypdf accepted
            raise MalformedPdfError(str(error)) from error
    return [read.get(number, text) for number, text in enumerate(pages, start=1)]


def _letters(text: str) -> int:
    return sum(character.isalpha() for character in text)


def reflow(text: str) -> str:
    """Join the lines a page wrapped; keep the lines that end on their own (headers, sentences).

    A line is wrapped when it is nearly as long as the page's longest line and does not end a
    sentence; a word broken after a hyphen ("62-" then "NQ/TU") is joined without a space.

    >>> print(reflow("UBND TỈNH\\nGiao Sở Nội vụ chủ trì, thực hiện 62-\\n"
    ...              "NQ/TU, tổng hợp và báo cáo trong\\nquý II.\\n\\nNơi nhận:"))
    UBND TỈNH
    Giao Sở Nội vụ chủ trì, thực hiện 62-NQ/TU, tổng hợp và báo cáo trong quý II.
    Nơi nhận:
    """
    lines = [" ".join(line.split()) for line in text.splitlines()]
    longest = max((len(line) for line in lines), default=0)
    out: list[str] = []
    joining = False
    for line in lines:
        if not line:  # a blank line ends the paragraph (tesseract writes one between them)
            joining = False
            continue
        if joining:
            glue = "" if _JOINED_HYPHEN.search(out[-1]) else " "
            out[-1] += glue + line
        else:
            out.append(line)
        joining = len(line) >= _FULL_LINE * longest and not _ENDS_SENTENCE.search(line)
    return "\n".join(out)
