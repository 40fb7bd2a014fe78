"""Facts written through the API: If-Match, Idempotency-Key, roles, messages by language."""

import pytest

from dondoc.apps.directives.models import DirectiveUpdate
from dondoc.apps.orgs.models import Role
from tests.apps.api.conftest import bearer, city_open_directive, etag, member, post_fact

pytestmark = pytest.mark.django_db


def test_a_fact_posted_with_the_current_etag_is_written(client, city_token):
    directive = city_open_directive()

    response = post_fact(
        client, city_token, directive, if_match=etag(client, city_token, directive)
    )

    assert response.status_code == 201
    assert directive.updates.filter(note="Đang triển khai").count() == 1
    assert response["ETag"] == etag(client, city_token, directive)


def test_a_stale_if_match_gets_412_and_nothing_is_written(client, city_token):
    directive = city_open_directive()
    stale = etag(client, city_token, directive)
    post_fact(client, city_token, directive, if_match=stale)
    before = DirectiveUpdate.objects.count()

    response = post_fact(client, city_token, directive, if_match=stale)

    assert response.status_code == 412
    assert response.json()["code"] == "precondition_failed"
    assert DirectiveUpdate.objects.count() == before


def test_a_write_without_if_match_gets_428(client, city_token):
    response = post_fact(client, city_token, city_open_directive(), if_match="")

    assert response.status_code == 428


def test_the_same_idempotency_key_twice_creates_one_fact(client, city_token):
    directive = city_open_directive()
    tag = etag(client, city_token, directive)

    first = post_fact(client, city_token, directive, if_match=tag, HTTP_IDEMPOTENCY_KEY="bc-q4-1")
    again = post_fact(client, city_token, directive, if_match=tag, HTTP_IDEMPOTENCY_KEY="bc-q4-1")

    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert directive.updates.filter(note="Đang triển khai").count() == 1


def test_an_idempotency_key_reused_for_another_request_is_refused(client, city_token):
    directive = city_open_directive()
    tag = etag(client, city_token, directive)
    post_fact(client, city_token, directive, if_match=tag, HTTP_IDEMPOTENCY_KEY="k-1")

    response = post_fact(
        client, city_token, directive, if_match="*", on="2026-11-21", HTTP_IDEMPOTENCY_KEY="k-1"
    )

    assert response.status_code == 422
    assert response.json()["code"] == "idempotency_key_reused"


def test_a_read_only_token_cannot_write(client, read_only_token):
    directive = city_open_directive()
    before = directive.updates.count()

    response = post_fact(client, read_only_token, directive, if_match="*")

    assert response.status_code == 403
    assert response.json()["code"] == "token_read_only"
    assert directive.updates.count() == before


def test_a_reporter_cannot_return_a_report_as_on_the_page(client, demo_data):
    token = bearer(member("baocao", admin_code="178", role=Role.REPORTER))

    response = post_fact(client, token, city_open_directive(), if_match="*", kind="returned")

    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"


def test_a_fact_that_breaks_the_timeline_gets_the_pages_message_in_vietnamese(client, city_token):
    response = post_fact(client, city_token, city_open_directive(), if_match="*", on="2001-01-01")

    assert response.status_code == 400
    assert response.json()["message"] == "Ngày này trước ngày giao nhiệm vụ."
    assert response.json()["code"] == "fact_before_assignment"


def test_accept_language_english_gets_the_message_in_english(client, city_token):
    response = post_fact(
        client,
        city_token,
        city_open_directive(),
        if_match="*",
        on="2001-01-01",
        HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9",
    )

    assert response.json()["message"] != "Ngày này trước ngày giao nhiệm vụ."
    assert response["Content-Language"] == "en"


def test_a_session_write_needs_the_csrf_token(demo_data, db, city_reviewer):
    from django.test import Client  # noqa: PLC0415

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(city_reviewer)

    response = post_fact(browser, {}, city_open_directive(), if_match="*")

    assert response.status_code == 403
    assert response.json()["code"] == "csrf_failed"


def test_an_extension_granted_keeps_the_first_deadline(client, city_token):
    directive = city_open_directive()
    body = {"granted_on": "2026-11-20", "due_on": "2027-03-31", "reason": "Chờ bố trí vốn"}

    response = client.post(
        f"/api/directives/{directive.pk}/extensions",
        body,
        content_type="application/json",
        HTTP_IF_MATCH=etag(client, city_token, directive),
        **city_token,
    )

    detail = client.get(f"/api/directives/{directive.pk}", **city_token).json()
    assert response.status_code == 201
    assert detail["progress"]["due_on"] == "2027-03-31"
    assert detail["progress"]["original_due_on"] != "2027-03-31"


def test_a_key_whose_request_failed_can_be_used_again_for_the_retry(client, city_token):
    directive = city_open_directive()

    failed = post_fact(
        client, city_token, directive, if_match='"stale"', HTTP_IDEMPOTENCY_KEY="k-2"
    )
    retried = post_fact(
        client, city_token, directive, if_match=etag(client, city_token, directive),
        HTTP_IDEMPOTENCY_KEY="k-2",
    )  # fmt: skip

    assert (failed.status_code, retried.status_code) == (412, 201)
    assert "Idempotent-Replayed" not in retried
