"""A person signs in with the demo account and reads the session of 20/10/2017 in a real browser."""

import pytest

from dondoc.apps.demo.services import demo_load, demo_user_ensure
from dondoc.apps.work_sessions.models import WorkingSession

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(live_server):
    demo_load()
    demo_user_ensure(password="demo-password-1")
    return live_server.url


def sign_in(page, url):
    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", "demo")
    page.fill("#id_password", "demo-password-1")
    page.click("input[type=submit]")


def test_the_demo_user_signs_in_to_the_admin_and_reads_the_session(page, demo_site):
    sign_in(page, demo_site)
    work_session = WorkingSession.objects.get()

    page.goto(f"{demo_site}/admin/work_sessions/workingsession/{work_session.pk}/change/")

    text = page.inner_text("body")
    for expected in (
        "Trần Sỹ Thanh",
        "Phạm Ngọc Thưởng",
        "Tổ chức, bộ máy và cải cách hành chính",
        "624,95",
    ):
        assert expected in text


def test_a_wrong_password_is_refused_in_vietnamese(page, demo_site):
    page.goto(f"{demo_site}/admin/login/")
    page.fill("#id_username", "demo")
    page.fill("#id_password", "wrong")
    page.click("input[type=submit]")

    assert "nhập đúng Tên đăng nhập và mật khẩu" in page.inner_text(".errornote")
