"""Reading what a page was asked for: the unit, the year and the day, within the user's area."""

from datetime import date

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils import timezone

from dondoc.apps.orgs.access import (
    UnitScope,
    membership_of,
    membership_scope,
    org_unit_scope,
    org_unit_scope_of,
)
from dondoc.apps.orgs.models import Membership, OrgUnit, Role


def signed_in(request: HttpRequest) -> User:
    """The signed-in user (pages that call this are behind ``login_required``)."""
    if not isinstance(request.user, User):
        raise PermissionDenied
    return request.user


def scope_of(request: HttpRequest) -> frozenset[int]:
    """The units the signed-in user may see (cached on the request)."""
    cached = getattr(request, "_dondoc_scope", None)
    if cached is None:
        cached = org_unit_scope(request.user)
        request._dondoc_scope = cached  # type: ignore[attr-defined]
    return cached


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


def day_asked(request: HttpRequest) -> date:
    """``?on=YYYY-MM-DD``, today when absent or malformed."""
    try:
        return date.fromisoformat(request.GET.get("on", ""))
    except ValueError:
        return timezone.localdate()


def unit_asked(request: HttpRequest) -> OrgUnit:
    """``?unit=ID`` within the user's area; else the user's own unit (or a root for admins)."""
    scope = unit_scope_of(request)
    raw = request.GET.get("unit", "")
    if raw.isdigit():
        org_unit = OrgUnit.objects.filter(pk=int(raw)).first()
        if org_unit is None or not scope.holds(org_unit):
            raise PermissionDenied
        return org_unit
    membership = membership_in(request)
    if membership is not None:
        return membership.org_unit
    root = scope.units().filter(parent__isnull=True, kind="province").order_by("pk").first()
    if root is None:
        raise PermissionDenied
    return root


def year_asked(request: HttpRequest, default: int) -> int:
    raw = request.GET.get("year", "")
    return int(raw) if raw.isdigit() and 1945 <= int(raw) <= 2100 else default


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
