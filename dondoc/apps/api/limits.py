"""Per-token rate limits and body size limits (#12).

The rate counter is a table every worker process shares (``ApiRateCounter``), counted by one
atomic upsert; the middleware ``api_rate_limit`` counts before the request's transaction begins,
so the row is locked for that one statement, not for the whole request.
"""

import time

from django.conf import settings
from django.db import connection, transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from dondoc.apps.api.errors import ApiError
from dondoc.apps.api.models import ApiRateCounter


def rate_limit_check(*, client: str) -> None:
    """Count one request for ``client`` (a token or a signed-in user) in the current window;
    refuse with 429 and Retry-After beyond API_RATE_LIMIT."""
    now = int(time.time())
    count, window_ends_at_unix = rate_limit_count(client, now=now)
    if count > settings.API_RATE_LIMIT:
        retry_after = str(max(window_ends_at_unix - now, 1))
        raise ApiError(
            429,
            "rate_limited",
            _("Too many requests: wait %(seconds)s seconds.") % {"seconds": retry_after},
            headers={"Retry-After": retry_after},
        )


def rate_limit_count(client: str, *, now: int) -> tuple[int, int]:
    """Add one request to ``client``'s window (windows are aligned on API_RATE_WINDOW_SECONDS;
    a later one starts again from 1); the count so far and when the window ends."""
    window = settings.API_RATE_WINDOW_SECONDS
    ends = now - now % window + window
    quote = connection.ops.quote_name
    table = quote(ApiRateCounter._meta.db_table)
    key, requests, stored = (quote(c) for c in ("client", "requests", "window_ends_at_unix"))
    same_window = f"{table}.{stored} >= excluded.{stored}"  # a process whose clock lags joins in
    sql = (
        f"INSERT INTO {table} ({key}, {requests}, {stored}) VALUES (%s, 1, %s) "  # noqa: S608
        f"ON CONFLICT ({key}) DO UPDATE SET "
        f"{requests} = CASE WHEN {same_window} THEN {table}.{requests} + 1 ELSE 1 END, "
        f"{stored} = CASE WHEN {same_window} THEN {table}.{stored} ELSE excluded.{stored} END "
        f"RETURNING {requests}, {stored}"
    )
    one_message = connection.vendor == "postgresql" and connection.get_autocommit()
    # Two statements in one message need client-side binding (Django's default); a prepared
    # statement holds one.
    if one_message and connection.settings_dict["OPTIONS"].get("server_side_binding") is not True:
        # One round trip: the two statements of one message are one transaction (PostgreSQL's
        # implicit block, where SET LOCAL holds), and a count lost in a crash costs nothing, so
        # the request need not wait for the disk. Four round trips (BEGIN, SET, the upsert,
        # COMMIT) were a sixth of a small API request's time (#12).
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL synchronous_commit TO OFF; {sql}", [client[:40], ends])
            if not cursor.nextset():  # pragma: no cover - PostgreSQL answers both statements
                raise RuntimeError("the rate count's upsert returned nothing")
            count, window_ends_at_unix = cursor.fetchone()
        return int(count), int(window_ends_at_unix)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [client[:40], ends])
        count, window_ends_at_unix = cursor.fetchone()
    return int(count), int(window_ends_at_unix)


def body_size_check(request: HttpRequest, *, limit: int | None = None) -> None:
    """A body above ``limit`` (default API_MAX_BODY_BYTES) is refused from its Content-Length,
    unread."""
    limit = limit or settings.API_MAX_BODY_BYTES
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = limit + 1
    if length > limit:
        raise ApiError(
            413,
            "request_too_large",
            _("The request is too large: at most %(bytes)s bytes.") % {"bytes": limit},
        )
