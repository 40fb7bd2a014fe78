import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dondoc.intake.normalize import normalize

CASES = {
    "Uỷ ban": "Ủy ban",
    "hoà bình": "hòa bình",
    "Thanh Hoá": "Thanh Hóa",
    "thuỷ lợi": "thủy lợi",
    "Toạ đàm": "Tọa đàm",
    "khoẻ": "khỏe",
    "hoàng": "hoàng",
    "khuyến": "khuyến",
    "quý": "quý",
    "thành\u00a0phố": "thành phố",
}


@pytest.mark.parametrize(("text", "expected"), CASES.items(), ids=list(CASES))
def test_text_is_brought_to_one_normal_form(text, expected):
    assert normalize(text).text == expected


def test_nfd_text_is_composed_and_spans_point_into_the_original():
    original = unicodedata.normalize("NFD", "Nghị quyết số 62")

    normalized = normalize(original)

    assert normalized.text == "Nghị quyết số 62"
    assert normalized.span(0, 10).text == original[: original.index(" s")]


def test_a_span_after_an_old_style_tone_maps_back_exactly():
    normalized = normalize("Uỷ viên Trung ương")

    span = normalized.span(3, 7)

    assert (span.start, span.end, span.text) == (3, 7, "viên")


@given(st.text(max_size=200))
def test_every_character_maps_into_the_original(text):
    normalized = normalize(text)

    assert len(normalized.offsets) == len(normalized.text)
    assert all(0 <= offset <= len(text) for offset in normalized.offsets)
    assert list(normalized.offsets) == sorted(normalized.offsets)
