"""Template filters: numbers and per cents in the reader's language, status and period labels,
small SVG charts."""

import html
import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from dondoc.apps.directives.models import STATUS_LABELS
from dondoc.apps.directives.models import timeline_message as directive_timeline_message
from dondoc.apps.number_labels import number_label, percent_label
from dondoc.apps.period_labels import period_label as label_of_period
from dondoc.apps.web.entry_forms import ROW_MARK
from dondoc.core.progress import DirectiveStatus

register = template.Library()

OUTCOME_LABELS = {
    "exceeded": _("exceeded"),
    "achieved": _("achieved"),
    "not_achieved": _("not achieved"),
    "on_track": _("on track"),
    "behind": _("behind"),
}


@register.filter
def vnum(value: Decimal | int | float | None) -> str:
    """86.2 → "86,2", 1250 → "1.250" on a Vietnamese page; "86.2", "1,250" on an English one."""
    return "—" if value is None else number_label(value)


@register.filter
def percent(share: Decimal | Fraction | float | None) -> str:
    """0.862 → "86,2%" on a Vietnamese page, "86.2%" on an English one."""
    return "—" if share is None else percent_label(share)


@register.filter
def bar_width(share: Decimal | Fraction | float | None) -> int:
    """A share as a width in per cent for a progress bar, capped at 100."""
    if share is None:
        return 0
    return max(0, min(100, round(float(share) * 100)))


@register.filter
def vdate(day: date | None) -> str:
    """A day as offices write it, 20/10/2017 ("—" for none): the tracker formats many, and
    Django's ``date`` filter is slower than this."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else "—"


def escape(value: object) -> str:
    """What django.utils.html.escape writes (it calls html.escape), without its lazy-string
    wrapper and SafeString: the tags below escape some hundreds of values a page."""
    return html.escape(str(value))


@register.simple_tag
def options(choices: Iterable[tuple[Any, Any]], selected: Any) -> SafeString:
    """The ``<option>`` list of ``(value, label)`` choices, the one equal to ``selected`` marked
    (values compared as text: a form's cleaned value may be a number or a string)."""
    chosen = None if selected is None else str(selected)
    # Every value and label escaped, as format_html_join would.
    return mark_safe(  # noqa: S308
        "".join(
            f'<option value="{escape(value)}"{" selected" if str(value) == chosen else ""}>'
            f"{escape(label)}</option>"
            for value, label in choices
        )
    )


@register.filter
def status_label(status: str) -> str:
    return str(STATUS_LABELS.get(DirectiveStatus(status), status))


@register.filter
def for_row(fields: str, key: object) -> SafeString:
    """``fields`` (HTML Django rendered) with ``ROW_MARK`` replaced by the row's ``key``; text
    not already marked safe is escaped first."""
    return mark_safe(str(conditional_escape(fields)).replace(ROW_MARK, escape(key)))  # noqa: S308


@register.filter
def period_label(period: Any) -> str:
    """A period, or its stored code, in the reader's language ("quý IV/2017", "Q4 2017")."""
    return label_of_period(period) if period else "—"


@register.filter
def timeline_message(code: str) -> str:
    """What a broken rule of a directive's timeline means, in the reader's language."""
    return directive_timeline_message(code)


AGEING_LABELS = {
    "up_to_30": _("≤ 30 days"),
    "over_30": _("> 30 days"),
    "over_60": _("> 60 days"),
    "over_120": _("> 120 days"),
}


REMINDER_LABELS = {
    "due_soon": _("due soon"),
    "overdue": _("overdue"),
    "not_updated": _("not updated"),
}


@register.filter
def reminder_label(kind: str) -> str:
    return str(REMINDER_LABELS.get(str(kind), kind))


@register.filter
def ageing_label(bucket: str) -> str:
    return str(AGEING_LABELS.get(str(bucket), bucket))


@register.filter
def outcome_label(outcome: str | None) -> str:
    return str(OUTCOME_LABELS.get(str(outcome), "—")) if outcome else "—"


@register.simple_tag
def trend(points: list[tuple[str, Decimal]], width: int = 120, height: int = 28) -> SafeString:
    """A small line chart of values over periods, drawn as SVG on the server."""
    if len(points) < 2:
        return mark_safe("")
    values = [float(v) for _, v in points]
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    step = width / (len(values) - 1)
    coordinates = [
        (i * step, height - 2 - (v - low) / span * (height - 4)) for i, v in enumerate(values)
    ]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coordinates)
    title = "; ".join(
        f"{label}: {number_label(v)}" for (label, _), v in zip(points, values, strict=True)
    )
    return format_html(
        '<svg class="trend" width="{}" height="{}" viewBox="0 0 {} {}" role="img" aria-label="{}">'
        '<title>{}</title><polyline points="{}" fill="none" stroke="currentColor"'
        ' stroke-width="2"/>{}</svg>',
        width,
        height,
        width,
        height,
        title,
        title,
        path,
        format_html_join(
            "",
            '<circle cx="{}" cy="{}" r="2.5"/>',
            ((f"{x:.1f}", f"{y:.1f}") for x, y in coordinates),
        ),
    )


