from django.db import models
from django.utils.translation import gettext_lazy as _

from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.provenance import Tracked


class IntakeStatus(models.TextChoices):
    DRAFT = "draft", _("draft, to review")
    CONFIRMED = "confirmed", _("confirmed")
    DISCARDED = "discarded", _("discarded")


class IntakeSource(Tracked):
    """A text read by the intake, stored as it was, with what the intake found in it (a draft).

    A draft belongs to the unit of the user who stored it (none when stored from the command
    line: then only a superuser sees it), and only users whose area covers that unit see it
    (#8). The same text stored twice for one unit is one row, so reading a report again never
    duplicates its records.
    """

    org_unit = models.ForeignKey(
        OrgUnit,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="intake_sources",
    )
    name = models.CharField(_("source"), max_length=500)
    text = models.TextField(_("text"))
    encoding = models.CharField(_("encoding"), max_length=32)
    sha256 = models.CharField(max_length=64, editable=False)
    result = models.JSONField(_("findings"))
    status = models.CharField(
        _("status"), max_length=16, choices=IntakeStatus.choices, default=IntakeStatus.DRAFT
    )

    class Meta:
        verbose_name = _("intake source")
        verbose_name_plural = _("intake sources")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["org_unit", "sha256"], name="intake_source_once_per_unit"
            )
        ]

    def __str__(self) -> str:
        return self.name
