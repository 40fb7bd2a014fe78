"""The demo holds the whole case of the 20/10/2017 session, as the facts of the source give it."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command

from dondoc.apps.demo import data
from dondoc.apps.demo.services import demo_is_loaded, demo_load, demo_user_ensure
from dondoc.apps.directives.models import Directive
from dondoc.apps.directives.selectors import directive_board
from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator, IndicatorValue
from dondoc.apps.indicators.selectors import (
    document_tally,
    indicator_evaluate,
    indicator_target_for,
    indicator_value_as_reported,
    indicator_value_change,
)
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit, Person
from dondoc.apps.orgs.selectors import (
    org_unit_list_on,
    org_unit_successors_on,
    position_list_held_on,
)
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.core.periods import Period, PeriodKind
from dondoc.core.progress import DirectiveStatus

SESSION_DAY = date(2017, 10, 20)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        demo_load()
        yield WorkingSession.objects.get()
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def city(demo):
    return OrgUnit.objects.get(admin_code=data.CITY_DISTRICT_CODE)


pytestmark = pytest.mark.django_db


def test_the_session_is_held_by_the_provincial_standing_office_with_the_city_board(demo):
    assert (demo.held_on, demo.host_unit.name, demo.subject_unit.name, demo.head.full_name) == (
        SESSION_DAY,
        "Thường trực Tỉnh ủy Lạng Sơn",
        "Ban Thường vụ Thành ủy Lạng Sơn",
        "Trần Sỹ Thanh",
    )


def test_the_three_officials_hold_their_positions_on_the_day(demo):
    titles = {
        person.full_name: [p.title for p in position_list_held_on(person, on=SESSION_DAY)]
        for person in Person.objects.all()
    }

    assert titles == {
        "Trần Sỹ Thanh": [
            "Ủy viên Trung ương Đảng",
            "Bí thư Tỉnh ủy",
            "Trưởng Đoàn Đại biểu Quốc hội tỉnh",
        ],
        "Phạm Ngọc Thưởng": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"],
        "Tô Hùng Khoa": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"],
    }


def test_the_documents_cited_are_recorded_five_by_number_and_one_by_title(demo):
    numbers = sorted(Document.objects.exclude(number="").values_list("number", flat=True))

    assert numbers == ["12-NQ/TU", "42-TB/KL", "453", "5", "62-NQ/TU"]
    assert (
        Document.objects.filter(number="")
        .get()
        .title.startswith("Nghị quyết Trung ương 4 khóa XII")
    )


def test_sixteen_of_twenty_five_indicators_are_achieved_computed_from_values(demo):
    resolution = Document.objects.get(number="62-NQ/TU")

    assert str(document_tally(resolution, on=SESSION_DAY)) == "16/25"


def test_budget_revenue_is_86_2_percent_of_the_estimate_and_45_percent_up(demo, city):
    budget = Indicator.objects.get(name__startswith="Thu ngân sách", org_unit=city)

    value = indicator_value_as_reported(budget, org_unit=city, on=SESSION_DAY)
    target = indicator_target_for(budget, period=value.period)

    assert value.value / target.value * 100 == Decimal("86.2")
    assert indicator_value_change(value) == Decimal(45)
    assert data.REPORT[value.source_start : value.source_end] == "86,2% dự toán tỉnh giao"


def test_the_official_figure_revises_the_estimate_without_erasing_it(demo, city):
    budget = Indicator.objects.get(name__startswith="Thu ngân sách", org_unit=city)
    period = Period.of_year(PeriodKind.NINE_MONTHS, 2016)

    vintages = sorted(budget.values.filter(period_code=period.code).values_list("vintage", "value"))

    assert vintages == [("estimate", data.BUDGET_9M_2016_ESTIMATE), ("official", Decimal(431))]
    assert indicator_evaluate(budget, org_unit=city, on=SESSION_DAY).ratio == Decimal("0.862")


def test_fourteen_of_twenty_seven_streets_are_civilised(demo):
    value = IndicatorValue.objects.get(total__isnull=False)

    assert (value.value, value.total) == (14, 27)
    assert value.work_session == demo


def test_ten_key_tasks_with_their_status_at_nine_months(demo, city):
    statuses = list(
        KeyTask.objects.filter(org_unit=city, year=2017).values_list("status", flat=True)
    )

    assert len(statuses) == 10
    assert statuses.count("behind") == 2


def test_four_groups_of_recommendations_all_answered_by_the_chairman(demo):
    answered_by = {r.responded_by.full_name for r in demo.recommendations.all()}

    assert demo.recommendations.count() == 4
    assert answered_by == {"Phạm Ngọc Thưởng"}


def test_both_speakers_directives_are_tracked_with_every_status(demo):
    by_speaker = {
        name: Directive.objects.filter(speaker__full_name=name).count()
        for name in ("Phạm Ngọc Thưởng", "Trần Sỹ Thanh")
    }
    board = directive_board(scope=UnitScope(None), on=date(2018, 7, 1))
    statuses = {status for status, count in board.counts.items() if count}

    assert by_speaker == {"Phạm Ngọc Thưởng": 9, "Trần Sỹ Thanh": 6}
    assert statuses == set(DirectiveStatus)


def test_the_city_rolls_up_into_its_2025_successor_wards(demo, city):
    shares = org_unit_successors_on(city, on=date(2026, 1, 1))

    assert sum(shares.values()) == 1
    assert all(unit.valid_from == data.REFORM_DAY for unit in shares)
    assert city not in set(org_unit_list_on(on=date(2026, 1, 1)))


def test_invented_details_are_marked_illustrative(demo):
    assert Directive.objects.filter(is_illustrative=False).count() == 0
    assert not demo.is_illustrative


def test_the_demo_knows_it_is_loaded_and_the_user_can_sign_in(demo, client):
    demo_user_ensure(password="demo-password-1")

    assert demo_is_loaded()
    assert client.login(username="demo", password="demo-password-1")
