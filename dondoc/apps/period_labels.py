"""A reporting period as the reader reads it: in Vietnamese as offices write it ("9 tháng năm
2017", "quý IV/2017"), in English in English words ("9 months of 2017", "Q4 2017").

Every page, history line, queue and form message shows a period through :func:`period_label`
(templates through the ``period_label`` filter), never through ``str(period)`` or its stored code.

Why the words live in the catalogue (``dondoc/locale``) and not in ``dondoc.core``: the core's
``str(period)`` is the label of the documents themselves — what :meth:`Period.parse` reads back and
what the exports write into a Vietnamese report — while a page speaks the interface's language,
whose words the translators keep in one place with every other word of the UI. The Vietnamese
labels here are held equal to ``str(period)`` by a test (tests/apps/test_period_labels.py).
"""

from django.utils.translation import gettext_lazy, pgettext_lazy

from dondoc.core.errors import PeriodParseError
from dondoc.core.periods import Period, PeriodKind

# The quarter and the month as a period names them: Vietnamese writes "quý IV" and "tháng 3",
# English "Q4" and "March"; the year is added by the label's pattern.
QUARTER_NAMES = {
    1: pgettext_lazy("period", "Q1"),
    2: pgettext_lazy("period", "Q2"),
    3: pgettext_lazy("period", "Q3"),
    4: pgettext_lazy("period", "Q4"),
}
MONTH_NAMES = {
    1: pgettext_lazy("period", "January"),
    2: pgettext_lazy("period", "February"),
    3: pgettext_lazy("period", "March"),
    4: pgettext_lazy("period", "April"),
    5: pgettext_lazy("period", "May"),
    6: pgettext_lazy("period", "June"),
    7: pgettext_lazy("period", "July"),
    8: pgettext_lazy("period", "August"),
    9: pgettext_lazy("period", "September"),
    10: pgettext_lazy("period", "October"),
    11: pgettext_lazy("period", "November"),
    12: pgettext_lazy("period", "December"),
}


# How each kind of period is written; %(year)s is the (first) year.
PATTERNS = {
    PeriodKind.MONTH: pgettext_lazy("period: March 2017", "%(month)s %(year)s"),
    PeriodKind.QUARTER: pgettext_lazy("period: Q4 2017", "%(quarter)s %(year)s"),
    PeriodKind.FIRST_HALF: gettext_lazy("first half of %(year)s"),
    PeriodKind.SECOND_HALF: gettext_lazy("second half of %(year)s"),
    PeriodKind.NINE_MONTHS: gettext_lazy("9 months of %(year)s"),
    PeriodKind.MONTHS: gettext_lazy("%(count)s months of %(year)s"),
    PeriodKind.YEAR: gettext_lazy("year %(year)s"),
    PeriodKind.TERM: gettext_lazy("term %(year)s–%(end_year)s"),
    PeriodKind.STAGE: gettext_lazy("stage %(year)s–%(end_year)s"),
}


def period_label(period: Period | str) -> str:
    """``period``, or a stored period code ("2017-Q4"), in the active language; text that is not
    a period code is shown as it is."""
    if isinstance(period, str):
        try:
            return period_label(Period.from_code(period))
        except PeriodParseError:
            return period
    return str(PATTERNS[period.kind]) % {
        "year": period.year,
        "end_year": period.end_year,
        "count": period.index,
        "quarter": QUARTER_NAMES.get(period.index, ""),
        "month": MONTH_NAMES.get(period.index, ""),
    }
