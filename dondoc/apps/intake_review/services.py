import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from dondoc.apps.directives.models import DeadlineKind
from dondoc.apps.directives.services import directive_assign
from dondoc.apps.documents.models import Document
from dondoc.apps.documents.services import document_record
from dondoc.apps.intake_review.models import IntakeSource, IntakeStatus
from dondoc.apps.orgs.models import OrgUnit, Person
from dondoc.apps.orgs.services import person_create
from dondoc.apps.provenance import Origin, tracked_save
from dondoc.apps.work_sessions.models import Side, WorkingSession
from dondoc.apps.work_sessions.services import (
    participant_add,
    recommendation_add,
    work_session_record,
)
from dondoc.core.document_kinds import DocumentKind
from dondoc.core.text import fold


@transaction.atomic
def intake_source_save(
    *,
    name: str,
    text: str,
    encoding: str,
    result: dict[str, Any],
    org_unit: OrgUnit | None = None,
    user: AbstractBaseUser | None = None,
) -> tuple[IntakeSource, bool]:
    """Store a text and its findings as a draft of ``org_unit``; the same text again for the same
    unit returns the stored one."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = IntakeSource.objects.filter(sha256=digest, org_unit=org_unit).first()
    if existing is not None:
        return existing, False
    source = IntakeSource(
        name=name[:500],
        text=text,
        encoding=encoding,
        sha256=digest,
        result=result,
        org_unit=org_unit,
        origin=Origin.INTAKE,
    )
    return tracked_save(source, user=user), True


@dataclass(frozen=True)
class SessionDraft:
    """The working session a reviewer confirmed, with the units matched or chosen."""

    held_on: date
    host_unit: OrgUnit
    subject_unit: OrgUnit
    head: str
    topic: str
    recommendation_groups: list[str]
    directives: list[tuple[str, str]]  # (speaker, text)


@dataclass(frozen=True)
class ConfirmedItems:
    """What a reviewer kept (after corrections): documents, people, and perhaps the session."""

    documents: list[dict[str, str]]
    people: list[dict[str, str]]
    session: SessionDraft | None = None


@transaction.atomic
def intake_source_confirm(
    source: IntakeSource, *, items: ConfirmedItems, user: AbstractBaseUser | None = None
) -> list[Document | Person | WorkingSession]:
    """Create the confirmed records with their provenance; a source is confirmed only once.

    Records that already exist (the same document number, the same name) are reused, not duplicated.
    """
    # Locked while checked: confirming the same text twice at once creates it once (#8).
    source = IntakeSource.objects.select_for_update().get(pk=source.pk)
    if source.status == IntakeStatus.CONFIRMED:
        raise ValidationError(_("This text has already been confirmed."), code="already_confirmed")
    note = f"intake #{source.pk}: {source.name}"[:500]
    created: list[Document | Person | WorkingSession] = []
    for item in items.documents:
        kind = DocumentKind.from_word(item.get("kind", "")) or DocumentKind.OFFICIAL_LETTER
        created.append(
            document_record(
                kind=kind,
                number=item.get("number", ""),
                issued_on=_iso_day(item.get("date", "")),
                issuer_name=item.get("issuer", "")[:255],
                title=item.get("title", "")[:500],
                origin=Origin.INTAKE,
                user=user,
            )
        )
    created += [
        _person(item["name"], user=user) for item in items.people if item.get("name", "").strip()
    ]
    if items.session is not None:
        created.append(
            _session_create(items.session, source=source, people=items.people, user=user)
        )
    for record in created:
        if record.origin == Origin.INTAKE and not record.origin_note:
            record.origin_note = note
            tracked_save(record, user=user)
    source.status = IntakeStatus.CONFIRMED
    tracked_save(source, user=user)
    return created


def _person(name: str, *, user: AbstractBaseUser | None) -> Person:
    name = " ".join(name.split())
    return Person.objects.filter(search_key=fold(name)).first() or person_create(
        full_name=name, origin=Origin.INTAKE, user=user
    )


def _session_create(
    draft: SessionDraft,
    *,
    source: IntakeSource,
    people: list[dict[str, str]],
    user: AbstractBaseUser | None,
) -> WorkingSession:
    """The session, its participants with their titles that day, recommendations and directives."""
    head = _person(draft.head, user=user)
    work_session = work_session_record(
        held_on=draft.held_on,
        host_unit=draft.host_unit,
        subject_unit=draft.subject_unit,
        head=head,
        topic=draft.topic[:500],
        source_text=source.text,
        origin=Origin.INTAKE,
        user=user,
    )
    titles = {
        fold(p["name"]): ", ".join(p.get("positions", [])) for p in source.result.get("people", [])
    }
    for item in people:
        person = _person(item["name"], user=user)
        side = Side.DELEGATION if person == head else Side.GUEST
        participant_add(
            work_session,
            person=person,
            side=side,
            titles=titles.get(fold(item["name"]), "")[:500],
            user=user,
        )
    for group in draft.recommendation_groups:
        recommendation_add(work_session, field_group=group[:500], origin=Origin.INTAKE, user=user)
    for speaker, text in draft.directives:
        directive_assign(
            text=text,
            assigned_on=draft.held_on,
            lead_unit=draft.subject_unit,
            due_on=None,
            deadline_kind=DeadlineKind.NONE,
            work_session=work_session,
            speaker=_person(speaker, user=user),
            origin=Origin.INTAKE,
            user=user,
        )
    return work_session


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
