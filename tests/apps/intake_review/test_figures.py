"""A figure kept in the review becomes an estimate of an indicator, waiting for approval (#9)."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.indicators.models import IndicatorValue, Reference
from dondoc.apps.intake_review.services import (
    ConfirmedItems,
    FigureDraft,
    intake_source_confirm,
    intake_source_save,
)
from dondoc.core.periods import Period
from tests.apps.indicators.test_services import budget  # noqa: F401 - the fixture

TEXT = "Thu ngân sách 9 tháng năm 2017 đạt 86,2% dự toán."
NOTICE = {"kind": "Báo cáo", "number": "12-BC/HU", "date": "2017-10-05", "issuer": "Huyện ủy"}


def draft(text=TEXT):
    source, _ = intake_source_save(name="bc", text=text, encoding="utf-8", result={"people": []})
    return source


def kept(indicator, world, value="86.2"):
    return FigureDraft(
        indicator=indicator,
        org_unit=world.district,
        period=Period.parse("9 tháng năm 2017"),
        value=Decimal(value),
        reference=Reference.ESTIMATE,
        span=(35, 40),
    )


def confirm(source, figures):
    items = ConfirmedItems(documents=[NOTICE], people=[], figures=figures, own_document=0)
    return intake_source_confirm(source, items=items)


def test_a_figure_kept_is_an_estimate_from_the_text_waiting_for_approval(budget, world):  # noqa: F811
    source = draft()

    value = confirm(source, [kept(budget, world)])[-1]

    assert (value.value, value.vintage, value.is_locked) == (Decimal("86.2"), "estimate", False)
    assert (value.source_excerpt, value.reference, value.origin) == ("86,2%", "estimate", "intake")
    assert (value.source_document.number, value.reported_on) == ("12-BC/HU", date(2017, 10, 5))


def test_no_figure_kept_records_no_value(budget, world):  # noqa: F811
    confirm(draft(), [])

    assert not IndicatorValue.objects.exists()


def test_a_second_reading_of_the_same_figure_is_the_value_already_stored(budget, world):  # noqa: F811
    first = confirm(draft(), [kept(budget, world)])[-1]

    second = confirm(draft(f"{TEXT} (bản chụp)"), [kept(budget, world)])[-1]

    assert second == first
    assert IndicatorValue.objects.count() == 1


def test_another_estimate_for_the_same_period_is_refused_and_nothing_stored(budget, world):  # noqa: F811
    confirm(draft(), [kept(budget, world)])
    source = draft(f"{TEXT} Số liệu khác.")

    with pytest.raises(ValidationError, match="Đã có số liệu của chỉ tiêu này"):
        confirm(source, [kept(budget, world, value="90")])

    assert IndicatorValue.objects.count() == 1
    source.refresh_from_db()
    assert source.status == "draft"
