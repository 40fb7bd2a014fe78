from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.work_sessions.models import WorkingSession


class IssuedNumber(models.Model):
    """One outgoing number of the register (sổ đăng ký văn bản đi): per issuer, kind symbol and
    series (the year for state documents, the committee term for Party documents)."""

    issuer = models.ForeignKey(
        OrgUnit, verbose_name=_("issuer"), on_delete=models.PROTECT, related_name="+"
    )
    kind_symbol = models.CharField(_("kind"), max_length=8)
    series = models.CharField(_("series"), max_length=16)
    number = models.PositiveIntegerField(_("number"))
    text = models.CharField(_("number and symbol"), max_length=64)
    issued_on = models.DateField(_("issued on"))
    is_reserved = models.BooleanField(_("reserved, no document yet"), default=False)
    work_session = models.ForeignKey(
        WorkingSession,
        verbose_name=_("working session"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("issued number")
        verbose_name_plural = _("issued numbers")
        ordering = ["issuer", "series", "kind_symbol", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["issuer", "kind_symbol", "series", "number"], name="issued_number_once"
            ),
            models.UniqueConstraint(
                fields=["work_session", "kind_symbol"],
                condition=Q(work_session__isnull=False),
                name="issued_number_one_per_session",
            ),
        ]

    def __str__(self) -> str:
        return self.text
