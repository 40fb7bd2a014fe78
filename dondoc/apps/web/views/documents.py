"""Documents and their indicators on the web (#10): a document recorded once (the same number
and issuer is shown, not made again), then its indicators with their targets."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from dondoc.apps.documents.models import Document
from dondoc.apps.documents.services import document_record
from dondoc.apps.indicators.models import Basis
from dondoc.apps.indicators.services import indicator_create
from dondoc.apps.orgs.access import require_role
from dondoc.apps.web.entry_forms import DocumentForm, IndicatorForm
from dondoc.apps.web.requests import signed_in, unit_scope_of
from dondoc.apps.web.views.entry import written
from dondoc.core import indicators as core
from dondoc.core.document_kinds import DocumentKind
from dondoc.core.document_numbers import DocumentNumber
from dondoc.core.errors import DocumentNumberParseError


def _same_document(data: dict[str, object]) -> Document | None:
    """The document already recorded with this kind, number and issuer, if any."""
    try:
        number = str(DocumentNumber.parse(str(data["number"]))) if data["number"] else ""
    except DocumentNumberParseError:
        return None  # the service says why
    if not number:
        return None
    return Document.objects.filter(
        kind=data["kind"], number=number, issuer_name=data["issuer_name"]
    ).first()


@login_required
def document_new(request: HttpRequest) -> HttpResponse:
    require_role(request.user)
    form = DocumentForm(request.POST or None, scope=unit_scope_of(request))
    duplicate = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        duplicate = _same_document(data)
        document = None
        if duplicate is None:
            document = written(
                request,
                form,
                lambda: document_record(
                    **{**data, "kind": DocumentKind(data["kind"])}, user=signed_in(request)
                ),
                said=_("The document is recorded."),
            )
        if document is not None:
            return redirect("web:document", pk=document.pk)
    return render(request, "web/document_form.html", {"form": form, "duplicate": duplicate})


@login_required
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A document's indicators; a reporter adds more, each with its target."""
    document = get_object_or_404(Document.objects.select_related("issuer"), pk=pk)
    scope = unit_scope_of(request)
    form = IndicatorForm(request.POST or None, scope=scope)
    if request.method == "POST":
        require_role(request.user)
        if form.is_valid():
            data = form.cleaned_data
            target = core.Target(
                data["target"], direction=core.Direction(data["direction"]), unit=data["unit"]
            )
            if written(
                request,
                form,
                lambda: indicator_create(
                    org_unit=data["org_unit"],
                    name=data["name"],
                    code=data["code"],
                    unit=data["unit"],
                    basis=Basis(data["basis"]),
                    span=data["span"],
                    targets=[target],
                    document=document,
                    user=signed_in(request),
                ),
                said=_("The indicator is added."),
            ):
                return redirect("web:document", pk=document.pk)
    indicators = document.indicators.filter(scope.q("org_unit")).prefetch_related("targets")
    context = {"document": document, "indicators": indicators, "form": form}
    return render(request, "web/document_detail.html", context)
