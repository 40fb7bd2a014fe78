import hashlib
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from dondoc.apps.directives.models import DeadlineKind, Directive
from dondoc.apps.directives.services import board_version_bump, directive_assign
from dondoc.apps.documents.models import Document
from dondoc.apps.documents.selectors import document_find
from dondoc.apps.documents.services import document_number_canonical, document_record
from dondoc.apps.indicators.models import IndicatorValue, Vintage
from dondoc.apps.indicators.services import indicator_value_record
from dondoc.apps.intake_review.drafts import (
    NEW_PERSON,
    ConfirmedItems,
    DirectiveDraft,
    FigureDraft,
    PersonChoice,
    SessionDraft,
)
from dondoc.apps.intake_review.models import IntakeSource, IntakeStatus
from dondoc.apps.orgs.access import org_unit_scope_of
from dondoc.apps.orgs.models import OrgUnit, Person
from dondoc.apps.orgs.selectors import org_unit_match
from dondoc.apps.orgs.services import person_create
from dondoc.apps.provenance import Origin, tracked_save
from dondoc.apps.work_sessions.models import Side, WorkingSession
from dondoc.apps.work_sessions.selectors import work_session_list_same_day
from dondoc.apps.work_sessions.services import (
    participant_add,
    recommendation_add,
    work_session_record,
)
from dondoc.core.document_kinds import DocumentKind
from dondoc.core.text import fold

__all__ = [
    "NEW_PERSON",
    "ConfirmedItems",
    "DirectiveDraft",
    "FigureDraft",
    "PersonChoice",
    "SessionDraft",
    "intake_source_confirm",
    "intake_source_save",
]

Record = Document | Person | WorkingSession | Directive | IndicatorValue


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


class _People:
    """The people of one confirmation: never merged by name, only as the reviewer chose (#8)."""

    def __init__(self, choices: Mapping[str, PersonChoice], user: AbstractBaseUser | None):
        self.choices = {" ".join(name.split()): choice for name, choice in choices.items()}
        self.user = user
        self.made: dict[str, Person] = {}

    def __call__(self, name: str) -> Person:
        name = " ".join(name.split())
        if name not in self.made:
            self.made[name] = self._resolve(name)
        return self.made[name]

    def _resolve(self, name: str) -> Person:
        choice = self.choices.get(name)
        if isinstance(choice, int):
            chosen = Person.objects.filter(pk=choice).first()
            if chosen is None:
                raise ValidationError(
                    _("The person chosen for %(name)s does not exist."),
                    code="person_not_found",
                    params={"name": name},
                )
            return chosen
        if choice != NEW_PERSON and Person.objects.filter(search_key=fold(name)).exists():
            raise ValidationError(
                _("Choose whether %(name)s is a person already stored or a new one."),
                code="person_choice_required",
                params={"name": name},
            )
        return person_create(full_name=name, origin=Origin.INTAKE, user=self.user)


@transaction.atomic
def intake_source_confirm(
    source: IntakeSource, *, items: ConfirmedItems, user: AbstractBaseUser | None = None
) -> list[Record]:
    """Create the confirmed records with their provenance, in one transaction: a refused item
    stores nothing, and a source is confirmed only once.

    A document already stored (the same number and issuer) is linked, not recorded again, and so
    is a session of the same day between the same units, a directive with the same words and
    lead unit given by them, and a figure already stored with the same value. People are reused
    only as the reviewer chose (``items.person_choices``), never because their names match (#8,
    #9). Kept figures are estimates that wait for a reviewer's approval.
    """
    # Locked while checked: confirming the same text twice at once creates it once (#8).
    source = IntakeSource.objects.select_for_update().get(pk=source.pk)
    if source.status == IntakeStatus.CONFIRMED:
        raise ValidationError(_("This text has already been confirmed."), code="already_confirmed")
    # The areas whose directives this confirmation writes, locked first in one order: two
    # confirmations spanning provinces wait for each other instead of deadlocking (#7). The
    # session's speech directives are led by the units read for them, else by its subject.
    speech_leads = _speech_leads(source, draft=items.session, user=user) if items.session else {}
    leads = [draft.lead_unit.path for draft in items.directives]
    leads += [unit.path for unit in speech_leads.values()]
    board_version_bump([*leads, *([items.session.subject_unit.path] if items.session else [])])
    documents = [_document_link(item, user=user) for item in items.documents]
    person = _People(items.person_choices, user)
    created: list[Record] = [*documents]
    created += [person(item["name"]) for item in items.people if item.get("name", "").strip()]
    own, own_on = _own_document(items, documents)
    work_session = None
    if items.session is not None:
        work_session = _session_link(
            items.session,
            source=source,
            own=own,
            people=items.people,
            person=person,
            leads=speech_leads,
            user=user,
        )
        created.append(work_session)
    for draft in items.directives:
        given = draft if draft.assigned_on else replace(draft, assigned_on=own_on)
        created.append(
            _directive_link(
                given, document=own, work_session=work_session, person=person, user=user
            )
        )
    reported_on = own_on or (work_session.held_on if work_session else None)
    for figure in items.figures:
        created.append(
            _figure_record(
                figure,
                source=source,
                document=own,
                reported_on=reported_on or timezone.localdate(),
                user=user,
            )
        )
    _stamp(created, note=f"intake #{source.pk}: {source.name}"[:500], user=user)
    source.status = IntakeStatus.CONFIRMED
    tracked_save(source, user=user)
    return created


