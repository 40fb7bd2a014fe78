"""Vietnamese first: the interface is Vietnamese unless the user chose English with the switch.

Django's LocaleMiddleware would follow the browser's Accept-Language, and office browsers are often
set to English; the users read Vietnamese. The switch stores the choice in a cookie, which wins.
"""

from collections.abc import Callable
from typing import Any

from asgiref.sync import iscoroutinefunction
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest


def vietnamese_first(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    def middleware(request: HttpRequest) -> HttpResponse:
        if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
            request.META["HTTP_ACCEPT_LANGUAGE"] = settings.LANGUAGE_CODE
        return get_response(request)

    return middleware


def request_size_limit(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """Refuse a body larger than REQUEST_MAX_BYTES from its Content-Length, before reading it (#8).

    It runs first, before the language is known, so the message is in both languages.
    """

    def middleware(request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponseBadRequest(b"Content-Length", content_type="text/plain")
        if length > settings.REQUEST_MAX_BYTES:
            return _too_large(settings.REQUEST_MAX_BYTES)
        return get_response(request)

    return middleware


def _too_large(limit: int) -> HttpResponse:
    megabytes = f"{limit / 1024 / 1024:.0f} MB"
    text = (
        f"Yêu cầu quá lớn: tối đa {megabytes}. Hãy gửi tệp nhỏ hơn.\n"
        f"The request is too large: at most {megabytes}. Send a smaller file.\n"
        "code: request_too_large\n"
    )
    response = HttpResponse(text, status=413, content_type="text/plain; charset=utf-8")
    response["Connection"] = "close"
    return response


READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class AtomicWrites:
    """Django's ``ATOMIC_REQUESTS`` for the requests that write: the view of a POST, PUT, PATCH or
    DELETE runs in one transaction (an error rolls back all it wrote), and a view marked
    ``transaction.non_atomic_requests`` runs outside one, as with the setting (#7, decision 0014).

    A GET, HEAD or OPTIONS reads in autocommit: on PostgreSQL a page saves the BEGIN and COMMIT
    round trips (read committed gives each statement its own snapshot either way), and on SQLite,
    whose transactions take the write lock when they begin (``transaction_mode`` IMMEDIATE), pages
    no longer wait for each other or for a writer. What a read path writes (the session, a
    notification read) goes through a service that opens its own transaction. Last in MIDDLEWARE,
    so that the CSRF check and every other ``process_view`` come first.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view: Callable[..., HttpResponse],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        if request.method in READ_METHODS:
            return None  # Django calls the view, in autocommit
        if DEFAULT_DB_ALIAS in getattr(view, "_non_atomic_requests", ()):
            return None
        if iscoroutinefunction(view):  # as Django's own ATOMIC_REQUESTS refuses them
            raise RuntimeError("AtomicWrites cannot run an async view in a transaction.")
        with transaction.atomic():
            response = view(request, *args, **kwargs)
            if response is None:
                # Returned from here, None would make Django call the view a second time,
                # outside the transaction: refused, and what it wrote rolled back.
                name = f"{view.__module__}.{getattr(view, '__qualname__', type(view).__name__)}"
                raise ValueError(f"The view {name} didn't return an HttpResponse object.")
        return response
