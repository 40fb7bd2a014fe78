"""The figures of a confirmation through the API, as on the review page: each named by its place
in the findings, kept or dropped; a kept one is an estimate of the indicator chosen for a unit of
the caller's area and a period, waiting for approval; a refusal stores nothing (#12, #9).
The reports are our own."""

import pytest
from django.contrib.auth.models import User
from django.db import transaction
from django.urls import reverse

from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator, IndicatorValue
from dondoc.apps.intake_review.models import IntakeSource
from dondoc.apps.orgs.models import OrgUnit
from tests.apps.api.conftest import CITY, SIBLING, bearer
from tests.apps.api.test_intake import confirm, post_text

pytestmark = pytest.mark.django_db

REPORT = (
    "Ngày 5/4/2018, UBND thành phố Lạng Sơn báo cáo kết quả quý I/2018: thu ngân sách đạt "
    "320 tỷ đồng, bằng 30% dự toán."
)
BUDGET = "Thu ngân sách nhà nước trên địa bàn"
# What the record of a figure is made of, whoever confirmed it.
RECORD = (
    "indicator_id", "org_unit_id", "period_code", "vintage", "value", "total", "reference",
    "reported_on", "source_document_id", "source_text", "source_start", "source_end", "origin",
    "origin_note", "is_locked", "is_illustrative", "created_by_id",
)  # fmt: skip


def city_budget():
    return Indicator.objects.get(org_unit__admin_code=CITY, name=BUDGET)


def budget_figure(**changes):
    """The first figure of REPORT (320 tỷ đồng) kept as the city's budget revenue."""
    city = OrgUnit.objects.get(admin_code=CITY)
    return {
        "index": 0,
        "is_kept": True,
        "indicator_id": city_budget().pk,
        "org_unit_id": city.pk,
        "period": "quý I/2018",
    } | changes


def confirm_figures(client, token, *figures, text=REPORT, **headers):
    draft_id = post_text(client, token, text=text).json()["id"]
    return confirm(client, token, draft_id, {"figures": list(figures)}, **headers)


def intake_values():
    return IndicatorValue.objects.filter(origin="intake")


def test_a_kept_figure_becomes_an_estimate_of_the_unit_and_period_waiting_for_approval(
    client, city_token
):
    response = confirm_figures(client, city_token, budget_figure())

    (value,) = intake_values()
    assert response.status_code == 201
    assert [(c["kind"], c["id"]) for c in response.json()["created"]] == [
        ("indicator_value", value.pk)
    ]
    assert (value.indicator, value.org_unit.admin_code, value.period_code) == (
        city_budget(),
        CITY,
        "2018-Q1",
    )
    assert (value.vintage, value.value, value.is_locked) == ("estimate", 320, False)
    assert value.source_excerpt == "320 tỷ đồng"


def record_of(indicator_value):
    return {name: getattr(indicator_value, name) for name in RECORD}


def test_a_kept_figure_is_the_same_record_the_review_page_makes_for_the_same_choice(demo_client):
    demo_token = bearer(User.objects.get(username="demo"))
    draft_id = post_text(demo_client, demo_token, text=REPORT).json()["id"]
    figure = budget_figure()
    form = {
        "figure-row": ["0", "1"],
        "figure": ["0"],
        "figure-0-indicator": figure["indicator_id"],
        "figure-0-unit": figure["org_unit_id"],
        "figure-0-period": figure["period"],
    }
    with transaction.atomic():  # confirmed on the page, kept aside, and undone
        page = demo_client.post(reverse("web:intake_review", args=[draft_id]), form)
        on_the_page = record_of(intake_values().get())
        transaction.set_rollback(True)

    through_the_api = confirm(
        demo_client, demo_token, draft_id, {"figures": [figure, {"index": 1, "is_kept": False}]}
    )

    assert (page.status_code, through_the_api.status_code) == (302, 201)
    assert record_of(intake_values().get()) == on_the_page


def test_a_dropped_figure_makes_no_value(client, city_token):
    response = confirm_figures(
        client, city_token, budget_figure(is_kept=False), {"index": 1, "is_kept": False}
    )

    assert (response.status_code, response.json()["created"]) == (201, [])
    assert not intake_values().exists()
    assert IntakeSource.objects.get().status == "confirmed"


def test_a_figure_left_without_unit_and_period_takes_those_the_page_shows(client, city_token):
    figure = budget_figure()
    del figure["org_unit_id"], figure["period"]

    response = confirm_figures(client, city_token, figure)

    (value,) = intake_values()
    assert response.status_code == 201
    assert (value.org_unit.admin_code, value.period_code) == (CITY, "2018-Q1")


def test_a_figure_for_a_unit_outside_the_callers_units_is_refused_and_nothing_stored(
    client, city_token
):
    sibling = OrgUnit.objects.get(admin_code=SIBLING)
    draft_id = post_text(client, city_token, text=REPORT).json()["id"]
    body = {
        "documents": [{"kind": "Báo cáo", "number": "35/BC-UBND", "date": "2018-04-05"}],
        "figures": [budget_figure(org_unit_id=sibling.pk)],
    }

    response = confirm(client, city_token, draft_id, body)

    assert (response.status_code, response.json()["code"]) == (400, "figure_indicator_required")
    assert response.json()["message"] == (
        "Hãy chọn chỉ tiêu và đơn vị của số liệu 320 tỷ đồng trong phạm vi của bạn."
    )
    assert not intake_values().exists()
    assert not Document.objects.filter(number_raw="35/BC-UBND").exists()
    assert IntakeSource.objects.get().status == "draft"


