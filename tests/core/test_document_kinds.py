import pytest

from dondoc.core.document_kinds import PARTY_SYMBOLS, SYMBOLS, WORDS, DocumentKind


@pytest.mark.parametrize("kind", list(DocumentKind), ids=str)
def test_every_kind_has_a_word_and_is_found_by_it(kind):
    assert DocumentKind.from_word(kind.word) is kind


@pytest.mark.parametrize("kind", [k for k in DocumentKind if SYMBOLS[k]], ids=str)
def test_every_symbol_leads_back_to_its_kind(kind):
    is_party = kind in PARTY_SYMBOLS.values()

    assert DocumentKind.from_symbol(kind.symbol, is_party=is_party) is kind


def test_a_party_body_reads_tt_as_thong_tri_and_other_symbols_as_usual():
    assert DocumentKind.from_symbol("TT", is_party=True) is DocumentKind.INSTRUCTION
    assert DocumentKind.from_symbol("NQ", is_party=True) is DocumentKind.RESOLUTION


def test_a_law_has_no_symbol():
    assert DocumentKind.LAW.symbol == ""


def test_words_are_matched_whatever_the_tone_placement_and_case():
    assert DocumentKind.from_word("QUYẾT ĐỊNH") is DocumentKind.DECISION
    assert DocumentKind.from_word("Nghi\u0323 quyê\u0301t") is DocumentKind.RESOLUTION


def test_unknown_words_and_symbols_give_none():
    assert DocumentKind.from_word("Bài báo") is None
    assert DocumentKind.from_symbol("XYZ") is None


def test_the_tables_cover_every_kind():
    assert set(SYMBOLS) == set(WORDS) == set(DocumentKind)
