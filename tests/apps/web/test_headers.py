"""A strict Content-Security-Policy the pages keep to, and friendly failure pages (#8)."""

import re

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style|\sstyle=", re.IGNORECASE)


def test_issue_8_pages_carry_a_strict_content_security_policy(client):
    policy = client.get(reverse("web:login"))["Content-Security-Policy"]

    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy


@pytest.mark.parametrize("name", ["web:login", "web:units", "web:intake", "web:search"])
def test_issue_8_our_pages_have_no_inline_script_or_style(demo_client, name):
    page = demo_client.get(reverse(name)).content.decode()

    assert INLINE_SCRIPT.findall(page) == []
    assert INLINE_STYLE.findall(page) == []


def test_issue_8_htmx_is_told_not_to_add_its_inline_indicator_style(client):
    page = client.get(reverse("web:login")).content.decode()

    assert '"includeIndicatorStyles": false' in page


def test_a_missing_page_is_explained_in_vietnamese(client):
    response = client.get("/khong-co-trang-nay/")

    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_a_bad_request_is_explained_in_vietnamese(client):
    response = client.get(reverse("web:login"), HTTP_HOST="evil.example")

    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()


def test_a_refused_page_is_explained_in_vietnamese(sibling_client):
    response = sibling_client.get(reverse("web:users"))  # a reporter manages no users

    assert response.status_code == 403
    assert "Không được phép" in response.content.decode()


def test_the_server_error_page_speaks_both_languages_and_needs_no_context():
    page = render_to_string("500.html")

    assert "Đã có lỗi ở máy chủ" in page
    assert "Something went wrong on the server" in page
