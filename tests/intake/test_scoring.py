from dondoc.intake.scoring import Counts, Report, key, number_key, position_key, score_passage

EMPTY = {"event_date": None, "documents": [], "people": [], "figures": []}


def passage(**fields):
    return {**EMPTY, **fields}


def test_counts_give_precision_recall_and_f1():
    counts = Counts(tp=8, fp=2, fn=8)

    assert (counts.precision, counts.recall, round(counts.f1, 4)) == (0.8, 0.5, 0.6154)


def test_nothing_predicted_and_nothing_expected_is_perfect():
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)


def test_nothing_right_scores_zero():
    assert Counts(fp=1, fn=1).f1 == 0.0


def test_keys_ignore_case_spacing_tone_placement_and_terms():
    assert key("Uỷ  viên") == key("ủy viên")
    assert number_key("55 -TB/TW") == number_key("55-TB/TW")
    assert position_key("Bí thư Tỉnh ủy khóa XVI") == position_key("Bí thư Tỉnh ủy")


def test_documents_match_by_number_and_unnumbered_ones_are_not_scored():
    gold = passage(documents=[{"number": "62-NQ/TU"}, {"number": "05"}])
    predicted = passage(documents=[{"number": "62 - NQ/TU"}, {"number": ""}, {"number": "7"}])

    score = score_passage("x", predicted, gold)

    assert score.fields["documents"] == Counts(tp=1, fp=1, fn=1)


def test_positions_of_unmatched_people_count_as_misses_and_extras():
    gold = passage(people=[{"name": "Trần Văn A", "positions": ["Bí thư", "Chủ tịch"]}])
    predicted = passage(
        people=[
            {"name": "trần văn a", "positions": ["Bí thư"]},
            {"name": "Lê B", "positions": ["X"]},
        ]
    )

    score = score_passage("x", predicted, gold)

    assert score.fields["people"] == Counts(tp=1, fp=1, fn=0)
    assert score.fields["positions"] == Counts(tp=1, fp=1, fn=1)


def test_figures_match_by_value_total_and_compatible_unit():
    gold = passage(
        figures=[
            {"value": 16, "total": 25, "unit": "chỉ tiêu"},
            {"value": 4.061, "unit": None},
            {"value": 3, "unit": "ha"},
        ]
    )
    predicted = passage(
        figures=[
            {"value": 16, "total": 25, "unit": "chỉ tiêu đạt"},
            {"value": 4.061, "unit": "tấn"},
            {"value": 3, "unit": "km"},
        ]
    )

    assert score_passage("x", predicted, gold).fields["figures"] == Counts(tp=2, fp=1, fn=1)


def test_event_date_must_match_exactly_and_a_date_for_none_counts_against():
    right = score_passage("a", passage(event_date="2017-10-20"), passage(event_date="2017-10-20"))
    invented = score_passage("b", passage(event_date="--10-20"), passage())

    report = Report([right, invented])

    assert (report.event_date_accuracy, report.stated_date_accuracy) == (0.5, 1.0)
    assert report.summary()["passages"] == 2


def test_directives_match_by_overlap_then_lead_deadline_and_cooperating_are_scored():
    text = "Giao Sở A chủ trì, phối hợp với Sở B lập đề án trước ngày 1/2/2020. Sở C báo cáo."
    gold = passage(
        directives=[
            {
                "span": "Giao Sở A chủ trì, phối hợp với Sở B lập đề án trước ngày 1/2/2020",
                "lead": "Sở A",
                "cooperating": ["Sở B"],
                "deadline": "2020-02-01",
            },
            {"span": "Sở C báo cáo", "lead": "Sở C", "cooperating": [], "deadline": None},
        ]
    )
    predicted = passage(
        directives=[
            {"span": [0, 55], "lead": "Sở A", "cooperating": ["Sở B"], "deadline": None},
            {"span": [0, 4], "lead": "x", "cooperating": [], "deadline": None},
        ]
    )

    score = score_passage("x", predicted, gold, text=text)

    assert score.directives is not None
    assert (score.directives.tp, score.directives.fp, score.directives.fn) == (1, 1, 1)
    assert (score.directives.lead_ok, score.directives.deadline_ok) == (1, 0)


def test_directives_are_not_scored_where_the_gold_does_not_annotate_them():
    assert score_passage("x", passage(directives=[]), passage()).directives is None
