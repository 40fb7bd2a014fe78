"""The import of an office's lists on the web (#11): choose the file, see the dry run (every
row's error, or what would be stored), then confirm. Figures await another's approval;
directives are assigned by the importer, within their units and as their role allows."""

from __future__ import annotations

from datetime import date
from pathlib import Path, PurePath
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from dondoc.apps.exports.imports.directives import (
    ImportPlan,
    directive_import,
    directive_import_plan,
)
from dondoc.apps.exports.imports.sheets import MAX_FILE_BYTES, SheetReadError
from dondoc.apps.exports.imports.values import (
    ValueImportPlan,
    indicator_value_import,
    indicator_value_import_plan,
)
from dondoc.apps.exports.pending_files import (
    pending_file_path,
    pending_file_remove,
    pending_file_save,
)
from dondoc.apps.indicators.models import Vintage
from dondoc.apps.orgs.access import require_role
from dondoc.apps.web.entry_forms import DAY_FORMATS, DAY_INPUT
from dondoc.apps.web.requests import signed_in, unit_scope_of

SHOWN_ROWS = 500
TEMPLATE = "exports/value_import.html"


class ListUploadForm(forms.Form):
    """An office's list: an .xlsx workbook no larger than the readers accept."""

    file = forms.FileField(label=gettext_lazy("Excel file (.xlsx)"))

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if PurePath(upload.name or "").suffix.lower() != ".xlsx":
            raise forms.ValidationError(_("Choose an Excel workbook (.xlsx)."))
        if (upload.size or 0) > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB.")
                % {"size": MAX_FILE_BYTES // (1024 * 1024)}
            )
        return upload


class ValueImportForm(ListUploadForm):
    on = forms.DateField(
        label=gettext_lazy("day of the list (reported on, where the table does not say)"),
        widget=DAY_INPUT,
        input_formats=DAY_FORMATS,
        required=False,
    )
    vintage = forms.ChoiceField(
        label=gettext_lazy("vintage, where the table does not say"),
        choices=Vintage.choices,
        initial=Vintage.ESTIMATE,
    )


class DirectiveImportForm(ListUploadForm):
    on = forms.DateField(
        label=gettext_lazy("day of the list (assigned on, where the table does not say)"),
        widget=DAY_INPUT,
        input_formats=DAY_FORMATS,
        required=False,
    )


class DirectiveConfirmForm(forms.Form):
    token = forms.RegexField(regex=r"^[0-9a-f]{32}$")
    on = forms.DateField(input_formats=["%Y-%m-%d"])


class ValueConfirmForm(forms.Form):
    token = forms.RegexField(regex=r"^[0-9a-f]{32}$")
    on = forms.DateField(input_formats=["%Y-%m-%d"])
    vintage = forms.ChoiceField(choices=Vintage.choices)


@login_required
def values_import(request: HttpRequest) -> HttpResponse:
    require_role(request.user)
    if request.method == "POST" and "token" in request.POST:
        return _confirm(request)
    initial = {"vintage": Vintage.ESTIMATE, "on": timezone.localdate()}
    form = ValueImportForm(request.POST or None, request.FILES or None, initial=initial)
    context: dict[str, Any] = {"form": form}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        on, vintage = data["on"] or timezone.localdate(), Vintage(data["vintage"])
        token = pending_file_save(data["file"], session=request.session)
        try:
            plan = _plan(request, token, on=on, vintage=vintage)
        except SheetReadError as error:
            pending_file_remove(token, session=request.session)
            form.add_error("file", str(error))
        else:
            context.update(_preview(plan, token=token, on=on, vintage=vintage))
    return render(request, TEMPLATE, context)


def _plan(request: HttpRequest, token: str, *, on: date, vintage: Vintage) -> ValueImportPlan:
    found = pending_file_path(token, session=request.session)
    assert found is not None  # noqa: S101 - saved by this request
    with found[0].open("rb") as handle:
        return indicator_value_import_plan(
            handle, on=on, scope=unit_scope_of(request), vintage=vintage
        )


def _preview(plan: ValueImportPlan, *, token: str, on: date, vintage: Vintage) -> dict[str, Any]:
    initial = {"token": token, "on": on.isoformat(), "vintage": vintage.value}
    return _dry_run(plan, ValueConfirmForm(initial=initial))


