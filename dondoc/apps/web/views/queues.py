"""The reviewing office's queues (#10): one page, three lists, each row picked one by one or
several at once, one note for the decision; what was typed is kept when a decision is refused."""

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from dondoc.apps.web.entry_forms import DAY_FORMATS, DAY_INPUT
from dondoc.apps.web.requests import id_given, role_allows, signed_in, unit_scope_of
from dondoc.apps.web.reviews import (
    Outcome,
    completions_decide,
    completions_pending,
    extension_requests_decide,
    extension_requests_pending,
    figures_decide,
    figures_pending,
)

QUEUES = ("completions", "extensions", "figures")


class DecisionForm(forms.Form):
    queue = forms.ChoiceField(choices=[(name, name) for name in QUEUES], widget=forms.HiddenInput)
    ids = forms.TypedMultipleChoiceField(coerce=int, label=gettext_lazy("rows"))
    decision = forms.ChoiceField(choices=[("yes", "yes"), ("no", "no")])
    note = forms.CharField(label=gettext_lazy("note"), max_length=500, required=False)
    due_on = forms.DateField(
        label=gettext_lazy("new deadline"),
        widget=DAY_INPUT,
        input_formats=DAY_FORMATS,
        required=False,
    )

    def __init__(self, *args: Any, choices: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["ids"].choices = [(pk, pk) for pk in choices]  # type: ignore[attr-defined]
        self.fields["ids"].error_messages["required"] = _("Tick at least one row.")
        self.fields["ids"].error_messages["invalid_choice"] = _(
            "A ticked row is no longer waiting (decided meanwhile or outside your units)."
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("decision") == "no" and not cleaned.get("note", "").strip():
            self.add_error("note", _("Say why in the note."))
        return cleaned


def _queues(request: HttpRequest) -> dict[str, Any]:
    on = timezone.localdate()
    scope = unit_scope_of(request)
    return {
        "completions": list(completions_pending(scope=scope, on=on)[:200]),
        "extensions": list(extension_requests_pending(scope=scope)[:200]),
        "figures": list(figures_pending(scope=scope)[:200]),
    }


@login_required
def queues(request: HttpRequest) -> HttpResponse:
    """The queues; a POST decides the ticked rows of one of them."""
    lists = _queues(request)
    forms_by_queue: dict[str, DecisionForm] = {}
    status = 200
    if request.method == "POST":
        queue = request.POST.get("queue", "")
        if queue in QUEUES:
            choices = [_row_pk(queue, row) for row in lists[queue]]
            form = DecisionForm(request.POST, choices=choices)
            forms_by_queue[queue] = form
            if not role_allows(request, review=True):
                form.add_error(None, _("Your role does not allow this."))
                status = 403
            elif form.is_valid():
                outcome = _decide(request, queue, lists[queue], form.cleaned_data)
                if not outcome.refused:
                    messages.success(request, _confirmation(queue, form.cleaned_data, outcome))
                    return redirect("web:queues")
                for row, reason in outcome.refused:
                    form.add_error(None, f"{row}: {reason}")
                if outcome.done:
                    messages.success(request, _confirmation(queue, form.cleaned_data, outcome))
                lists = _queues(request)
    context = {
        **lists,
        "forms": {name: forms_by_queue.get(name) or _blank(name) for name in QUEUES},
        "ticked": {pk for pk in map(id_given, request.POST.getlist("ids")) if pk is not None},
        "can_review": role_allows(request, review=True),
    }
    return render(request, "web/queues.html", context, status=status)


def _blank(queue: str) -> DecisionForm:
    return DecisionForm(initial={"queue": queue}, choices=[])


def _row_pk(queue: str, row: Any) -> int:
    return int(row.directive_id) if queue == "completions" else int(row.pk)


def _decide(request: HttpRequest, queue: str, rows: list[Any], data: dict[str, Any]) -> Outcome:
    picked = [row for row in rows if _row_pk(queue, row) in set(data["ids"])]
    yes, note, user, on = (
        data["decision"] == "yes",
        data["note"],
        signed_in(request),
        timezone.localdate(),
    )
    if queue == "completions":
        directives = [state.directive for state in picked]
        return completions_decide(
            directives, is_accepted=yes, note=note or _("Accepted."), on=on, user=user
        )
    if queue == "extensions":
        return extension_requests_decide(
            picked, is_granted=yes, due_on=data["due_on"], note=note, on=on, user=user
        )
    return figures_decide(picked, is_approved=yes, note=note, user=user)


def _confirmation(queue: str, data: dict[str, Any], outcome: Outcome) -> str:
    yes, count = data["decision"] == "yes", outcome.done
    if queue == "completions":
        text = (
            ngettext("%(n)d completion accepted.", "%(n)d completions accepted.", count)
            if yes
            else ngettext("%(n)d completion returned.", "%(n)d completions returned.", count)
        )
    elif queue == "extensions":
        text = (
            ngettext("%(n)d extension granted.", "%(n)d extensions granted.", count)
            if yes
            else ngettext("%(n)d extension refused.", "%(n)d extensions refused.", count)
        )
    else:
        text = (
            ngettext("%(n)d figure approved.", "%(n)d figures approved.", count)
            if yes
            else ngettext("%(n)d figure returned.", "%(n)d figures returned.", count)
        )
    return text % {"n": count}
