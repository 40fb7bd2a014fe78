"""Evidence files: served only as downloads, only to users whose area covers the directive (#8)."""

from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from dondoc.apps.directives.models import Directive, UpdateKind
from dondoc.apps.directives.services import directive_report

pytestmark = pytest.mark.django_db

PAGE = b"<html><script>alert(document.cookie)</script></html>"


@pytest.fixture
def city_update(demo_data, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    # The demo's directives are led by the city's committees, outside Cao Lộc's area.
    directive = Directive.objects.filter(lead_unit__parent__admin_code="178").order_by("pk")[0]
    return directive_report(
        directive,
        kind=UpdateKind.PROGRESS,
        reported_on=date(2017, 12, 1),
        note="Báo cáo kèm tệp",
        evidence=ContentFile(PAGE, name="bao-cao.html"),
    )


def test_issue_8_evidence_is_sent_as_a_download_that_no_browser_sniffs(demo_client, city_update):
    response = demo_client.get(reverse("web:evidence", args=[city_update.pk]))

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/octet-stream"
    assert b"".join(response.streaming_content) == PAGE


def test_issue_8_evidence_of_another_units_directive_is_not_found(sibling_client, city_update):
    response = sibling_client.get(reverse("web:evidence", args=[city_update.pk]))

    assert response.status_code == 404


def test_issue_8_evidence_needs_a_signed_in_user(client, city_update):
    response = client.get(reverse("web:evidence", args=[city_update.pk]))

    assert response.status_code == 302


def test_issue_8_stored_media_has_no_public_url(client, city_update):
    response = client.get("/" + "media/" + city_update.evidence.name)

    assert response.status_code == 404
