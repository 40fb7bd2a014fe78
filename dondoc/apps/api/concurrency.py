"""Optimistic concurrency: a write names the version it read (If-Match), or is refused; a read
names the version it holds (If-None-Match) and is told 304 when it is still current (#12)."""

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from dondoc.apps.api.errors import ApiError


def etag_of(version: str, *shown_as: str) -> str:
    """The entity tag of a record's ``version`` as shown: a read adds what else its body depends
    on (the as-of day, the language), so that a copy of yesterday's status or of the other
    language is never answered 304; a write names only the version (``version_of``)."""
    return '"' + ".".join((version, *shown_as)) + '"'


def version_of(tag: str) -> str:
    """The record's version an entity tag names (its first part)."""
    return tag.strip().removeprefix("W/").strip('"').split(".", 1)[0]


def _tags(header: str) -> set[str]:
    """The entity tags a header lists, weak ones (W/"…") compared as strong (RFC 9110 8.8.3)."""
    return {tag.strip().removeprefix("W/") for tag in header.split(",")}


def if_match_require(if_match: str | None, *, version: str) -> None:
    """412 when ``If-Match`` names another version (nothing is written), 428 when it is missing."""
    if not if_match:
        raise ApiError(
            428,
            "precondition_required",
            _("Send If-Match with the ETag of the directive as you read it."),
        )
    tags = _tags(if_match)
    if "*" not in tags and version not in {version_of(tag) for tag in tags}:
        raise ApiError(
            412,
            "precondition_failed",
            _("The directive has changed since you read it: read it again, then write."),
        )


def not_modified_or(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A 304 without a body when the GET's ``If-None-Match`` names the response's ETag (the
    caller's copy is current), else ``response`` itself."""
    if_none_match = request.headers.get("If-None-Match", "")
    etag = response.get("ETag")
    if not if_none_match or not etag or request.method != "GET" or response.status_code != 200:
        return response
    tags = _tags(if_none_match)
    if "*" not in tags and etag not in tags:
        return response
    not_modified = HttpResponse(status=304)
    for name in ("ETag", "Vary"):
        if name in response:
            not_modified[name] = response[name]
    return not_modified
