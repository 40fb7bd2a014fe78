from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from dondoc.apps.orgs.models import (
    Membership,
    OrgKind,
    OrgUnit,
    Person,
    Position,
    Role,
    Succession,
)
from dondoc.apps.provenance import Origin, tracked_save


@transaction.atomic
def org_unit_create(
    *,
    name: str,
    kind: OrgKind,
    valid_from: date,
    parent: OrgUnit | None = None,
    valid_until: date | None = None,
    short_name: str = "",
    admin_code: str = "",
    origin: Origin = Origin.TYPED,
    user: AbstractBaseUser | None = None,
) -> OrgUnit:
    org_unit = OrgUnit(
        name=name,
        kind=kind,
        parent=parent,
        valid_from=valid_from,
        valid_until=valid_until,
        short_name=short_name,
        admin_code=admin_code,
        origin=origin,
    )
    return tracked_save(org_unit, user=user)


@transaction.atomic
def org_unit_succeed(
    org_unit: OrgUnit,
    *,
    on: date,
    successors: Sequence[tuple[OrgUnit, Decimal]],
    origin: Origin = Origin.TYPED,
    user: AbstractBaseUser | None = None,
) -> list[Succession]:
    """Close ``org_unit`` on day ``on`` and hand it over to ``successors`` with their shares."""
    if org_unit.valid_until is not None and org_unit.valid_until != on:
        raise ValidationError(
            _("This unit already ended on another day."), code="unit_already_ended"
        )
    org_unit.valid_until = on
    tracked_save(org_unit, user=user)
    return [
        tracked_save(
            Succession(
                predecessor=org_unit,
                successor=successor,
                share=share,
                effective_on=on,
                origin=origin,
            ),
            user=user,
        )
        for successor, share in successors
    ]


@transaction.atomic
def person_create(
    *, full_name: str, origin: Origin = Origin.TYPED, user: AbstractBaseUser | None = None
) -> Person:
    return tracked_save(Person(full_name=" ".join(full_name.split()), origin=origin), user=user)


@transaction.atomic
def position_assign(
    person: Person,
    *,
    org_unit: OrgUnit,
    title: str,
    start_on: date,
    end_on: date | None = None,
    rank: int = 0,
    origin: Origin = Origin.TYPED,
    user: AbstractBaseUser | None = None,
) -> Position:
    position = Position(
        person=person,
        org_unit=org_unit,
        title=title,
        start_on=start_on,
        end_on=end_on,
        rank=rank,
        origin=origin,
    )
    return tracked_save(position, user=user)


def user_manager_check(manager: AbstractBaseUser, org_unit: OrgUnit) -> None:
    """Refuse unless ``manager`` administers ``org_unit``: an administrator of it or of a unit
    above it (a superuser administers every unit) (#10)."""
    if getattr(manager, "is_superuser", False):
        return
    membership = Membership.objects.select_related("org_unit").filter(user_id=manager.pk).first()
    if (
        membership is None
        or membership.role != Role.ADMINISTRATOR
        or not org_unit.is_below_or_is(membership.org_unit.path)
    ):
        raise PermissionDenied(_("Only an administrator of this unit or one above it may do this."))


@transaction.atomic
def user_create(
    *,
    username: str,
    full_name: str,
    email: str,
    org_unit: OrgUnit,
    role: Role,
    password: str,
    manager: AbstractBaseUser,
) -> User:
    """Create a user who sees ``org_unit`` and the units below it with ``role``."""
    user_manager_check(manager, org_unit)
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": _("This user name is taken.")}, code="username_taken")
    # The whole name in first_name: a Vietnamese name reads family name first (get_full_name).
    user = User(username=username, email=email, first_name=full_name.strip()[:150])
    validate_password(password, user)
    user.set_password(password)
    user.save()
    tracked_save(Membership(user=user, org_unit=org_unit, role=role), user=manager)
    return user


def user_manageable_check(manager: AbstractBaseUser, user: User) -> None:
    """Refuse unless ``manager`` may deactivate ``user`` or reset their password: an
    administrator of the user's unit or one above it, and never over a superuser, a member of
    the staff or a fellow administrator of the same unit (no one takes over a peer's account)."""
    membership = Membership.objects.select_related("org_unit").filter(user_id=user.pk).first()
    if membership is None:
        raise PermissionDenied(_("Only an administrator of this unit or one above it may do this."))
    user_manager_check(manager, membership.org_unit)
    if getattr(manager, "is_superuser", False):
        return
    own = Membership.objects.select_related("org_unit").get(user_id=manager.pk)
    is_peer = membership.role == Role.ADMINISTRATOR and membership.org_unit_id == own.org_unit_id
    if user.is_superuser or user.is_staff or is_peer:
        raise PermissionDenied(_("This account is managed by an office above yours."))


@transaction.atomic
def user_deactivate(user: User, *, manager: AbstractBaseUser) -> User:
    """The user can no longer sign in; what they wrote keeps their name."""
    user_manageable_check(manager, user)
    if user.pk == manager.pk:
        raise ValidationError(_("You cannot deactivate yourself."), code="self_deactivate")
    user.is_active = False
    user.save(update_fields=["is_active"])
    return user


@transaction.atomic
def user_password_reset(user: User, *, password: str, manager: AbstractBaseUser) -> User:
    user_manageable_check(manager, user)
    validate_password(password, user)
    user.set_password(password)
    user.save(update_fields=["password"])
    return user
