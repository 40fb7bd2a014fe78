"""A number as the reader reads it: "1.250" and "57,1%" on a Vietnamese page, "1,250" and
"57.1%" on an English one.

Every page shows a figure through :func:`number_label` or :func:`percent_label` (templates
through the ``vnum`` and ``percent`` filters), never through the core's ``format_number``, which
writes the Vietnamese form of the documents themselves: what ``parse_number`` reads back and what
the exports write into a Vietnamese report, whatever the language of the page they came from.

The marks are the active language's ``DECIMAL_SEPARATOR`` and ``THOUSAND_SEPARATOR`` (ours for
Vietnamese in ``dondoc/config/formats/vi``, Django's for English), the ones Django's own number
fields use. Thousands are grouped whatever ``USE_THOUSAND_SEPARATOR`` says: a report's figures
are ("12.500.000"), a form's field keeps its value ungrouped, easier to type over.
"""

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.utils.formats import get_format
from django.utils.translation import get_language

from dondoc.core.quantities import format_number

# A page writes some hundreds of figures: the marks are looked up once per language.
_MARKS: dict[str | None, tuple[str, str]] = {}

TENTH = Decimal("0.1")


def number_marks() -> tuple[str, str]:
    """The decimal and the thousands mark of the active language ("," and "." in Vietnamese)."""
    language = get_language()
    marks = _MARKS.get(language)
    if marks is None:
        marks = _MARKS[language] = (
            str(get_format("DECIMAL_SEPARATOR", language)),
            str(get_format("THOUSAND_SEPARATOR", language)),
        )
    return marks


def number_label(value: Decimal | int | float) -> str:
    """86.2 → "86,2" in Vietnamese, "86.2" in English; 1250 → "1.250", "1,250"."""
    decimal_mark, thousands_mark = number_marks()
    return format_number(
        Decimal(str(value)).normalize(), decimal_mark=decimal_mark, thousands_mark=thousands_mark
    )


def percent_label(share: Decimal | Fraction | float) -> str:
    """A share in per cent to a tenth: 0.5714 → "57,1%" in Vietnamese, "57.1%" in English."""
    value = (
        Decimal(share.numerator) / Decimal(share.denominator)
        if isinstance(share, Fraction)
        else Decimal(str(share))
    )
    decimal_mark, thousands_mark = number_marks()
    rounded = (value * 100).quantize(TENTH, rounding=ROUND_HALF_UP)
    text = format_number(rounded, decimal_mark=decimal_mark, thousands_mark=thousands_mark)
    return f"{text}%"
