"""Every list has its column headers, and the style sheet carries the phone and print rules (#10);
the API tokens are a list like the others, stacked on a phone."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from dondoc.apps.api.tokens import api_token_create
from dondoc.apps.directives.models import Directive
from dondoc.apps.work_sessions.models import WorkingSession

pytestmark = pytest.mark.django_db

PAGES = [
    "dashboard", "units", "key_tasks", "indicators", "figures", "sessions", "directives",
    "queues", "inbox", "reminders", "documents", "people", "users",
]  # fmt: skip
CSS = Path(__file__).parents[3] / "dondoc" / "apps" / "web" / "static" / "web" / "dondoc.css"


@pytest.mark.parametrize("name", PAGES)
def test_every_table_of_a_page_has_column_headers(demo_client, name):
    page = demo_client.get(reverse(f"web:{name}")).content.decode()

    assert page.count("<table") == page.count("<thead")


def test_the_session_and_directive_pages_have_column_headers(demo_client):
    for url in (
        reverse("web:session", args=[WorkingSession.objects.get().pk]),
        reverse("web:directive", args=[Directive.objects.order_by("pk").first().pk]),
    ):
        page = demo_client.get(url).content.decode()
        assert page.count("<table") == page.count("<thead"), url


def test_the_style_sheet_has_phone_and_print_rules():
    css = CSS.read_text()

    assert "@media (max-width: 640px)" in css
    assert "@media print" in css


def test_the_api_tokens_are_a_list_each_cell_under_its_columns_name(demo_client):
    api_token_create(user=User.objects.get(username="demo"), name="Cổng thông tin điện tử tỉnh")

    page = demo_client.get(reverse("api_tokens")).content.decode()

    (table,) = re.findall(r'<table class="list" id="tokens">.*?</table>', page, re.DOTALL)
    cells = re.findall(r"<td[^>]*>", table.split("<tbody>")[1])
    assert len(cells) == 7
    assert [cell for cell in cells if "data-label=" not in cell] == []
