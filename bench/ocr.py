"""OCR character accuracy and speed on pages we draw ourselves from texts we wrote (#9).

Each text is drawn by WeasyPrint (Liberation Serif 13 pt, A4), rasterised by pdftoppm at 150, 200
and 300 dpi, and read by tesseract ``-l vie`` (one thread) as the intake does. Accuracy is
1 - edit distance / length of the text, after the intake's own reflow of wrapped lines.

    PYTHONPATH=. .venv/bin/python bench/ocr.py
"""

from __future__ import annotations

import difflib
import tempfile
import time
from pathlib import Path

from dondoc.intake.ocr import tesseract
from dondoc.intake.pdf import reflow
from tests.intake.rendering import NOTICE, image_bytes, scan, text_pdf

# Our own prose: a report excerpt with the things the intake extracts (dates, numbers, numerals).
REPORT = (
    "Trong quý IV/2024, toàn tỉnh giải ngân được 3.412 tỷ đồng vốn đầu tư công, đạt 86,2% kế "
    "hoạch; 12/20 xã đạt chuẩn nông thôn mới nâng cao. Sáng 20/10, Ban Thường vụ Tỉnh ủy họp "
    "phiên thường kỳ tháng 10, cho ý kiến về dự thảo Báo cáo chính trị trình Đại hội Đảng bộ tỉnh "
    "lần thứ XVIII, nhiệm kỳ 2025 - 2030.\n"
    "Hội nghị thống nhất giao Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành tập trung tháo gỡ vướng "
    "mắc về mặt bằng cho 14 dự án chậm tiến độ, báo cáo kết quả trước ngày 15/11/2024. Đồng chí "
    "Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị tăng cường thông tin về Kết luận số 21-KL/TW và Chỉ "
    "thị số 35-CT/TW của Bộ Chính trị."
)
TEXTS = {"notice": NOTICE, "report": REPORT}
RESOLUTIONS = (150, 200, 300)


def distance(a: str, b: str) -> int:
    """Levenshtein distance between two texts."""
    previous = list(range(len(b) + 1))
    for i, left in enumerate(a, start=1):
        current = [i]
        for j, right in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (left != right))
            )
        previous = current
    return previous[-1]


def errors(reference: str, read: str) -> list[str]:
    """The places where the OCR text differs, as "written → read"."""
    matcher = difflib.SequenceMatcher(None, reference, read, autojunk=False)
    return [
        f"{reference[max(a - 4, 0) : b + 4]!r} → {read[max(c - 4, 0) : d + 4]!r}"
        for tag, a, b, c, d in matcher.get_opcodes()
        if tag != "equal"
    ]


def measure(name: str, text: str, dpi: int) -> tuple[float, float, list[str]]:
    """Accuracy, seconds for the page (rasterise + OCR) and the errors, for one text at one dpi."""
    pdf = text_pdf(text)
    started = time.perf_counter()
    page = scan(pdf, dpi=dpi)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.png"
        path.write_bytes(image_bytes(page, "PNG"))
        read = reflow(tesseract(path, seconds=120))
    seconds = time.perf_counter() - started
    accuracy = 1 - distance(text, read) / len(text)
    return accuracy, seconds, errors(text, read)


def main() -> None:
    """Print one row per text and resolution, then the errors."""
    print("| text | characters | dpi | character accuracy | seconds per page |")
    print("|---|---|---|---|---|")
    found: list[str] = []
    for name, text in TEXTS.items():
        for dpi in RESOLUTIONS:
            accuracy, seconds, wrong = measure(name, text, dpi)
            print(f"| {name} | {len(text)} | {dpi} | {accuracy:.2%} | {seconds:.2f} |")
            found += [f"{name} @ {dpi} dpi: {error}" for error in wrong]
    print()
    print("\n".join(f"- {line}" for line in found))


if __name__ == "__main__":
    main()
