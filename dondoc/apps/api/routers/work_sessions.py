"""Working sessions with their participants and recommendations."""

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from dondoc.apps.api import reads
from dondoc.apps.api.errors import READ_ERRORS
from dondoc.apps.api.paging import ObjectId, PageIn, page_of, scope_of
from dondoc.apps.api.schemas import WorkSessionDetailOut, WorkSessionOut, WorkSessionPageOut

router = Router(tags=["working sessions"])


@router.get(
    "/work-sessions",
    response={200: WorkSessionPageOut} | READ_ERRORS,
    summary="Working sessions, latest first",
)
def work_session_list(request: HttpRequest, paging: Query[PageIn]) -> dict[str, Any]:
    return page_of(reads.work_session_list(scope=scope_of(request)), paging)


@router.get(
    "/work-sessions/{work_session_id}",
    response={200: WorkSessionDetailOut} | READ_ERRORS,
    summary="A working session, who took part, and the recommendations made",
)
def work_session_detail(request: HttpRequest, work_session_id: ObjectId) -> dict[str, Any]:
    work_session = reads.object_visible(
        reads.work_session_list(scope=scope_of(request)), work_session_id
    )
    return WorkSessionOut.from_orm(work_session).dict() | {
        "report_summary": work_session.report_summary,
        "participants": list(
            work_session.participants.select_related("person").order_by("ordinal", "pk")
        ),
        "recommendations": list(work_session.recommendations.order_by("ordinal", "pk")),
    }
