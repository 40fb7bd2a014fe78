"""The import's parsers and the downloads against our list of hostile inputs."""

import contextlib
from datetime import date

import pytest
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from dondoc.apps.exports.imports.columns import VALUE_COLUMNS, field_of
from dondoc.apps.exports.imports.deadlines import DeadlineReadError, read_deadline
from dondoc.apps.exports.imports.units import split_units
from dondoc.apps.exports.imports.value_cells import read_quantity
from dondoc.apps.exports.imports.values import indicator_value_import_plan
from dondoc.apps.orgs.access import UnitScope
from dondoc.core.errors import QuantityParseError
from tests.apps.exports.tables import figures_workbook
from tests.hostile_inputs import HOSTILE_STRINGS

IDS = [f"hostile-{n}" for n in range(len(HOSTILE_STRINGS))]


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=IDS)
def test_a_hostile_deadline_is_read_or_refused_never_a_crash(text):
    with contextlib.suppress(DeadlineReadError):
        read_deadline(text, year=2026)


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=IDS)
def test_a_hostile_header_or_unit_list_never_crashes(text):
    field_of(text)
    split_units(text)


@pytest.mark.parametrize("text", HOSTILE_STRINGS[:12], ids=IDS[:12])
def test_a_hostile_tracker_query_downloads_or_refuses_cleanly(demo_client, text):
    response = demo_client.get("/xuat/chi-dao.csv", {"q": text, "unit": text, "due_from": text})

    assert response.status_code in (200, 400)


@pytest.mark.parametrize("text", HOSTILE_STRINGS[:12], ids=IDS[:12])
def test_a_hostile_period_gives_a_400_not_a_500(demo_client, text):
    assert demo_client.get("/xuat/bao-cao.pdf", {"period": text}).status_code in (200, 400)


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=IDS)
def test_a_hostile_figure_or_header_is_read_or_refused_never_a_crash(text):
    VALUE_COLUMNS.field_of(text)
    with contextlib.suppress(QuantityParseError):
        read_quantity(text)


def test_a_table_of_hostile_cells_gives_row_errors_not_a_crash(indicators):
    # A workbook cannot hold control characters or lone surrogates at all (openpyxl refuses them).
    texts = [
        ILLEGAL_CHARACTERS_RE.sub("", text.encode("utf-8", "ignore").decode())
        for text in HOSTILE_STRINGS
    ]
    rows = [[text] * 7 for text in texts if text.strip()]
    rows += [[n, text, "%", "Huyện Bắc Hà", text, text, text] for n, text in enumerate(texts)]

    plan = indicator_value_import_plan(
        figures_workbook(rows), on=date(2017, 10, 20), scope=UnitScope(None)
    )

    assert plan.planned == []
    assert plan.errors


@pytest.mark.parametrize("text", HOSTILE_STRINGS[:12], ids=IDS[:12])
def test_a_hostile_confirmation_of_an_import_is_refused_cleanly(client, people, text):
    client.force_login(people[0])

    response = client.post("/nhap/so-lieu/", {"token": text, "on": text, "vintage": text})

    assert response.status_code == 302
