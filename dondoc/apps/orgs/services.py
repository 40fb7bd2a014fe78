from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from dondoc.apps.orgs.models import OrgKind, OrgUnit, Person, Position, Succession
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
