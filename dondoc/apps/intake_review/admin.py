from django.contrib import admin

from dondoc.apps.intake_review.models import IntakeSource
from dondoc.apps.tracked_admin import TrackedAdmin


@admin.register(IntakeSource)
class IntakeSourceAdmin(TrackedAdmin):
    list_display = ("name", "encoding", "status", "created_at")
    list_filter = ("status", "encoding")
    search_fields = ("name", "text")
    readonly_fields = ("sha256", "created_at", "created_by", "updated_at", "updated_by")
