from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest

from dondoc.apps.exports.models import IssuedNumber


@admin.register(IssuedNumber)
class IssuedNumberAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """The register is written when documents are issued, never by hand: a number once given
    stays given."""

    list_display = ("text", "issuer", "series", "issued_on", "is_reserved", "work_session")
    list_filter = ("kind_symbol", "series", "is_reserved")
    search_fields = ("text",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False
