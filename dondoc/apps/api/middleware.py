"""The API speaks the language a client asks for in Accept-Language (#12).

The pages are Vietnamese first (web.middleware.vietnamese_first overrides the browser's header);
a script states its language on purpose, so under /api/ the header is turned into the language
choice before that override (a language cookie, as the switch sets, still wins).
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header

API_PREFIX = "/api/"


def api_language(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    def middleware(request: HttpRequest) -> HttpResponse:
        cookie = settings.LANGUAGE_COOKIE_NAME
        if request.path.startswith(API_PREFIX) and cookie not in request.COOKIES:
            request.COOKIES[cookie] = language_asked(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))
        return get_response(request)

    return middleware


def language_asked(header: str) -> str:
    """The first supported language of an Accept-Language header, else Vietnamese."""
    for code, _quality in parse_accept_lang_header(header[:255]):
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return str(settings.LANGUAGE_CODE)
