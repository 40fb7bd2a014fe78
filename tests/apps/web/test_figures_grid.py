"""The data-entry grid (#10): a plan's indicators for one unit and period, Vietnamese numbers,
each cell checked, saved all at once or not at all; the reviewer approves them in bulk."""

from decimal import Decimal

import pytest
from django.urls import reverse

from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator, IndicatorValue
from dondoc.apps.orgs.models import OrgUnit

pytestmark = pytest.mark.django_db


@pytest.fixture
def grid(demo_client):
    plan = Document.objects.filter(indicators__isnull=False).distinct().first()
    city = OrgUnit.objects.get(name="Thành phố Lạng Sơn")
    data = {
        "document": plan.pk,
        "org_unit": city.pk,
        "period": "quý III/2018",
        "vintage": "estimate",
        "reported_on": "2018-10-05",
    }
    return plan, city, data


def test_the_grid_lists_every_indicator_of_the_plan(demo_client, grid):
    plan, _city, data = grid

    response = demo_client.get(reverse("web:figures_grid"), data)

    assert len(response.context["rows"]) == Indicator.objects.filter(document=plan).count()


def test_vietnamese_numbers_are_saved_all_at_once(demo_client, grid):
    plan, city, data = grid
    first, second = Indicator.objects.filter(document=plan).order_by("pk")[:2]

    demo_client.post(
        reverse("web:figures_grid"),
        {**data, f"value-{first.pk}": "1.234,5", f"value-{second.pk}": "86,2"},
    )

    values = IndicatorValue.objects.filter(org_unit=city, period_code="2018-Q3")
    assert sorted(v.value for v in values) == [Decimal("86.2"), Decimal("1234.5")]


def test_one_bad_cell_saves_nothing_and_keeps_the_typing(demo_client, grid):
    plan, city, data = grid
    first, second = Indicator.objects.filter(document=plan).order_by("pk")[:2]

    response = demo_client.post(
        reverse("web:figures_grid"),
        {**data, f"value-{first.pk}": "12", f"value-{second.pk}": "mười hai"},
    )

    assert not IndicatorValue.objects.filter(org_unit=city, period_code="2018-Q3").exists()
    page = response.content.decode()
    assert 'value="mười hai"' in page
    assert 'value="12"' in page


def test_a_value_larger_than_its_total_is_refused(demo_client, grid):
    plan, _city, data = grid
    first = Indicator.objects.filter(document=plan).order_by("pk").first()

    response = demo_client.post(
        reverse("web:figures_grid"), {**data, f"value-{first.pk}": "30", f"total-{first.pk}": "27"}
    )

    assert response.context["rows"][0].errors
