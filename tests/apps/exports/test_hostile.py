"""The import's parsers and the downloads against our list of hostile inputs."""

import contextlib

import pytest

from dondoc.apps.exports.imports.columns import field_of
from dondoc.apps.exports.imports.deadlines import DeadlineReadError, read_deadline
from dondoc.apps.exports.imports.units import split_units
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
