from dondoc.intake.normalize import normalize
from dondoc.intake.steps.organisations import find_organisations


def names(text):
    return [o.name for o in find_organisations(normalize(text))]


def test_organisations_are_listed_once_in_order_of_first_mention():
    text = "Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Đông Phong; lãnh đạo sở, ban, ngành dự. Thường trực Tỉnh ủy kết luận."

    assert names(text) == [
        "Thường trực Tỉnh ủy",
        "Ban Thường vụ Huyện ủy Đông Phong",
        "sở, ban, ngành",
    ]


def test_a_place_ends_an_organisation_name():
    assert names("Thành ủy Lạng Sơn lựa chọn 10 nhiệm vụ") == ["Thành ủy Lạng Sơn"]


def test_abbreviations_are_organisations_on_their_own():
    assert names("HĐND và UBND tỉnh thống nhất") == ["HĐND", "UBND tỉnh"]


def test_a_lone_head_word_is_not_an_organisation():
    assert names("Sở đã họp; Bộ cho biết") == []
