"""Scans of our own notice, drawn and rasterised by the tests, read by tesseract (#9)."""

import json
import struct
import zlib

import pytest
from PIL import Image, ImageOps

from dondoc.cli import main
from dondoc.intake import IntakeError, read, read_bytes
from dondoc.intake import ocr as ocr_module
from dondoc.intake.formats import extract_text
from dondoc.intake.ocr import MAX_IMAGE_FRAMES
from dondoc.intake_cli import OCR_NOTICE
from tests.hostile_inputs import HOSTILE_STRINGS
from tests.intake.rendering import NOTICE, image_bytes, scan, text_pdf
from tests.intake.test_pdf import findings


@pytest.fixture(scope="module")
def page():
    """The notice as a 300 dpi grey scan with 0.1% of its pixels flipped.

    At 0.2% tesseract reads "bằng" as "băng" and a stray "_": the spans are then off by two.
    """
    return scan(text_pdf(NOTICE), dpi=300, noise=0.001)


@pytest.fixture(scope="module")
def clipping(page):
    """The part of the page with text on it (a photographed clipping), to read it faster."""
    box = ImageOps.invert(page.point(lambda value: 255 if value < 128 else 0)).getbbox()
    left, top, right, bottom = ImageOps.invert(page).getbbox() if box is None else box
    return page.crop((left - 40, top - 40, right + 40, bottom + 40))


def test_a_scanned_pdf_gives_the_same_findings_as_its_text_flagged_for_review(page):
    data = image_bytes(page, "PDF", resolution=300)

    result = read_bytes(data, name="scan.pdf")

    assert findings(result, with_spans=False) == findings(read(NOTICE), with_spans=False)
    assert (result.encoding, result.is_from_ocr, result.to_dict()["is_from_ocr"]) == (
        "ocr/pdf",
        True,
        True,
    )


@pytest.mark.parametrize(
    ("image_format", "options"),
    [("PNG", {}), ("JPEG", {"quality": 75}), ("TIFF", {"compression": "tiff_lzw"})],
    ids=["PNG", "JPEG", "TIFF"],
)
def test_a_scanned_image_gives_the_same_findings_as_its_text(clipping, image_format, options):
    data = image_bytes(clipping, image_format, **options)

    result = read_bytes(data, name=f"scan.{image_format.lower()}")

    assert findings(result, with_spans=False) == findings(read(NOTICE), with_spans=False)
    assert (result.encoding, result.is_from_ocr) == (f"ocr/{image_format.lower()}", True)


def test_the_command_says_a_scan_needs_review(clipping, tmp_path, capsys):
    path = tmp_path / "scan.png"
    path.write_bytes(image_bytes(clipping, "PNG"))

    main(["intake", str(path)])
    summary = capsys.readouterr().out
    main(["intake", "--json", str(path)])
    line = json.loads(capsys.readouterr().out)

    assert (OCR_NOTICE in summary, line["is_from_ocr"], line["encoding"]) == (True, True, "ocr/png")


def png_chunk(kind, content):
    crc = struct.pack(">I", zlib.crc32(kind + content))
    return struct.pack(">I", len(content)) + kind + content + crc


def png_header(width, height):
    """A PNG declaring ``width`` × ``height`` grey pixels, with a few bytes of them."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(bytes(1000))
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", pixels)


@pytest.mark.parametrize("side", [10_000, 100_000], ids=["100 megapixels", "10 gigapixels"])
def test_an_image_of_huge_declared_size_is_refused_before_it_is_read(side):
    with pytest.raises(IntakeError) as caught:
        extract_text(png_header(side, side), name="bomb.png")

    assert caught.value.code == "page_too_large"


def test_a_tiff_with_too_many_pages_is_refused():
    frames = [Image.new("L", (8, 8), 255) for _ in range(MAX_IMAGE_FRAMES + 1)]
    data = image_bytes(frames[0], "TIFF", save_all=True, append_images=frames[1:])

    with pytest.raises(IntakeError) as caught:
        extract_text(data, name="many.tiff")

    assert caught.value.code == "too_many_pages"


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=range(len(HOSTILE_STRINGS)))
@pytest.mark.parametrize("signature", [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00"])
def test_hostile_bytes_after_an_image_signature_are_refused_with_a_code(signature, text):
    data = signature + text.encode("utf-8", "surrogatepass")

    with pytest.raises(IntakeError) as caught:
        extract_text(data, name="hostile.png")

    assert caught.value.code == "malformed_image"


def test_a_page_that_takes_too_long_is_stopped(clipping, monkeypatch):
    monkeypatch.setattr(ocr_module, "PAGE_SECONDS", 0.001)

    with pytest.raises(IntakeError) as caught:
        extract_text(image_bytes(clipping, "PNG"), name="slow.png")

    assert caught.value.code == "ocr_timeout"


def test_without_tesseract_a_scan_is_refused_with_a_hint(clipping, monkeypatch):
    monkeypatch.setenv("PATH", "")

    with pytest.raises(IntakeError, match="tesseract-ocr-vie") as caught:
        extract_text(image_bytes(clipping, "PNG"), name="scan.png")

    assert caught.value.code == "ocr_unavailable"
