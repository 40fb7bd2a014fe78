from datetime import date
from decimal import Decimal

import pytest

from dondoc.core.errors import OrgHistoryError
from dondoc.core.org_history import (
    Succession,
    UnitSpan,
    children_on,
    roll_up,
    successors_on,
    units_on,
)

REFORM = date(2025, 7, 1)
UNITS = [
    UnitSpan("province", None, date(1831, 1, 1)),
    UnitSpan("city", "province", date(2002, 10, 17), REFORM),
    UnitSpan("ward_a", "city", date(2002, 10, 17), REFORM),
    UnitSpan("ward_b", "city", date(2002, 10, 17), REFORM),
    UnitSpan("new_ward_1", "province", REFORM),
    UnitSpan("new_ward_2", "province", REFORM),
]
SUCCESSIONS = [
    Succession("city", "new_ward_1", Decimal("0.7")),
    Succession("city", "new_ward_2", Decimal("0.3")),
    Succession("ward_a", "new_ward_1"),
    Succession("ward_b", "new_ward_2"),
]


def test_the_tree_as_of_2017_has_the_city_and_its_wards():
    tree = children_on(UNITS, date(2017, 10, 20))

    assert tree == {None: ["province"], "province": ["city"], "city": ["ward_a", "ward_b"]}


def test_the_tree_as_of_today_has_no_district_level():
    tree = children_on(UNITS, date(2026, 1, 1))

    assert tree == {None: ["province"], "province": ["new_ward_1", "new_ward_2"]}


def test_the_abolition_day_belongs_to_the_successors():
    assert [u.key for u in units_on(UNITS, REFORM) if u.parent == "province"] == [
        "new_ward_1",
        "new_ward_2",
    ]


def test_an_abolished_unit_leads_to_its_successors_with_shares():
    assert successors_on("city", UNITS, SUCCESSIONS, date(2026, 1, 1)) == {
        "new_ward_1": Decimal("0.7"),
        "new_ward_2": Decimal("0.3"),
    }


def test_a_unit_still_valid_is_its_own_successor():
    assert successors_on("city", UNITS, SUCCESSIONS, date(2017, 1, 1)) == {"city": Decimal(1)}


def test_chains_of_successions_are_followed():
    units = [*UNITS, UnitSpan("old", "city", date(1990, 1, 1), date(2002, 10, 17))]
    successions = [*SUCCESSIONS, Succession("old", "ward_a")]

    assert successors_on("old", units, successions, date(2026, 1, 1)) == {"new_ward_1": Decimal(1)}


def test_figures_of_2017_roll_up_into_todays_units_by_share():
    values = {"ward_a": Decimal(10), "ward_b": Decimal(5), "city": Decimal(100)}

    assert roll_up(values, UNITS, SUCCESSIONS, date(2026, 1, 1)) == {
        "new_ward_1": Decimal("80.0"),
        "new_ward_2": Decimal("35.0"),
    }


def test_a_unit_with_no_successor_drops_out_of_the_roll_up():
    assert roll_up({"gone": Decimal(1)}, UNITS, SUCCESSIONS, date(2026, 1, 1)) == {}


def test_a_cycle_of_successions_is_refused():
    units = [
        UnitSpan("a", None, date(2000, 1, 1), date(2001, 1, 1)),
        UnitSpan("b", None, date(2000, 1, 1), date(2001, 1, 1)),
    ]
    cycle = [Succession("a", "b"), Succession("b", "a")]

    with pytest.raises(OrgHistoryError, match="cycle"):
        successors_on("a", units, cycle, date(2026, 1, 1))


def test_a_unit_that_ends_before_it_starts_is_refused():
    with pytest.raises(OrgHistoryError, match="ends before"):
        UnitSpan("x", None, date(2020, 1, 1), date(2019, 1, 1))
