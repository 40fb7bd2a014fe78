"""The counts are cached per top-level area (#7, decision 0015): a write makes the counts that
can see it fresh (its province's, the national office's) and leaves the other provinces' warm.

A count is shown to be warm by changing a state behind the services' back (no version moves):
a warm count still shows the old number, a fresh one the new.
"""

from contextlib import suppress
from datetime import date

import pytest
from django.db import transaction

from dondoc.apps.directives.bulk import directives_bulk_set
from dondoc.apps.directives.models import BoardVersion, DirectiveState, UpdateKind
from dondoc.apps.directives.selectors import (
    board_version_read,
    directive_board,
    directive_tally_by_unit,
)
from dondoc.apps.directives.services import (
    directive_assign,
    directive_report,
    directive_states_write,
)
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgKind
from dondoc.apps.orgs.services import org_unit_create
from dondoc.apps.provenance import tracked_save
from dondoc.core.progress import DirectiveStatus

ON = date(2017, 12, 11)


def assign(lead_unit):
    return directive_assign(
        text="Việc", assigned_on=date(2017, 10, 20), lead_unit=lead_unit, due_on=date(2017, 11, 1)
    )


def overdue(unit=None):
    scope = UnitScope((unit.path,) if unit is not None else None)
    return directive_board(scope=scope, on=ON).counts[DirectiveStatus.OPEN_OVERDUE]


def in_each_province(country):
    return overdue(country.province_a), overdue(country.province_b)


def report_done(directive):
    directive_report(directive, kind=UpdateKind.DONE, reported_on=date(2017, 12, 1), note="x")


def done_unseen(directive):
    """Done behind the services' back: no version moves, a cached count does not see it."""
    DirectiveState.objects.filter(directive=directive).update(done_on=date(2017, 12, 1))


def test_a_write_in_one_province_leaves_the_others_counts_warm(country):
    in_a, in_b = assign(country.commune_a), assign(country.commune_b)
    before = (overdue(country.province_a), overdue(country.province_b), overdue(country.national))
    done_unseen(in_b)

    report_done(in_a)

    after = (overdue(country.province_a), overdue(country.province_b), overdue(country.national))
    # B still warm; A fresh, and so is A's part of the nation's count, while B's part of it
    # stays warm too (the nation is counted area by area): 0 + 1
    assert (before, after) == ((1, 1, 2), (0, 1, 1))


def test_a_write_makes_the_counts_of_every_unit_above_it_fresh(country):
    in_a = assign(country.commune_a)
    before = (overdue(country.commune_a), overdue(), overdue(country.national))

    report_done(in_a)

    assert before == (1, 1, 1)
    assert (overdue(country.commune_a), overdue(), overdue(country.national)) == (0, 0, 0)


def test_the_national_offices_own_directives_are_counted_in_its_own_area(country):
    own, in_b = assign(country.national), assign(country.commune_b)
    before = (overdue(country.national), overdue(country.province_b))
    done_unseen(in_b)

    report_done(own)

    # the nation's own part fresh (0), Tây Hà's part of it warm (1)
    assert (before, (overdue(country.national), overdue(country.province_b))) == (
        (2, 1),
        (1, 1),
    )


def test_a_lead_unit_moved_to_another_province_refreshes_both(country):
    directive = assign(country.commune_a)
    before = in_each_province(country)

    directive.lead_unit = country.commune_b  # as the admin saves it
    tracked_save(directive)
    directive_states_write(directive)

    assert (before, in_each_province(country)) == ((1, 0), (0, 1))


def test_a_bulk_change_of_lead_unit_refreshes_both_provinces(country):
    directive = assign(country.commune_a)
    before = in_each_province(country)

    directives_bulk_set([directive], lead_unit=country.commune_b)

    assert (before, in_each_province(country)) == ((1, 0), (0, 1))


def test_a_unit_moved_to_another_province_takes_its_counts_along(country):
    assign(country.commune_a)
    before = in_each_province(country)

    country.commune_a.parent = country.province_b  # as the admin saves a move
    tracked_save(country.commune_a)

    assert (before, in_each_province(country)) == ((1, 0), (0, 1))


def test_a_root_moved_under_another_root_takes_the_counts_of_its_areas_along(country):
    assign(country.commune_a)
    other = org_unit_create(name="Liên hiệp", kind=OrgKind.CENTRAL, valid_from=date(1990, 1, 1))
    before = (overdue(), overdue(other))  # a superuser's, the other root's

    country.national.parent = other  # as the admin saves a move
    tracked_save(country.national)

    # Đông Sơn's area is now part of the moved root's: counted there, and no longer in its own
    assert (before, (overdue(), overdue(other))) == ((1, 0), (1, 1))


