"""The inbox through the API: the caller's own notifications, listed and marked read; nobody
else's (#12)."""

import pytest
from django.utils import timezone

from dondoc.apps.directives.models import Directive
from dondoc.apps.notifications.models import Notification, NotificationKind
from dondoc.apps.orgs.models import Role
from tests.apps.api.conftest import bearer, member

pytestmark = pytest.mark.django_db


def notify(user, key, *, text="Nhiệm vụ quá hạn: rà soát quy hoạch", is_read=False):
    return Notification.objects.create(
        user=user,
        kind=NotificationKind.OVERDUE,
        key=key,
        directive=Directive.objects.order_by("pk").first(),
        text=text,
        read_at=timezone.now() if is_read else None,
    )


@pytest.fixture
def sibling(demo_data, db):
    return member("caoloc", admin_code="183", role=Role.REPORTER)


def test_the_inbox_lists_only_the_callers_notifications_latest_first(
    client, city_reviewer, city_token, sibling
):
    first, second = notify(city_reviewer, "a"), notify(city_reviewer, "b")
    notify(sibling, "c")

    found = client.get("/api/inbox", **city_token).json()

    assert [item["id"] for item in found["items"]] == [second.pk, first.pk]
    assert (found["total"], found["unread"]) == (2, 2)
    assert found["items"][0]["kind"] == "overdue"
    assert found["items"][0]["kind_label"] == "quá hạn"


def test_unread_true_leaves_out_what_was_read(client, city_reviewer, city_token):
    notify(city_reviewer, "a", is_read=True)
    unread = notify(city_reviewer, "b")

    found = client.get("/api/inbox?unread=true", **city_token).json()

    assert [item["id"] for item in found["items"]] == [unread.pk]


def test_marking_read_by_ids_marks_only_the_callers_own(client, city_reviewer, city_token, sibling):
    mine, other_mine = notify(city_reviewer, "a"), notify(city_reviewer, "b")
    theirs = notify(sibling, "c")

    response = client.post(
        "/api/inbox/read", {"ids": [mine.pk, theirs.pk]}, content_type="application/json",
        **city_token,
    )  # fmt: skip

    assert response.status_code == 200
    assert response.json() == {"marked": 1, "unread": 1}
    assert Notification.objects.get(pk=other_mine.pk).read_at is None
    assert Notification.objects.get(pk=theirs.pk).read_at is None


def test_marking_read_without_ids_marks_all_of_the_callers(
    client, city_reviewer, city_token, sibling
):
    notify(city_reviewer, "a")
    notify(city_reviewer, "b")
    theirs = notify(sibling, "c")

    response = client.post("/api/inbox/read", {}, content_type="application/json", **city_token)

    assert response.json() == {"marked": 2, "unread": 0}
    assert Notification.objects.get(pk=theirs.pk).read_at is None


def test_a_read_only_token_reads_the_inbox_but_cannot_mark_it(client, city_reviewer):
    notify(city_reviewer, "a")
    token = bearer(city_reviewer, is_read_only=True)

    listed = client.get("/api/inbox", **token)
    marked = client.post("/api/inbox/read", {}, content_type="application/json", **token)

    assert listed.json()["unread"] == 1
    assert (marked.status_code, marked.json()["code"]) == (403, "token_read_only")
    assert Notification.objects.filter(read_at__isnull=True).count() == 1
