"""API tokens (stored as digests) and the responses kept for retried requests (#12)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ApiToken(models.Model):
    """A user's token: only the sha256 of its secret is stored; the secret is shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("begins with"), max_length=16)
    digest = models.CharField(max_length=64, unique=True)
    is_read_only = models.BooleanField(_("read only"), default=False)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    last_used_on = models.DateField(_("last used on"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class IdempotentRequest(models.Model):
    """A POST made with an ``Idempotency-Key``: its fingerprint and the response it got, so that
    the same key again replays the response instead of writing twice."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    fingerprint = models.CharField(max_length=64)
    status = models.PositiveSmallIntegerField(default=0)
    body = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "key"], name="api_idempotency_key_once_per_user"
            )
        ]

    def __str__(self) -> str:
        return self.key


class ApiRateCounter(models.Model):
    """The requests of one token (``t<id>``) or signed-in user (``u<id>``) in the current rate
    window (#12): a row per client, counted with one atomic ``INSERT … ON CONFLICT DO UPDATE``
    (as the sign-in throttle counts, ``web.SignInCounter``), so every worker process shares it."""

    client = models.CharField(max_length=40, primary_key=True)
    requests = models.PositiveIntegerField(default=0)
    window_ends_at_unix = models.BigIntegerField()

    def __str__(self) -> str:
        return f"{self.client}: {self.requests}"
