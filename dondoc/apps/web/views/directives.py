"""The directive tracker: filter, statuses as of a day, ageing, updates, extensions, history."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from dondoc.apps.audit.selectors import history_entries
from dondoc.apps.directives.bulk import directives_bulk_set
from dondoc.apps.directives.models import Directive, DirectiveUpdate, Extension, UpdateKind
from dondoc.apps.directives.selectors import (
    PAGE_SIZES,
    directive_board,
    directive_reminders,
    directive_timeline,
)
from dondoc.apps.directives.services import directive_extend, directive_report
from dondoc.apps.orgs.access import require_role
from dondoc.apps.web.entry_forms import BulkForm
from dondoc.apps.web.forms import BoardForm, DirectiveUpdateForm, ExtensionForm
from dondoc.apps.web.requests import (
    day_asked,
    id_given,
    object_in_scope_or_404,
    role_allows,
    signed_in,
    unit_scope_of,
)
from dondoc.core.progress import Ageing, DirectiveStatus


@login_required
def directives(request: HttpRequest) -> HttpResponse:
    """The tracker: one page of the board, its counts and filters (the same read as every page)."""
    on = day_asked(request)
    scope = unit_scope_of(request)
    form = BoardForm(request.GET, scope=scope)
    form.is_valid()  # a bad filter is shown as an error and left out, never a 500
    board = directive_board(
        scope=scope,
        on=on,
        filters=form.filters(),
        order=form.board_order(),
        page=form.cleaned_data.get("page") or 1,
        per_page=int(form.cleaned_data.get("per_page") or PAGE_SIZES[0]),
    )
    context = {
        "board": board,
        "form": form,
        "on": on,
        "status": form.cleaned_data.get("status") or "",
        "counts": [(status, board.counts[status]) for status in DirectiveStatus],
        "ageing": [(bucket, board.ageing.get(bucket, 0)) for bucket in Ageing],
        "board_query": _without_page(request),
        "can_bulk": role_allows(request, review=True),
    }
    return render(request, "web/directives.html", context)


@login_required
@require_POST
def directives_bulk(request: HttpRequest) -> HttpResponse:
    """Set the lead unit, the deadline or the responsible person of the ticked rows (#10)."""
    back = f"{reverse('web:directives')}?{request.POST.get('query', '')}"
    if not role_allows(request, review=True):
        messages.error(request, _("Your role does not allow this."))
        return redirect(back)
    scope = unit_scope_of(request)
    asked = [pk for pk in map(id_given, request.POST.getlist("ids")) if pk is not None]
    ids = list(
        Directive.objects.filter(scope.q("lead_unit"), pk__in=asked).values_list("pk", flat=True)
    )
    form = BulkForm(request.POST, scope=scope, ids=ids)
    if request.POST.get("step") == "choose":  # from the tracker: say what to set on them
        rows = Directive.objects.filter(pk__in=ids).select_related("lead_unit")
        form = BulkForm(initial={"ids": ids}, scope=scope, ids=ids)
        context = {"form": form, "rows": rows, "query": request.POST.get("query", "")}
        return render(request, "web/directives_bulk.html", context)
    if not form.is_valid():
        _report(request, [str(text) for errors in form.errors.values() for text in errors])
        return redirect(back)
    data = form.cleaned_data
    try:
        count = directives_bulk_set(
            Directive.objects.filter(pk__in=data["ids"]).order_by("pk"),
            lead_unit=data["lead_unit"],
            due_on=data["due_on"],
            responsible_person=data["responsible_person"],
            user=signed_in(request),
        )
    except ValidationError as error:
        _report(request, error.messages)
    else:
        messages.success(
            request,
            ngettext("%(n)d directive changed.", "%(n)d directives changed.", count) % {"n": count},
        )
    return redirect(back)


def _without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@login_required
def reminders(request: HttpRequest) -> HttpResponse:
    """The in-app reminders: due soon, overdue (escalated to the unit's head), not updated."""
    on = day_asked(request)
    rows = directive_reminders(on=on, scope=unit_scope_of(request))
    return render(request, "web/reminders.html", {"reminders": rows, "on": on})


# Deciding on a completion is the reviewing office's (#10); reporters report.
REVIEW_KINDS = frozenset({UpdateKind.ACCEPTED, UpdateKind.RETURNED, UpdateKind.REOPENED})
REPORTER_KINDS = [kind for kind in UpdateKind if kind not in REVIEW_KINDS]


def _refused(request: HttpRequest, directive: Directive, error: PermissionDenied) -> HttpResponse:
    """A refused action is said on the page, answered 403 (htmx is told to swap a 403 in)."""
    messages.error(request, str(error) or _("Your role does not allow this."))
    return _directive_page(request, directive, status=403)


def _report(request: HttpRequest, texts: list[str]) -> None:
    for text in texts:
        messages.error(request, text)


def _directive(request: HttpRequest, pk: int) -> Directive:
    return object_in_scope_or_404(
        request,
        Directive.objects.select_related(
            "lead_unit", "speaker", "work_session", "responsible_person"
        ),
        pk,
        *Directive.scope_units,
    )


@login_required
def directive_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _directive_page(request, _directive(request, pk))


def _directive_page(request: HttpRequest, directive: Directive, status: int = 200) -> HttpResponse:
    on = day_asked(request)
    view = directive_timeline(directive, on=on)
    context = {
        "directive": directive,
        "progress": view.progress,
        "problems": view.problems,
        "on": on,
        "updates": directive.updates.select_related("created_by"),
        "extensions": directive.extensions.all(),
        "history": history_entries(
            directive, children=[(DirectiveUpdate, "directive"), (Extension, "directive")]
        ),
        "update_form": DirectiveUpdateForm(
            initial={"reported_on": on, "kind": UpdateKind.DONE},
            kinds=None if role_allows(request, review=True) else REPORTER_KINDS,
        ),
        "extension_form": ExtensionForm(initial={"granted_on": on}),
    }
    return render(request, "web/directive_detail.html", context, status=status)


@login_required
@require_POST
def directive_update(request: HttpRequest, pk: int) -> HttpResponse:
    directive = _directive(request, pk)
    form = DirectiveUpdateForm(request.POST, request.FILES)
    kind = request.POST.get("kind", "")
    try:
        require_role(request.user, review=kind in REVIEW_KINDS)
    except PermissionDenied as error:
        return _refused(request, directive, error)
    if form.is_valid():
        try:
            directive_report(
                directive,
                kind=UpdateKind(form.cleaned_data["kind"]),
                reported_on=form.cleaned_data["reported_on"],
                note=form.cleaned_data["note"],
                evidence=form.cleaned_data.get("evidence"),
                user=signed_in(request),
            )
        except PermissionDenied as error:  # the roles of the follow-up work (directives/roles.py)
            return _refused(request, directive, error)
        except ValidationError as error:
            _report(request, error.messages)
        else:
            messages.success(request, "✓")
    else:
        _report(request, [str(text) for errors in form.errors.values() for text in errors])
    return redirect("web:directive", pk=directive.pk)


@login_required
@require_POST
def directive_extension(request: HttpRequest, pk: int) -> HttpResponse:
    directive = _directive(request, pk)
    try:
        require_role(request.user, review=True)
    except PermissionDenied as error:
        return _refused(request, directive, error)
    form = ExtensionForm(request.POST)
    if form.is_valid():
        try:
            directive_extend(directive, user=signed_in(request), **form.cleaned_data)
        except PermissionDenied as error:
            return _refused(request, directive, error)
        except ValidationError as error:
            _report(request, error.messages)
    else:
        _report(request, [str(text) for errors in form.errors.values() for text in errors])
    return redirect("web:directive", pk=directive.pk)