def test_a_root_moved_under_another_root_moves_the_version_of_every_area_below_it(country):
    assign(country.commune_a)
    assign(country.commune_b)
    other = org_unit_create(name="Liên hiệp", kind=OrgKind.CENTRAL, valid_from=date(1990, 1, 1))
    was = country.national.path

    country.national.parent = other
    tracked_save(country.national)

    # the provinces' own areas are emptied (their units are in the moved root's area now)
    rows = dict(BoardVersion.objects.values_list("area", "number"))
    provinces = {country.province_a.path: 2, country.province_b.path: 2}
    assert rows == {**provinces, was: 1, country.national.path: 1}


def test_a_unit_made_a_root_takes_the_counts_of_the_units_below_it_along(country):
    assign(country.commune_a)
    before = (overdue(), overdue(country.province_a), overdue(country.national))

    country.province_a.parent = None
    tracked_save(country.province_a)

    after = (overdue(), overdue(country.province_a), overdue(country.national))
    assert (before, after) == ((1, 1, 1), (1, 1, 0))


def test_the_tally_by_province_is_fresh_after_a_write_and_a_provinces_own_is_not_touched(
    country,
):
    in_a, in_b = assign(country.commune_a), assign(country.commune_b)
    directive_tally_by_unit(org_unit=country.province_b, scope=UnitScope(None), on=ON)
    directive_tally_by_unit(org_unit=country.national, scope=UnitScope(None), on=ON)
    done_unseen(in_b)

    report_done(in_a)

    national = directive_tally_by_unit(org_unit=country.national, scope=UnitScope(None), on=ON)
    (commune_b,) = directive_tally_by_unit(
        org_unit=country.province_b, scope=UnitScope(None), on=ON
    )
    # Đông Sơn's part fresh; Tây Hà's warm in the nation's tally too: no write in B
    assert {t.org_unit.name: t.overdue for t in national} == {"Tỉnh Đông Sơn": 0, "Tỉnh Tây Hà": 1}
    assert commune_b.overdue == 1


def test_each_area_has_its_own_version_row(country):
    assign(country.commune_a)
    assign(country.commune_a)
    assign(country.national)

    rows = dict(BoardVersion.objects.values_list("area", "number"))

    assert rows == {country.province_a.path: 2, country.national.path: 1}
    assert board_version_read(paths=(country.commune_b.path,)) == 0
    assert board_version_read(paths=(country.national.path,)) == 3


def test_the_nation_is_counted_area_by_area_and_the_parts_add_up(country):
    assign(country.national)
    assign(country.commune_a)
    report_done(assign(country.commune_b))

    composed = directive_board(scope=UnitScope((country.national.path,)), on=ON).counts
    tally = directive_tally_by_unit(org_unit=country.national, scope=UnitScope(None), on=ON)

    assert composed[DirectiveStatus.OPEN_OVERDUE] == 2  # the nation's own and Đông Sơn's
    assert sum(composed.values()) == 3
    assert {t.org_unit.name: t.overdue for t in tally} == {
        country.national.name: 1,
        "Tỉnh Đông Sơn": 1,
        "Tỉnh Tây Hà": 0,
    }


def test_an_area_without_a_version_row_is_counted_and_its_first_write_refreshes_it(country):
    assign(country.commune_a)
    in_b = assign(country.commune_b)
    # As after migration 0005: the areas' rows begin with their first write since.
    BoardVersion.objects.filter(area=BoardVersion.area_of(country.province_b.path)).delete()
    before = overdue(country.national)

    report_done(in_b)  # Tây Hà's first write: its row again

    assert (before, overdue(country.national)) == (2, 1)


class FailedLaterError(Exception):
    pass


@pytest.mark.parametrize("unit", ["province_a", "national", "every_unit"])
def test_issue_7_a_count_made_in_a_transaction_that_rolls_back_is_not_kept_for_the_next_write(
    country, unit
):
    reach = getattr(country, unit, None)  # a province's count, the nation's, a superuser's
    directive = assign(country.commune_a)
    with suppress(FailedLaterError), transaction.atomic():
        assign(country.commune_a)  # Đông Sơn's version 2, never committed
        assert overdue(reach) == 2  # counted under version 2
        raise FailedLaterError

    report_done(directive)  # Đông Sơn's version 2 again, committed

    assert overdue(reach) == 0


@pytest.mark.django_db(transaction=True)
def test_a_count_made_in_a_transaction_that_commits_is_kept(country):
    directive = assign(country.commune_a)
    with transaction.atomic():  # as a GET page's request
        before = (overdue(country.province_a), overdue(country.national))
    done_unseen(directive)

    assert (overdue(country.province_a), overdue(country.national)) == before == (1, 1)
