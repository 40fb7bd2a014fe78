"""Directives from assigning texts: our own sentences, of the shapes official texts use."""

import pytest

from dondoc.intake import read
from tests.intake.cases.directives import (
    BUGS_CAUGHT,
    EXAMPLES,
    KNOWN_FAILURES,
    NOT_DIRECTIVES,
    NOT_DIRECTIVES_CAUGHT,
    SECOND_BATCH,
    SECOND_BATCH_NOT_DIRECTIVES,
    WHOLE_LETTER,
    WHOLE_LETTER_DIRECTIVES,
)


def directives(text):
    return [(d.lead, d.text, list(d.cooperating), d.deadline) for d in read(text).directives]


def test_giao_with_a_lead_cooperating_units_and_a_dated_deadline():
    text = (
        "Giao Sở Xây dựng chủ trì, phối hợp với Sở Giao thông vận tải và các địa phương liên quan "
        "rà soát quy hoạch bến xe, báo cáo UBND tỉnh trước ngày 15/8/2021."
    )

    [(lead, span, cooperating, deadline)] = directives(text)

    assert lead == "Sở Xây dựng"
    assert cooperating == ["Sở Giao thông vận tải", "các địa phương liên quan"]
    assert deadline == "2021-08-15"
    assert span.endswith("trước ngày 15/8/2021")


def test_a_unit_whose_name_holds_va_is_not_split():
    text = "Giao Bộ Lao động - Thương binh và Xã hội phối hợp với Bộ Văn hóa, Thể thao và Du lịch lập đề án."

    [(lead, _, cooperating, _)] = directives(text)

    assert lead == "Bộ Lao động - Thương binh và Xã hội"
    assert cooperating == ["Bộ Văn hóa, Thể thao và Du lịch"]


def test_yeu_cau_keeps_a_collective_addressee_whole():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành có liên quan khẩn trương hoàn thiện hồ sơ."
    )

    assert directives(text)[0][0] == "các sở, ban, ngành có liên quan"


def test_a_list_under_an_addressee_gives_one_directive_per_item():
    text = (
        "Về việc này, Thủ tướng Chính phủ giao Bộ Công Thương:\n"
        "- Kiểm tra giá phân bón tại các tỉnh phía Nam.\n"
        "- Chủ trì, phối hợp với Bộ Tài chính đề xuất biện pháp bình ổn giá.\n"
        "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./."
    )

    found = directives(text)

    assert [d[0] for d in found] == ["Bộ Công Thương", "Bộ Công Thương"]
    assert found[1][2] == ["Bộ Tài chính"]


def test_a_letters_numbered_opinions_give_their_own_addressees():
    text = (
        "Phó Thủ tướng có ý kiến như sau:\n"
        "1. Bộ Y tế hoàn thiện dự thảo Thông tư, trình trong tháng 9/2022.\n"
        "2. Đồng ý về nguyên tắc đề xuất của Bộ Y tế.\n"
        "3. Giao Bộ Tài chính bố trí kinh phí trong quý IV năm 2022.\n"
        "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./."
    )

    found = directives(text)

    assert [(d[0], d[3]) for d in found] == [
        ("Bộ Y tế", "2022-09-30"),
        ("Bộ Tài chính", "2022-12-31"),
    ]


def test_a_directing_speech_gives_x_can_and_the_tasks_after_it():
    text = (
        "Phát biểu chỉ đạo, Bộ trưởng đánh giá cao kết quả của tỉnh. Bình Định cần rà soát các dự "
        "án chậm tiến độ. Tập trung giải ngân vốn đầu tư công."
    )

    found = directives(text)

    assert [d[0] for d in found] == ["Bình Định", "Bình Định"]
    assert found[1][1] == "Tập trung giải ngân vốn đầu tư công"


def test_sub_points_after_trong_do_stay_inside_their_task():
    text = (
        "Kết luận cuộc họp, Chủ tịch yêu cầu Sở Tài chính rà soát dự toán. Trong đó, lưu ý các "
        "khoản chi thường xuyên; làm rõ nguồn vốn."
    )

    [(_, span, _, _)] = directives(text)

    assert span.endswith("làm rõ nguồn vốn")


def test_approvals_requests_upward_and_the_closing_line_are_not_directives():
    text = (
        "Đồng ý chủ trương đầu tư dự án.\n"
        "Huyện kiến nghị tỉnh xem xét hỗ trợ kinh phí; đề nghị tỉnh bố trí vốn.\n"
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."
    )

    assert directives(text) == []


