"""OpenAPI 3 at /api/openapi.json; the interactive docs served by dondoc itself, no CDN."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_openapi_document_is_openapi_3_and_lists_the_directive_board(client):
    schema = client.get("/api/openapi.json").json()

    assert schema["openapi"].startswith("3.")
    assert "/api/directives" in schema["paths"]


def test_the_interactive_docs_load_nothing_from_another_origin(client):
    page = client.get("/api/docs").content.decode()

    assert "swagger-ui-bundle.js" in page
    assert re.findall(r"""(?:src|href)=["']?(?:https?:)?//""", page) == []
    assert "cdn" not in page.lower()


def test_the_docs_page_carries_the_csrf_token_for_a_signed_in_browser(client, city_reviewer):
    client.force_login(city_reviewer)

    page = client.get("/api/docs").content.decode()

    assert re.search(r'data-csrf-token="[^"]+"', page)


def test_a_message_is_vietnamese_by_default_and_english_when_asked(client, city_token):
    vietnamese = client.get("/api/directives/999999", **city_token).json()["message"]
    english = client.get("/api/directives/999999", HTTP_ACCEPT_LANGUAGE="en", **city_token).json()[
        "message"
    ]

    assert vietnamese == "Không tìm thấy, hoặc không thuộc đơn vị của bạn."
    assert english == "Not found, or not within your units."
