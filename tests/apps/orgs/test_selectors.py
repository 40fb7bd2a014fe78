"""Unit names read from a text matched to the unit tree as of a day (#9)."""

from datetime import date
from decimal import Decimal

from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgKind
from dondoc.apps.orgs.selectors import org_unit_match
from dondoc.apps.orgs.services import org_unit_create, org_unit_succeed
from tests.apps.conftest import REFORM

BEFORE, AFTER = date(2024, 3, 10), date(2025, 8, 1)


def everything():
    return UnitScope(None)


def test_an_abbreviated_name_matches_the_unit_written_in_full(world):
    committee = org_unit_create(
        name="Ủy ban nhân dân huyện Bắc Hà",
        kind=OrgKind.PEOPLES_COMMITTEE,
        parent=world.district,
        valid_from=date(1990, 1, 1),
        valid_until=REFORM,
    )

    assert org_unit_match(["UBND huyện Bắc Hà"], scope=everything(), on=BEFORE) == {
        "UBND huyện Bắc Hà": committee
    }


def test_a_unit_dissolved_before_the_day_is_not_matched(world):
    assert org_unit_match(["Xã An Phú"], scope=everything(), on=BEFORE) == {
        "Xã An Phú": world.commune
    }
    assert org_unit_match(["Xã An Phú"], scope=everything(), on=AFTER) == {}


def test_a_renamed_unit_is_matched_by_its_old_name_only_before_the_renaming(world):
    old = org_unit_create(
        name="Phòng Nội vụ huyện Bắc Hà",
        kind=OrgKind.DEPARTMENT,
        parent=world.district,
        valid_from=date(1990, 1, 1),
    )
    new = org_unit_create(
        name="Phòng Nội vụ và Lao động huyện Bắc Hà",
        kind=OrgKind.DEPARTMENT,
        parent=world.district,
        valid_from=date(2020, 1, 1),
        valid_until=REFORM,
    )
    org_unit_succeed(old, on=date(2020, 1, 1), successors=[(new, Decimal(1))])

    assert org_unit_match([old.name], scope=everything(), on=date(2019, 6, 1)) == {old.name: old}
    assert org_unit_match([old.name], scope=everything(), on=BEFORE) == {}


def test_the_start_of_a_name_matches_the_only_unit_it_begins(world):
    found = org_unit_match(["Huyện ủy"], scope=everything(), on=BEFORE)

    assert found == {"Huyện ủy": world.district_party}


def test_a_name_two_units_carry_matches_neither(world):
    org_unit_create(
        name="Xã An Phú", kind=OrgKind.COMMUNE, parent=world.province, valid_from=date(2000, 1, 1)
    )

    assert org_unit_match(["Xã An Phú"], scope=everything(), on=BEFORE) == {}


def test_a_unit_outside_the_scope_is_not_matched(world):
    scope = UnitScope((world.province_party.path,))

    assert org_unit_match(["Xã An Phú", "Tỉnh ủy Sơn Hà"], scope=scope, on=BEFORE) == {
        "Tỉnh ủy Sơn Hà": world.province_party
    }


def test_without_a_day_every_unit_of_the_scope_may_match(world):
    assert org_unit_match(["Xã Phú Hà", "Xã An Phú"], scope=None) == {
        "Xã Phú Hà": world.new_commune,
        "Xã An Phú": world.commune,
    }
