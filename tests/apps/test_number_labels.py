"""A number in the reader's language: Vietnamese marks on a Vietnamese page ("1.250,5",
"57,1%"), English marks on an English one ("1,250.5", "57.1%")."""

from decimal import Decimal
from fractions import Fraction

import pytest
from django.utils import translation

from dondoc.apps.number_labels import number_label, percent_label

NUMBERS = [
    (Decimal("86.20"), "86,2", "86.2"),
    (Decimal(1250), "1.250", "1,250"),
    (Decimal("1250.5"), "1.250,5", "1,250.5"),
    (12500000, "12.500.000", "12,500,000"),
    (Decimal("-0.5"), "-0,5", "-0.5"),
    (5.6, "5,6", "5.6"),
]
SHARES = [
    (Fraction(4, 7), "57,1%", "57.1%"),
    (Decimal("0.862"), "86,2%", "86.2%"),
    (Decimal(1), "100%", "100%"),
    (Decimal("12.3456"), "1.234,6%", "1,234.6%"),
    (0.00049, "0%", "0%"),
]


@pytest.mark.parametrize(("value", "vietnamese", "english"), NUMBERS, ids=str)
def test_a_number_takes_the_marks_of_the_pages_language(value, vietnamese, english):
    with translation.override("vi"):
        assert number_label(value) == vietnamese
    with translation.override("en"):
        assert number_label(value) == english


@pytest.mark.parametrize(("share", "vietnamese", "english"), SHARES, ids=str)
def test_a_share_is_written_in_per_cent_to_a_tenth_in_the_pages_language(
    share, vietnamese, english
):
    with translation.override("vi"):
        assert percent_label(share) == vietnamese
    with translation.override("en"):
        assert percent_label(share) == english


def test_a_tenth_and_a_half_is_rounded_up_as_offices_round():
    with translation.override("en"):
        assert percent_label(Decimal("0.12345")) == "12.3%"
        assert percent_label(Decimal("0.12350")) == "12.4%"
