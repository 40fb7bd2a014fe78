from django.contrib import admin

from dondoc.apps.audit.models import ChangeRecord
from dondoc.apps.tracked_admin import ReadOnlyAdmin


@admin.register(ChangeRecord)
class ChangeRecordAdmin(ReadOnlyAdmin):
    """The history is read, never written by hand."""

    list_display = ("at", "user", "content_type", "object_id", "action")
    list_filter = ("action", "content_type")
    search_fields = ("object_id",)
