"""PDFs with a text layer, and PDFs that must be refused: made by the tests, never stored (#9)."""

import io
import time

import pytest
from pypdf import PdfWriter

from dondoc.intake import IntakeError, read, read_bytes
from dondoc.intake.formats import extract_text
from dondoc.intake.pdf import MAX_PDF_PAGES, reflow
from tests.hostile_inputs import HOSTILE_STRINGS
from tests.intake.rendering import NOTICE, text_pdf


def findings(result, *, with_spans=True):
    """What the intake found, without how the text was read (nor, if asked, where)."""
    found = {
        key: value
        for key, value in result.to_dict().items()
        if key not in ("source", "encoding", "is_from_ocr")
    }
    return found if with_spans else _without_spans(found)


def _without_spans(value):
    if isinstance(value, dict):
        return {k: _without_spans(v) for k, v in value.items() if k not in ("span", "spans")}
    if isinstance(value, list):
        return [_without_spans(item) for item in value]
    return value


def blank_pdf(pages=1, *, width=595, height=842):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=width, height=height)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def notice_pdf():
    return text_pdf(NOTICE)


def test_a_text_layer_pdf_reads_back_the_text_it_was_drawn_from(notice_pdf):
    text, encoding = extract_text(notice_pdf, name="notice.pdf")

    assert (text, encoding) == (NOTICE, "pdf")


def test_a_text_layer_pdf_gives_the_same_findings_as_its_text(notice_pdf):
    result = read_bytes(notice_pdf, name="notice.pdf")

    assert findings(result) == findings(read(NOTICE))
    assert (result.encoding, result.is_from_ocr) == ("pdf", False)


def test_the_notice_findings_are_what_we_wrote(notice_pdf):
    result = read_bytes(notice_pdf, name="notice.pdf")

    assert [d.number for d in result.documents] == ["62-NQ/TU"]
    assert [(p.name, p.positions) for p in result.people] == [
        ("Nguyễn Thanh Hải", ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")),
        ("Lê Thị Mai", ("Giám đốc Sở Tài chính",)),
    ]
    assert [(d.lead, d.deadline) for d in result.directives] == [
        ("Sở Kế hoạch và Đầu tư", "2025-04-30"),
        ("Sở Xây dựng", "2025-06-15"),
    ]
    assert (result.event_date.value, str(result.figures[0].value)) == ("2025-03-14", "1250")


def test_an_encrypted_pdf_is_refused_with_a_stable_code(notice_pdf):
    writer = PdfWriter(clone_from=io.BytesIO(notice_pdf))
    writer.encrypt("mật khẩu", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)

    with pytest.raises(IntakeError, match="encrypted") as caught:
        extract_text(buffer.getvalue(), name="locked.pdf")

    assert caught.value.code == "encrypted_pdf"


def test_a_truncated_pdf_is_refused_as_malformed(notice_pdf):
    with pytest.raises(IntakeError) as caught:
        extract_text(notice_pdf[: len(notice_pdf) // 3], name="cut.pdf")

    assert caught.value.code == "malformed_pdf"


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=range(len(HOSTILE_STRINGS)))
def test_hostile_bytes_after_a_pdf_signature_are_refused_with_a_code(text):
    data = b"%PDF-1.7\n" + text.encode("utf-8", "surrogatepass")

    with pytest.raises(IntakeError) as caught:
        extract_text(data, name="hostile.pdf")

    assert caught.value.code in ("malformed_pdf", "empty_input")


def test_a_declared_billion_pages_is_refused_before_any_page_is_read():
    data = blank_pdf().replace(b"/Count 1", b"/Count 1000000000")
    started = time.perf_counter()

    with pytest.raises(IntakeError, match="1,000,000,000 pages") as caught:
        extract_text(data, name="bomb.pdf")

    assert (caught.value.code, time.perf_counter() - started < 1) == ("too_many_pages", True)


def test_too_many_real_pages_are_refused():
    with pytest.raises(IntakeError) as caught:
        extract_text(blank_pdf(MAX_PDF_PAGES + 1), name="long.pdf")

    assert caught.value.code == "too_many_pages"


def test_too_many_pages_to_scan_are_refused_before_any_is_drawn():
    started = time.perf_counter()

    with pytest.raises(IntakeError, match="scanned pages") as caught:
        extract_text(blank_pdf(31), name="scans.pdf")

    assert (caught.value.code, time.perf_counter() - started < 2) == ("too_many_pages", True)


def test_a_scanned_page_of_huge_declared_size_is_refused_before_it_is_drawn():
    started = time.perf_counter()

    with pytest.raises(IntakeError, match="pt a side") as caught:
        extract_text(blank_pdf(width=14_400, height=14_400), name="huge.pdf")

    assert (caught.value.code, time.perf_counter() - started < 1) == ("page_too_large", True)


REFLOW_EXAMPLES = [
    (
        "a line the page wrapped is joined",
        "Giao Sở Tài chính chủ trì, phối\nhợp với Sở Xây dựng.",
        "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng.",
    ),
    (
        "a number broken after its hyphen is joined whole",
        "thực hiện Nghị quyết số 62-\nNQ/TU.",
        "thực hiện Nghị quyết số 62-NQ/TU.",
    ),
    (
        "a sentence's end keeps its line",
        "Họp xong lúc mười giờ sáng.\nGiao Sở Nội vụ.",
        "Họp xong lúc mười giờ sáng.\nGiao Sở Nội vụ.",
    ),
    (
        "short header lines stay apart",
        "UBND TỈNH\nSỞ TÀI CHÍNH\nSố: 12/STC-NS là số của công văn này",
        "UBND TỈNH\nSỞ TÀI CHÍNH\nSố: 12/STC-NS là số của công văn này",
    ),
    (
        "a blank line ends the paragraph",
        "Giao Sở Tài chính chủ trì, phối\n\nhợp với Sở Xây dựng.",
        "Giao Sở Tài chính chủ trì, phối\nhợp với Sở Xây dựng.",
    ),
    (
        "a dash between spaces keeps its space",
        "Ông Lê Văn Nam, Giám đốc Sở -\nthay mặt lãnh đạo tỉnh",
        "Ông Lê Văn Nam, Giám đốc Sở - thay mặt lãnh đạo tỉnh",
    ),
    ("nothing gives nothing", "", ""),
]


@pytest.mark.parametrize(
    ("text", "expected"), [e[1:] for e in REFLOW_EXAMPLES], ids=[e[0] for e in REFLOW_EXAMPLES]
)
def test_reflow(text, expected):
    assert reflow(text) == expected


def test_a_blank_scanned_page_is_refused_as_empty():
    with pytest.raises(IntakeError) as caught:
        extract_text(blank_pdf(), name="blank.pdf")

    assert caught.value.code == "empty_input"


def test_a_pdf_that_pdftoppm_cannot_draw_is_refused_as_malformed():
    data = blank_pdf().replace(b"/Count 1", b"/Count 0")

    with pytest.raises(IntakeError) as caught:
        extract_text(data, name="lying.pdf")

    assert caught.value.code == "malformed_pdf"
