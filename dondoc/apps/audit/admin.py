from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest

from dondoc.apps.audit.models import ChangeRecord


@admin.register(ChangeRecord)
class ChangeRecordAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """The history is read, never written by hand."""

    list_display = ("at", "user", "content_type", "object_id", "action")
    list_filter = ("action", "content_type")
    search_fields = ("object_id",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False
