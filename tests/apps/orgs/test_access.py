"""A user's area as a query on the unit path (#8): their unit and those below it."""

import pytest
from django.contrib.auth.models import AnonymousUser, User

from dondoc.apps.orgs.access import NOTHING, UnitScope, org_unit_scope_of
from dondoc.apps.orgs.models import Membership, OrgUnit, Role

pytestmark = pytest.mark.django_db


def member_of(org_unit, name="member"):
    user = User.objects.create_user(name)
    Membership.objects.create(user=user, org_unit=org_unit, role=Role.VIEWER)
    return user


def test_a_district_member_sees_the_district_and_its_communes_only(world):
    scope = org_unit_scope_of(member_of(world.district))

    assert set(scope.units()) == {world.district, world.commune, world.district_party}
    assert (scope.holds(world.commune), scope.holds(world.province)) == (True, False)


def test_a_superuser_sees_every_unit_and_an_anonymous_user_none(world):
    root = User.objects.create_superuser("root")

    assert org_unit_scope_of(root).is_everything
    assert org_unit_scope_of(AnonymousUser()) == NOTHING
    assert list(NOTHING.units()) == []


def test_a_user_without_a_unit_sees_nothing(world):
    assert org_unit_scope_of(world.clerk) == NOTHING


def test_q_any_finds_rows_reached_through_any_of_their_units(world):
    scope = org_unit_scope_of(member_of(world.commune))

    # The commune itself, or a unit whose parent is the commune: only the commune.
    found = OrgUnit.objects.filter(scope.q_any("", "parent"))
    below_district = OrgUnit.objects.filter(UnitScope((world.district.path,)).q_any("parent"))

    assert list(found) == [world.commune]
    assert set(below_district) == {world.commune, world.district_party}


def test_q_any_of_nothing_finds_nothing_and_of_everything_all(world):
    assert OrgUnit.objects.filter(NOTHING.q_any("", "parent")).count() == 0
    assert OrgUnit.objects.filter(UnitScope(None).q_any("parent")).count() == 6
