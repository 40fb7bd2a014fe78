"""The intake pipeline: a sequence of small named steps over one normalised text."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from dondoc.core.periods import find_periods
from dondoc.intake.normalize import Normalized, match_key, normalize
from dondoc.intake.results import (
    DirectiveMention,
    DocumentHeader,
    DocumentMention,
    EventDate,
    IntakeResult,
    PeriodMention,
    PersonMention,
    SessionMention,
)
from dondoc.intake.steps.appointments import add_titles
from dondoc.intake.steps.directives import find_directives
from dondoc.intake.steps.documents import find_documents, find_documents_by_title
from dondoc.intake.steps.event_date import find_event_date, page_year, reports_event
from dondoc.intake.steps.figures import find_figures
from dondoc.intake.steps.header import find_header, header_document, header_signer
from dondoc.intake.steps.organisations import find_organisations
from dondoc.intake.steps.people import find_people
from dondoc.intake.steps.session import find_session


def run(text: str, *, source: str | None, encoding: str) -> IntakeResult:
    """Read ``text`` (already decoded) into an :class:`IntakeResult`."""
    normalized = normalize(text)
    header = find_header(normalized)
    found_periods = find_periods(normalized.text)  # the event's year may come from them too
    event_date, warnings = find_event_date(normalized, periods=found_periods)
    if header is not None and event_date is not None and not reports_event(normalized, event_date):
        event_date = None  # issuing a document is not an event
    documents = _with_header(
        find_documents(normalized) + find_documents_by_title(normalized), header, normalized
    )
    people, author = find_people(normalized)
    if header is not None and header.signer_name is not None:
        # A name in capitals under the signer's title line signs the text; it is no byline.
        author = None if author == header.signer_name.text.upper() else author
    people = add_titles(normalized, _with_signer(people, header))
    excluded = [(d.span.start, d.span.end) for d in documents]
    figures = find_figures(normalized, exclude=_normal_ranges(normalized, excluded))
    periods = tuple(
        PeriodMention(str(p), p.code, normalized.span(*(p.span or (0, 0)))) for p in found_periods
    )
    session = find_session(normalized, people)
    signed_on = date.fromisoformat(header.date) if header and header.date else None
    directives = find_directives(
        normalized,
        people=tuple(people),
        year=signed_on.year if signed_on else _year(event_date) or page_year(normalized.text),
        signed_on=signed_on,
    )
    return IntakeResult(
        source=source,
        encoding=encoding,
        event_date=event_date,
        documents=tuple(documents),
        people=tuple(p for p in people if author is None or p.name.upper() != author),
        author=author,
        figures=tuple(figures),
        periods=periods,
        organisations=tuple(find_organisations(normalized)),
        session=session,
        directives=_with_session_directives(directives, session),
        document=header,
        warnings=tuple(warnings),
    )


def _with_header(
    documents: list[DocumentMention], header: DocumentHeader | None, normalized: Normalized
) -> list[DocumentMention]:
    """The document's own number first, with the header's kind, date and issuer."""
    own = header_document(header, normalized.text) if header else None
    if own is None:
        return documents
    key = "".join(own.number.split()).upper()
    same = [d for d in documents if "".join(d.number.split()).upper() == key]
    others = [d for d in documents if d not in same]
    if same:
        cited = same[0]
        own = DocumentMention(
            own.kind, cited.number, own.date or cited.date, own.issuer or cited.issuer, own.span
        )
    return [own, *others]


def _with_signer(people: list[PersonMention], header: DocumentHeader | None) -> list[PersonMention]:
    """The signer joins the people; the title line above the name is one of their positions."""
    signer = header_signer(header) if header else None
    if signer is None:
        return people
    for index, person in enumerate(people):
        if match_key(person.name) == match_key(signer.name):
            positions = person.positions + tuple(
                p for p in signer.positions if p not in person.positions
            )
            people[index] = PersonMention(
                person.name, positions, person.spans + signer.spans, person.confidence
            )
            return people
    return [*people, signer]


def _year(event_date: EventDate | None) -> int | None:
    if event_date is None or event_date.value.startswith("--"):
        return None
    return int(event_date.value[:4])


def _with_session_directives(
    directives: list[DirectiveMention], session: SessionMention | None
) -> tuple[DirectiveMention, ...]:
    """The assigned tasks, and the session's speech directives that none of them covers."""
    if session is None:
        return tuple(directives)
    covered = [(d.span.start, d.span.end) for d in directives]
    extra = [
        d
        for d in session.directives
        if not any(start < d.span.end and d.span.start < end for start, end in covered)
    ]
    return tuple(sorted([*directives, *extra], key=lambda d: d.span.start))


def _normal_ranges(normalized: Normalized, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Map original-text ranges back to normal-form ranges (offsets only ever grow)."""
    return [
        (bisect_left(normalized.offsets, start), bisect_left(normalized.offsets, end))
        for start, end in ranges
    ]
