"""Migration 0005 (#7, decision 0015): the single board version row is dropped; the areas' rows
are created by the first write to each area's directives."""

from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from dondoc.apps.directives.models import BoardVersion
from dondoc.apps.directives.services import directive_assign

BEFORE = [("directives", "0004_board_version")]
AFTER = [("directives", "0005_board_version_per_area")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_single_version_row_is_dropped_and_each_area_gets_its_own(country):
    old = migrate(BEFORE).get_model("directives", "BoardVersion")
    old.objects.update_or_create(pk=1, defaults={"number": 41})

    migrate(AFTER)
    left = BoardVersion.objects.count()
    directive_assign(
        text="Việc", assigned_on=date(2017, 10, 20), lead_unit=country.commune_a, due_on=None,
        deadline_kind="none",
    )  # fmt: skip

    assert left == 0
    assert list(BoardVersion.objects.values_list("area", "number")) == [
        (country.province_a.path, 1)
    ]
