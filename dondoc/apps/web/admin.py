from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from dondoc.apps.web.models import SignInCounter


@admin.register(SignInCounter)
class SignInCounterAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Sign-in locks: read them here; deleting a row lifts that lock at once."""

    list_display = ("key", "attempts", "window_ends_at_unix")
    search_fields = ("key",)
    readonly_fields = ("key", "attempts", "window_ends_at_unix")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: SignInCounter | None = None) -> bool:
        return False
