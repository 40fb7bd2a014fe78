"""The board: statuses on any day from the stored states, the same as the core's rules."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dondoc.apps.directives.models import (
    DeadlineKind,
    Directive,
    DirectiveUpdate,
    Extension,
    UpdateKind,
)
from dondoc.apps.directives.selectors import (
    BoardFilters,
    BoardOrder,
    directive_board,
    directive_tally_by_unit,
    directive_timeline,
)
from dondoc.apps.directives.services import (
    directive_assign,
    directive_extend,
    directive_report,
    directive_states_write,
)
from dondoc.apps.orgs.access import UnitScope
from dondoc.core.progress import DirectiveStatus
from dondoc.core.timeline import FactKind

GIVEN = date(2017, 10, 20)
EVERYTHING = UnitScope(None)


def assign(world, due_on=date(2017, 12, 31), lead_unit=None, text="Việc"):
    return directive_assign(
        text=text,
        assigned_on=GIVEN,
        lead_unit=lead_unit or world.district_party,
        due_on=due_on,
    )


def test_the_counts_by_status_ageing_and_rate_of_a_day(world):
    assign(world, date(2017, 11, 1))  # 40 days overdue on 11/12
    assign(world, date(2017, 12, 31))
    late = assign(world, date(2017, 11, 15))
    directive_report(late, kind=UpdateKind.DONE, reported_on=date(2017, 11, 20), note="x")

    board = directive_board(scope=EVERYTHING, on=date(2017, 12, 11))

    assert board.counts == {
        DirectiveStatus.DONE_ON_TIME: 0,
        DirectiveStatus.DONE_LATE: 1,
        DirectiveStatus.OPEN_WITHIN_DEADLINE: 1,
        DirectiveStatus.OPEN_OVERDUE: 1,
    }
    assert board.ageing[board.rows[0].progress.ageing] == 1
    assert board.on_time_rate == 0
    assert board.total == 3


def test_a_directive_given_after_the_day_is_not_on_that_days_board(world):
    assign(world)

    assert directive_board(scope=EVERYTHING, on=GIVEN - timedelta(days=1)).total == 0
    assert directive_board(scope=EVERYTHING, on=GIVEN).total == 1


def test_the_scope_and_the_lead_unit_filter_with_or_without_the_units_below(world):
    assign(world, lead_unit=world.district_party)
    assign(world, lead_unit=world.province_party)

    def total(scope=EVERYTHING, **filters):
        return directive_board(scope=scope, on=GIVEN, filters=BoardFilters(**filters)).total

    assert total(scope=UnitScope((world.district.path,))) == 1
    assert total(scope=UnitScope(())) == 0
    assert total(lead_unit=world.province) == 2
    assert total(lead_unit=world.province, with_units_below=False) == 0
    assert total(lead_unit=world.province_party, with_units_below=False) == 1


def test_text_search_ignores_accents_and_case(world):
    assign(world, text="Giải phóng mặt bằng dự án đường tránh")
    assign(world, text="Thu ngân sách")

    board = directive_board(scope=EVERYTHING, on=GIVEN, filters=BoardFilters(text="GIAI  phong"))

    assert [row.directive.text[:9] for row in board.rows] == ["Giải phón"]


def test_pages_and_order(world):
    for day in range(1, 8):
        assign(world, date(2017, 11, day))

    board = directive_board(
        scope=EVERYTHING, on=GIVEN, order=BoardOrder.DEADLINE_LAST, page=2, per_page=3
    )

    assert [row.progress.due_on.day for row in board.rows] == [4, 3, 2]
    assert (board.pages, board.total) == (3, 7)


def test_due_soon_is_open_with_a_deadline_from_the_day_to_the_latest_asked(world):
    on = date(2017, 11, 10)
    due = {day: assign(world, date(2017, 11, day), text=f"Hạn {day}") for day in (9, 10, 24, 25)}
    directive_assign(
        text="Không hạn",
        assigned_on=GIVEN,
        lead_unit=world.district_party,
        due_on=None,
        deadline_kind=DeadlineKind.NONE,
    )
    directive_report(due[24], kind=UpdateKind.DONE, reported_on=on, note="xong")

    board = directive_board(
        scope=EVERYTHING,
        on=on,
        filters=BoardFilters(
            status=DirectiveStatus.OPEN_WITHIN_DEADLINE, due_until=date(2017, 11, 24)
        ),
    )

    # Not the overdue one (9/11), not the one done, not the one without a deadline, not after.
    assert [row.directive.text for row in board.rows] == ["Hạn 10"]
    assert board.total == 1


def test_the_tally_by_unit_rolls_up_each_unit_below(world):
    assign(world, lead_unit=world.district_party, due_on=date(2017, 11, 1))
    assign(world, lead_unit=world.province_party)

    tallies = directive_tally_by_unit(org_unit=world.province, scope=EVERYTHING, on=GIVEN)

    assert {t.org_unit.name: t.total for t in tallies} == {"Huyện Bắc Hà": 1, "Tỉnh ủy Sơn Hà": 1}


def test_the_board_reads_in_a_fixed_number_of_queries(world, django_assert_num_queries):
    for _ in range(5):
        directive_extend(
            assign(world), granted_on=date(2017, 12, 1), due_on=date(2018, 1, 31), reason="x"
        )

    with django_assert_num_queries(3):  # the board version, the counts, the page
        board = directive_board(scope=EVERYTHING, on=date(2018, 3, 1))
    with django_assert_num_queries(2):  # the counts again: from the cache
        directive_board(scope=EVERYTHING, on=date(2018, 3, 1))

    assert {row.progress.status for row in board.rows} == {DirectiveStatus.OPEN_OVERDUE}


def test_issue_7_a_bad_stored_extension_is_a_problem_on_its_directive_not_a_failure(
    world, admin_client
):
    directive = assign(world)
    # As an older version or a bulk load could leave it: granted before the assignment.
    Extension.objects.create(
        directive=directive, granted_on=date(2017, 1, 1), due_on=date(2018, 6, 30), reason="?"
    )
    directive_states_write(directive)

    (row,) = directive_board(scope=EVERYTHING, on=date(2018, 1, 10)).rows
    page = admin_client.get(reverse("web:directive", args=[directive.pk]))

    assert (row.problem, row.progress.due_on) == ("fact_before_assignment", date(2017, 12, 31))
    assert admin_client.get(reverse("web:directives")).status_code == 200
    assert page.status_code == 200
    assert directive_timeline(directive, on=date(2018, 1, 10)).problems[0].code == (
        "fact_before_assignment"
    )


DAYS = st.integers(min_value=0, max_value=300).map(lambda n: GIVEN + timedelta(days=n))
ASKED = st.integers(min_value=-20, max_value=300).map(lambda n: GIVEN + timedelta(days=n))
STORED = st.lists(st.tuples(st.sampled_from(list(FactKind)), DAYS, st.integers(1, 120)), max_size=6)


@pytest.mark.django_db
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    timelines=st.lists(STORED, min_size=1, max_size=4), days=st.lists(DAYS, min_size=1, max_size=3)
)
def test_the_database_and_the_core_agree_on_every_status_of_every_day(world, timelines, days):
    Directive.objects.all().delete()
    directives = []
    for stored in timelines:
        directive = assign(world, due_on=date(2017, 12, 31))
        for kind, day, extra in stored:  # stored as is, rules broken or not, as a bulk load could
            if kind is FactKind.EXTENSION_GRANTED:
                Extension.objects.create(
                    directive=directive,
                    granted_on=day,
                    due_on=day + timedelta(days=extra),
                    reason="x",
                )
            else:
                DirectiveUpdate.objects.create(
                    directive=directive, kind=kind, reported_on=day, note="x"
                )
        directive_states_write(directive)
        directives.append(directive)

    for day in days:
        replayed = {d.pk: d.timeline.progress_on(day) for d in directives}
        expected = {pk: progress for pk, progress in replayed.items() if progress is not None}
        board = directive_board(scope=EVERYTHING, on=day, per_page=100)
        assert {row.directive.pk: row.progress for row in board.rows} == expected
        for status in DirectiveStatus:
            assert board.counts[status] == sum(p.status is status for p in expected.values())


def test_a_new_fact_makes_the_cached_counts_stale(world):
    directive = assign(world, date(2017, 11, 1))
    on = date(2017, 12, 11)
    before = directive_board(scope=EVERYTHING, on=on).counts[DirectiveStatus.OPEN_OVERDUE]

    directive_report(directive, kind=UpdateKind.DONE, reported_on=date(2017, 12, 1), note="x")

    after = directive_board(scope=EVERYTHING, on=on).counts
    assert (before, after[DirectiveStatus.OPEN_OVERDUE], after[DirectiveStatus.DONE_LATE]) == (
        1,
        0,
        1,
    )
