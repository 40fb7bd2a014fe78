"""Reported figures: a reporter enters a period's values; a reviewer of the unit above approves."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from dondoc.apps.indicators.models import IndicatorValue, Vintage
from dondoc.apps.indicators.services import indicator_value_approve, indicator_value_record
from dondoc.apps.orgs.access import require_reviewer_above, require_role
from dondoc.apps.web.forms import IndicatorValueForm
from dondoc.apps.web.requests import scope_of, signed_in


@login_required
def figures(request: HttpRequest) -> HttpResponse:
    scope = scope_of(request)
    initial = {"vintage": Vintage.ESTIMATE, "reported_on": timezone.localdate()}
    form = IndicatorValueForm(request.POST or None, scope=scope, initial=initial)
    if request.method == "POST" and form.is_valid():
        require_role(request.user)
        data = form.cleaned_data
        try:
            indicator_value_record(
                data["indicator"],
                org_unit=data["org_unit"],
                period=data["period"],
                value=data["value"],
                total=data["total"],
                vintage=Vintage(data["vintage"]),
                reported_on=data["reported_on"],
                user=signed_in(request),
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                for text in errors:
                    form.add_error(field if field in form.fields else None, text)
        else:
            messages.success(request, "✓")
            return redirect("web:figures")
    pending = (
        IndicatorValue.objects.filter(org_unit__in=scope, is_locked=False)
        .select_related("indicator", "org_unit", "created_by")
        .order_by("-reported_on")[:50]
    )
    return render(request, "web/figures.html", {"form": form, "pending": pending})


@login_required
@require_POST
def figure_approve(request: HttpRequest, pk: int) -> HttpResponse:
    value = get_object_or_404(IndicatorValue.objects.select_related("org_unit"), pk=pk)
    if value.org_unit_id not in scope_of(request):
        raise PermissionDenied
    require_reviewer_above(request.user, value.org_unit)
    try:
        indicator_value_approve(value, user=signed_in(request))
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    return redirect("web:figures")
