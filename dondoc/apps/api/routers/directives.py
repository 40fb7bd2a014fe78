"""Directives: the board (the tracker's filters, sort, counts, as-of day), one directive with its
timeline, each fact of the timeline as a POST, and the reminders."""

from collections.abc import Callable
from typing import Any, Literal

from django.contrib.auth.models import User
from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from ninja import Field, Query, Router, Schema, Status
from ninja.params.functions import Header

from dondoc.apps.api import reads
from dondoc.apps.api.auth import signed_in
from dondoc.apps.api.concurrency import etag_of, if_match_require
from dondoc.apps.api.errors import READ_ERRORS, WRITE_ERRORS
from dondoc.apps.api.idempotency import idempotency_key_header, idempotent_replay_or_claim
from dondoc.apps.api.paging import MAX_ID, NO_NUL, Day, DayIn, ObjectId, PageIn, day_of, scope_of
from dondoc.apps.api.schemas import (
    BoardOut,
    CountsOut,
    DirectiveDetailOut,
    ExtensionIn,
    ExtensionOut,
    FactIn,
    FactOut,
    ReminderOut,
    counts_fields,
    directive_fields,
    directive_row_out,
    reminder_out,
)
from dondoc.apps.directives.models import Directive, UpdateKind
from dondoc.apps.directives.selectors import (
    BoardFilters,
    BoardOrder,
    directive_board,
    directive_reminders,
    directive_timeline,
)
from dondoc.apps.directives.services import directive_extend, directive_report
from dondoc.apps.orgs.access import UnitScope, require_role
from dondoc.apps.web.forms import BoardForm

router = Router(tags=["directives"])

StatusIn = Literal["open", "done_on_time", "done_late", "open_within_deadline", "open_overdue"]


class BoardIn(Schema):
    """The tracker's filters (/chi-dao/), with the same names and meanings."""

    status: StatusIn | None = None
    unit: int | None = Field(
        None, ge=1, le=MAX_ID, description="Lead unit (and the units below it)."
    )
    below: bool = Field(False, description="With a unit: also the units below it.")
    co_unit: int | None = Field(None, ge=1, le=MAX_ID)
    session: int | None = Field(None, ge=1, le=MAX_ID, description="Working session.")
    document: int | None = Field(None, ge=1, le=MAX_ID)
    speaker: int | None = Field(None, ge=1, le=MAX_ID)
    due_from: Day | None = None
    due_until: Day | None = None
    q: str = Field("", max_length=200, pattern=NO_NUL, description="Words of the directive's text.")
    order: Literal["deadline", "-deadline", "assigned", "-assigned", "lead_unit"] = "deadline"


def board_filters(asked: BoardIn, *, scope: UnitScope) -> tuple[BoardFilters, BoardOrder]:
    """The web's own BoardForm reads the same values, so the filters mean the same."""
    data = {
        name: ("on" if value is True else str(value))
        for name, value in asked.dict().items()
        if value not in (None, "", False)
    }
    form = BoardForm(data, scope=scope)
    form.is_valid()
    return form.filters(), form.board_order()


@router.get(
    "/directives",
    response={200: BoardOut} | READ_ERRORS,
    summary="The board: a page of directives and counts",
)
def directive_list(
    request: HttpRequest, day: Query[DayIn], board_in: Query[BoardIn], paging: Query[PageIn]
) -> dict[str, Any]:
    scope = scope_of(request)
    filters, order = board_filters(board_in, scope=scope)
    board = directive_board(
        scope=scope,
        on=day_of(day),
        filters=filters,
        order=order,
        page=paging.page,
        per_page=paging.per_page,
    )
    return counts_fields(board) | {
        "page": board.page,
        "per_page": board.per_page,
        "pages": board.pages,
        "items": [directive_row_out(row) for row in board.rows],
    }


@router.get(
    "/directives/counts",
    response={200: CountsOut} | READ_ERRORS,
    summary="The board's counts only (no rows)",
)
def directive_counts(
    request: HttpRequest, day: Query[DayIn], board_in: Query[BoardIn]
) -> dict[str, Any]:
    scope = scope_of(request)
    filters, order = board_filters(board_in, scope=scope)
    board = directive_board(scope=scope, on=day_of(day), filters=filters, order=order, per_page=0)
    return counts_fields(board)


