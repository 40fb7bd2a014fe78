from django.db import models
from django.utils.translation import gettext_lazy as _

from dondoc.apps.provenance import Tracked


class IntakeStatus(models.TextChoices):
    DRAFT = "draft", _("draft, to review")
    CONFIRMED = "confirmed", _("confirmed")
    DISCARDED = "discarded", _("discarded")


class IntakeSource(Tracked):
    """A text read by the intake, stored as it was, with what the intake found in it (a draft).

    The same text stored twice is one row (its SHA-256 is unique), so reading a report again
    never duplicates its records.
    """

    name = models.CharField(_("source"), max_length=500)
    text = models.TextField(_("text"))
    encoding = models.CharField(_("encoding"), max_length=32)
    sha256 = models.CharField(max_length=64, unique=True, editable=False)
    result = models.JSONField(_("findings"))
    status = models.CharField(
        _("status"), max_length=16, choices=IntakeStatus.choices, default=IntakeStatus.DRAFT
    )

    class Meta:
        verbose_name = _("intake source")
        verbose_name_plural = _("intake sources")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name
