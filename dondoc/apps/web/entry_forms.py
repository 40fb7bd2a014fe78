"""Forms to record a working session, its people and recommendations, directives and key tasks
on the web, through the same services the admin uses (#10)."""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.db.models.functions import Length
from django.utils.translation import gettext_lazy as _

from dondoc.apps.directives.models import DeadlineKind, Recurrence
from dondoc.apps.documents.models import DOCUMENT_KIND_CHOICES, Document
from dondoc.apps.indicators.models import Basis, Direction, Indicator, IndicatorValue, Vintage
from dondoc.apps.notifications.working_days import add_working_days
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit, Person, Role
from dondoc.apps.work_sessions.models import (
    Recommendation,
    RecommendationStatus,
    Side,
    WorkingSession,
)
from dondoc.core.errors import PeriodParseError, QuantityParseError
from dondoc.core.periods import Period
from dondoc.core.quantities import parse_number

DAY_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
DAY_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
SEGMENT = 8  # one level of OrgUnit.path: "/0000042"
INDENT = "\u00a0\u00a0"  # no-break spaces: a <select> keeps them
LEVELS = 3  # the picker shows the top of the user's area and three levels below it


def unit_tree(scope: UnitScope) -> QuerySet[OrgUnit]:
    """The units a picker offers, in tree order: the user's area down to ``LEVELS`` below."""
    units = scope.units().order_by("path")
    top = units.annotate(depth=Length("path")).order_by("depth").first()
    if top is None:
        return units
    return units.annotate(width=Length("path")).filter(width__lte=len(top.path) + LEVELS * SEGMENT)


class UnitTreeField(forms.ModelChoiceField):  # type: ignore[type-arg]
    """A unit picker that shows the tree: each unit indented under its parent."""

    def label_from_instance(self, obj: Any) -> str:
        depth = max(obj.path.count("/") - 2, 0)
        years = f" ({obj.valid_from:%Y}–{obj.valid_until:%Y})" if obj.valid_until else ""
        return f"{INDENT * depth}{obj.name}{years}"


class UnitTreeMultipleField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return UnitTreeField.label_from_instance(self, obj)  # type: ignore[arg-type]


def with_titles(form: forms.Form, titles: dict[int, str]) -> None:
    """Show each person of the form's pickers with the titles held that day."""

    def label(person: Any) -> str:
        return f"{person} — {titles[person.pk]}" if person.pk in titles else str(person)

    for picker in form.fields.values():
        queryset = getattr(picker, "queryset", None)
        if (
            isinstance(picker, forms.ModelChoiceField)
            and getattr(queryset, "model", None) is Person
        ):
            picker.label_from_instance = label  # type: ignore[method-assign,assignment]


class PersonField(forms.ModelChoiceField):  # type: ignore[type-arg]
    """A person picker (``with_titles`` adds the positions held on the day)."""


