"""One sign-in throttle for every login form, shared by every worker, not fooled by spelling (#8)."""

from concurrent.futures import ThreadPoolExecutor

import pytest
import time_machine
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import User
from django.contrib.auth.signals import user_login_failed
from django.db import connection
from django.test import Client, RequestFactory
from django.urls import reverse

from dondoc.apps.web.sign_in import client_address, username_key

PASSWORD = "victim-password-1"
THROTTLED = "Đăng nhập sai quá nhiều lần"


class SlowerHasher(PBKDF2PasswordHasher):
    """A real hash that takes a few milliseconds outside the GIL, so parallel tries overlap."""

    iterations = 50_000


@pytest.fixture
def victim(db):
    return User.objects.create_user("victim", password=PASSWORD, is_staff=True)


def sign_in(url: str, username: str, password: str, **extra: str) -> str:
    return (
        Client().post(url, {"username": username, "password": password}, **extra).content.decode()
    )


def fail(times: int, url: str = "/dang-nhap/", username: str = "victim") -> None:
    """Wrong passwords from an address of their own: the lock met after is the account's."""
    for _ in range(times):
        sign_in(url, username, "wrong", REMOTE_ADDR="10.6.6.6")


@pytest.mark.django_db(transaction=True)
def test_issue_8_thirty_parallel_wrong_tries_against_a_limit_of_five_check_at_most_five(settings):
    settings.PASSWORD_HASHERS = [f"{__name__}.SlowerHasher"]
    User.objects.create_user("victim", password=PASSWORD)
    checked: list[str] = []

    def record(sender: object, credentials: dict[str, str], **kwargs: object) -> None:
        checked.append(credentials["username"])

    def attempt(number: int) -> str:
        try:
            return sign_in("/dang-nhap/", "victim", f"wrong-{number}")
        finally:
            connection.close()

    user_login_failed.connect(record)
    try:
        with ThreadPoolExecutor(max_workers=30) as pool:
            pages = list(pool.map(attempt, range(30)))
    finally:
        user_login_failed.disconnect(record)

    assert len(checked) <= 5
    assert sum(THROTTLED in page for page in pages) >= 25


@pytest.mark.parametrize(
    "spelling", [" victim", "victim ", "VICTIM", "Ｖｉｃｔｉｍ", "\u3000victim"], ids=repr
)
def test_issue_8_a_padded_upper_case_or_full_width_name_is_under_the_same_lock(victim, spelling):
    fail(5)

    page = sign_in("/dang-nhap/", spelling, PASSWORD)

    assert THROTTLED in page


def test_issue_8_the_admin_login_is_throttled(victim):
    fail(5, url="/admin/login/")

    page = sign_in("/admin/login/", "victim", PASSWORD)

    assert THROTTLED in page


def test_failures_on_the_site_lock_the_admin_login_too(victim):
    fail(5)

    page = sign_in("/admin/login/", "victim", PASSWORD)

    assert THROTTLED in page


def test_a_successful_sign_in_forgets_the_accounts_failures(victim):
    fail(4)
    sign_in("/dang-nhap/", "victim", PASSWORD)
    fail(4)

    client = Client()
    client.post("/dang-nhap/", {"username": "victim", "password": PASSWORD})

    assert client.session["_auth_user_id"] == str(victim.pk)


def test_the_lock_ends_with_its_window(victim, settings):
    settings.LOGIN_LOCKOUT_SECONDS = 60
    with time_machine.travel("2026-12-01 09:00 +0700", tick=False) as traveller:
        fail(5)
        traveller.shift(61)

        client = Client()
        client.post(reverse("web:login"), {"username": "victim", "password": PASSWORD})

        # Read while still travelling: the session expires 10 h after the travelled-to time,
        # which the real clock passed on 1/12/2026 at 12:00 UTC.
        assert client.session["_auth_user_id"] == str(victim.pk)


def test_issue_8_many_failures_from_one_address_lock_it_for_every_name(victim, settings):
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 3
    for name in ("an", "binh", "cuong"):
        fail(1, username=name)

    page = sign_in("/dang-nhap/", "victim", PASSWORD, REMOTE_ADDR="10.6.6.6")

    assert THROTTLED in page


def test_issue_8_a_forwarded_address_is_ignored_without_a_trusted_proxy_header(settings):
    settings.TRUSTED_PROXY_HEADER = ""
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="10.9.9.9", REMOTE_ADDR="10.0.0.1")

    assert client_address(request) == "10.0.0.1"


def test_the_trusted_proxy_header_gives_the_address_the_proxy_added(settings):
    settings.TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
    request = RequestFactory().get(
        "/", HTTP_X_FORWARDED_FOR="6.6.6.6, 10.9.9.9", REMOTE_ADDR="127.0.0.1"
    )

    assert client_address(request) == "10.9.9.9"


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        (" Victim ", "victim"),
        ("ＶＩＣＴＩＭ", "victim"),
        ("Nguyễn", "nguyễn"),
        ("STRASSE", "strasse"),
    ],
)
def test_a_user_name_is_trimmed_nfkc_and_case_folded(spelling, key):
    assert username_key(spelling) == key
