import io
import os
import time
import tracemalloc
import zipfile

import pytest
from docx import Document

from dondoc.intake import read_bytes
from dondoc.intake.errors import NotTextError, UnsupportedFormatError
from dondoc.intake.formats import (
    MAX_DOCX_ENTRIES,
    EmptyInputError,
    UnsafeArchiveError,
    extract_text,
    html_text,
)


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


def test_bytes_that_only_start_like_a_pdf_are_refused_as_malformed():
    with pytest.raises(NotTextError) as caught:
        extract_text(b"%PDF-1.7 ...")

    assert caught.value.code == "malformed_pdf"


def zip_bytes(entries: dict[str, bytes | int]) -> bytes:
    """A zip of the given entries; an int is that many zero bytes, streamed (never in memory)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            with archive.open(name, "w", force_zip64=True) as entry:
                if isinstance(content, bytes):
                    entry.write(content)
                    continue
                chunk = bytes(1024 * 1024)
                for _ in range(content // len(chunk)):
                    entry.write(chunk)
    return buffer.getvalue()


def with_part(data: bytes, name: str, content: bytes) -> bytes:
    """The .docx ``data`` with one part replaced."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {item: source.read(item) for item in source.namelist()}
    return zip_bytes({**parts, name: content})


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + "]><w:document><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    # 500 MiB of zeros in about 0.5 MB, padded to ~1.5 MB with data that does not compress.
    return zip_bytes(
        {"word/document.xml": 500 * 1024 * 1024, "media/noise.bin": os.urandom(1_000_000)}
    )


def test_issue_8_a_zip_bomb_docx_is_refused_fast_with_bounded_memory(zip_bomb):
    tracemalloc.start()
    started = time.perf_counter()

    with pytest.raises(UnsafeArchiveError, match="expand"):
        extract_text(zip_bomb, name="bomb.docx")

    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert (elapsed < 1, peak < 16 * 1024 * 1024) == (True, True)


def test_issue_8_a_docx_part_that_expands_too_many_times_is_refused():
    data = zip_bytes({"word/document.xml": 10 * 1024 * 1024})

    with pytest.raises(UnsafeArchiveError, match="zip bomb") as caught:
        extract_text(data, name="ratio.docx")

    assert caught.value.code == "unsafe_archive"


def test_issue_8_a_docx_with_too_many_parts_is_refused():
    data = zip_bytes({f"part{i}.xml": b"<a/>" for i in range(MAX_DOCX_ENTRIES + 1)})

    with pytest.raises(UnsafeArchiveError, match="too many"):
        extract_text(data, name="many.docx")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_issue_8_billion_laughs_in_a_docx_is_refused(encoding):
    laughs = LAUGHS.replace('version="1.0"', f'version="1.0" encoding="{encoding}"')
    data = with_part(docx_bytes("Báo cáo"), "word/document.xml", laughs.encode(encoding))

    with pytest.raises(UnsafeArchiveError, match="DTD"):
        extract_text(data, name="laughs.docx")


@pytest.mark.parametrize("data", [b"", b"  \n\t ", b"\r\n"], ids=["nothing", "blanks", "newline"])
def test_issue_8_blank_input_is_refused_with_a_stable_code(data):
    with pytest.raises(EmptyInputError) as caught:
        extract_text(data, name="blank.txt")

    assert caught.value.code == "empty_input"


def test_issue_8_a_word_file_without_text_is_refused_as_empty():
    document = Document()
    buffer = io.BytesIO()
    document.save(buffer)

    with pytest.raises(EmptyInputError):
        extract_text(buffer.getvalue(), name="blank.docx")


def test_issue_8_binary_input_is_refused_as_not_text():
    with pytest.raises(NotTextError) as caught:
        extract_text(bytes(range(256)) * 4, name="photo.txt")

    assert caught.value.code == "not_text"
