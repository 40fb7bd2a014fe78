"""Indicators (chỉ tiêu): targets, reported values and their evaluation.

One indicator may carry several targets at once — the budget estimate set by the centre, the one
set by the province, the one the people's council voted ("dự toán Trung ương giao", "dự toán tỉnh
giao", "HĐND giao") — and each reported value is judged against each of them.

A value reported before its period ends (a 9-month figure for a yearly target) is judged against
the share of the period elapsed: 86.2% of the year's estimate after 75% of the year is on track.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Protocol, TypeVar

from dondoc.core.errors import TargetError


class Direction(StrEnum):
    """Which side of the target counts as success."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    EXACTLY = "exactly"


class Outcome(StrEnum):
    """The verdict on a value (đạt, vượt, không đạt, đúng tiến độ, chậm tiến độ)."""

    EXCEEDED = "exceeded"
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"
    ON_TRACK = "on_track"
    BEHIND = "behind"


class Basis(StrEnum):
    """Whether a value counts only its own period or everything since the start of the year."""

    IN_PERIOD = "in_period"
    CUMULATIVE = "cumulative"


class Vintage(StrEnum):
    """How final a figure is: an estimate is revised by a preliminary, then an official figure."""

    ESTIMATE = "estimate"
    PRELIMINARY = "preliminary"
    OFFICIAL = "official"

    @property
    def rank(self) -> int:
        """0 for an estimate, 2 for an official figure."""
        return list(Vintage).index(self)


class Reference(StrEnum):
    """What a percentage is measured against."""

    ESTIMATE = "estimate"  # dự toán
    PLAN = "plan"  # kế hoạch
    TARGET = "target"  # chỉ tiêu
    SAME_PERIOD_LAST_YEAR = "same_period_last_year"  # so với cùng kỳ


@dataclass(frozen=True)
class Target:
    """A target value with its direction, unit, deadline, issuer and label."""

    value: Decimal
    direction: Direction = Direction.AT_LEAST
    unit: str = ""
    due_on: date | None = None
    issuer: str = ""
    label: str = ""

    def __post_init__(self) -> None:
        """Refuse a negative target: shares of it would mean nothing."""
        if self.value < 0:
            raise TargetError(f"a target cannot be negative: {self.value}")


@dataclass(frozen=True)
class Evaluation:
    """The outcome of a value against a target, with the ratio ``value / target`` when defined."""

    outcome: Outcome
    ratio: Decimal | None

    @property
    def is_achieved(self) -> bool:
        """True for achieved or exceeded."""
        return self.outcome in (Outcome.ACHIEVED, Outcome.EXCEEDED)


def evaluate(target: Target, value: Decimal, *, elapsed: Fraction | None = None) -> Evaluation:
    """Judge ``value`` against ``target``; ``elapsed`` is the share of an unfinished period gone.

    >>> evaluate(Target(Decimal(100)), Decimal("86.2"), elapsed=Fraction(3, 4)).outcome
    <Outcome.ON_TRACK: 'on_track'>
    >>> evaluate(Target(Decimal(100)), Decimal("86.2")).outcome
    <Outcome.NOT_ACHIEVED: 'not_achieved'>
    """
    ratio = value / target.value if target.value else None
    if elapsed is not None and not 0 <= elapsed <= 1:
        raise TargetError(f"elapsed share must lie between 0 and 1, not {elapsed}")
    if elapsed is None or elapsed == 1:
        return Evaluation(_final(target, value), ratio)
    return Evaluation(_interim(target, value, elapsed), ratio)


def _final(target: Target, value: Decimal) -> Outcome:
    if value == target.value:
        return Outcome.ACHIEVED
    if target.direction is Direction.EXACTLY:
        return Outcome.NOT_ACHIEVED
    better = (
        value > target.value if target.direction is Direction.AT_LEAST else value < target.value
    )
    return Outcome.EXCEEDED if better else Outcome.NOT_ACHIEVED


def _interim(target: Target, value: Decimal, elapsed: Fraction) -> Outcome:
    if target.direction is Direction.AT_LEAST:
        if value >= target.value:
            return _final(target, value)
        expected = target.value * Decimal(elapsed.numerator) / Decimal(elapsed.denominator)
        return Outcome.ON_TRACK if value >= expected else Outcome.BEHIND
    # A cap (at most, exactly) is broken as soon as a cumulative value passes it.
    return Outcome.NOT_ACHIEVED if value > target.value else Outcome.ON_TRACK


@dataclass(frozen=True)
class Tally:
    """How many of a set are achieved: a resolution's "16/25 chỉ tiêu đạt"."""

    achieved: int
    total: int

    def __str__(self) -> str:
        """``16/25``."""
        return f"{self.achieved}/{self.total}"


def tally(evaluations: Iterable[Evaluation | None]) -> Tally:
    """Count achieved evaluations; None (an indicator with no value yet) counts as not achieved.

    >>> str(tally([evaluate(Target(Decimal(1)), Decimal(2)), None]))
    '1/2'
    """
    items = list(evaluations)
    return Tally(sum(1 for item in items if item is not None and item.is_achieved), len(items))


def change(value: Decimal, base: Decimal) -> Decimal | None:
    """Per-cent change from ``base`` to ``value`` ("tăng 45% so với cùng kỳ"); None if base is 0.

    >>> change(Decimal(145), Decimal(100))
    Decimal('45')
    """
    if not base:
        return None
    return (value - base) * 100 / base


class Reported(Protocol):
    """Anything with a vintage (a :class:`Vintage` or its code) and the day it was reported."""

    @property
    def vintage(self) -> str: ...  # pragma: no cover - protocol

    @property
    def reported_on(self) -> date: ...  # pragma: no cover - protocol


R = TypeVar("R", bound=Reported)


def as_reported_on(values: Sequence[R], on: date) -> R | None:
    """The figure one would have read on day ``on``: the most final vintage reported by then.

    Later vintages revise earlier ones without erasing them; between two figures of the same
    vintage, the later report wins.
    """
    known = [value for value in values if value.reported_on <= on]
    if not known:
        return None
    return max(known, key=lambda value: (Vintage(value.vintage).rank, value.reported_on))
