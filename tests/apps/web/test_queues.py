"""The reviewing office's queues (#10): completions, extension requests and figures, decided one
by one or in bulk with a note; each role sees only what it may do."""

from datetime import date

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from dondoc.apps.directives.models import UpdateKind
from dondoc.apps.directives.services import directive_assign, directive_report
from dondoc.apps.orgs.models import Membership, Role
from dondoc.core.timeline import FOREVER

pytestmark = pytest.mark.django_db


def signed_in(client, world, *, role, org_unit=None, name="reviewer"):
    user = User.objects.create_user(name, password=f"{name}-password-1")
    Membership.objects.create(user=user, org_unit=org_unit or world.province, role=role)
    client.login(username=name, password=f"{name}-password-1")
    client.cookies["django_language"] = "en"  # the English UI: messages read as written
    return user


def reported_done(world, text):
    directive = directive_assign(
        text=text,
        assigned_on=date(2026, 1, 5),
        lead_unit=world.new_commune,
        due_on=date(2026, 12, 31),
    )
    directive_report(directive, kind=UpdateKind.DONE, reported_on=date(2026, 2, 1), note="Xong")
    return directive


def decide(client, queue, ids, decision, note="", **extra):
    data = {"queue": queue, "ids": ids, "decision": decision, "note": note, **extra}
    return client.post(reverse("web:queues"), data)


def test_a_reviewer_accepts_one_completion_and_returns_another(client, world):
    signed_in(client, world, role=Role.REVIEWER)
    first, second = reported_done(world, "Một"), reported_done(world, "Hai")

    decide(client, "completions", [first.pk], "yes")
    response = decide(client, "completions", [second.pk], "no", note="Thiếu hồ sơ")

    assert first.states.get(ends_on=FOREVER).is_accepted
    assert second.states.get(ends_on=FOREVER).done_on is None
    assert "1 completion returned." in [str(m) for m in response.wsgi_request._messages]


def test_completions_are_accepted_in_bulk_with_one_confirmation(client, world):
    signed_in(client, world, role=Role.REVIEWER)
    ids = [reported_done(world, text).pk for text in ("Một", "Hai", "Ba")]

    response = decide(client, "completions", ids, "yes")

    assert response.status_code == 302
    page = client.get(reverse("web:queues")).content.decode()
    assert "3 completions accepted." in page
    assert "Nothing is waiting." in page


def test_returning_without_a_note_is_refused_and_the_ticks_kept(client, world):
    signed_in(client, world, role=Role.REVIEWER)
    directive = reported_done(world, "Một")

    response = decide(client, "completions", [directive.pk], "no", note="  ")

    assert response.status_code == 200
    assert "Say why in the note." in response.content.decode()
    assert f'value="{directive.pk}" aria-label="Pick {directive.pk}" checked' in (
        response.content.decode()
    )


def test_a_reporter_sees_the_queue_without_actions_and_is_refused_inline(client, world):
    signed_in(client, world, role=Role.REPORTER, name="reporter")
    directive = reported_done(world, "Một")

    page = client.get(reverse("web:queues")).content.decode()
    response = decide(client, "completions", [directive.pk], "yes")

    assert "Accept the ticked" not in page
    assert response.status_code == 403
    assert "Your role does not allow this." in response.content.decode()
    assert not directive.states.get(ends_on=FOREVER).is_accepted


def test_an_extension_request_is_granted_with_its_new_deadline(client, world):
    signed_in(client, world, role=Role.REVIEWER)
    directive = directive_assign(
        text="Gia hạn",
        assigned_on=date(2026, 1, 5),
        lead_unit=world.new_commune,
        due_on=date(2026, 3, 1),
    )
    request = directive_report(
        directive, kind=UpdateKind.EXTENSION_REQUESTED, reported_on=date(2026, 2, 1), note="Xin"
    )

    decide(client, "extensions", [request.pk], "yes", note="Đồng ý", due_on="2026-12-31")

    assert directive.extensions.get().due_on == date(2026, 12, 31)
    assert not client.get(reverse("web:queues")).context["extensions"]


