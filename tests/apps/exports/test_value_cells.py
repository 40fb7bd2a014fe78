"""The cells of a table of figures read the Vietnamese way (#11)."""

from decimal import Decimal

import pytest

from dondoc.apps.exports.imports.value_cells import read_quantity
from dondoc.core.errors import QuantityParseError

NUMBERS = [
    ("86,2", Decimal("86.2"), "", None),
    ("1.234,5", Decimal("1234.5"), "", None),
    ("86,2%", Decimal("86.2"), "%", None),
    ("86,2 %", Decimal("86.2"), "%", None),
    ("14/27", Decimal("14"), "", Decimal("27")),
    ("620 tỷ đồng", Decimal("620"), "tỷ đồng", None),
    (86.2, Decimal("86.2"), "", None),
    (1250, Decimal("1250"), "", None),
]


@pytest.mark.parametrize(
    ("cell", "value", "unit", "total"), NUMBERS, ids=[str(n[0]) for n in NUMBERS]
)
def test_figures_written_the_vietnamese_way_are_read(cell, value, unit, total):
    quantity = read_quantity(cell)

    assert (quantity.value, quantity.unit, quantity.total) == (value, unit, total)


@pytest.mark.parametrize("cell", ["khoảng 80", "86.2.1", True, None, float("nan")])
def test_what_is_not_a_figure_is_refused(cell):
    with pytest.raises(QuantityParseError):
        read_quantity(cell)
