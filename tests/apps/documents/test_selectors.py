"""Which stored document a citation read from a text means (#9)."""

from dondoc.apps.documents.selectors import document_find
from dondoc.apps.documents.services import document_record
from dondoc.core.document_kinds import DocumentKind

NOTICE = DocumentKind.NOTICE


def test_the_same_number_and_issuer_in_other_letters_is_the_stored_document(world):
    stored = document_record(kind=NOTICE, number="15-TB/HU", issuer_name="Huyện ủy Bắc Hà")

    assert document_find(kind=NOTICE, number="15-TB/HU", issuer_name="HUYỆN ỦY BẮC HÀ") == stored


def test_an_issuer_recorded_as_a_unit_matches_its_name(world):
    stored = document_record(kind=NOTICE, number="15-TB/HU", issuer=world.district_party)

    assert document_find(kind=NOTICE, number="15-TB/HU", issuer_name="Huyện ủy Bắc Hà") == stored


def test_the_same_number_from_another_issuer_is_not_the_stored_document(world):
    document_record(kind=NOTICE, number="15-TB/HU", issuer_name="Huyện ủy Bắc Hà")

    assert document_find(kind=NOTICE, number="15-TB/HU", issuer_name="Huyện ủy Nam Hà") is None
    assert document_find(kind=NOTICE, number="15-TB/HU", issuer_name="") is None


def test_a_citation_without_an_issuer_means_a_stored_one_without_an_issuer(world):
    stored = document_record(kind=NOTICE, number="15-TB/HU")

    assert document_find(kind=NOTICE, number="15-TB/HU", issuer_name="") == stored


def test_a_bare_number_means_a_document_of_the_same_kind_only(world):
    stored = document_record(kind=DocumentKind.DIRECTIVE, number="05", issuer_name="Tỉnh ủy")

    assert document_find(kind=DocumentKind.DIRECTIVE, number="5", issuer_name="Tỉnh ủy") == stored
    assert document_find(kind=DocumentKind.RESOLUTION, number="5", issuer_name="Tỉnh ủy") is None


def test_a_numbered_symbol_needs_no_kind_to_agree(world):
    stored = document_record(
        kind=DocumentKind.OFFICIAL_LETTER, number="245/TTg-KTTH", issuer_name="Thủ tướng"
    )

    found = document_find(kind=DocumentKind.NOTICE, number="245/TTg-KTTH", issuer_name="Thủ tướng")

    assert found == stored


def test_no_number_finds_nothing(world):
    assert document_find(kind=NOTICE, number="", issuer_name="Huyện ủy Bắc Hà") is None
