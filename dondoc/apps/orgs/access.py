"""Who may see and change what: a user's unit and every unit below it, at any time.

Enforced here, in one place, and used by every selector and service that the pages call.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from dondoc.apps.orgs.models import Membership, OrgUnit


@dataclass(frozen=True)
class UnitScope:
    """The units a user may see, as a query: every unit (``paths`` None) or the units whose
    materialised path starts with one of ``paths`` (their unit and those below it)."""

    paths: tuple[str, ...] | None

    @property
    def is_everything(self) -> bool:
        return self.paths is None

    def q(self, field: str = "") -> Q:
        """A filter on the unit reached through ``field`` ("lead_unit"; "" for OrgUnit itself)."""
        if self.paths is None:
            return Q()
        lookup = f"{field}__path__startswith" if field else "path__startswith"
        return reduce(or_, (Q(**{lookup: path}) for path in self.paths), Q(pk__in=[]))

    def q_any(self, *fields: str) -> Q:
        """A filter on rows whose unit, through any of ``fields``, is within the scope (a
        directive's lead unit or one of its co-operating units)."""
        if self.paths is None:
            return Q()
        return reduce(or_, (self.q(field) for field in fields), Q(pk__in=[]))

    def holds(self, org_unit: OrgUnit) -> bool:
        """True when ``org_unit`` is within the scope (no query)."""
        return self.paths is None or any(org_unit.is_below_or_is(path) for path in self.paths)

    def units(self) -> QuerySet[OrgUnit]:
        return OrgUnit.objects.filter(self.q())


NOTHING = UnitScope(())


def org_unit_scope_of(user: AbstractBaseUser | AnonymousUser) -> UnitScope:
    """The units ``user`` may see: their unit and those below it (every unit for a superuser)."""
    if not user.is_authenticated:
        return NOTHING
    if getattr(user, "is_superuser", False):
        return UnitScope(None)
    return membership_scope(membership_of(user))


def membership_scope(membership: Membership | None) -> UnitScope:
    """The units a member of ``membership``'s unit sees (nothing without a membership)."""
    return UnitScope((membership.org_unit.path,)) if membership is not None else NOTHING


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
    if not (
        membership is not None
        and membership.can_review
        and membership.org_unit_id != org_unit.pk
        and org_unit.is_below_or_is(membership.org_unit.path)
    ):
        raise PermissionDenied(_("Figures are approved by a reviewer of the unit above."))
