"""The inbox: the caller's own notifications (#10), read and marked read. Nobody else's is
listed or marked: every query is by the caller."""

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from dondoc.apps.api import reads
from dondoc.apps.api.auth import signed_in
from dondoc.apps.api.errors import READ_ERRORS, WRITE_ERRORS
from dondoc.apps.api.paging import PageIn, page_of
from dondoc.apps.api.schemas import InboxIn, InboxPageOut, InboxReadIn, InboxReadOut
from dondoc.apps.notifications.services import notifications_read

router = Router(tags=["inbox"])


@router.get(
    "/inbox",
    response={200: InboxPageOut} | READ_ERRORS,
    summary="Your notifications, latest first (collected by the worker)",
)
def inbox_list(
    request: HttpRequest, asked: Query[InboxIn], paging: Query[PageIn]
) -> dict[str, Any]:
    user = signed_in(request)
    found = page_of(reads.notification_list(user, is_unread=asked.unread), paging)
    return found | {"unread": reads.notification_list(user, is_unread=True).count()}


@router.post(
    "/inbox/read",
    response={200: InboxReadOut} | WRITE_ERRORS,
    summary="Mark your notifications read: those listed in ids, or all of them",
)
def inbox_read(request: HttpRequest, marked: InboxReadIn) -> dict[str, int]:
    user = signed_in(request)
    count = notifications_read(user, pks=marked.ids)
    return {"marked": count, "unread": reads.notification_list(user, is_unread=True).count()}
