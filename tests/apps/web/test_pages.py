"""The pages, on the demo data: what they show, that they stay within a user's area, their cost."""

from datetime import date

import pytest
from django.urls import reverse

from dondoc.apps.directives.models import Directive
from dondoc.apps.indicators.models import Indicator
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.core.timeline import FOREVER

pytestmark = pytest.mark.django_db


def current_state(directive):
    return directive.states.get(ends_on=FOREVER)


def test_signing_in_is_required(client, demo_data):
    response = client.get(reverse("web:dashboard"))

    assert response.status_code == 302
    assert reverse("web:login") in response["Location"]


def test_the_dashboard_shows_the_demo_figures_in_vietnamese(demo_client):
    page = demo_client.get(reverse("web:dashboard")).content.decode()

    for expected in ("16/25 chỉ tiêu", "86,2% dự toán", "14/27 tuyến phố", "Tổng quan", "năm 2017"):
        assert expected in page


def test_the_english_switch_translates_the_page(demo_client):
    demo_client.post(reverse("set_language"), {"language": "en", "next": "/"})

    page = demo_client.get(reverse("web:dashboard")).content.decode()

    assert "Dashboard" in page
    assert "of the estimate" in page


def test_the_session_page_has_participants_recommendations_figures_and_directives(demo_client):
    work_session = WorkingSession.objects.get()

    page = demo_client.get(reverse("web:session", args=[work_session.pk])).content.decode()

    for expected in (
        "Tô Hùng Khoa",
        "Văn hóa, xã hội",
        "«86,2% dự toán tỉnh giao»",
        "Phạm Ngọc Thưởng",
        "đô thị loại II",
    ):
        assert expected in page


@pytest.mark.parametrize(
    "name",
    [
        "units",
        "sessions",
        "indicators",
        "key_tasks",
        "documents",
        "people",
        "directives",
        "intake",
        "reminders",
        "figures",
    ],
)
def test_every_list_page_answers(demo_client, name):
    assert demo_client.get(reverse(f"web:{name}")).status_code == 200


def test_the_unit_tree_differs_in_2017_and_today(demo_client):
    in_2017 = demo_client.get(reverse("web:units"), {"on": "2017-10-20"}).content.decode()
    today = demo_client.get(reverse("web:units")).content.decode()

    assert "Thành phố Lạng Sơn" in in_2017
    assert "Thành phố Lạng Sơn" not in today
    assert "Phường Kỳ Lừa" in today


def test_an_abolished_unit_shows_its_successors(demo_client):
    city = OrgUnit.objects.get(admin_code="178")

    page = demo_client.get(reverse("web:unit", args=[city.pk])).content.decode()

    assert "Đã giải thể; kế thừa bởi" in page
    assert "Phường Đông Kinh" in page


def test_an_indicator_page_links_each_value_to_its_source(demo_client):
    indicator = Indicator.objects.get(name__startswith="Số tuyến phố")

    page = demo_client.get(reverse("web:indicator", args=[indicator.pk])).content.decode()

    assert "«14/27 tuyến phố»" in page
    assert "<svg" in page


def test_a_sibling_unit_is_refused_everything_of_the_city(sibling_client):
    city = OrgUnit.objects.get(admin_code="178")
    pages = [
        reverse("web:unit", args=[city.pk]),
        reverse("web:session", args=[WorkingSession.objects.get().pk]),
        reverse("web:directive", args=[Directive.objects.first().pk]),
        reverse("web:indicator", args=[Indicator.objects.filter(org_unit=city).first().pk]),
        reverse("web:dashboard") + f"?unit={city.pk}",
    ]

    # Outside the user's units a record does not exist for them: 404, as for a missing id (#8).
    assert [sibling_client.get(page).status_code for page in pages] == [404] * len(pages)


def test_a_sibling_unit_sees_its_own_dashboard_and_lists_without_the_city(sibling_client):
    dashboard = sibling_client.get(reverse("web:dashboard")).content.decode()
    directives = sibling_client.get(reverse("web:directives")).content.decode()

    assert "Huyện Cao Lộc" in dashboard
    assert "74,3% dự toán" in dashboard
    assert "Thành phố Lạng Sơn" not in directives


def test_a_sibling_unit_cannot_update_the_citys_directive(sibling_client):
    directive = Directive.objects.filter(
        states__ends_on=FOREVER, states__done_on__isnull=True
    ).first()

    response = sibling_client.post(
        reverse("web:directive_update", args=[directive.pk]),
        {"kind": "done", "reported_on": "2026-01-01", "note": "x"},
    )

    directive.refresh_from_db()
    assert response.status_code == 404
    assert current_state(directive).done_on is None


