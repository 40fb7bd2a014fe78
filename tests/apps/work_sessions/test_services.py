from datetime import date

import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.work_sessions.models import RecommendationStatus, Side
from dondoc.apps.work_sessions.services import (
    participant_add,
    recommendation_add,
    recommendation_answer,
    work_session_record,
)

DAY = date(2017, 10, 20)


def session(world, **kwargs):
    kwargs.setdefault("held_on", DAY)
    kwargs.setdefault("subject_unit", world.district_party)
    return work_session_record(
        host_unit=world.province_party, head=world.an, topic="Kết quả 9 tháng", **kwargs
    )


def test_a_session_keeps_participants_in_order_with_their_titles_that_day(world):
    work_session = session(world)

    participant_add(work_session, person=world.an, side=Side.DELEGATION, titles="Bí thư Tỉnh ủy")
    participant_add(
        work_session, person=world.binh, side=Side.GUEST, titles="Phó Chủ tịch HĐND tỉnh"
    )

    assert [str(p) for p in work_session.participants.all()] == [
        "Nguyễn Văn An (Bí thư Tỉnh ủy)",
        "Lê Thị Bình (Phó Chủ tịch HĐND tỉnh)",
    ]


def test_a_session_with_a_unit_that_did_not_exist_that_day_is_refused(world):
    with pytest.raises(ValidationError, match="không tồn tại vào ngày 20/10/2026"):
        session(world, held_on=date(2026, 10, 20))


def test_a_person_takes_part_once(world):
    work_session = session(world)
    participant_add(work_session, person=world.an, side=Side.DELEGATION)

    with pytest.raises(ValidationError):
        participant_add(work_session, person=world.an, side=Side.GUEST)


def test_recommendations_are_numbered_and_answered(world):
    work_session = session(world)
    first = recommendation_add(work_session, field_group="Kinh tế")
    second = recommendation_add(work_session, field_group="Văn hóa, xã hội")

    recommendation_answer(
        second,
        response="Tỉnh sẽ xem xét",
        responded_by=world.binh,
        status=RecommendationStatus.ACCEPTED,
    )

    assert (first.ordinal, second.ordinal) == (1, 2)
    assert (first.status, second.status) == (
        RecommendationStatus.OPEN,
        RecommendationStatus.ACCEPTED,
    )


def test_a_unit_cannot_hold_a_session_with_itself(world):
    with pytest.raises(ValidationError):
        session(world, subject_unit=world.province_party)
