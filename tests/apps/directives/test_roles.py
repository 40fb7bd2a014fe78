"""Who may add which fact (#8): the lead reports, a co-operating unit reports its part, the
office above decides."""

from datetime import date

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied

from dondoc.apps.directives.models import UpdateKind
from dondoc.apps.directives.services import directive_assign, directive_extend, directive_report
from dondoc.apps.orgs.models import Membership, Role


def member(org_unit, role, name):
    user = User.objects.create_user(name, password="x-password-1")
    Membership.objects.create(user=user, org_unit=org_unit, role=role)
    return user


@pytest.fixture
def directive(world):
    return directive_assign(
        text="Việc",
        assigned_on=date(2017, 10, 20),
        lead_unit=world.district_party,
        due_on=date(2017, 12, 31),
        co_units=[world.commune],
    )


def report(directive, kind, user, on=date(2017, 12, 1)):
    return directive_report(directive, kind=kind, reported_on=on, note="x", user=user)


def test_a_co_operating_unit_reports_progress_but_not_completion(world, directive):
    commune = member(world.commune, Role.REPORTER, "xa")

    report(directive, UpdateKind.PROGRESS, commune)

    with pytest.raises(PermissionDenied, match="Đơn vị phối hợp"):
        report(directive, UpdateKind.DONE, commune)


def test_the_lead_units_own_reviewer_does_not_decide_its_completion(world, directive):
    lead = member(world.district_party, Role.REVIEWER, "huyen")
    above = member(world.province, Role.REVIEWER, "tinh")
    report(directive, UpdateKind.DONE, lead)

    with pytest.raises(PermissionDenied, match="cấp trên"):
        report(directive, UpdateKind.ACCEPTED, lead, on=date(2017, 12, 2))

    report(directive, UpdateKind.ACCEPTED, above, on=date(2017, 12, 2))
    assert directive.updates.filter(kind="accepted").count() == 1


def test_a_reporter_asks_for_an_extension_and_only_the_office_above_grants_it(world, directive):
    lead = member(world.district_party, Role.REPORTER, "huyen")
    above = member(world.province, Role.REVIEWER, "tinh")
    report(directive, UpdateKind.EXTENSION_REQUESTED, lead)

    with pytest.raises(PermissionDenied):
        directive_extend(
            directive, granted_on=date(2017, 12, 2), due_on=date(2018, 3, 31), reason="x", user=lead
        )

    directive_extend(
        directive, granted_on=date(2017, 12, 2), due_on=date(2018, 3, 31), reason="x", user=above
    )
    assert directive.extensions.count() == 1


def test_a_unit_outside_the_directive_adds_nothing(world, directive):
    stranger = member(world.new_commune, Role.REVIEWER, "ngoai")

    with pytest.raises(PermissionDenied):
        report(directive, UpdateKind.PROGRESS, stranger)
