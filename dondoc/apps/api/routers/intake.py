"""The intake: post a text or a file, read its findings, list the drafts, confirm one (#12).

A draft belongs to the caller's unit and is seen by the users whose area covers it (as on the
intake page); posting and confirming take a role that may write (a reporter or above).
"""

from typing import Any

from django.http import HttpRequest
from ninja import File, Query, Router, Status
from ninja.files import UploadedFile

from dondoc.apps.api import intake_drafts
from dondoc.apps.api.auth import TokenOrSession, signed_in
from dondoc.apps.api.errors import READ_ERRORS, WRITE_ERRORS
from dondoc.apps.api.idempotency import idempotency_key_header, idempotent_replay_or_claim
from dondoc.apps.api.intake_schemas import (
    ConfirmIn,
    ConfirmOut,
    DraftDetailOut,
    DraftPageOut,
    IntakeListIn,
    IntakeTextIn,
)
from dondoc.apps.api.paging import ObjectId, page_of, scope_of
from dondoc.apps.intake_review.services import intake_source_confirm
from dondoc.apps.orgs.access import require_role
from dondoc.intake.decoding import MAX_BYTES

# A file the intake reads may be as large as its reader takes, and a pasted report longer than
# other bodies: the intake's limit and room for the multipart envelope or JSON escapes.
INTAKE_MAX_BODY_BYTES = MAX_BYTES + 64 * 1024

router = Router(tags=["intake"], auth=TokenOrSession(max_body_bytes=INTAKE_MAX_BODY_BYTES))
POSTED = {200: DraftDetailOut, 201: DraftDetailOut} | WRITE_ERRORS


@router.post(
    "/intake",
    response=POSTED,
    summary="Read a text into a draft of your unit: 201 with its findings (200: already read)",
)
def intake_text_post(request: HttpRequest, posted: IntakeTextIn) -> Status[dict[str, Any]]:
    require_role(request.user)
    return intake_drafts.intake_draft_read(
        user=signed_in(request), name=posted.name or intake_drafts.PASTED, text=posted.text
    )


@router.post(
    "/intake/file",
    response=POSTED,
    summary="Read a file (.txt in any encoding the intake reads, .docx, .html, .pdf, a scan)",
)
def intake_file_post(request: HttpRequest, file: File[UploadedFile]) -> Status[dict[str, Any]]:
    require_role(request.user)
    name = "".join(c for c in file.name or "" if c.isprintable())[:500] or "file"
    return intake_drafts.intake_draft_read(user=signed_in(request), name=name, data=file.read())


@router.get(
    "/intake",
    response={200: DraftPageOut} | READ_ERRORS,
    summary="The drafts of your units, latest first",
)
def intake_list(request: HttpRequest, asked: Query[IntakeListIn]) -> dict[str, Any]:
    drafts = intake_drafts.intake_draft_list(signed_in(request), status=asked.status)
    return page_of(drafts, asked)


@router.get(
    "/intake/{draft_id}",
    response={200: DraftDetailOut} | READ_ERRORS,
    summary="A draft: its text, findings and the names to say who they are",
)
def intake_detail(request: HttpRequest, draft_id: ObjectId) -> dict[str, Any]:
    source = intake_drafts.intake_draft_visible(signed_in(request), draft_id)
    return intake_drafts.intake_draft_fields(source)


@router.post(
    "/intake/{draft_id}/confirm",
    response={201: ConfirmOut} | WRITE_ERRORS,
    summary="Confirm a draft (once): the documents, people, session, directives and figures kept",
)
def intake_confirm(
    request: HttpRequest,
    draft_id: ObjectId,
    confirm: ConfirmIn,
    idempotency_key: str | None = idempotency_key_header(),
) -> Any:
    user = signed_in(request)
    replay = idempotent_replay_or_claim(request, user=user, key=idempotency_key)
    if replay is not None:
        return replay
    source = intake_drafts.intake_draft_visible(user, draft_id)
    require_role(user)
    items = intake_drafts.confirmed_items(confirm, source=source, scope=scope_of(request))
    created = intake_source_confirm(source, items=items, user=user)
    source.refresh_from_db()
    return Status(201, {"draft": source, "created": intake_drafts.created_fields(created)})
