"""What every page's navigation needs: the actions the user's role allows and, for a reviewer,
how many decisions are waiting (#10)."""

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from dondoc.apps.directives import committed_cache
from dondoc.apps.directives.selectors import board_versions_read, rows_counted_by_area
from dondoc.apps.notifications.models import Notification
from dondoc.apps.web.requests import role_allows, signed_in, unit_scope_of
from dondoc.apps.web.reviews import (
    completions_pending,
    extension_requests_pending,
    figures_pending,
)

# The badge is counted at most once a minute per scope, and again after a write to a directive
# of an area the scope reaches (not after one elsewhere): at national scale the three counts
# cost ~80 ms, every page shows them, and the queue page itself is always counted exactly (#7).
WAITING_CACHE_SECONDS = 60


def waiting_count(request: HttpRequest) -> int:
    """Completions, extension requests and figures waiting for the reviewer's decision."""
    scope = unit_scope_of(request)
    on = timezone.localdate()
    versions = board_versions_read(paths=scope.paths)
    key = f"dondoc:waiting:areas:{sum(n for _area, n in versions)}:{on}:{scope.paths}"

    def count() -> int:
        # The directives' queues kept area by area: after a write, a national reviewer's
        # badge counts only the written province's part again (decision 0015).
        queues = [
            ("completions", completions_pending(scope=scope, on=on), "lead_unit"),
            ("extensions", extension_requests_pending(scope=scope), "directive__lead_unit"),
        ]
        directives = rows_counted_by_area(
            [(f"waiting:{name}:{on}", rows, lead) for name, rows, lead in queues],
            reach=scope.paths,
            seconds=WAITING_CACHE_SECONDS,
            versions=versions,
        )
        # Figures move no version row: counted whenever the badge is (at most a minute old).
        return directives + figures_pending(scope=scope).count()

    # Kept once the request commits, as the counts are (a rolled-back one's version is one the
    # next write reaches again).
    return int(committed_cache.get_or_set(key, count, seconds=WAITING_CACHE_SECONDS))


def unread_count(request: HttpRequest) -> int:
    return Notification.objects.filter(user=signed_in(request), read_at__isnull=True).count()


def navigation(request: HttpRequest) -> dict[str, Any]:
    """A template context processor: ``can_report``, ``can_review`` and ``waiting`` (counted
    only when a template shows it)."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    can_review = role_allows(request, review=True)
    return {
        "can_report": role_allows(request),
        "can_review": can_review,
        "can_manage": role_allows(request, manage=True),
        "waiting": SimpleLazyObject(lambda: waiting_count(request)) if can_review else 0,
        "unread": SimpleLazyObject(lambda: unread_count(request)),
    }
