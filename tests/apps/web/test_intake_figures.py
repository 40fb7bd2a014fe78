"""The intake review's figures: each kept or dropped; a kept one is an estimate of the indicator
chosen, waiting for approval (#9). The report is our own."""

import pytest
from django.urls import reverse
from django.utils import translation

from dondoc.apps.indicators.models import Indicator
from dondoc.apps.intake_review.models import IntakeSource, IntakeStatus
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.web.intake_figures import FigureRow

pytestmark = pytest.mark.django_db


REPORT = (
    "Ngày 5/4/2018, UBND thành phố Lạng Sơn báo cáo kết quả quý I/2018: thu ngân sách đạt "
    "320 tỷ đồng, bằng 30% dự toán."
)


def figure_form(context, *, keep, **changes):
    form = {"figure-row": [], "figure": []}
    for row in context["figure_rows"]:
        form["figure-row"].append(str(row.index))
        if row.index in keep:
            form["figure"].append(str(row.index))
        form[f"figure-{row.index}-indicator"] = row.indicator_id or ""
        form[f"figure-{row.index}-unit"] = row.org_unit_id or ""
        form[f"figure-{row.index}-period"] = row.period
    return {**form, **changes}


def read_report(client):
    client.post(reverse("web:intake"), {"text": REPORT})
    source = IntakeSource.objects.latest("pk")
    return source, client.get(reverse("web:intake_review", args=[source.pk])).context


def test_the_figures_are_shown_none_kept_with_the_period_the_text_names(demo_client):
    _source, context = read_report(demo_client)

    assert [(r.label, r.is_kept, r.period) for r in context["figure_rows"]] == [
        ("320 tỷ đồng", False, "quý I/2018"),
        ("30 %", False, "quý I/2018"),
    ]


def test_a_figure_kept_becomes_an_estimate_waiting_for_approval(demo_client):
    source, context = read_report(demo_client)
    city = OrgUnit.objects.get(admin_code="178", kind="district")
    budget = Indicator.objects.get(org_unit=city, name="Thu ngân sách nhà nước trên địa bàn")
    fields = {"figure-0-indicator": budget.pk, "figure-0-unit": city.pk}

    demo_client.post(
        reverse("web:intake_review", args=[source.pk]), figure_form(context, keep={0}, **fields)
    )

    value = budget.values.get(origin="intake")
    assert (value.value, value.period_code, value.is_locked) == (320, "2018-Q1", False)
    assert value.source_excerpt == "320 tỷ đồng"


def test_a_figure_kept_without_its_indicator_is_refused_and_nothing_stored(demo_client):
    source, context = read_report(demo_client)

    response = demo_client.post(
        reverse("web:intake_review", args=[source.pk]),
        figure_form(context, keep={1}),
        follow=True,
    )

    assert "Hãy chọn chỉ tiêu và đơn vị của số liệu 30 %" in response.content.decode()
    assert response.context["figure_rows"][1].is_kept
    source.refresh_from_db()
    assert source.status == IntakeStatus.DRAFT


def test_a_figure_kept_with_no_period_read_is_refused(demo_client):
    source, context = read_report(demo_client)
    city = OrgUnit.objects.get(admin_code="178", kind="district")
    budget = Indicator.objects.get(org_unit=city, name="Thu ngân sách nhà nước trên địa bàn")
    fields = {"figure-0-indicator": budget.pk, "figure-0-unit": city.pk, "figure-0-period": "x"}

    response = demo_client.post(
        reverse("web:intake_review", args=[source.pk]), figure_form(context, keep={0}, **fields)
    )

    assert "Hãy ghi kỳ của số liệu 320 tỷ đồng" in response.content.decode()
    assert not budget.values.filter(origin="intake").exists()


@pytest.mark.parametrize(
    ("language", "label"), [("vi", "1.250,5/2.000 tỷ đồng"), ("en", "1,250.5/2,000 tỷ đồng")]
)
def test_a_figure_as_read_is_written_with_the_pages_marks(language, label):
    found = {"value": 1250.5, "total": 2000, "unit": "tỷ đồng"}
    row = FigureRow(
        index=0, found=found, is_kept=False, indicator_id=None, org_unit_id=None, period=""
    )

    with translation.override(language):
        assert row.label == label
