from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    ASSIGNED = "assigned", _("assigned to your unit")
    DUE_SOON = "due_soon", _("due soon")
    OVERDUE = "overdue", _("overdue")
    ESCALATED = "escalated", _("long overdue, escalated")
    EXTENSION_ASKED = "extension_asked", _("extension asked for")
    EXTENSION_DECIDED = "extension_decided", _("extension decided")
    COMPLETION_ACCEPTED = "completion_accepted", _("completion accepted")
    COMPLETION_RETURNED = "completion_returned", _("completion returned")


class Notification(models.Model):
    """Something a user is told, in the inbox and in the next daily digest (#10). ``key`` names
    the fact it comes from, so that collecting twice tells nobody twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=24, choices=NotificationKind.choices)
    key = models.CharField(max_length=120)
    directive = models.ForeignKey(
        "directives.Directive", on_delete=models.CASCADE, null=True, related_name="+"
    )
    text = models.CharField(_("text"), max_length=500)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="notification_once"),
        ]
        indexes = [models.Index(fields=["user", "read_at"], name="notification_unread")]

    def __str__(self) -> str:
        return f"{self.user}: {self.text}"
