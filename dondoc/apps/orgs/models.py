from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Concat, Substr
from django.utils.translation import gettext_lazy as _

from dondoc.apps.provenance import Tracked
from dondoc.core.org_history import UnitSpan
from dondoc.core.text import fold


class OrgKind(models.TextChoices):
    PROVINCE = "province", _("province")
    DISTRICT = "district", _("district-level unit")
    COMMUNE = "commune", _("commune-level unit")
    PARTY_COMMITTEE = "party_committee", _("Party committee")
    STANDING_BOARD = "standing_board", _("standing board")
    STANDING_OFFICE = "standing_office", _("standing office")
    PEOPLES_COUNCIL = "peoples_council", _("people's council")
    PEOPLES_COMMITTEE = "peoples_committee", _("people's committee")
    DEPARTMENT = "department", _("department")
    NATIONAL_ASSEMBLY_DELEGATION = "na_delegation", _("National Assembly delegation")
    CENTRAL = "central", _("central body")
    OTHER = "other", _("other")


PATH_WIDTH = 7


def unit_path(pk: int, parent_path: str) -> str:
    """The materialised path of unit ``pk`` under a parent with ``parent_path``."""
    return f"{parent_path or '/'}{pk:0{PATH_WIDTH}d}/"


class OrgUnit(Tracked):
    """A unit: an administrative area or a body, valid from one day until another."""

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=OrgKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    admin_code = models.CharField(_("administrative code"), max_length=16, blank=True)
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("exclusive")
    )
    search_key = models.CharField(max_length=255, editable=False, db_index=True)
    # The ids from the root down to this unit, fixed width ("/0000001/0000042/"): the units below
    # a unit are those whose path starts with its own, one indexed query (#7).
    path = models.CharField(max_length=255, editable=False, default="", db_index=True)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["search_key"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_until__gt=F("valid_from")),
                name="orgunit_valid_interval",
                violation_error_message=_("A unit must end after it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        self.search_key = fold(f"{self.name} {self.short_name}")
        super().save(*args, **kwargs)  # type: ignore[arg-type]
        path = unit_path(self.pk, self.parent.path if self.parent is not None else "")
        if path != self.path:
            old, self.path = self.path, path
            OrgUnit.objects.filter(pk=self.pk).update(path=path)
            if old:  # moved: carry the units below along
                below = OrgUnit.objects.filter(path__startswith=old).exclude(pk=self.pk)
                below.update(path=Concat(Value(path), Substr("path", len(old) + 1)))

    def is_below_or_is(self, path: str) -> bool:
        """True when this unit is the unit with ``path`` or one below it."""
        return self.path.startswith(path)

    def is_valid_on(self, on: date) -> bool:
        return self.span.is_valid_on(on)

    def overlaps(self, start_on: date, end_on: date) -> bool:
        """True when the unit existed on some day from ``start_on`` to ``end_on``."""
        return self.valid_from <= end_on and (
            self.valid_until is None or self.valid_until > start_on
        )

    def require_valid_on(self, on: date, *, field: str) -> None:
        """Raise a form error on ``field`` unless the unit existed on day ``on``."""
        if not self.is_valid_on(on):
            message = _("%(unit)s did not exist on %(day)s.") % {
                "unit": self,
                "day": f"{on:%d/%m/%Y}",
            }
            raise ValidationError({field: message}, code="unit_not_valid")

    def clean(self) -> None:
        if (
            self.parent is not None
            and self.valid_from
            and not self.parent.is_valid_on(self.valid_from)
        ):
            self.parent.require_valid_on(self.valid_from, field="parent")

    @property
    def span(self) -> UnitSpan[int]:
        return UnitSpan(self.pk, self.parent_id, self.valid_from, self.valid_until)


class Succession(Tracked):
    """``successor`` took over ``share`` of ``predecessor`` on ``effective_on``."""

    predecessor = models.ForeignKey(
        OrgUnit,
        verbose_name=_("predecessor"),
        on_delete=models.PROTECT,
        related_name="successions_out",
    )
    successor = models.ForeignKey(
        OrgUnit,
        verbose_name=_("successor"),
        on_delete=models.PROTECT,
        related_name="successions_in",
    )
    share = models.DecimalField(_("share"), max_digits=7, decimal_places=6, default=1)
    effective_on = models.DateField(_("effective on"))

    class Meta:
        verbose_name = _("succession")
        verbose_name_plural = _("successions")
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor"], name="succession_unique"),
            models.CheckConstraint(
                condition=~Q(predecessor=F("successor")), name="succession_not_self"
            ),
            models.CheckConstraint(
                condition=Q(share__gt=0) & Q(share__lte=1), name="succession_share"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor}"

    def clean(self) -> None:
        if self.successor_id and self.effective_on:
            self.successor.require_valid_on(self.effective_on, field="successor")


class Person(Tracked):
    """A named official. Honorifics (đồng chí, ông, bà) are never part of the name."""

    full_name = models.CharField(_("full name"), max_length=255)
    search_key = models.CharField(max_length=255, editable=False, db_index=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["search_key"]

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args: object, **kwargs: object) -> None:
        self.search_key = fold(self.full_name)
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Position(Tracked):
    """A post a person holds in a unit over an interval; several may be held at once."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="positions"
    )
    org_unit = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="positions"
    )
    title = models.CharField(_("title"), max_length=255)
    rank = models.PositiveSmallIntegerField(_("order"), default=0)
    start_on = models.DateField(_("from"))
    end_on = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        ordering = ["person", "rank", "start_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_on__isnull=True) | Q(end_on__gte=F("start_on")),
                name="position_interval",
                violation_error_message=_("A position must end after it starts."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} – {self.person}"

    def clean(self) -> None:
        if self.org_unit_id and self.start_on:
            self.org_unit.require_valid_on(self.start_on, field="org_unit")

    def is_held_on(self, on: date) -> bool:
        return self.start_on <= on and (self.end_on is None or on <= self.end_on)


class Role(models.TextChoices):
    VIEWER = "viewer", _("viewer")
    REPORTER = "reporter", _("reporter")
    REVIEWER = "reviewer", _("reviewer")
    ADMINISTRATOR = "administrator", _("administrator")


class Membership(Tracked):
    """A user's unit and role: they see and change that unit and the units below it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="membership",
    )
    org_unit = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="members"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.VIEWER)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return f"{self.user} – {self.org_unit} ({self.get_role_display()})"

    @property
    def can_report(self) -> bool:
        return self.role in (Role.REPORTER, Role.REVIEWER, Role.ADMINISTRATOR)

    @property
    def can_review(self) -> bool:
        return self.role in (Role.REVIEWER, Role.ADMINISTRATOR)
