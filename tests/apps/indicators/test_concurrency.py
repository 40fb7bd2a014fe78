"""Two reviewers approving the same figure at once: it is approved once (#8)."""

import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.audit.models import ChangeRecord
from dondoc.apps.indicators.models import IndicatorValue
from dondoc.apps.indicators.services import indicator_value_approve
from tests.apps.indicators.test_services import budget, record
from tests.apps.races import race

__all__ = ["budget"]

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_approvals_at_once_approve_once_and_refuse_the_other(budget, world):
    for round_ in range(3):
        value = record(budget, world, value=f"8{round_}")

        # Each reviewer has read the figure on their own page: two copies, both unlocked.
        outcomes = race(
            lambda pk=value.pk: indicator_value_approve(IndicatorValue.objects.get(pk=pk))
        )

        assert [type(o) for o in outcomes if isinstance(o, Exception)] == [ValidationError]
        approvals = ChangeRecord.objects.filter(
            object_id=value.pk, action="changed", changes__has_key="is_locked"
        )
        assert approvals.count() == 1
        value.delete()
