"""What every list reads from its query string: the day, the page; and the caller's units."""

from datetime import date
from typing import Annotated, Any, TypeVar

from django.conf import settings
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Path, Query, Schema

from dondoc.apps.orgs.access import UnitScope, org_unit_scope_of

M = TypeVar("M", bound=Model)
MAX_PAGE = 1_000_000


MAX_ID = 2**63 - 1  # a bigint: past it the databases raise rather than find nothing
ObjectId = Annotated[int, Path(ge=1, le=MAX_ID)]
# The days the calendar arithmetic of the board (ageing buckets) can reach without overflow.
Day = Annotated[date, Field(ge=date(1900, 1, 1), le=date(2999, 12, 31))]
NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL


class PageIn(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE)
    per_page: int = Field(25, ge=1, le=settings.API_MAX_PAGE_SIZE)


class DayIn(Schema):
    as_of: Day | None = Field(None, description="The day to read as of (default: today).")


def day_of(asked: DayIn) -> date:
    return asked.as_of or timezone.localdate()


def scope_of(request: HttpRequest) -> UnitScope:
    return org_unit_scope_of(request.user)


def page_of(objects: QuerySet[M], asked: PageIn) -> dict[str, Any]:
    """One page of ``objects`` and how many there are in all (an empty page past the end)."""
    offset = (asked.page - 1) * asked.per_page
    return {
        "page": asked.page,
        "per_page": asked.per_page,
        "total": objects.count(),
        "items": list(objects[offset : offset + asked.per_page]),
    }


__all__ = [
    "MAX_ID",
    "NO_NUL",
    "Day",
    "DayIn",
    "ObjectId",
    "PageIn",
    "Query",
    "day_of",
    "page_of",
    "scope_of",
]