def _dry_run(plan: ValueImportPlan | ImportPlan, confirm: forms.Form) -> dict[str, Any]:
    """What the dry run page shows of ``plan``; ``confirm`` only when there is something to
    import and no error."""
    return {
        "plan": plan,
        "shown": plan.planned[:SHOWN_ROWS],
        "hidden": max(len(plan.planned) - SHOWN_ROWS, 0),
        "new_count": len(plan.new),
        "stored_count": len(plan.planned) - len(plan.new),
        "confirm": confirm if not plan.errors and plan.new else None,
    }


def _kept_file(request: HttpRequest, confirm: forms.Form) -> tuple[Path, str] | None:
    """The file a confirmation names, when it is still kept for this session."""
    if not confirm.is_valid():
        return None
    return pending_file_path(confirm.cleaned_data["token"], session=request.session)


def _confirm(request: HttpRequest) -> HttpResponse:
    confirm = ValueConfirmForm(request.POST)
    found = _kept_file(request, confirm)
    if found is None:
        messages.error(request, _("The file is no longer kept: choose it again."))
        return redirect("imports:values")
    path, name = found
    token, data = confirm.cleaned_data["token"], confirm.cleaned_data
    with path.open("rb") as handle:
        plan = indicator_value_import(
            handle,
            on=data["on"],
            scope=unit_scope_of(request),
            user=signed_in(request),
            vintage=Vintage(data["vintage"]),
            source=name,
        )
    pending_file_remove(token, session=request.session)
    if plan.errors:  # the figures changed since the dry run: nothing was stored
        context = {"form": ValueImportForm(), **_preview(plan, token=token, **_again(data))}
        return render(request, TEMPLATE, context)
    count = len(plan.new)
    messages.success(
        request,
        ngettext(
            "%(n)d figure imported; it awaits approval.",
            "%(n)d figures imported; they await approval.",
            count,
        )
        % {"n": count},
    )
    return redirect("web:figures")


def _again(data: dict[str, Any]) -> dict[str, Any]:
    return {"on": data["on"], "vintage": Vintage(data["vintage"])}


DIRECTIVES_TEMPLATE = "exports/directive_import.html"


@login_required
def directives_import(request: HttpRequest) -> HttpResponse:
    """A list of directives ("Danh mục nhiệm vụ"): dry run, then confirm (#11)."""
    require_role(request.user)
    if request.method == "POST" and "token" in request.POST:
        return _directives_confirm(request)
    form = DirectiveImportForm(
        request.POST or None, request.FILES or None, initial={"on": timezone.localdate()}
    )
    context: dict[str, Any] = {"form": form}
    if request.method == "POST" and form.is_valid():
        on = form.cleaned_data["on"] or timezone.localdate()
        token = pending_file_save(form.cleaned_data["file"], session=request.session)
        found = pending_file_path(token, session=request.session)
        assert found is not None  # noqa: S101 - saved by this request
        try:
            with found[0].open("rb") as handle:
                plan = directive_import_plan(handle, on=on, scope=unit_scope_of(request))
        except SheetReadError as error:
            pending_file_remove(token, session=request.session)
            form.add_error("file", str(error))
        else:
            context.update(_directives_preview(plan, token=token, on=on))
    return render(request, DIRECTIVES_TEMPLATE, context)


def _directives_preview(plan: ImportPlan, *, token: str, on: date) -> dict[str, Any]:
    return _dry_run(plan, DirectiveConfirmForm(initial={"token": token, "on": on.isoformat()}))


def _directives_confirm(request: HttpRequest) -> HttpResponse:
    confirm = DirectiveConfirmForm(request.POST)
    found = _kept_file(request, confirm)
    if found is None:
        messages.error(request, _("The file is no longer kept: choose it again."))
        return redirect("imports:directives")
    token, on = confirm.cleaned_data["token"], confirm.cleaned_data["on"]
    with found[0].open("rb") as handle:
        plan = directive_import(
            handle, on=on, scope=unit_scope_of(request), user=signed_in(request)
        )
    pending_file_remove(token, session=request.session)
    if plan.errors:  # refused or changed since the dry run: nothing was stored
        context = {"form": DirectiveImportForm(), **_directives_preview(plan, token="", on=on)}
        context["confirm"] = None
        return render(request, DIRECTIVES_TEMPLATE, context)
    count = len(plan.new)
    messages.success(
        request,
        ngettext("%(n)d directive imported.", "%(n)d directives imported.", count) % {"n": count},
    )
    return redirect("web:directives")
