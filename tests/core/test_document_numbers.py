import pytest
from hypothesis import given
from hypothesis import strategies as st

from dondoc.core.document_kinds import DocumentKind
from dondoc.core.document_numbers import DocumentNumber, NumberForm, find_document_numbers
from dondoc.core.errors import DocumentNumberParseError
from tests.hostile_inputs import HOSTILE_STRINGS

EXAMPLES = {
    "62-NQ/TU": ("62-NQ/TU", NumberForm.PARTY, DocumentKind.RESOLUTION, "TU", None),
    "35-CT/TW": ("35-CT/TW", NumberForm.PARTY, DocumentKind.DIRECTIVE, "TW", None),
    "12-NQ/ThU": ("12-NQ/ThU", NumberForm.PARTY, DocumentKind.RESOLUTION, "ThU", None),
    "42-TB/KL": ("42-TB/KL", NumberForm.PARTY, DocumentKind.NOTICE, "KL", None),
    "18 -NQ/TW": ("18-NQ/TW", NumberForm.PARTY, DocumentKind.RESOLUTION, "TW", None),
    "30/2020/NĐ-CP": ("30/2020/NĐ-CP", NumberForm.STATE, DocumentKind.DECREE, "CP", 2020),
    "30/2020/ND-CP": ("30/2020/NĐ-CP", NumberForm.STATE, DocumentKind.DECREE, "CP", 2020),
    "30/2020/\u00d0-CP".replace("\u00d0", "N\u00d0"): (
        "30/2020/NĐ-CP",
        NumberForm.STATE,
        DocumentKind.DECREE,
        "CP",
        2020,
    ),
    "123/QĐ-UBND": ("123/QĐ-UBND", NumberForm.STATE, DocumentKind.DECISION, "UBND", None),
    "45/KH-UBND": ("45/KH-UBND", NumberForm.STATE, DocumentKind.PLAN, "UBND", None),
    "01/2016/TT-BNV": ("1/2016/TT-BNV", NumberForm.STATE, DocumentKind.CIRCULAR, "BNV", 2016),
    "1234/UBND-KT": ("1234/UBND-KT", NumberForm.STATE, None, "UBND-KT", None),
    "47/2019/QH14": ("47/2019/QH14", NumberForm.STATE, None, "QH14", 2019),
    "05": ("5", NumberForm.BARE, None, "", None),
    "453": ("453", NumberForm.BARE, None, "", None),
    "112/2019": ("112/2019", NumberForm.BARE, None, "", 2019),
}


@pytest.mark.parametrize(("text", "expected"), EXAMPLES.items(), ids=list(EXAMPLES))
def test_parse_reads_party_state_and_bare_numbers(text, expected):
    number = DocumentNumber.parse(text)

    assert (str(number), number.form, number.kind, number.issuer, number.year) == expected


def test_the_same_document_cited_two_ways_is_one_document():
    assert DocumentNumber.parse("30/2020/ND-CP") == DocumentNumber.parse("30 / 2020 / NĐ-CP")
    assert len({DocumentNumber.parse("05-CT/TW"), DocumentNumber.parse("5-CT/TW")}) == 1


def test_raw_keeps_the_number_as_written():
    assert DocumentNumber.parse("18 -NQ/TW").raw == "18 -NQ/TW"


def test_an_unknown_kind_symbol_is_kept_as_written():
    number = DocumentNumber.parse("7-XY/TU")

    assert (str(number), number.kind) == ("7-XY/TU", None)


@pytest.mark.parametrize("text", HOSTILE_STRINGS)
def test_parse_refuses_hostile_input_with_a_parse_error(text):
    with pytest.raises(DocumentNumberParseError, match="not a document number"):
        DocumentNumber.parse(text)


def test_find_scans_running_text_in_order_without_repeats():
    text = (
        "thực hiện Nghị quyết số 62-NQ/TU, ngày 29/5/2013, thông báo Kết luận số 42-TB/KL; "
        "theo Nghị định 30/2020/NĐ-CP và lại Nghị quyết 62-NQ/TU"
    )

    assert [str(n) for n in find_document_numbers(text)] == [
        "62-NQ/TU",
        "42-TB/KL",
        "30/2020/NĐ-CP",
    ]


def test_find_does_not_take_dates_for_numbers():
    assert find_document_numbers("ngày 29/5/2013 và 20-10") == []


@given(st.text(max_size=300))
def test_find_never_raises(text):
    assert isinstance(find_document_numbers(text), list)


symbols = st.sampled_from(["NQ", "KL", "CT", "TB", "QĐ", "KH", "ĐA", "HD"])
issuers = st.sampled_from(["TU", "TW", "ThU", "HU", "ĐU", "UBND", "CP", "BNV"])
numbers = st.integers(1, 99999).map(str)
document_numbers = st.one_of(
    st.builds(lambda n, k, i: DocumentNumber(NumberForm.PARTY, n, k, i), numbers, symbols, issuers),
    st.builds(
        lambda n, k, i, y: DocumentNumber(NumberForm.STATE, n, k, i, y),
        numbers,
        symbols,
        issuers,
        st.one_of(st.none(), st.integers(1945, 2099)),
    ),
    st.builds(
        lambda n, y: DocumentNumber(NumberForm.BARE, n, year=y),
        numbers,
        st.one_of(st.none(), st.integers(1945, 2099)),
    ),
)


@given(document_numbers)
def test_parse_of_str_round_trips(number):
    assert DocumentNumber.parse(str(number)) == number
