from datetime import date

import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.directives.models import DeadlineKind, Recurrence, UpdateKind
from dondoc.apps.directives.selectors import directive_on_time_rate, directive_progress_list
from dondoc.apps.directives.services import directive_assign, directive_extend, directive_report
from dondoc.core.progress import DirectiveStatus

GIVEN = date(2017, 10, 20)
TODAY = date(2018, 3, 1)


def assign(world, due_on=date(2017, 12, 31), **kwargs):
    kwargs.setdefault("lead_unit", world.district_party)
    return directive_assign(
        text="Tập trung thu ngân sách", assigned_on=GIVEN, due_on=due_on, speaker=world.an, **kwargs
    )


def test_a_deadline_before_the_assignment_is_refused_in_vietnamese(world):
    with pytest.raises(ValidationError, match="trước ngày giao nhiệm vụ"):
        assign(world, due_on=date(2017, 10, 1))


def test_a_lead_unit_that_did_not_exist_that_day_is_refused(world):
    with pytest.raises(ValidationError, match="không tồn tại"):
        assign(world, lead_unit=world.new_commune)


def test_a_fixed_deadline_needs_a_day(world):
    with pytest.raises(ValidationError):
        assign(world, due_on=None)


def test_a_recurring_deadline_needs_a_recurrence(world):
    with pytest.raises(ValidationError, match="không phù hợp"):
        assign(world, deadline_kind=DeadlineKind.RECURRING)

    directive = assign(world, deadline_kind=DeadlineKind.RECURRING, recurrence=Recurrence.MONTHLY)
    assert directive.progress_on(TODAY).status is DirectiveStatus.OPEN_OVERDUE


def test_reporting_done_late_marks_it_done_late(world):
    directive = assign(world)

    directive_report(
        directive,
        kind=UpdateKind.DONE,
        reported_on=date(2018, 1, 10),
        note="Đã xong",
        user=world.clerk,
    )

    progress = directive.progress_on(TODAY)
    assert (progress.status, progress.days_late) == (DirectiveStatus.DONE_LATE, 10)
    assert directive.updates.get().created_by == world.clerk


def test_a_report_cannot_be_done_twice_or_predate_the_directive(world):
    directive = assign(world)
    directive_report(directive, kind=UpdateKind.DONE, reported_on=date(2017, 12, 1), note="Xong")

    with pytest.raises(ValidationError, match="đã được báo cáo hoàn thành"):
        directive_report(
            directive, kind=UpdateKind.DONE, reported_on=date(2017, 12, 2), note="Xong lần hai"
        )
    with pytest.raises(ValidationError, match="trước ngày giao"):
        directive_report(
            directive, kind=UpdateKind.PROGRESS, reported_on=date(2017, 1, 1), note="?"
        )


def test_a_returned_report_reopens_the_directive(world):
    directive = assign(world)
    directive_report(directive, kind=UpdateKind.DONE, reported_on=date(2017, 12, 1), note="Xong")

    directive_report(
        directive, kind=UpdateKind.RETURNED, reported_on=date(2017, 12, 5), note="Thiếu minh chứng"
    )

    assert directive.done_on is None
    assert directive.progress_on(TODAY).status is DirectiveStatus.OPEN_OVERDUE


def test_an_extension_keeps_the_original_deadline_visible(world):
    directive = assign(world)

    directive_extend(
        directive, granted_on=date(2017, 12, 20), due_on=date(2018, 6, 30), reason="Chờ vốn"
    )

    progress = directive.progress_on(TODAY)
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


def test_the_on_time_rate_changes_when_a_directive_is_marked_done(world):
    assign(world)
    late = assign(world)
    directive_report(late, kind=UpdateKind.DONE, reported_on=date(2017, 12, 30), note="Xong")

    assert directive_on_time_rate(on=TODAY) == 0.5
    assert directive_on_time_rate(on=TODAY, org_unit=world.province_party) is None


def test_progress_list_fetches_in_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    for _ in range(5):
        directive_extend(
            assign(world), granted_on=date(2017, 12, 1), due_on=date(2018, 1, 31), reason="x"
        )

    with django_assert_max_num_queries(3):
        statuses = {progress.status for _, progress in directive_progress_list(on=TODAY)}

    assert statuses == {DirectiveStatus.OPEN_OVERDUE}
