"""Quantities as Vietnamese reports write them: decimal comma, thousands dot, ratios "a/b".

"86,2%" is 86.2 per cent, "1.250 tỷ đồng" is 1250 billion đồng, "16/25 chỉ tiêu" is 16 out of 25
indicators. Numbers are :class:`~decimal.Decimal`, never floats, so 86,2 stays 86.2 exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from dondoc.core.errors import QuantityParseError
from dondoc.core.text import clean

# A dot followed by groups of exactly three digits is a thousands separator ("1.250", "12.500.000");
# a comma is the decimal mark. A lone dot with one or two digits after it is read as a decimal
# point, as English-style figures ("12.5") appear in some reports.
_NUMBER = re.compile(r"-?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?|-?[0-9]+\.[0-9]{1,2}")
_QUANTITY = re.compile(
    rf"(?P<value>{_NUMBER.pattern})(?:\s?/\s?(?P<total>{_NUMBER.pattern}))?"
    r"\s?(?P<unit>%|[^\W\d_][\w /.-]*)?"
)


def parse_number(text: str) -> Decimal:
    """Read a number written the Vietnamese way.

    >>> parse_number("86,2"), parse_number("1.250"), parse_number("1.250,5"), parse_number("12.5")
    (Decimal('86.2'), Decimal('1250'), Decimal('1250.5'), Decimal('12.5'))
    """
    cleaned = clean(text)
    if not _NUMBER.fullmatch(cleaned):
        raise QuantityParseError(f"not a number: {text[:80]!r}", text=text)
    if re.fullmatch(r"-?[0-9]+\.[0-9]{1,2}", cleaned):
        return Decimal(cleaned)
    return Decimal(cleaned.replace(".", "").replace(",", "."))


def format_number(value: Decimal, *, decimal_mark: str = ",", thousands_mark: str = ".") -> str:
    """Write a number the Vietnamese way, without trailing zeros (or with other marks: an English
    page writes "1,250.5").

    >>> [format_number(Decimal(text)) for text in ("86.20", "1250", "-0.5")]
    ['86,2', '1.250', '-0,5']
    >>> format_number(Decimal("1250.50"), decimal_mark=".", thousands_mark=",")
    '1,250.5'
    """
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", thousands_mark)
    fraction = fraction.rstrip("0")
    return f"{sign}{grouped}{decimal_mark}{fraction}" if fraction else f"{sign}{grouped}"


@dataclass(frozen=True)
class Quantity:
    """A value with its unit or counted noun, and the total for ratios ("16/25 chỉ tiêu")."""

    value: Decimal
    unit: str = ""
    total: Decimal | None = None
    raw: str = field(default="", compare=False, repr=False)

    @classmethod
    def parse(cls, text: str) -> Quantity:
        """Read a quantity: a number, an optional "/total", and the unit that follows.

        >>> Quantity.parse("16/25 chỉ tiêu")
        Quantity(value=Decimal('16'), unit='chỉ tiêu', total=Decimal('25'))
        >>> str(Quantity.parse("86,2 %"))
        '86,2%'
        """
        match = _QUANTITY.fullmatch(clean(text))
        if not match:
            raise QuantityParseError(f"not a quantity: {text[:80]!r}", text=text)
        total = match.group("total")
        value = parse_number(match.group("value"))
        return cls(
            value,
            (match.group("unit") or "").strip(),
            parse_number(total) if total else None,
            raw=text,
        )

    @property
    def share(self) -> Decimal | None:
        """``value / total`` for ratios, None otherwise (or when the total is zero)."""
        if not self.total:
            return None
        return self.value / self.total

    def __str__(self) -> str:
        """Canonical form: ``16/25 chỉ tiêu``, ``86,2%``, ``1.250 tỷ đồng``."""
        total = f"/{format_number(self.total)}" if self.total is not None else ""
        space = "" if self.unit in ("", "%") else " "
        return f"{format_number(self.value)}{total}{space}{self.unit}"
