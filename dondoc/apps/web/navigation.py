"""What every page's navigation needs: the actions the user's role allows (#10)."""

from typing import Any

from django.http import HttpRequest

from dondoc.apps.web.requests import role_allows


def navigation(request: HttpRequest) -> dict[str, Any]:
    """A template context processor: ``can_report`` and ``can_review`` for the signed-in user."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    return {"can_report": role_allows(request), "can_review": role_allows(request, review=True)}
