"""Every kind of change is in the history, with who, when, before and after (#8)."""

from datetime import date

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse

from dondoc.apps.audit.models import ChangeRecord
from dondoc.apps.audit.services import SECRET, acting_as, history_of
from dondoc.apps.directives.services import directive_assign
from dondoc.apps.orgs.models import Membership, Role
from dondoc.apps.work_sessions.models import WorkingSession


@pytest.fixture
def boss(client, world):
    user = User.objects.create_superuser("boss", password="boss-password-1")
    client.login(username="boss", password="boss-password-1")
    return user


def _links(record, field):
    return [change.changes[field] for change in history_of(record) if field in change.changes]


def test_co_operating_units_given_on_create_are_recorded_with_who_gave_them(world):
    directive = directive_assign(
        text="Việc chung",
        assigned_on=date(2020, 1, 1),
        lead_unit=world.district,
        due_on=date(2020, 6, 30),
        co_units=[world.commune, world.district_party],
        user=world.clerk,
    )

    (change,) = [c for c in history_of(directive) if "co_units" in c.changes]
    assert change.changes["co_units"] == [[], sorted([world.commune.pk, world.district_party.pk])]
    assert change.user == world.clerk


def test_removing_a_co_operating_unit_records_before_and_after(world):
    directive = directive_assign(
        text="Việc chung",
        assigned_on=date(2020, 1, 1),
        lead_unit=world.district,
        due_on=date(2020, 6, 30),
        co_units=[world.commune],
    )

    with acting_as(world.clerk):
        directive.co_units.remove(world.commune)

    assert _links(directive, "co_units")[0] == [[world.commune.pk], []]
    assert history_of(directive)[0].user == world.clerk


def test_a_link_added_from_the_other_side_is_recorded_on_the_directive(world):
    directive = directive_assign(
        text="Việc",
        assigned_on=date(2020, 1, 1),
        lead_unit=world.district,
        due_on=date(2020, 6, 30),
    )

    world.commune.directives_supported.add(directive)

    assert _links(directive, "co_units")[0] == [[], [world.commune.pk]]


def test_a_new_user_is_recorded_without_the_password_hash(db):
    user = User.objects.create_user("mai", password="mai-password-1")

    (change,) = history_of(user)
    assert change.action == "created"
    assert change.changes["password"] == [None, SECRET]
    assert "pbkdf2" not in str(change.changes)
    assert "md5" not in str(change.changes)


def test_a_password_change_is_recorded_as_changed_only(world):
    world.clerk.set_password("another-password-2")
    world.clerk.save()

    assert history_of(world.clerk)[0].changes == {"password": [SECRET, SECRET]}


def test_deactivating_a_user_is_recorded_with_who_did_it(world):
    boss = User.objects.create_superuser("boss2", password="x-password-1")

    with acting_as(boss):
        world.clerk.is_active = False
        world.clerk.save()

    change = history_of(world.clerk)[0]
    assert (change.user, change.changes) == (boss, {"is_active": [True, False]})


def test_signing_in_is_not_a_change(client, world):
    before = ChangeRecord.objects.count()

    client.login(username="clerk", password="clerk-password-1")

    assert ChangeRecord.objects.count() == before


def test_groups_and_permissions_of_a_user_are_recorded(world):
    group = Group.objects.create(name="Thư ký")
    permission = Permission.objects.get(codename="view_directive")

    world.clerk.groups.add(group)
    group.permissions.add(permission)

    assert _links(world.clerk, "groups") == [[[], [group.pk]]]
    assert _links(group, "permissions") == [[[], [permission.pk]]]


def test_a_membership_given_in_the_user_admin_is_recorded(client, boss, world):
    form = {
        "username": "clerk",
        "is_active": "on",
        "date_joined_0": "01/01/2020",
        "date_joined_1": "00:00:00",
        "membership-TOTAL_FORMS": 1,
        "membership-INITIAL_FORMS": 0,
        "membership-0-org_unit": world.commune.pk,
        "membership-0-role": Role.REPORTER,
    }

    response = client.post(reverse("admin:auth_user_change", args=[world.clerk.pk]), form)

    assert response.status_code == 302, response.context["adminform"].form.errors
    membership = Membership.objects.get(user=world.clerk)
    (change,) = history_of(membership)
    assert (change.user, change.changes["role"]) == (boss, [None, "reporter"])


def test_a_participant_added_inline_in_the_admin_is_recorded(client, boss, world):
    work_session = WorkingSession.objects.create(
        held_on=date(2020, 5, 5),
        host_unit=world.province,
        subject_unit=world.district,
        head=world.an,
        topic="T",
    )
    form = {
        "held_on": "05/05/2020",
        "host_unit": world.province.pk,
        "subject_unit": world.district.pk,
        "head": world.an.pk,
        "topic": "T",
        "origin": "typed",
        **_empty("participants", "recommendations", "reported_values", "directives"),
        "participants-TOTAL_FORMS": 1,
        "participants-0-ordinal": 1,
        "participants-0-person": world.an.pk,
        "participants-0-side": "host",
    }

    response = client.post(
        reverse("admin:work_sessions_workingsession_change", args=[work_session.pk]), form
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    participant = work_session.participants.get()
    assert (history_of(participant)[0].user, participant.created_by) == (boss, boss)


def test_key_tasks_linked_in_the_admin_on_create_are_recorded(client, boss, world):
    from dondoc.apps.key_tasks.models import KeyTask  # noqa: PLC0415

    key_task = KeyTask.objects.create(org_unit=world.district, year=2020, ordinal=1, title="NV")
    form = {
        "text": "Việc",
        "assigned_on": "01/01/2020",
        "lead_unit": world.district.pk,
        "deadline_kind": "none",
        "origin": "typed",
        "key_tasks": [key_task.pk],
        **_empty("extensions", "updates"),
    }

    response = client.post(reverse("admin:directives_directive_add"), form)

    assert response.status_code == 302, response.context["adminform"].form.errors
    from dondoc.apps.directives.models import Directive  # noqa: PLC0415

    directive = Directive.objects.get()
    assert _links(directive, "key_tasks") == [[[], [key_task.pk]]]
    assert history_of(directive)[0].user == boss


def _empty(*prefixes):
    form = {}
    for prefix in prefixes:
        form |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    return form
