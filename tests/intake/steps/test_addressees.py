"""Where an addressee ends: unit names read by their grammar, in names of our own making."""

import pytest

from dondoc.intake.steps.addressees import addressee_end

NAMES = [
    pytest.param("Sở Y tế", "lập danh sách", id="one-capital-and-its-second-syllable"),
    pytest.param("Sở Giao thông vận tải", "khảo sát cầu", id="lower-case-words-of-a-name"),
    pytest.param("Ủy ban nhân dân huyện", "chủ trì", id="ủy-ban-nhân-dân"),
    pytest.param("UBND huyện Lạc Sơn", "thẩm định hồ sơ", id="a-place-after-its-level"),
    pytest.param("Báo Hà Giang", "đăng tải thông tin", id="a-place-takes-no-lower-case-word"),
    pytest.param("Cục Thuế tỉnh", "lập danh sách", id="a-level-ends-a-name"),
    pytest.param("Sở Văn hóa, Thể thao và Du lịch", "tổ chức", id="fields-with-a-comma"),
    pytest.param("Bộ Lao động - Thương binh và Xã hội", "hướng dẫn", id="fields-with-a-dash"),
    pytest.param("Sở Tài chính, Sở Xây dựng", "thẩm định", id="two-units"),
    pytest.param("các sở, ban, ngành có liên quan", "phối hợp", id="a-collective"),
    pytest.param("UBND các huyện, thị xã", "rà soát", id="a-collective-after-a-head"),
    pytest.param("các cơ quan báo chí", "đưa tin", id="a-collective-and-its-noun"),
    pytest.param("các Bộ: Tư pháp, Nội vụ", "góp ý", id="members-after-a-colon"),
    pytest.param("đồng chí Lê Văn Hải, Phó Chủ tịch UBND tỉnh", "chỉ đạo", id="a-person"),
    pytest.param("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "tuần tra", id="a-verb-inside-a-name"),
    pytest.param("Trung tâm Kiểm soát bệnh tật tỉnh", "giám sát", id="lower-case-words-to-a-level"),
    pytest.param("Hội Làm vườn Việt Nam", "vận động hội viên", id="a-name-ending-with-the-country"),
    pytest.param("Thanh tra tỉnh", "thanh tra", id="a-head-that-is-a-verb-too"),
    pytest.param("Sở Kế hoạch và Đầu tư", "làm đầu mối", id="a-verb-we-do-not-list"),
]


@pytest.mark.parametrize(("name", "work"), NAMES)
def test_issue_9_an_addressee_ends_where_the_work_starts(name, work):
    text = f"{name} {work} trong tháng tới"

    assert text[: addressee_end(text, 0, len(text))] == name


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ban hành Kế hoạch thực hiện", id="a-capitalised-verb"),
        pytest.param("Tổ chức Hội nghị sơ kết", id="a-capitalised-verb-before-a-capital"),
        pytest.param("trong tháng 9", id="a-lower-case-word"),
    ],
)
def test_issue_9_no_addressee_starts_at_the_work(text):
    assert addressee_end(text, 0, len(text)) == 0


def test_issue_9_a_name_that_does_not_go_on_into_a_clause_is_cut_at_its_end():
    text = "Hội nghị do Sở Nội vụ chủ trì"

    assert text[: addressee_end(text, 0, len(text))] == "Hội nghị"
