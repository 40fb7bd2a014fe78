"""The conclusion notice (Thông báo kết luận) of a working session: its contents, read once
from the session's record and laid out by ``docx_writer`` and ``pdf_writer`` alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dondoc.apps.directives.models import Directive
from dondoc.apps.exports import wording
from dondoc.apps.exports.issuers import Issuer, issuer_for
from dondoc.apps.exports.models import IssuedNumber
from dondoc.apps.exports.tabular import Table
from dondoc.apps.work_sessions.models import Participant, WorkingSession


@dataclass(frozen=True)
class Signature:
    authority: str  # "T/M BAN THƯỜNG VỤ"
    title: str  # "BÍ THƯ"
    name: str


@dataclass(frozen=True)
class OfficialDocument:
    """What every official document shows, whatever its body."""

    issuer: Issuer
    number: str  # "Số 12-TB/TU"; a blank to fill by hand when not yet issued
    issued_on: date
    title: str
    summary: str
    signature: Signature
    recipients: list[str]
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    @property
    def place_and_date(self) -> str:
        return wording.place_and_date(self.issuer.place, self.issued_on)


def notice_build(
    work_session: WorkingSession, *, issued_on: date | None = None
) -> OfficialDocument:
    """The notice of ``work_session``, numbered if its number is in the register."""
    issued = IssuedNumber.objects.filter(
        work_session=work_session, kind_symbol=wording.NOTICE_KIND
    ).first()
    issued_on = issued.issued_on if issued else (issued_on or work_session.held_on)
    issuer = issuer_for(work_session.host_unit, on=issued_on)
    participants = list(work_session.participants.select_related("person"))
    head_titles = next((p.titles for p in participants if p.person_id == work_session.head_id), "")
    directives = list(
        Directive.objects.filter(work_session=work_session)
        .select_related("lead_unit")
        .prefetch_related("co_units")
        .order_by("pk")
    )
    return OfficialDocument(
        issuer=issuer,
        number=_number(issuer, issued),
        issued_on=issued_on,
        title=wording.NOTICE_TITLE,
        summary=wording.notice_summary(work_session.host_unit.name, work_session.subject_unit.name),
        signature=Signature(
            issuer.authority_of(head_titles),
            issuer.title_of(head_titles),
            work_session.head.full_name,
        ),
        recipients=_recipients(work_session, directives, issuer),
        paragraphs=_opening(work_session, head_titles, participants),
        sections=_filled(
            (
                wording.ASSESSMENT,
                [work_session.report_summary] if work_session.report_summary else [],
            ),
            (wording.TASKS, [_directive_line(d) for d in directives]),
            (
                wording.ANSWERS.format(unit=work_session.subject_unit.name),
                [
                    f"{r.field_group}: {r.response or wording.NO_ANSWER}"
                    for r in work_session.recommendations.all()
                ],
            ),
        ),
    )


def _filled(*sections: tuple[str, list[str]]) -> list[tuple[str, list[str]]]:
    """The sections that have something to say (a session without recommendations has none)."""
    return [(heading, lines) for heading, lines in sections if lines]


def _number(issuer: Issuer, issued: IssuedNumber | None) -> str:
    return issuer.profile.number_text(
        number=issued.number if issued else None,
        kind_symbol=wording.NOTICE_KIND,
        issuer_symbol=issuer.symbol,
    )


def _opening(
    work_session: WorkingSession, head_titles: str, participants: list[Participant]
) -> list[str]:
    others = [
        f"{p.person.full_name}, {p.titles}" if p.titles else p.person.full_name
        for p in participants
        if p.person_id != work_session.head_id
    ]
    paragraphs = [
        wording.opening(
            day=work_session.held_on,
            head=work_session.head.full_name,
            head_titles=head_titles,
            host=work_session.host_unit.name,
            subject=work_session.subject_unit.name,
            topic=work_session.topic,
        )
    ]
    if others:
        paragraphs.append(wording.attending(others))
    paragraphs.append(wording.heard(work_session.subject_unit.name, work_session.head.full_name))
    return paragraphs


def _directive_line(directive: Directive) -> str:
    deadline = wording.deadline_phrase(
        directive.deadline_kind, directive.due_on, directive.recurrence
    )
    co_units = [unit.name for unit in directive.co_units.all()]
    return wording.directive_line(directive.text, directive.lead_unit.name, co_units, deadline)


def _recipients(
    work_session: WorkingSession, directives: list[Directive], issuer: Issuer
) -> list[str]:
    units = [work_session.subject_unit.name]
    for directive in directives:
        for unit in (directive.lead_unit, *directive.co_units.all()):
            if unit.name not in units:
                units.append(unit.name)
    office = issuer.org_unit.name
    return [f"- {name};" for name in units] + [issuer.profile.archive_text.format(office=office)]
