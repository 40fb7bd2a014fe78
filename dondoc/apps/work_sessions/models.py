from typing import ClassVar

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from dondoc.apps.documents.models import Document
from dondoc.apps.orgs.models import OrgUnit, Person
from dondoc.apps.provenance import Tracked


class WorkingSession(Tracked):
    """A superior unit's delegation meets a subordinate unit (buổi làm việc)."""

    # Who sees it: the unit that held it and the unit it was about, and the units above (#8).
    scope_units: ClassVar[tuple[str, ...]] = ("host_unit", "subject_unit")

    held_on = models.DateField(_("held on"))
    host_unit = models.ForeignKey(
        OrgUnit,
        verbose_name=_("visiting unit"),
        on_delete=models.PROTECT,
        related_name="sessions_led",
    )
    subject_unit = models.ForeignKey(
        OrgUnit,
        verbose_name=_("unit visited"),
        on_delete=models.PROTECT,
        related_name="sessions_received",
    )
    head = models.ForeignKey(
        Person,
        verbose_name=_("head of delegation"),
        on_delete=models.PROTECT,
        related_name="sessions_headed",
    )
    topic = models.CharField(_("topic"), max_length=500)
    report_summary = models.TextField(_("report summary"), blank=True)
    source_document = models.ForeignKey(
        Document,
        verbose_name=_("source"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    source_text = models.TextField(_("source text"), blank=True)

    class Meta:
        verbose_name = _("working session")
        verbose_name_plural = _("working sessions")
        ordering = ["-held_on"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(host_unit=F("subject_unit")), name="session_two_units"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.held_on:%d/%m/%Y} – {self.host_unit} / {self.subject_unit}"

    def clean(self) -> None:
        if self.held_on is None:
            return
        if self.host_unit_id:
            self.host_unit.require_valid_on(self.held_on, field="host_unit")
        if self.subject_unit_id:
            self.subject_unit.require_valid_on(self.held_on, field="subject_unit")


class Side(models.TextChoices):
    DELEGATION = "delegation", _("delegation")
    HOST = "host", _("unit visited")
    GUEST = "guest", _("attending")


class Participant(Tracked):
    """A person at a session, with the titles they held that day (kept as they were)."""

    work_session = models.ForeignKey(
        WorkingSession,
        verbose_name=_("working session"),
        on_delete=models.CASCADE,
        related_name="participants",
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="participations"
    )
    side = models.CharField(_("side"), max_length=16, choices=Side.choices)
    titles = models.CharField(_("titles that day"), max_length=500, blank=True)
    ordinal = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["work_session", "ordinal"]
        constraints = [
            models.UniqueConstraint(fields=["work_session", "person"], name="participant_once"),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.titles})" if self.titles else str(self.person)


class RecommendationStatus(models.TextChoices):
    OPEN = "open", _("awaiting response")
    ANSWERED = "answered", _("answered")
    ACCEPTED = "accepted", _("accepted, to act on")
    DECLINED = "declined", _("declined")


class Recommendation(Tracked):
    """A recommendation the visited unit raised, in a field group, and the response it got."""

    work_session = models.ForeignKey(
        WorkingSession,
        verbose_name=_("working session"),
        on_delete=models.CASCADE,
        related_name="recommendations",
    )
    ordinal = models.PositiveSmallIntegerField(_("number"))
    field_group = models.CharField(_("field"), max_length=500)
    text = models.TextField(_("recommendation"), blank=True)
    response = models.TextField(_("response"), blank=True)
    responded_by = models.ForeignKey(
        Person,
        verbose_name=_("responded by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=RecommendationStatus.choices,
        default=RecommendationStatus.OPEN,
    )

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["work_session", "ordinal"]
        constraints = [
            models.UniqueConstraint(
                fields=["work_session", "ordinal"], name="recommendation_unique_ordinal"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.ordinal}. {self.field_group}"
