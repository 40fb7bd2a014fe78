"""Two reviewers confirming one intake draft at once, on its page (#8): one working session and
one set of people are made, the other reviewer is told it is already confirmed, nobody gets a
server error; on SQLite (a file) and PostgreSQL."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from dondoc.apps.intake_review.models import IntakeSource, IntakeStatus
from dondoc.apps.intake_review.services import intake_source_save
from dondoc.apps.orgs.models import Membership, Person, Role
from dondoc.apps.work_sessions.models import Participant, WorkingSession
from dondoc.intake import read
from tests.apps.races import race

# A fixed number of rounds, each with a new draft and two people nobody has stored yet.
PEOPLE = [
    ("Hoàng Văn Khải", "Lò Thị Mai"),
    ("Vi Văn Đức", "Nông Thị Hoa"),
    ("Lường Văn Sơn", "Hà Thị Lan"),
    ("Sầm Văn Quý", "Lục Thị Nga"),
    ("Mông Văn Tài", "Đinh Thị Thu"),
]
ALREADY_CONFIRMED = "Văn bản này đã được xác nhận."

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def reviewers(world):
    """Two reviewers of the district, signed in; a server error is a 500, as in production."""
    clients = []
    for name in ("reviewer-1", "reviewer-2"):
        user = User.objects.create_user(name)
        Membership.objects.create(user=user, org_unit=world.district, role=Role.REVIEWER)
        clients.append(Client(raise_request_exception=False))
        clients[-1].force_login(user)
    return clients


def _draft(world, head, guest):
    text = f"Sáng 5/3/2025, đồng chí {head} làm việc với xã An Phú; đồng chí {guest} dự."
    source, _ = intake_source_save(
        name=head, text=text, encoding="unicode", result=read(text).to_dict(),
        org_unit=world.district,
    )  # fmt: skip
    return source


def _confirmation(world, head, guest):
    """The review page's form: both people kept, the session with its units, day and head."""
    return {
        "person": ["0", "1"],
        "person-0-name": head,
        "person-1-name": guest,
        "session": "1",
        "session-host": world.district_party.pk,
        "session-subject": world.commune.pk,
        "session-held_on": "2025-03-05",
        "session-head": head,
        "session-topic": "Làm việc với xã An Phú",
    }


@pytest.mark.parametrize(("head", "guest"), PEOPLE)
def test_issue_8_a_draft_confirmed_twice_at_once_makes_one_session_and_one_set_of_people(
    world, reviewers, head, guest
):
    source = _draft(world, head, guest)
    url, form = reverse("web:intake_review", args=[source.pk]), _confirmation(world, head, guest)

    outcomes = race(lambda: reviewers.pop().post(url, form, follow=True), atomic=False)

    pages = [outcome.content.decode() for outcome in outcomes]
    made = WorkingSession.objects.filter(participants__person__full_name=head)
    assert [outcome.status_code for outcome in outcomes] == [200, 200]

    assert sum(ALREADY_CONFIRMED in page for page in pages) == 1
    assert (made.count(), Participant.objects.filter(work_session__in=made).count()) == (1, 2)
    assert Person.objects.filter(full_name__in=(head, guest)).count() == 2
    assert IntakeSource.objects.get(pk=source.pk).status == IntakeStatus.CONFIRMED
