from functools import cached_property
from typing import Any

from django import forms
from django.db.models import Q, Subquery
from django.utils.translation import gettext_lazy as _

from dondoc.apps.directives.models import STATUS_LABELS, UpdateKind
from dondoc.apps.directives.selectors import PAGE_SIZES, BoardFilters, BoardOrder
from dondoc.apps.indicators.models import Indicator, Vintage
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.web.uploads import evidence_validate
from dondoc.core.errors import PeriodParseError
from dondoc.core.periods import Period
from dondoc.core.progress import DirectiveStatus

_DAY_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class DirectiveUpdateForm(forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=UpdateKind.choices)
    reported_on = forms.DateField(
        label=_("on"), widget=_DAY_INPUT, input_formats=["%Y-%m-%d", "%d/%m/%Y"]
    )
    note = forms.CharField(
        label=_("note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )
    evidence = forms.FileField(label=_("evidence"), required=False, validators=[evidence_validate])

    def __init__(self, *args: Any, kinds: list[UpdateKind] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if kinds is not None:  # only the kinds the user's role may report (#10)
            self.fields["kind"].choices = [(kind.value, kind.label) for kind in kinds]  # type: ignore[attr-defined]


_DAY_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]


OPEN = "open"


class BoardForm(forms.Form):
    """The tracker's filters, read from the query string; a bad value is dropped with a message."""

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[
            ("", _("all")),
            (OPEN, _("open, within or past the deadline")),
            *STATUS_LABELS.items(),
        ],
    )
    unit = forms.IntegerField(label=_("Lead unit"), required=False, min_value=1)
    below = forms.BooleanField(label=_("with the units below"), required=False)
    co_unit = forms.IntegerField(label=_("Co-operating unit"), required=False, min_value=1)
    session = forms.IntegerField(required=False, min_value=1)
    document = forms.IntegerField(required=False, min_value=1)
    speaker = forms.IntegerField(required=False, min_value=1)
    due_from = forms.DateField(
        label=_("Deadline from"), required=False, widget=_DAY_INPUT, input_formats=_DAY_FORMATS
    )
    due_until = forms.DateField(
        label=_("until"), required=False, widget=_DAY_INPUT, input_formats=_DAY_FORMATS
    )
    q = forms.CharField(label=_("Text"), required=False, max_length=200)
    order = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            (BoardOrder.DEADLINE.value, _("deadline, earliest first")),
            (BoardOrder.DEADLINE_LAST.value, _("deadline, latest first")),
            (BoardOrder.ASSIGNED.value, _("given, latest first")),
            (BoardOrder.ASSIGNED_FIRST.value, _("given, earliest first")),
            (BoardOrder.LEAD_UNIT.value, _("lead unit")),
        ],
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=1_000_000)
    per_page = forms.TypedChoiceField(
        label=_("Rows"), required=False, coerce=int, choices=[(n, n) for n in PAGE_SIZES]
    )

    def __init__(self, data: Any, *, scope: UnitScope) -> None:
        super().__init__(data)
        self.scope = scope

    def _unit(self, name: str) -> OrgUnit | None:
        pk = self.cleaned_data.get(name)
        org_unit = OrgUnit.objects.filter(pk=pk).first() if pk else None
        if org_unit is not None and not self.scope.holds(org_unit):
            return None  # outside the user's units: as if not asked (the list is scoped anyway)
        return org_unit

    def filters(self) -> BoardFilters:
        data = self.cleaned_data
        return BoardFilters(
            status=DirectiveStatus(data["status"])
            if data.get("status") not in ("", None, OPEN)
            else None,
            is_open=data.get("status") == OPEN,
            lead_unit=self._unit("unit"),
            with_units_below=bool(data.get("below")) or not self.data.get("unit"),
            co_unit=self._unit("co_unit"),
            work_session_id=data.get("session"),
            document_id=data.get("document"),
            speaker_id=data.get("speaker"),
            due_from=data.get("due_from"),
            due_until=data.get("due_until"),
            text=data.get("q") or "",
        )

    def board_order(self) -> BoardOrder:
        return BoardOrder(self.cleaned_data.get("order") or BoardOrder.DEADLINE)

    @cached_property
    def unit_choices(self) -> list[tuple[int, str]]:
        """The units to pick from, (id, name): the top of the user's area and the units right
        below it, in one query of two columns (both filters list them)."""
        top = self.scope.units().order_by("path").values("pk")[:1]
        units = OrgUnit.objects.filter(Q(pk=Subquery(top)) | Q(parent_id=Subquery(top)))
        return list(units.order_by("path", "search_key").values_list("pk", "name")[:500])


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

    def __init__(self, *args: Any, scope: UnitScope, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = Indicator.objects.filter(scope.q("org_unit"))  # type: ignore[attr-defined]
        self.fields["org_unit"].queryset = scope.units()  # type: ignore[attr-defined]

    def clean_period(self) -> Period:
        try:
            return Period.parse(self.cleaned_data["period"])
        except PeriodParseError as error:
            raise forms.ValidationError(_("Not a period label, e.g. 9 tháng năm 2017.")) from error