def test_a_deadline_without_a_year_takes_the_year_of_the_text():
    text = "Ngày 5/3/2020, Chủ tịch yêu cầu Sở Y tế báo cáo kết quả trước ngày 20/3."

    assert directives(text)[0][3] == "2020-03-20"


def test_a_deadline_whose_year_cannot_be_known_is_month_and_day():
    text = (
        "Phó Thủ tướng yêu cầu UBND các tỉnh: Lào Cai, Yên Bái kiểm tra, báo cáo trước ngày 10/5."
    )

    [(lead, _, _, deadline)] = directives(text)

    assert (lead, deadline) == ("UBND các tỉnh: Lào Cai, Yên Bái", "--05-10")


def test_directives_are_a_top_level_list_in_the_json_form():
    result = read("Giao Sở Nội vụ tham mưu đề án sắp xếp bộ máy, hoàn thành cuối năm 2023.")

    [directive] = result.to_dict()["directives"]

    assert directive["lead"] == "Sở Nội vụ"
    assert (directive["deadline"], directive["deadline_text"]) == ("2023-12-31", "cuối năm 2023")


@pytest.mark.xfail(strict=True, reason="a purpose clause handing another unit its own task")
def test_a_purpose_clause_with_its_own_dated_task_is_a_directive_of_its_own():
    text = "Giao Sở Tài chính thẩm định dự toán để UBND tỉnh trình HĐND tỉnh trước ngày 30/11/2021."

    assert len(directives(text)) == 2


def test_issue_9_a_unit_heading_with_a_colon_leads_its_task_or_its_items():
    text = (
        "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n"
        "1. Sở Tài chính: Chủ trì, phối hợp với Sở Công Thương rà soát nguồn vốn.\n"
        "2. Sở Xây dựng:\n"
        "- Kiểm tra chất lượng công trình.\n"
        "- Hướng dẫn chủ đầu tư hoàn thiện hồ sơ trong tháng 11/2021.\n"
    )

    found = directives(text)

    assert [d[0] for d in found] == ["Sở Tài chính", "Sở Xây dựng", "Sở Xây dựng"]
    assert found[0][1].startswith("Sở Tài chính: Chủ trì")
    assert found[2][3] == "2021-11-30"


def test_issue_9_list_items_share_a_deadline_given_in_a_closing_line():
    text = (
        "Ngày 2/3/2020, UBND tỉnh giao:\n- Sở Nội vụ chủ trì thẩm định đề án.\n"
        "- Sở Tư pháp rà soát văn bản.\nThời hạn hoàn thành: trước ngày 30/4.\n"
    )

    assert [(d[0], d[3]) for d in directives(text)] == [
        ("Sở Nội vụ", "2020-04-30"),
        ("Sở Tư pháp", "2020-04-30"),
    ]


def test_issue_9_an_addressee_named_ban_is_no_briefing():
    text = (
        "Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ, Báo Hà Giang tuyên truyền."
    )

    [(lead, _, cooperating, _)] = directives(text)

    assert (lead, cooperating) == ("Ban Tuyên giáo Tỉnh ủy", ["Sở Nội vụ", "Báo Hà Giang"])


def test_issue_9_a_letters_opinions_may_open_with_co_y_kien_and_a_colon():
    text = (
        "Về việc này, Phó Thủ tướng có ý kiến:\n1. Bộ Công Thương nghiên cứu, tiếp thu ý kiến các bộ.\n"
        "2. Đồng ý về nguyên tắc.\nVăn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./."
    )

    assert [d[0] for d in directives(text)] == ["Bộ Công Thương"]


def found(text):
    return [(d.lead, list(d.cooperating), d.deadline) for d in read(text).directives]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + BUGS_CAUGHT + SECOND_BATCH)
def test_issue_9_assigning_sentences_of_our_own_give_their_lead_units_and_deadline(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text", NOT_DIRECTIVES + NOT_DIRECTIVES_CAUGHT + SECOND_BATCH_NOT_DIRECTIVES
)
def test_issue_9_texts_that_assign_nothing_give_no_directive(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), KNOWN_FAILURES)
@pytest.mark.xfail(strict=True, reason="shapes the directives step does not read yet")
def test_issue_9_known_failures_of_the_directives_step(text, expected):
    assert found(text) == expected


def test_issue_9_a_whole_letter_gives_each_task_with_its_lead_and_deadline():
    assert found(WHOLE_LETTER) == WHOLE_LETTER_DIRECTIVES