class WorkingSessionForm(forms.Form):
    held_on = forms.DateField(label=_("held on"), widget=DAY_INPUT, input_formats=DAY_FORMATS)
    host_unit = UnitTreeField(label=_("visiting unit"), queryset=OrgUnit.objects.none())
    subject_unit = UnitTreeField(label=_("unit visited"), queryset=OrgUnit.objects.none())
    head = PersonField(label=_("head of delegation"), queryset=Person.objects.all())
    delegation = forms.ModelMultipleChoiceField(
        label=_("delegation members"), queryset=Person.objects.all(), required=False
    )
    hosts = forms.ModelMultipleChoiceField(
        label=_("people of the unit visited"), queryset=Person.objects.all(), required=False
    )
    topic = forms.CharField(label=_("topic"), max_length=500)
    report_summary = forms.CharField(
        label=_("report summary"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    is_confirmed = forms.BooleanField(
        label=_("Record it anyway (it is not the same session)"), required=False
    )

    def __init__(self, *args: Any, scope: UnitScope, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        units = unit_tree(scope)
        self.fields["host_unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["subject_unit"].queryset = units  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        held_on = cleaned.get("held_on")
        for name in ("host_unit", "subject_unit"):
            org_unit = cleaned.get(name)
            if held_on and org_unit is not None and not org_unit.is_valid_on(held_on):
                self.add_error(
                    name,
                    _("%(unit)s did not exist on %(day)s.")
                    % {"unit": org_unit, "day": f"{held_on:%d/%m/%Y}"},
                )
        if cleaned.get("host_unit") and cleaned.get("host_unit") == cleaned.get("subject_unit"):
            self.add_error("subject_unit", _("The unit visited must differ from the visitors."))
        return cleaned


# A form's fields rendered once for many rows (an answer under each recommendation, a password
# reset on each user): their ids hold this mark, which each row replaces with its key (the
# ``for_row`` filter).
ROW_MARK = "rowmark-8e1c"  # unlike any word of a form or its labels


class FormWithOwnIds(forms.Form):
    """A form shown beside others on one page: its fields' ids start with ``ids``
    ("recommendation-text"), not with Django's "id_", which the page's other forms repeat."""

    ids = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", f"{self.ids}-%s")
        super().__init__(*args, **kwargs)


class ParticipantForm(FormWithOwnIds):
    ids = "participant"
    person = PersonField(label=_("person"), queryset=Person.objects.all())
    side = forms.ChoiceField(label=_("side"), choices=Side.choices)
    titles = forms.CharField(
        label=_("titles that day"),
        max_length=500,
        required=False,
        help_text=_("Left empty: the positions held that day."),
    )


class RecommendationForm(FormWithOwnIds):
    ids = "recommendation"
    field_group = forms.CharField(label=_("field"), max_length=500)
    text = forms.CharField(
        label=_("recommendation"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class AnswerForm(FormWithOwnIds):
    ids = "answer"
    response = forms.CharField(label=_("response"), widget=forms.Textarea(attrs={"rows": 2}))
    responded_by = PersonField(label=_("responded by"), queryset=Person.objects.all())
    status = forms.ChoiceField(
        label=_("status"),
        choices=[c for c in RecommendationStatus.choices if c[0] != RecommendationStatus.OPEN],
    )


class DirectiveForm(forms.Form):
    text = forms.CharField(label=_("directive"), widget=forms.Textarea(attrs={"rows": 3}))
    assigned_on = forms.DateField(
        label=_("assigned on"), widget=DAY_INPUT, input_formats=DAY_FORMATS
    )
    lead_unit = UnitTreeField(label=_("lead unit"), queryset=OrgUnit.objects.none())
    co_units = UnitTreeMultipleField(
        label=_("co-operating units"), queryset=OrgUnit.objects.none(), required=False
    )
    responsible_person = PersonField(
        label=_("responsible person"), queryset=Person.objects.all(), required=False
    )
    speaker = PersonField(label=_("given by"), queryset=Person.objects.all(), required=False)
    deadline_kind = forms.ChoiceField(label=_("deadline kind"), choices=DeadlineKind.choices)
    due_on = forms.DateField(
        label=_("deadline"), widget=DAY_INPUT, input_formats=DAY_FORMATS, required=False
    )
    due_in_working_days = forms.IntegerField(
        label=_("or within this many working days"),
        min_value=1,
        max_value=500,
        required=False,
        help_text=_("Counted from the day given, without weekends and Vietnam's public holidays."),
    )
    recurrence = forms.ChoiceField(
        label=_("recurrence"), choices=[("", "—"), *Recurrence.choices], required=False
    )
    recommendation = forms.ModelChoiceField(
        label=_("from the recommendation"), queryset=Recommendation.objects.none(), required=False
    )
    document = forms.ModelChoiceField(
        label=_("from the document"), queryset=Document.objects.all(), required=False
    )

    def __init__(
        self, *args: Any, scope: UnitScope, work_session: WorkingSession, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        units = unit_tree(scope)
        self.fields["lead_unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["co_units"].queryset = units  # type: ignore[attr-defined]
        self.fields["recommendation"].queryset = work_session.recommendations.all()  # type: ignore[attr-defined]
        people = Person.objects.filter(participations__work_session=work_session)
        self.fields["speaker"].queryset = people  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        kind = cleaned.get("deadline_kind")
        days, assigned_on = cleaned.get("due_in_working_days"), cleaned.get("assigned_on")
        if kind != DeadlineKind.NONE and days and assigned_on and not cleaned.get("due_on"):
            cleaned["due_on"] = add_working_days(assigned_on, days)
        if kind == DeadlineKind.NONE:
            cleaned["due_on"] = None
        elif not cleaned.get("due_on"):
            self.add_error("due_on", _("A deadline needs a day unless it is 'no deadline'."))
        if kind == DeadlineKind.RECURRING and not cleaned.get("recurrence"):
            self.add_error("recurrence", _("Say how often a recurring directive is due."))
        if kind != DeadlineKind.RECURRING:
            cleaned["recurrence"] = ""
        return cleaned


class KeyTaskForm(forms.Form):
    org_unit = UnitTreeField(label=_("unit"), queryset=OrgUnit.objects.none())
    year = forms.IntegerField(label=_("year"), min_value=1945, max_value=2100)
    title = forms.CharField(label=_("title"), max_length=500)

    def __init__(self, *args: Any, scope: UnitScope, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["org_unit"].queryset = unit_tree(scope)  # type: ignore[attr-defined]


class UserForm(forms.Form):
    username = forms.CharField(label=_("user name"), max_length=150)
    full_name = forms.CharField(label=_("full name"), max_length=150)
    email = forms.EmailField(label=_("e-mail"), required=False)
    org_unit = UnitTreeField(label=_("unit"), queryset=OrgUnit.objects.none())
    role = forms.ChoiceField(label=_("role"), choices=Role.choices, initial=Role.REPORTER)
    password = forms.CharField(
        label=_("first password"),
        widget=forms.PasswordInput(render_value=True),
        help_text=_("Give it to the person; they can change it after signing in."),
    )

    def __init__(self, *args: Any, scope: UnitScope, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["org_unit"].queryset = unit_tree(scope)  # type: ignore[attr-defined]


class PasswordResetForm(FormWithOwnIds):
    ids = "reset"
    password = forms.CharField(
        label=_("new password"), widget=forms.PasswordInput(render_value=True)
    )


# Django's own message for a constraint that has none of ours: Django's Vietnamese catalogue
# lacks it, so ours carries it (#10).
CONSTRAINT_VIOLATED = _("Constraint “%(name)s” is violated.")


class BulkForm(forms.Form):
    """The tracker's change of several rows: what is filled in is set on every ticked row."""

    ids = forms.TypedMultipleChoiceField(coerce=int, label=_("rows"))
    lead_unit = UnitTreeField(label=_("lead unit"), queryset=OrgUnit.objects.none(), required=False)
    due_on = forms.DateField(
        label=_("deadline"), widget=DAY_INPUT, input_formats=DAY_FORMATS, required=False
    )
    responsible_person = PersonField(
        label=_("responsible person"), queryset=Person.objects.all(), required=False
    )

    def __init__(self, *args: Any, scope: UnitScope, ids: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lead_unit"].queryset = unit_tree(scope)  # type: ignore[attr-defined]
        self.fields["ids"].choices = [(pk, pk) for pk in ids]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not any(cleaned.get(name) for name in ("lead_unit", "due_on", "responsible_person")):
            raise forms.ValidationError(_("Choose what to set on the ticked rows."))
        return cleaned


class GridForm(forms.Form):
    """Which grid to fill: a plan's indicators, for one unit and one period."""

    document = forms.ModelChoiceField(
        label=_("plan or resolution"), queryset=Document.objects.none()
    )
    org_unit = UnitTreeField(label=_("reporting unit"), queryset=OrgUnit.objects.none())
    period = forms.CharField(
        label=_("period"), max_length=40, help_text=_("e.g. 9 tháng năm 2017, quý IV/2017")
    )
    vintage = forms.ChoiceField(
        label=_("vintage"), choices=Vintage.choices, initial=Vintage.ESTIMATE
    )
    reported_on = forms.DateField(
        label=_("reported on"), widget=DAY_INPUT, input_formats=DAY_FORMATS
    )

    def __init__(self, *args: Any, scope: UnitScope, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        plans = Document.objects.filter(indicators__isnull=False).distinct().order_by("-issued_on")
        self.fields["document"].queryset = plans  # type: ignore[attr-defined]
        self.fields["org_unit"].queryset = unit_tree(scope)  # type: ignore[attr-defined]

    def clean_period(self) -> Period:
        try:
            return Period.parse(self.cleaned_data["period"])
        except PeriodParseError as error:
            raise forms.ValidationError(_("Not a period label, e.g. 9 tháng năm 2017.")) from error


@dataclass
class GridRow:
    """One indicator of the grid: what was typed, what it reads as, what is wrong with it."""

    indicator: Indicator
    value_text: str = ""
    total_text: str = ""
    recorded: IndicatorValue | None = None
    errors: list[str] = field(default_factory=list)
    value: Decimal | None = None
    total: Decimal | None = None

    def read(self) -> None:
        """Read the cells the Vietnamese way ("1.234,5"), checked against the unit and total."""
        try:
            self.value = parse_number(self.value_text) if self.value_text else None
            self.total = parse_number(self.total_text) if self.total_text else None
        except QuantityParseError:
            self.errors.append(str(_("Not a number, e.g. 1.234,5 or 86,2.")))
            return
        if self.value is None and self.total is not None:
            self.errors.append(str(_("A total needs a value.")))
        elif self.value is not None and self.total is not None and self.value > self.total:
            self.errors.append(str(_("The value is larger than its total.")))
        elif (
            self.value is not None
            and self.indicator.unit.strip() == "%"
            and not (0 <= self.value <= 100)
        ):
            self.errors.append(str(_("A percentage is between 0 and 100.")))


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=DOCUMENT_KIND_CHOICES)
    number = forms.CharField(
        label=_("number"), max_length=64, required=False, help_text=_("e.g. 62-NQ/TU")
    )
    issued_on = forms.DateField(
        label=_("issued on"), widget=DAY_INPUT, input_formats=DAY_FORMATS, required=False
    )
    issuer = UnitTreeField(label=_("issuer"), queryset=OrgUnit.objects.none(), required=False)
    issuer_name = forms.CharField(label=_("issuer as written"), max_length=255, required=False)
    title = forms.CharField(label=_("title"), max_length=500, required=False)

    def __init__(self, *args: Any, scope: UnitScope, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["issuer"].queryset = unit_tree(scope)  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        issuer = cleaned.get("issuer")
        if issuer is not None and not cleaned.get("issuer_name"):
            cleaned["issuer_name"] = issuer.name
        return cleaned


class IndicatorForm(forms.Form):
    code = forms.CharField(label=_("code"), max_length=32, required=False)
    name = forms.CharField(label=_("name"), max_length=500)
    org_unit = UnitTreeField(label=_("unit"), queryset=OrgUnit.objects.none())
    unit = forms.CharField(label=_("unit of measure"), max_length=64, required=False)
    basis = forms.ChoiceField(label=_("basis"), choices=Basis.choices, initial=Basis.CUMULATIVE)
    span = forms.CharField(
        label=_("span"), max_length=40, help_text=_("e.g. giai đoạn 2016-2020, năm 2017")
    )
    target = forms.CharField(label=_("target"), max_length=40, help_text=_("e.g. 1.234,5"))
    direction = forms.ChoiceField(label=_("direction"), choices=Direction.choices)

    def __init__(self, *args: Any, scope: UnitScope, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["org_unit"].queryset = unit_tree(scope)  # type: ignore[attr-defined]

    def clean_span(self) -> Period:
        try:
            return Period.parse(self.cleaned_data["span"])
        except PeriodParseError as error:
            raise forms.ValidationError(_("Not a period label, e.g. 9 tháng năm 2017.")) from error

    def clean_target(self) -> Decimal:
        try:
            return parse_number(self.cleaned_data["target"])
        except QuantityParseError as error:
            raise forms.ValidationError(_("Not a number, e.g. 1.234,5 or 86,2.")) from error
