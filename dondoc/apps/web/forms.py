from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from dondoc.apps.directives.models import UpdateKind
from dondoc.apps.indicators.models import Indicator, Vintage
from dondoc.apps.orgs.models import OrgUnit
from dondoc.core.errors import PeriodParseError
from dondoc.core.periods import Period

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


class IndicatorValueForm(forms.Form):
    """A reporter's figure for a period; the period is written as reports write it."""

    indicator = forms.ModelChoiceField(label=_("indicator"), queryset=Indicator.objects.none())
    org_unit = forms.ModelChoiceField(label=_("unit"), queryset=OrgUnit.objects.none())
    period = forms.CharField(
        label=_("period"), max_length=40, help_text=_("e.g. 9 tháng năm 2017, quý IV/2017")
    )
    value = forms.DecimalField(label=_("value"), max_digits=20, decimal_places=4, localize=True)
    total = forms.DecimalField(
        label=_("out of"), max_digits=20, decimal_places=4, required=False, localize=True
    )
    vintage = forms.ChoiceField(label=_("vintage"), choices=Vintage.choices)
    reported_on = forms.DateField(
        label=_("reported on"), widget=_DAY_INPUT, input_formats=["%Y-%m-%d", "%d/%m/%Y"]
    )

    def __init__(self, *args: Any, scope: frozenset[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = Indicator.objects.filter(org_unit__in=scope)  # type: ignore[attr-defined]
        self.fields["org_unit"].queryset = OrgUnit.objects.filter(pk__in=scope)  # type: ignore[attr-defined]

    def clean_period(self) -> Period:
        try:
            return Period.parse(self.cleaned_data["period"])
        except PeriodParseError as error:
            raise forms.ValidationError(_("Not a period label, e.g. 9 tháng năm 2017.")) from error
