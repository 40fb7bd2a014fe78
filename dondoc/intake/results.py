"""What the intake finds. Frozen records, each pointing at the words it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from dondoc.intake.spans import Span


@dataclass(frozen=True)
class EventDate:
    """The day of the reported event: ``YYYY-MM-DD``, or ``--MM-DD`` when the year is unknown."""

    value: str
    span: Span
    confidence: float
    note: str = ""


@dataclass(frozen=True)
class DocumentMention:
    """A cited document: its kind word, number as written, date and issuer."""

    kind: str
    number: str
    date: str | None
    issuer: str | None
    span: Span
    confidence: float = 0.9
    title: str = ""


@dataclass(frozen=True)
class PersonMention:
    """A named person with the titles attached to them, each as written."""

    name: str
    positions: tuple[str, ...]
    spans: tuple[Span, ...]
    confidence: float = 0.8


@dataclass(frozen=True)
class Figure:
    """A stated quantity: value, total for "a/b", the unit or counted noun, and its span."""

    value: Decimal
    unit: str | None
    span: Span
    total: Decimal | None = None
    measure: str = ""
    reference: str = ""
    change: str = ""
    confidence: float = 0.8


@dataclass(frozen=True)
class OrganisationMention:
    """An organisation or unit named in the text, as written."""

    name: str
    span: Span


@dataclass(frozen=True)
class PeriodMention:
    """A reporting period named in the text, with its canonical label and code."""

    label: str
    code: str
    span: Span


@dataclass(frozen=True)
class DirectiveMention:
    """A task assigned: its words, who gave it, the lead unit, the units told to co-operate, and
    the deadline (ISO, or ``--MM-DD`` when the year is unknown) beside the deadline as written."""

    speaker: str
    text: str
    span: Span
    lead: str | None = None
    cooperating: tuple[str, ...] = ()
    deadline: str | None = None
    deadline_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (fields as in the Directives section of the annotation guide)."""
        return {
            "span": self.span.to_list(),
            "text": self.text,
            "speaker": self.speaker,
            "lead": self.lead,
            "cooperating": list(self.cooperating),
            "deadline": self.deadline,
            "deadline_text": self.deadline_text,
        }


@dataclass(frozen=True)
class SessionMention:
    """A working session: who came (host, head), whom they met (subject), about what."""

    host: Span | None
    subject: Span | None
    head: str | None
    topic: Span | None
    recommendation_count: int | None
    recommendation_groups: tuple[Span, ...]
    directives: tuple[DirectiveMention, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "host": self.host.text if self.host else None,
            "subject": self.subject.text if self.subject else None,
            "head": self.head,
            "topic": self.topic.text if self.topic else None,
            "recommendations": {
                "count": self.recommendation_count,
                "groups": [g.text for g in self.recommendation_groups],
            },
            "directives": [
                {"speaker": d.speaker, "text": d.text, "span": d.span.to_list()}
                for d in self.directives
            ],
        }


@dataclass(frozen=True)
class Warning:
    """Something the reader should check: a date line that contradicts the content, say."""

    code: str
    message: str
    span: Span | None = None


@dataclass(frozen=True)
class DocumentHeader:
    """An official document's own header (Decree 30/2020 or Guidance 36-HD/VPTW layout)."""

    layout: str  # "state" or "party"
    kind: str
    number: Span | None
    issuer: Span | None
    superior: Span | None
    place: Span | None
    date: str | None
    date_span: Span | None
    summary: Span | None
    authority: Span | None  # "KT. BỘ TRƯỞNG, CHỦ NHIỆM": signing on behalf of
    signer_title: Span | None
    signer_name: Span | None
    recipients: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: each part as written, and its span under ``spans``."""
        parts = {
            "number": self.number,
            "issuer": self.issuer,
            "superior": self.superior,
            "place": self.place,
            "date_line": self.date_span,
            "summary": self.summary,
            "authority": self.authority,
            "signer_title": self.signer_title,
            "signer_name": self.signer_name,
        }
        return {
            "layout": self.layout,
            "kind": self.kind,
            "date": self.date,
            **{name: span.text if span else None for name, span in parts.items()},
            "recipients": [r.text for r in self.recipients],
            "spans": {
                **{name: span.to_list() for name, span in parts.items() if span},
                "recipients": [r.to_list() for r in self.recipients],
            },
        }


@dataclass(frozen=True)
class IntakeResult:
    """Everything read from one text."""

    source: str | None
    encoding: str
    event_date: EventDate | None = None
    documents: tuple[DocumentMention, ...] = ()
    people: tuple[PersonMention, ...] = ()
    author: str | None = None
    figures: tuple[Figure, ...] = ()
    periods: tuple[PeriodMention, ...] = ()
    organisations: tuple[OrganisationMention, ...] = ()
    session: SessionMention | None = None
    directives: tuple[DirectiveMention, ...] = ()
    document: DocumentHeader | None = None
    warnings: tuple[Warning, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: field names and value forms as in the gold annotation guide."""
        return {
            "source": self.source,
            "encoding": self.encoding,
            "event_date": self.event_date.value if self.event_date else None,
            "documents": [
                {
                    "kind": d.kind,
                    "number": d.number,
                    "date": d.date,
                    "issuer": d.issuer,
                    "title": d.title,
                    "span": d.span.to_list(),
                }
                for d in self.documents
            ],
            "people": [
                {
                    "name": p.name,
                    "positions": list(p.positions),
                    "spans": [s.to_list() for s in p.spans],
                }
                for p in self.people
            ],
            "author": self.author,
            "figures": [_figure_dict(f) for f in self.figures],
            "periods": [
                {"label": p.label, "code": p.code, "span": p.span.to_list()} for p in self.periods
            ],
            "organisations": [
                {"name": o.name, "span": o.span.to_list()} for o in self.organisations
            ],
            "session": self.session.to_dict() if self.session else None,
            "directives": [d.to_dict() for d in self.directives],
            "document": self.document.to_dict() if self.document else None,
            "warnings": [{"code": w.code, "message": w.message} for w in self.warnings],
        }


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _figure_dict(figure: Figure) -> dict[str, Any]:
    return {
        "value": _number(figure.value),
        "total": _number(figure.total) if figure.total is not None else None,
        "unit": figure.unit,
        "measure": figure.measure,
        "reference": figure.reference,
        "change": figure.change,
        "span": figure.span.to_list(),
    }
