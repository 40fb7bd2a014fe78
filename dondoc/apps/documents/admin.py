from django.contrib import admin

from dondoc.apps.documents.models import Document
from dondoc.apps.tracked_admin import TrackedAdmin


@admin.register(Document)
class DocumentAdmin(TrackedAdmin):
    unit_path = None  # shared reference records
    list_display = ("__str__", "number_raw", "issued_on", "issuer_name", "title", "is_illustrative")
    list_filter = ("kind", "issued_on", "origin", "is_illustrative")
    search_fields = ("search_key",)
    autocomplete_fields = ("issuer",)
    readonly_fields = ("number", "created_at", "created_by", "updated_at", "updated_by")
