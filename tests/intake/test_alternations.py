import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dondoc.intake.alternations import alternation
from dondoc.intake.lexicon.documents import KIND_WORDS
from dondoc.intake.lexicon.people import TITLE_HEADS

_LETTERS = "nNgGhHịỊ đĐkK\u212a"
_WORDS = st.lists(st.text(_LETTERS, min_size=1, max_size=4), min_size=1, max_size=8)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["case", "ignore_case"])
@given(words=_WORDS, text=st.text(_LETTERS, max_size=30))
def test_grouped_alternation_matches_what_the_plain_one_matches(flags, words, text):
    plain = re.compile("(?:" + "|".join(map(re.escape, words)) + ")", flags)
    grouped = re.compile("(?:" + alternation(words, flags=flags) + ")", flags)

    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("words", [KIND_WORDS, TITLE_HEADS], ids=["kind_words", "title_heads"])
def test_the_lexicon_alternations_read_every_word_as_the_plain_one(words):
    text = " ".join(words + tuple(w.upper() for w in words) + tuple(w.lower() for w in words))
    plain = re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)
    grouped = re.compile("(?:" + alternation(words, flags=re.IGNORECASE) + r")(?!\w)", re.I)

    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
