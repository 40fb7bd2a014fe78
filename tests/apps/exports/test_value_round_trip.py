"""The indicator values exported and imported again: the same figures, nothing twice (#11)."""

import io
from datetime import date

import openpyxl
from django.contrib.auth.models import User

from dondoc.apps.exports.imports.values import indicator_value_import, indicator_value_import_plan
from dondoc.apps.exports.lists import indicator_table
from dondoc.apps.exports.tabular import table_xlsx
from dondoc.apps.indicators.models import IndicatorValue
from dondoc.apps.orgs.access import UnitScope

EVERYTHING = UnitScope(None)
ON = date(2017, 12, 31)


def _exported() -> bytes:
    buffer = io.BytesIO()
    table_xlsx(indicator_table(scope=EVERYTHING, on=ON), buffer)
    return buffer.getvalue()


def _rows(data: bytes) -> list[tuple]:
    return list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))


def test_the_values_exported_and_imported_where_there_are_none_give_the_same_table(demo_data, db):
    exported = _exported()
    IndicatorValue.objects.all().delete()
    importer = User.objects.get(username="demo")

    plan = indicator_value_import(io.BytesIO(exported), on=ON, scope=EVERYTHING, user=importer)

    assert plan.errors == []
    # The same figures; the import does not carry approval (last column): they await it again.
    assert [row[:-1] for row in _rows(_exported())] == [row[:-1] for row in _rows(exported)]
    assert {row[-1] for row in _rows(_exported())[1:]} == {"chưa duyệt"}
    assert {row[-1] for row in _rows(exported)[1:]} == {"có"}
    assert len(plan.new) == len(_rows(exported)) - 1 > 20
    assert not IndicatorValue.objects.filter(is_locked=True).exists()


def test_the_export_imported_where_its_figures_are_stored_stores_nothing_new(demo_data, db):
    exported = _exported()

    plan = indicator_value_import_plan(io.BytesIO(exported), on=ON, scope=EVERYTHING)

    assert (plan.errors, plan.new) == ([], [])
    assert len(plan.planned) == len(_rows(exported)) - 1
