"""The office's follow-up on the web (#10), in a real browser on the demo data: a clerk records
a visit, a reporter reports, the reviewer decides from the queue, people are told, an
administrator creates a user; and every page of the navigation holds at 360 px."""

from datetime import date

import pytest
from django.contrib.auth.models import User

from dondoc.apps.api.tokens import api_token_create
from dondoc.apps.demo.services import demo_load, demo_user_ensure
from dondoc.apps.directives.models import Directive
from dondoc.apps.directives.services import directive_assign
from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator, IndicatorValue
from dondoc.apps.notifications import tasks
from dondoc.apps.orgs.models import Membership, OrgUnit, Person, Role
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.core.timeline import FOREVER
from tests.apps.notifications.conftest import smtp_server  # noqa: F401 - the fixture
from tests.browser.test_journeys import screenshot_path, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(live_server):
    demo_load()
    demo_user_ensure(password="demo-password-1")
    return live_server.url


def member(name, org_unit, role):
    user = User.objects.create_user(name, email=f"{name}@example.vn", password=f"{name}-pw-2026")
    Membership.objects.create(user=user, org_unit=org_unit, role=role)
    return user


def test_a_clerk_records_a_visit_with_three_directives_and_finds_them(page, site):
    demo_session = WorkingSession.objects.get()
    member("vanthu", OrgUnit.objects.get(kind="province", parent=None), Role.REPORTER)
    sign_in(page, site, "vanthu", "vanthu-pw-2026")
    head = demo_session.head

    page.goto(f"{site}/buoi-lam-viec/")
    page.click("#new-session")
    page.fill("#id_held_on", demo_session.held_on.isoformat())
    page.select_option("#id_host_unit", str(demo_session.host_unit_id))
    page.select_option("#id_subject_unit", str(demo_session.subject_unit_id))
    page.select_option("#id_head", str(head.pk))
    page.select_option("#id_hosts", [str(p.pk) for p in Person.objects.exclude(pk=head.pk)[:1]])
    page.fill("#id_topic", "Kiểm tra tiến độ giải phóng mặt bằng")
    page.click("#save-session")
    assert page.is_visible("#duplicates")  # the same day and units: warned first
    page.fill("#id_held_on", "2025-03-14")
    page.click("#save-session")

    assert "Bí thư Tỉnh ủy" in page.inner_text("main")  # the head's title that day
    page.click("text=Thêm kiến nghị")
    page.fill("#recommendation-form #recommendation-field_group", "Đất đai")
    page.fill("#recommendation-form #recommendation-text", "Sớm phê duyệt giá đất")
    page.click("#recommendation-form button")
    for text in ("Hoàn thành kiểm kê đất", "Báo cáo tiến độ hằng tháng", "Rà soát hồ sơ"):
        page.click("text=Thêm nội dung chỉ đạo")
        page.fill("#directive-form #id_text", text)
        page.fill("#directive-form #id_due_on", "2025-12-31")
        page.click("#directive-form button")
        assert "Đã ghi nội dung chỉ đạo." in page.inner_text("main")
    page.goto(f"{site}/chi-dao/?q=ra+soat+ho+so")

    assert "Rà soát hồ sơ" in page.inner_text("#board")
    assert Directive.objects.filter(work_session__held_on=date(2025, 3, 14)).count() == 3


def test_a_reporter_reports_done_and_the_reviewer_accepts_one_and_returns_one(page, site):
    city = OrgUnit.objects.get(name="Thành phố Lạng Sơn")
    open_ones = list(
        Directive.objects.filter(
            states__ends_on=FOREVER,
            states__done_on__isnull=True,
            lead_unit__path__startswith=city.path,
        ).order_by("pk")[:2]
    )
    member("thanhpho", city, Role.REPORTER)
    sign_in(page, site, "thanhpho", "thanhpho-pw-2026")
    for directive in open_ones:
        page.goto(f"{site}/chi-dao/{directive.pk}/")
        assert not page.is_visible("text=Gia hạn chỉ đạo")  # no reviewer action for a reporter
        page.select_option("#id_kind", "done")
        page.fill("#id_note", "Đã hoàn thành")
        page.click("#save-update")
        page.wait_for_selector("#status .tag")
    first, second = open_ones

    page.context.clear_cookies()
    sign_in(page, site)
    page.goto(f"{site}/can-quyet-dinh/")
    page.check(f"#completions ~ form input[value='{first.pk}']")
    page.click("#completions ~ form button[value=yes]")
    assert "Đã chấp nhận 1 kết quả hoàn thành." in page.inner_text("main")
    page.check(f"#completions ~ form input[value='{second.pk}']")
    page.click("#completions ~ form button[value=no]")
    assert "Nêu lý do trong ghi chú." in page.inner_text("main")  # and the tick is kept
    page.fill("#note-completions", "Thiếu biên bản nghiệm thu")
    page.click("#completions ~ form button[value=no]")

    assert "Đã trả lại 1 kết quả hoàn thành." in page.inner_text("main")
    assert first.states.get(ends_on=FOREVER).is_accepted
    assert second.states.get(ends_on=FOREVER).done_on is None


