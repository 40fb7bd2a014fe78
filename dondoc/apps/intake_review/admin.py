from django.contrib import admin

from dondoc.apps.intake_review.models import IntakeSource
from dondoc.apps.tracked_admin import TrackedAdmin


@admin.register(IntakeSource)
class IntakeSourceAdmin(TrackedAdmin):
    unit_path = "org_unit"  # unowned drafts: superusers only
    list_display = ("name", "org_unit", "encoding", "status", "created_by", "created_at")
    list_filter = ("status", "encoding")
    list_select_related = ("org_unit", "created_by")
    search_fields = ("name", "text")
    readonly_fields = ("sha256", "created_at", "created_by", "updated_at", "updated_by")
