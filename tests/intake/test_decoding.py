import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dondoc.intake.decoding import MAX_BYTES, decode
from dondoc.intake.errors import InputTooLargeError, NotTextError
from dondoc.intake.lexicon.legacy_encodings import TCVN3, VNI

# Our own sentence, in the style of a report.
TEXT = "Sáng 20/10, Thường trực Tỉnh ủy làm việc với Ủy ban nhân dân huyện về kết quả thực hiện nhiệm vụ của năm."
LOWER = TEXT.lower()


def tcvn3(text: str) -> bytes:
    by_char = {char: byte for byte, char in TCVN3.items()}
    return bytes(by_char[c] if c in by_char else ord(c) for c in unicodedata.normalize("NFC", text))


def vni(text: str) -> bytes:
    return "".join(VNI.get(c, c) for c in text).encode("cp1252")


def cp1258(text: str) -> bytes:
    # Windows-1258 has some letters precomposed and the tones as combining marks.
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            head = unicodedata.normalize(
                "NFC", base + "".join(m for m in marks if m in "\u0302\u0306\u031b")
            )
            out.append(
                (head + "".join(m for m in marks if m not in "\u0302\u0306\u031b")).encode("cp1258")
            )
    return b"".join(out)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-bom"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (cp1258(TEXT), "windows-1258"),
        (vni(TEXT), "vni"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "utf-16-be", "cp1258", "vni"],
)
def test_each_encoding_is_detected_and_decoded(data, encoding):
    assert decode(data) == (TEXT, encoding)


def test_tcvn3_lower_case_text_is_decoded():
    # TCVN3 capitals live in separate fonts; lower-case text is what the encoding can carry.
    assert decode(tcvn3(LOWER)) == (LOWER, "tcvn3")


def test_the_vni_table_covers_every_vietnamese_letter():
    letters = {
        c
        for c in unicodedata.normalize("NFC", TEXT.lower() + "ắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵđ")
        if ord(c) > 127
    }

    assert letters <= set(VNI)


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02\x03" * 50, bytes(range(256)) * 4])
def test_empty_or_binary_input_is_refused_with_a_reason(data):
    with pytest.raises(NotTextError):
        decode(data)


def test_broken_utf16_after_a_bom_is_refused():
    with pytest.raises(NotTextError, match="utf-16"):
        decode(b"\xff\xfe" + b"\x00\xd8")


def test_a_huge_input_is_refused_naming_the_limit():
    with pytest.raises(InputTooLargeError, match=f"{MAX_BYTES:,}"):
        decode(b"a" * (MAX_BYTES + 1))


@given(st.binary(max_size=500))
def test_arbitrary_bytes_decode_or_are_refused_cleanly(data):
    try:
        text, encoding = decode(data)
    except NotTextError:
        return
    assert isinstance(text, str)
    assert encoding


@pytest.mark.parametrize("codec", ["utf-16", "utf-8"])
def test_a_text_holding_a_nul_character_is_refused_however_it_is_encoded(codec):
    with pytest.raises(NotTextError, match="NUL"):
        decode(
            ("Báo cáo tình hình thực hiện nhiệm vụ năm 2026" + "\x00" + " của huyện").encode(codec)
        )