NOT_APPROVED = _("not approved")


@register.simple_tag
def unapproved(indicator_value: Any) -> SafeString:
    """The mark "not approved" after a figure still waiting for its reviewer, wherever it is
    shown (it counts in no tally until approved, #8); nothing after an approved one."""
    if indicator_value is None or indicator_value.is_locked:
        return mark_safe("")
    return format_html(' <span class="unapproved">{}</span>', NOT_APPROVED)


# The room a bar needs for its label at 11 px ("6 tháng cuối năm 2017", "second half of 2017").
BAR_ROOM = 130


@register.simple_tag
def bars(
    values: list[tuple[str, Decimal, bool]], width: int = 260, height: int = 160
) -> SafeString:
    """A bar chart of values by period, as SVG, with labels; a bar whose figure is not approved
    yet (the third item) is drawn as an outline and says so.

    The chart keeps its size in pixels (its text stays readable on a phone, where its panel
    scrolls sideways): at least ``width``, and wider as each bar's label needs its room."""
    if not values:
        return mark_safe("")
    top = max(float(v) for _, v, _ in values) or 1.0
    gap = max(width / len(values), BAR_ROOM)
    width = round(gap * len(values))
    items = []
    for index, (label, value, is_unapproved) in enumerate(values):
        bar_height = float(value) / top * (height - 40)
        x = index * gap + gap * 0.15
        numbers = (x, height - 20 - bar_height, gap * 0.7, bar_height, x + gap * 0.35)
        x0, y0, w0, h0, cx = (f"{n:.1f}" for n in numbers)
        value_text = number_label(value)
        state = ("", value_text)
        if is_unapproved:
            state = ("unapproved", f"{value_text} ({NOT_APPROVED})")
        value_y = f"{height - 24 - bar_height:.1f}"
        items.append((x0, y0, w0, h0, cx, height - 5, label, value_y, value_text, *state))
    return format_html(
        '<svg class="bars" width="{}" height="{}" viewBox="0 0 {} {}" role="img">{}</svg>',
        width,
        height,
        width,
        height,
        format_html_join(
            "",
            '<rect x="{0}" y="{1}" width="{2}" height="{3}" class="{9}"><title>{10}</title></rect>'
            '<text x="{4}" y="{5}" text-anchor="middle">{6}</text>'
            '<text class="value {9}" x="{4}" y="{7}" text-anchor="middle">{8}</text>',
            items,
        ),
    )


# The change history's actions, as the audit app stores them (#10: shown in the UI's language).
CHANGE_ACTIONS = {"created": _("created"), "changed": _("changed"), "removed": _("removed")}


@register.filter
def change_action(action: str) -> str:
    return str(CHANGE_ACTIONS.get(action, action))


# The intake's warnings, by their stable code, in the UI's language (#10). The intake writes its
# message in English with the figures in it; they are read back from it here.
_YEARS = re.compile(r"\b\d{4}\b")


@register.filter
def intake_warning(warning: Any) -> str:
    code = warning.get("code") if isinstance(warning, dict) else getattr(warning, "code", "")
    message = warning.get("message") if isinstance(warning, dict) else warning.message
    years = _YEARS.findall(str(message))
    if code == "date_line_contradicts_content" and len(years) == 2:
        return str(
            _("The page's date line says %(page)s, but the content reports on %(year)s.")
            % {"page": years[0], "year": years[1]}
        )
    return str(message)