def test_a_refused_action_shows_its_reason_in_place(page, site):
    party = OrgUnit.objects.get(name="Thành ủy Lạng Sơn")
    commune = OrgUnit.objects.filter(kind="commune", valid_until__isnull=True).first()
    directive = directive_assign(
        text="Phối hợp tuyên truyền",
        assigned_on=date(2026, 9, 1),
        lead_unit=commune,
        due_on=date(2026, 12, 31),
        co_units=[party],
    )
    member("phoihop", party, Role.REPORTER)
    sign_in(page, site, "phoihop", "phoihop-pw-2026")

    page.goto(f"{site}/chi-dao/{directive.pk}/")
    page.select_option("#id_kind", "done")
    page.fill("#id_note", "Xong")
    page.click("#save-update")

    page.wait_for_selector("#directive .messages .error")
    assert "đơn vị phối hợp" in page.inner_text("#directive .messages").lower()


def test_an_overdue_directive_sends_an_email_and_fills_the_inbox(page, site, smtp_server):  # noqa: F811
    commune = OrgUnit.objects.filter(kind="commune", valid_until__isnull=True).first()
    member("phuong", commune, Role.REPORTER)
    directive_assign(
        text="Nộp báo cáo rà soát hộ nghèo",
        assigned_on=date(2026, 9, 1),
        lead_unit=commune,
        due_on=date(2026, 10, 1),
    )

    tasks.digest()
    sign_in(page, site, "phuong", "phuong-pw-2026")
    page.click("#nav-inbox")

    [mail] = smtp_server.messages
    assert mail["To"] == "phuong@example.vn"
    assert "Nộp báo cáo rà soát hộ nghèo" in mail.get_payload(decode=True).decode()
    assert "quá hạn" in page.inner_text("#inbox")


def test_an_administrator_creates_a_commune_reporter_who_sees_only_that_commune(page, site):
    commune = OrgUnit.objects.filter(kind="commune", valid_until__isnull=True).first()
    sign_in(page, site)

    page.goto(f"{site}/nguoi-dung/")
    page.fill("#id_username", "xa-moi")
    page.fill("#id_full_name", "Hoàng Thị Mai")
    page.select_option("#id_org_unit", str(commune.pk))
    page.select_option("#id_role", "reporter")
    page.fill("#id_password", "mat-khau-xa-moi-2026")
    page.click("#create-user")
    assert "Đã tạo người dùng xa-moi." in page.inner_text("main")
    page.context.clear_cookies()
    sign_in(page, site, "xa-moi", "mat-khau-xa-moi-2026")
    page.goto(f"{site}/don-vi/")

    units = page.inner_text("main")
    assert commune.name in units
    assert "Thành phố Lạng Sơn" not in units


def test_a_reporter_fills_the_grid_and_the_reviewer_approves_in_bulk(page, site):
    city = OrgUnit.objects.get(name="Thành phố Lạng Sơn")
    plan = Document.objects.filter(indicators__isnull=False).distinct().first()
    first, second = Indicator.objects.filter(document=plan).order_by("pk")[:2]
    member("thongke", city, Role.REPORTER)
    sign_in(page, site, "thongke", "thongke-pw-2026")

    page.goto(f"{site}/so-lieu/")
    page.click("#open-grid-link")
    page.select_option("#id_document", str(plan.pk))
    page.select_option("#id_org_unit", str(city.pk))
    page.fill("#id_period", "quý III/2018")
    page.click("#open-grid")
    page.fill(f"input[name=value-{first.pk}]", "1.234,5")
    page.fill(f"input[name=value-{second.pk}]", "86,2")
    page.click("#save-grid")
    assert "Đã nhập 2 số liệu." in page.inner_text("main")
    assert "2/" in page.inner_text("#completeness")
    values = IndicatorValue.objects.filter(org_unit=city, period_code="2018-Q3")

    page.context.clear_cookies()
    sign_in(page, site)
    page.goto(f"{site}/can-quyet-dinh/")
    for value in values:
        page.check(f"#figures ~ form input[value='{value.pk}']")
    page.click("#figures ~ form button[value=yes]")

    assert "Đã duyệt 2 số liệu." in page.inner_text("main")
    assert all(value.is_locked for value in values.all())


PAGES = [
    "/",
    "/don-vi/",
    "/nhiem-vu/",
    "/chi-tieu/",
    "/so-lieu/",
    "/so-lieu/bang/",
    "/buoi-lam-viec/",
    "/chi-dao/",
    "/can-quyet-dinh/",
    "/thong-bao/",
    "/nhac-viec/",
    "/van-ban/",
    "/can-bo/",
    "/nguoi-dung/",
    "/doc-van-ban/",
    "/tim-kiem/?q=lang+son",
    "/api/tokens/",
]

