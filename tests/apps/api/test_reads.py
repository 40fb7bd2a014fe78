"""What the read endpoints give: the same facts as the pages, as of the day asked."""

import pytest

from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.work_sessions.models import WorkingSession

pytestmark = pytest.mark.django_db


def test_a_unit_that_has_ceased_lists_its_successors(client, city_token):
    city = OrgUnit.objects.get(admin_code="178")

    before = client.get(f"/api/units/{city.pk}?as_of=2017-10-20", **city_token).json()
    after = client.get(f"/api/units/{city.pk}?as_of=2026-01-01", **city_token).json()

    assert (before["is_valid"], before["successors"]) == (True, [])
    assert after["is_valid"] is False
    assert after["successors"]


def test_the_units_list_is_as_of_the_day_asked(client, city_token):
    in_2017 = client.get("/api/units?as_of=2017-10-20&per_page=100", **city_token).json()

    assert "178" in {unit["admin_code"] for unit in in_2017["items"]}


def test_a_working_session_has_its_participants_and_recommendations(client, demo_client):
    work_session = WorkingSession.objects.order_by("pk").first()

    found = demo_client.get(f"/api/work-sessions/{work_session.pk}").json()

    assert len(found["participants"]) == work_session.participants.count() > 0
    assert len(found["recommendations"]) == work_session.recommendations.count()


def test_an_indicator_has_its_targets_and_values_as_reported(demo_client):
    first = demo_client.get("/api/indicators").json()["items"][0]

    found = demo_client.get(f"/api/indicators/{first['id']}?as_of=2026-01-01").json()

    assert found["targets"] or found["values_as_reported"]