# A reviewer's navigation counts what waits for a decision (the board version, then 3 counts
# when not cached) and the unread notifications (1 query) on every page (#10).
@pytest.mark.parametrize(
    ("name", "limit"),
    [
        ("dashboard", 44),
        ("directives", 15),
        ("sessions", 11),
        ("indicators", 11),
        ("key_tasks", 12),
    ],
)
def test_main_pages_run_a_bounded_number_of_queries(
    demo_client, django_assert_max_num_queries, name, limit
):
    with django_assert_max_num_queries(limit):
        demo_client.get(reverse(f"web:{name}"))


def test_the_session_page_runs_a_bounded_number_of_queries(
    demo_client, django_assert_max_num_queries
):
    url = reverse("web:session", args=[WorkingSession.objects.get().pk])

    # 15 for the page, a fixed 14 more for the entry forms and the navigation's counts (#10),
    # a fixed 14 more for the history of its participants, recommendations and figures (#8):
    # for each, their changes, their names and the names in their changes; one for the
    # speakers of its directives (the board's rows do not join people, #7)
    with django_assert_max_num_queries(44):
        demo_client.get(url)


def test_text_from_users_is_escaped(demo_client):
    from dondoc.apps.orgs.services import person_create  # noqa: PLC0415

    person_create(full_name="<script>alert(1)</script> Nguyễn")

    page = demo_client.get(
        reverse("web:people"), {"on": date(2026, 1, 1).isoformat()}
    ).content.decode()

    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Nguyễn" in page


def test_an_indicator_shows_values_by_unit_and_period(demo_client):
    budget = Indicator.objects.get(name__startswith="Thu ngân sách", org_unit__admin_code="178")

    context = demo_client.get(reverse("web:indicator", args=[budget.pk])).context

    assert [label for _, label in context["periods"]] == [
        "9 tháng năm 2016",
        "năm 2016",
        "9 tháng năm 2017",
    ]
    ((unit, cells),) = context["matrix"]
    assert unit == "Thành phố Lạng Sơn"
    assert [str(cell.value) for cell, _ in cells] == ["431.0000", "618.0000", "624.9500"]


def test_the_session_page_shows_its_history(demo_client):
    page = demo_client.get(
        reverse("web:session", args=[WorkingSession.objects.get().pk])
    ).content.decode()

    assert "Lịch sử thay đổi" in page
    assert "tạo mới" in page  # the action in the UI's language (#10)


def test_issue_8_the_session_page_shows_the_history_of_its_participants_and_recommendations(
    demo_client,
):
    work_session = WorkingSession.objects.get()

    history = demo_client.get(reverse("web:session", args=[work_session.pk])).context["history"]

    subjects = {entry.subject.split(":")[0] for entry in history}
    assert {"", "Thành phần tham dự", "Kiến nghị"} <= subjects


def test_the_dashboard_judges_a_cumulative_figure_against_the_share_of_the_year_elapsed(
    demo_client,
):
    lines = demo_client.get(reverse("web:dashboard")).context["board"].indicators
    city_budget = next(
        line
        for line in lines
        if line.indicator.name.startswith("Thu ngân sách")
        and line.indicator.org_unit.admin_code == "178"
    )

    # 86,2% of the year's estimate after nine months is on track, as the indicator's own selector says.
    assert city_budget.evaluation.outcome == "on_track"


def test_issue_7_the_dashboard_and_the_tracker_agree_for_every_unit(demo_client):
    on = "2018-07-01"
    for org_unit in OrgUnit.objects.filter(kind__in=("province", "district", "commune")):
        dashboard = demo_client.get(reverse("web:dashboard"), {"unit": org_unit.pk, "on": on})
        tracker = demo_client.get(
            reverse("web:directives"), {"unit": org_unit.pk, "below": "1", "on": on}
        )

        assert dashboard.context["board"].counts == tracker.context["board"].counts, org_unit
    city = OrgUnit.objects.get(name="Thành phố Lạng Sơn")
    assert (
        sum(
            demo_client.get(reverse("web:dashboard"), {"unit": city.pk, "on": on})
            .context["board"]
            .counts.values()
        )
        == 15
    )


def test_the_header_search_box_is_not_filled_with_the_trackers_filters(demo_client):
    page = demo_client.get(reverse("web:directives"), {"on": "2018-07-01"}).content.decode()

    assert 'name="q" type="search" value=""' in page
