import io

import pytest
from docx import Document

from dondoc.intake import read_bytes
from dondoc.intake.errors import NotTextError, UnsupportedFormatError
from dondoc.intake.formats import extract_text, html_text


def docx_bytes(*paragraphs: str) -> bytes:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Chỉ tiêu"
    table.rows[0].cells[1].text = "12/20 xã"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_file_is_read_with_its_tables():
    data = docx_bytes("Sáng 5/6/2024, Bí thư Huyện ủy Lê Văn Sơn chủ trì hội nghị.")

    result = read_bytes(data, name="report.docx")

    assert result.encoding == "docx"
    assert result.event_date.value == "2024-06-05"
    assert [f.total for f in result.figures if f.total] == [20]


def test_a_saved_page_keeps_the_article_and_drops_the_furniture():
    page = (
        "<!doctype html><html><head><title>Tin</title><style>p{}</style></head><body>"
        "<nav>Trang chủ | Thời sự</nav><article><h1>Hội nghị</h1><p>Sáng 3/7, tỉnh họp &amp; bàn.</p></article>"
        "<footer>Bản quyền 2024</footer><script>var x = '<p>';</script></body></html>"
    )

    text, encoding = extract_text(page.encode("utf-8"), name="tin.html")

    assert (text, encoding) == ("Hội nghị\nSáng 3/7, tỉnh họp & bàn.", "html/utf-8")


def test_a_page_without_an_article_keeps_its_body_text():
    assert html_text("<div>Một</div><div>Hai</div>") == "Một\nHai"


def test_a_zip_that_is_not_a_word_file_is_refused():
    with pytest.raises(UnsupportedFormatError):
        extract_text(b"PK\x03\x04rest", name="data.zip")


def test_a_broken_word_file_is_refused_with_a_reason():
    with pytest.raises(NotTextError, match="Word"):
        extract_text(b"PK\x03\x04broken", name="report.docx")


def test_pdf_is_refused_for_now_with_a_hint():
    with pytest.raises(UnsupportedFormatError, match="PDF"):
        extract_text(b"%PDF-1.7 ...")
