"""Search over everything (#10): accent-, case- and i/y-free, document citations, each result a
link under a translated heading, a message when nothing is found."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def hits(client, query):
    groups = client.get(reverse("web:search"), {"q": query}).context["groups"]
    return {group.heading: [hit.text for hit in group.hits] for group in groups}


@pytest.mark.parametrize(
    ("query", "heading", "expected"),
    [
        pytest.param("tran sy thanh", "Cán bộ", "Trần Sỹ Thanh", id="accents-and-case"),
        pytest.param("TRAN SI THANH", "Cán bộ", "Trần Sỹ Thanh", id="i-for-y"),
        pytest.param("nq 62", "Văn bản", "Nghị quyết 62-NQ/TU", id="symbol-then-number"),
        pytest.param("62 nq", "Văn bản", "Nghị quyết 62-NQ/TU", id="number-then-symbol"),
        pytest.param("nghi quyet 62", "Văn bản", "Nghị quyết 62-NQ/TU", id="word-and-number"),
    ],
)
def test_search_finds_across_spellings(demo_client, query, heading, expected):
    assert expected in hits(demo_client, query).get(heading, [])


def test_search_finds_the_work_itself(demo_client):
    found = hits(demo_client, "giai phong mat bang")

    assert found.get("Nội dung chỉ đạo") or found.get("Kiến nghị") or found.get("Buổi làm việc")


def test_each_result_is_a_link(demo_client):
    page = demo_client.get(reverse("web:search"), {"q": "lang son"}).content.decode()

    assert 'class="hits"><li><a href="/' in page


def test_an_empty_result_says_so(demo_client):
    page = demo_client.get(reverse("web:search"), {"q": "zzzz khong co"}).content.decode()

    assert 'id="no-results"' in page


def test_a_sibling_unit_finds_nothing_of_the_city(sibling_client):
    found = hits(sibling_client, "giai phong mat bang")

    assert "Nội dung chỉ đạo" not in found
