from collections.abc import Sequence
from datetime import date

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction

from dondoc.apps.documents.models import Document
from dondoc.apps.orgs.models import OrgUnit, Person
from dondoc.apps.provenance import Origin, tracked_save
from dondoc.apps.work_sessions.models import (
    Participant,
    Recommendation,
    RecommendationStatus,
    Side,
    WorkingSession,
)
from dondoc.apps.work_sessions.selectors import titles_held_on


@transaction.atomic
def work_session_record(
    *,
    held_on: date,
    host_unit: OrgUnit,
    subject_unit: OrgUnit,
    head: Person,
    topic: str,
    report_summary: str = "",
    source_document: Document | None = None,
    source_text: str = "",
    origin: Origin = Origin.TYPED,
    user: AbstractBaseUser | None = None,
) -> WorkingSession:
    """Record a session; the head of delegation becomes its first participant."""
    return tracked_save(
        WorkingSession(
            held_on=held_on,
            host_unit=host_unit,
            subject_unit=subject_unit,
            head=head,
            topic=topic,
            report_summary=report_summary,
            source_document=source_document,
            source_text=source_text,
            origin=origin,
        ),
        user=user,
    )


@transaction.atomic
def participant_add(
    work_session: WorkingSession,
    *,
    person: Person,
    side: Side,
    titles: str = "",
    origin: Origin = Origin.TYPED,
    user: AbstractBaseUser | None = None,
) -> Participant:
    ordinal = work_session.participants.count() + 1
    participant = Participant(
        work_session=work_session,
        person=person,
        side=side,
        titles=titles,
        ordinal=ordinal,
        origin=origin,
    )
    return tracked_save(participant, user=user)


@transaction.atomic
def recommendation_add(
    work_session: WorkingSession,
    *,
    field_group: str,
    text: str = "",
    origin: Origin = Origin.TYPED,
    is_illustrative: bool = False,
    user: AbstractBaseUser | None = None,
) -> Recommendation:
    ordinal = work_session.recommendations.count() + 1
    recommendation = Recommendation(
        work_session=work_session,
        ordinal=ordinal,
        field_group=field_group,
        text=text,
        origin=origin,
        is_illustrative=is_illustrative,
    )
    return tracked_save(recommendation, user=user)


@transaction.atomic
def recommendation_answer(
    recommendation: Recommendation,
    *,
    response: str,
    responded_by: Person,
    status: RecommendationStatus = RecommendationStatus.ANSWERED,
    user: AbstractBaseUser | None = None,
) -> Recommendation:
    recommendation.response = response
    recommendation.responded_by = responded_by
    recommendation.status = status
    return tracked_save(recommendation, user=user)


@transaction.atomic
def work_session_record_with_people(
    *,
    held_on: date,
    host_unit: OrgUnit,
    subject_unit: OrgUnit,
    head: Person,
    topic: str,
    report_summary: str = "",
    delegation: Sequence[Person] = (),
    hosts: Sequence[Person] = (),
    user: AbstractBaseUser | None = None,
) -> WorkingSession:
    """Record a session typed on the web with its people, each with the titles held that day
    (taken from their positions, so nobody types them again)."""
    work_session = work_session_record(
        held_on=held_on,
        host_unit=host_unit,
        subject_unit=subject_unit,
        head=head,
        topic=topic,
        report_summary=report_summary,
        user=user,
    )
    seen: set[int] = set()
    for side, people in ((Side.DELEGATION, [head, *delegation]), (Side.HOST, hosts)):
        for person in people:
            if person.pk in seen:
                continue
            seen.add(person.pk)
            titles = titles_held_on(person, on=held_on)
            participant_add(work_session, person=person, side=side, titles=titles, user=user)
    return work_session
