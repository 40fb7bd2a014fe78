"""The conclusion notice of the demo's 20/10/2017 session, in Word and PDF (#11)."""

from datetime import date
from pathlib import Path

import docx
import pytest

from dondoc.apps.directives.models import Directive
from dondoc.apps.exports.docx_writer import document_docx
from dondoc.apps.exports.issuers import issuer_for
from dondoc.apps.exports.notice import notice_build
from dondoc.apps.exports.numbers import issued_number_take
from dondoc.apps.exports.pdf_writer import document_pdf
from tests.apps.exports.conftest import MM, pdf_fonts, pdf_info, pdf_text, text_box

ISSUED_ON = date(2017, 10, 25)
# The @font-face family of the four fonts-liberation2 Liberation Serif files (pdf_writer.FACES).
FACE_NAMES = ("DondocSerif", "DondocSerif-Bold", "DondocSerif-Italic", "DondocSerif-Bold-Italic")


@pytest.fixture
def notice(demo_session):
    issuer = issuer_for(demo_session.host_unit, on=ISSUED_ON)
    issued_number_take(issuer, kind_symbol="TB", issued_on=ISSUED_ON, work_session=demo_session)
    return notice_build(demo_session)


@pytest.fixture
def notice_pdf(notice, tmp_path) -> Path:
    path = tmp_path / "notice.pdf"
    path.write_bytes(document_pdf(notice))
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())


def _docx_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "notice.docx"
    path.write_bytes(data)
    read = docx.Document(str(path))
    cells = [p.text for t in read.tables for c in t._cells for p in c.paragraphs]
    return _flat("\n".join([p.text for p in read.paragraphs] + cells))


def _expected(demo_session) -> list[str]:
    directives = Directive.objects.filter(work_session=demo_session).select_related("lead_unit")
    lines = [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "TỈNH ỦY LẠNG SƠN",
        "Số 01-TB/TU",
        "Lạng Sơn, ngày 25 tháng 10 năm 2017",
        "THÔNG BÁO",
        "T/M BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "Trần Sỹ Thanh",
        "Nơi nhận:",
        "Tô Hùng Khoa",
        "- Lưu Văn phòng Tỉnh ủy Lạng Sơn.",
    ]
    for directive in directives:
        deadline = f"{directive.due_on:%d/%m/%Y}" if directive.due_on else "thường xuyên"
        lines.append(f"{directive.text}. Chủ trì: {directive.lead_unit.name}")
        lines.append(deadline)
    return lines


def test_the_notice_docx_reads_back_with_heading_number_directives_and_signature(
    notice, demo_session, tmp_path
):
    text = _docx_text(document_docx(notice), tmp_path)

    missing = [line for line in _expected(demo_session) if line not in text]
    assert missing == []


def test_the_notice_docx_has_the_profile_page_and_margins(notice, tmp_path):
    path = tmp_path / "notice.docx"
    path.write_bytes(document_docx(notice))

    section = docx.Document(str(path)).sections[0]

    assert [round(v.mm) for v in (section.page_width, section.page_height)] == [210, 297]
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(v.mm) for v in margins] == [20, 20, 30, 15]


def test_the_notice_pdf_text_has_heading_number_directives_and_signature(notice_pdf, demo_session):
    text = _flat(pdf_text(notice_pdf))

    missing = [line for line in _expected(demo_session) if _flat(line) not in text]
    assert missing == []


def test_the_notice_pdf_is_a4_with_the_profile_margins(notice_pdf):
    info = pdf_info(notice_pdf)
    left, top, right, _bottom = text_box(notice_pdf)

    assert "x 841.89 pts (A4)" in info
    # The text fills the page up to the margins (30 mm left, 15 mm right, 20 mm top).
    assert 29.9 <= left * MM <= 31
    assert 14.5 <= (595.28 - right) * MM <= 16
    assert 19.9 <= top * MM <= 23


def test_the_notice_pdf_embeds_only_liberation_serif(notice_pdf):
    fonts = pdf_fonts(notice_pdf)

    assert {row[0].partition("+")[2] for row in fonts} <= set(FACE_NAMES), fonts
    assert all(row[4:6] == ["yes", "yes"] for row in fonts), fonts  # embedded, subset
