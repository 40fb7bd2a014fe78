from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

import pytest

from dondoc.core.errors import TargetError
from dondoc.core.indicators import (
    Direction,
    Outcome,
    Target,
    Vintage,
    as_reported_on,
    change,
    evaluate,
    tally,
)

D = Decimal
FINAL = [
    (Direction.AT_LEAST, "100", "120", Outcome.EXCEEDED),
    (Direction.AT_LEAST, "100", "100", Outcome.ACHIEVED),
    (Direction.AT_LEAST, "100", "86.2", Outcome.NOT_ACHIEVED),
    (Direction.AT_MOST, "5", "4.1", Outcome.EXCEEDED),
    (Direction.AT_MOST, "5", "5", Outcome.ACHIEVED),
    (Direction.AT_MOST, "5", "6", Outcome.NOT_ACHIEVED),
    (Direction.EXACTLY, "27", "27", Outcome.ACHIEVED),
    (Direction.EXACTLY, "27", "28", Outcome.NOT_ACHIEVED),
]


@pytest.mark.parametrize(("direction", "target", "value", "outcome"), FINAL, ids=str)
def test_a_finished_period_is_judged_against_the_whole_target(direction, target, value, outcome):
    assert evaluate(Target(D(target), direction), D(value)).outcome is outcome


INTERIM = [
    (Direction.AT_LEAST, "86.2", Outcome.ON_TRACK),  # 86.2% after 75% of the year
    (Direction.AT_LEAST, "60", Outcome.BEHIND),
    (Direction.AT_LEAST, "101", Outcome.EXCEEDED),
    (Direction.AT_MOST, "60", Outcome.ON_TRACK),
    (Direction.AT_MOST, "101", Outcome.NOT_ACHIEVED),
    (Direction.EXACTLY, "99", Outcome.ON_TRACK),
]


@pytest.mark.parametrize(("direction", "value", "outcome"), INTERIM, ids=str)
def test_an_unfinished_period_is_judged_against_the_elapsed_share(direction, value, outcome):
    result = evaluate(Target(D(100), direction), D(value), elapsed=Fraction(3, 4))

    assert result.outcome is outcome


def test_an_elapsed_share_of_one_is_a_final_judgement():
    assert evaluate(Target(D(100)), D(90), elapsed=Fraction(1)).outcome is Outcome.NOT_ACHIEVED


def test_the_ratio_is_value_over_target_and_undefined_for_a_zero_target():
    assert evaluate(Target(D(200)), D(50)).ratio == D("0.25")
    assert evaluate(Target(D(0), Direction.AT_MOST), D(0)).ratio is None


def test_an_elapsed_share_outside_zero_to_one_is_refused():
    with pytest.raises(TargetError):
        evaluate(Target(D(100)), D(1), elapsed=Fraction(5, 4))


def test_a_negative_target_is_refused():
    with pytest.raises(TargetError, match="negative"):
        Target(D(-1))


def test_one_indicator_can_be_judged_against_several_targets():
    targets = [
        Target(D(100), label="dự toán tỉnh giao"),
        Target(D(80), label="dự toán Trung ương giao"),
    ]

    outcomes = [evaluate(target, D("86.2")).outcome for target in targets]

    assert outcomes == [Outcome.NOT_ACHIEVED, Outcome.EXCEEDED]


def test_tally_counts_achieved_and_treats_missing_values_as_not_achieved():
    evaluations = [evaluate(Target(D(1)), D(v)) for v in ("1", "2", "0")] + [None]

    result = tally(evaluations)

    assert (result.achieved, result.total, str(result)) == (2, 4, "2/4")


def test_change_against_the_same_period_last_year():
    assert change(D(145), D(100)) == D(45)
    assert change(D(80), D(100)) == D(-20)
    assert change(D(1), D(0)) is None


class Figure(NamedTuple):
    value: Decimal
    vintage: Vintage
    reported_on: date


def test_as_reported_on_gives_the_most_final_figure_known_that_day():
    estimate = Figure(D(86), Vintage.ESTIMATE, date(2017, 10, 5))
    official = Figure(D(88), Vintage.OFFICIAL, date(2018, 2, 1))
    figures = [official, estimate]

    assert as_reported_on(figures, date(2017, 10, 1)) is None
    assert as_reported_on(figures, date(2017, 12, 31)) is estimate
    assert as_reported_on(figures, date(2018, 3, 1)) is official


def test_vintages_rank_estimate_below_preliminary_below_official():
    assert [v.rank for v in (Vintage.ESTIMATE, Vintage.PRELIMINARY, Vintage.OFFICIAL)] == [0, 1, 2]
