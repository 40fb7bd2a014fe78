"""Two people writing the same directive at once: one fact is stored, the other is refused
with a message, and neither gets a server error (#8), on SQLite and PostgreSQL."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.directives.models import Directive, DirectiveUpdate, UpdateKind
from dondoc.apps.directives.services import directive_assign, directive_report
from tests.apps.races import race

ROUNDS = 5

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_reports_of_done_at_once_store_one_and_refuse_the_other(world):
    for _ in range(ROUNDS):
        directive = directive_assign(
            text="Việc", assigned_on=date(2017, 10, 20), lead_unit=world.district_party,
            due_on=date(2017, 12, 31),
        )  # fmt: skip

        outcomes = race(
            lambda pk=directive.pk: directive_report(
                Directive.objects.get(pk=pk),
                kind=UpdateKind.DONE,
                reported_on=date(2017, 12, 1),
                note="Xong",
            )
        )

        refused = [o for o in outcomes if isinstance(o, ValidationError)]
        assert [type(o) for o in outcomes if isinstance(o, Exception)] == [ValidationError]
        assert refused[0].error_dict["reported_on"][0].code == "already_done"
        assert DirectiveUpdate.objects.filter(directive=directive, kind="done").count() == 1
