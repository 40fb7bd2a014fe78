"""Who is calling: an API token (Authorization: Bearer) or the browser's session (#12).

A session write needs the CSRF token, as on the pages; a token needs none (it is not sent by the
browser on its own). A read-only token cannot write. Every authenticated request is counted
against the rate limit of its token (or user) by the middleware ``api_rate_limit``, before the
request's transaction begins (``rate_limit_client`` says whose it is).
"""

from typing import Any, cast

from django.contrib.auth.models import User
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.security import HttpBearer
from ninja.utils import check_csrf

from dondoc.apps.api.errors import ApiError
from dondoc.apps.api.limits import body_size_check
from dondoc.apps.api.models import ApiToken
from dondoc.apps.api.tokens import api_token_find

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
BEARER = "_dondoc_bearer_token"


class TokenOrSession(HttpBearer):
    """Documented as a bearer token; falls back to the session for the browser."""

    csrf = True  # the docs page then sends the CSRF token with "Try it out" (session writes)

    def __init__(self, *, max_body_bytes: int | None = None) -> None:
        """``max_body_bytes``: the body an operation takes (default API_MAX_BODY_BYTES)."""
        super().__init__()
        self.max_body_bytes = max_body_bytes

    def __call__(self, request: HttpRequest) -> Any:
        if request.headers.get("Authorization"):
            user = super().__call__(request)
        else:
            user = self._session_user(request)
        if user is None:
            return None
        if request.method not in SAFE_METHODS:
            body_size_check(request, limit=self.max_body_bytes)
        return user

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        api_token = bearer_token(request)
        if api_token is None:
            return None
        if api_token.is_read_only and request.method not in SAFE_METHODS:
            raise ApiError(403, "token_read_only", _("This token is read-only."))
        request.api_token = api_token  # type: ignore[attr-defined]
        request.user = api_token.user
        return api_token.user

    def _session_user(self, request: HttpRequest) -> User | None:
        user = request.user
        if not user.is_authenticated or not isinstance(user, User):
            return None
        if request.method not in SAFE_METHODS and check_csrf(request) is not None:
            raise ApiError(403, "csrf_failed", _("The CSRF token is missing or wrong."))
        return user


def bearer_token(request: HttpRequest) -> ApiToken | None:
    """The live token of the ``Authorization: Bearer …`` header, looked up once a request (the
    rate limit and the authentication both ask)."""
    if not hasattr(request, BEARER):
        scheme, _space, secret = request.headers.get("Authorization", "").partition(" ")
        setattr(request, BEARER, api_token_find(secret) if scheme.lower() == "bearer" else None)
    return cast("ApiToken | None", getattr(request, BEARER))


def rate_limit_client(request: HttpRequest) -> str | None:
    """Whose requests these are, as TokenOrSession will decide: the token's when the request
    sends one, else the signed-in user's; None for a caller the API will refuse (401)."""
    if request.headers.get("Authorization"):
        api_token = bearer_token(request)
        return f"t{api_token.pk}" if api_token is not None else None
    user = request.user
    return f"u{user.pk}" if user.is_authenticated else None


def signed_in(request: HttpRequest) -> User:
    """The caller (every operation is behind TokenOrSession)."""
    user = request.user
    if not isinstance(user, User):  # pragma: no cover - the auth refuses this first
        raise ApiError(401, "unauthenticated", _("Sign in."))
    return user
