from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.provenance import Tracked
from dondoc.core.text import fold


class KeyTaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("not started")
    ON_TRACK = "on_track", _("on track")
    BEHIND = "behind", _("behind schedule")
    DONE = "done", _("done")


class KeyTask(Tracked):
    """One of a unit's priority tasks for a year (nhiệm vụ trọng tâm)."""

    org_unit = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="key_tasks"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    ordinal = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=500)
    status = models.CharField(
        _("status"), max_length=16, choices=KeyTaskStatus.choices, default=KeyTaskStatus.NOT_STARTED
    )
    documents = models.ManyToManyField(
        Document, verbose_name=_("documents"), blank=True, related_name="key_tasks"
    )
    indicators = models.ManyToManyField(
        Indicator, verbose_name=_("indicators"), blank=True, related_name="key_tasks"
    )
    search_key = models.CharField(max_length=500, editable=False, db_index=True)

    class Meta:
        verbose_name = _("key task")
        verbose_name_plural = _("key tasks")
        ordering = ["org_unit", "-year", "ordinal"]
        constraints = [
            models.UniqueConstraint(
                fields=["org_unit", "year", "ordinal"], name="key_task_unique_ordinal"
            ),
            models.CheckConstraint(
                condition=Q(year__gte=1945) & Q(year__lte=2100), name="key_task_year"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year} · {self.ordinal}. {self.title}"

    def save(self, *args: object, **kwargs: object) -> None:
        self.search_key = fold(self.title)[:500]
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class KeyTaskNote(Tracked):
    """A progress note on a key task as of a day, with the status it reported."""

    key_task = models.ForeignKey(
        KeyTask, verbose_name=_("key task"), on_delete=models.CASCADE, related_name="notes"
    )
    noted_on = models.DateField(_("as of"))
    period_code = models.CharField(_("period"), max_length=16, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=KeyTaskStatus.choices)
    text = models.TextField(_("note"))

    class Meta:
        verbose_name = _("progress note")
        verbose_name_plural = _("progress notes")
        ordering = ["key_task", "noted_on"]

    def __str__(self) -> str:
        return f"{self.key_task} – {self.noted_on}"