# Elements wider than the screen (unless inside a panel that scrolls) and table cells with a
# word broken across two lines (one word's letters laid out in more than one line box). A line
# may end after the hyphen or slash of "62-NQ/TU", as Unicode's line breaking allows: each part
# between them counts as a word.
LAYOUT_PROBLEMS = """() => {
  const width = document.documentElement.clientWidth;
  const scrolls = (el) => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX)) return true;
    }
    return false;
  };
  const wide = [...document.body.querySelectorAll('*')].filter((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.right > width + 1 && !scrolls(el);
  }).map((el) => el.tagName + '.' + el.className);
  const broken = [];
  for (const cell of document.querySelectorAll('td, th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/[^\\s\\-\\/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
  }
  return {wide: wide.slice(0, 5), broken: broken.slice(0, 5),
          scroll: document.documentElement.scrollWidth, width};
}"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    yield context.new_page()
    context.close()


def test_every_page_of_the_navigation_fits_a_phone_without_broken_words(phone, site):
    sign_in(phone, site)
    directive = Directive.objects.order_by("pk").first()
    plan = Document.objects.filter(indicators__isnull=False).distinct().first()
    city = OrgUnit.objects.get(name="Thành phố Lạng Sơn")
    problems = {}

    for path in [
        *PAGES,
        f"/buoi-lam-viec/{WorkingSession.objects.get().pk}/",
        f"/chi-dao/{directive.pk}/",
        f"/so-lieu/bang/?document={plan.pk}&org_unit={city.pk}&period=qu%C3%BD+III/2018"
        "&vintage=estimate&reported_on=2018-10-05",
    ]:
        phone.goto(f"{site}{path}")
        found = phone.evaluate(LAYOUT_PROBLEMS)
        if found["wide"] or found["broken"] or found["scroll"] > found["width"]:
            problems[path] = found

    assert problems == {}, problems


# What a phone hides without it being a wide element: a table wider than the panel it scrolls in
# (its cells cut at the edge), a chart drawn smaller than its own size (its text shrinks), a
# button whose words wrap.
CUT_ON_A_PHONE = """() => {
  const cut = [...document.querySelectorAll('main table')].filter((table) =>
    table.getBoundingClientRect().right > table.parentElement.getBoundingClientRect().right + 1);
  const shrunk = [...document.querySelectorAll('svg.bars')].filter((svg) =>
    Math.round(svg.getBoundingClientRect().width) !== svg.width.baseVal.value);
  const wrapped = [...document.querySelectorAll('main .button')].filter((button) =>
    button.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(button).lineHeight));
  return {cut: cut.map((t) => t.id || t.className), shrunk: shrunk.length,
          wrapped: wrapped.map((b) => b.textContent)};
}"""


def test_at_360_px_tables_fit_their_panels_charts_keep_their_size_and_buttons_one_line(phone, site):
    sign_in(phone, site)
    indicator = Indicator.objects.filter(values__isnull=False).order_by("pk").first()
    demo = User.objects.get(username="demo")
    api_token_create(user=demo, name="Cổng thông tin điện tử tỉnh", expires_on=date(2027, 1, 1))
    problems = {}

    for path in [
        "/",
        "/chi-tieu/",
        f"/chi-tieu/{indicator.pk}/",
        "/so-lieu/",
        "/nhac-viec/",
        "/api/tokens/",
    ]:
        phone.goto(f"{site}{path}")
        found = phone.evaluate(CUT_ON_A_PHONE)
        if found["cut"] or found["shrunk"] or found["wrapped"]:
            problems[path] = found

    assert problems == {}, problems


@pytest.mark.parametrize("path", ["/can-quyet-dinh/", "/so-lieu/", "/nguoi-dung/"])
def test_at_360_px_the_current_page_and_its_count_are_in_view_in_the_navigation(phone, site, path):
    sign_in(phone, site)

    phone.goto(f"{site}{path}")
    current = phone.locator('nav.main [aria-current="page"]').bounding_box()

    assert current is not None
    assert current["x"] >= 0
    assert current["x"] + current["width"] <= 360


def test_the_language_in_use_looks_chosen(phone, site):
    sign_in(phone, site)

    background = {
        language: phone.locator(f"button[name=language][value={language}]").evaluate(
            "(button) => getComputedStyle(button).backgroundColor"
        )
        for language in ("vi", "en")
    }

    assert background["vi"] != background["en"]


def test_screenshots_of_the_tracker_and_the_session_at_360_px(phone, site, tmp_path):
    sign_in(phone, site)

    phone.goto(f"{site}/chi-dao/")
    phone.evaluate("document.querySelector('#board').scrollIntoView({block: 'start'})")
    phone.screenshot(path=str(screenshot_path("screenshot-tracker-360.png", tmp_path)))
    phone.goto(f"{site}/buoi-lam-viec/{WorkingSession.objects.get().pk}/")
    phone.screenshot(path=str(screenshot_path("screenshot-session-360.png", tmp_path)))

    assert phone.evaluate("document.documentElement.scrollWidth") <= 360


def test_printing_leaves_out_navigation_filters_and_buttons(page, site):
    sign_in(page, site)
    page.goto(f"{site}/chi-dao/")

    page.emulate_media(media="print")

    assert not page.is_visible("nav.main")
    assert not page.is_visible("#board-filters")
    assert page.is_visible("#board")
