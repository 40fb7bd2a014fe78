from datetime import date
from decimal import Decimal

from django.contrib.auth.models import User
from django.urls import reverse

from dondoc.apps.indicators.models import Vintage
from dondoc.apps.indicators.selectors import indicator_values_as_reported
from tests.apps.indicators.test_services import budget, record

__all__ = ["budget"]


def test_issue_7_the_official_value_is_shown_over_a_later_preliminary_one(budget, world, client):
    record(budget, world, value="80", vintage=Vintage.PRELIMINARY, reported_on=date(2017, 10, 1))
    record(budget, world, value="86.2", vintage=Vintage.OFFICIAL, reported_on=date(2017, 10, 5))
    User.objects.create_superuser("boss", password="boss-password-1")
    client.login(username="boss", password="boss-password-1")

    shown = indicator_values_as_reported(budget, on=date(2017, 12, 31))
    page = client.get(reverse("web:indicator", args=[budget.pk]), {"on": "2017-12-31"})

    assert [value.value for value in shown.values()] == [Decimal("86.2")]
    assert [amount for _, amount, _ in page.context["chart"]] == [Decimal("86.2")]


def test_a_value_reported_after_the_day_is_not_known_that_day(budget, world):
    record(budget, world, value="86.2", reported_on=date(2017, 10, 5))

    assert indicator_values_as_reported(budget, on=date(2017, 10, 4)) == {}
