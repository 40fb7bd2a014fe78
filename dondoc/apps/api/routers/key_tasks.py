"""Key tasks and their notes."""

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from dondoc.apps.api import reads
from dondoc.apps.api.errors import READ_ERRORS
from dondoc.apps.api.paging import ObjectId, PageIn, page_of, scope_of
from dondoc.apps.api.schemas import KeyTaskDetailOut, KeyTaskOut, KeyTaskPageOut

router = Router(tags=["key tasks"])


@router.get(
    "/key-tasks", response={200: KeyTaskPageOut} | READ_ERRORS, summary="Key tasks of your units"
)
def key_task_list(request: HttpRequest, paging: Query[PageIn]) -> dict[str, Any]:
    return page_of(reads.key_task_list(scope=scope_of(request)), paging)


@router.get(
    "/key-tasks/{key_task_id}",
    response={200: KeyTaskDetailOut} | READ_ERRORS,
    summary="A key task and notes",
)
def key_task_detail(request: HttpRequest, key_task_id: ObjectId) -> dict[str, Any]:
    key_task = reads.object_visible(reads.key_task_list(scope=scope_of(request)), key_task_id)
    return KeyTaskOut.from_orm(key_task).dict() | {"notes": list(key_task.notes.order_by("pk"))}
