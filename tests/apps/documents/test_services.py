import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.documents.models import Document
from dondoc.apps.documents.services import document_record
from dondoc.core.document_kinds import DocumentKind
from tests.hostile_inputs import HOSTILE_STRINGS


def test_a_document_cited_two_ways_is_recorded_once(world):
    first = document_record(
        kind=DocumentKind.DECREE, number="30/2020/ND-CP", issuer_name="Chính phủ"
    )
    second = document_record(
        kind=DocumentKind.DECREE, number="30 / 2020 / NĐ-CP", issuer_name="Chính phủ"
    )

    assert first == second
    assert (first.number, first.number_raw) == ("30/2020/NĐ-CP", "30/2020/ND-CP")


def test_a_document_without_a_number_needs_a_title(world):
    with pytest.raises(ValidationError, match="cần có số hoặc trích yếu"):
        document_record(kind=DocumentKind.RESOLUTION)


def test_a_document_cited_by_title_only_is_kept(world):
    document = document_record(
        kind=DocumentKind.RESOLUTION, title="Nghị quyết Trung ương 4 khóa XII"
    )

    assert (str(document), document.number) == ("Nghị quyết Trung ương 4 khóa XII", "")


@pytest.mark.parametrize("text", [t for t in HOSTILE_STRINGS if t.strip("\x00\ufeff\u200b ")])
def test_a_hostile_number_is_refused_and_nothing_is_written(world, text):
    with pytest.raises(ValidationError):
        document_record(kind=DocumentKind.RESOLUTION, number=text, title="x")

    assert Document.objects.count() == 0


def test_search_key_ignores_accents(world):
    document = document_record(
        kind=DocumentKind.RESOLUTION, number="62-NQ/TU", title="Về phát triển thành phố"
    )

    assert "nghi quyet 62-nq/tu" in document.search_key
