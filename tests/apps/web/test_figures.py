"""A reporter enters a figure; a reviewer of the unit above approves and locks it."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from dondoc.apps.indicators.models import Indicator, IndicatorValue
from dondoc.apps.orgs.models import Membership, OrgUnit, Role

pytestmark = pytest.mark.django_db


def member(client, name, unit_code, role, kind):
    user = User.objects.create_user(name, password=f"{name}-password-1")
    Membership.objects.create(
        user=user, org_unit=OrgUnit.objects.get(admin_code=unit_code, kind=kind), role=role
    )
    client.login(username=name, password=f"{name}-password-1")
    return client


@pytest.fixture
def budget():
    return Indicator.objects.get(name__startswith="Thu ngân sách", org_unit__admin_code="183")


def enter(client, budget, vintage="estimate", value="180,5"):
    return client.post(
        reverse("web:figures"),
        {
            "indicator": budget.pk,
            "org_unit": budget.org_unit.pk,
            "period": "năm 2017",
            "value": value,
            "vintage": vintage,
            "reported_on": "2018-01-10",
        },
    )


def test_a_reporter_enters_a_figure_with_a_vietnamese_decimal_comma(client, demo_data, budget):
    member(client, "reporter", "183", Role.REPORTER, "district")

    enter(client, budget)

    value = IndicatorValue.objects.get(indicator=budget, period_code="2017")
    assert (str(value.value), value.created_by.username, value.is_locked) == (
        "180.5000",
        "reporter",
        False,
    )


def test_the_same_vintage_twice_is_refused_and_a_revision_is_a_new_vintage(
    client, demo_data, budget
):
    member(client, "reporter", "183", Role.REPORTER, "district")
    enter(client, budget)

    refused = enter(client, budget, value="181")
    enter(client, budget, vintage="official", value="182")

    assert "Đã có số liệu" in refused.content.decode()
    assert sorted(
        IndicatorValue.objects.filter(indicator=budget, period_code="2017").values_list(
            "vintage", flat=True
        )
    ) == ["estimate", "official"]


def test_a_reviewer_of_the_unit_above_approves_and_locks(client, demo_data, budget):
    member(client, "reporter", "183", Role.REPORTER, "district")
    enter(client, budget)
    value = IndicatorValue.objects.get(indicator=budget, period_code="2017")
    member(client, "province-reviewer", "20", Role.REVIEWER, "province")

    client.post(reverse("web:figure_approve", args=[value.pk]))

    value.refresh_from_db()
    assert value.is_locked


def test_the_units_own_reviewer_cannot_approve_its_figures(client, demo_data, budget):
    member(client, "reporter", "183", Role.REPORTER, "district")
    enter(client, budget)
    value = IndicatorValue.objects.get(indicator=budget, period_code="2017")
    member(client, "own-reviewer", "183", Role.REVIEWER, "district")

    response = client.post(reverse("web:figure_approve", args=[value.pk]))

    value.refresh_from_db()
    assert (response.status_code, value.is_locked) == (403, False)


def test_a_reporter_cannot_enter_figures_for_a_sibling_unit(client, demo_data, budget):
    member(client, "reporter", "183", Role.REPORTER, "district")
    city_budget = Indicator.objects.get(
        name__startswith="Thu ngân sách", org_unit__admin_code="178"
    )

    response = enter(client, city_budget)

    assert response.status_code == 200
    assert not IndicatorValue.objects.filter(indicator=city_budget, period_code="2017").exists()


def test_a_wrong_period_label_is_explained(client, demo_data, budget):
    member(client, "reporter", "183", Role.REPORTER, "district")

    response = client.post(
        reverse("web:figures"),
        {
            "indicator": budget.pk,
            "org_unit": budget.org_unit.pk,
            "period": "quý V",
            "value": "1",
            "vintage": "estimate",
            "reported_on": "2018-01-10",
        },
    )

    assert "Không phải nhãn kỳ báo cáo" in response.content.decode()
    assert not IndicatorValue.objects.filter(indicator=budget, period_code="2017").exists()
