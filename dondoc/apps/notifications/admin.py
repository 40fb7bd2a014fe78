from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from dondoc.apps.notifications.models import Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """What each user was told (#10): read here; the worker writes them."""

    list_display = ("user", "kind", "text", "created_at", "read_at", "emailed_at")
    list_filter = ("kind",)
    search_fields = ("text", "user__username")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Notification | None = None) -> bool:
        return False
