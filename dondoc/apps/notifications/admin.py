from __future__ import annotations

from django.contrib import admin

from dondoc.apps.notifications.models import Notification
from dondoc.apps.tracked_admin import ReadOnlyAdmin


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    """What each user was told (#10): read here; the worker writes them."""

    list_display = ("user", "kind", "text", "created_at", "read_at", "emailed_at")
    list_filter = ("kind",)
    search_fields = ("text", "user__username")
    unit_path = "user__membership__org_unit"
