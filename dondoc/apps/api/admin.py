from django.contrib import admin
from django.http import HttpRequest

from dondoc.apps.api.models import ApiToken, IdempotentRequest


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Tokens are created on /api/tokens/, where their secret is shown once; here only read."""

    list_display = ["name", "user", "prefix", "is_read_only", "expires_on", "revoked_at"]
    list_filter = ["is_read_only"]
    search_fields = ["name", "prefix", "user__username"]
    readonly_fields = ["digest", "prefix", "created_at", "created_by", "revoked_by"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(IdempotentRequest)
class IdempotentRequestAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["key", "user", "status", "created_at"]
    search_fields = ["key", "user__username"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
