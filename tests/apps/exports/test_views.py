"""The downloads behind the pages: signed in, within the user's units, as filtered (#11)."""

import io
from datetime import date
from decimal import Decimal
from urllib.parse import quote

import openpyxl
import pytest
from django.contrib.auth.models import User

from dondoc.apps.exports.models import IssuedNumber
from dondoc.apps.orgs.models import Membership, OrgUnit, Role
from dondoc.apps.work_sessions.models import WorkingSession


def _rows(response):
    body = b"".join(response.streaming_content)
    return list(openpyxl.load_workbook(io.BytesIO(body)).active.iter_rows(values_only=True))


def test_the_tracker_downloads_with_the_pages_filters(demo_client):
    page = demo_client.get("/chi-dao/?status=open_overdue&on=2018-07-01&per_page=100")
    response = demo_client.get("/xuat/chi-dao.xlsx?status=open_overdue&on=2018-07-01")

    texts = [row[1] for row in _rows(response)[1:]]

    assert response.status_code == 200
    assert texts == [row.directive.text for row in page.context["board"].rows]


def test_the_tracker_downloads_as_csv(demo_client):
    response = demo_client.get("/xuat/chi-dao.csv?on=2018-07-01")

    text = b"".join(response.streaming_content).decode()

    assert response["Content-Type"] == "text/csv"
    assert text.lstrip("\ufeff").startswith("STT,Nội dung nhiệm vụ,Cơ quan chủ trì")


def test_the_notice_of_a_session_downloads_in_word_and_pdf(demo_client):
    pk = WorkingSession.objects.get().pk

    pdf = demo_client.get(f"/xuat/buoi-lam-viec/{pk}/thong-bao.pdf")
    word = demo_client.get(f"/xuat/buoi-lam-viec/{pk}/thong-bao.docx")

    assert (pdf.status_code, pdf.content[:5]) == (200, b"%PDF-")
    assert (word.status_code, word.content[:2]) == (200, b"PK")


def test_a_reviewer_numbers_the_notice_once_and_the_pdf_shows_the_number(demo_client):
    pk = WorkingSession.objects.get().pk

    first = demo_client.post(f"/xuat/buoi-lam-viec/{pk}/cap-so/")
    demo_client.post(f"/xuat/buoi-lam-viec/{pk}/cap-so/")

    assert first.status_code == 302
    assert IssuedNumber.objects.filter(work_session_id=pk).count() == 1
    assert IssuedNumber.objects.get(work_session_id=pk).text == "1-TB/TU"


def test_a_reporter_cannot_number_a_notice(client, demo_data, db):
    user = User.objects.create_user("city-reporter")
    city = OrgUnit.objects.get(admin_code="178")
    Membership.objects.create(user=user, org_unit=city, role=Role.REPORTER)
    client.force_login(user)
    pk = WorkingSession.objects.get().pk

    assert client.post(f"/xuat/buoi-lam-viec/{pk}/cap-so/").status_code == 403
    assert IssuedNumber.objects.count() == 0


def test_a_user_of_another_district_cannot_number_the_citys_notice(sibling_client):
    pk = WorkingSession.objects.get().pk

    # Outside the user's units the session does not exist for them (#8: 404, not 403).
    assert sibling_client.post(f"/xuat/buoi-lam-viec/{pk}/cap-so/").status_code == 404
    assert IssuedNumber.objects.count() == 0


def test_a_user_of_another_district_cannot_download_the_citys_notice(sibling_client):
    pk = WorkingSession.objects.get().pk

    assert sibling_client.get(f"/xuat/buoi-lam-viec/{pk}/thong-bao.pdf").status_code == 404


def test_the_periodic_report_downloads_for_a_unit_and_a_period(demo_client):
    city = OrgUnit.objects.get(admin_code="178")

    response = demo_client.get(f"/xuat/bao-cao.xlsx?unit={city.pk}&period={quote('quý I/2018')}")
    bad = demo_client.get(f"/xuat/bao-cao.pdf?unit={city.pk}&period=soon")

    assert response.status_code == 200
    assert bad.status_code == 400


def test_downloads_need_a_signed_in_user(client, demo_data, db):
    assert client.get("/xuat/chi-dao.xlsx").status_code == 302


def _pending(admin_code, value):
    from dondoc.apps.indicators.models import Indicator, Vintage  # noqa: PLC0415
    from dondoc.apps.indicators.services import indicator_value_record  # noqa: PLC0415
    from dondoc.core.periods import Period  # noqa: PLC0415

    indicator = Indicator.objects.filter(org_unit__admin_code=admin_code).order_by("pk").last()
    return indicator_value_record(
        indicator,
        org_unit=indicator.org_unit,
        period=Period.parse("năm 2017"),
        value=Decimal(value),
        vintage=Vintage.PRELIMINARY,
        reported_on=date(2018, 1, 15),
    )


def test_the_figures_awaiting_approval_download_within_the_users_units(sibling_client):
    _pending("178", "0.7")
    _pending("183", "190")

    response = sibling_client.get("/xuat/so-lieu.csv")
    lines = b"".join(response.streaming_content).decode().lstrip("\ufeff").splitlines()

    assert response.status_code == 200
    assert len(lines) == 2
    assert lines[1].startswith(
        "Thu ngân sách nhà nước trên địa bàn,tỷ đồng,Huyện Cao Lộc,năm 2017,190,"
    )


def test_the_reminders_download_as_on_their_page(demo_client):
    page = demo_client.get("/nhac-viec/?on=2018-07-01")
    response = demo_client.get("/xuat/nhac-viec.xlsx?on=2018-07-01")

    texts = [row[3] for row in _rows(response)[1:]]

    assert texts == [reminder.directive.text for reminder in page.context["reminders"]]
    assert len(texts) > 0


@pytest.mark.parametrize(
    ("page", "download"),
    [
        ("/so-lieu/", "/xuat/so-lieu.xlsx"),
        ("/can-quyet-dinh/", "/xuat/so-lieu.csv"),
        ("/nhac-viec/?on=2018-07-01", "/xuat/nhac-viec.xlsx?on=2018-07-01"),
    ],
    ids=["figures", "queues", "reminders"],
)
def test_the_pages_link_to_their_downloads(demo_client, page, download):
    assert download in demo_client.get(page).text
