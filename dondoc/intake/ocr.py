"""Scans to text: Debian's tesseract (``-l vie``) on images and on PDF pages rasterised by pdftoppm.

Both programs run as subprocesses with a time limit per page, on files in a private temporary
folder, after the page or image has been measured: a declared size that would rasterise into
gigabytes is refused before anything is drawn (#9). Text read this way needs a person's review:
tesseract confuses digits and Roman numerals ("20/10" → "20/16", "IV" → "TV").
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from dondoc.intake.errors import InputTooLargeError, IntakeError, NotTextError

# 300 dpi reads "NQ/TU" where 200 dpi read "NÑQ/TU" (bench/README.md, OCR section).
DPI = 300
PAGE_SECONDS = 60
MAX_OCR_PAGES = 30
# An A3 sheet is 842 × 1191 pt; allow A2 (1191 × 1684) and refuse anything larger.
MAX_PAGE_POINTS = 1_684
# A 300 dpi A3 scan is 17.4 megapixels; a 48-megapixel phone photo is the largest we expect.
MAX_IMAGE_PIXELS = 50_000_000
MAX_IMAGE_FRAMES = MAX_OCR_PAGES

_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpeg",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
}


class OcrUnavailableError(IntakeError):
    """Tesseract (or pdftoppm, or its Vietnamese data) is not installed on this machine."""

    code = "ocr_unavailable"


class OcrTimeoutError(IntakeError):
    """Reading one page took longer than the limit."""

    code = "ocr_timeout"


class PageTooLargeError(InputTooLargeError):
    """A page or image whose declared size would rasterise too large."""

    code = "page_too_large"


class TooManyPagesError(InputTooLargeError):
    """More pages than the limit (for a PDF, or frames of a TIFF)."""

    code = "too_many_pages"


class MalformedImageError(NotTextError):
    """Bytes that start like an image but cannot be read as one."""

    code = "malformed_image"


def image_kind(data: bytes) -> str | None:
    """The image format the bytes start with ("png", "jpeg", "tiff"), or None.

    >>> image_kind(b"\\x89PNG\\r\\n\\x1a\\n..."), image_kind(b"%PDF-1.7")
    ('png', None)
    """
    return next((kind for magic, kind in _SIGNATURES.items() if data.startswith(magic)), None)


def image_text(data: bytes, *, kind: str) -> str:
    """The text tesseract reads in an image, after its size and frame count are checked."""
    check_image(data, kind=kind)
    with tempfile.TemporaryDirectory(prefix="dondoc-ocr-") as folder:
        path = Path(folder) / f"scan.{kind}"
        path.write_bytes(data)
        frames = _frame_count(data)
        return tesseract(path, seconds=PAGE_SECONDS * frames)


def check_image(data: bytes, *, kind: str) -> None:
    """Refuse an image that Pillow cannot open or that has too many pixels or frames.

    Only the header is read: ``Image.open`` is lazy, so a huge declared size costs nothing.
    """
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415 - loaded only for images

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            frames = getattr(image, "n_frames", 1)
    except Image.DecompressionBombError as error:
        raise PageTooLargeError(f"the image is too large: {error}") from error
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise MalformedImageError(f"the {kind.upper()} image cannot be read: {error}") from error
    if width * height > MAX_IMAGE_PIXELS:
        raise PageTooLargeError(f"the image has {width:,} × {height:,} pixels; too large")
    if frames > MAX_IMAGE_FRAMES:
        raise TooManyPagesError(f"the image has {frames:,} pages; the limit is {MAX_IMAGE_FRAMES}")


def _frame_count(data: bytes) -> int:
    from PIL import Image  # noqa: PLC0415 - loaded only for images

    with Image.open(io.BytesIO(data)) as image:
        return int(getattr(image, "n_frames", 1))


def check_page_size(width: float, height: float, *, page_number: int) -> None:
    """Refuse a page (in PDF points) that would rasterise past A2 at our resolution.

    >>> check_page_size(595, 842, page_number=1)
    >>> check_page_size(100_000, 842, page_number=2)
    Traceback (most recent call last):
    ...
    dondoc.intake.ocr.PageTooLargeError: page 2 is 100,000 × 842 pt; the limit is 1,684 pt a side
    """
    if max(width, height) > MAX_PAGE_POINTS or min(width, height) <= 0:
        raise PageTooLargeError(
            f"page {page_number} is {width:,.0f} × {height:,.0f} pt;"
            f" the limit is {MAX_PAGE_POINTS:,} pt a side"
        )


def pdf_page_text(pdf_path: Path, *, page_number: int) -> str:
    """Rasterise one page of a PDF file with pdftoppm and read it with tesseract."""
    folder = pdf_path.parent
    prefix = folder / f"page-{page_number}"
    _run(
        [
            _program("pdftoppm"),
            *("-r", str(DPI), "-gray", "-png", "-singlefile"),
            *("-f", str(page_number), "-l", str(page_number)),
            str(pdf_path),
            str(prefix),
        ],
        seconds=PAGE_SECONDS,
        what=f"drawing page {page_number}",
    )
    image = prefix.with_suffix(".png")
    try:
        return tesseract(image, seconds=PAGE_SECONDS)
    finally:
        image.unlink(missing_ok=True)


def tesseract(image: Path, *, seconds: float) -> str:
    """The text of an image file, read by tesseract in Vietnamese."""
    return _run(
        [_program("tesseract"), str(image), "stdout", "-l", "vie"],
        seconds=seconds,
        what=f"reading {image.name}",
    )


def _program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise OcrUnavailableError(
            f"{name} is not installed: scans need tesseract-ocr, tesseract-ocr-vie, poppler-utils"
        )
    return path


def _run(command: list[str], *, seconds: float, what: str) -> str:
    # One thread: the server has few cores, and tesseract's OpenMP threads slow it down there.
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        completed = subprocess.run(  # noqa: S603 - fixed programs, arguments are our own paths
            command, capture_output=True, timeout=seconds, check=False, env=environment
        )
    except subprocess.TimeoutExpired as error:
        raise OcrTimeoutError(f"{what} took more than {seconds:g} s; stopped") from error
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1] if message else f"exit status {completed.returncode}"
        if "vie" in detail and "traineddata" in detail:
            raise OcrUnavailableError(f"tesseract has no Vietnamese data: {detail}")
        raise MalformedImageError(f"{what} failed: {detail}")
    return completed.stdout.decode("utf-8", "replace")
