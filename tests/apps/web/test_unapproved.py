"""A figure not approved yet says so on every page that shows it (#8): it counts in no tally
until a reviewer approves it, and the reader must not take it for the record."""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from dondoc.apps.documents.services import document_record
from dondoc.apps.indicators.models import Vintage
from dondoc.apps.indicators.services import (
    indicator_create,
    indicator_value_approve,
    indicator_value_record,
)
from dondoc.apps.orgs.models import Membership, Role
from dondoc.apps.work_sessions.services import work_session_record
from dondoc.core import indicators as core
from dondoc.core.document_kinds import DocumentKind
from dondoc.core.periods import Period

pytestmark = pytest.mark.django_db

MARK = '<span class="unapproved">chưa duyệt</span>'


@pytest.fixture
def figures(world):
    """The district's rate: approved for six months, waiting for nine months (from a session)."""
    plan = document_record(kind=DocumentKind.PLAN, number="05-KH/HU", title="Kế hoạch")
    indicator = indicator_create(
        org_unit=world.district, name="Tỷ lệ xã đạt chuẩn", span=Period.parse("năm 2017"),
        targets=[core.Target(Decimal(80), unit="%")], document=plan, unit="%",
    )  # fmt: skip
    approved, waiting = (
        indicator_value_record(
            indicator,
            org_unit=world.district,
            period=Period.parse(label),
            value=Decimal(value),
            reported_on=date(2017, 10, 5),
            vintage=Vintage.ESTIMATE,
        )
        for label, value in (("6 tháng năm 2017", "41"), ("9 tháng năm 2017", "62"))
    )
    indicator_value_approve(approved)
    waiting.work_session = work_session_record(
        held_on=date(2017, 10, 20), host_unit=world.province, subject_unit=world.district,
        head=world.an, topic="Làm việc",
    )  # fmt: skip
    waiting.save(update_fields=["work_session"])
    return indicator, waiting


@pytest.fixture
def reviewer(client, world):
    user = User.objects.create_user("province-reviewer")
    Membership.objects.create(user=user, org_unit=world.province, role=Role.REVIEWER)
    client.force_login(user)
    return client


def test_issue_8_the_indicator_page_marks_the_waiting_figure_in_its_table_matrix_and_chart(
    reviewer, figures
):
    indicator, _ = figures

    page = reviewer.get(reverse("web:indicator", args=[indicator.pk])).content.decode()

    assert page.count(MARK) == 2  # the matrix's cell and the row of every value, not the approved
    assert page.count('class="unapproved"><title>62 (chưa duyệt)</title></rect>') == 1
    assert page.count('class="unapproved"><title>') == 1  # the approved 41 is a plain bar


def test_issue_8_the_session_page_marks_its_waiting_figure(reviewer, figures):
    _, waiting = figures

    page = reviewer.get(reverse("web:session", args=[waiting.work_session_id])).content.decode()

    assert page.count(MARK) == 1


@pytest.mark.parametrize("name", ["figures", "queues"])
def test_issue_8_the_lists_of_figures_waiting_mark_each(reviewer, figures, name):
    page = reviewer.get(reverse(f"web:{name}")).content.decode()

    assert page.count(MARK) == 1


def test_issue_8_the_grid_marks_a_recorded_figure_waiting_and_not_an_approved_one(
    client, world, figures
):
    indicator, _ = figures
    user = User.objects.create_user("district-reporter")
    Membership.objects.create(user=user, org_unit=world.district, role=Role.REPORTER)
    client.force_login(user)
    query = {
        "document": indicator.document_id,
        "org_unit": world.district.pk,
        "vintage": "estimate",
    }

    marks = [
        client.get(
            reverse("web:figures_grid"), {**query, "period": label, "reported_on": "2017-10-06"}
        )
        .content.decode()
        .count(MARK)
        for label in ("6 tháng năm 2017", "9 tháng năm 2017")
    ]

    assert marks == [0, 1]


def test_issue_8_an_approved_figure_carries_no_mark(reviewer, figures):
    indicator, waiting = figures
    indicator_value_approve(waiting)

    page = reviewer.get(reverse("web:indicator", args=[indicator.pk])).content.decode()

    assert MARK not in page
    assert "unapproved" not in page


def test_issue_8_the_dashboard_shows_the_approved_figure_not_the_waiting_one(reviewer, world):
    indicator = indicator_create(
        org_unit=world.district, name="Thu ngân sách", span=Period.parse("năm 2017"),
        targets=[core.Target(Decimal(600), unit="tỷ đồng")], unit="tỷ đồng",
    )  # fmt: skip
    approved, _waiting = (
        indicator_value_record(
            indicator,
            org_unit=world.district,
            period=Period.parse(label),
            value=Decimal(value),
            reported_on=date(2017, 10, 5),
            vintage=Vintage.ESTIMATE,
        )
        for label, value in (("6 tháng năm 2017", "250"), ("9 tháng năm 2017", "430"))
    )
    indicator_value_approve(approved)

    context = reviewer.get(
        reverse("web:dashboard"), {"unit": world.district.pk, "year": 2017, "on": "2017-12-31"}
    ).context
    (line,) = [line for line in context["board"].indicators if line.indicator == indicator]

    assert line.value.value == Decimal(250)  # the approved six months, not the waiting 430
    assert [value for _, value in line.trend] == [Decimal(250)]
