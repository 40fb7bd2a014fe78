"""The tracker's rows: the same markup as before they were written in Python (#7)."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from dondoc.apps.directives.models import DeadlineKind, Directive
from dondoc.apps.directives.services import directive_assign, directive_extend
from dondoc.apps.orgs.models import OrgUnit

pytestmark = pytest.mark.django_db


def row_of(page: str, directive: Directive) -> str:
    link = f'href="{reverse("web:directive", args=[directive.pk])}?on='
    start = page.rindex("<tr>", 0, page.index(link))
    return page[start : page.index("</tr>", start)]


def test_a_row_links_its_directive_as_of_the_day_and_shows_its_lead_unit_and_status(demo_client):
    unit = OrgUnit.objects.get(admin_code="20", kind="province")
    directive = directive_assign(
        text="Rà soát <hồ sơ> đất đai",
        assigned_on=date(2026, 1, 5),
        lead_unit=unit,
        due_on=date(2026, 3, 31),
        deadline_kind=DeadlineKind.DATE,
    )

    page = demo_client.get(reverse("web:directives"), {"on": "2026-04-10", "q": "dat dai"})
    row = row_of(page.content.decode(), directive)

    assert '?on=2026-04-10">Rà soát &lt;hồ sơ&gt; đất đai</a>' in row
    assert f">{unit}</td>" in row
    assert ">31/03/2026</td>" in row
    assert '<span class="tag open_overdue">' in row
    assert " 10 " in row  # days overdue on 10/4
    assert f'<input type="checkbox" name="ids" value="{directive.pk}"' in row  # a reviewer


def test_an_extended_deadline_shows_the_first_one_beside_it(demo_client):
    today = timezone.localdate()
    directive = directive_assign(
        text="Hoàn thiện đề án chuyển đổi số",
        assigned_on=today - timedelta(days=40),
        lead_unit=OrgUnit.objects.get(admin_code="20", kind="province"),
        due_on=today - timedelta(days=10),
        deadline_kind=DeadlineKind.DATE,
    )
    directive_extend(
        directive,
        granted_on=today - timedelta(days=12),
        due_on=today + timedelta(days=20),
        reason="Chờ ý kiến của sở",
    )

    page = demo_client.get(reverse("web:directives"), {"q": "de an chuyen doi so"})
    row = row_of(page.content.decode(), directive)

    first = today - timedelta(days=10)
    assert f"{first:%d/%m/%Y})</span>" in row
    assert f">{today + timedelta(days=20):%d/%m/%Y} <span" in row


def test_nothing_found_says_so_in_one_row(demo_client):
    page = demo_client.get(reverse("web:directives"), {"q": "không có chỉ đạo nào như thế"})

    with translation.override("vi"):
        expected = f'<tr><td colspan="4">{translation.gettext("No directive matches.")}</td></tr>'
    assert expected in page.content.decode()


def test_a_reviewer_ticks_rows_and_is_taken_to_what_to_set_on_them(demo_client):
    page = demo_client.get(reverse("web:directives")).content.decode()
    form = page.split('id="bulk"', 1)[1].split("</form>", 1)[0]
    pk = Directive.objects.order_by("pk").values_list("pk", flat=True).first()

    chosen = demo_client.post(reverse("web:directives_bulk"), {"ids": [pk], "step": "choose"})

    assert '<button name="step" value="choose" id="bulk-choose">' in form
    assert chosen.status_code == 200
    assert chosen.templates[0].name == "web/directives_bulk.html"
