"""Structured errors: a stable ``code``, a message in the language asked for, field messages.

The messages are the web's own (services raise ValidationError with them); the codes are those of
``dondoc.core.errors`` where a rule of the domain is broken.
"""

import json
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as InputError


class ErrorOut(Schema):
    code: str
    message: str
    fields: dict[str, list[str]] = {}


# The failures every operation may answer with, documented in the schema (schemathesis checks);
# a read may also answer 304, without a body, to an If-None-Match that names its ETag.
FAILURES: dict[int, type[ErrorOut]] = dict.fromkeys((401, 403, 404, 422, 429), ErrorOut)
READ_ERRORS: dict[int, type[ErrorOut] | None] = {304: None} | FAILURES
WRITE_ERRORS: dict[int, type[ErrorOut]] = FAILURES | dict.fromkeys(
    (400, 409, 412, 413, 428), ErrorOut
)


class ApiError(Exception):
    """An answer other than success, raised from anywhere in a request."""

    def __init__(
        self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def not_found() -> ApiError:
    return ApiError(404, "not_found", _("Not found, or not within your units."))


def error_response(
    api: NinjaAPI,
    request: HttpRequest,
    *,
    status: int,
    code: str,
    message: str,
    fields: dict[str, list[str]] | None = None,
) -> HttpResponse:
    body = {"code": code, "message": message, "fields": fields or {}}
    return api.create_response(request, body, status=status)


def error_json(error: ApiError) -> HttpResponse:
    """The error as an answer of its own, for a refusal before the API's view runs."""
    body = {"code": error.code, "message": error.message, "fields": {}}
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False), status=error.status, content_type="application/json"
    )
    for name, value in error.headers.items():
        response[name] = value
    response["Vary"] = "Accept-Language, Authorization, Cookie"
    return response


def validation_code(error: ValidationError) -> str:
    """The rule's code: the domain error behind it, else the first field's code."""
    cause = error.__cause__
    if isinstance(getattr(cause, "code", None), str):
        return str(cause.code)  # type: ignore[union-attr]
    if hasattr(error, "error_dict"):
        for errors in error.error_dict.values():
            for item in errors:
                if item.code:
                    return str(item.code)
    return str(getattr(error, "code", None) or "invalid")


def register(api: NinjaAPI) -> None:
    """Every failure becomes an ErrorOut: nothing leaks as an HTML page."""

    @api.exception_handler(ApiError)
    def on_api_error(request: HttpRequest, error: ApiError) -> HttpResponse:
        response = error_response(
            api, request, status=error.status, code=error.code, message=error.message
        )
        for name, value in error.headers.items():
            response[name] = value
        return response

    @api.exception_handler(ValidationError)
    def on_validation_error(request: HttpRequest, error: ValidationError) -> HttpResponse:
        fields = (
            {
                name: [str(m) for m in ValidationError(e).messages]
                for name, e in error.error_dict.items()
            }
            if hasattr(error, "error_dict")
            else {}
        )
        return error_response(
            api,
            request,
            status=400,
            code=validation_code(error),
            message=" ".join(error.messages),
            fields=fields,
        )

    @api.exception_handler(PermissionDenied)
    def on_permission_denied(request: HttpRequest, error: PermissionDenied) -> HttpResponse:
        message = str(error) or _("Your role does not allow this.")
        return error_response(api, request, status=403, code="forbidden", message=message)

    @api.exception_handler(Http404)
    def on_not_found(request: HttpRequest, error: Http404) -> HttpResponse:
        return on_api_error(request, not_found())

    @api.exception_handler(AuthenticationError)
    def on_unauthenticated(request: HttpRequest, error: AuthenticationError) -> HttpResponse:
        message = _("Sign in, or send a valid API token (Authorization: Bearer …).")
        response = error_response(api, request, status=401, code="unauthenticated", message=message)
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(HttpError)
    def on_http_error(request: HttpRequest, error: HttpError) -> HttpResponse:
        # ninja's own: a body it cannot parse (400) is the only one our operations can meet.
        message = _("The body is not valid JSON.")
        return error_response(
            api, request, status=error.status_code, code="invalid_json", message=message
        )

    @api.exception_handler(InputError)
    def on_input_error(request: HttpRequest, error: InputError) -> HttpResponse:
        fields: dict[str, list[str]] = {}
        for item in error.errors:
            name = ".".join(str(part) for part in item.get("loc", ())[1:]) or "request"
            fields.setdefault(name, []).append(_input_message(item))
        message = _("The request is not valid.")
        return error_response(
            api, request, status=422, code="invalid_input", message=message, fields=fields
        )


def _input_message(item: dict[str, Any]) -> str:
    return str(item.get("msg", ""))[:500]
