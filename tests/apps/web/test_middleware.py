"""Request bodies are bounded before they are read (#8)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_issue_8_a_body_above_the_limit_is_refused_with_413_before_it_is_read(client, settings):
    settings.REQUEST_MAX_BYTES = 1000

    response = client.post(
        reverse("web:login"), data=b"x" * 10, content_type="text/plain", CONTENT_LENGTH="5000"
    )

    assert response.status_code == 413
    assert "quá lớn" in response.content.decode()
    assert "too large" in response.content.decode()


def test_a_body_within_the_limit_goes_through(client, settings):
    settings.REQUEST_MAX_BYTES = 1000

    response = client.post(reverse("web:login"), {"username": "a", "password": "b"})

    assert response.status_code == 200


def test_a_malformed_content_length_is_a_bad_request(client):
    response = client.post(
        reverse("web:login"), data=b"", content_type="text/plain", CONTENT_LENGTH="abc"
    )

    assert response.status_code == 400
