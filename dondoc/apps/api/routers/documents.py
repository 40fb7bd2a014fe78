"""Documents (resolutions, conclusions, notices…)."""

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from dondoc.apps.api import reads
from dondoc.apps.api.errors import READ_ERRORS
from dondoc.apps.api.paging import ObjectId, PageIn, page_of
from dondoc.apps.api.schemas import DocumentOut, DocumentPageOut
from dondoc.apps.documents.models import Document

router = Router(tags=["documents"])


@router.get(
    "/documents", response={200: DocumentPageOut} | READ_ERRORS, summary="Documents, latest first"
)
def document_list(request: HttpRequest, paging: Query[PageIn]) -> dict[str, Any]:
    return page_of(reads.document_list(), paging)


@router.get(
    "/documents/{document_id}", response={200: DocumentOut} | READ_ERRORS, summary="A document"
)
def document_detail(request: HttpRequest, document_id: ObjectId) -> Document:
    return reads.object_visible(reads.document_list(), document_id)
