from django.db import models
from django.utils.translation import gettext_lazy as _


class SignInCounter(models.Model):
    """Sign-in attempts in the current window for one account or one client address (#8).

    A row per key, counted with one atomic ``INSERT … ON CONFLICT DO UPDATE`` so that every
    worker process shares it and parallel attempts cannot all slip under the limit.
    """

    key = models.CharField(max_length=200, primary_key=True)
    attempts = models.PositiveIntegerField(default=0)
    window_ends_at_unix = models.BigIntegerField()

    def __str__(self) -> str:
        return f"{self.key}: {self.attempts}"


class ExtensionDecision(models.Model):
    """The reviewing office's answer to an extension request (#10): granted (an ``Extension``
    fact was written with it) or refused, with a note. It takes the request off the queue."""

    request = models.OneToOneField(
        "directives.DirectiveUpdate",
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        related_name="decision",
    )
    is_granted = models.BooleanField(_("granted"))
    note = models.CharField(_("note"), max_length=500, blank=True)
    decided_on = models.DateField(_("decided on"))
    decided_by = models.ForeignKey(
        "auth.User",
        verbose_name=_("decided by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("extension decision")
        verbose_name_plural = _("extension decisions")

    def __str__(self) -> str:
        return f"{self.request_id}: {'granted' if self.is_granted else 'refused'}"
