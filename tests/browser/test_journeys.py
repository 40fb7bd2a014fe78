"""People using dondoc in a real browser (Debian's chromium), on the demo data."""

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from dondoc.apps.demo.services import demo_load, demo_user_ensure
from dondoc.apps.directives.models import Directive
from dondoc.apps.orgs.models import Membership, OrgUnit, Role
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.core.timeline import FOREVER

DOCS = Path(__file__).resolve().parents[2] / "docs"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def screenshot_path(name: str, tmp_path: Path) -> Path:
    # `make screenshots` refreshes the README's pictures; other runs write to a temporary folder.
    return DOCS / name if os.environ.get("DONDOC_SCREENSHOTS") else tmp_path / name


@pytest.fixture
def site(live_server):
    demo_load()
    demo_user_ensure(password="demo-password-1")
    return live_server.url


def sign_in(page, site, username="demo", password="demo-password-1"):
    page.goto(f"{site}/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")


def test_the_demo_user_sees_the_dashboard_figures(page, site, tmp_path):
    sign_in(page, site)

    glance = page.inner_text("#glance")

    assert "16/25 chỉ tiêu" in glance
    assert "86,2% dự toán" in glance
    assert "14/27 tuyến phố" in glance
    page.screenshot(path=str(screenshot_path("screenshot-dashboard.png", tmp_path)))


def test_the_session_of_20_10_2017_shows_recommendations_and_directives(page, site, tmp_path):
    sign_in(page, site)

    page.click("text=20/10/2017 – Thường trực Tỉnh ủy Lạng Sơn / Ban Thường vụ Thành ủy Lạng Sơn")

    text = page.inner_text("main")
    assert "Kiến nghị và trả lời" in text
    assert "Văn hóa, xã hội" in text
    assert "Tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ" in text
    assert "Phạm Ngọc Thưởng" in text
    page.screenshot(path=str(screenshot_path("screenshot-session.png", tmp_path)), full_page=False)


def test_marking_a_directive_done_changes_the_on_time_rate(page, site):
    sign_in(page, site)
    page.goto(f"{site}/chi-dao/")
    before = page.inner_text("#rate")
    directive = Directive.objects.get(
        states__ends_on=FOREVER, states__done_on__isnull=True, due_on__isnull=True
    )

    page.goto(f"{site}/chi-dao/{directive.pk}/")
    page.select_option("#id_kind", "done")
    page.fill("#id_note", "Đã hoàn thành, có báo cáo kèm theo")
    page.click("#save-update")
    # htmx swaps the directive's part of the page in place.
    page.wait_for_selector("#status .done_on_time")
    page.goto(f"{site}/chi-dao/")

    assert page.inner_text("#rate") != before


def test_a_pasted_report_is_corrected_confirmed_and_found(page, site):
    sign_in(page, site)
    page.goto(f"{site}/doc-van-ban/")
    page.fill(
        "#id_text",
        "Sáng 5/3/2026, đồng chí Hà Văn Minh, Phó Chủ tịch UBND huyện, chủ trì họp; 12/20 xã đạt chuẩn.",
    )
    page.click("#read")

    assert page.inner_text("mark.found-person") == "Hà Văn Minh"
    page.fill("input[name=person-0-name]", "Hà Văn Mạnh")
    page.click("#confirm")
    page.goto(f"{site}/tim-kiem/?q=ha+van+manh")

    assert "Hà Văn Mạnh" in page.inner_text("main")


NOTICE = """TỈNH ỦY LẠNG SƠN
*
Số 101-TB/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Lạng Sơn, ngày 10 tháng 3 năm 2024
THÔNG BÁO
kết luận của Ban Thường vụ Tỉnh ủy về tiến độ các dự án trọng điểm
Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Giao UBND thành phố Lạng Sơn chủ trì, phối hợp với Ban Thường vụ Thành ủy Lạng Sơn rà soát \
quy hoạch các khu đô thị, báo cáo trước ngày 30/6/2024.
Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.
"""


def test_a_directive_read_from_a_notice_is_corrected_confirmed_and_tracked(page, site):
    sign_in(page, site)
    page.goto(f"{site}/doc-van-ban/")
    page.fill("#id_text", NOTICE)
    page.click("#read")

    lead = page.locator("#directive-0-lead option:checked").inner_text()
    page.fill("#directive-0-due_on", "2024-07-15")
    page.click("#confirm")
    page.goto(f"{site}/chi-dao/?q=ra+soat+quy+hoach&on=2024-03-11")

    row = page.inner_text("main table")
    assert lead.strip().startswith("UBND thành phố Lạng Sơn")
    assert "UBND thành phố Lạng Sơn" in row
    assert "15/07/2024" in row
    assert Directive.objects.get(origin="intake").co_units.get().name == (
        "Ban Thường vụ Thành ủy Lạng Sơn"
    )


def test_searching_without_accents_finds_the_secretary(page, site):
    sign_in(page, site)

    page.fill("#site-search", "tran sy thanh")
    page.press("#site-search", "Enter")

    assert "Trần Sỹ Thanh" in page.inner_text("main")


def test_a_user_of_a_sibling_unit_is_refused(page, site):
    user = User.objects.create_user("caoloc", password="caoloc-password-1")
    Membership.objects.create(
        user=user, org_unit=OrgUnit.objects.get(admin_code="183"), role=Role.REPORTER
    )
    sign_in(page, site, "caoloc", "caoloc-password-1")

    response = page.goto(f"{site}/buoi-lam-viec/{WorkingSession.objects.get().pk}/")

    # Outside one's units a record does not exist for one (docs/security.md): 404, as a bad id.
    assert response.status == 404
    assert "Không tìm thấy trang" in page.inner_text("main")


def test_the_dashboard_fits_a_phone(browser, site):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    page = context.new_page()
    sign_in(page, site)

    width = page.evaluate("document.documentElement.scrollWidth")

    context.close()
    assert width <= 370


def test_the_page_can_be_used_with_the_keyboard(page, site):
    sign_in(page, site)

    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")

    assert re.search("Bỏ qua", focused)
