"""The cells of a table of figures read the Vietnamese way: "86,2", "1.234,5", "86,2%",
"14/27"; periods such as "9 tháng 2017"; vintages and days. Each reader tells ``fail`` what is
wrong with its cell and returns None."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from django.utils.translation import gettext as _

from dondoc.apps.exports.imports.columns import ValueField
from dondoc.apps.exports.imports.deadlines import read_day
from dondoc.apps.indicators.models import Indicator, Vintage
from dondoc.core.errors import PeriodParseError, QuantityParseError
from dondoc.core.periods import Period
from dondoc.core.quantities import Quantity
from dondoc.core.text import fold

Fail = Callable[[ValueField, str], None]
LARGEST = Decimal(10) ** 16  # the stored figures have 16 digits before the decimal mark
PLACES = Decimal("0.0001")
_VINTAGES = (
    (Vintage.ESTIMATE, ("uoc", "estimate")),
    (Vintage.PRELIMINARY, ("so bo", "preliminary")),
    (Vintage.OFFICIAL, ("chinh thuc", "official")),
)


def text_of(value: object) -> str:
    """A cell as one line of text, runs of spaces made one."""
    return " ".join(str(value if value is not None else "").split())


def read_period(value: object, fail: Fail) -> Period | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        value = str(int(value))  # a year typed as a number: 2017
    text = "" if isinstance(value, date | datetime) else text_of(value)
    try:
        return Period.parse(text)
    except PeriodParseError:
        fail(
            ValueField.PERIOD,
            _("not a period (write it as “9 tháng 2017”, “quý III/2017” or “năm 2017”)"),
        )
        return None


def read_amounts(
    value: object, total: object, indicator: Indicator | None, fail: Fail
) -> tuple[Decimal, Decimal | None] | None:
    """The value and its total ("14/27", or the total's column), read the Vietnamese way."""
    try:
        quantity = read_quantity(value)
        out_of = read_quantity(total).value if text_of(total) else quantity.total
    except QuantityParseError:
        fail(ValueField.VALUE, _("not a number (write it as 1.234,5 or 86,2)"))
        return None
    problem = _amount_problem(quantity, out_of, indicator)
    if problem:
        fail(ValueField.VALUE, problem)
        return None
    return quantity.value.quantize(PLACES), out_of.quantize(PLACES) if out_of else None


def read_quantity(value: object) -> Quantity:
    """A cell as a quantity: a number typed in Excel, or text such as "1.234,5", "86,2%",
    "14/27" or "620 tỷ đồng"."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = Decimal(str(value))
        if number.is_finite():
            return Quantity(number)
    elif isinstance(value, str):
        return Quantity.parse(value)
    raise QuantityParseError(f"not a number: {value!r}", text=str(value))


def _amount_problem(quantity: Quantity, total: Decimal | None, indicator: Indicator | None) -> str:
    value = quantity.value
    if abs(value) >= LARGEST or (total is not None and total >= LARGEST):
        return _("too large a number")
    if total is not None and total <= 0:
        return _("the total must be above zero")
    if total is not None and value > total:
        return _("the value is larger than its total")
    return _measure_problem(quantity, indicator) if indicator is not None else ""


def _measure_problem(quantity: Quantity, indicator: Indicator) -> str:
    measure = indicator.unit.strip()
    if quantity.unit and not _same_measure(quantity.unit, measure):
        return _("the value is in %(given)s, the indicator in %(unit)s") % {
            "given": quantity.unit,
            "unit": measure or "—",
        }
    if measure == "%" and not 0 <= quantity.value <= 100:
        return _("a percentage is between 0 and 100")
    return ""


def _same_measure(given: str, measure: str) -> bool:
    return fold(given) == fold(measure) or (given == "%" and "%" in measure)


def check_measure(given: str, indicator: Indicator, fail: Fail) -> None:
    if given and fold(given) != fold(indicator.unit):
        message = _("the indicator is measured in %(unit)s")
        fail(ValueField.MEASURE, message % {"unit": indicator.unit or "—"})


def read_vintage(value: object, default: Vintage, fail: Fail) -> Vintage | None:
    folded = fold(text_of(value))
    if not folded:
        return default
    for vintage, words in _VINTAGES:
        if any(re.search(rf"\b{word}\b", folded) for word in words):
            return vintage
    fail(ValueField.VINTAGE, _("not a vintage (write “ước thực hiện”, “sơ bộ” or “chính thức”)"))
    return None


def read_reported_on(value: object, default: date, fail: Fail) -> date | None:
    if not text_of(value):
        return default
    day = read_day(value, year=default.year)
    if day is None:
        fail(ValueField.REPORTED_ON, _("not a day (write it as 20/10/2017)"))
    return day
