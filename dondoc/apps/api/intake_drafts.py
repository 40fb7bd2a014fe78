"""The intake through the API (#12): a text or a file read into a draft of the caller's unit, and a
draft confirmed as the reviewer's JSON says.

Reading is the web intake's own (``dondoc.intake.extract_text`` then ``read``, with its bounded
readers for Word, PDF and scans) and so are the messages of its refusals
(``web.views.intake.intake_error_message``), with the same stable codes. The JSON of a
confirmation becomes the ``ConfirmedItems`` the web's form becomes: ``confirmed_items`` is the
one place to map a new field of it. The directives and the figures go through the review
page's own rows (``web.intake_directives``, ``web.intake_figures``), so its checks and messages
apply to them too: a figure is named by its place in the findings, kept or dropped, and a field
it leaves out is as the page shows it (the draft's unit, the first period the text names).
"""

from dataclasses import replace
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db.models import Model, QuerySet
from django.utils.translation import gettext as _
from ninja import Status

from dondoc.apps.api.errors import ApiError, not_found
from dondoc.apps.api.intake_schemas import ConfirmIn, DirectiveIn, FigureIn, SessionIn
from dondoc.apps.directives.models import Directive
from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import IndicatorValue
from dondoc.apps.intake_review.drafts import ConfirmedItems, SessionDraft
from dondoc.apps.intake_review.models import IntakeSource
from dondoc.apps.intake_review.selectors import intake_person_choices, intake_source_visible
from dondoc.apps.intake_review.services import Record, intake_source_save
from dondoc.apps.orgs.access import UnitScope, membership_of
from dondoc.apps.orgs.models import OrgUnit, Person
from dondoc.apps.web.intake_directives import DirectiveRow, directive_drafts
from dondoc.apps.web.intake_figures import FigureRow, figure_drafts, figure_rows_found
from dondoc.apps.web.views.intake import intake_error_message
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.intake import IntakeError, NotTextError, extract_text, read
from dondoc.intake.formats import EmptyInputError

PASTED = "pasted text"  # the name the web gives a pasted text


def intake_draft_read(
    *, user: User, name: str, text: str = "", data: bytes | None = None
) -> Status[dict[str, Any]]:
    """Read a pasted text, or a file's bytes, and store it as a draft of ``user``'s unit: 201
    with the draft, or 200 with the draft already stored for the same text (nothing twice)."""
    try:
        if data is not None:
            text, encoding = extract_text(data, name=name)
        elif not text.strip():
            raise EmptyInputError("the text is empty")
        else:
            encoding = "unicode"
        if "\x00" in text:  # a UTF-16 file or a PDF may decode to a few NULs: not storable text
            raise NotTextError("the text holds NUL characters: it is not a text the intake reads")
        result = read(text, source=name, encoding=encoding).to_dict()
    except IntakeError as error:
        status = 413 if error.code == "input_too_large" else 400
        raise ApiError(status, error.code, intake_error_message(error)) from error
    membership = membership_of(user)
    source, created = intake_source_save(
        name=name,
        text=text,
        encoding=encoding,
        result=result,
        org_unit=membership.org_unit if membership else None,
        user=user,
    )
    return Status(201 if created else 200, intake_draft_fields(source))


def intake_draft_list(user: User, *, status: str | None) -> QuerySet[IntakeSource]:
    """The drafts of the caller's units (as the intake page lists them), latest first."""
    found = intake_source_visible(user).order_by("-created_at", "-pk")
    return found.filter(status=status) if status else found


def intake_draft_visible(user: User, pk: int) -> IntakeSource:
    """One draft of the caller's units, or 404 (another unit's draft is not told apart)."""
    source = intake_source_visible(user).filter(pk=pk).first()
    if source is None:
        raise not_found()
    return source


def intake_draft_fields(source: IntakeSource) -> dict[str, Any]:
    """A draft with its findings and the names the reviewer must say who they are."""
    return {
        "id": source.pk,
        "name": source.name,
        "encoding": source.encoding,
        "status": source.status,
        "org_unit_id": source.org_unit_id,
        "created_at": source.created_at,
        "text": source.text,
        "findings": source.result,
        "person_choices": [
            {"name": name, "candidates": candidates}
            for name, candidates in intake_person_choices(source)
        ],
    }


