from datetime import date
from fractions import Fraction

import pytest

from dondoc.core.errors import DeadlineError
from dondoc.core.progress import (
    Ageing,
    Deadline,
    DeadlineKind,
    DirectiveStatus,
    Extension,
    Progress,
    Recurrence,
    count_by_status,
    deadline_day,
    on_time_rate,
    progress_on,
)

DUE = Deadline.on(date(2017, 12, 31))


def test_done_before_the_deadline_is_done_on_time():
    progress = progress_on(DUE, today=date(2018, 1, 10), done_on=date(2017, 12, 20))

    assert progress.status is DirectiveStatus.DONE_ON_TIME


def test_done_on_the_deadline_day_is_on_time():
    assert (
        progress_on(DUE, today=date(2018, 1, 1), done_on=date(2017, 12, 31)).status
        is DirectiveStatus.DONE_ON_TIME
    )


def test_done_after_the_deadline_is_done_late_by_so_many_days():
    progress = progress_on(DUE, today=date(2018, 2, 1), done_on=date(2018, 1, 5))

    assert (progress.status, progress.days_late) == (DirectiveStatus.DONE_LATE, 5)


def test_open_before_the_deadline_is_within_deadline():
    assert progress_on(DUE, today=date(2017, 12, 31)).status is DirectiveStatus.OPEN_WITHIN_DEADLINE


def test_open_after_the_deadline_is_overdue_by_so_many_days():
    progress = progress_on(DUE, today=date(2018, 3, 1))

    assert (progress.status, progress.days_overdue) == (DirectiveStatus.OPEN_OVERDUE, 60)


def test_a_completion_after_the_day_asked_about_is_not_known_yet():
    progress = progress_on(DUE, today=date(2017, 11, 1), done_on=date(2017, 12, 1))

    assert progress.status is DirectiveStatus.OPEN_WITHIN_DEADLINE


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (1, Ageing.UP_TO_30),
        (30, Ageing.UP_TO_30),
        (31, Ageing.OVER_30),
        (61, Ageing.OVER_60),
        (121, Ageing.OVER_120),
    ],
)
def test_overdue_items_are_aged_in_buckets(days, bucket):
    assert Progress(DirectiveStatus.OPEN_OVERDUE, None, None, days_overdue=days).ageing is bucket


def test_items_that_are_not_overdue_have_no_ageing():
    assert Progress(DirectiveStatus.DONE_LATE, None, None).ageing is None


def test_an_extension_moves_the_deadline_and_keeps_the_original():
    extended = DUE.extend(Extension(date(2017, 12, 20), date(2018, 3, 31), "chờ vốn"))

    progress = progress_on(extended, today=date(2018, 3, 1))

    assert progress.status is DirectiveStatus.OPEN_WITHIN_DEADLINE
    assert (progress.due_on, progress.original_due_on) == (date(2018, 3, 31), date(2017, 12, 31))


def test_an_extension_counts_only_from_the_day_it_was_granted():
    extended = DUE.extend(Extension(date(2018, 2, 1), date(2018, 3, 31), "xin gia hạn muộn"))

    assert progress_on(extended, today=date(2018, 1, 10)).status is DirectiveStatus.OPEN_OVERDUE


def test_an_extension_that_shortens_the_deadline_is_refused():
    with pytest.raises(DeadlineError, match="later"):
        DUE.extend(Extension(date(2017, 12, 1), date(2017, 12, 15), "nhầm"))


def test_a_deadline_before_the_assignment_is_refused():
    with pytest.raises(DeadlineError, match="before assignment"):
        progress_on(DUE, today=date(2018, 1, 1), assigned_on=date(2018, 1, 1))


def test_without_a_deadline_an_open_item_is_never_overdue_and_a_done_one_is_on_time():
    none = Deadline(DeadlineKind.NONE)

    assert progress_on(none, today=date(2030, 1, 1)).status is DirectiveStatus.OPEN_WITHIN_DEADLINE
    assert (
        progress_on(none, today=date(2030, 1, 1), done_on=date(2029, 1, 1)).status
        is DirectiveStatus.DONE_ON_TIME
    )


MONTHLY = Deadline(DeadlineKind.RECURRING, date(2017, 1, 25), Recurrence.MONTHLY)


