"""What the API reads and writes, as typed schemas (they make the OpenAPI document)."""

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import BaseModel

from dondoc.apps.api.paging import MAX_ID, NO_NUL, Day
from dondoc.apps.directives.models import Directive, UpdateKind
from dondoc.apps.directives.selectors import Board, BoardRow, Reminder
from dondoc.core.progress import Progress

FactKindIn = Literal["progress", "done", "accepted", "returned", "extension_requested", "reopened"]
assert set(FactKindIn.__args__) == set(UpdateKind.values)  # type: ignore[attr-defined]  # noqa: S101


class PlainOut(BaseModel):
    """An answer the endpoint builds as plain values (dicts, dates, numbers): pydantic validates
    it alone. A ninja ``Schema`` wraps every value it validates in its attribute getter, to read
    model instances; on a board page that was 0.9 ms of its ~7, against 0.08 (#12). Fields that
    are model instances (a timeline's facts) keep their ``Schema``, which reads them as before."""


class PageOut(Schema):
    page: int
    per_page: int
    total: int


class UnitOut(Schema):
    id: int
    name: str
    short_name: str
    kind: str
    parent_id: int | None
    admin_code: str
    valid_from: date
    valid_until: date | None


class PositionOut(Schema):
    id: int
    person_id: int
    person_name: str = Field(alias="person.full_name")
    org_unit_id: int
    title: str
    rank: int
    start_on: date
    end_on: date | None


class SuccessorOut(Schema):
    unit: UnitOut
    share: Decimal


class UnitDetailOut(UnitOut):
    as_of: date
    is_valid: bool
    successors: list[SuccessorOut]
    positions: list[PositionOut]


class UnitPageOut(PageOut):
    as_of: date
    items: list[UnitOut]


class PersonOut(Schema):
    id: int
    full_name: str
    positions: list[PositionOut]


class PersonPageOut(PageOut):
    as_of: date
    items: list[PersonOut]


class DocumentOut(Schema):
    id: int
    kind: str
    number: str
    number_raw: str
    issued_on: date | None
    issuer_id: int | None
    issuer_name: str
    title: str


class DocumentPageOut(PageOut):
    items: list[DocumentOut]


class TargetOut(Schema):
    id: int
    value: Decimal
    direction: str
    period_code: str
    due_on: date | None
    label: str
    is_primary: bool


class IndicatorValueOut(Schema):
    id: int
    org_unit_id: int
    period_code: str
    value: Decimal
    total: Decimal | None
    vintage: str
    reported_on: date
    is_locked: bool


class IndicatorOut(Schema):
    id: int
    code: str
    name: str
    unit: str
    basis: str
    span_code: str
    org_unit_id: int
    document_id: int | None


class IndicatorDetailOut(IndicatorOut):
    as_of: date
    targets: list[TargetOut]
    values_as_reported: list[IndicatorValueOut]


class IndicatorPageOut(PageOut):
    items: list[IndicatorOut]


class KeyTaskOut(Schema):
    id: int
    org_unit_id: int
    year: int
    ordinal: int
    title: str
    status: str


class KeyTaskNoteOut(Schema):
    id: int
    noted_on: date
    period_code: str
    status: str
    text: str


class KeyTaskDetailOut(KeyTaskOut):
    notes: list[KeyTaskNoteOut]


class KeyTaskPageOut(PageOut):
    items: list[KeyTaskOut]


class WorkSessionOut(Schema):
    id: int
    held_on: date
    host_unit_id: int | None
    subject_unit_id: int
    head_id: int | None
    topic: str


class ParticipantOut(Schema):
    id: int
    person_id: int
    person_name: str = Field(alias="person.full_name")
    side: str
    titles: str
    ordinal: int


class RecommendationOut(Schema):
    id: int
    ordinal: int
    field_group: str
    text: str
    response: str
    responded_by_id: int | None
    status: str


class WorkSessionDetailOut(WorkSessionOut):
    report_summary: str
    participants: list[ParticipantOut]
    recommendations: list[RecommendationOut]


class WorkSessionPageOut(PageOut):
    items: list[WorkSessionOut]


class ProgressOut(PlainOut):
    status: str
    due_on: date | None
    original_due_on: date | None
    days_overdue: int
    days_late: int


