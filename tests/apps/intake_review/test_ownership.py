"""Intake drafts belong to a unit: only users whose area covers it list, read or confirm them (#8).

Lạng Sơn city (178) and Cao Lộc district (183) are siblings under the province in the demo.
"""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from dondoc.apps.intake_review.models import IntakeSource, IntakeStatus
from dondoc.apps.orgs.models import Membership, OrgUnit, Role

pytestmark = pytest.mark.django_db

REPORT = "Sáng 5/6/2024, Bí thư Huyện ủy Lê Văn Sơn chủ trì; 12/20 xã đạt chuẩn theo Nghị quyết số 62-NQ/TU."


def reporter_of(admin_code: str) -> Client:
    user = User.objects.create_user(f"reporter-{admin_code}", password="reporter-password-1")
    Membership.objects.create(
        user=user, org_unit=OrgUnit.objects.get(admin_code=admin_code), role=Role.REPORTER
    )
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def city_draft(demo_data):
    city = reporter_of("178")
    city.post(reverse("web:intake"), {"text": REPORT})
    return IntakeSource.objects.get()


def test_issue_8_a_draft_is_owned_by_the_unit_and_the_user_who_stored_it(city_draft):
    assert (city_draft.org_unit.admin_code, city_draft.created_by.username) == (
        "178",
        "reporter-178",
    )


def test_issue_8_a_sibling_unit_does_not_list_another_units_draft(city_draft):
    page = reporter_of("183").get(reverse("web:intake"))

    assert list(page.context["recent"]) == []


def test_issue_8_a_sibling_unit_cannot_read_another_units_draft(city_draft):
    response = reporter_of("183").get(reverse("web:intake_review", args=[city_draft.pk]))

    assert response.status_code == 404


def test_issue_8_a_sibling_unit_cannot_confirm_another_units_draft(city_draft):
    response = reporter_of("183").post(
        reverse("web:intake_review", args=[city_draft.pk]), {"add-person": "Hà Văn Minh"}
    )

    city_draft.refresh_from_db()
    assert (response.status_code, city_draft.status) == (404, IntakeStatus.DRAFT)


def test_issue_8_the_unit_above_sees_its_units_drafts(city_draft, demo_client):
    page = demo_client.get(reverse("web:intake"))

    assert list(page.context["recent"]) == [city_draft]


def test_issue_8_a_user_without_a_unit_sees_no_draft(city_draft, client):
    client.force_login(User.objects.create_user("nobody", password="nobody-password-1"))

    page = client.get(reverse("web:intake"))

    assert list(page.context["recent"]) == []
    assert client.get(reverse("web:intake_review", args=[city_draft.pk])).status_code == 404


def test_issue_8_the_same_text_stored_by_two_sibling_units_is_two_drafts(city_draft):
    response = reporter_of("183").post(reverse("web:intake"), {"text": REPORT})

    assert IntakeSource.objects.count() == 2
    assert response.status_code == 302


def test_issue_8_a_blank_file_is_refused_on_the_intake_page_with_its_code(demo_client):
    from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: PLC0415

    response = demo_client.post(
        reverse("web:intake"), {"file": SimpleUploadedFile("trong.txt", b"  \n ")}
    )

    assert "empty_input" in response.content.decode()
    assert not IntakeSource.objects.exists()
