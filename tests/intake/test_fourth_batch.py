"""The fourth batch of texts of our own (issue #9): each one scores perfectly, field by field."""

import pytest

from dondoc.intake import read
from dondoc.intake.scoring import score_passage
from tests.intake.cases.fourth_batch import BATCH


@pytest.mark.parametrize(("text", "gold"), BATCH)
def test_issue_9_texts_of_our_own_are_read_as_their_gold_says(text, gold):
    result = score_passage("case", read(text).to_dict(), gold, text=text)

    assert result.misses == []