def test_an_extension_refused_leaves_the_deadline_and_the_queue(client, world):
    signed_in(client, world, role=Role.REVIEWER)
    directive = directive_assign(
        text="Gia hạn",
        assigned_on=date(2026, 1, 5),
        lead_unit=world.new_commune,
        due_on=date(2026, 3, 1),
    )
    request = directive_report(
        directive, kind=UpdateKind.EXTENSION_REQUESTED, reported_on=date(2026, 2, 1), note="Xin"
    )

    decide(client, "extensions", [request.pk], "no", note="Không đủ lý do")

    assert not directive.extensions.exists()
    assert request.decision.note == "Không đủ lý do"


def test_the_navigation_counts_what_waits_for_a_reviewer(client, world):
    signed_in(client, world, role=Role.REVIEWER)
    reported_done(world, "Một")

    page = client.get(reverse("web:dashboard")).content.decode()

    assert 'id="nav-queues"' in page
    assert '<span class="count">1</span>' in page
    assert timezone.localdate() >= date(2026, 2, 1)


def test_a_reviewer_sets_the_lead_unit_and_deadline_of_ticked_rows(client, world):
    signed_in(client, world, role=Role.REVIEWER)
    ids = [
        directive_assign(
            text=text,
            assigned_on=date(2026, 1, 5),
            lead_unit=world.new_commune,
            due_on=None,
            deadline_kind="none",
        ).pk
        for text in ("Một", "Hai")
    ]

    client.post(
        reverse("web:directives_bulk"),
        {"ids": ids, "lead_unit": world.province_party.pk, "due_on": "2026-12-31"},
    )

    board = client.get(reverse("web:directives"), {"unit": world.province_party.pk}).context[
        "board"
    ]
    assert sorted(row.directive.pk for row in board.rows) == ids
    assert {row.progress.due_on for row in board.rows} == {date(2026, 12, 31)}


def test_a_bulk_change_that_breaks_a_rule_changes_nothing(client, world):
    signed_in(client, world, role=Role.REVIEWER)
    directive = directive_assign(
        text="Một",
        assigned_on=date(2026, 1, 5),
        lead_unit=world.new_commune,
        due_on=date(2026, 3, 1),
    )

    response = client.post(
        reverse("web:directives_bulk"), {"ids": [directive.pk], "due_on": "2025-01-01"}, follow=True
    )

    directive.refresh_from_db()
    assert directive.due_on == date(2026, 3, 1)
    assert "before the day of assignment" in response.content.decode()


def test_a_reporter_cannot_change_rows_in_bulk(client, world):
    signed_in(client, world, role=Role.REPORTER, name="reporter")
    directive = directive_assign(
        text="Một",
        assigned_on=date(2026, 1, 5),
        lead_unit=world.new_commune,
        due_on=date(2026, 3, 1),
    )

    client.post(reverse("web:directives_bulk"), {"ids": [directive.pk], "due_on": "2026-12-31"})

    directive.refresh_from_db()
    assert directive.due_on == date(2026, 3, 1)


def test_ticking_rows_on_the_tracker_opens_the_change_with_them(client, world):
    signed_in(client, world, role=Role.REVIEWER)
    directive = directive_assign(
        text="Một",
        assigned_on=date(2026, 1, 5),
        lead_unit=world.new_commune,
        due_on=date(2026, 3, 1),
    )

    response = client.post(
        reverse("web:directives_bulk"), {"ids": [directive.pk], "step": "choose"}
    )

    assert list(response.context["rows"]) == [directive]


def test_a_co_operating_unit_reporting_done_is_refused_with_its_reason(client, world):
    signed_in(client, world, role=Role.REPORTER, org_unit=world.province_party, name="phoihop")
    directive = directive_assign(
        text="Một",
        assigned_on=date(2026, 1, 5),
        lead_unit=world.new_commune,
        due_on=date(2026, 12, 31),
        co_units=[world.province_party],
    )

    response = client.post(
        reverse("web:directive_update", args=[directive.pk]),
        {"kind": "done", "reported_on": "2026-02-01", "note": "Xong"},
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 403
    assert 'id="directive"' in response.content.decode()
    assert "co-operating unit" in response.content.decode()
