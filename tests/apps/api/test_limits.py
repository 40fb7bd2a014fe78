"""Safe at scale: page sizes, rate limits per token, body sizes, ETags on reads."""

import time

import pytest

from tests.apps.api.conftest import city_open_directive, post_fact
from tests.apps.processes import processes_race

pytestmark = pytest.mark.django_db


def test_a_page_larger_than_the_maximum_is_refused(client, city_token):
    response = client.get("/api/directives?per_page=101", **city_token)

    assert response.status_code == 422
    assert response.json()["code"] == "invalid_input"


def test_past_the_rate_limit_a_token_gets_429_with_retry_after(client, city_token, settings):
    settings.API_RATE_LIMIT = 2
    for _ in range(2):
        client.get("/api/documents", **city_token)

    response = client.get("/api/documents", **city_token)

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= settings.API_RATE_WINDOW_SECONDS


def test_a_signed_in_browser_is_counted_as_its_user(demo_client, settings):
    settings.API_RATE_LIMIT = 1
    demo_client.get("/api/documents")

    response = demo_client.get("/api/documents", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 429
    assert response.json()["code"] == "rate_limited"
    assert response.json()["message"].startswith("Too many requests")


def test_a_body_above_the_limit_is_refused_with_413(client, city_token, settings):
    settings.API_MAX_BODY_BYTES = 100
    body = {"kind": "progress", "reported_on": "2026-11-20", "note": "x" * 200}

    response = client.post(
        "/api/directives/1/facts",
        body,
        content_type="application/json",
        HTTP_IF_MATCH="*",
        **city_token,
    )

    assert response.status_code == 413
    assert response.json()["code"] == "request_too_large"


def test_a_read_has_an_etag_that_changes_with_the_content(client, city_token):
    first = client.get("/api/directives/counts", **city_token)
    other_day = client.get("/api/directives/counts?as_of=2018-01-01", **city_token)

    assert first["ETag"].startswith('"')
    assert first["ETag"] != other_day["ETag"]


def test_the_board_takes_the_trackers_filters_and_sort(client, city_token):
    board = client.get(
        "/api/directives?status=open_overdue&order=-deadline&as_of=2018-06-30", **city_token
    ).json()

    dues = [item["progress"]["due_on"] for item in board["items"]]
    assert board["total"] == board["counts"]["open_overdue"]
    assert dues == sorted(dues, reverse=True)
    assert {item["progress"]["status"] for item in board["items"]} <= {"open_overdue"}


def test_a_read_sent_with_its_etag_in_if_none_match_gets_304_without_a_body(client, city_token):
    first = client.get("/api/directives/counts", **city_token)

    again = client.get("/api/directives/counts", HTTP_IF_NONE_MATCH=first["ETag"], **city_token)

    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


def test_a_directive_sent_with_its_version_gets_304_until_a_fact_changes_it(client, city_token):
    directive = city_open_directive()
    url = f"/api/directives/{directive.pk}"
    tag = client.get(url, **city_token)["ETag"]
    unchanged = client.get(url, HTTP_IF_NONE_MATCH=f"W/{tag}", **city_token)
    post_fact(client, city_token, directive, if_match=tag)

    changed = client.get(url, HTTP_IF_NONE_MATCH=tag, **city_token)

    assert unchanged.status_code == 304
    assert changed.status_code == 200
    assert changed["ETag"] != tag


def test_an_if_none_match_naming_another_version_gets_the_body(client, city_token):
    response = client.get("/api/documents", HTTP_IF_NONE_MATCH='"stale", "older"', **city_token)

    assert response.status_code == 200
    assert response.json()["items"]


def requests_counted(client, times):
    """In a process of its own: count ``times`` requests of ``client``; each count seen."""
    from dondoc.apps.api.limits import rate_limit_count  # noqa: PLC0415

    return [rate_limit_count(client, now=int(time.time()))[0] for _ in range(times)]


def requests_admitted(client, times):
    """In a process of its own: how many of ``times`` requests of ``client`` the limit admits."""
    from dondoc.apps.api.errors import ApiError  # noqa: PLC0415
    from dondoc.apps.api.limits import rate_limit_check  # noqa: PLC0415

    admitted = 0
    for _ in range(times):
        try:
            rate_limit_check(client=client)
        except ApiError:
            continue
        admitted += 1
    return admitted


# One window for the whole test (~31 years), whatever the second it starts on.
ONE_WINDOW = {"API_RATE_WINDOW_SECONDS": str(10**9)}


@pytest.mark.django_db(transaction=True)
def test_four_worker_processes_share_one_count_and_lose_no_request():
    seen = processes_race(
        "tests.apps.api.test_limits:requests_counted", "t-shared", 25, environ=ONE_WINDOW
    )

    assert sorted(count for counts in seen for count in counts) == list(range(1, 101))


@pytest.mark.django_db(transaction=True)
def test_the_limit_holds_across_worker_processes():
    admitted = processes_race(
        "tests.apps.api.test_limits:requests_admitted",
        "t-limited",
        10,
        environ=ONE_WINDOW | {"API_RATE_LIMIT": "15"},
    )

    assert sum(admitted) == 15


def test_a_directive_read_on_another_day_or_in_another_language_is_not_answered_304(
    client, city_token
):
    directive = city_open_directive()
    url = f"/api/directives/{directive.pk}"
    tag = client.get(url, {"as_of": "2026-06-30"}, **city_token)["ETag"]

    next_day = client.get(url, {"as_of": "2026-07-01"}, HTTP_IF_NONE_MATCH=tag, **city_token)
    english = client.get(
        url, {"as_of": "2026-06-30"}, HTTP_IF_NONE_MATCH=tag, HTTP_ACCEPT_LANGUAGE="en",
        **city_token,
    )  # fmt: skip
    same = client.get(url, {"as_of": "2026-06-30"}, HTTP_IF_NONE_MATCH=tag, **city_token)

    assert (next_day.status_code, english.status_code, same.status_code) == (200, 200, 304)
    assert next_day.json()["as_of"] == "2026-07-01"


@pytest.mark.django_db(transaction=True)
def test_a_count_outside_a_transaction_leaves_the_connection_as_it_was(settings):
    settings.API_RATE_WINDOW_SECONDS = 10**9  # one window, whatever the second
    from django.db import connection  # noqa: PLC0415

    from dondoc.apps.api.limits import rate_limit_count  # noqa: PLC0415

    def setting() -> str:
        with connection.cursor() as cursor:
            cursor.execute(
                "SHOW synchronous_commit"
                if connection.vendor == "postgresql"
                else "SELECT 'sqlite: no such setting'"
            )
            return str(cursor.fetchone()[0])

    before = setting()
    counts = [rate_limit_count("t-alone", now=int(time.time()))[0] for _ in range(3)]

    assert counts == [1, 2, 3]
    assert setting() == before
    assert connection.get_autocommit()
