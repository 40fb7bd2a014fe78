"""The periodic report of the demo city for a period, in Word, PDF and Excel (#11)."""

import io
from datetime import date
from decimal import Decimal

import docx
import openpyxl
import pytest

from dondoc.apps.exports.docx_writer import document_docx
from dondoc.apps.exports.pdf_writer import document_pdf
from dondoc.apps.exports.report import report_build, report_day, report_tables
from dondoc.apps.exports.tabular import tables_xlsx
from dondoc.apps.orgs.models import OrgUnit
from dondoc.core.periods import Period
from tests.apps.exports.conftest import pdf_text

FIRST_HALF_2018 = Period.parse("6 tháng đầu năm 2018")


@pytest.fixture
def city(demo_data, db):
    return OrgUnit.objects.get(admin_code="178")


def test_the_report_stands_on_the_last_day_of_a_past_period():
    assert report_day(FIRST_HALF_2018, today=date(2026, 12, 1)) == date(2018, 6, 30)


def test_directives_due_in_the_period_are_counted_by_lead_unit_with_the_on_time_rate(city):
    by_unit = report_tables(city, period=FIRST_HALF_2018, on=date(2018, 7, 15))[0]

    rows = {row[1]: row[2:] for row in by_unit.rows}
    # Due from 1/1 to 30/6/2018 (the one extended to 30/9 is not): due, on time, late, not
    # done by the deadline, not yet due; and the on-time rate.
    assert rows["UBND thành phố Lạng Sơn"] == [4, 1, 0, 3, 0, Decimal("25.0")]
    assert rows["Thành ủy Lạng Sơn"] == [2, 1, 1, 0, 0, Decimal("50.0")]
    assert rows["Tổng cộng"] == [6, 2, 1, 3, 0, Decimal("33.3")]


def test_the_appendix_lists_the_overdue_with_their_days_overdue(city):
    overdue = report_tables(city, period=FIRST_HALF_2018, on=date(2018, 7, 15))[1]

    assert [(row[2], row[3], row[4]) for row in overdue.rows] == [
        ("UBND thành phố Lạng Sơn", date(2018, 6, 30), 15),
    ] * 3


def test_the_report_in_word_pdf_and_excel_carries_the_counts(city, tmp_path):
    report = report_build(city, period=FIRST_HALF_2018, on=date(2018, 7, 15))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(document_pdf(report))
    workbook = io.BytesIO()
    tables_xlsx(report.tables, workbook)

    word = docx.Document(io.BytesIO(document_docx(report)))
    sheets = openpyxl.load_workbook(io.BytesIO(workbook.getvalue())).sheetnames
    text = " ".join(pdf_text(pdf).split())

    assert "BÁO CÁO" in text
    assert "có 6 nhiệm vụ đến hạn: 2 hoàn thành đúng hạn" in text
    assert "33,3" in text
    assert any("33,3" in cell.text for table in word.tables for cell in table._cells)
    assert len(sheets) == 4


def test_issue_8_the_report_carries_approved_figures_only(city):
    from dondoc.apps.indicators.models import IndicatorValue  # noqa: PLC0415

    nine_months = Period.parse("9 tháng năm 2017")
    year = Period.parse("năm 2017")

    def figures():
        table = report_tables(city, period=year, on=date(2017, 12, 31))[3]
        return {(row[1], row[5]): row[4] for row in table.rows}

    before = figures()
    IndicatorValue.objects.filter(
        org_unit=city, period_code=nine_months.code, indicator__unit="tỷ đồng"
    ).update(is_locked=False)
    after = figures()

    assert any(period == str(nine_months) for _, period in before)
    assert before != after
    assert not any(
        period == str(nine_months) and name.startswith("Thu ngân sách") for name, period in after
    )
