from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from dondoc.apps.tracked_admin import ReadOnlyAdmin
from dondoc.apps.web.models import ExtensionDecision, SignInCounter


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


@admin.register(ExtensionDecision)
class ExtensionDecisionAdmin(ReadOnlyAdmin):
    """Answers to extension requests, made from the queue (#10): read here."""

    list_display = ("request", "is_granted", "decided_on", "decided_by", "note")
    list_filter = ("is_granted",)
    search_fields = ("note", "request__directive__text")
    unit_path = "request__directive__lead_unit"