@router.get(
    "/directives/{directive_id}",
    response={200: DirectiveDetailOut} | READ_ERRORS,
    summary="A directive, its status on a day and its timeline (ETag: its version)",
)
def directive_detail(
    request: HttpRequest, response: HttpResponse, directive_id: ObjectId, day: Query[DayIn]
) -> dict[str, Any]:
    directive = reads.directive_visible(directive_id, scope=scope_of(request))
    on = day_of(day)
    view = directive_timeline(directive, on=on)
    version = reads.directive_version(directive)
    response["ETag"] = etag_of(version, on.isoformat(), get_language() or "")
    return directive_fields(directive, view.progress) | {
        "as_of": on,
        "version": version,
        "deadline_kind": directive.deadline_kind,
        "recurrence": directive.recurrence,
        "co_unit_ids": sorted(unit.pk for unit in directive.co_units.all()),
        "facts": list(directive.updates.select_related("created_by").order_by("reported_on", "pk")),
        "extensions": list(directive.extensions.order_by("granted_on", "pk")),
        "problems": [problem.message for problem in view.problems],
        "problem": view.problems[0].code if view.problems else "",
    }


def _for_write(
    request: HttpRequest, directive_id: int, *, if_match: str | None, review: bool
) -> Directive:
    """The directive, locked until the write ends so that the version checked is the one written
    over; 404 outside the caller's units, 403 for a role the page refuses, 412 when stale."""
    directive = reads.directive_visible(directive_id, scope=scope_of(request), for_update=True)
    require_role(request.user, review=review)
    if_match_require(if_match, version=reads.directive_version(directive))
    return directive


def _write(
    request: HttpRequest,
    response: HttpResponse,
    directive_id: int,
    *,
    headers: tuple[str | None, str | None],
    review: bool,
    write: Callable[[Directive, User], Model],
) -> Any:
    """Replay a retried request, or write once: scope, role and If-Match checked under the lock,
    then the one service call; the answer carries the directive's new ETag."""
    if_match, idempotency_key = headers
    user = signed_in(request)
    replay = idempotent_replay_or_claim(request, user=user, key=idempotency_key)
    if replay is not None:
        return replay
    directive = _for_write(request, directive_id, if_match=if_match, review=review)
    written = write(directive, user)
    # The tag a plain read of the directive gives now (today, this language): If-Match reads
    # its version part, If-None-Match the whole.
    today = timezone.localdate().isoformat()
    response["ETag"] = etag_of(reads.directive_version(directive), today, get_language() or "")
    return Status(201, written)


@router.post(
    "/directives/{directive_id}/facts",
    response={201: FactOut} | WRITE_ERRORS,
    summary="Add a fact: progress, done, accepted, returned, reopened, extension asked for",
)
def directive_fact_post(
    request: HttpRequest,
    *,
    response: HttpResponse,
    directive_id: ObjectId,
    fact: FactIn,
    if_match: str | None = Header(None, alias="If-Match"),
    idempotency_key: str | None = idempotency_key_header(),
) -> Any:
    kind = UpdateKind(fact.kind)
    return _write(
        request,
        response,
        directive_id,
        headers=(if_match, idempotency_key),
        review=kind == UpdateKind.RETURNED,  # a first check; the service applies the roles (#8)
        write=lambda directive, user: directive_report(
            directive, kind=kind, reported_on=fact.reported_on, note=fact.note, user=user
        ),
    )


@router.post(
    "/directives/{directive_id}/extensions",
    response={201: ExtensionOut} | WRITE_ERRORS,
    summary="Grant an extension (a reviewer): a new deadline, the first one kept",
)
def directive_extension_post(
    request: HttpRequest,
    *,
    response: HttpResponse,
    directive_id: ObjectId,
    extension: ExtensionIn,
    if_match: str | None = Header(None, alias="If-Match"),
    idempotency_key: str | None = idempotency_key_header(),
) -> Any:
    return _write(
        request,
        response,
        directive_id,
        headers=(if_match, idempotency_key),
        review=True,
        write=lambda directive, user: directive_extend(directive, user=user, **extension.dict()),
    )


reminders = Router(tags=["reminders"])


@reminders.get(
    "/reminders",
    response={200: list[ReminderOut]} | READ_ERRORS,
    summary="Reminders: overdue, due soon, quiet",
)
def reminder_list(request: HttpRequest, day: Query[DayIn]) -> list[ReminderOut]:
    found = directive_reminders(on=day_of(day), scope=scope_of(request))
    return [reminder_out(reminder) for reminder in found]
