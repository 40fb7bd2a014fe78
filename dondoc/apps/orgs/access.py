"""Who may see and change what: a user's unit and every unit below it, at any time.

Enforced here, in one place, and used by every selector and service that the pages call.
"""

from collections import defaultdict

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from dondoc.apps.orgs.models import Membership, OrgUnit


def org_unit_scope(user: AbstractBaseUser | AnonymousUser) -> frozenset[int]:
    """The ids of the units ``user`` may see: their unit and those below (all for a superuser)."""
    if not user.is_authenticated:
        return frozenset()
    pairs = list(OrgUnit.objects.values_list("pk", "parent_id"))
    if getattr(user, "is_superuser", False):
        return frozenset(pk for pk, _ in pairs)
    membership = Membership.objects.filter(user_id=user.pk).only("org_unit_id").first()
    if membership is None:
        return frozenset()
    children: dict[int | None, list[int]] = defaultdict(list)
    for pk, parent in pairs:
        children[parent].append(pk)
    scope, stack = set(), [membership.org_unit_id]
    while stack:
        current = stack.pop()
        if current not in scope:
            scope.add(current)
            stack.extend(children[current])
    return frozenset(scope)


def membership_of(user: AbstractBaseUser | AnonymousUser) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.select_related("org_unit").filter(user_id=user.pk).first()


def require_role(user: AbstractBaseUser | AnonymousUser, *, review: bool = False) -> None:
    """Refuse a viewer a write (and a reporter a review); superusers may do everything."""
    if getattr(user, "is_superuser", False):
        return
    membership = membership_of(user)
    allowed = membership is not None and (
        membership.can_review if review else membership.can_report
    )
    if not allowed:
        raise PermissionDenied(_("Your role does not allow this."))


def require_reviewer_above(user: AbstractBaseUser | AnonymousUser, org_unit: OrgUnit) -> None:
    """Approving a unit's figures takes a reviewer of a unit above it (or a superuser)."""
    if getattr(user, "is_superuser", False):
        return
    membership = membership_of(user)
    is_above = membership is not None and membership.org_unit_id != org_unit.pk
    if not (
        is_above
        and membership is not None
        and membership.can_review
        and org_unit.pk in org_unit_scope(user)
    ):
        raise PermissionDenied(_("Figures are approved by a reviewer of the unit above."))
