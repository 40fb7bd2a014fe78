"""The intake's entry points, end to end, and what they do with hostile input."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dondoc.apps.demo import data
from dondoc.intake import MAX_CHARACTERS, InputTooLargeError, IntakeError, read, read_bytes
from tests.hostile_inputs import HOSTILE_STRINGS


def test_our_demo_report_is_read_end_to_end():
    result = read(data.REPORT)

    assert result.event_date.value == "2017-10-20"
    assert [d.number for d in result.documents] == ["62-NQ/TU"]
    assert {p.name for p in result.people} == {"Trần Sỹ Thanh", "Tô Hùng Khoa", "Phạm Ngọc Thưởng"}
    figures = {(str(f.value), str(f.total) if f.total else None) for f in result.figures}
    assert {
        ("16", "25"),
        ("86.2", None),
        ("45", None),
        ("14", "27"),
        ("3", None),
        ("7", None),
        ("4", None),
    } <= figures


def test_spans_point_into_the_text_as_given():
    text = "Đồng chí Nguyễn Văn An, Bí thư Huyện uỷ, báo cáo: có 12/20 xã đạt chuẩn."

    result = read(text)

    (person,) = result.people
    assert text[person.spans[0].start : person.spans[0].end] == "Nguyễn Văn An"
    assert person.positions == ("Bí thư Huyện uỷ",)


def test_the_json_form_follows_the_gold_format():
    result = json.loads(json.dumps(read(data.REPORT, source="report.txt").to_dict()))

    assert set(result) >= {"source", "event_date", "documents", "people", "figures"}
    assert result["figures"][0].keys() >= {"value", "total", "unit", "span"}
    assert result["source"] == "report.txt"


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=range(len(HOSTILE_STRINGS)))
def test_hostile_text_never_crashes_and_invents_nothing(text):
    result = read(text)

    assert result.people == ()
    assert result.documents == ()


def test_script_in_a_name_stays_text():
    result = read("Đồng chí Nguyễn Văn <script>alert(1)</script>, Bí thư Tỉnh ủy dự.")

    assert all("<" not in p.name for p in result.people)


def test_too_long_a_text_is_refused_naming_the_limit():
    with pytest.raises(InputTooLargeError, match=f"{MAX_CHARACTERS:,}"):
        read("a" * (MAX_CHARACTERS + 1))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_read_without_crashing(text):
    result = read(text)

    for figure in result.figures:
        assert 0 <= figure.span.start <= figure.span.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_are_read_or_refused_with_an_intake_error(data):
    try:
        read_bytes(data)
    except IntakeError as error:
        code = error.code
    else:
        code = "read"
    assert code
