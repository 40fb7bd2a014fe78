from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.documents.services import document_record
from dondoc.apps.indicators.models import Basis, IndicatorValue, Vintage
from dondoc.apps.indicators.selectors import (
    document_tally,
    indicator_evaluate,
    indicator_value_as_reported,
    indicator_value_change,
)
from dondoc.apps.indicators.services import (
    indicator_create,
    indicator_value_approve,
    indicator_value_record,
)
from dondoc.core import indicators as core
from dondoc.core.document_kinds import DocumentKind
from dondoc.core.periods import Period, PeriodKind

NINE_MONTHS = Period.of_year(PeriodKind.NINE_MONTHS, 2017)
YEAR_2017 = Period.of_year(PeriodKind.YEAR, 2017)


@pytest.fixture
def budget(world):
    return indicator_create(
        org_unit=world.district,
        name="Thu ngân sách",
        unit="tỷ đồng",
        span=Period.term(2016, 2020, kind=PeriodKind.STAGE),
        basis=Basis.CUMULATIVE,
        targets=[
            (core.Target(Decimal(100), label="dự toán tỉnh giao"), YEAR_2017),
            (core.Target(Decimal(90), label="dự toán Trung ương giao"), YEAR_2017),
            (
                core.Target(Decimal(80), label="dự toán tỉnh giao"),
                Period.of_year(PeriodKind.YEAR, 2016),
            ),
        ],
    )


def record(indicator, world, period=NINE_MONTHS, value="86.2", **kwargs):
    kwargs.setdefault("reported_on", date(2017, 10, 5))
    kwargs.setdefault("is_approved", False)
    return indicator_value_record(
        indicator, org_unit=world.district, period=period, value=Decimal(value), **kwargs
    )


def test_one_indicator_carries_several_targets_and_one_primary_per_period(budget):
    primaries = sorted((t.period_code, t.label) for t in budget.targets.filter(is_primary=True))

    assert primaries == [("2016", "dự toán tỉnh giao"), ("2017", "dự toán tỉnh giao")]


def test_a_nine_month_value_is_judged_against_three_quarters_of_the_year(budget, world):
    record(budget, world, is_approved=True)

    evaluation = indicator_evaluate(budget, org_unit=world.district, on=date(2017, 10, 20))

    assert (evaluation.outcome, evaluation.ratio) == (core.Outcome.ON_TRACK, Decimal("0.862"))


def test_the_same_vintage_twice_is_refused_in_vietnamese_and_the_first_stays(budget, world):
    record(budget, world)

    with pytest.raises(ValidationError, match="Đã có số liệu"):
        record(budget, world, value="90")

    assert IndicatorValue.objects.get().value == Decimal("86.2")


def test_a_revision_is_a_new_vintage_and_the_estimate_stays_readable(budget, world):
    record(budget, world, vintage=Vintage.ESTIMATE)
    record(budget, world, value="87", vintage=Vintage.OFFICIAL, reported_on=date(2017, 11, 20))

    as_of_session = indicator_value_as_reported(
        budget, org_unit=world.district, on=date(2017, 10, 20)
    )
    as_of_december = indicator_value_as_reported(
        budget, org_unit=world.district, on=date(2017, 12, 1)
    )

    assert (as_of_session.value, as_of_december.value) == (Decimal("86.2"), Decimal(87))


def codes(error):
    """The code of each field's message, as full_clean keeps them (the API answers with them)."""
    return {name: [item.code for item in items] for name, items in error.error_dict.items()}


def test_a_value_outside_the_indicator_span_is_refused(budget, world):
    with pytest.raises(ValidationError, match="nằm ngoài thời kỳ") as refused:
        record(
            budget,
            world,
            period=Period.of_year(PeriodKind.YEAR, 2021),
            reported_on=date(2022, 1, 5),
        )

    assert codes(refused.value) == {"period_code": ["period_outside_span"]}


def test_a_value_for_a_unit_that_did_not_exist_in_the_period_is_refused(budget, world):
    with pytest.raises(ValidationError, match="không tồn tại trong") as refused:
        indicator_value_record(
            budget,
            org_unit=world.new_commune,
            period=NINE_MONTHS,
            value=Decimal(1),
            reported_on=date(2017, 10, 5),
        )

    assert codes(refused.value) == {"org_unit": ["unit_not_valid"]}


def test_change_against_the_same_period_last_year(budget, world):
    record(
        budget,
        world,
        period=Period.of_year(PeriodKind.NINE_MONTHS, 2016),
        value="40",
        reported_on=date(2016, 10, 5),
    )
    value = record(budget, world, value="58")

    assert indicator_value_change(value) == Decimal(45)


def test_an_approved_value_is_locked_once(budget, world):
    value = indicator_value_approve(record(budget, world), user=world.clerk)

    assert value.is_locked
    assert value.updated_by == world.clerk
    with pytest.raises(ValidationError, match="đã được duyệt"):
        indicator_value_approve(value)


def test_a_ratio_value_cannot_exceed_its_total(budget, world):
    with pytest.raises(ValidationError, match="lớn hơn tổng số") as refused:
        record(budget, world, value="28", total=Decimal(27))

    assert codes(refused.value) == {"value": ["value_over_total"]}


def test_the_resolution_tally_is_computed_from_the_values(world):
    resolution = document_record(kind=DocumentKind.RESOLUTION, number="01-NQ/TU", title="Thử")
    span = Period.term(2016, 2020, kind=PeriodKind.STAGE)
    for code, (target, value) in enumerate([(10, 12), (10, 9), (10, 10)], start=1):
        indicator = indicator_create(
            org_unit=world.district,
            name=f"Chỉ tiêu {code}",
            span=span,
            document=resolution,
            code=str(code),
            basis=Basis.IN_PERIOD,
            targets=[core.Target(Decimal(target))],
        )
        record(indicator, world, value=str(value), is_approved=True)

    assert str(document_tally(resolution, on=date(2017, 10, 20))) == "2/3"
    assert str(document_tally(resolution, on=date(2017, 1, 1))) == "0/3"


def test_a_figure_is_never_approved_by_the_person_who_entered_it(budget, world):
    value = record(budget, world, user=world.clerk)

    with pytest.raises(ValidationError, match="người khác"):
        indicator_value_approve(value, user=world.clerk)

    value.refresh_from_db()
    assert not value.is_locked


def test_a_figure_waiting_for_approval_counts_in_no_tally_until_approved(budget, world):
    value = record(budget, world, is_approved=False)

    before = indicator_evaluate(budget, org_unit=world.district, on=date(2017, 12, 31))
    indicator_value_approve(value)
    after = indicator_evaluate(budget, org_unit=world.district, on=date(2017, 12, 31))

    assert (before, after is not None) == (None, True)
