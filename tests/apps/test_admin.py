"""The admin is the interface until the web pages land: every model listed, searchable, in Vietnamese."""

from datetime import date

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import reverse

from dondoc.apps.demo.services import demo_load
from dondoc.apps.directives.models import Directive
from dondoc.apps.directives.services import directive_assign
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.work_sessions.models import WorkingSession

DONDOC_MODELS = [model for model in apps.get_models() if model.__module__.startswith("dondoc.")]


@pytest.fixture
def staff_client(client, world):
    User.objects.create_superuser("boss", password="boss-password-1")
    client.login(username="boss", password="boss-password-1")
    return client


def test_every_dondoc_model_is_registered_in_the_admin():
    assert [m for m in DONDOC_MODELS if not admin.site.is_registered(m)] == []


@pytest.mark.parametrize("model", DONDOC_MODELS, ids=lambda m: m.__name__)
def test_every_list_and_add_page_answers(staff_client, model):
    name = f"admin:{model._meta.app_label}_{model._meta.model_name}"

    listing = staff_client.get(reverse(f"{name}_changelist"), {"q": "<script>x</script>"})
    adding = staff_client.get(reverse(f"{name}_add"))

    may_add = admin.site._registry[model].has_add_permission(listing.wsgi_request)
    assert (listing.status_code, adding.status_code) == (200, 200 if may_add else 403)
    assert b"<script>x</script>" not in listing.content


def test_the_admin_speaks_vietnamese(staff_client):
    response = staff_client.get(reverse("admin:index"))

    assert "Đơn vị và cán bộ" in response.content.decode()


def test_search_ignores_accents_and_case(staff_client, world):
    response = staff_client.get(reverse("admin:orgs_orgunit_changelist"), {"q": "HUYỆN bac ha"})

    assert list(response.context["cl"].result_list) == [world.district]


def test_the_admin_refuses_a_deadline_before_the_assignment_and_writes_nothing(staff_client, world):
    form = {
        "text": "Việc cần làm",
        "assigned_on": "20/10/2017",
        "lead_unit": world.district_party.pk,
        "deadline_kind": "date",
        "due_on": "01/10/2017",
        "origin": "typed",
        "extensions-TOTAL_FORMS": 0,
        "extensions-INITIAL_FORMS": 0,
        "updates-TOTAL_FORMS": 0,
        "updates-INITIAL_FORMS": 0,
    }

    response = staff_client.post(reverse("admin:directives_directive_add"), form)

    assert "trước ngày giao nhiệm vụ" in str(response.context["adminform"].form.errors), (
        response.context["adminform"].form.errors
    )
    assert Directive.objects.count() == 0


def test_the_admin_records_who_created_a_unit(staff_client, world):
    form = {"name": "Xã Mới", "kind": "commune", "valid_from": "01/07/2025", "origin": "typed"}

    staff_client.post(reverse("admin:orgs_orgunit_add"), form)

    assert OrgUnit.objects.get(name="Xã Mới").created_by.username == "boss"


def test_nothing_can_be_hard_deleted_from_the_admin(staff_client, world):
    response = staff_client.post(
        reverse("admin:orgs_orgunit_delete", args=[world.commune.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert OrgUnit.objects.filter(pk=world.commune.pk).exists()


def test_the_directive_list_shows_the_status_today(staff_client, world):
    directive_assign(
        text="Việc quá hạn",
        assigned_on=date(2017, 10, 20),
        lead_unit=world.district_party,
        due_on=date(2017, 12, 31),
    )

    response = staff_client.get(reverse("admin:directives_directive_changelist"))

    assert "chưa hoàn thành, quá hạn" in response.content.decode()


def test_the_session_page_shows_participants_recommendations_figures_and_directives(
    staff_client, world
):
    demo_load()
    work_session = WorkingSession.objects.get()

    page = staff_client.get(
        reverse("admin:work_sessions_workingsession_change", args=[work_session.pk])
    ).content.decode()

    for expected in (
        "Trần Sỹ Thanh",
        "Tô Hùng Khoa",
        "Văn hóa, xã hội",
        "624,95",
        "Số tuyến phố đạt tuyến phố văn minh",
        "đô thị loại II",
    ):
        assert expected in page


def test_a_change_made_in_the_admin_is_kept_in_the_history(staff_client, world):
    from dondoc.apps.audit.services import history_of  # noqa: PLC0415

    form = {
        "name": "Huyện Bắc Hà mới",
        "kind": "district",
        "parent": world.province.pk,
        "valid_from": "01/01/1990",
        "valid_until": "01/07/2025",
        "origin": "typed",
    }

    staff_client.post(reverse("admin:orgs_orgunit_change", args=[world.district.pk]), form)

    (change, *_) = history_of(world.district)
    assert (change.user.username, change.changes["name"]) == (
        "boss",
        ["Huyện Bắc Hà", "Huyện Bắc Hà mới"],
    )
