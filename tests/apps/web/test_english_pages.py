"""A reader who chose English reads periods in English, never the Vietnamese label nor the code
a period is stored under, and numbers with English marks ("86.2%", "2,150"); the language chosen
is marked on its button."""

import re
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from dondoc.apps.indicators.models import Indicator
from dondoc.apps.indicators.services import indicator_value_record
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.core.periods import Period

pytestmark = pytest.mark.django_db

# A stored period code as it would leak onto a page: "2017-Q4", "2017-9M", "S2016-2020" …
PERIOD_CODE = re.compile(
    r"\b[0-9]{4}-(?:Q[1-4]|M[0-9]{2}|H[12]|1?[0-9]M)\b|\b[TS][0-9]{4}-[0-9]{4}\b"
)
# The demo's periods as offices write them; none is in a text of the demo that these pages show.
VIETNAMESE_LABELS = ("quý IV/2017", "9 tháng năm 2017", "giai đoạn 2016-2020")


class _Text(HTMLParser):
    """The text of a page but a field's help: "e.g. 9 tháng năm 2017" shows what to type, and a
    period is typed as reports write it, in Vietnamese, whatever the page's language."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.in_help = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_help = self.in_help or ("class", "helptext") in attrs

    def handle_endtag(self, tag: str) -> None:
        self.in_help = self.in_help and tag != "div"

    def handle_data(self, data: str) -> None:
        if not self.in_help:
            self.parts.append(data)


def shown_text(html: str) -> str:
    """What a reader sees of a page: its text, not its attributes (links may carry codes), less
    what people wrote (a session's topic quotes "quý IV/2017" as its author wrote it)."""
    parser = _Text()
    parser.feed(html)
    text = " ".join(parser.parts)
    for topic in WorkingSession.objects.values_list("topic", flat=True):
        text = text.replace(topic, "")
    return text


@pytest.fixture
def english_client(demo_client):
    demo_client.cookies["django_language"] = "en"
    return demo_client


@pytest.fixture
def waiting_figure():
    """A quarter's figure of the city, waiting for its reviewer: on the queue and the figures."""
    indicator = Indicator.objects.get(name__startswith="Tốc độ tăng giá trị sản xuất")
    return indicator_value_record(
        indicator,
        org_unit=indicator.org_unit,
        period=Period.quarter(2017, 4),
        value=Decimal("12.5"),
        reported_on=date(2018, 1, 10),
    )


@pytest.mark.parametrize(
    "name", ["web:queues", "web:figures", "web:indicator", "web:indicators", "web:dashboard"]
)
def test_an_english_page_shows_no_vietnamese_period_label_and_no_period_code(
    english_client, waiting_figure, name
):
    args = [waiting_figure.indicator_id] if name == "web:indicator" else []

    text = shown_text(english_client.get(reverse(name, args=args)).content.decode())

    assert PERIOD_CODE.findall(text) == []
    assert [label for label in VIETNAMESE_LABELS if label in text] == []


def test_the_queue_names_the_waiting_figures_period_in_english(english_client, waiting_figure):
    text = shown_text(english_client.get(reverse("web:queues")).content.decode())

    assert "Q4 2017" in text


def test_the_indicator_history_names_periods_and_leaves_out_their_computed_days(
    english_client, waiting_figure
):
    page = english_client.get(reverse("web:indicator", args=[waiting_figure.indicator_id]))

    text = shown_text(page.content.decode())

    assert "→ Q4 2017" in text
    assert "Period start on" not in text


@pytest.mark.parametrize(("language", "other"), [("en", "vi"), ("vi", "en")])
def test_the_chosen_language_button_is_marked_pressed_and_the_other_not(
    demo_client, language, other
):
    demo_client.cookies["django_language"] = language

    page = demo_client.get(reverse("web:dashboard")).content.decode()

    assert re.search(rf'<button name="language" value="{language}"[^>]*aria-pressed="true"', page)
    assert re.search(rf'<button name="language" value="{other}"[^>]*aria-pressed="false"', page)


@pytest.mark.parametrize(
    ("language", "share"), [("en", "86.2% of the estimate"), ("vi", "86,2% dự toán")]
)
def test_the_dashboards_share_of_the_estimate_is_written_in_the_pages_language(
    demo_client, language, share
):
    demo_client.cookies["django_language"] = language

    page = demo_client.get(reverse("web:dashboard")).content.decode()

    assert share in page


@pytest.mark.parametrize(("language", "rate"), [("en", "57.1%"), ("vi", "57,1%")])
def test_the_trackers_on_time_rate_is_written_in_the_pages_language(demo_client, language, rate):
    demo_client.cookies["django_language"] = language

    page = demo_client.get(reverse("web:directives")).content.decode()

    assert f'<div class="figure" id="rate">{rate}</div>' in page


@pytest.mark.parametrize(("language", "jobs"), [("en", "2,150"), ("vi", "2.150")])
def test_the_indicator_page_groups_thousands_in_the_pages_language(demo_client, language, jobs):
    indicator = Indicator.objects.get(name__startswith="Số lao động có việc làm mới")
    demo_client.cookies["django_language"] = language

    text = shown_text(
        demo_client.get(reverse("web:indicator", args=[indicator.pk])).content.decode()
    )

    assert jobs in text
