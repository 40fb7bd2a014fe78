from django import forms
from django.utils.translation import gettext_lazy as _

from dondoc.apps.directives.models import UpdateKind

_DAY_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class DirectiveUpdateForm(forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=UpdateKind.choices)
    reported_on = forms.DateField(
        label=_("on"), widget=_DAY_INPUT, input_formats=["%Y-%m-%d", "%d/%m/%Y"]
    )
    note = forms.CharField(
        label=_("note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )
    evidence = forms.FileField(label=_("evidence"), required=False)


class ExtensionForm(forms.Form):
    granted_on = forms.DateField(
        label=_("granted on"), widget=_DAY_INPUT, input_formats=["%Y-%m-%d", "%d/%m/%Y"]
    )
    due_on = forms.DateField(
        label=_("new deadline"), widget=_DAY_INPUT, input_formats=["%Y-%m-%d", "%d/%m/%Y"]
    )
    reason = forms.CharField(label=_("reason"), max_length=500)


class IntakeForm(forms.Form):
    text = forms.CharField(
        label=_("Report or news text"),
        widget=forms.Textarea(attrs={"rows": 14}),
        max_length=2_000_000,
        required=False,
    )
    file = forms.FileField(label=_("or a file (.txt, .docx, .html)"), required=False)

    def clean(self) -> dict[str, object]:
        cleaned = super().clean() or {}
        if not cleaned.get("text", "").strip() and not cleaned.get("file"):
            raise forms.ValidationError(_("Paste a text or choose a file."))
        return cleaned
