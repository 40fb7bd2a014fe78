"""The directive tracker: filter, statuses as of a day, ageing, updates, extensions, history."""

from collections import Counter
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from dondoc.apps.audit.services import history_of
from dondoc.apps.directives.models import Directive, UpdateKind
from dondoc.apps.directives.selectors import directive_list, directive_reminders
from dondoc.apps.directives.services import directive_extend, directive_report
from dondoc.apps.orgs.access import require_role
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.web.forms import DirectiveUpdateForm, ExtensionForm
from dondoc.apps.web.requests import day_asked, scope_of, signed_in
from dondoc.core.progress import Ageing, DirectiveStatus, on_time_rate


@login_required
def directives(request: HttpRequest) -> HttpResponse:
    on = day_asked(request)
    scope = scope_of(request)
    rows = directive_list().filter(lead_unit__in=scope)
    unit = request.GET.get("unit", "")
    if unit.isdigit() and int(unit) in scope:
        rows = directive_list(org_unit=OrgUnit.objects.get(pk=int(unit)))
    progress = [(d, d.progress_on(on)) for d in rows]
    status = request.GET.get("status", "")
    shown = [(d, p) for d, p in progress if not status or p.status == status]
    context = {
        "rows": shown,
        "on": on,
        "status": status,
        "statuses": list(DirectiveStatus),
        "counts": _counted(Counter(p.status for _, p in progress), list(DirectiveStatus)),
        "ageing": _counted(Counter(p.ageing for _, p in progress if p.ageing), list(Ageing)),
        "rate": on_time_rate(p for _, p in progress),
        "units": OrgUnit.objects.filter(pk__in={d.lead_unit_id for d, _ in progress}),
        "unit": unit,
    }
    return render(request, "web/directives.html", context)


@login_required
def reminders(request: HttpRequest) -> HttpResponse:
    """The in-app reminders: due soon, overdue (escalated to the unit's head), not updated."""
    on = day_asked(request)
    rows = directive_reminders(on=on, units=scope_of(request))
    return render(request, "web/reminders.html", {"reminders": rows, "on": on})


def _counted(counts: Counter[Any], order: list[Any]) -> list[tuple[Any, int]]:
    # A list, not a Counter: templates would read counter.items as counter["items"] == 0.
    return [(key, counts[key]) for key in order]


def _report(request: HttpRequest, texts: list[str]) -> None:
    for text in texts:
        messages.error(request, text)


def _directive(request: HttpRequest, pk: int) -> Directive:
    directive = get_object_or_404(
        Directive.objects.select_related(
            "lead_unit", "speaker", "work_session", "responsible_person"
        ),
        pk=pk,
    )
    scope = scope_of(request)
    if directive.lead_unit_id not in scope and not directive.co_units.filter(pk__in=scope).exists():
        raise PermissionDenied
    return directive


@login_required
def directive_detail(request: HttpRequest, pk: int) -> HttpResponse:
    directive = _directive(request, pk)
    on = day_asked(request)
    context = {
        "directive": directive,
        "progress": directive.progress_on(on),
        "on": on,
        "updates": directive.updates.select_related("created_by"),
        "extensions": directive.extensions.all(),
        "history": history_of(directive),
        "update_form": DirectiveUpdateForm(initial={"reported_on": on, "kind": UpdateKind.DONE}),
        "extension_form": ExtensionForm(initial={"granted_on": on}),
    }
    return render(request, "web/directive_detail.html", context)


@login_required
@require_POST
def directive_update(request: HttpRequest, pk: int) -> HttpResponse:
    directive = _directive(request, pk)
    form = DirectiveUpdateForm(request.POST, request.FILES)
    kind = request.POST.get("kind", "")
    require_role(request.user, review=kind == UpdateKind.RETURNED)
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
    require_role(request.user, review=True)
    form = ExtensionForm(request.POST)
    if form.is_valid():
        try:
            directive_extend(directive, user=signed_in(request), **form.cleaned_data)
        except ValidationError as error:
            _report(request, error.messages)
    else:
        _report(request, [str(text) for errors in form.errors.values() for text in errors])
    return redirect("web:directive", pk=directive.pk)
