"""Entry on the web (#10): a working session, its people, recommendations and directives, and
key tasks, through the services the admin uses."""

from datetime import date

import pytest
from django.urls import reverse

from dondoc.apps.directives.models import Directive
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.orgs.models import Membership, Role
from dondoc.apps.orgs.services import position_assign
from dondoc.apps.work_sessions.models import Recommendation, WorkingSession

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(client, world):
    Membership.objects.create(user=world.clerk, org_unit=world.province, role=Role.REPORTER)
    client.login(username="clerk", password="clerk-password-1")
    return client


def session_data(world, **changes):
    data = {
        "held_on": "2017-10-20",
        "host_unit": world.province_party.pk,
        "subject_unit": world.district.pk,
        "head": world.an.pk,
        "delegation": [world.binh.pk],
        "hosts": [world.cuong.pk],
        "topic": "Kết quả thực hiện nhiệm vụ năm 2017",
    }
    return {**data, **changes}


def test_a_clerk_records_a_session_with_its_people_and_their_titles_that_day(clerk, world):
    position_assign(
        world.an, org_unit=world.province_party, title="Bí thư", start_on=date(2015, 1, 1)
    )

    response = clerk.post(reverse("web:session_new"), session_data(world))

    work_session = WorkingSession.objects.get()
    assert response.url == reverse("web:session", args=[work_session.pk])
    titles = dict(work_session.participants.values_list("person__full_name", "titles"))
    assert titles == {"Nguyễn Văn An": "Bí thư", "Lê Thị Bình": "", "Trần Văn Cường": ""}


def test_a_second_session_on_the_same_day_between_the_same_units_is_warned_first(clerk, world):
    clerk.post(reverse("web:session_new"), session_data(world))

    response = clerk.post(reverse("web:session_new"), session_data(world, topic="Lần hai"))

    assert WorkingSession.objects.count() == 1
    assert response.context["duplicates"]
    assert "Lần hai" in response.content.decode()


def test_a_warned_duplicate_is_recorded_when_confirmed(clerk, world):
    clerk.post(reverse("web:session_new"), session_data(world))

    clerk.post(reverse("web:session_new"), session_data(world, is_confirmed="on"))

    assert WorkingSession.objects.count() == 2


def test_a_unit_that_did_not_exist_that_day_is_refused_and_the_typing_kept(clerk, world):
    response = clerk.post(
        reverse("web:session_new"), session_data(world, subject_unit=world.new_commune.pk)
    )

    assert not WorkingSession.objects.exists()
    assert "subject_unit" in response.context["form"].errors
    assert "Kết quả thực hiện" in response.content.decode()


def test_a_viewer_cannot_open_the_session_form(client, world):
    Membership.objects.create(user=world.clerk, org_unit=world.province, role=Role.VIEWER)
    client.login(username="clerk", password="clerk-password-1")

    assert client.get(reverse("web:session_new")).status_code == 403


@pytest.fixture
def recorded(clerk, world):
    clerk.post(reverse("web:session_new"), session_data(world))
    return WorkingSession.objects.get()


def test_recommendations_are_added_and_answered_on_the_session_page(clerk, world, recorded):
    clerk.post(
        reverse("web:session_recommendation_add", args=[recorded.pk]),
        {"field_group": "Đất đai", "text": "Tháo gỡ mặt bằng"},
    )
    recommendation = Recommendation.objects.get()

    clerk.post(
        reverse("web:recommendation_answer", args=[recommendation.pk]),
        {"response": "Đồng ý", "responded_by": world.an.pk, "status": "accepted"},
    )

    recommendation.refresh_from_db()
    assert (recommendation.ordinal, recommendation.status) == (1, "accepted")


def directive_data(world, **changes):
    data = {
        "text": "Hoàn thành giải phóng mặt bằng",
        "assigned_on": "2017-10-20",
        "lead_unit": world.district.pk,
        "co_units": [world.commune.pk],
        "responsible_person": world.cuong.pk,
        "speaker": world.an.pk,
        "deadline_kind": "date",
        "due_on": "2017-12-31",
    }
    return {**data, **changes}


def test_a_directive_added_from_the_session_page_is_on_the_tracker(clerk, world, recorded):
    clerk.post(reverse("web:session_directive_add", args=[recorded.pk]), directive_data(world))

    directive = Directive.objects.get()
    assert list(directive.co_units.all()) == [world.commune]
    board = clerk.get(reverse("web:directives"), {"on": "2017-11-01"}).context["board"]
    assert [row.directive for row in board.rows] == [directive]


def test_a_directive_without_its_deadline_day_is_refused_and_the_text_kept(clerk, world, recorded):
    response = clerk.post(
        reverse("web:session_directive_add", args=[recorded.pk]), directive_data(world, due_on="")
    )

    assert not Directive.objects.exists()
    assert response.status_code == 200
    assert "Hoàn thành giải phóng mặt bằng" in response.content.decode()