class DirectiveOut(PlainOut):
    id: int
    text: str
    assigned_on: date
    lead_unit_id: int
    lead_unit_name: str
    work_session_id: int | None
    document_id: int | None
    speaker_id: int | None
    responsible_person_id: int | None
    progress: ProgressOut | None
    problem: str = ""


class FactOut(Schema):
    id: int
    kind: str
    reported_on: date
    note: str
    created_at: datetime
    created_by: str | None = Field(None, alias="created_by.username")


class ExtensionOut(Schema):
    id: int
    granted_on: date
    due_on: date
    reason: str
    created_at: datetime


class DirectiveDetailOut(DirectiveOut):
    as_of: date
    version: str
    deadline_kind: str
    recurrence: str
    co_unit_ids: list[int]
    facts: list[FactOut]
    extensions: list[ExtensionOut]
    problems: list[str]


class BoardOut(PlainOut):
    page: int
    per_page: int
    total: int
    as_of: date
    pages: int
    counts: dict[str, int]
    ageing: dict[str, int]
    on_time_rate: float | None
    items: list[DirectiveOut]


class CountsOut(PlainOut):
    as_of: date
    total: int
    counts: dict[str, int]
    ageing: dict[str, int]
    on_time_rate: float | None


class ReminderOut(Schema):
    directive_id: int
    directive_text: str
    lead_unit_id: int
    kind: str
    days: int
    escalated_to_id: int | None
    escalated_to_name: str | None


class FactIn(Schema):
    kind: FactKindIn
    reported_on: Day
    note: str = Field(min_length=1, max_length=5000, pattern=NO_NUL)


class ExtensionIn(Schema):
    granted_on: Day
    due_on: Day
    reason: str = Field(min_length=1, max_length=500, pattern=NO_NUL)


class NotificationOut(Schema):
    id: int
    kind: str
    kind_label: str = Field(alias="get_kind_display")
    text: str
    directive_id: int | None
    created_at: datetime
    read_at: datetime | None


class InboxIn(Schema):
    unread: bool = Field(False, description="Only the notifications not yet read.")


class InboxPageOut(PageOut):
    unread: int
    items: list[NotificationOut]


class InboxReadIn(Schema):
    ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] | None = Field(
        None, max_length=1000, description="Your notifications to mark read (omitted: all)."
    )


class InboxReadOut(Schema):
    marked: int
    unread: int


def progress_fields(progress: Progress | None) -> dict[str, object] | None:
    if progress is None:
        return None
    return {
        "status": str(progress.status),
        "due_on": progress.due_on,
        "original_due_on": progress.original_due_on,
        "days_overdue": progress.days_overdue,
        "days_late": progress.days_late,
    }


def directive_fields(directive: Directive, progress: Progress | None) -> dict[str, object]:
    return {
        "id": directive.pk,
        "text": directive.text,
        "assigned_on": directive.assigned_on,
        "lead_unit_id": directive.lead_unit_id,
        "lead_unit_name": directive.lead_unit.name,
        "work_session_id": directive.work_session_id,
        "document_id": directive.document_id,
        "speaker_id": directive.speaker_id,
        "responsible_person_id": directive.responsible_person_id,
        "progress": progress_fields(progress),
    }


def directive_row_out(row: BoardRow) -> dict[str, object]:
    """A row of the board as the fields of ``DirectiveOut``: the response's schema validates
    them once (a model made here would be validated a second time, #7)."""
    return directive_fields(row.directive, row.progress) | {"problem": row.problem}


def counts_fields(board: Board) -> dict[str, object]:
    return {
        "as_of": board.on,
        "total": board.total,
        "counts": {str(status): n for status, n in board.counts.items()},
        "ageing": {str(bucket): n for bucket, n in board.ageing.items()},
        "on_time_rate": float(board.on_time_rate) if board.on_time_rate is not None else None,
    }


def reminder_out(reminder: Reminder) -> ReminderOut:
    head = reminder.escalated_to
    return ReminderOut(
        directive_id=reminder.directive.pk,
        directive_text=reminder.directive.text,
        lead_unit_id=reminder.directive.lead_unit_id,
        kind=str(reminder.kind),
        days=reminder.days,
        escalated_to_id=head.pk if head else None,
        escalated_to_name=head.full_name if head else None,
    )
