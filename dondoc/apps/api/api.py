"""The API (#12): django-ninja, mounted at /api/ (see docs/api.md and decision 0009)."""

import hashlib
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Swagger
from ninja.renderers import JSONRenderer

from dondoc.apps.api import errors
from dondoc.apps.api.auth import TokenOrSession
from dondoc.apps.api.concurrency import not_modified_or
from dondoc.apps.api.idempotency import idempotent_response_store
from dondoc.apps.api.routers import (
    directives,
    documents,
    inbox,
    indicators,
    intake,
    key_tasks,
    orgs,
    work_sessions,
)


class Utf8Renderer(JSONRenderer):
    """Vietnamese as it is written, not as \\u escapes."""

    json_dumps_params = {"ensure_ascii": False}


class DondocApi(NinjaAPI):
    def create_response(
        self,
        request: HttpRequest,
        data: Any,
        *,
        status: int | None = None,
        temporal_response: HttpResponse | None = None,
    ) -> HttpResponse:
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        if request.method == "GET" and response.status_code == 200 and "ETag" not in response:
            response["ETag"] = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
        response["Vary"] = "Accept-Language, Authorization, Cookie"
        idempotent_response_store(request, response)
        return not_modified_or(request, response)


api = DondocApi(
    title="dondoc API",
    version="1",
    description="Theo dõi, đôn đốc chỉ đạo · Following up directives (docs/api.md).",
    auth=TokenOrSession(),
    renderer=Utf8Renderer(),
    urls_namespace="api",
    docs=Swagger(),
    docs_url="/docs",
    openapi_url="/openapi.json",
)
errors.register(api)
api.add_router("", orgs.router)
api.add_router("", orgs.people)
api.add_router("", documents.router)
api.add_router("", indicators.router)
api.add_router("", key_tasks.router)
api.add_router("", work_sessions.router)
api.add_router("", directives.router)
api.add_router("", directives.reminders)
api.add_router("", inbox.router)
api.add_router("", intake.router)
