"""Titles one is elected or appointed to, list titles and names in capitals: our own sentences."""

import pytest

from dondoc.intake import read


def positions(text):
    return {p.name: list(p.positions) for p in read(text).people}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Đồng chí Khổng Minh Tuấn được bầu giữ chức Chủ tịch UBND tỉnh.",
            "Khổng Minh Tuấn",
            "Chủ tịch UBND tỉnh",
        ),
        (
            "Ông Ma Văn Lực tái đắc cử chức Bí thư Huyện ủy Chợ Đồn.",
            "Ma Văn Lực",
            "Bí thư Huyện ủy Chợ Đồn",
        ),
        (
            "UBND tỉnh bổ nhiệm ông Lò Văn Hùng giữ chức Giám đốc Sở Y tế.",
            "Lò Văn Hùng",
            "Giám đốc Sở Y tế",
        ),
        (
            "HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Vi Văn Bình.",
            "Vi Văn Bình",
            "Phó Chủ tịch UBND tỉnh",
        ),
    ],
)
def test_titles_conferred_by_election_or_appointment_are_positions(text, name, title):
    assert title in positions(text)[name]


def test_a_title_conferred_on_two_people_joined_by_va_goes_to_both():
    text = (
        "Theo đó, bà Trần Thị Mai, Giám đốc Sở Tài chính và ông Lê Văn Hòa, Bí thư Huyện ủy "
        "được bầu giữ chức Phó Chủ tịch UBND tỉnh."
    )

    found = positions(text)

    assert found["Trần Thị Mai"] == ["Giám đốc Sở Tài chính", "Phó Chủ tịch UBND tỉnh"]
    assert found["Lê Văn Hòa"] == ["Bí thư Huyện ủy", "Phó Chủ tịch UBND tỉnh"]


def test_a_conferred_title_skips_the_person_congratulating():
    text = (
        "Đồng chí Hà Văn Sơn - Bí thư Tỉnh ủy chúc mừng đồng chí Đinh Văn Tú được giao làm Phó Bí "
        "thư Tỉnh ủy."
    )

    found = positions(text)

    assert found["Hà Văn Sơn"] == ["Bí thư Tỉnh ủy"]
    assert found["Đinh Văn Tú"] == ["Phó Bí thư Tỉnh ủy"]


def test_a_role_of_the_occasion_is_still_not_a_position():
    assert positions("Ông Nguyễn Văn Bảo làm trưởng đoàn.") == {"Nguyễn Văn Bảo": []}


def test_a_list_line_gives_its_title_to_the_name_after_the_colon():
    text = "1. Bí thư tỉnh ủy Bà Rịa – Vũng Tàu: Ông Trịnh Văn Bảy, Ủy viên Trung ương Đảng."

    assert "Bí thư tỉnh ủy Bà Rịa – Vũng Tàu" in positions(text)["Trịnh Văn Bảy"]


def test_a_comma_inside_a_department_name_does_not_split_the_title_before_a_name():
    text = "Giám đốc Sở Lao động, Thương binh và Xã hội Phạm Văn Thành phát biểu."

    assert positions(text) == {"Phạm Văn Thành": ["Giám đốc Sở Lao động, Thương binh và Xã hội"]}


def test_a_name_in_capitals_after_an_honorific_is_read():
    text = "Phát biểu tại hội nghị, ông NGUYỄN VĂN AN, Chủ tịch UBND tỉnh cho biết."

    assert positions(text) == {"NGUYỄN VĂN AN": ["Chủ tịch UBND tỉnh"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phó Chủ tịch UBND tỉnh Mông Thị Lan phát biểu.", "Mông Thị Lan"),
        ("Kha Văn Tám, Giám đốc Sở Y tế, cho biết.", "Kha Văn Tám"),
    ],
)
def test_issue_9_a_family_name_off_our_list_is_read_beside_a_title(text, name):
    assert name in positions(text)


def test_issue_9_a_two_word_run_beside_a_title_needs_a_known_family_name():
    assert positions("Giám đốc Cục Thi hành án dân sự tỉnh phát biểu.") == {}


def test_issue_9_a_title_of_office_goes_to_everyone_listed_after_doi_voi():
    text = (
        "HĐND miễn nhiệm chức danh Ủy viên UBND tỉnh, nhiệm kỳ 2016-2021 đối với ông Nguyễn Văn "
        "Tư-nguyên Giám đốc Sở Tài chính; ông Trần Văn Năm, Giám đốc Sở VH-TT&DL."
    )

    found = positions(text)

    assert found["Nguyễn Văn Tư"] == ["nguyên Giám đốc Sở Tài chính", "Ủy viên UBND tỉnh"]
    assert found["Trần Văn Năm"] == ["Giám đốc Sở VH-TT&DL", "Ủy viên UBND tỉnh"]


def test_issue_9_each_title_goes_to_its_own_doi_voi():
    text = (
        "HĐND miễn nhiệm chức danh Chủ tịch HĐND tỉnh đối với bà Lê Thị Hoa; Chủ tịch UBND tỉnh "
        "đối với ông Lê Văn Dũng."
    )

    assert positions(text)["Lê Văn Dũng"] == ["Chủ tịch UBND tỉnh"]


def test_issue_9_an_abbreviated_title_in_the_recipients_counts():
    text = "Phó Thủ tướng Lê Văn Bảy có ý kiến.\n\nNơi nhận:\n- TTgCP, PTTg Lê Văn Bảy;\n- Lưu: VT."

    assert positions(text)["Lê Văn Bảy"] == ["Phó Thủ tướng", "PTTg"]


def test_issue_9_a_degree_before_a_name_marks_a_person_with_no_position():
    assert positions("Bộ đánh giá đề xuất của TS. Hồ Huy Cường tại bài báo.") == {
        "Hồ Huy Cường": []
    }


def test_issue_9_the_signer_named_in_the_recipients_gets_the_abbreviated_title():
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 12/VPCP-KT\nHà Nội, ngày 1 tháng 2 năm 2021\n\nNơi nhận:\n"
        "- VPCP: BTCN, PCN Trần Văn Sơn;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\n"
        "Trần Văn Sơn\n"
    )

    assert positions(text)["Trần Văn Sơn"] == ["PHÓ CHỦ NHIỆM", "PCN"]
