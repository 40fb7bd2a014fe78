from datetime import date

from dondoc.apps.directives.models import UpdateKind
from dondoc.apps.directives.selectors import ReminderKind, directive_reminders
from dondoc.apps.directives.services import directive_assign, directive_report
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.services import position_assign


def scope(org_unit):
    return UnitScope((org_unit.path,))


def assign(world, due_on, text="Việc"):
    return directive_assign(
        text=text, assigned_on=date(2017, 10, 20), lead_unit=world.district_party, due_on=due_on
    )


def test_overdue_due_soon_and_not_updated_are_reminded_most_urgent_first(world):
    overdue = assign(world, date(2017, 11, 1), "quá hạn")
    soon = assign(world, date(2017, 12, 20), "sắp đến hạn")
    quiet = assign(world, date(2018, 6, 30), "lâu chưa cập nhật")
    updated = assign(world, date(2018, 6, 30), "vừa cập nhật")
    directive_report(
        updated, kind=UpdateKind.PROGRESS, reported_on=date(2017, 12, 1), note="đang làm"
    )

    reminders = directive_reminders(on=date(2017, 12, 10), scope=scope(world.district_party))

    assert [(r.directive, r.kind, r.days) for r in reminders] == [
        (overdue, ReminderKind.OVERDUE, 39),
        (soon, ReminderKind.DUE_SOON, 10),
        (quiet, ReminderKind.NOT_UPDATED, 51),
    ]


def test_a_long_overdue_directive_is_escalated_to_the_head_of_the_lead_unit(world):
    position_assign(
        world.binh,
        org_unit=world.district_party,
        title="Bí thư Huyện ủy",
        start_on=date(2015, 1, 1),
    )
    assign(world, date(2017, 11, 1))

    (reminder,) = directive_reminders(on=date(2018, 1, 10), scope=scope(world.district_party))

    assert reminder.escalated_to == world.binh


def test_done_directives_and_other_units_are_not_reminded(world):
    done = assign(world, date(2017, 11, 1))
    directive_report(done, kind=UpdateKind.DONE, reported_on=date(2017, 11, 2), note="xong")

    assert directive_reminders(on=date(2018, 1, 10), scope=scope(world.district_party)) == []
    assert directive_reminders(on=date(2018, 1, 10), scope=scope(world.province_party)) == []
