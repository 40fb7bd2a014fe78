"""The import of a list of directives on the web: choose, see the dry run, confirm (#11)."""

import io

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from dondoc.apps.directives.models import Directive
from dondoc.apps.orgs.models import Membership, Role
from dondoc.apps.provenance import Origin

URL = "/nhap/chi-dao/"


def _list(*rows) -> SimpleUploadedFile:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"])
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("danh-muc-nhiem-vu.xlsx", buffer.getvalue())


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def test_a_clean_list_is_shown_then_assigned_in_the_importers_name(
    client, people, committee, media
):
    reviewer = people[1]
    client.force_login(reviewer)
    preview = client.post(
        URL,
        {
            "file": _list(
                [1, "Rà soát hồ sơ đất đai tồn đọng", "UBND tỉnh Sơn Hà", None, "30/6/2026"],
                [2, "Tổng kết phong trào thi đua", "UBND tỉnh Sơn Hà", None, "Quý IV/2026"],
            ),
            "on": "2026-03-01",
        },
    )
    token = preview.context["confirm"]["token"].value()
    before = Directive.objects.count()

    confirmed = client.post(URL, {"token": token, "on": "2026-03-01"})

    assert 'id="import-rows"' in preview.text
    assert "Rà soát hồ sơ đất đai tồn đọng" in preview.text
    assert before == 0
    assert confirmed.status_code == 302
    assert confirmed["Location"] == "/chi-dao/"
    directives = Directive.objects.order_by("pk")
    assert [d.text for d in directives] == [
        "Rà soát hồ sơ đất đai tồn đọng",
        "Tổng kết phong trào thi đua",
    ]
    assert {(d.created_by, d.origin, d.lead_unit) for d in directives} == {
        (reviewer, Origin.IMPORTED, committee)
    }
    assert list((media / "imports").iterdir()) == []


def test_a_lead_unit_outside_the_importers_units_is_an_error_of_its_row(
    client, people, committee, media
):
    client.force_login(people[0])  # a reporter of the district: the committee is above it
    response = client.post(
        URL,
        {
            "file": _list([1, "Chuẩn bị kỳ họp", "UBND tỉnh Sơn Hà", None, "30/6/2020"]),
            "on": "2020-03-01",
        },
    )

    assert [(e.row, e.column) for e in response.context["plan"].errors] == [(2, "Đơn vị chủ trì")]
    assert "ngoài" in response.context["plan"].errors[0].message
    assert response.context["confirm"] is None
    assert Directive.objects.count() == 0


def test_a_viewer_may_not_import(client, world, media):
    viewer = User.objects.create_user("xem", password="xem-password-1")
    Membership.objects.create(user=viewer, org_unit=world.province, role=Role.VIEWER)
    client.force_login(viewer)

    assert client.get(URL).status_code == 403


def test_the_tracker_links_to_the_import_for_those_who_may(client, people):
    client.force_login(people[0])

    assert 'id="import-directives-link"' in client.get("/chi-dao/").text
