"""People and positions, from sentences we wrote in the style of provincial news."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dondoc.intake import read
from dondoc.intake.normalize import normalize
from dondoc.intake.scoring import key, position_key
from dondoc.intake.steps.people import _capitalised_sequences, find_people
from dondoc.intake.steps.titles import is_title_case
from tests.intake.cases.people import EXAMPLES as CASES_EXAMPLES
from tests.intake.cases.people import KNOWN_FAILURES as CASES_KNOWN_FAILURES
from tests.intake.cases.people import SECOND_BATCH as CASES_SECOND_BATCH
from tests.intake.cases.people import THIRD_BATCH as CASES_THIRD_BATCH


def people(text):
    found, _ = find_people(normalize(text))
    return {p.name: list(p.positions) for p in found}


EXAMPLES = {
    "titles after the name": (
        "Dự có đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.",
        {"Nguyễn Văn An": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]},
    ),
    "title before the name": (
        "Phát biểu kết luận, Bí thư Tỉnh ủy Lê Thị Bình yêu cầu các ngành vào cuộc.",
        {"Lê Thị Bình": ["Bí thư Tỉnh ủy"]},
    ),
    "two titles before the name": (
        "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Trần Văn Cường thăm tỉnh.",
        {"Trần Văn Cường": ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"]},
    ),
    "a title shared by a list": (
        "Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh: Hoàng Minh Đức, Vũ Thu Hà.",
        {"Hoàng Minh Đức": ["Phó Chủ tịch UBND tỉnh"], "Vũ Thu Hà": ["Phó Chủ tịch UBND tỉnh"]},
    ),
    "dash and semicolons between people": (
        "Các đồng chí: Đặng Quốc Huy - Phó Bí thư Tỉnh ủy; Bùi Thị Lan - Giám đốc Sở Văn hóa, Thể thao và Du lịch chủ trì.",
        {
            "Đặng Quốc Huy": ["Phó Bí thư Tỉnh ủy"],
            "Bùi Thị Lan": ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"],
        },
    ),
    "honorific ông is not part of the name": (
        "Ông Phan Văn Khải, Chủ tịch UBND huyện cho biết kế hoạch đã xong.",
        {"Phan Văn Khải": ["Chủ tịch UBND huyện"]},
    ),
    "a place before the name": (
        "Chủ tịch UBND tỉnh Bắc Giang Đỗ Văn Nam chủ trì hội nghị.",
        {"Đỗ Văn Nam": ["Chủ tịch UBND tỉnh Bắc Giang"]},
    ),
    "the role of the occasion is not a position": (
        "Đoàn do đồng chí Ngô Minh Tâm, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn.",
        {"Ngô Minh Tâm": ["Phó Chủ tịch HĐND tỉnh"]},
    ),
    "old tone placement is kept as written": (
        "Đồng chí Trịnh Văn Hải, Uỷ viên Ban Thường vụ Tỉnh uỷ phát biểu.",
        {"Trịnh Văn Hải": ["Uỷ viên Ban Thường vụ Tỉnh uỷ"]},
    ),
}
BUGS_CAUGHT = {
    "issue 9: a part of a body, then after a comma the body it belongs to": (
        "Đồng chí Phạm Văn Lộc, Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương phát biểu.",
        {"Phạm Văn Lộc": ["Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương"]},
    ),
    "a title given before 'đối với ông'": (
        "Miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông Lê Văn Sơn.",
        {"Lê Văn Sơn": ["Chủ tịch UBND tỉnh"]},
    ),
    "a middle name that is also a word of a title": (
        "Đồng chí Hồ Quốc Dũng, Phó Bí thư Tỉnh ủy dự.",
        {"Hồ Quốc Dũng": ["Phó Bí thư Tỉnh ủy"]},
    ),
    "a province named like a person": (
        "Đoàn công tác làm việc tại tỉnh Lâm Đồng và thành phố Hà Nội.",
        {},
    ),
    "a lake or a school without a title": ("Du khách đến Hồ Tây và trường Chu Văn An.", {}),
    "a verb after the title ends it": (
        "Đồng chí Lý Văn Tài, Chủ tịch Hội đồng nhân dân tỉnh bày tỏ sự đồng tình.",
        {"Lý Văn Tài": ["Chủ tịch Hội đồng nhân dân tỉnh"]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), EXAMPLES.values(), ids=list(EXAMPLES))
def test_examples(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT.values(), ids=list(BUGS_CAUGHT))
def test_bugs_caught(text, expected):
    assert people(text) == expected


def test_the_byline_in_capitals_is_the_author_not_a_person():
    found, author = find_people(
        normalize("Đồng chí Nguyễn Văn An, Bí thư Huyện ủy dự.\n\nTRẦN THU HÀ")
    )

    assert author == "TRẦN THU HÀ"
    assert [p.name for p in found] == ["Nguyễn Văn An"]


def test_a_person_named_twice_is_one_entry_with_positions_merged_and_both_spans():
    text = (
        "Đồng chí Mai Văn Hùng, Bí thư Tỉnh ủy phát biểu. Chủ tịch HĐND tỉnh Mai Văn Hùng kết luận."
    )

    found, _ = find_people(normalize(text))

    assert len(found) == 1
    assert found[0].positions == ("Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh")
    assert [text[s.start : s.end] for s in found[0].spans] == ["Mai Văn Hùng", "Mai Văn Hùng"]


def test_a_photo_credit_is_not_a_person():
    assert people("Toàn cảnh hội nghị. Ảnh: Nguyễn Thành") == {}


MORE_EXAMPLES = {
    "a delegation role next to a real title": (
        "Đồng chí Vũ Văn Hải, Trưởng đoàn công tác, Phó Chủ tịch UBND tỉnh phát biểu.",
        {"Vũ Văn Hải": ["Phó Chủ tịch UBND tỉnh"]},
    ),
    "a title glued to the name without a comma": (
        "Ông Lê Văn Tám Phó Chủ tịch UBND huyện dự họp.",
        {"Lê Văn Tám": []},
    ),
    "a comma before another title is no list of fields": (
        "Bà Đinh Thị Mai, Giám đốc Sở Văn hóa, Chánh Văn phòng UBND tỉnh dự.",
        {"Đinh Thị Mai": ["Giám đốc Sở Văn hóa", "Chánh Văn phòng UBND tỉnh"]},
    ),
    "a joint venture's hyphenated name": (
        "Ông Vũ Khắc Tiến, Giám đốc Liên doanh Đức Bình - Tuấn Lộc cho biết.",
        {"Vũ Khắc Tiến": ["Giám đốc Liên doanh Đức Bình - Tuấn Lộc"]},
    ),
    "a shared title runs across semicolons and over T.Ư": (
        "Dự có các Ủy viên T.Ư Đảng: Lò Văn Sinh, Bí thư Tỉnh ủy; Cầm Thị Hoa, Chủ tịch HĐND tỉnh.",
        {
            "Lò Văn Sinh": ["Ủy viên T.Ư Đảng", "Bí thư Tỉnh ủy"],
            "Cầm Thị Hoa": ["Ủy viên T.Ư Đảng", "Chủ tịch HĐND tỉnh"],
        },
    ),
    "a name spelled like a place after an honorific": (
        "Ông Đồng Văn Tự, Vụ trưởng Vụ Quản lý công trình phát biểu.",
        {"Đồng Văn Tự": ["Vụ trưởng Vụ Quản lý công trình"]},
    ),
    "a list after a colon with no shared title": (
        "Tham dự: ông Nguyễn Văn An, bà Lê Thị Bình.",
        {"Nguyễn Văn An": [], "Lê Thị Bình": []},
    ),
}


@pytest.mark.parametrize(("text", "expected"), MORE_EXAMPLES.values(), ids=list(MORE_EXAMPLES))
def test_more_examples(text, expected):
    assert people(text) == expected


def _scored(text):
    return {key(p.name): sorted({position_key(t) for t in p.positions}) for p in read(text).people}


def _wanted(expected):
    return {key(n): sorted({position_key(t) for t in ts}) for n, ts in expected.items()}


@pytest.mark.parametrize(
    ("text", "expected"), CASES_EXAMPLES + CASES_SECOND_BATCH + CASES_THIRD_BATCH
)
def test_issue_9_titles_in_phrasings_of_our_own_go_to_their_people(text, expected):
    assert _scored(text) == _wanted(expected)


@pytest.mark.parametrize(("text", "expected"), CASES_KNOWN_FAILURES)
@pytest.mark.xfail(strict=True, reason="phrasings of titles not read yet")
def test_issue_9_known_failures_of_titles(text, expected):
    assert _scored(text) == _wanted(expected)


def _runs_word_by_word(text):
    """The capitalised runs as read one word at a time, every word looked at."""
    runs, current = [], []
    for match in re.finditer(r"[^\W\d_]+", text):
        joined = current and text[current[-1][1] : match.start()] == " "
        if is_title_case(match.group(0)) and (joined or not current):
            current.append((match.start(), match.end(), match.group(0)))
            continue
        runs += [current] if len(current) >= 2 else []
        current = [(*match.span(), match.group(0))] if is_title_case(match.group(0)) else []
    return runs + ([current] if len(current) >= 2 else [])


@given(text=st.text("aAbBđĐâÂứỨ .,1²_ǅσΣßẞİı\u0301\n-", max_size=40))
def test_issue_9_capitalised_runs_skip_lower_case_words_and_find_the_same_runs(text):
    assert _capitalised_sequences(text) == _runs_word_by_word(text)
