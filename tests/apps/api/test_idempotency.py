"""Idempotency-Key under concurrency: two requests with the same key at once write one fact; the
one that loses waits for the first and replays its answer; no server error (#12), on SQLite (a
file, as in production) and PostgreSQL."""

from datetime import date

import pytest
from django.test import Client

from dondoc.apps.directives.models import DirectiveUpdate
from dondoc.apps.directives.services import directive_assign
from dondoc.apps.orgs.models import Membership, Role
from tests.apps.api.conftest import bearer
from tests.apps.races import race

ROUNDS = 5

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def province_token(world, connection_kept):
    Membership.objects.create(user=world.clerk, org_unit=world.province, role=Role.REVIEWER)
    return bearer(world.clerk)


def post_done(token, directive, *, if_match, key):
    body = {"kind": "done", "reported_on": "2017-12-01", "note": "Xong, Báo cáo số 12/BC-UBND"}
    return Client().post(
        f"/api/directives/{directive.pk}/facts",
        body,
        content_type="application/json",
        HTTP_IF_MATCH=if_match,
        HTTP_IDEMPOTENCY_KEY=key,
        **token,
    )


def test_two_posts_at_once_with_the_same_key_create_one_fact_and_answer_alike(
    world, province_token
):
    for round_ in range(ROUNDS):
        directive = directive_assign(
            text="Rà soát quy hoạch", assigned_on=date(2017, 10, 20), lead_unit=world.province,
            due_on=date(2017, 12, 31),
        )  # fmt: skip
        tag = Client().get(f"/api/directives/{directive.pk}", **province_token)["ETag"]

        responses = race(
            lambda d=directive, t=tag, k=f"bc-{round_}": post_done(
                province_token, d, if_match=t, key=k
            ),
            atomic=False,
        )

        assert [r.status_code for r in responses] == [201, 201]
        assert sorted(r.get("Idempotent-Replayed", "") for r in responses) == ["", "true"]
        assert responses[0].json() == responses[1].json()
        assert DirectiveUpdate.objects.filter(directive=directive, kind="done").count() == 1
