from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dondoc.core.errors import QuantityParseError
from dondoc.core.quantities import Quantity, format_number, parse_number
from tests.hostile_inputs import HOSTILE_STRINGS

NUMBERS = {
    "86,2": Decimal("86.2"),
    "1.250": Decimal("1250"),
    "12.500.000": Decimal("12500000"),
    "1.250,75": Decimal("1250.75"),
    "45": Decimal("45"),
    "0,5": Decimal("0.5"),
    "-3,5": Decimal("-3.5"),
    "12.5": Decimal("12.5"),
}


@pytest.mark.parametrize(("text", "expected"), NUMBERS.items(), ids=list(NUMBERS))
def test_parse_number_reads_decimal_comma_and_thousands_dot(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", [*HOSTILE_STRINGS[:9], "1,2,3", "1.2.3", "abc"])
def test_parse_number_refuses_what_is_not_a_number(text):
    with pytest.raises(QuantityParseError):
        parse_number(text)


QUANTITIES = {
    "16/25 chỉ tiêu": Quantity(Decimal(16), "chỉ tiêu", Decimal(25)),
    "14 / 27 tuyến phố": Quantity(Decimal(14), "tuyến phố", Decimal(27)),
    "86,2%": Quantity(Decimal("86.2"), "%"),
    "1.250 tỷ đồng": Quantity(Decimal(1250), "tỷ đồng"),
    "7 nhãn hiệu": Quantity(Decimal(7), "nhãn hiệu"),
    "3": Quantity(Decimal(3)),
}


@pytest.mark.parametrize(("text", "expected"), QUANTITIES.items(), ids=list(QUANTITIES))
def test_quantity_parse_reads_value_total_and_unit(text, expected):
    assert Quantity.parse(text) == expected


def test_quantity_formats_back_in_vietnamese_style():
    assert [str(Quantity.parse(t)) for t in ("16/25 chỉ tiêu", "86,2 %", "1.250 tỷ đồng")] == [
        "16/25 chỉ tiêu",
        "86,2%",
        "1.250 tỷ đồng",
    ]


def test_share_of_a_ratio():
    assert Quantity.parse("16/25 chỉ tiêu").share == Decimal("0.64")
    assert Quantity.parse("86,2%").share is None
    assert Quantity(Decimal(1), total=Decimal(0)).share is None


@pytest.mark.parametrize("text", HOSTILE_STRINGS[:9])
def test_quantity_parse_refuses_hostile_input(text):
    with pytest.raises(QuantityParseError):
        Quantity.parse(text)


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False))
def test_format_then_parse_round_trips(value):
    assert parse_number(format_number(value)) == value


def test_a_number_may_be_written_with_an_english_pages_marks():
    text = format_number(Decimal("-12500.25"), decimal_mark=".", thousands_mark=",")

    assert text == "-12,500.25"
