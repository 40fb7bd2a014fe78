"""Tables of figures brought in: a dry run names every bad row; then all or nothing, entered by
the importer and awaiting someone else's approval (#11)."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.exports.imports.values import indicator_value_import, indicator_value_import_plan
from dondoc.apps.indicators.models import IndicatorValue, Vintage
from dondoc.apps.indicators.services import (
    indicator_create,
    indicator_value_approve,
    indicator_value_record,
)
from dondoc.apps.orgs.access import UnitScope, org_unit_scope_of
from dondoc.apps.provenance import Origin
from dondoc.core.periods import Period
from tests.apps.exports.tables import BAD_ROWS, GOOD_ROWS, SPAN, figures_workbook

LIST_DAY = date(2017, 10, 20)


def _scope(user):
    return org_unit_scope_of(user)


def test_a_table_with_three_bad_rows_gives_exactly_those_errors_and_imports_nothing(
    people, indicators
):
    reporter, _ = people

    plan = indicator_value_import(
        figures_workbook(GOOD_ROWS + BAD_ROWS), on=LIST_DAY, scope=_scope(reporter), user=reporter
    )

    assert [(e.row, e.column) for e in plan.errors] == [
        (10, "Tên chỉ tiêu"),
        (11, "Kỳ báo cáo"),
        (12, "Số liệu"),
    ]
    assert "Tỷ lệ hộ nghèo" in plan.errors[0].message
    assert str(plan.errors[1]).startswith("Dòng 11, cột “Kỳ báo cáo”")
    assert IndicatorValue.objects.count() == 0


def test_the_dry_run_reads_numbers_periods_accent_free_names_and_the_nearest_indicator(
    world, people, indicators
):
    reporter, _ = people

    plan = indicator_value_import_plan(
        figures_workbook(GOOD_ROWS), on=LIST_DAY, scope=_scope(reporter)
    )

    assert plan.errors == []
    assert [
        (
            p.row,
            p.indicator.org_unit.name,
            p.org_unit.name,
            p.period.code,
            p.value,
            p.total,
            p.vintage,
        )
        for p in plan.planned
    ] == [
        (4, "Tỉnh Sơn Hà", "Huyện Bắc Hà", "2017-9M", Decimal("3.2"), None, Vintage.ESTIMATE),
        (
            5,
            "Huyện Bắc Hà",
            "Huyện Bắc Hà",
            "2017-Q3",
            Decimal("1234.5"),
            None,
            Vintage.PRELIMINARY,
        ),
        (6, "Huyện Bắc Hà", "Xã An Phú", "2017", Decimal("86.2"), None, Vintage.ESTIMATE),
        (
            8,
            "Tỉnh Sơn Hà",
            "Huyện Bắc Hà",
            "2017-9M",
            Decimal("14"),
            Decimal("27"),
            Vintage.OFFICIAL,
        ),
    ]
    assert plan.skipped == [(9, "không có số liệu")]
    assert IndicatorValue.objects.count() == 0


def test_imported_figures_are_the_importers_and_wait_for_another_users_approval(people, indicators):
    reporter, reviewer = people
    indicator_value_import(
        figures_workbook(GOOD_ROWS), on=LIST_DAY, scope=_scope(reporter), user=reporter
    )
    value = IndicatorValue.objects.get(period_code="2017-Q3")

    with pytest.raises(ValidationError) as refused:
        indicator_value_approve(value, user=reporter)
    approved = indicator_value_approve(value, user=reviewer)

    assert (value.created_by, value.origin, value.reported_on) == (
        reporter,
        Origin.IMPORTED,
        LIST_DAY,
    )
    assert refused.value.code == "approver_is_entrant"
    assert approved.is_locked
    assert IndicatorValue.objects.filter(is_locked=False).count() == 3


def test_importing_the_same_table_twice_stores_nothing_new(people, indicators):
    reporter, _ = people
    scope = _scope(reporter)

    first = indicator_value_import(
        figures_workbook(GOOD_ROWS), on=LIST_DAY, scope=scope, user=reporter
    )
    second = indicator_value_import(
        figures_workbook(GOOD_ROWS), on=LIST_DAY, scope=scope, user=reporter
    )

    assert (len(first.new), len(second.new), len(second.planned)) == (4, 0, 4)
    assert IndicatorValue.objects.count() == 4


def test_a_row_for_a_unit_outside_the_importers_units_is_an_error(people, indicators):
    reporter, _ = people
    row = [1, "Tỷ lệ hộ nghèo", "%", "Tỉnh Sơn Hà", "9 tháng 2017", "3,2", None]

    plan = indicator_value_import(
        figures_workbook([row]), on=LIST_DAY, scope=_scope(reporter), user=reporter
    )

    assert [(e.row, e.column) for e in plan.errors] == [(4, "Đơn vị")]
    assert "ngoài" in plan.errors[0].message
    assert IndicatorValue.objects.count() == 0


def test_a_figure_stored_with_another_value_is_an_error_naming_the_stored_one(
    world, people, indicators
):
    reporter, _ = people
    indicator_value_record(
        indicators["poverty"],
        org_unit=world.district,
        period=Period.parse("9 tháng 2017"),
        value=Decimal("3.5"),
        vintage=Vintage.ESTIMATE,
        reported_on=LIST_DAY,
    )

    plan = indicator_value_import_plan(
        figures_workbook(GOOD_ROWS[:1]), on=LIST_DAY, scope=_scope(reporter)
    )

    assert [(e.row, e.column) for e in plan.errors] == [(4, "Số liệu")]
    assert "3,5" in plan.errors[0].message


def test_two_rows_giving_one_figure_two_values_are_an_error_the_same_value_is_left_out(
    people, indicators
):
    reporter, _ = people
    rows = [GOOD_ROWS[0], GOOD_ROWS[0], [*GOOD_ROWS[0][:5], "3,3", "ước thực hiện"]]

    plan = indicator_value_import_plan(figures_workbook(rows), on=LIST_DAY, scope=_scope(reporter))

    assert [(e.row, e.column) for e in plan.errors] == [(6, "Số liệu")]
    assert [row for row, _ in plan.skipped] == [5]
    assert len(plan.planned) == 1


def test_a_unit_that_did_not_exist_during_the_period_is_an_error(world, indicators):
    row = [1, "Tỷ lệ hộ nghèo", "%", "Xã Phú Hà", "9 tháng 2017", "3,2", None]

    plan = indicator_value_import_plan(figures_workbook([row]), on=LIST_DAY, scope=UnitScope(None))

    assert [(e.row, e.column) for e in plan.errors] == [(4, "Đơn vị")]
    assert "9 tháng năm 2017" in plan.errors[0].message


def test_indicators_of_one_name_that_the_unit_cannot_tell_apart_need_their_codes(world):
    for org_unit, code in ((world.district, "T1"), (world.province_party, "T2")):
        indicator_create(
            org_unit=org_unit,
            name="Tỷ lệ đảng viên mới",
            code=code,
            unit="%",
            span=SPAN,
            targets=[],
        )
    row = ["Tỷ lệ đảng viên mới", "Tỉnh Sơn Hà", "năm 2017", "1,5"]
    coded = [["T2", *row]]
    header = ["Chỉ tiêu", "Đơn vị", "Kỳ", "Giá trị"]

    without = indicator_value_import_plan(
        figures_workbook([row], header), on=LIST_DAY, scope=UnitScope(None)
    )
    with_code = indicator_value_import_plan(
        figures_workbook(coded, ["Mã chỉ tiêu", *header]), on=LIST_DAY, scope=UnitScope(None)
    )

    assert "Mã chỉ tiêu" in without.errors[0].message
    assert with_code.planned[0].indicator.org_unit == world.province_party


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ([1, "Tỷ lệ hộ nghèo", "%", "Huyện Bắc Hà", "năm 2021", "3,2", None], "Kỳ báo cáo"),
        ([1, "Tỷ lệ hộ nghèo", "người", "Huyện Bắc Hà", "năm 2017", "3,2", None], "ĐVT"),
        ([1, "Tỷ lệ hộ nghèo", "%", "Huyện Bắc Hà", "năm 2017", "3,2 tỷ đồng", None], "Số liệu"),
        (
            [1, "Số trường đạt chuẩn quốc gia", "", "Huyện Bắc Hà", "năm 2017", "28/27", None],
            "Số liệu",
        ),
        ([1, "Tỷ lệ hộ nghèo", "%", "Huyện Bắc Hà", "năm 2017", "3,2", "dự kiến"], "Loại số liệu"),
        ([1, "Tỷ lệ hộ nghèo", "%", "Huyện Lạ", "năm 2017", "3,2", None], "Đơn vị"),
        ([1, "Tỷ lệ hộ nghèo", "%", None, "năm 2017", "3,2", None], "Đơn vị"),
    ],
    ids=[
        "outside-span",
        "other-measure",
        "value-in-other-unit",
        "over-total",
        "vintage",
        "unknown-unit",
        "no-unit",
    ],
)
def test_each_wrong_cell_is_named_by_its_column(people, indicators, row, column):
    plan = indicator_value_import_plan(figures_workbook([row]), on=LIST_DAY, scope=UnitScope(None))

    assert [(e.row, e.column) for e in plan.errors] == [(4, column)]


def test_a_table_without_the_needed_columns_names_them(indicators):
    plan = indicator_value_import_plan(
        figures_workbook([["Tỷ lệ hộ nghèo", "3,2"]], ["Chỉ tiêu", "Giá trị"]),
        on=LIST_DAY,
        scope=UnitScope(None),
    )

    assert [e.column for e in plan.errors] == ["Đơn vị", "Kỳ"]


def test_a_reporting_day_column_is_read_and_a_bad_one_is_an_error(people, indicators):
    header = ["Chỉ tiêu", "Đơn vị", "Kỳ", "Giá trị", "Ngày báo cáo"]
    rows = [
        ["Tỷ lệ hộ nghèo", "Huyện Bắc Hà", "năm 2017", "3,2", date(2018, 1, 20)],
        ["Tỷ lệ hộ nghèo", "Huyện Bắc Hà", "năm 2016", "3,9", "hôm qua"],
    ]

    plan = indicator_value_import_plan(
        figures_workbook(rows, header), on=LIST_DAY, scope=UnitScope(None)
    )

    assert plan.planned[0].reported_on == date(2018, 1, 20)
    assert [(e.row, e.column) for e in plan.errors] == [(5, "Ngày báo cáo")]


def test_an_indicator_of_another_area_is_neither_matched_nor_suggested(world, people, indicators):
    from dondoc.apps.indicators.services import indicator_create  # noqa: PLC0415
    from dondoc.apps.orgs.models import OrgKind  # noqa: PLC0415
    from dondoc.apps.orgs.services import org_unit_create  # noqa: PLC0415

    reporter, _ = people
    sibling = org_unit_create(
        name="Huyện Nam Sơn", kind=OrgKind.DISTRICT, parent=world.province,
        valid_from=date(1990, 1, 1),
    )  # fmt: skip
    indicator_create(org_unit=sibling, name="Số hộ nuôi ong mật", unit="hộ", span=SPAN, targets=[])
    row = [1, "Số hộ nuôi ong mật", "hộ", "Huyện Bắc Hà", "9 tháng 2017", "12", None]

    plan = indicator_value_import_plan(figures_workbook([row]), on=LIST_DAY, scope=_scope(reporter))

    (error,) = plan.errors
    assert "Số hộ nuôi ong mật" in error.message  # the name as the list wrote it
    assert "Số hộ nuôi ong mật" not in error.message.split("”", 1)[1]  # not as a suggestion
    assert plan.planned == []
