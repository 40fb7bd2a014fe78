"""The tracker's rows, written in Python: a page of 25–100 rows through Django's template nodes
cost more than the rest of the page together (#7, decision 0013); the markup is the same."""

from dataclasses import dataclass
from datetime import date

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from dondoc.apps.directives.selectors import Board, BoardRow
from dondoc.apps.web.templatetags.dondoc import escape, status_label, vdate

register = template.Library()

ROW = (
    '<tr>{pick}<td data-label="{directive}"><a href="{url}?on={on}">{text}</a>{problem}</td>'
    '<td data-label="{lead}">{lead_unit}</td>\n'
    '<td data-label="{deadline}">{due}{first_due}</td>\n'
    '<td data-label="{status}"><span class="tag {code}">{label}</span>{days_overdue}</td></tr>\n'
)
PICK = (
    '<td data-label="{0}"><input type="checkbox" name="ids" value="{1}" aria-label="{0} {1}"></td>'
)
# A directive's address with its id left to fill in: reversed once a page, not once a row.
ID_MARK = "987654321987654321"


@dataclass(frozen=True)
class _Words:
    """The page's words, translated and escaped once for all its rows."""

    on: str
    can_bulk: bool
    url: str
    pick: str = ""
    directive: str = ""
    lead: str = ""
    deadline: str = ""
    status: str = ""
    problem: str = ""
    first: str = ""
    days: str = ""


@register.simple_tag
def board_rows(board: Board, on: date, can_bulk: bool) -> SafeString:
    """The ``<tr>`` of every row of ``board`` (as of ``on``), with a pick box for bulk changes."""
    if not board.rows:
        return format_html('<tr><td colspan="4">{}</td></tr>', _("No directive matches."))
    words = _Words(
        on=on.isoformat(),
        can_bulk=can_bulk,
        url=escape(reverse("web:directive", args=[int(ID_MARK)])),
        **{
            name: escape(text)
            for name, text in (
                ("pick", _("Pick")),
                ("directive", _("Directive")),
                ("lead", _("Lead unit")),
                ("deadline", _("Deadline")),
                ("status", _("Status")),
                ("problem", _("data problem")),
                ("first", _("first")),
                ("days", _("days")),
            )
        },
    )
    # Every value from the database or a translation is escaped, as format_html would: the
    # words above once, each row's text and unit names in _row.
    return mark_safe("".join(_row(row, words) for row in board.rows))  # noqa: S308


def _row(row: BoardRow, words: _Words) -> str:
    directive, progress = row.directive, row.progress
    changed = progress.original_due_on and progress.due_on != progress.original_due_on
    return ROW.format(
        pick=PICK.format(words.pick, directive.pk) if words.can_bulk else "",
        directive=words.directive,
        url=words.url.replace(ID_MARK, str(directive.pk)),
        on=words.on,
        text=escape(directive.text),
        problem=f' <span class="tag open_overdue">{words.problem}</span>' if row.problem else "",
        lead=words.lead,
        lead_unit=escape(directive.lead_unit),
        deadline=words.deadline,
        due=vdate(progress.due_on),
        first_due=f' <span class="muted">({words.first} {vdate(progress.original_due_on)})</span>'
        if changed
        else "",
        status=words.status,
        code=escape(progress.status),
        label=escape(status_label(progress.status)),
        days_overdue=f" {int(progress.days_overdue)} {words.days}" if progress.days_overdue else "",
    )
