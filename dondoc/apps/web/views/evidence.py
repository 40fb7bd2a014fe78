"""Evidence files, served only to a signed-in user whose area covers the directive (#8).

Stored media is never served by URL: a file is sent as a download (never shown inline), with
``nosniff``, so an uploaded page or script cannot run in the application's origin.
"""

from pathlib import PurePath

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from dondoc.apps.directives.models import DirectiveUpdate
from dondoc.apps.orgs.access import org_unit_scope


@login_required
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    update = get_object_or_404(DirectiveUpdate.objects.select_related("directive"), pk=pk)
    directive = update.directive
    scope = org_unit_scope(request.user)
    in_scope = directive.lead_unit_id in scope or directive.co_units.filter(pk__in=scope).exists()
    # Outside the user's area the file does not exist for them: no hint that it does.
    if not in_scope or not update.evidence:
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
