"""Every text the API takes, given our list of hostile strings: refused or kept, never a 5xx."""

import json
from urllib.parse import urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from dondoc.apps.directives.models import Directive
from dondoc.apps.intake_review.models import IntakeSource
from tests.apps.api.test_intake import post_text
from tests.apps.api.test_intake_figures import REPORT as FIGURE_REPORT
from tests.apps.api.test_intake_figures import budget_figure
from tests.hostile_inputs import HOSTILE_STRINGS

pytestmark = pytest.mark.django_db

IDS = [repr(text[:12]) for text in HOSTILE_STRINGS]


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=IDS)
def test_a_hostile_board_filter_is_answered_without_a_server_error(client, city_token, text):
    query = urlencode({"q": text[:2000], "as_of": text[:20]}, errors="surrogatepass")

    response = client.get(f"/api/directives?{query}", **city_token)

    assert response.status_code < 500


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=IDS)
def test_a_hostile_note_is_refused_or_kept_as_written(client, city_token, text):
    directive = Directive.objects.order_by("pk").first()
    body = json.dumps({"kind": "progress", "reported_on": "2026-11-20", "note": text}).encode(
        "utf-8", "surrogatepass"
    )

    response = client.post(
        f"/api/directives/{directive.pk}/facts",
        body,
        content_type="application/json",
        HTTP_IF_MATCH="*",
        **city_token,
    )

    assert response.status_code < 500
    if response.status_code == 201:
        assert directive.updates.get(pk=response.json()["id"]).note == text


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=IDS)
def test_a_hostile_text_posted_to_the_intake_is_refused_or_read(client, city_token, text):
    body = json.dumps({"text": text, "name": text[:500]}).encode("utf-8", "surrogatepass")

    response = client.post("/api/intake", body, content_type="application/json", **city_token)

    assert response.status_code < 500
    if response.status_code in (200, 201):
        assert IntakeSource.objects.get(pk=response.json()["id"]).text == text


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=IDS)
def test_a_hostile_file_posted_to_the_intake_is_refused_or_read(client, city_token, text):
    data = text.encode("utf-8", "surrogatepass")
    name = text[:50].encode("utf-8", "replace").decode()  # a name the client can send
    upload = SimpleUploadedFile(f"{name}.txt".replace("/", "_"), data)

    response = client.post("/api/intake/file", {"file": upload}, **city_token)

    assert response.status_code < 500


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=IDS)
def test_a_hostile_figure_period_is_refused_or_read(client, city_token, text):
    draft_id = post_text(client, city_token, text=FIGURE_REPORT).json()["id"]
    figure = budget_figure(period=text[:40])  # the longest the field takes: the parser reads it
    body = json.dumps({"figures": [figure]}).encode("utf-8", "surrogatepass")

    response = client.post(
        f"/api/intake/{draft_id}/confirm", body, content_type="application/json", **city_token
    )

    assert response.status_code < 500
