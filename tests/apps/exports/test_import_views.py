"""The import of figures on the web: choose, see the dry run, confirm (#11)."""

import os
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from dondoc.apps.indicators.models import IndicatorValue
from dondoc.apps.orgs.models import Membership, Role
from tests.apps.exports.tables import BAD_ROWS, GOOD_ROWS, figures_workbook

URL = "/nhap/so-lieu/"


@pytest.fixture
def reporter_client(client, people, indicators, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(people[0])
    return client


def _upload(rows, name="bang-so-lieu.xlsx"):
    return SimpleUploadedFile(name, figures_workbook(rows).getvalue())


def _check(client, rows, **extra):
    return client.post(
        URL, {"file": _upload(rows), "on": "2017-10-20", "vintage": "estimate", **extra}
    )


def test_the_dry_run_lists_every_bad_row_and_offers_no_import(reporter_client):
    response = _check(reporter_client, GOOD_ROWS + BAD_ROWS)

    assert response.status_code == 200
    assert [(e.row, e.column) for e in response.context["plan"].errors] == [
        (10, "Tên chỉ tiêu"),
        (11, "Kỳ báo cáo"),
        (12, "Số liệu"),
    ]
    assert response.context["confirm"] is None
    assert 'id="import-errors"' in response.text
    assert IndicatorValue.objects.count() == 0


def test_a_clean_file_is_shown_then_imported_on_confirmation_by_its_uploader(
    reporter_client, people, tmp_path
):
    preview = _check(reporter_client, GOOD_ROWS)
    token = preview.context["confirm"]["token"].value()
    stored_before = IndicatorValue.objects.count()

    confirmed = reporter_client.post(
        URL, {"token": token, "on": "2017-10-20", "vintage": "estimate"}
    )

    assert 'id="confirm-import"' in preview.text
    assert stored_before == 0
    assert confirmed.status_code == 302
    assert confirmed["Location"] == "/so-lieu/"
    values = IndicatorValue.objects.all()
    assert len(values) == 4
    assert {(v.created_by, v.is_locked) for v in values} == {(people[0], False)}
    assert (
        "bang-so-lieu.xlsx, dòng 4"
        in IndicatorValue.objects.get(period_code="2017-9M", indicator__unit="%").origin_note
    )
    assert list(Path(tmp_path, "imports").iterdir()) == []


def test_a_token_of_another_session_imports_nothing(reporter_client, client, people, world):
    token = _check(reporter_client, GOOD_ROWS).context["confirm"]["token"].value()
    other = User.objects.create_user("other", password="other-password-1")
    Membership.objects.create(user=other, org_unit=world.province, role=Role.REPORTER)
    client.force_login(other)

    response = client.post(
        URL, {"token": token, "on": "2017-10-20", "vintage": "estimate"}, follow=True
    )

    assert "không còn được giữ" in response.text
    assert IndicatorValue.objects.count() == 0


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("bang.csv", b"a;b\n"), "(.xlsx)"),
        (SimpleUploadedFile("bang.xlsx", b"a;b\n"), "không phải là bảng tính Excel"),
    ],
    ids=["not-xlsx-name", "not-xlsx-content"],
)
def test_what_is_not_a_workbook_is_refused_on_the_form(reporter_client, upload, message):
    response = reporter_client.post(URL, {"file": upload, "vintage": "estimate"})

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["file"])


def test_a_viewer_may_not_import(client, world, indicators):
    viewer = User.objects.create_user("viewer", password="viewer-password-1")
    Membership.objects.create(user=viewer, org_unit=world.district, role=Role.VIEWER)
    client.force_login(viewer)

    assert client.get(URL).status_code == 403


def test_the_figures_page_links_to_the_import(reporter_client):
    assert URL in reporter_client.get("/so-lieu/").text


def test_a_file_left_for_more_than_a_day_is_removed_at_the_next_upload(reporter_client, tmp_path):
    stale = tmp_path / "imports" / f"{'0' * 32}.xlsx"
    stale.parent.mkdir()
    stale.write_bytes(b"PK")
    os.utime(stale, (time.time() - 2 * 24 * 3600,) * 2)

    _check(reporter_client, GOOD_ROWS)

    assert not stale.exists()
    assert len(list(stale.parent.iterdir())) == 1
