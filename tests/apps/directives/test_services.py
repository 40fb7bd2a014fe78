from datetime import date

import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.directives.models import (
    DeadlineKind,
    Directive,
    DirectiveState,
    Extension,
    Recurrence,
    UpdateKind,
)
from dondoc.apps.directives.selectors import (
    directive_board,
    directive_list_without_states,
    directive_timeline,
)
from dondoc.apps.directives.services import (
    directive_assign,
    directive_extend,
    directive_report,
    directive_states_repair,
)
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import Membership, Role
from dondoc.core.progress import DirectiveStatus
from dondoc.core.timeline import FOREVER

GIVEN = date(2017, 10, 20)
TODAY = date(2018, 3, 1)


def assign(world, due_on=date(2017, 12, 31), **kwargs):
    kwargs.setdefault("lead_unit", world.district_party)
    return directive_assign(
        text="Tập trung thu ngân sách", assigned_on=GIVEN, due_on=due_on, speaker=world.an, **kwargs
    )


def status(directive, on=TODAY):
    return directive_timeline(directive, on=on).progress


def done(directive, on, kind=UpdateKind.DONE, **kwargs):
    return directive_report(directive, kind=kind, reported_on=on, note="Xong", **kwargs)


def test_a_deadline_before_the_assignment_is_refused_in_vietnamese(world):
    with pytest.raises(ValidationError, match="trước ngày giao nhiệm vụ"):
        assign(world, due_on=date(2017, 10, 1))


def test_a_lead_unit_that_did_not_exist_that_day_is_refused(world):
    with pytest.raises(ValidationError, match="không tồn tại"):
        assign(world, lead_unit=world.new_commune)


def test_a_fixed_deadline_needs_a_day(world):
    with pytest.raises(ValidationError):
        assign(world, due_on=None)


def test_a_recurring_deadline_needs_a_recurrence_and_never_makes_it_overdue(world):
    with pytest.raises(ValidationError, match="không phù hợp"):
        assign(world, deadline_kind=DeadlineKind.RECURRING)

    directive = assign(world, deadline_kind=DeadlineKind.RECURRING, recurrence=Recurrence.MONTHLY)

    assert status(directive).status is DirectiveStatus.OPEN_WITHIN_DEADLINE


def test_assigning_writes_one_open_state_from_the_day_given(world):
    directive = assign(world)

    state = DirectiveState.objects.get(directive=directive)
    assert (state.starts_on, state.ends_on, state.due_on, state.done_on) == (
        GIVEN,
        FOREVER,
        date(2017, 12, 31),
        None,
    )
    assert state.lead_unit == world.district_party


def test_reporting_done_late_marks_it_done_late(world):
    directive = assign(world)
    Membership.objects.create(user=world.clerk, org_unit=world.district_party, role=Role.REPORTER)

    done(directive, date(2018, 1, 10), user=world.clerk)

    progress = status(directive)
    assert (progress.status, progress.days_late) == (DirectiveStatus.DONE_LATE, 10)
    assert directive.updates.get().created_by == world.clerk


def test_a_report_cannot_be_done_twice_or_predate_the_directive(world):
    directive = assign(world)
    done(directive, date(2017, 12, 1))

    with pytest.raises(ValidationError, match="đã được báo cáo hoàn thành"):
        done(directive, date(2017, 12, 2))
    with pytest.raises(ValidationError, match="trước ngày giao"):
        done(directive, date(2017, 1, 1), kind=UpdateKind.PROGRESS)


def test_a_completion_in_the_future_is_refused(world):
    directive = assign(world)

    with pytest.raises(ValidationError, match="tương lai"):
        done(directive, date(2100, 1, 1))

    assert directive.updates.count() == 0


def test_a_returned_report_reopens_the_directive(world):
    directive = assign(world)
    done(directive, date(2017, 12, 1))

    done(directive, date(2017, 12, 5), kind=UpdateKind.RETURNED)

    assert status(directive).status is DirectiveStatus.OPEN_OVERDUE


def test_issue_7_a_directive_returned_later_was_done_on_the_days_in_between(world):
    directive = assign(world)
    done(directive, date(2017, 12, 1))
    done(directive, date(2017, 12, 5), kind=UpdateKind.RETURNED)

    assert status(directive, date(2017, 12, 3)).status is DirectiveStatus.DONE_ON_TIME
    assert status(directive, date(2017, 11, 30)).status is DirectiveStatus.OPEN_WITHIN_DEADLINE
    assert status(directive, date(2017, 12, 6)).status is DirectiveStatus.OPEN_WITHIN_DEADLINE