def confirmed_items(
    confirm: ConfirmIn, *, source: IntakeSource, scope: UnitScope
) -> ConfirmedItems:
    """The reviewer's JSON as the service takes it (what the web's ``_confirmed`` reads from
    the form); a new field of ``ConfirmedItems`` is mapped here and declared in ``ConfirmIn``."""
    return ConfirmedItems(
        documents=[document.as_item() for document in confirm.documents],
        people=[{"name": person.name} for person in confirm.people],
        session=session_draft(confirm.session, source=source, scope=scope)
        if confirm.session
        else None,
        person_choices=dict(confirm.person_choices),
        directives=directive_drafts(
            [
                _directive_row(index, directive)
                for index, directive in enumerate(confirm.directives)
            ],
            scope=scope,
        ),
        own_document=confirm.own_document,
        figures=figure_drafts(figure_rows(confirm.figures, source=source), scope=scope),
    )


def _directive_row(index: int, directive: DirectiveIn) -> DirectiveRow:
    """A directive as a row of the review page, so that the page's own checks (units within the
    area, the deadline) and messages apply."""
    return DirectiveRow(
        index=index,
        found={},
        is_kept=True,
        text=directive.text,
        speaker=directive.speaker,
        lead_id=directive.lead_unit_id,
        co_ids=frozenset(directive.co_unit_ids),
        has_deadline=directive.due_on is not None,
        due_on=directive.due_on.isoformat() if directive.due_on else "",
    )


def figure_rows(asked: list[FigureIn], *, source: IntakeSource) -> list[FigureRow]:
    """The figures as rows of the review page: each as the page shows it (``figure_rows_found``)
    with what the reviewer chose, so that the page's own checks and messages apply."""
    shown = _chosen(
        figure_rows_found(source.result, org_unit=source.org_unit),
        [figure.index for figure in asked],
    )
    return [
        replace(
            row,
            is_kept=figure.is_kept,
            indicator_id=figure.indicator_id,
            org_unit_id=row.org_unit_id if figure.org_unit_id is None else figure.org_unit_id,
            period=row.period if figure.period is None else figure.period,
        )
        for row, figure in zip(shown, asked, strict=True)
    ]


def session_draft(asked: SessionIn, *, source: IntakeSource, scope: UnitScope) -> SessionDraft:
    """The session as the reviewer set it: units within their area (as the web refuses others,
    with its message), the groups and directives chosen by their place in the findings."""
    found = source.result.get("session") or {}
    units = OrgUnit.objects.filter(scope.q(), pk__in=[asked.host_unit_id, asked.subject_unit_id])
    by_pk = {org_unit.pk: org_unit for org_unit in units}
    if asked.host_unit_id not in by_pk or asked.subject_unit_id not in by_pk:
        raise ValidationError(
            _("Choose the units of the session within your area."), code="session_units"
        )
    groups = _chosen(
        found.get("recommendations", {}).get("groups", []), asked.recommendation_groups
    )
    directives = _chosen(found.get("directives", []), asked.directives)
    return SessionDraft(
        held_on=asked.held_on,
        host_unit=by_pk[asked.host_unit_id],
        subject_unit=by_pk[asked.subject_unit_id],
        head=asked.head.strip() or (found.get("head") or ""),
        topic=asked.topic.strip(),
        recommendation_groups=groups,
        directives=[(directive["speaker"], directive["text"]) for directive in directives],
    )


def _chosen(items: list[Any], indexes: list[int]) -> list[Any]:
    unknown = [index for index in indexes if index >= len(items)]
    if unknown:
        raise ValidationError(
            _("The findings have no item %(index)s here: read the draft again."),
            code="finding_not_found",
            params={"index": unknown[0]},
        )
    return [items[index] for index in indexes]


RECORD_KINDS: dict[type[Model], str] = {
    Document: "document",
    Person: "person",
    WorkingSession: "work_session",
    Directive: "directive",
    IndicatorValue: "indicator_value",
}


def created_fields(records: list[Record]) -> list[dict[str, Any]]:
    return [
        {"kind": RECORD_KINDS[type(record)], "id": record.pk, "text": str(record)}
        for record in records
    ]
