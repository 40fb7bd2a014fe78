from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from dondoc.apps.documents.models import Document
from dondoc.apps.number_labels import number_label
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.period_labels import period_label
from dondoc.apps.provenance import Tracked
from dondoc.core import indicators as core
from dondoc.core.errors import PeriodParseError
from dondoc.core.periods import Period
from dondoc.core.text import fold


def period_from_code(code: str, *, field: str) -> Period:
    """Read a stored period code, or raise a form error on ``field``."""
    try:
        return Period.from_code(code)
    except PeriodParseError as error:
        raise ValidationError(
            {field: _("Not a valid period: %(code)s") % {"code": code}}, code=error.code
        ) from error


class Direction(models.TextChoices):
    AT_LEAST = core.Direction.AT_LEAST.value, _("at least")
    AT_MOST = core.Direction.AT_MOST.value, _("at most")
    EXACTLY = core.Direction.EXACTLY.value, _("exactly")


class Basis(models.TextChoices):
    IN_PERIOD = core.Basis.IN_PERIOD.value, _("level or in the period")
    CUMULATIVE = core.Basis.CUMULATIVE.value, _("cumulative")


class Vintage(models.TextChoices):
    ESTIMATE = core.Vintage.ESTIMATE.value, _("estimate")
    PRELIMINARY = core.Vintage.PRELIMINARY.value, _("preliminary")
    OFFICIAL = core.Vintage.OFFICIAL.value, _("official")


class Reference(models.TextChoices):
    NONE = "", _("absolute value")
    # xgettext:no-python-format
    ESTIMATE = core.Reference.ESTIMATE.value, _("% of the budget estimate")
    # xgettext:no-python-format
    PLAN = core.Reference.PLAN.value, _("% of the plan")
    # xgettext:no-python-format
    TARGET = core.Reference.TARGET.value, _("% of the target")
    # xgettext:no-python-format
    SAME_PERIOD_LAST_YEAR = core.Reference.SAME_PERIOD_LAST_YEAR.value, _("% change year on year")


