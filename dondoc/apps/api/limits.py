"""Per-token rate limits and body size limits (#12)."""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext as _

from dondoc.apps.api.errors import ApiError


def rate_limit_check(*, client: str) -> None:
    """Count one request for ``client`` (a token or a signed-in user) in the current window;
    refuse with 429 and Retry-After beyond API_RATE_LIMIT."""
    window = settings.API_RATE_WINDOW_SECONDS
    now = int(time.time())
    start = now - now % window
    key = f"dondoc:api:rate:{client}:{start}"
    cache.add(key, 0, timeout=window + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr: a new window
        cache.set(key, 1, timeout=window + 5)
        count = 1
    if count > settings.API_RATE_LIMIT:
        retry_after = str(start + window - now)
        raise ApiError(
            429,
            "rate_limited",
            _("Too many requests: wait %(seconds)s seconds.") % {"seconds": retry_after},
            headers={"Retry-After": retry_after},
        )


def body_size_check(request: HttpRequest) -> None:
    """A JSON body above API_MAX_BODY_BYTES is refused from its Content-Length, unread."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = settings.API_MAX_BODY_BYTES + 1
    if length > settings.API_MAX_BODY_BYTES:
        raise ApiError(
            413,
            "request_too_large",
            _("The request is too large: at most %(bytes)s bytes.")
            % {"bytes": settings.API_MAX_BODY_BYTES},
        )
