"""Optimistic concurrency: a write names the version it read (If-Match), or is refused (#12)."""

from django.utils.translation import gettext as _

from dondoc.apps.api.errors import ApiError


def etag_of(version: str) -> str:
    return f'"{version}"'


def if_match_require(if_match: str | None, *, version: str) -> None:
    """412 when ``If-Match`` names another version (nothing is written), 428 when it is missing."""
    if not if_match:
        raise ApiError(
            428,
            "precondition_required",
            _("Send If-Match with the ETag of the directive as you read it."),
        )
    tags = {tag.strip().removeprefix("W/") for tag in if_match.split(",")}
    if "*" not in tags and etag_of(version) not in tags:
        raise ApiError(
            412,
            "precondition_failed",
            _("The directive has changed since you read it: read it again, then write."),
        )
