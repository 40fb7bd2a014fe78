"""The same table of figures confirmed twice at once: stored once, the other told so (#11)."""

from datetime import date

import pytest

from dondoc.apps.exports.imports.values import ValueImportPlan, indicator_value_import
from dondoc.apps.indicators.models import IndicatorValue
from dondoc.apps.orgs.access import org_unit_scope_of
from tests.apps.exports.tables import GOOD_ROWS, figures_workbook
from tests.apps.races import race

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_confirmations_at_once_store_the_figures_once_and_fail_no_request(people, indicators):
    reporter, _ = people

    outcomes = race(
        lambda: indicator_value_import(
            figures_workbook(GOOD_ROWS),
            on=date(2017, 10, 20),
            scope=org_unit_scope_of(reporter),
            user=reporter,
        )
    )

    assert all(isinstance(outcome, ValueImportPlan) for outcome in outcomes), outcomes
    stored = sum(len(plan.new) for plan in outcomes if not plan.errors)
    assert IndicatorValue.objects.count() == stored == 4