def sibling_budget():
    return {"indicator_id": Indicator.objects.get(org_unit__admin_code=SIBLING, name=BUDGET).pk}


@pytest.mark.parametrize(
    "indicator",
    [
        pytest.param(lambda: {"indicator_id": 999_999}, id="no-such-indicator"),
        pytest.param(sibling_budget, id="another-units-indicator"),
        pytest.param(lambda: {"indicator_id": None}, id="none-chosen"),
        pytest.param(dict, id="left-out"),
    ],
)
def test_a_kept_figure_without_an_indicator_of_the_callers_units_is_refused(
    client, city_token, indicator
):
    figure = {key: v for key, v in budget_figure().items() if key != "indicator_id"} | indicator()

    response = confirm_figures(client, city_token, figure)

    assert (response.status_code, response.json()["code"]) == (400, "figure_indicator_required")
    assert not intake_values().exists()


@pytest.mark.parametrize("period", ["", "quý V/2018", "sắp tới"])
def test_a_period_reports_do_not_write_is_refused_with_the_pages_message(
    client, city_token, period
):
    response = confirm_figures(
        client, city_token, budget_figure(period=period), HTTP_ACCEPT_LANGUAGE="en"
    )

    # The code is the period rule's behind the page's message, as for every rule (errors.py).
    assert (response.status_code, response.json()["code"]) == (400, "period_parse")
    assert response.json()["message"] == (
        "Give the period of the figure 320 tỷ đồng as reports write it, e.g. quý IV/2017."
    )
    assert not intake_values().exists()


def test_a_period_outside_the_indicators_span_is_refused(client, city_token):
    response = confirm_figures(client, city_token, budget_figure(period="năm 2030"))

    assert (response.status_code, response.json()["code"]) == (400, "period_outside_span")
    assert not intake_values().exists()
    assert IntakeSource.objects.get().status == "draft"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Năm 2018 thu ngân sách đạt 320/300 tỷ đồng.", "value_over_total"),
        ("Năm 2018 thu ngân sách đạt 123456789012345678901 tỷ đồng.", "max_digits"),
    ],
    ids=["over-its-total", "too-many-digits"],
)
def test_a_value_read_that_no_record_holds_is_refused_with_its_code(client, city_token, text, code):
    figure = budget_figure(period="năm 2018")

    response = confirm_figures(client, city_token, figure, text=text)

    assert (response.status_code, response.json()["code"]) == (400, code)
    assert not intake_values().exists()
    assert IntakeSource.objects.get().status == "draft"


def test_a_value_sent_is_refused_not_ignored_for_the_value_is_the_one_read(client, city_token):
    response = confirm_figures(client, city_token, budget_figure(value=350))

    assert (response.status_code, response.json()["code"]) == (422, "invalid_input")
    assert "confirm.figures.0.value" in response.json()["fields"]
    assert not intake_values().exists()


@pytest.mark.parametrize(
    ("figures", "refusal"),
    [
        pytest.param([{"index": 2, "is_kept": False}], (400, "finding_not_found"), id="not-read"),
        pytest.param([{"index": 0, "is_kept": False}] * 2, (422, "invalid_input"), id="twice"),
    ],
)
def test_a_figure_named_that_the_findings_lack_or_twice_is_refused(
    client, city_token, figures, refusal
):
    response = confirm_figures(client, city_token, *figures)

    assert (response.status_code, response.json()["code"]) == refusal
    assert IntakeSource.objects.get().status == "draft"


def test_a_read_only_token_cannot_confirm_a_figure(client, city_token, read_only_token):
    draft_id = post_text(client, city_token, text=REPORT).json()["id"]

    response = confirm(client, read_only_token, draft_id, {"figures": [budget_figure()]})

    assert (response.status_code, response.json()["code"]) == (403, "token_read_only")
    assert not intake_values().exists()
    assert IntakeSource.objects.get().status == "draft"


def test_a_confirmation_with_a_figure_retried_with_its_key_records_it_once(client, city_token):
    draft_id = post_text(client, city_token, text=REPORT).json()["id"]
    body, key = {"figures": [budget_figure()]}, {"HTTP_IDEMPOTENCY_KEY": "xac-nhan-so-lieu"}

    first = confirm(client, city_token, draft_id, body, **key)
    again = confirm(client, city_token, draft_id, body, **key)

    assert (first.status_code, again.status_code) == (201, 201)
    assert (again.json(), again["Idempotent-Replayed"]) == (first.json(), "true")
    assert intake_values().count() == 1


def test_a_figure_refused_leaves_its_key_free_for_the_corrected_confirmation(client, city_token):
    draft_id = post_text(client, city_token, text=REPORT).json()["id"]
    key = {"HTTP_IDEMPOTENCY_KEY": "xac-nhan-so-lieu"}

    refused = confirm(client, city_token, draft_id, {"figures": [budget_figure(period="")]}, **key)
    corrected = confirm(client, city_token, draft_id, {"figures": [budget_figure()]}, **key)

    assert (refused.status_code, corrected.status_code) == (400, 201)
    assert intake_values().count() == 1
