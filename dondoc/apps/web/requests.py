"""Reading what a page was asked for: the unit, the year and the day, within the user's area;
the one way every page fetches an object within that area (404 outside it, #8)."""

from datetime import date
from typing import TypeVar

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone

from dondoc.apps.orgs.access import UnitScope, membership_of, membership_scope, org_unit_scope_of
from dondoc.apps.orgs.models import Membership, OrgUnit, Role

M = TypeVar("M", bound=Model)


def signed_in(request: HttpRequest) -> User:
    """The signed-in user (pages that call this are behind ``login_required``)."""
    if not isinstance(request.user, User):
        raise PermissionDenied
    return request.user


def unit_scope_of(request: HttpRequest) -> UnitScope:
    """The units the signed-in user may see, as a query (cached on the request)."""
    cached = getattr(request, "_dondoc_unit_scope", None)
    if cached is None:
        user = request.user
        cached = (
            membership_scope(membership_in(request))
            if user.is_authenticated and not getattr(user, "is_superuser", False)
            else org_unit_scope_of(user)
        )
        request._dondoc_unit_scope = cached  # type: ignore[attr-defined]
    return cached


def membership_in(request: HttpRequest) -> Membership | None:
    """The signed-in user's membership, read once per request."""
    if not hasattr(request, "_dondoc_membership"):
        request._dondoc_membership = membership_of(request.user)  # type: ignore[attr-defined]
    return request._dondoc_membership  # type: ignore[attr-defined,no-any-return]


def object_in_scope_or_404(request: HttpRequest, rows: QuerySet[M], pk: int, *units: str) -> M:
    """Row ``pk`` of ``rows`` when its unit, reached through any of ``units`` ("" for a unit
    itself), is in the signed-in user's area. Outside it the row does not exist for them: 404,
    as for a missing id, so ids cannot be probed (docs/security.md). A role that may see a row
    but not do what it asks is answered 403 elsewhere."""
    found = rows.filter(unit_scope_of(request).q_any(*units), pk=pk).first()
    if found is None:
        raise Http404
    return found


def id_given(text: str) -> int | None:
    """The id a query or form gave, or None: decimal digits only ("²" is a digit to isdigit()
    that int() refuses) and at most 18 of them (no row has a longer id, and int() refuses
    more than 4,300 digits)."""
    return int(text) if text.isdecimal() and len(text) <= MAX_ID_DIGITS else None


MAX_ID_DIGITS = 18


def day_asked(request: HttpRequest) -> date:
    """``?on=YYYY-MM-DD``, today when absent or malformed."""
    try:
        return date.fromisoformat(request.GET.get("on", ""))
    except ValueError:
        return timezone.localdate()


def unit_asked(request: HttpRequest) -> OrgUnit:
    """``?unit=ID`` within the user's area (404 outside it); else the user's own unit (or a
    root for admins)."""
    scope = unit_scope_of(request)
    raw = request.GET.get("unit", "")
    if raw.isdecimal():
        pk = id_given(raw)
        if pk is None:
            raise Http404
        return object_in_scope_or_404(request, OrgUnit.objects.all(), pk, "")
    membership = membership_in(request)
    if membership is not None:
        return membership.org_unit
    root = scope.units().filter(parent__isnull=True, kind="province").order_by("pk").first()
    if root is None:
        raise PermissionDenied
    return root


def year_asked(request: HttpRequest, default: int) -> int:
    raw = request.GET.get("year", "")
    year = int(raw) if raw.isdecimal() and len(raw) == 4 else 0
    return year if 1945 <= year <= 2100 else default


def role_allows(request: HttpRequest, *, review: bool = False, manage: bool = False) -> bool:
    """True when the signed-in user's role allows a write (a review with ``review``), as
    ``require_role`` decides, with the membership read once per request."""
    if getattr(request.user, "is_superuser", False):
        return True
    membership = membership_in(request)
    if membership is None:
        return False
    if manage:
        return bool(membership.role == Role.ADMINISTRATOR)
    return bool(membership.can_review if review else membership.can_report)
