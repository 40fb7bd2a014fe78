import pytest
from hypothesis import given
from hypothesis import strategies as st

from dondoc.core.text import char_map, clean, fold

_MAPPINGS = {
    "one_value": {"\u2013": "\\", "\u00a0": "\\", "-": "\\"},
    "several_values": {"\u2013": "-", "\u2044": "/", "\\": "\\\\", "\u0421": "C"},
}


def test_clean_makes_nfd_text_nfc():
    assert clean("Nghi\u0323 quyê\u0301t") == "Nghị quyết"


def test_clean_collapses_spaces_and_unifies_dashes():
    assert clean("  thành  phố 2016\u20142020\n") == "thành phố 2016-2020"


def test_fold_ignores_accents_case_and_tone_placement():
    assert fold("Uỷ ban nhân dân") == fold("ỦY BAN NHÂN DÂN") == "uy ban nhan dan"


def test_fold_maps_both_capital_d_with_stroke_forms():
    assert fold("Đảng") == fold("\u00d0ảng") == "dang"


@pytest.mark.parametrize("mapping", _MAPPINGS.values(), ids=list(_MAPPINGS))
@given(text=st.text("a -\u2013\u00a0\u2044\\\u0421\\1"))
def test_char_map_replaces_as_str_translate_does(mapping, text):
    assert char_map(mapping)(text) == text.translate(str.maketrans(mapping))
