"""The timeline of a directive: facts, the states they give, and the status on any day."""

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dondoc.core.errors import TimelineError
from dondoc.core.progress import Deadline, DeadlineKind, DirectiveStatus, Recurrence, progress_on
from dondoc.core.progress import Extension as CoreExtension
from dondoc.core.timeline import (
    FOREVER,
    Fact,
    FactKind,
    StateSpan,
    Timeline,
    span_holding,
)

GIVEN = date(2017, 10, 20)
DUE = Deadline.on(date(2017, 12, 31))
TODAY = date(2018, 6, 1)


def timeline(*facts, deadline=DUE):
    return Timeline(GIVEN, deadline, facts)


def fact(kind, day, due_on=None):
    return Fact(FactKind(kind), day, due_on)


def test_a_new_directive_is_one_open_state_from_the_day_given():
    (span,), problems = timeline().spans()

    assert (span.starts_on, span.ends_on, span.due_on, span.done_on) == (
        GIVEN,
        FOREVER,
        date(2017, 12, 31),
        None,
    )
    assert problems == ()


def test_every_fact_starts_a_state_and_facts_of_one_day_share_it():
    spans, _ = timeline(
        fact("progress", date(2017, 11, 1)),
        fact("done", date(2017, 12, 1)),
        fact("accepted", date(2017, 12, 1)),
    ).spans()

    assert [(s.starts_on, s.done_on, s.is_accepted) for s in spans] == [
        (GIVEN, None, False),
        (date(2017, 11, 1), None, False),
        (date(2017, 12, 1), date(2017, 12, 1), True),
    ]


def test_done_then_returned_is_done_between_the_two_days():
    line = timeline(fact("done", date(2017, 12, 1)), fact("returned", date(2017, 12, 5)))

    assert line.progress_on(date(2017, 12, 3)).status is DirectiveStatus.DONE_ON_TIME
    assert line.progress_on(date(2017, 12, 5)).status is DirectiveStatus.OPEN_WITHIN_DEADLINE
    assert line.progress_on(date(2018, 1, 10)).days_overdue == 10


def test_nothing_is_known_before_the_assignment():
    assert timeline().progress_on(date(2017, 1, 1)) is None
    assert span_holding(timeline().spans()[0], date(2017, 1, 1)) is None


def test_an_extension_counts_from_the_day_granted_and_keeps_the_first_deadline():
    line = timeline(fact("extension_granted", date(2018, 1, 5), date(2018, 3, 31)))

    before, after = line.progress_on(date(2018, 1, 4)), line.progress_on(date(2018, 1, 5))

    assert (before.status, before.days_overdue) == (DirectiveStatus.OPEN_OVERDUE, 4)
    assert (after.status, after.due_on, after.original_due_on) == (
        DirectiveStatus.OPEN_WITHIN_DEADLINE,
        date(2018, 3, 31),
        date(2017, 12, 31),
    )


def test_done_after_the_deadline_in_force_that_day_is_late():
    line = timeline(
        fact("extension_granted", date(2017, 12, 1), date(2018, 1, 31)),
        fact("done", date(2018, 2, 3)),
    )

    progress = line.progress_on(TODAY)

    assert (progress.status, progress.days_late) == (DirectiveStatus.DONE_LATE, 3)
    assert line.spans()[0][-1].is_late


def test_without_a_deadline_or_with_a_recurring_one_it_is_never_overdue():
    none = Deadline(DeadlineKind.NONE)
    monthly = Deadline(DeadlineKind.RECURRING, date(2017, 11, 5), Recurrence.MONTHLY)

    assert timeline(deadline=none).progress_on(TODAY).status is DirectiveStatus.OPEN_WITHIN_DEADLINE
    assert (
        timeline(deadline=monthly).progress_on(TODAY).status is DirectiveStatus.OPEN_WITHIN_DEADLINE
    )
    assert timeline(fact("done", TODAY), deadline=none).progress_on(TODAY).status is (
        DirectiveStatus.DONE_ON_TIME
    )


