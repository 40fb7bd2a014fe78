"""Evidence files, served only to a signed-in user whose area covers the directive (#8).

Stored media is never served by URL: a file is sent as a download (never shown inline), with
``nosniff``, so an uploaded page or script cannot run in the application's origin.
"""

from pathlib import PurePath

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest

from dondoc.apps.directives.models import Directive, DirectiveUpdate
from dondoc.apps.web.requests import object_in_scope_or_404


@login_required
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    # Outside the user's area the file does not exist for them: no hint that it does.
    update = object_in_scope_or_404(
        request,
        DirectiveUpdate.objects.all(),
        pk,
        *(f"directive__{field}" for field in Directive.scope_units),
    )
    if not update.evidence:
        raise Http404
    response = FileResponse(
        update.evidence.open("rb"),
        as_attachment=True,
        filename=PurePath(update.evidence.name or "evidence").name,
        content_type="application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
