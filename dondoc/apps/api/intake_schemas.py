"""What the intake's operations take and give (#12)."""

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import ConfigDict, field_validator, model_validator

from dondoc.apps.api.paging import MAX_ID, NO_NUL, Day, PageIn
from dondoc.apps.api.schemas import PageOut
from dondoc.intake import MAX_CHARACTERS

IntakeStatusIn = Literal["draft", "confirmed", "discarded"]
Index = Annotated[int, Field(ge=0, le=10_000)]
PersonId = Annotated[int, Field(ge=1, le=MAX_ID)]
Name = Annotated[str, Field(min_length=1, max_length=200, pattern=NO_NUL)]


def words(max_length: int, description: str = "") -> Any:
    """A text field of at most ``max_length`` characters, no NUL, empty by default."""
    return Field("", max_length=max_length, pattern=NO_NUL, description=description)


class IntakeTextIn(Schema):
    # Its length is the intake's to refuse (413, input_too_large), as the intake page does.
    text: str = Field(
        pattern=NO_NUL,
        description=f"The report or news, as written (at most {MAX_CHARACTERS:,} characters).",
    )
    name: str = words(500, "Where it comes from (default: pasted text).")


class IntakeListIn(PageIn):
    status: IntakeStatusIn | None = None


class DraftOut(Schema):
    id: int
    name: str
    encoding: str
    status: str
    org_unit_id: int | None
    created_at: datetime


class DraftPageOut(PageOut):
    items: list[DraftOut]


class PersonCandidateOut(Schema):
    person_id: int
    full_name: str
    positions: list[str]
    is_same_spelling: bool


class PersonChoiceOut(Schema):
    name: str
    candidates: list[PersonCandidateOut]


class DraftDetailOut(DraftOut):
    text: str
    findings: dict[str, Any] = Field(description="What the intake read (the intake's JSON).")
    person_choices: list[PersonChoiceOut] = Field(
        description="Names stored people may carry: say in person_choices who each one is."
    )


class DocumentIn(Schema):
    """A document kept, as read or corrected; it needs a number or a title."""

    kind: str = words(100, "As written: Nghị quyết, Kết luận, Chỉ thị… (default: công văn).")
    number: str = words(100, "As written: 07-NQ/HU, 30/2020/NĐ-CP.")
    date: Day | None = None
    issuer: str = words(255)
    title: str = words(500)

    @model_validator(mode="after")
    def _number_or_title(self) -> "DocumentIn":
        if not (self.number.strip() or self.title.strip()):
            raise ValueError("a document needs a number or a title")
        return self

    def as_item(self) -> dict[str, str]:
        fields = {
            name: getattr(self, name).strip() for name in ("kind", "number", "issuer", "title")
        }
        return fields | {"date": self.date.isoformat() if self.date else ""}


class PersonIn(Schema):
    name: Name


class SessionIn(Schema):
    """The working session the text reports, as the reviewer sets it."""

    held_on: Day
    host_unit_id: int = Field(ge=1, le=MAX_ID)
    subject_unit_id: int = Field(ge=1, le=MAX_ID)
    head: str = words(200, "Who led it (default: as read).")
    topic: str = words(500)
    recommendation_groups: list[Index] = Field(
        [], max_length=200, description="Places in findings.session.recommendations.groups."
    )
    directives: list[Index] = Field(
        [],
        max_length=200,
        description="Places in findings.session.directives (or send them as directives).",
    )


class DirectiveIn(Schema):
    """A directive kept, as read (``findings.directives``) or corrected: its words, its units
    within your area, its deadline (none: no deadline) and who gave it (a name as written)."""

    text: str = Field(min_length=1, max_length=5000, pattern=NO_NUL)
    lead_unit_id: int = Field(ge=1, le=MAX_ID)
    co_unit_ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field([], max_length=100)
    due_on: Day | None = None
    speaker: str = words(200)


class FigureIn(Schema):
    """A figure of the draft, by its place in ``findings.figures``, kept or dropped, as on the
    review page: a kept one is an estimate of the indicator chosen, for a unit of your area and
    a period, waiting for approval. Its value is the one read (the page does not change it)."""

    # A field the page has not (a "value") is refused rather than silently dropped.
    model_config = ConfigDict(extra="forbid")

    index: Index = Field(description="Its place in findings.figures.")
    is_kept: bool
    indicator_id: int | None = Field(
        None, ge=1, le=MAX_ID, description="Needed when kept: an indicator of your units."
    )
    org_unit_id: int | None = Field(
        None, ge=1, le=MAX_ID, description="A unit of your area (default: the draft's unit)."
    )
    period: str | None = Field(
        None,
        max_length=40,
        pattern=NO_NUL,
        description="As reports write it: quý I/2018, 9 tháng năm 2017, năm 2018 "
        "(default: the first period the text names).",
    )


class ConfirmIn(Schema):
    """What the reviewer keeps; ``person_choices``: for each name a stored person may carry,
    that person's id or "new"; ``own_document``: the place among ``documents`` of the text's own
    document (its header), to which the directives and figures are linked and whose date they are
    given on; ``figures``: each figure of the findings kept or dropped (not named: dropped)."""

    documents: list[DocumentIn] = Field([], max_length=500)
    people: list[PersonIn] = Field([], max_length=500)
    session: SessionIn | None = None
    person_choices: dict[Name, PersonId | Literal["new"]] = Field({}, max_length=500)
    directives: list[DirectiveIn] = Field([], max_length=500)
    own_document: Index | None = None
    figures: list[FigureIn] = Field([], max_length=500)

    @field_validator("figures")
    @classmethod
    def _each_figure_once(cls, figures: list[FigureIn]) -> list[FigureIn]:
        if len({figure.index for figure in figures}) < len(figures):
            raise ValueError("each figure is named once")
        return figures


class CreatedOut(Schema):
    kind: Literal["document", "person", "work_session", "directive", "indicator_value"]
    id: int
    text: str


class ConfirmOut(Schema):
    draft: DraftOut
    created: list[CreatedOut]
