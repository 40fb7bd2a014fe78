"""Pages we draw ourselves from texts we wrote: a PDF by WeasyPrint, a scan by pdftoppm (#9)."""

import html
import io
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image
from weasyprint import HTML

# A conclusion notice of our own (no real people): a date, a document number, two officials with
# titles, a budget figure and two directives with lead, co-operating unit and deadline.
NOTICE = (
    "Ngày 14/3/2025, đồng chí Nguyễn Thanh Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì "
    "buổi làm việc với Sở Kế hoạch và Đầu tư về tiến độ thực hiện Nghị quyết số 62-NQ/TU của Ban "
    "Chấp hành Đảng bộ tỉnh. Dự lần này có đồng chí Lê Thị Mai, Giám đốc Sở Tài chính.\n"
    "Năm 2025, tỉnh bố trí 1.250 tỷ đồng vốn ngân sách cho các dự án trọng điểm.\n"
    "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính rà soát danh mục dự án, "
    "hoàn thành trước ngày 30/4/2025.\n"
    "Giao Sở Xây dựng chủ trì, phối hợp với UBND các huyện lập kế hoạch giải phóng mặt bằng, "
    "hoàn thành trước ngày 15/6/2025."
)

_STYLE = (
    "@page { size: A4; margin: 2cm }"
    " body { font-family: 'Liberation Serif'; font-size: 13pt; line-height: 1.4 }"
)


def text_pdf(text: str) -> bytes:
    """An A4 PDF with a text layer, one paragraph a line of ``text``."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
    page = f"<html><head><style>{_STYLE}</style></head><body>{paragraphs}</body></html>"
    return bytes(HTML(string=page).write_pdf())


def scan(pdf: bytes, *, dpi: int = 300, noise: float = 0.0, seed: int = 9) -> Image.Image:
    """The first page rasterised in grey by pdftoppm, with a share ``noise`` of pixels flipped."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            [
                shutil.which("pdftoppm") or "/usr/bin/pdftoppm",
                "-r",
                str(dpi),
                "-gray",
                "-png",
                "-singlefile",
                "-f",
                "1",
                "-l",
                "1",
                str(path),
                str(path.with_suffix("")),
            ],
            check=True,
        )
        with Image.open(path.with_suffix(".png")) as drawn:
            image = drawn.convert("L")
    pixels = image.load()
    chance = random.Random(seed)  # noqa: S311 - noise, not secrets
    for _ in range(int(noise * image.width * image.height)):
        x, y = chance.randrange(image.width), chance.randrange(image.height)
        pixels[x, y] = 255 - pixels[x, y]
    return image


def image_bytes(image: Image.Image, image_format: str, **options: object) -> bytes:
    """``image`` saved in ``image_format`` ("PNG", "JPEG", "TIFF", "PDF")."""
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()
