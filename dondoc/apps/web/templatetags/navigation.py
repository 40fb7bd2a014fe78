"""The main navigation, written in Python: it is on every page, and sixteen ``{% url %}`` tags
with their conditions cost a page more than its list did (#7, decision 0013)."""

from functools import lru_cache
from typing import Any

from django import template
from django.urls import get_script_prefix, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

register = template.Library()

# (URL name, label, element id, who sees it: "" everyone, "review", "manage"; a count shown)
MAIN = (
    ("web:dashboard", _("Dashboard"), "", "", ""),
    ("web:units", _("Units"), "", "", ""),
    ("web:key_tasks", _("Key tasks"), "", "", ""),
    ("web:indicators", _("Indicators"), "", "", ""),
    ("web:figures", _("Reported figures"), "", "", ""),
    ("web:sessions", _("Working sessions"), "", "", ""),
    ("web:directives", _("Directives"), "", "", ""),
    ("web:queues", _("To decide"), "nav-queues", "review", "waiting"),
    ("web:inbox", _("Inbox"), "nav-inbox", "", "unread"),
    ("web:reminders", _("Reminders"), "", "", ""),
    ("web:documents", _("Documents"), "", "", ""),
    ("web:people", _("People"), "", "", ""),
    ("web:users", _("Users"), "", "manage", ""),
    ("web:intake", _("Read a report"), "", "", ""),
    ("api_tokens", _("API tokens"), "", "", ""),
)


@lru_cache(maxsize=256)
def _path(name: str, prefix: str) -> str:
    return reverse(name)


@register.simple_tag(takes_context=True)
def main_navigation(context: Any) -> SafeString:
    """The links the user's role allows, the current page marked, the counts of the queues."""
    allowed = tuple(bool(context.get(flag)) for flag in ROLE_FLAGS)
    # Plain numbers in the key: the context's lazy counts (SimpleLazyObject, which passes str()
    # through but not int()) hold their request.
    counts = (int(str(context.get("waiting", 0))), int(str(context.get("unread", 0))))
    prefix = get_script_prefix()
    current = _section(prefix, context["request"].path, allowed)
    return _navigation(prefix, get_language(), current, allowed, counts)


ROLE_FLAGS = ("can_review", "can_manage")


def _shown(prefix: str, allowed: tuple[bool, ...]) -> list[tuple[str, Any, str, str]]:
    may = {"": True, "review": allowed[0], "manage": allowed[1]}
    return [
        (_path(name, prefix), label, element_id, count)
        for name, label, element_id, who, count in MAIN
        if may[who]
    ]


def _section(prefix: str, here: str, allowed: tuple[bool, ...]) -> str | None:
    """The page's own section: the longest link the path starts with (a directive's page is in
    "Directives"); the dashboard ("/") only on itself. Found outside the cache, so that its key
    is one of the few links, not the path a user sends (every directive's page, any 404)."""
    paths = [path for path, *_ in _shown(prefix, allowed)]
    within = [path for path in paths if path == here or (path != "/" and here.startswith(path))]
    return max(within, key=len, default=None)


@lru_cache(maxsize=1024)
def _navigation(
    prefix: str,
    language: str | None,
    current: str | None,
    allowed: tuple[bool, ...],
    counts: tuple[int, int],
) -> SafeString:
    """The markup for one (prefix, language, section, role, counts): every argument it depends
    on is in the key, so a page in another language, of another role or with other counts is
    written anew; every page of a section is the same few keys again and again."""
    figures = {"waiting": counts[0], "unread": counts[1]}
    shown = _shown(prefix, allowed)
    links = []
    for path, label, element_id, count in shown:
        links.append(
            (
                path,
                format_html(' id="{}"', element_id) if element_id else "",
                mark_safe(' aria-current="page"') if path == current else "",
                label,
                format_html(' <span class="count">{}</span>', figures[count]) if count else "",
            )
        )
    return format_html_join("\n  ", '<a href="{}"{}{}>{}{}</a>', links)
