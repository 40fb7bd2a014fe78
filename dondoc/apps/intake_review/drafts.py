"""What a reviewer confirms from a text: frozen records the web page and the API both build."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from dondoc.apps.indicators.models import Indicator, Reference
from dondoc.apps.orgs.models import OrgUnit
from dondoc.core.periods import Period


@dataclass(frozen=True)
class SessionDraft:
    """The working session a reviewer confirmed, with the units matched or chosen.

    ``directives`` are the speech directives kept as (speaker, text); each gets the lead unit the
    intake read for it when that unit is found, else the unit visited. The review page sends
    every directive as a :class:`DirectiveDraft` instead (#9).
    """

    held_on: date
    host_unit: OrgUnit
    subject_unit: OrgUnit
    head: str
    topic: str
    recommendation_groups: list[str]
    directives: list[tuple[str, str]]  # (speaker, text)


@dataclass(frozen=True)
class DirectiveDraft:
    """A directive a reviewer kept, corrected: its words, its units (matched to the unit tree or
    chosen), its deadline (None: no deadline) and who gave it (a name as written, or "").

    It is given on ``assigned_on`` when set, else on the date of the text's own document, else on
    the session's day (#9).
    """

    text: str
    lead_unit: OrgUnit
    co_units: tuple[OrgUnit, ...] = ()
    due_on: date | None = None
    speaker: str = ""
    assigned_on: date | None = None


@dataclass(frozen=True)
class FigureDraft:
    """A figure a reviewer kept as a value of ``indicator`` for ``org_unit`` and ``period``: it
    is stored as an estimate that waits for a reviewer's approval, with the words it was read
    from (``span`` into the text) (#9)."""

    indicator: Indicator
    org_unit: OrgUnit
    period: Period
    value: Decimal
    total: Decimal | None = None
    reference: Reference = Reference.NONE
    span: tuple[int, int] | None = None


NEW_PERSON: Literal["new"] = "new"
PersonChoice = int | Literal["new"]


@dataclass(frozen=True)
class ConfirmedItems:
    """What a reviewer kept (after corrections): documents, people, perhaps the session, the
    directives and the figures.

    ``person_choices`` maps a name as written (spaces collapsed) to the stored person the reviewer
    chose for it, or to ``NEW_PERSON``; a name that matches stored people needs one (#8).
    ``own_document`` is the index in ``documents`` of the text's own document (read from its
    header): the directives and figures are linked to it (#9).
    """

    documents: list[dict[str, str]]
    people: list[dict[str, str]]
    session: SessionDraft | None = None
    person_choices: Mapping[str, PersonChoice] = field(default_factory=dict)
    directives: list[DirectiveDraft] = field(default_factory=list)
    own_document: int | None = None
    figures: list[FigureDraft] = field(default_factory=list)