def test_only_an_undecided_completion_is_accepted_or_returned(world):
    directive = assign(world)

    with pytest.raises(ValidationError, match="chưa quyết định"):
        done(directive, date(2017, 12, 5), kind=UpdateKind.ACCEPTED)

    done(directive, date(2017, 12, 1))
    done(directive, date(2017, 12, 2), kind=UpdateKind.ACCEPTED)
    with pytest.raises(ValidationError):
        done(directive, date(2017, 12, 3), kind=UpdateKind.RETURNED)
    assert status(directive).status is DirectiveStatus.DONE_ON_TIME


def test_an_extension_keeps_the_original_deadline_visible(world):
    directive = assign(world)

    directive_extend(
        directive, granted_on=date(2017, 12, 20), due_on=date(2018, 6, 30), reason="Chờ vốn"
    )

    progress = status(directive)
    assert (progress.status, progress.due_on, progress.original_due_on) == (
        DirectiveStatus.OPEN_WITHIN_DEADLINE,
        date(2018, 6, 30),
        date(2017, 12, 31),
    )


def test_an_extension_that_shortens_the_deadline_is_refused(world):
    directive = assign(world)

    with pytest.raises(ValidationError, match="lùi thời hạn"):
        directive_extend(
            directive, granted_on=date(2017, 11, 1), due_on=date(2017, 11, 30), reason="?"
        )


def test_issue_7_an_extension_granted_before_the_assignment_is_refused(world):
    directive = assign(world)

    with pytest.raises(ValidationError, match="trước ngày giao"):
        directive_extend(
            directive, granted_on=date(2017, 10, 1), due_on=date(2018, 6, 30), reason="?"
        )

    assert directive.extensions.count() == 0


def test_issue_7_an_extension_granted_before_an_earlier_grant_is_refused(world):
    directive = assign(world)
    directive_extend(directive, granted_on=date(2017, 12, 20), due_on=date(2018, 6, 30), reason="a")

    with pytest.raises(ValidationError, match="thay đổi trạng thái"):
        directive_extend(
            directive, granted_on=date(2017, 12, 1), due_on=date(2018, 9, 30), reason="b"
        )

    assert status(directive).due_on == date(2018, 6, 30)


def test_a_directive_reported_done_is_not_extended(world):
    directive = assign(world)
    done(directive, date(2017, 12, 1))

    with pytest.raises(ValidationError, match="đã báo cáo hoàn thành"):
        directive_extend(
            directive, granted_on=date(2017, 12, 2), due_on=date(2018, 6, 30), reason="?"
        )


def inserted_raw(world, **facts):
    """A directive as a bulk load leaves it: its rows and facts, no state."""
    directive = Directive.objects.create(
        text="Nạp thẳng",
        assigned_on=GIVEN,
        lead_unit=world.district_party,
        due_on=date(2017, 12, 31),
    )
    if "granted_on" in facts:
        Extension.objects.create(
            directive=directive,
            granted_on=facts["granted_on"],
            due_on=date(2018, 6, 30),
            reason="x",
        )
    return directive


def test_a_directive_inserted_without_the_services_is_listed_as_without_states(world):
    raw, written = inserted_raw(world), assign(world)

    assert list(directive_list_without_states()) == [raw]
    assert written.states.exists()


def test_repair_writes_the_states_of_directives_without_any_from_their_facts(world):
    raw = inserted_raw(world, granted_on=date(2017, 12, 1))
    assign(world)

    repaired = directive_states_repair()

    assert repaired == [raw.pk]
    assert [(s.starts_on, s.due_on) for s in raw.states.order_by("starts_on")] == [
        (GIVEN, date(2017, 12, 31)),
        (date(2017, 12, 1), date(2018, 6, 30)),
    ]


def test_repair_run_again_writes_nothing(world):
    raw = inserted_raw(world)
    directive_states_repair()
    first = list(raw.states.values_list("pk", flat=True))

    assert directive_states_repair() == []
    assert list(raw.states.values_list("pk", flat=True)) == first


def test_a_repaired_directive_is_counted_at_once(world):
    everything = UnitScope(None)
    raw = inserted_raw(world)
    before = directive_board(scope=everything, on=TODAY).counts[DirectiveStatus.OPEN_OVERDUE]

    directive_states_repair()

    after = directive_board(scope=everything, on=TODAY)
    assert (before, after.counts[DirectiveStatus.OPEN_OVERDUE]) == (0, 1)
    assert [row.directive for row in after.rows] == [raw]