def test_a_recurring_directive_needs_how_often(clerk, world, recorded):
    url = reverse("web:session_directive_add", args=[recorded.pk])

    clerk.post(url, directive_data(world, deadline_kind="recurring"))
    clerk.post(url, directive_data(world, deadline_kind="recurring", recurrence="monthly"))

    assert list(Directive.objects.values_list("recurrence", flat=True)) == ["monthly"]


def test_key_tasks_are_numbered_per_unit_and_year(clerk, world):
    for title in ("Một", "Hai"):
        clerk.post(
            reverse("web:key_task_new"),
            {"org_unit": world.district.pk, "year": 2017, "title": title},
        )

    assert list(KeyTask.objects.values_list("ordinal", "title")) == [(1, "Một"), (2, "Hai")]


def test_the_dashboard_of_a_past_year_is_as_of_its_last_day(clerk, world):
    response = clerk.get(reverse("web:dashboard"), {"year": "2017"})

    assert response.context["board"].on == date(2017, 12, 31)


def test_the_history_shows_its_actions_in_vietnamese(clerk, world, recorded):
    page = clerk.get(reverse("web:session", args=[recorded.pk])).content.decode()

    assert "tạo mới" in page


def test_a_constraint_without_its_own_message_reads_in_vietnamese(world):
    from django.db.models import CheckConstraint, Q  # noqa: PLC0415
    from django.utils import translation  # noqa: PLC0415

    constraint = CheckConstraint(condition=Q(pk__gt=0), name="any")

    with translation.override("vi"):
        assert str(constraint.get_violation_error_message()) == "Dữ liệu vi phạm ràng buộc “any”."


def test_an_intake_warning_reads_in_vietnamese():
    from django.utils import translation  # noqa: PLC0415

    from dondoc.apps.web.templatetags.dondoc import intake_warning  # noqa: PLC0415

    warning = {
        "code": "date_line_contradicts_content",
        "message": "the page's date line says 2018, but the content reports on 2017",
    }

    with translation.override("vi"):
        assert intake_warning(warning).startswith("Dòng ngày tháng của trang ghi năm 2018")


def document_data(world, **changes):
    data = {"kind": "resolution", "number": "05-NQ/TU", "issuer": world.province_party.pk}
    return {**data, "issued_on": "2017-03-01", "title": "Về giảm nghèo", **changes}


def test_a_document_with_the_same_number_and_issuer_is_shown_not_made_again(clerk, world):
    from dondoc.apps.documents.models import Document  # noqa: PLC0415

    clerk.post(reverse("web:document_new"), document_data(world))
    response = clerk.post(reverse("web:document_new"), document_data(world, number="5-nq/tu"))

    assert Document.objects.count() == 1
    assert response.context["duplicate"] == Document.objects.get()


def test_a_documents_indicator_is_added_with_its_target(clerk, world):
    from dondoc.apps.documents.models import Document  # noqa: PLC0415

    clerk.post(reverse("web:document_new"), document_data(world))
    document = Document.objects.get()

    clerk.post(
        reverse("web:document", args=[document.pk]),
        {
            "name": "Tỷ lệ hộ nghèo",
            "org_unit": world.province.pk,
            "unit": "%",
            "basis": "in_period",
            "span": "năm 2017",
            "target": "1,5",
            "direction": "at_most",
        },
    )

    indicator = document.indicators.get()
    assert [str(t.value) for t in indicator.targets.all()] == ["1.5000"]


def test_a_participant_added_later_gets_the_titles_of_the_day(clerk, world, recorded):
    from dondoc.apps.orgs.services import person_create  # noqa: PLC0415

    dung = person_create(full_name="Phạm Văn Dũng")
    position_assign(dung, org_unit=world.district, title="Chủ tịch", start_on=date(2016, 1, 1))

    clerk.post(
        reverse("web:session_participant_add", args=[recorded.pk]),
        {"person": dung.pk, "side": "host"},
    )

    assert recorded.participants.get(person=dung).titles == "Chủ tịch"


def test_the_same_participant_twice_is_refused_on_the_page(clerk, world, recorded):
    response = clerk.post(
        reverse("web:session_participant_add", args=[recorded.pk]),
        {"person": world.an.pk, "side": "delegation"},
    )

    assert response.status_code == 200
    assert response.context["participant_form"].errors
    assert recorded.participants.filter(person=world.an).count() == 1


def test_a_deadline_in_working_days_leaves_out_tet(clerk, world):
    from dondoc.apps.work_sessions.services import work_session_record  # noqa: PLC0415

    work_session = work_session_record(
        held_on=date(2026, 2, 13),
        host_unit=world.province_party,
        subject_unit=world.new_commune,
        head=world.an,
        topic="Trước Tết",
    )

    clerk.post(
        reverse("web:session_directive_add", args=[work_session.pk]),
        directive_data(
            world,
            assigned_on="2026-02-13",
            due_on="",
            due_in_working_days=2,
            lead_unit=world.new_commune.pk,
            co_units=[],
            speaker="",
        ),
    )

    assert Directive.objects.get().due_on == date(2026, 2, 24)  # Tết: 16-20/2, then a weekend
