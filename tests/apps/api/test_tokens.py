"""API tokens: hashed, shown once, revoked by their user or an office administrator."""

import hashlib
from datetime import date

import pytest
import time_machine
from django.contrib.auth.models import User
from django.urls import reverse

from dondoc.apps.api.models import ApiToken
from dondoc.apps.api.tokens import api_token_create, api_token_find
from dondoc.apps.orgs.models import Role
from tests.apps.api.conftest import member

pytestmark = pytest.mark.django_db


def test_only_the_sha256_of_a_tokens_secret_is_stored(world):
    api_token, secret = api_token_create(user=world.clerk, name="báo cáo quý")

    stored = ApiToken.objects.get(pk=api_token.pk)
    assert secret not in (stored.digest, stored.prefix)
    assert stored.digest == hashlib.sha256(secret.encode()).hexdigest()


def test_a_revoked_token_is_refused(client, city_reviewer):
    api_token, secret = api_token_create(user=city_reviewer, name="cũ")
    client.force_login(city_reviewer)
    client.post(f"/api/tokens/{api_token.pk}/revoke/")
    client.logout()

    response = client.get("/api/directives", HTTP_AUTHORIZATION=f"Bearer {secret}")

    assert response.status_code == 401


def test_an_expired_token_is_refused(world):
    _token, secret = api_token_create(user=world.clerk, name="hạn", expires_on=date(2026, 12, 31))

    with time_machine.travel(date(2027, 1, 1)):
        assert api_token_find(secret) is None
    assert api_token_find(secret) is not None


def test_the_token_page_shows_a_new_secret_once(client, city_reviewer):
    client.force_login(city_reviewer)

    created = client.post("/api/tokens/", {"name": "Cổng thông tin", "user": city_reviewer.pk})
    again = client.get("/api/tokens/")

    secret = created.context["secret"]
    assert secret.startswith("ddk_")
    assert secret in created.content.decode()
    assert secret not in again.content.decode()
    assert "Cổng thông tin" in again.content.decode()


def test_an_office_administrator_revokes_a_token_of_a_user_of_their_unit(client, city_reviewer):
    admin = member("quantri", admin_code="178", role=Role.ADMINISTRATOR)
    api_token, _secret = api_token_create(user=city_reviewer, name="của người khác")
    client.force_login(admin)

    client.post(f"/api/tokens/{api_token.pk}/revoke/")

    assert ApiToken.objects.get(pk=api_token.pk).revoked_by == admin


def test_a_reviewer_cannot_revoke_another_users_token(client, city_reviewer):
    other = member("khac", admin_code="178", role=Role.REPORTER)
    api_token, _secret = api_token_create(user=other, name="x")
    client.force_login(city_reviewer)

    response = client.post(f"/api/tokens/{api_token.pk}/revoke/")

    assert response.status_code == 404
    assert ApiToken.objects.get(pk=api_token.pk).revoked_at is None


def test_an_administrator_cannot_create_a_token_for_a_user_outside_their_units(
    client, demo_data, db
):
    admin = member("quantri", admin_code="178", role=Role.ADMINISTRATOR)
    outsider = member("caoloc2", admin_code="183", role=Role.REPORTER)
    client.force_login(admin)

    client.post("/api/tokens/", {"name": "x", "user": outsider.pk})

    assert not ApiToken.objects.filter(user=outsider).exists()
    assert User.objects.filter(pk=outsider.pk).exists()


def test_the_token_page_is_vietnamese_first_like_every_page_not_in_the_browsers_language(
    client, city_reviewer
):
    # Under /api/, a script's Accept-Language chooses the API's language; the tokens page is a
    # web page and reads Vietnamese unless the user picked English with the switch.
    client.force_login(city_reviewer)

    page = client.get(reverse("api_tokens"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    api = client.get("/api/directives/counts", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    assert page.status_code == 200
    assert page["Content-Language"] == "vi"
    assert api["Content-Language"] == "en"
