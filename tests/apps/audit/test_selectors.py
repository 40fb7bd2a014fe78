"""The history reads as a person would write it, in Vietnamese and in English (#8), its figures
with the marks of the reader's language."""

from datetime import date
from decimal import Decimal

import pytest
from django.utils import translation

from dondoc.apps.audit.selectors import history_entries
from dondoc.apps.audit.services import acting_as
from dondoc.apps.directives.models import DirectiveUpdate
from dondoc.apps.directives.services import (
    directive_assign,
    directive_fact_remove,
    directive_report,
)
from dondoc.apps.indicators.services import indicator_create, indicator_value_record
from dondoc.apps.orgs.models import Membership, Role
from dondoc.apps.provenance import tracked_save
from dondoc.apps.work_sessions.models import Participant
from dondoc.apps.work_sessions.services import participant_add, work_session_record
from dondoc.core.periods import Period, PeriodKind


@pytest.fixture
def directive(world):
    world.clerk.first_name, world.clerk.last_name = "Hoa", "Trần"
    world.clerk.save()
    return directive_assign(
        text="Việc chung",
        assigned_on=date(2020, 1, 1),
        lead_unit=world.district,
        due_on=date(2020, 6, 30),
        co_units=[world.commune],
        speaker=world.an,
        user=world.clerk,
    )


def _created(directive, language):
    with translation.override(language):
        entries = history_entries(directive)
    (created,) = [e for e in entries if e.action == "created"]
    return created, {change.name: change for change in created.changes}


def test_a_creation_reads_in_vietnamese_with_labels_names_and_days(directive):
    created, changes = _created(directive, "vi")

    assert created.action_label == "tạo mới"
    assert created.user == "Hoa Trần"
    assert (changes["lead_unit"].label, changes["lead_unit"].after) == (
        "Đơn vị chủ trì",
        "Huyện Bắc Hà",
    )
    assert changes["speaker"].after == "Nguyễn Văn An"
    assert changes["due_on"].after == "30/06/2020"
    assert changes["deadline_kind"].after == "một ngày cụ thể"


def test_a_creation_reads_in_english(directive):
    created, changes = _created(directive, "en")

    assert created.action_label == "created"
    assert changes["lead_unit"].label == "Lead unit"


def test_co_operating_units_are_named_not_numbered(directive, world):
    with translation.override("vi"):
        entries = history_entries(directive)

    (link,) = [c for e in entries for c in e.changes if c.name == "co_units"]
    assert (link.before, link.after) == ("—", "Xã An Phú")


def test_a_role_change_shows_choice_labels_and_translated_action(world):
    membership = Membership.objects.create(user=world.clerk, org_unit=world.commune)
    membership.role = Role.REVIEWER
    tracked_save(membership, user=world.clerk)

    with translation.override("vi"):
        (changed, *_) = history_entries(membership)

    assert changed.action_label == "sửa đổi"
    assert [(c.label, c.before, c.after) for c in changed.changes] == [("Vai trò", "xem", "duyệt")]


def test_a_password_change_reads_changed_and_a_deactivation_yes_no(world):
    with acting_as(world.clerk):
        world.clerk.set_password("new-password-3")
        world.clerk.is_active = False
        world.clerk.save()

    with translation.override("en"):
        (changed, *_) = history_entries(world.clerk)

    shown = {c.name: (c.before, c.after) for c in changed.changes}
    assert shown == {"password": ("(changed)", "(changed)"), "is_active": ("yes", "no")}


@pytest.fixture
def work_session(world):
    return work_session_record(
        held_on=date(2020, 3, 2), host_unit=world.province, subject_unit=world.district,
        head=world.an, topic="Làm việc", user=world.clerk,
    )  # fmt: skip


PARTICIPANTS = [(Participant, "work_session")]


def test_issue_8_a_child_rows_changes_are_on_its_parents_history_named_newest_first(
    work_session, world
):
    participant_add(work_session, person=world.binh, side="host", user=world.clerk)

    with translation.override("vi"):
        entries = history_entries(work_session, children=PARTICIPANTS)

    assert [(e.action, e.subject) for e in entries] == [
        ("created", "Thành phần tham dự: Lê Thị Bình"),
        ("created", ""),
    ]
    assert {c.name: c.after for c in entries[0].changes}["person"] == "Lê Thị Bình"


def test_issue_8_a_removed_child_row_stays_on_its_parents_history(world):
    directive = directive_assign(
        text="Việc", assigned_on=date(2020, 1, 1), lead_unit=world.district, due_on=None,
        deadline_kind="none",
    )  # fmt: skip
    update = directive_report(directive, kind="progress", reported_on=date(2020, 2, 1), note="Ghi")
    directive_fact_remove(update, user=world.clerk)

    with translation.override("vi"):
        entries = history_entries(directive, children=[(DirectiveUpdate, "directive")])

    removed = [e for e in entries if e.action == "removed"]
    assert [(e.subject, e.user) for e in removed] == [("Cập nhật tình trạng", "clerk")]
    assert {c.name: c.before for c in removed[0].changes}["note"] == "Ghi"


def test_issue_8_another_parents_child_rows_are_not_on_its_history(work_session, world):
    other = work_session_record(
        held_on=date(2020, 3, 3), host_unit=world.province, subject_unit=world.commune,
        head=world.an, topic="Khác",
    )  # fmt: skip
    participant_add(other, person=world.cuong, side="host")

    entries = history_entries(work_session, children=PARTICIPANTS)

    assert [e.subject for e in entries] == [""]


@pytest.mark.parametrize(("language", "shown"), [("vi", "1.250,5"), ("en", "1,250.5")])
def test_a_recorded_figure_is_written_with_the_marks_of_the_readers_language(
    world, language, shown
):
    year = Period.of_year(PeriodKind.YEAR, 2017)
    indicator = indicator_create(
        org_unit=world.district, name="Thu ngân sách", unit="tỷ đồng", span=year, targets=[]
    )
    indicator_value = indicator_value_record(
        indicator,
        org_unit=world.district,
        period=year,
        value=Decimal("1250.5"),
        reported_on=date(2017, 12, 5),
    )

    with translation.override(language):
        (created,) = history_entries(indicator_value)

    assert {change.name: change.after for change in created.changes}["value"] == shown
