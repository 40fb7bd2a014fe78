"""The API sees what the pages see: a sibling unit's token gets 404 on every object endpoint."""

import pytest

from dondoc.apps.directives.models import Directive
from dondoc.apps.indicators.models import Indicator
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.work_sessions.models import WorkingSession

pytestmark = pytest.mark.django_db

CITY = "178"


def city_objects():
    city = OrgUnit.objects.get(admin_code=CITY)
    below = {"path__startswith": city.path}
    return {
        "units": city,
        "indicators": Indicator.objects.filter(
            **{f"org_unit__{k}": v for k, v in below.items()}
        ).first(),
        "key-tasks": KeyTask.objects.filter(
            **{f"org_unit__{k}": v for k, v in below.items()}
        ).first(),
        "work-sessions": WorkingSession.objects.filter(
            **{f"subject_unit__{k}": v for k, v in below.items()}
        ).first(),
        "directives": Directive.objects.filter(
            **{f"lead_unit__{k}": v for k, v in below.items()}
        ).first(),
    }


@pytest.mark.parametrize(
    "resource", ["units", "indicators", "key-tasks", "work-sessions", "directives"]
)
def test_a_city_object_is_found_with_a_city_token(client, city_token, resource):
    found = city_objects()[resource]

    response = client.get(f"/api/{resource}/{found.pk}", **city_token)

    assert response.status_code == 200


@pytest.mark.parametrize(
    "resource", ["units", "indicators", "key-tasks", "work-sessions", "directives"]
)
def test_a_sibling_districts_token_gets_404_on_every_city_object(client, sibling_token, resource):
    found = city_objects()[resource]

    response = client.get(f"/api/{resource}/{found.pk}", **sibling_token)

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize("action", ["facts", "extensions"])
def test_a_sibling_districts_token_cannot_write_to_a_city_directive(client, sibling_token, action):
    directive = city_objects()["directives"]
    body = {"kind": "progress", "reported_on": "2026-11-20", "note": "x"}
    if action == "extensions":
        body = {"granted_on": "2026-11-20", "due_on": "2027-03-31", "reason": "x"}

    response = client.post(
        f"/api/directives/{directive.pk}/{action}",
        body,
        content_type="application/json",
        HTTP_IF_MATCH="*",
        **sibling_token,
    )

    assert response.status_code == 404
    assert directive.updates.count() == Directive.objects.get(pk=directive.pk).updates.count()


def test_the_board_of_a_sibling_district_leaves_the_citys_directives_out(client, sibling_token):
    directive = city_objects()["directives"]

    items = client.get("/api/directives?per_page=100", **sibling_token).json()["items"]

    assert directive.pk not in {item["id"] for item in items}


def test_without_a_token_or_a_session_the_api_answers_401(client, demo_data):
    response = client.get("/api/directives")

    assert response.status_code == 401
    assert response.json()["code"] == "unauthenticated"


def test_a_wrong_token_is_refused(client, demo_data):
    response = client.get("/api/directives", HTTP_AUTHORIZATION="Bearer ddk_not-a-token")

    assert response.status_code == 401