def _document_link(item: dict[str, str], *, user: AbstractBaseUser | None) -> Document:
    """The stored document the item means, or a new one."""
    kind = DocumentKind.from_word(item.get("kind", "")) or DocumentKind.OFFICIAL_LETTER
    issuer_name = item.get("issuer", "")[:255]
    number = document_number_canonical(item.get("number", ""))
    found = document_find(kind=kind, number=number, issuer_name=issuer_name)
    if found is not None:
        return found
    return document_record(
        kind=kind,
        number=item.get("number", ""),
        issued_on=_iso_day(item.get("date", "")),
        issuer_name=issuer_name,
        title=item.get("title", "")[:500],
        origin=Origin.INTAKE,
        user=user,
    )


def _own_document(
    items: ConfirmedItems, documents: list[Document]
) -> tuple[Document | None, date | None]:
    """The text's own document and its date (as stored, else as the reviewer gave it)."""
    index = items.own_document
    if index is None:
        return None, None
    if not 0 <= index < len(documents):
        raise ValidationError(
            _("The document the directives come from is not among the documents kept."),
            code="own_document_not_kept",
        )
    document = documents[index]
    return document, document.issued_on or _iso_day(items.documents[index].get("date", ""))


def _session_link(
    draft: SessionDraft,
    *,
    source: IntakeSource,
    own: Document | None,
    people: list[dict[str, str]],
    person: _People,
    leads: dict[str, OrgUnit],
    user: AbstractBaseUser | None,
) -> WorkingSession:
    """The session of that day between those units if one is stored, else a new one; then its
    participants, recommendations and speech directives (led by ``leads`` of their text, else
    by the session's subject), each added once."""
    stored = work_session_list_same_day(
        held_on=draft.held_on, host_unit=draft.host_unit, subject_unit=draft.subject_unit
    ).filter(host_unit=draft.host_unit)
    work_session = stored.first() or work_session_record(
        held_on=draft.held_on,
        host_unit=draft.host_unit,
        subject_unit=draft.subject_unit,
        head=person(draft.head),
        topic=draft.topic[:500],
        source_document=own,
        source_text=source.text,
        origin=Origin.INTAKE,
        user=user,
    )
    _participants_add(work_session, source=source, people=people, person=person, user=user)
    groups = {fold(r.field_group) for r in work_session.recommendations.all()}
    for group in draft.recommendation_groups:
        if fold(group[:500]) not in groups:
            groups.add(fold(group[:500]))
            recommendation_add(
                work_session, field_group=group[:500], origin=Origin.INTAKE, user=user
            )
    for speaker, text in draft.directives:
        directive = DirectiveDraft(
            text=text, lead_unit=leads.get(text, draft.subject_unit), speaker=speaker
        )
        _directive_link(
            directive, document=None, work_session=work_session, person=person, user=user
        )
    return work_session


def _participants_add(
    work_session: WorkingSession,
    *,
    source: IntakeSource,
    people: list[dict[str, str]],
    person: _People,
    user: AbstractBaseUser | None,
) -> None:
    """The people kept, with their titles as read, unless they already attended."""
    titles = {
        fold(p["name"]): ", ".join(p.get("positions", [])) for p in source.result.get("people", [])
    }
    present = set(work_session.participants.values_list("person_id", flat=True))
    for item in people:
        participant = person(item["name"])
        if participant.pk in present:
            continue
        present.add(participant.pk)
        side = Side.DELEGATION if participant.pk == work_session.head_id else Side.GUEST
        participant_add(
            work_session,
            person=participant,
            side=side,
            titles=titles.get(fold(item["name"]), "")[:500],
            user=user,
        )


