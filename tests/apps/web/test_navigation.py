"""The reviewer's waiting badge (web/navigation.py): cached per scope, counted again after a
write to a directive of an area the scope reaches, not after one elsewhere (#7)."""

from contextlib import suppress
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.db import transaction
from django.urls import reverse

from dondoc.apps.directives.models import DirectiveState, UpdateKind
from dondoc.apps.directives.services import directive_assign, directive_report
from dondoc.apps.orgs.models import Membership, Role

pytestmark = pytest.mark.django_db


def reviewer_of(client, org_unit):
    user = User.objects.create_user("reviewer", password="reviewer-password-1")
    Membership.objects.create(user=user, org_unit=org_unit, role=Role.REVIEWER)
    client.login(username="reviewer", password="reviewer-password-1")


def assign(lead_unit, text="Việc"):
    return directive_assign(
        text=text, assigned_on=date(2026, 1, 5), lead_unit=lead_unit, due_on=date(2026, 12, 31)
    )


def report(directive, kind):
    return directive_report(directive, kind=kind, reported_on=date(2026, 2, 1), note="x")


def badge(client):
    page = client.get(reverse("web:dashboard")).content.decode()
    return page.split('id="nav-queues"', 1)[1].split('<span class="count">', 1)[1].split("<")[0]


def test_a_write_in_another_area_leaves_the_badge_as_counted(client, world):
    reviewer_of(client, world.new_commune)
    report(assign(world.new_commune), UpdateKind.DONE)
    before = badge(client)
    DirectiveState.objects.update(is_accepted=True)  # behind the services' back: no version moves

    assign(world.province_party)  # another area of the province
    elsewhere = badge(client)
    assign(world.new_commune, text="Việc khác")  # the reviewer's own area

    assert (before, elsewhere, badge(client)) == ("1", "1", "0")


def test_an_extension_refused_takes_the_request_off_the_badge_at_once(client, world):
    reviewer_of(client, world.new_commune)
    request = report(assign(world.new_commune), UpdateKind.EXTENSION_REQUESTED)
    before = badge(client)

    client.post(
        reverse("web:queues"),
        {"queue": "extensions", "ids": [request.pk], "decision": "no", "note": "Không"},
    )

    assert (before, badge(client)) == ("1", "0")


def test_a_national_reviewers_badge_counts_again_only_the_province_written(client):
    from dondoc.apps.orgs.models import OrgKind  # noqa: PLC0415
    from dondoc.apps.orgs.services import org_unit_create  # noqa: PLC0415

    since = date(2025, 7, 1)
    nation = org_unit_create(name="Trung ương", kind=OrgKind.CENTRAL, valid_from=since)
    east, west = (
        org_unit_create(name=name, kind=OrgKind.PROVINCE, parent=nation, valid_from=since)
        for name in ("Tỉnh Đông", "Tỉnh Tây")
    )
    reviewer_of(client, nation)
    in_east, in_west = assign(east), assign(west)
    report(in_east, UpdateKind.DONE)
    report(in_west, UpdateKind.DONE)
    before = badge(client)
    # behind the services' back: no version moves, the west's part stays as counted
    DirectiveState.objects.filter(directive=in_west).update(is_accepted=True)

    report(assign(east, text="Việc khác"), UpdateKind.DONE)  # a write in the east only

    # the east's part counted again (2 waiting there), the west's kept (1): 3, where counting
    # the nation whole again would say 2
    assert (before, badge(client)) == ("2", "3")


@pytest.mark.django_db(transaction=True)
def test_a_badge_counted_by_a_page_that_commits_is_kept_for_the_next_page(client, world):
    reviewer_of(client, world.new_commune)
    report(assign(world.new_commune), UpdateKind.DONE)
    before = badge(client)  # the request's transaction commits: the badge is kept then
    DirectiveState.objects.update(is_accepted=True)  # behind the services' back: no version moves

    assert (before, badge(client)) == ("1", "1")


class FailedLaterError(Exception):
    pass


def test_issue_7_a_badge_counted_in_a_request_that_rolls_back_is_not_kept_for_the_next_write(
    client, world
):
    reviewer_of(client, world.new_commune)
    report(assign(world.new_commune), UpdateKind.DONE)
    with suppress(FailedLaterError), transaction.atomic():
        report(assign(world.new_commune), UpdateKind.DONE)  # two bumps, never committed
        assert badge(client) == "2"
        raise FailedLaterError

    assign(world.new_commune)
    assign(world.new_commune, text="Việc khác")  # two bumps, committed: the same number

    assert badge(client) == "1"
