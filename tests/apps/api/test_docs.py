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
