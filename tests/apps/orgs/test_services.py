from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.orgs.models import OrgKind
from dondoc.apps.orgs.selectors import (
    org_unit_list_on,
    org_unit_successors_on,
    position_list_held_on,
)
from dondoc.apps.orgs.services import org_unit_create, org_unit_succeed, position_assign
from tests.apps.conftest import REFORM


def test_a_unit_records_who_created_it_and_a_folded_search_key(world):
    unit = org_unit_create(
        name="Phường Đông Kinh", kind=OrgKind.COMMUNE, valid_from=date(2000, 1, 1), user=world.clerk
    )

    assert unit.created_by == world.clerk
    assert unit.search_key == "phuong dong kinh"


def test_a_unit_that_ends_before_it_starts_is_refused_in_vietnamese(world):
    with pytest.raises(ValidationError, match="Ngày hết hiệu lực phải sau ngày bắt đầu"):
        org_unit_create(
            name="X",
            kind=OrgKind.COMMUNE,
            valid_from=date(2020, 1, 1),
            valid_until=date(2019, 1, 1),
        )


def test_a_unit_cannot_start_under_a_parent_that_no_longer_exists(world):
    with pytest.raises(ValidationError, match="không tồn tại vào ngày 01/07/2025"):
        org_unit_create(
            name="Xã Mới", kind=OrgKind.COMMUNE, parent=world.district, valid_from=REFORM
        )


def test_the_units_as_of_2017_and_as_of_today_differ(world):
    org_unit_succeed(world.district, on=REFORM, successors=[(world.new_commune, Decimal(1))])

    in_2017 = set(org_unit_list_on(on=date(2017, 10, 20)))
    today = set(org_unit_list_on(on=date(2026, 1, 1)))

    assert (world.district in in_2017, world.district in today) == (True, False)
    assert (world.new_commune in in_2017, world.new_commune in today) == (False, True)


def test_an_abolished_unit_shows_its_successors(world):
    org_unit_succeed(world.commune, on=REFORM, successors=[(world.new_commune, Decimal(1))])

    assert org_unit_successors_on(world.commune, on=date(2026, 1, 1)) == {
        world.new_commune: Decimal(1)
    }


def test_a_unit_cannot_be_closed_twice_on_different_days(world):
    with pytest.raises(ValidationError, match="đã kết thúc"):
        org_unit_succeed(world.commune, on=date(2024, 1, 1), successors=[])


def test_a_successor_must_exist_on_the_day_it_takes_over(world):
    with pytest.raises(ValidationError, match="không tồn tại"):
        org_unit_succeed(
            world.commune,
            on=REFORM,
            successors=[(world.province_party, Decimal(1)), (world.district, Decimal(1))],
        )

    world.commune.refresh_from_db()
    assert world.commune.valid_until == REFORM  # unchanged: the failed write left nothing behind


def test_a_person_holds_several_positions_at_once(world):
    position_assign(
        world.an,
        org_unit=world.province_party,
        title="Bí thư Tỉnh ủy",
        start_on=date(2015, 10, 1),
        rank=1,
    )
    position_assign(
        world.an,
        org_unit=world.province,
        title="Trưởng Đoàn ĐBQH tỉnh",
        start_on=date(2016, 5, 22),
        rank=2,
    )
    position_assign(
        world.an,
        org_unit=world.province,
        title="Chủ tịch UBND tỉnh",
        start_on=date(2010, 1, 1),
        end_on=date(2015, 9, 30),
    )

    titles = [p.title for p in position_list_held_on(world.an, on=date(2017, 10, 20))]

    assert titles == ["Bí thư Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"]


def test_a_position_in_a_unit_that_did_not_exist_is_refused(world):
    with pytest.raises(ValidationError, match="không tồn tại"):
        position_assign(
            world.binh, org_unit=world.new_commune, title="Chủ tịch", start_on=date(2020, 1, 1)
        )


def test_names_are_stored_without_doubled_spaces(world):
    assert world.cuong.full_name == "Trần Văn Cường"