class Indicator(Tracked):
    """A target-bearing measure of a resolution or plan, for a unit over a span of time."""

    document = models.ForeignKey(
        Document,
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="indicators",
    )
    org_unit = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="indicators"
    )
    code = models.CharField(_("code"), max_length=32, blank=True)
    name = models.CharField(_("name"), max_length=500)
    unit = models.CharField(_("unit of measure"), max_length=64, blank=True)
    basis = models.CharField(
        _("basis"), max_length=16, choices=Basis.choices, default=Basis.CUMULATIVE
    )
    span_code = models.CharField(_("span"), max_length=16)
    span_start_on = models.DateField(editable=False)
    span_end_on = models.DateField(editable=False)
    search_key = models.CharField(max_length=600, editable=False, db_index=True)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["document", "org_unit", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "org_unit", "code"],
                condition=~Q(code=""),
                name="indicator_unique_code",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code}. {self.name}" if self.code else self.name

    @property
    def span(self) -> Period:
        return Period.from_code(self.span_code)

    def clean(self) -> None:
        period_from_code(self.span_code, field="span_code")

    def save(self, *args: object, **kwargs: object) -> None:
        span = self.span
        self.span_start_on, self.span_end_on = span.start_on, span.end_on
        self.search_key = fold(f"{self.code} {self.name}")
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Target(Tracked):
    """One of an indicator's targets; an indicator may have several (set by different bodies)."""

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="targets"
    )
    value = models.DecimalField(_("target value"), max_digits=20, decimal_places=4)
    direction = models.CharField(
        _("direction"), max_length=16, choices=Direction.choices, default=Direction.AT_LEAST
    )
    period_code = models.CharField(
        _("period"),
        max_length=16,
        blank=True,
        help_text=_("the period this target is for; empty for the whole span"),
    )
    due_on = models.DateField(_("reach by"), null=True, blank=True)
    issuer_name = models.CharField(_("set by"), max_length=255, blank=True)
    label = models.CharField(_("label"), max_length=255, blank=True)
    is_primary = models.BooleanField(_("primary target"), default=True)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        constraints = [
            models.CheckConstraint(condition=Q(value__gte=0), name="target_not_negative"),
            models.UniqueConstraint(
                fields=["indicator", "period_code"],
                condition=Q(is_primary=True),
                name="target_one_primary",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label or self.indicator}: {number_label(self.value)}"

    @property
    def period(self) -> Period:
        return Period.from_code(self.period_code) if self.period_code else self.indicator.span

    def clean(self) -> None:
        if self.period_code:
            period = period_from_code(self.period_code, field="period_code")
            if self.indicator_id and not self.indicator.span.contains(period):
                message = _("%(period)s lies outside the indicator's span %(span)s.")
                raise ValidationError(
                    {
                        "period_code": message
                        % {
                            "period": period_label(period),
                            "span": period_label(self.indicator.span),
                        }
                    },
                    code="period_outside_span",
                )

    def as_core(self) -> core.Target:
        return core.Target(
            self.value,
            core.Direction(self.direction),
            self.indicator.unit,
            self.due_on,
            self.issuer_name,
            self.label,
        )


class IndicatorValue(Tracked):
    """A reported value of an indicator for a unit and a period, with vintage and source.

    A revision is a new row with a later vintage; the earlier one stays readable.
    """

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="values"
    )
    org_unit = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="indicator_values"
    )
    period_code = models.CharField(_("period"), max_length=16)
    period_start_on = models.DateField(editable=False)
    period_end_on = models.DateField(editable=False)
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4)
    total = models.DecimalField(_("out of"), max_digits=20, decimal_places=4, null=True, blank=True)
    reference = models.CharField(
        _("measured against"), max_length=32, choices=Reference.choices, blank=True
    )
    vintage = models.CharField(
        _("vintage"), max_length=16, choices=Vintage.choices, default=Vintage.OFFICIAL
    )
    reported_on = models.DateField(_("reported on"))
    source_document = models.ForeignKey(
        Document,
        verbose_name=_("source document"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reported_values",
    )
    source_text = models.TextField(_("source text"), blank=True)
    source_start = models.PositiveIntegerField(null=True, blank=True)
    source_end = models.PositiveIntegerField(null=True, blank=True)
    work_session = models.ForeignKey(
        "work_sessions.WorkingSession",
        verbose_name=_("reported at session"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reported_values",
    )
    is_locked = models.BooleanField(_("approved and locked"), default=False)

    class Meta:
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        ordering = ["indicator", "org_unit", "period_start_on", "period_end_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "org_unit", "period_code", "vintage"],
                name="indicator_value_unique",
                violation_error_message=_(
                    "A value for this indicator, unit, period and vintage already exists."
                ),
            ),
            models.CheckConstraint(
                condition=Q(source_start__isnull=True) | Q(source_end__gte=F("source_start")),
                name="indicator_value_span",
            ),
            models.CheckConstraint(
                condition=Q(total__isnull=True) | Q(total__gt=0), name="indicator_value_total"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator} – {period_label(self.period)} – {number_label(self.value)}"

    @property
    def period(self) -> Period:
        return Period.from_code(self.period_code)

    @property
    def source_excerpt(self) -> str:
        """The words of the source text this value was read from."""
        if self.source_start is None or self.source_end is None:
            return ""
        return self.source_text[self.source_start : self.source_end]

    def clean(self) -> None:
        # Each message carries its code inside the field's list: full_clean keeps those, not the
        # code of a ValidationError given a dict, and the API answers with it (#12).
        period = period_from_code(self.period_code, field="period_code")
        if self.indicator_id and not self.indicator.span.contains(period):
            message = _("%(period)s lies outside the indicator's span %(span)s.")
            span = {"period": period_label(period), "span": period_label(self.indicator.span)}
            raise ValidationError(
                {"period_code": ValidationError(message % span, code="period_outside_span")}
            )
        if self.org_unit_id and not self.org_unit.overlaps(period.start_on, period.end_on):
            message = _("%(unit)s did not exist during %(period)s.")
            during = {"unit": self.org_unit, "period": period_label(period)}
            raise ValidationError(
                {"org_unit": ValidationError(message % during, code="unit_not_valid")}
            )
        if self.total is not None and self.value > self.total:
            message = _("The value cannot exceed its total.")
            raise ValidationError({"value": ValidationError(message, code="value_over_total")})

    def save(self, *args: object, **kwargs: object) -> None:
        period = self.period
        self.period_start_on, self.period_end_on = period.start_on, period.end_on
        super().save(*args, **kwargs)  # type: ignore[arg-type]
