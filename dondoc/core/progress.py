"""Progress of directives (tiến độ), counted the way government task-tracking counts it.

As of any day a directive is in one of four states: done on time, done late, open within its
deadline, open and overdue. An extension (gia hạn) moves the deadline and keeps the original. A
recurring deadline (a report due every month) is judged here on its latest occurrence; the
directive timeline (``dondoc.core.timeline``, what every page reads) does not make a recurring
directive overdue at all (decision 0007), and uses ``progress_on`` only as the reference its
tests compare fixed deadlines with. The on-time rate
of a set is the share done on time among the items that were due: done (on time or late) plus open
and overdue; items still within their deadline are not yet counted.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction

from dondoc.core.errors import DeadlineError


class DirectiveStatus(StrEnum):
    """The four states of a directive as of a day."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    OPEN_WITHIN_DEADLINE = "open_within_deadline"
    OPEN_OVERDUE = "open_overdue"

    @property
    def is_done(self) -> bool:
        """True for both done states."""
        return self in (DirectiveStatus.DONE_ON_TIME, DirectiveStatus.DONE_LATE)


class DeadlineKind(StrEnum):
    """A fixed day, a recurring day, or no deadline at all."""

    DATE = "date"
    RECURRING = "recurring"
    NONE = "none"


class Recurrence(StrEnum):
    """How often a recurring deadline comes back."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class Ageing(StrEnum):
    """How long an overdue item has been overdue."""

    UP_TO_30 = "up_to_30"
    OVER_30 = "over_30"
    OVER_60 = "over_60"
    OVER_120 = "over_120"


@dataclass(frozen=True)
class Extension:
    """A deadline extension (gia hạn), granted on a day, with its reason."""

    granted_on: date
    due_on: date
    reason: str


@dataclass(frozen=True)
class Deadline:
    """When a directive is due. Recurring deadlines fall on ``day`` of each month/quarter/year."""

    kind: DeadlineKind
    due_on: date | None = None
    recurrence: Recurrence | None = None
    extensions: tuple[Extension, ...] = field(default=())

    def __post_init__(self) -> None:
        """Refuse a deadline that lacks what its kind needs, or an extension that shortens it."""
        if self.kind is not DeadlineKind.NONE and self.due_on is None:
            raise DeadlineError(f"a {self.kind} deadline needs a day")
        if (self.kind is DeadlineKind.RECURRING) != (self.recurrence is not None):
            raise DeadlineError("only a recurring deadline has a recurrence")
        if self.extensions and self.kind is not DeadlineKind.DATE:
            raise DeadlineError("only a fixed deadline can be extended")
        previous = self.due_on
        for extension in self.extensions:
            if previous is not None and extension.due_on <= previous:
                raise DeadlineError(f"an extension must move the deadline later than {previous}")
            previous = extension.due_on

    @classmethod
    def on(cls, due_on: date) -> Deadline:
        """A fixed deadline."""
        return cls(DeadlineKind.DATE, due_on)

    def extend(self, extension: Extension) -> Deadline:
        """This deadline with one more extension; the original day is kept."""
        return Deadline(self.kind, self.due_on, self.recurrence, (*self.extensions, extension))

    @property
    def original_due_on(self) -> date | None:
        """The day first set, before any extension."""
        return self.due_on

    def due_as_of(self, today: date) -> date | None:
        """The day that counts on ``today``: the extended day, or the latest occurrence."""
        if self.kind is DeadlineKind.RECURRING:
            return _latest_occurrence(self, today)
        granted = [ext for ext in self.extensions if ext.granted_on <= today]
        return granted[-1].due_on if granted else self.due_on


def _latest_occurrence(deadline: Deadline, today: date) -> date | None:
    assert deadline.due_on is not None  # noqa: S101 - guaranteed by __post_init__
    step = {Recurrence.MONTHLY: 1, Recurrence.QUARTERLY: 3, Recurrence.YEARLY: 12}
    months = step[deadline.recurrence or Recurrence.YEARLY]
    first = deadline.due_on
    if today < first:
        return None
    elapsed = (today.year - first.year) * 12 + today.month - first.month
    occurrence = _add_months(first, elapsed - elapsed % months)
    return (
        occurrence
        if occurrence <= today
        else _add_months(first, elapsed - elapsed % months - months)
    )


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Progress:
    """Where a directive stands on a day."""

    status: DirectiveStatus
    due_on: date | None
    original_due_on: date | None
    days_overdue: int = 0
    days_late: int = 0

    @property
    def ageing(self) -> Ageing | None:
        """The overdue bucket (>30, >60, >120 days), None when not overdue."""
        if self.status is not DirectiveStatus.OPEN_OVERDUE:
            return None
        for limit, bucket in ((120, Ageing.OVER_120), (60, Ageing.OVER_60), (30, Ageing.OVER_30)):
            if self.days_overdue > limit:
                return bucket
        return Ageing.UP_TO_30


def progress_on(
    deadline: Deadline, *, today: date, done_on: date | None = None, assigned_on: date | None = None
) -> Progress:
    """Where a directive stands on ``today``. A completion after ``today`` is not known yet.

    >>> progress_on(Deadline.on(date(2017, 12, 31)), today=date(2018, 1, 30)).days_overdue
    30
    >>> due = Deadline.on(date(2017, 12, 31))
    >>> progress_on(due, today=date(2018, 3, 1), done_on=date(2018, 1, 5)).status
    <DirectiveStatus.DONE_LATE: 'done_late'>
    """
    check_deadline(deadline, assigned_on=assigned_on)
    done = done_on if done_on is not None and done_on <= today else None
    due = deadline.due_as_of(done or today)
    original = deadline.original_due_on
    if done is not None:
        late = (done - due).days if due is not None and done > due else 0
        status = DirectiveStatus.DONE_LATE if late else DirectiveStatus.DONE_ON_TIME
        return Progress(status, due, original, days_late=late)
    if due is not None and today > due:
        return Progress(
            DirectiveStatus.OPEN_OVERDUE, due, original, days_overdue=(today - due).days
        )
    return Progress(DirectiveStatus.OPEN_WITHIN_DEADLINE, due, original)


def check_deadline(deadline: Deadline, *, assigned_on: date | None) -> None:
    """Raise :class:`DeadlineError` when a fixed deadline falls before the day of assignment."""
    due_on = deadline.due_on if deadline.kind is DeadlineKind.DATE else None
    if due_on is not None and assigned_on is not None and due_on < assigned_on:
        raise DeadlineError(f"deadline {due_on} is before assignment {assigned_on}")


def deadline_day(written: str | None, *, given_on: date | None) -> date | None:
    """The day a deadline written ``YYYY-MM-DD`` or ``--MM-DD`` (year unknown) falls on.

    A day without its year takes the year of ``given_on`` (the document's date), or the next one
    when it would fall before it: a letter of November giving "trước ngày 15/1" means January
    next. None when the text is no such day, or has no year and ``given_on`` is None.

    >>> deadline_day("--09-15", given_on=date(2024, 3, 10))
    datetime.date(2024, 9, 15)
    >>> deadline_day("--01-15", given_on=date(2024, 11, 10))
    datetime.date(2025, 1, 15)
    """
    text = (written or "").strip()
    if not text.startswith("--"):
        return _iso_day(text)
    if given_on is None:
        return None
    for year in (given_on.year, given_on.year + 1):
        day = _iso_day(f"{year}-{text[2:]}")
        if day is not None and day >= given_on:
            return day
    return None


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def on_time_rate(progresses: Iterable[Progress]) -> Fraction | None:
    """Share done on time among the items that were due; None when nothing was due yet.

    >>> p = lambda s: Progress(s, None, None)
    >>> on_time_rate([p(DirectiveStatus.DONE_ON_TIME), p(DirectiveStatus.OPEN_OVERDUE),
    ...               p(DirectiveStatus.OPEN_WITHIN_DEADLINE)])
    Fraction(1, 2)
    """
    due = [p for p in progresses if p.status is not DirectiveStatus.OPEN_WITHIN_DEADLINE]
    if not due:
        return None
    return Fraction(sum(1 for p in due if p.status is DirectiveStatus.DONE_ON_TIME), len(due))


def count_by_status(progresses: Sequence[Progress]) -> dict[DirectiveStatus, int]:
    """How many items are in each of the four states (every state present, zero included)."""
    counts = dict.fromkeys(DirectiveStatus, 0)
    for item in progresses:
        counts[item.status] += 1
    return counts
