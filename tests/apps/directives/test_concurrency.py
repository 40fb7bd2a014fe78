"""Two people writing the same directive at once: one fact is stored, the other is refused
with a message, and neither gets a server error (#8), on SQLite and PostgreSQL."""

import threading
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection, transaction

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


ONLY_POSTGRESQL = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite lets one writer in at a time, by design: nothing of ours to show there",
)


def write_while_another_holds(first_unit, second_unit):
    """A fact in ``first_unit``'s area, its transaction held open, while a fact is written in
    ``second_unit``'s area; the second gives up after 2 s of waiting for a lock."""
    first, second = (
        directive_assign(
            text="Việc", assigned_on=date(2017, 10, 20), lead_unit=unit, due_on=date(2017, 12, 31)
        )
        for unit in (first_unit, second_unit)
    )
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with transaction.atomic():
            progress(first)
            holding.set()
            release.wait(timeout=30)
        connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(timeout=30)
    try:
        with transaction.atomic():
            connection.cursor().execute("SET LOCAL lock_timeout = '2s'")
            progress(second)
    finally:
        release.set()
        holder.join()


def progress(directive):
    directive_report(directive, kind=UpdateKind.PROGRESS, reported_on=date(2017, 11, 1), note="x")


@ONLY_POSTGRESQL
def test_two_writers_in_different_provinces_do_not_wait_for_each_other(country):
    write_while_another_holds(country.commune_a, country.commune_b)

    assert DirectiveUpdate.objects.count() == 2


@ONLY_POSTGRESQL
def test_two_writers_in_one_province_wait_on_its_version_row_until_the_first_commits(country):
    # The bump is in the writer's transaction: a count read before it commits is not stale.
    with pytest.raises(OperationalError, match="lock timeout"):
        write_while_another_holds(country.commune_a, country.province_a)

    assert DirectiveUpdate.objects.count() == 1