def _speech_leads(
    source: IntakeSource, *, draft: SessionDraft, user: AbstractBaseUser | None
) -> dict[str, OrgUnit]:
    """The lead unit the intake read for each speech directive, matched within the user's area
    to a unit that existed on the session's day."""
    written = {
        item.get("text", ""): item["lead"]
        for item in source.result.get("directives", [])
        if item.get("lead")
    }
    wanted = {text: written[text] for _speaker, text in draft.directives if text in written}
    scope = org_unit_scope_of(user) if user is not None else None
    matches = org_unit_match(list(wanted.values()), scope=scope, on=draft.held_on)
    return {text: matches[lead] for text, lead in wanted.items() if lead in matches}


def _directive_link(
    draft: DirectiveDraft,
    *,
    document: Document | None,
    work_session: WorkingSession | None,
    person: _People,
    user: AbstractBaseUser | None,
) -> Directive:
    """The directive, given by the document and/or at the session; the same words with the same
    lead unit from the same document and session are the directive already stored."""
    text = " ".join(draft.text.split())
    assigned_on = _assigned_on(draft, text=text, work_session=work_session)
    co_units = [unit for unit in dict.fromkeys(draft.co_units) if unit != draft.lead_unit]
    for org_unit in (draft.lead_unit, *co_units):
        _require_unit_on(org_unit, on=assigned_on, text=text)
    if draft.due_on is not None and draft.due_on < assigned_on:
        raise ValidationError(
            _("The deadline of “%(text)s” (%(due)s) is before the day it was given (%(day)s)."),
            code="deadline_before_assignment",
            params={
                "text": _short(text),
                "due": f"{draft.due_on:%d/%m/%Y}",
                "day": f"{assigned_on:%d/%m/%Y}",
            },
        )
    stored = Directive.objects.filter(
        search_key=" ".join(fold(text).split()),
        lead_unit=draft.lead_unit,
        document=document,
        work_session=work_session,
    ).first()
    if stored is not None:
        return stored
    return directive_assign(
        text=text,
        assigned_on=assigned_on,
        lead_unit=draft.lead_unit,
        co_units=co_units,
        due_on=draft.due_on,
        deadline_kind=DeadlineKind.DATE if draft.due_on else DeadlineKind.NONE,
        document=document,
        work_session=work_session,
        speaker=person(draft.speaker) if draft.speaker.strip() else None,
        origin=Origin.INTAKE,
        user=user,
    )


def _assigned_on(draft: DirectiveDraft, *, text: str, work_session: WorkingSession | None) -> date:
    if not text:
        raise ValidationError(
            _("A directive kept needs its words; drop it or write them."), code="directive_empty"
        )
    day = draft.assigned_on or (work_session.held_on if work_session else None)
    if day is None:
        raise ValidationError(
            _(
                "“%(text)s” needs the day it was given: keep the document with its date, or "
                "the working session."
            ),
            code="directive_day_unknown",
            params={"text": _short(text)},
        )
    return day


def _require_unit_on(org_unit: OrgUnit, *, on: date, text: str) -> None:
    if not org_unit.is_valid_on(on):
        raise ValidationError(
            _("%(unit)s, named in “%(text)s”, did not exist on %(day)s."),
            code="unit_not_valid",
            params={"unit": org_unit.name, "text": _short(text), "day": f"{on:%d/%m/%Y}"},
        )


def _figure_record(
    draft: FigureDraft,
    *,
    source: IntakeSource,
    document: Document | None,
    reported_on: date,
    user: AbstractBaseUser | None,
) -> IndicatorValue:
    """The figure as an estimate waiting for approval; the same value already stored (a second
    reading of the text) is that value, another one is refused as a second estimate."""
    stored = IndicatorValue.objects.filter(
        indicator=draft.indicator,
        org_unit=draft.org_unit,
        period_code=draft.period.code,
        vintage=Vintage.ESTIMATE,
        value=draft.value,
        total=draft.total,
    ).first()
    if stored is not None:
        return stored
    return indicator_value_record(
        draft.indicator,
        org_unit=draft.org_unit,
        period=draft.period,
        value=draft.value,
        total=draft.total,
        reference=draft.reference,
        vintage=Vintage.ESTIMATE,
        reported_on=reported_on,
        source_document=document,
        source_text=source.text,
        source_span=draft.span,
        origin=Origin.INTAKE,
        user=user,
    )


def _stamp(records: list[Record], *, note: str, user: AbstractBaseUser | None) -> None:
    """Note the source on each record read from it that has no note yet."""
    for record in dict.fromkeys(records):
        if record.origin == Origin.INTAKE and not record.origin_note:
            record.origin_note = note
            tracked_save(record, user=user)


def _short(text: str) -> str:
    return text if len(text) <= 60 else f"{text[:59]}…"


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
