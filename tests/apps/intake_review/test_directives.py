"""Confirming a text creates its document, session and directives: once, all or nothing (#9)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.directives.models import DeadlineKind, Directive
from dondoc.apps.documents.models import Document
from dondoc.apps.documents.services import document_record
from dondoc.apps.intake_review.models import IntakeStatus
from dondoc.apps.intake_review.services import (
    ConfirmedItems,
    DirectiveDraft,
    SessionDraft,
    intake_source_confirm,
    intake_source_save,
)
from dondoc.apps.orgs.models import Person
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.apps.work_sessions.services import work_session_record
from dondoc.core.document_kinds import DocumentKind

NOTICE = {
    "kind": "Thông báo",
    "number": "15-TB/HU",
    "date": "2024-03-10",
    "issuer": "HUYỆN ỦY BẮC HÀ",
}


def draft(text="Thông báo 15-TB/HU", result=None):
    source, _ = intake_source_save(
        name="tb", text=text, encoding="utf-8", result=result or {"people": []}
    )
    return source


def tasks(world, **changes):
    review = DirectiveDraft(
        text="Rà soát các tiêu chí nông thôn mới",
        lead_unit=world.district,
        co_units=(world.commune,),
        due_on=date(2024, 6, 30),
    )
    second = DirectiveDraft(text="Cứng hóa đường giao thông", lead_unit=world.commune)
    return [review, DirectiveDraft(**{**second.__dict__, **changes})]


def confirm(source, world, **changes):
    items = ConfirmedItems(
        documents=[NOTICE], people=[], directives=tasks(world, **changes), own_document=0
    )
    return intake_source_confirm(source, items=items)


def stored_counts():
    return (Document.objects.count(), Directive.objects.count(), WorkingSession.objects.count())


def test_confirming_creates_the_directives_of_the_notice_with_their_units_and_deadlines(world):
    records = confirm(draft(), world)

    first, second = (r for r in records if isinstance(r, Directive))
    assert (first.lead_unit, list(first.co_units.all())) == (world.district, [world.commune])
    assert (first.deadline_kind, first.due_on) == (DeadlineKind.DATE, date(2024, 6, 30))
    assert (second.deadline_kind, second.due_on) == (DeadlineKind.NONE, None)
    assert {d.document.number for d in (first, second)} == {"15-TB/HU"}
    assert {d.assigned_on for d in (first, second)} == {date(2024, 3, 10)}


def test_a_directive_read_from_a_text_says_where_it_came_from(world):
    source = draft()

    directive = next(r for r in confirm(source, world) if isinstance(r, Directive))

    assert (directive.origin, directive.origin_note) == ("intake", f"intake #{source.pk}: tb")
    assert directive.states.get().lead_unit == world.district


def test_a_deadline_before_the_documents_date_stores_nothing(world):
    source = draft()
    before = stored_counts()

    with pytest.raises(ValidationError) as error:
        confirm(source, world, due_on=date(2024, 3, 1))

    assert error.value.code == "deadline_before_assignment"
    assert stored_counts() == before
    source.refresh_from_db()
    assert source.status == IntakeStatus.DRAFT


def test_a_unit_dissolved_before_the_documents_date_is_refused_and_nothing_stored(world):
    source = draft()
    late = {**NOTICE, "date": "2025-08-01"}
    items = ConfirmedItems(documents=[late], people=[], directives=tasks(world), own_document=0)

    with pytest.raises(ValidationError) as error:
        intake_source_confirm(source, items=items)

    assert error.value.code == "unit_not_valid"
    assert "không tồn tại vào ngày 01/08/2025" in error.value.messages[0]
    assert stored_counts() == (0, 0, 0)


def test_confirming_twice_creates_nothing_twice(world):
    source = draft()
    confirm(source, world)
    after_first = stored_counts()

    with pytest.raises(ValidationError) as error:
        confirm(source, world)

    assert error.value.code == "already_confirmed"
    assert stored_counts() == after_first == (1, 2, 0)


def test_a_second_reading_of_the_same_notice_links_its_document_and_directives(world):
    first = confirm(draft(), world)

    second = confirm(draft("Thông báo 15-TB/HU, bản chụp"), world)

    assert stored_counts() == (1, 2, 0)
    assert [r.pk for r in second] == [r.pk for r in first]


def test_a_document_stored_with_the_same_number_and_issuer_is_linked_not_duplicated(world):
    stored = document_record(
        kind=DocumentKind.NOTICE, number="15-TB/HU", issuer_name="Huyện ủy Bắc Hà"
    )

    records = confirm(draft(), world)

    assert records[0] == stored
    assert Document.objects.count() == 1
    assert Directive.objects.filter(document=stored).count() == 2


def test_the_same_number_from_another_issuer_is_another_document(world):
    document_record(kind=DocumentKind.NOTICE, number="15-TB/HU", issuer_name="Huyện ủy Nam Hà")

    confirm(draft(), world)

    assert Document.objects.filter(number="15-TB/HU").count() == 2


def session_of(world, held_on=date(2024, 3, 8)):
    return SessionDraft(
        held_on=held_on,
        host_unit=world.district_party,
        subject_unit=world.commune,
        head="Nguyễn Văn An",
        topic="nông thôn mới",
        recommendation_groups=["giao thông"],
        directives=[],
    )


def confirm_session(world, session, source=None, directives=()):
    items = ConfirmedItems(
        documents=[],
        people=[],
        session=session,
        person_choices={"Nguyễn Văn An": world.an.pk},
        directives=list(directives),
    )
    return intake_source_confirm(source or draft(), items=items)


def test_a_session_of_the_same_day_between_the_same_units_is_linked(world):
    stored = work_session_record(
        held_on=date(2024, 3, 8),
        host_unit=world.district_party,
        subject_unit=world.commune,
        head=world.binh,
        topic="đã ghi",
    )

    records = confirm_session(world, session_of(world), directives=tasks(world)[1:])

    assert WorkingSession.objects.get() == stored == records[0]
    assert (records[1].work_session, records[1].assigned_on) == (stored, date(2024, 3, 8))
    assert [r.field_group for r in stored.recommendations.all()] == ["giao thông"]


def test_a_session_of_another_day_is_a_new_session(world):
    confirm_session(world, session_of(world, held_on=date(2024, 3, 7)))

    confirm_session(world, session_of(world), source=draft("khác"))

    assert WorkingSession.objects.count() == 2


def test_a_recommendation_group_already_on_a_linked_session_is_not_added_again(world):
    confirm_session(world, session_of(world))

    confirm_session(world, session_of(world), source=draft("lần hai"))

    assert WorkingSession.objects.get().recommendations.count() == 1


def test_a_directive_with_neither_document_nor_session_needs_its_day(world):
    items = ConfirmedItems(documents=[], people=[], directives=tasks(world))

    with pytest.raises(ValidationError) as error:
        intake_source_confirm(draft(), items=items)

    assert error.value.code == "directive_day_unknown"
    assert not Directive.objects.exists()


def test_a_directive_given_its_own_day_needs_no_document(world):
    directive = DirectiveDraft(
        text="Báo cáo", lead_unit=world.commune, assigned_on=date(2024, 1, 5)
    )

    (record,) = intake_source_confirm(
        draft(), items=ConfirmedItems(documents=[], people=[], directives=[directive])
    )

    assert (record.assigned_on, record.document) == (date(2024, 1, 5), None)


def test_the_own_document_must_be_one_of_those_kept(world):
    items = ConfirmedItems(documents=[], people=[], directives=tasks(world), own_document=0)

    with pytest.raises(ValidationError) as error:
        intake_source_confirm(draft(), items=items)

    assert error.value.code == "own_document_not_kept"


def test_a_directive_kept_with_no_words_is_refused(world):
    with pytest.raises(ValidationError) as error:
        confirm(draft(), world, text="  ")

    assert error.value.code == "directive_empty"
    assert stored_counts() == (0, 0, 0)


def test_a_speaker_becomes_the_person_who_gave_the_directive(world):
    records = confirm(draft(), world, speaker="Phạm Thị Hoa")

    directive = next(r for r in records[2:] if r.speaker_id)
    assert directive.speaker == Person.objects.get(full_name="Phạm Thị Hoa")


def test_the_lead_unit_is_not_also_a_co_operating_unit(world):
    records = confirm(draft(), world, co_units=(world.commune, world.district))

    assert list(records[2].co_units.all()) == [world.district]


def test_a_speech_directive_of_the_session_gets_the_lead_unit_the_intake_read(world):
    result = {"directives": [{"text": "Làm đường", "lead": "Huyện Bắc Hà"}]}
    session = SessionDraft(**{**session_of(world).__dict__, "directives": [("", "Làm đường")]})

    confirm_session(world, session, source=draft(result=result))

    assert Directive.objects.get(text="Làm đường").lead_unit == world.district


def test_a_speech_directive_with_no_lead_read_goes_to_the_unit_visited(world):
    session = SessionDraft(**{**session_of(world).__dict__, "directives": [("", "Làm đường")]})

    confirm_session(world, session)

    assert Directive.objects.get(text="Làm đường").lead_unit == world.commune


def test_a_person_already_at_a_linked_session_is_not_added_again(world):
    confirm_session(world, session_of(world))
    items = ConfirmedItems(
        documents=[],
        people=[{"name": "Nguyễn Văn An"}],
        session=session_of(world),
        person_choices={"Nguyễn Văn An": world.an.pk},
    )
    intake_source_confirm(draft("lần hai"), items=items)

    intake_source_confirm(draft("lần ba"), items=items)

    assert WorkingSession.objects.get().participants.get().person == world.an
