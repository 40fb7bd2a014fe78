"""Reading ids from queries and forms (#8): what int() accepts, nothing that makes it raise."""

import pytest

from dondoc.apps.web.requests import id_given


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42", 42),
        ("１２３", 123),  # full-width digits are decimal digits: int() reads them
        ("²", None),  # a digit to str.isdigit() that int() refuses
        ("", None),
        ("-1", None),
        ("4.2", None),
        ("9" * 18, int("9" * 18)),
        ("9" * 19, None),  # no row has such an id
        ("9" * 5000, None),  # int() refuses more than 4,300 digits
    ],
)
def test_an_id_is_read_only_from_a_short_run_of_decimal_digits(text, expected):
    assert id_given(text) == expected
