from django.contrib import admin
from django.http import HttpRequest

from dondoc.apps.api.models import ApiRateCounter, ApiToken, IdempotentRequest
from dondoc.apps.tracked_admin import ReadOnlyAdmin, UnitScopedAdmin


@admin.register(ApiToken)
class ApiTokenAdmin(UnitScopedAdmin):
    """Tokens are created on /api/tokens/, where their secret is shown once; here only read."""

    unit_path = "user__membership__org_unit"

    list_display = ["name", "user", "prefix", "is_read_only", "expires_on", "revoked_at"]
    list_filter = ["is_read_only"]
    search_fields = ["name", "prefix", "user__username"]
    readonly_fields = ["digest", "prefix", "created_at", "created_by", "revoked_by"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(IdempotentRequest)
class IdempotentRequestAdmin(UnitScopedAdmin):
    unit_path = "user__membership__org_unit"
    list_display = ["key", "user", "status", "created_at"]
    search_fields = ["key", "user__username"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(ApiRateCounter)
class ApiRateCounterAdmin(ReadOnlyAdmin):
    """Counted by the API only; no unit declared, so only superusers see it (fail closed)."""

    list_display = ["client", "requests", "window_ends_at_unix"]
    search_fields = ["client"]
