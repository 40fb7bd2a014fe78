"""Vietnamese first: the interface is Vietnamese unless the user chose English with the switch.

Django's LocaleMiddleware would follow the browser's Accept-Language, and office browsers are often
set to English; the users read Vietnamese. The switch stores the choice in a cookie, which wins.
"""

from collections.abc import Callable

from django.conf import settings
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
