"""A directive's timeline: facts recorded once and never edited, and the states they give.

A directive is assigned on a day with a deadline (a fixed day, recurring, or none). After that,
only facts are added: an extension granted, progress reported, completion reported (done on a
day), completion accepted or returned by the reviewing office, reopened. A correction is a new
fact. From the facts come *states*: intervals of days between two facts, over which the
deadline in force and the completion standing do not change. The status on any day is read from
the state holding that day (:func:`StateSpan.progress_on`), which is what the database stores
and queries (one row per state, see docs/decisions/0007-directive-timeline.md);
:meth:`Timeline.progress_on` replays the facts instead, and the tests hold the two to agreement.

A recurring deadline (a report every month) is shown by its next occurrence and never makes the
directive overdue as a whole: the periodic reports are its progress facts. Only a fixed deadline
can be extended or passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from dondoc.core.errors import TimelineError
from dondoc.core.progress import Deadline, DeadlineKind, DirectiveStatus, Progress

#: The end of the last state: it lasts until a new fact closes it.
FOREVER = date(9999, 12, 31)


class FactKind(StrEnum):
    """What happened to a directive after its assignment."""

    EXTENSION_REQUESTED = "extension_requested"
    EXTENSION_GRANTED = "extension_granted"
    PROGRESS = "progress"
    DONE = "done"
    ACCEPTED = "accepted"
    RETURNED = "returned"
    REOPENED = "reopened"


#: Facts that leave the state as it was (they are history, not status).
NOTES = frozenset({FactKind.EXTENSION_REQUESTED, FactKind.PROGRESS})


@dataclass(frozen=True)
class Fact:
    """One fact on a day; ``due_on`` is the new deadline of a granted extension."""

    kind: FactKind
    on: date
    due_on: date | None = None
    key: int = 0  # order among facts of the same day (the stored row's id)


@dataclass(frozen=True)
class StateSpan:
    """Days ``starts_on`` ≤ d < ``ends_on`` with one deadline in force and one completion."""

    starts_on: date
    ends_on: date
    due_on: date | None
    done_on: date | None = None
    is_accepted: bool = False
    original_due_on: date | None = None

    @property
    def is_late(self) -> bool:
        """Done after the deadline that was in force on the day it was done."""
        return self.done_on is not None and self.due_on is not None and self.done_on > self.due_on

    def holds(self, day: date) -> bool:
        """True when ``day`` falls in this state."""
        return self.starts_on <= day < self.ends_on

    def progress_on(self, day: date) -> Progress:
        """The status on ``day`` (a day this state holds), by the four rules of the Office.

        >>> span = StateSpan(date(2017, 10, 20), FOREVER, date(2017, 12, 31))
        >>> span.progress_on(date(2018, 1, 30)).days_overdue
        30
        """
        due, original = self.due_on, self.original_due_on
        if self.done_on is not None:
            late = (self.done_on - due).days if self.is_late and due is not None else 0
            status = DirectiveStatus.DONE_LATE if late else DirectiveStatus.DONE_ON_TIME
            return Progress(status, due, original, days_late=late)
        if due is not None and day > due:
            return Progress(DirectiveStatus.OPEN_OVERDUE, due, original, (day - due).days)
        return Progress(DirectiveStatus.OPEN_WITHIN_DEADLINE, due, original)


@dataclass(frozen=True)
class Problem:
    """A stored fact that contradicts the timeline before it; it is left out of the states."""

    fact: Fact
    code: str
    message: str


@dataclass
class _State:
    due_on: date | None
    done_on: date | None = None
    is_accepted: bool = False
    last_change_on: date | None = None
    granted: list[date] = field(default_factory=list)


@dataclass(frozen=True)
class Timeline:
    """An assignment (day and deadline, without extensions) and the facts that followed."""

    assigned_on: date
    deadline: Deadline
    facts: tuple[Fact, ...] = ()

    def __post_init__(self) -> None:
        """Keep the facts in the order they happened."""
        object.__setattr__(self, "facts", tuple(sorted(self.facts, key=_fact_order)))

    @property
    def first_due_on(self) -> date | None:
        """The deadline a fixed-deadline directive was given (None for the other kinds)."""
        return self.deadline.due_on if self.deadline.kind is DeadlineKind.DATE else None

    def check(self, fact: Fact, *, today: date) -> None:
        """Raise :class:`TimelineError` unless ``fact`` may be added to this timeline today.

        >>> timeline = Timeline(date(2017, 10, 20), Deadline.on(date(2017, 12, 31)))
        >>> timeline.check(Fact(FactKind.DONE, date(2017, 10, 1)), today=date(2018, 1, 1))
        Traceback (most recent call last):
        ...
        dondoc.core.errors.TimelineError: a fact cannot predate the assignment
        """
        if fact.on > today:
            raise TimelineError("a fact cannot be in the future", code="fact_in_future")
        state, _ = self._replay(self.facts)  # facts already left out stay out
        _apply(state, fact, self)

    def with_fact(self, fact: Fact) -> Timeline:
        """This timeline with one more fact (not checked: see :meth:`check`)."""
        return replace(self, facts=(*self.facts, fact))

    def spans(self) -> tuple[tuple[StateSpan, ...], tuple[Problem, ...]]:
        """The states, in order, and the facts left out because they contradict the timeline.

        >>> timeline = Timeline(date(2017, 10, 20), Deadline.on(date(2017, 12, 31)),
        ...                     (Fact(FactKind.DONE, date(2017, 12, 1)),))
        >>> [(s.starts_on.isoformat(), s.done_on) for s in timeline.spans()[0]]
        [('2017-10-20', None), ('2017-12-01', datetime.date(2017, 12, 1))]
        """
        state = _State(self.first_due_on, last_change_on=self.assigned_on)
        spans: list[StateSpan] = []
        problems: list[Problem] = []
        start = self.assigned_on
        for fact in self.facts:
            before = (state.due_on, state.done_on, state.is_accepted)
            try:
                _apply(state, fact, self)
            except TimelineError as error:
                problems.append(Problem(fact, error.code, str(error)))
                continue
            if fact.on > start:  # every fact starts a state: "not updated since" is its start
                spans.append(self._span(start, fact.on, *before))
                start = fact.on
        spans.append(self._span(start, FOREVER, state.due_on, state.done_on, state.is_accepted))
        return tuple(spans), tuple(problems)

    def progress_on(self, day: date) -> Progress | None:
        """The status on ``day`` by replaying the facts known then (None before the assignment).

        >>> timeline = Timeline(date(2017, 10, 20), Deadline.on(date(2017, 12, 31)),
        ...                     (Fact(FactKind.DONE, date(2018, 1, 5)),))
        >>> timeline.progress_on(date(2018, 3, 1)).status
        <DirectiveStatus.DONE_LATE: 'done_late'>
        """
        if day < self.assigned_on:
            return None
        state, _ = self._replay(fact for fact in self.facts if fact.on <= day)
        current = self._span(day, FOREVER, state.due_on, state.done_on, state.is_accepted)
        return current.progress_on(day)

    def _replay(self, facts: Iterable[Fact]) -> tuple[_State, list[Problem]]:
        state = _State(self.first_due_on, last_change_on=self.assigned_on)
        problems = []
        for fact in facts:
            try:
                _apply(state, fact, self)
            except TimelineError as error:
                problems.append(Problem(fact, error.code, str(error)))
        return state, problems

    def _span(
        self, start: date, end: date, due: date | None, done: date | None, accepted: bool
    ) -> StateSpan:
        return StateSpan(start, end, due, done, accepted, self.first_due_on)


def _fact_order(fact: Fact) -> tuple[date, int]:
    return (fact.on, fact.key)


def _apply(state: _State, fact: Fact, timeline: Timeline) -> None:
    """Change ``state`` by ``fact``, or raise :class:`TimelineError` and leave it as it was."""
    if fact.on < timeline.assigned_on:
        raise TimelineError("a fact cannot predate the assignment", code="fact_before_assignment")
    if fact.kind in NOTES:
        return
    if state.last_change_on is not None and fact.on < state.last_change_on:
        raise TimelineError(
            f"a fact cannot predate the last change of status ({state.last_change_on})",
            code="fact_out_of_order",
        )
    _CHANGES[fact.kind](state, fact, timeline)
    state.last_change_on = fact.on


def _grant(state: _State, fact: Fact, timeline: Timeline) -> None:
    if timeline.deadline.kind is not DeadlineKind.DATE:
        raise TimelineError("only a fixed deadline can be extended", code="extension_not_fixed")
    if state.done_on is not None:
        raise TimelineError("a directive reported done is not extended", code="extension_done")
    if fact.due_on is None or state.due_on is None or fact.due_on <= state.due_on:
        raise TimelineError(
            f"an extension must move the deadline later than {state.due_on}",
            code="extension_not_later",
        )
    state.due_on = fact.due_on


def _done(state: _State, fact: Fact, timeline: Timeline) -> None:
    if state.done_on is not None:
        raise TimelineError("the directive is already reported done", code="already_done")
    state.done_on, state.is_accepted = fact.on, False


def _accept(state: _State, fact: Fact, timeline: Timeline) -> None:
    if state.done_on is None or state.is_accepted:
        raise TimelineError("only a completion not yet decided is accepted", code="not_done")
    state.is_accepted = True


def _reopen(state: _State, fact: Fact, timeline: Timeline) -> None:
    if state.done_on is None:
        raise TimelineError("only a directive reported done is returned", code="not_done")
    if fact.kind is FactKind.RETURNED and state.is_accepted:
        raise TimelineError("an accepted completion is reopened, not returned", code="accepted")
    state.done_on, state.is_accepted = None, False


_CHANGES = {
    FactKind.EXTENSION_GRANTED: _grant,
    FactKind.DONE: _done,
    FactKind.ACCEPTED: _accept,
    FactKind.RETURNED: _reopen,
    FactKind.REOPENED: _reopen,
}


def span_holding(spans: Sequence[StateSpan], day: date) -> StateSpan | None:
    """The state that holds ``day``, None before the first one."""
    return next((span for span in spans if span.holds(day)), None)
