"""Reading what a page was asked for: the unit, the year and the day, within the user's area."""

from datetime import date

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils import timezone

from dondoc.apps.orgs.access import membership_of, org_unit_scope
from dondoc.apps.orgs.models import OrgUnit


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


def day_asked(request: HttpRequest) -> date:
    """``?on=YYYY-MM-DD``, today when absent or malformed."""
    try:
        return date.fromisoformat(request.GET.get("on", ""))
    except ValueError:
        return timezone.localdate()


def unit_asked(request: HttpRequest) -> OrgUnit:
    """``?unit=ID`` within the user's area; else the user's own unit (or a root for admins)."""
    scope = scope_of(request)
    raw = request.GET.get("unit", "")
    if raw.isdigit():
        if int(raw) not in scope:
            raise PermissionDenied
        return OrgUnit.objects.get(pk=int(raw))
    membership = membership_of(request.user)
    if membership is not None:
        return membership.org_unit
    root = (
        OrgUnit.objects.filter(pk__in=scope, parent__isnull=True, kind="province")
        .order_by("pk")
        .first()
    )
    if root is None:
        raise PermissionDenied
    return root


def year_asked(request: HttpRequest, default: int) -> int:
    raw = request.GET.get("year", "")
    return int(raw) if raw.isdigit() and 1945 <= int(raw) <= 2100 else default
