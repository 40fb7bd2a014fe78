import pytest

from dondoc.core.unit_names import is_unit_key_prefix, unit_key

EXAMPLES = [
    pytest.param("UBND huyện Bắc Hà", "Ủy ban nhân dân huyện Bắc Hà", id="ubnd"),
    pytest.param("HĐND tỉnh", "Hội đồng nhân dân tỉnh", id="hdnd"),
    pytest.param("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh", id="mttq"),
    pytest.param("UBMTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh", id="ubmttq"),
    pytest.param("BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", id="btv"),
    pytest.param("Đoàn ĐBQH tỉnh", "Đoàn Đại biểu Quốc hội tỉnh", id="dbqh"),
    pytest.param("UBND TP. Lạng Sơn", "UBND thành phố Lạng Sơn", id="tp-with-a-stop"),
    pytest.param("Uỷ ban nhân dân", "ỦY BAN NHÂN DÂN", id="tone-placement-and-case"),
]


@pytest.mark.parametrize(("written", "stored"), EXAMPLES)
def test_a_unit_written_short_has_the_key_of_its_full_name(written, stored):
    assert unit_key(written) == unit_key(stored)


def test_an_ambiguous_abbreviation_is_left_as_written():
    assert unit_key("TT Huyện ủy") == "tt huyen uy"


def test_punctuation_inside_a_name_is_not_part_of_its_key():
    assert unit_key("Sở Lao động - Thương binh và Xã hội") == "so lao dong thuong binh va xa hoi"


def test_a_key_is_a_prefix_only_at_a_word_boundary():
    assert is_unit_key_prefix("xa an", "xa an phu")
    assert not is_unit_key_prefix("xa an", "xa anh son")
    assert not is_unit_key_prefix("", "xa an phu")
