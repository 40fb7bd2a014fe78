"""A people's committee's notice takes the state profile (Decree 30/2020, Appendix I); the
tests also draw page 1 of each profile into docs/ when DONDOC_SCREENSHOTS is set (#11)."""

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from dondoc.apps.directives.services import directive_assign
from dondoc.apps.exports.issuers import issuer_for
from dondoc.apps.exports.notice import notice_build
from dondoc.apps.exports.numbers import issued_number_take
from dondoc.apps.exports.pdf_writer import document_pdf
from dondoc.apps.work_sessions.models import Side
from dondoc.apps.work_sessions.services import participant_add, work_session_record
from tests.apps.exports.conftest import pdf_text

DOCS = Path(__file__).resolve().parents[3] / "docs"
DAY = date(2026, 3, 10)


@pytest.fixture
def state_session(world, committee):
    work_session = work_session_record(
        held_on=DAY,
        host_unit=committee,
        subject_unit=world.new_commune,
        head=world.an,
        topic="Tiến độ xây dựng trường học năm 2026",
        report_summary="Xã đã hoàn thành 2/3 hạng mục; còn chậm ở khâu giải phóng mặt bằng.",
    )
    participant_add(
        work_session, person=world.an, side=Side.DELEGATION, titles="Phó Chủ tịch UBND tỉnh"
    )
    participant_add(
        work_session, person=world.binh, side=Side.HOST, titles="Chủ tịch UBND xã Phú Hà"
    )
    directive_assign(
        text="Hoàn thành giải phóng mặt bằng trường tiểu học",
        assigned_on=DAY,
        lead_unit=world.new_commune,
        due_on=date(2026, 6, 30),
        work_session=work_session,
        co_units=[world.province],
    )
    issued_number_take(
        issuer_for(committee, on=DAY), kind_symbol="TB", issued_on=DAY, work_session=work_session
    )
    return work_session


def test_a_peoples_committee_notice_has_the_national_heading_and_a_deputys_signature(
    state_session, tmp_path
):
    path = tmp_path / "notice.pdf"

    path.write_bytes(document_pdf(notice_build(state_session)))
    text = " ".join(pdf_text(path).split())

    for line in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN TỈNH SƠN HÀ",
        "Số: 01/TB-UBND",
        "Sơn Hà, ngày 10 tháng 3 năm 2026",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
        "Chủ trì: Xã Phú Hà; phối hợp: Tỉnh Sơn Hà; thời hạn: hoàn thành trước ngày 30/06/2026",
        "- Lưu: VT.",
    ):
        assert line in text


def _page_one_png(pdf: Path, name: str) -> Path:
    stem = pdf.with_name(name)
    subprocess.run(
        [
            shutil.which("pdftoppm") or "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    png = stem.with_suffix(".png")
    if os.environ.get("DONDOC_SCREENSHOTS"):
        shutil.copy(png, DOCS / png.name)
    return png


def test_page_one_of_each_profile_draws_as_a_picture(state_session, demo_session, tmp_path):
    from dondoc.apps.exports.numbers import issued_number_take as take  # noqa: PLC0415

    take(
        issuer_for(demo_session.host_unit, on=demo_session.held_on),
        kind_symbol="TB",
        issued_on=date(2017, 10, 25),
        work_session=demo_session,
    )
    pictures = []
    for work_session, name in ((state_session, "notice-state"), (demo_session, "notice-party")):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(document_pdf(notice_build(work_session)))
        pictures.append(_page_one_png(pdf, name))

    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pictures)