def test_a_recurring_deadline_is_judged_on_its_latest_occurrence():
    assert MONTHLY.due_as_of(date(2017, 10, 20)) == date(2017, 9, 25)
    assert MONTHLY.due_as_of(date(2017, 10, 25)) == date(2017, 10, 25)
    assert MONTHLY.due_as_of(date(2017, 1, 1)) is None


def test_quarterly_and_yearly_recurrences_step_by_three_and_twelve_months():
    quarterly = Deadline(DeadlineKind.RECURRING, date(2017, 1, 31), Recurrence.QUARTERLY)
    yearly = Deadline(DeadlineKind.RECURRING, date(2017, 12, 15), Recurrence.YEARLY)

    assert quarterly.due_as_of(date(2017, 5, 30)) == date(2017, 4, 30)
    assert yearly.due_as_of(date(2019, 6, 1)) == date(2018, 12, 15)


def test_a_recurring_report_not_sent_is_overdue_since_its_latest_occurrence():
    progress = progress_on(MONTHLY, today=date(2017, 10, 20))

    assert (progress.status, progress.days_overdue) == (DirectiveStatus.OPEN_OVERDUE, 25)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": DeadlineKind.DATE}, "needs a day"),
        (
            {
                "kind": DeadlineKind.DATE,
                "due_on": date(2017, 1, 1),
                "recurrence": Recurrence.MONTHLY,
            },
            "recurrence",
        ),
        ({"kind": DeadlineKind.RECURRING, "due_on": date(2017, 1, 1)}, "recurrence"),
    ],
)
def test_malformed_deadlines_are_refused(kwargs, message):
    with pytest.raises(DeadlineError, match=message):
        Deadline(**kwargs)


def test_only_a_fixed_deadline_can_be_extended():
    with pytest.raises(DeadlineError, match="fixed"):
        MONTHLY.extend(Extension(date(2017, 1, 1), date(2017, 3, 1), "x"))


def test_on_time_rate_counts_only_what_was_due():
    statuses = [DirectiveStatus.DONE_ON_TIME] * 3 + [
        DirectiveStatus.DONE_LATE,
        DirectiveStatus.OPEN_OVERDUE,
    ]
    progresses = [Progress(s, None, None) for s in statuses] + [
        Progress(DirectiveStatus.OPEN_WITHIN_DEADLINE, None, None)
    ]

    assert on_time_rate(progresses) == Fraction(3, 5)


def test_on_time_rate_of_nothing_due_is_undefined():
    assert on_time_rate([Progress(DirectiveStatus.OPEN_WITHIN_DEADLINE, None, None)]) is None


def test_count_by_status_lists_every_status():
    counts = count_by_status([Progress(DirectiveStatus.DONE_LATE, None, None)])

    assert counts == {s: int(s is DirectiveStatus.DONE_LATE) for s in DirectiveStatus}
    assert DirectiveStatus.DONE_LATE.is_done
    assert not DirectiveStatus.OPEN_OVERDUE.is_done


DEADLINE_DAYS = [
    pytest.param("2024-06-30", None, date(2024, 6, 30), id="iso-needs-no-document-date"),
    pytest.param("--09-15", date(2024, 3, 10), date(2024, 9, 15), id="year-of-the-document"),
    pytest.param("--03-10", date(2024, 3, 10), date(2024, 3, 10), id="the-document-day-itself"),
    pytest.param("--01-15", date(2024, 11, 10), date(2025, 1, 15), id="before-it-is-next-year"),
    pytest.param("--02-29", date(2023, 3, 1), date(2024, 2, 29), id="29-february-of-a-leap-year"),
    pytest.param("--09-15", None, None, id="no-year-and-no-document-date"),
    pytest.param("--13-40", date(2024, 3, 10), None, id="no-such-day"),
    pytest.param("trước ngày 30/6", date(2024, 3, 10), None, id="not-a-written-day"),
    pytest.param(None, date(2024, 3, 10), None, id="none"),
]


@pytest.mark.parametrize(("written", "given_on", "expected"), DEADLINE_DAYS)
def test_deadline_day_reads_iso_and_year_less_days(written, given_on, expected):
    assert deadline_day(written, given_on=given_on) == expected
