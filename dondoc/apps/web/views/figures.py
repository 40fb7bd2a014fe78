"""Reported figures: a reporter enters a period's values; a reviewer of the unit above approves."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from dondoc.apps.indicators.models import Indicator, IndicatorValue, Vintage
from dondoc.apps.indicators.services import (
    indicator_value_approve,
    indicator_value_record,
    indicator_values_record_many,
)
from dondoc.apps.orgs.access import UnitScope, require_reviewer_above, require_role
from dondoc.apps.web.entry_forms import GridForm, GridRow
from dondoc.apps.web.forms import IndicatorValueForm
from dondoc.apps.web.requests import object_in_scope_or_404, signed_in, unit_scope_of


@login_required
def figures(request: HttpRequest) -> HttpResponse:
    scope = unit_scope_of(request)
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
        IndicatorValue.objects.filter(scope.q("org_unit"), is_locked=False)
        .select_related("indicator", "org_unit", "created_by")
        .order_by("-reported_on")[:50]
    )
    return render(request, "web/figures.html", {"form": form, "pending": pending})


@login_required
@require_POST
def figure_approve(request: HttpRequest, pk: int) -> HttpResponse:
    value = object_in_scope_or_404(
        request, IndicatorValue.objects.select_related("org_unit"), pk, "org_unit"
    )
    require_reviewer_above(request.user, value.org_unit)
    try:
        indicator_value_approve(value, user=signed_in(request))
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    return redirect("web:figures")


@login_required
def figures_grid(request: HttpRequest) -> HttpResponse:
    """A data-entry grid (#10): every indicator of a plan for one unit and one period, typed the
    Vietnamese way, each cell checked, saved all at once or not at all."""
    require_role(request.user)
    source = request.POST if request.method == "POST" else request.GET
    initial = {"vintage": Vintage.ESTIMATE, "reported_on": timezone.localdate()}
    form = GridForm(source or None, scope=unit_scope_of(request), initial=initial)
    rows: list[GridRow] = []
    if form.is_bound and form.is_valid():
        rows = _grid_rows(form.cleaned_data, request.POST, scope=unit_scope_of(request))
        if request.method == "POST":
            saved = _grid_save(request, form.cleaned_data, rows)
            if saved is not None:
                messages.success(
                    request,
                    ngettext("%(n)d figure recorded.", "%(n)d figures recorded.", saved)
                    % {"n": saved},
                )
                return redirect(f"{reverse('web:figures_grid')}?{request.POST.urlencode()}")
    filled = sum(1 for row in rows if row.recorded is not None)
    context = {"form": form, "rows": rows, "filled": filled}
    return render(request, "web/figures_grid.html", context)


def _grid_rows(data: dict[str, Any], typed: Any, *, scope: UnitScope) -> list[GridRow]:
    """The plan's indicators of the user's units (another unit's are not shown, #8)."""
    indicators = Indicator.objects.filter(scope.q("org_unit"), document=data["document"])
    indicators = indicators.order_by("pk")
    recorded = {
        value.indicator_id: value
        for value in IndicatorValue.objects.filter(
            indicator__in=indicators,
            org_unit=data["org_unit"],
            period_code=data["period"].code,
            vintage=data["vintage"],
        )
    }
    return [
        GridRow(
            indicator,
            value_text=str(typed.get(f"value-{indicator.pk}", "")).strip(),
            total_text=str(typed.get(f"total-{indicator.pk}", "")).strip(),
            recorded=recorded.get(indicator.pk),
        )
        for indicator in indicators
    ]


def _grid_save(request: HttpRequest, data: dict[str, Any], rows: list[GridRow]) -> int | None:
    """The number of figures recorded, or None when a cell is refused (nothing is saved)."""
    for row in rows:
        row.read()
    entries = [
        (row.indicator, row.value, row.total)
        for row in rows
        if row.value is not None and row.recorded is None
    ]
    if any(row.errors for row in rows):
        return None
    try:
        saved = indicator_values_record_many(
            entries,
            org_unit=data["org_unit"],
            period=data["period"],
            vintage=Vintage(data["vintage"]),
            reported_on=data["reported_on"],
            user=signed_in(request),
        )
    except ValidationError as error:
        by_pk = {str(row.indicator.pk): row for row in rows}
        for key, texts in error.message_dict.items():
            if key in by_pk:
                by_pk[key].errors.extend(texts)
            else:
                messages.error(request, " ".join(texts))
        return None
    return len(saved)