@pytest.mark.parametrize(
    ("facts", "new", "code"),
    [
        ((), fact("done", date(2017, 10, 1)), "fact_before_assignment"),
        ((), fact("done", date(2018, 6, 2)), "fact_in_future"),
        ((fact("done", date(2017, 12, 1)),), fact("done", date(2017, 12, 2)), "already_done"),
        ((), fact("accepted", date(2017, 12, 2)), "not_done"),
        ((), fact("returned", date(2017, 12, 2)), "not_done"),
        (
            (fact("done", date(2017, 12, 1)), fact("accepted", date(2017, 12, 2))),
            fact("returned", date(2017, 12, 3)),
            "accepted",
        ),
        (
            (fact("done", date(2017, 12, 1)),),
            fact("extension_granted", date(2017, 12, 2), date(2018, 3, 1)),
            "extension_done",
        ),
        (
            (),
            fact("extension_granted", date(2017, 12, 2), date(2017, 12, 1)),
            "extension_not_later",
        ),
        ((), fact("extension_granted", date(2017, 12, 2)), "extension_not_later"),
        (
            (fact("extension_granted", date(2017, 12, 20), date(2018, 3, 1)),),
            fact("extension_granted", date(2017, 12, 1), date(2018, 6, 1)),
            "fact_out_of_order",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_fact_that_contradicts_the_timeline_is_refused_with_its_rule(facts, new, code):
    with pytest.raises(TimelineError) as caught:
        timeline(*facts).check(new, today=TODAY)

    assert caught.value.code == code


def test_only_a_fixed_deadline_is_extended():
    none = Timeline(GIVEN, Deadline(DeadlineKind.NONE))

    with pytest.raises(TimelineError) as caught:
        none.check(fact("extension_granted", date(2018, 1, 1), date(2018, 3, 1)), today=TODAY)

    assert caught.value.code == "extension_not_fixed"


def test_an_accepted_completion_can_be_reopened_and_done_again():
    line = timeline(
        fact("done", date(2017, 12, 1)),
        fact("accepted", date(2017, 12, 2)),
        fact("reopened", date(2018, 1, 2)),
    )

    line.check(fact("done", date(2018, 2, 1)), today=TODAY)

    assert line.with_fact(fact("done", date(2018, 2, 1))).progress_on(TODAY).status is (
        DirectiveStatus.DONE_LATE
    )


def test_a_stored_fact_that_breaks_the_rules_is_left_out_and_named_never_raised():
    bad = fact("extension_granted", date(2017, 10, 1), date(2018, 3, 1))
    line = timeline(bad, fact("done", date(2017, 12, 1)))

    spans, problems = line.spans()

    assert [(p.fact, p.code) for p in problems] == [(bad, "fact_before_assignment")]
    assert spans[-1].due_on == date(2017, 12, 31)
    line.check(fact("accepted", date(2017, 12, 2)), today=TODAY)  # the rest goes on


def test_a_state_holds_its_first_day_and_not_its_end():
    span = StateSpan(GIVEN, date(2017, 12, 1), None)

    assert span.holds(GIVEN)
    assert not span.holds(date(2017, 12, 1))
    assert not span.is_late


DAYS = st.integers(min_value=0, max_value=400).map(lambda n: GIVEN + timedelta(days=n))
KINDS = st.sampled_from(list(FactKind))


@st.composite
def facts(draw):
    return [
        Fact(kind, day, day + timedelta(days=draw(st.integers(1, 200))), key)
        for key, (kind, day) in enumerate(draw(st.lists(st.tuples(KINDS, DAYS), max_size=8)))
    ]


@given(facts(), DAYS)
def test_the_state_holding_a_day_gives_the_status_the_facts_replayed_give(stored, day):
    line = timeline(*stored)

    spans, _ = line.spans()

    assert span_holding(spans, day).progress_on(day) == line.progress_on(day)
    assert all(a.ends_on == b.starts_on for a, b in pairwise(spans))


@given(st.lists(DAYS, max_size=3, unique=True), st.one_of(st.none(), DAYS), DAYS)
def test_extensions_and_one_completion_agree_with_the_deadline_rules(grants, done_on, day):
    grants = sorted(grants)
    stored, due, extensions = [], date(2017, 12, 31), []
    for granted_on in grants:
        due += timedelta(days=30)
        stored.append(fact("extension_granted", granted_on, due))
        extensions.append(CoreExtension(granted_on, due, "x"))
    if done_on is not None and done_on >= max(grants, default=GIVEN):
        stored.append(fact("done", done_on))
    deadline = Deadline(DeadlineKind.DATE, date(2017, 12, 31), extensions=tuple(extensions))
    done = done_on if stored and stored[-1].kind is FactKind.DONE else None

    assert timeline(*stored).progress_on(day) == progress_on(deadline, today=day, done_on=done)
