"""Notifications (#10): the worker's tasks, run as functions, tell the units concerned in the
inbox and send one digest per user through a real SMTP server."""

from datetime import date, timedelta

import pytest
import time_machine
from django.contrib.auth.models import User
from django.urls import reverse

from dondoc.apps.directives.models import UpdateKind
from dondoc.apps.directives.services import directive_assign, directive_report
from dondoc.apps.notifications import tasks
from dondoc.apps.notifications.models import Notification
from dondoc.apps.notifications.working_days import working_days_between
from dondoc.apps.orgs.models import Membership, Role

pytestmark = pytest.mark.django_db

TODAY = date(2026, 6, 1)


def member(world, name, org_unit, role=Role.REPORTER):
    user = User.objects.create_user(name, email=f"{name}@example.vn", password=f"{name}-pw-1234")
    Membership.objects.create(user=user, org_unit=org_unit, role=role)
    return user


def overdue_by(world, days):
    return directive_assign(
        text="Báo cáo kết quả giải phóng mặt bằng",
        assigned_on=TODAY - timedelta(days=days + 30),
        lead_unit=world.new_commune,
        due_on=TODAY - timedelta(days=days),
    )


@time_machine.travel(TODAY, tick=False)
def test_an_overdue_directive_reaches_the_units_inbox_and_its_mailbox(world, smtp_server):
    reporter = member(world, "xa", world.new_commune)
    overdue_by(world, 3)

    tasks.digest()

    assert Notification.objects.filter(user=reporter, kind="overdue").count() == 1
    [mail] = smtp_server.messages
    assert mail["To"] == "xa@example.vn"
    assert "giải phóng mặt bằng" in mail.get_payload(decode=True).decode()


@time_machine.travel(TODAY, tick=False)
def test_collecting_twice_tells_nobody_twice_and_the_digest_is_sent_once(world, smtp_server):
    member(world, "xa", world.new_commune)
    overdue_by(world, 3)

    tasks.collect()
    tasks.collect()
    tasks.digest()
    tasks.digest()

    assert Notification.objects.count() == 2  # assigned, overdue
    assert len(smtp_server.messages) == 1


@time_machine.travel(TODAY, tick=False)
def test_long_overdue_is_escalated_to_the_reviewers_above(world, smtp_server):
    reviewer = member(world, "tinh", world.province, role=Role.REVIEWER)
    overdue_by(world, 45)

    tasks.collect()

    kinds = set(Notification.objects.filter(user=reviewer).values_list("kind", flat=True))
    assert kinds == {"escalated"}


@time_machine.travel(TODAY, tick=False)
def test_a_returned_completion_is_told_to_the_lead_unit(world):
    reporter = member(world, "xa", world.new_commune)
    directive = overdue_by(world, 3)
    directive_report(directive, kind=UpdateKind.DONE, reported_on=TODAY, note="Xong")
    directive_report(directive, kind=UpdateKind.RETURNED, reported_on=TODAY, note="Thiếu")

    tasks.collect()

    returned = Notification.objects.get(user=reporter, kind="completion_returned")
    assert "Thiếu" in returned.text


@time_machine.travel(TODAY, tick=False)
def test_an_extension_request_is_told_to_the_reviewing_office(world):
    reviewer = member(world, "tinh", world.province, role=Role.REVIEWER)
    directive = overdue_by(world, 3)
    directive_report(
        directive, kind=UpdateKind.EXTENSION_REQUESTED, reported_on=TODAY, note="Xin thêm"
    )

    tasks.collect()

    assert Notification.objects.filter(user=reviewer, kind="extension_asked").exists()


@time_machine.travel(TODAY, tick=False)
def test_the_inbox_collects_without_the_worker_and_marks_read(client, world):
    member(world, "xa", world.new_commune)
    overdue_by(world, 3)
    client.login(username="xa", password="xa-pw-1234")

    page = client.get(reverse("web:inbox")).content.decode()
    client.post(reverse("web:inbox_read"))

    assert "giải phóng mặt bằng" in page
    assert not Notification.objects.filter(read_at__isnull=True).exists()


@pytest.mark.parametrize(
    ("start_on", "end_on", "days"),
    [
        pytest.param(date(2026, 5, 29), date(2026, 6, 1), 1, id="friday-to-monday"),
        pytest.param(date(2026, 2, 13), date(2026, 2, 23), 1, id="tet-2026-left-out"),
        pytest.param(date(2026, 6, 1), date(2026, 5, 1), 0, id="not-later"),
    ],
)
def test_working_days_leave_out_weekends_and_vietnams_holidays(start_on, end_on, days):
    assert working_days_between(start_on, end_on) == days


@time_machine.travel(TODAY, tick=False)
def test_a_refused_extension_is_told_to_the_lead_unit(world):
    from dondoc.apps.web.reviews import extension_requests_decide  # noqa: PLC0415

    reporter = member(world, "xa", world.new_commune)
    reviewer = member(world, "tinh", world.province, role=Role.REVIEWER)
    request = directive_report(
        overdue_by(world, 3), kind=UpdateKind.EXTENSION_REQUESTED, reported_on=TODAY, note="Xin"
    )
    extension_requests_decide(
        [request], is_granted=False, due_on=None, note="Không đủ lý do", on=TODAY, user=reviewer
    )

    tasks.collect()

    refused = Notification.objects.get(user=reporter, kind="extension_decided")
    assert "Không đủ lý do" in refused.text


@time_machine.travel(TODAY, tick=False)
def test_collecting_for_many_directives_takes_a_fixed_number_of_queries(
    world, django_assert_max_num_queries
):
    member(world, "xa", world.new_commune)
    for days in range(3, 23):
        overdue_by(world, days)

    with django_assert_max_num_queries(20):
        created = tasks.collect()

    assert created == 40  # assigned and overdue, for each of the 20
