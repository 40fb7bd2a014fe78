"""The API's middleware (#12): the language a client asks for, and the rate limit.

The pages are Vietnamese first (web.middleware.vietnamese_first overrides the browser's header);
a script states its language on purpose, so under /api/ the header is turned into the language
choice before that override (a language cookie, as the switch sets, still wins).

The rate limit is counted here, outside the request's transaction (AtomicWrites wraps only the
view of a write): the counter's row is locked for one statement, so a token's parallel requests
do not wait for each other, and the count holds across every worker process (limits.py).
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header

from dondoc.apps.api.auth import rate_limit_client
from dondoc.apps.api.errors import ApiError, error_json
from dondoc.apps.api.limits import rate_limit_check

API_PREFIX = "/api/"
# The web's own pages under /api/ (the tokens a user manages): pages, Vietnamese first like every
# other page, and not counted as API requests.
WEB_PAGES_PREFIX = "/api/tokens/"


def is_api_request(path: str) -> bool:
    """A request to the API itself (a script's), not to one of the web pages beside it."""
    return path.startswith(API_PREFIX) and not path.startswith(WEB_PAGES_PREFIX)


def api_language(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    def middleware(request: HttpRequest) -> HttpResponse:
        cookie = settings.LANGUAGE_COOKIE_NAME
        if is_api_request(request.path) and cookie not in request.COOKIES:
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


def api_rate_limit(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """Count each request under /api/ of a token or a signed-in user; 429 beyond the limit.
    After AuthenticationMiddleware (the session's user) and LocaleMiddleware (the message)."""

    def middleware(request: HttpRequest) -> HttpResponse:
        client = rate_limit_client(request) if is_api_request(request.path) else None
        if client is not None:
            try:
                rate_limit_check(client=client)
            except ApiError as error:
                return error_json(error)
        return get_response(request)

    return middleware
