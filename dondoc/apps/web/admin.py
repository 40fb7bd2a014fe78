from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.http import HttpRequest

from dondoc.apps.orgs.access import org_unit_scope_of
from dondoc.apps.tracked_admin import ReadOnlyAdmin, UnitScopedAdmin, is_superuser
from dondoc.apps.web.models import ExtensionDecision, SignInCounter
from dondoc.apps.web.sign_in import account_key


@admin.register(SignInCounter)
class SignInCounterAdmin(UnitScopedAdmin):
    """Sign-in locks: read them here; deleting a row lifts that lock at once.

    A staff member who is not a superuser sees (and lifts) only the locks of the accounts of
    their units; a client address's lock is everybody's, so only superusers see it (#8)."""

    list_display = ("key", "attempts", "window_ends_at_unix")
    search_fields = ("key",)
    readonly_fields = ("key", "attempts", "window_ends_at_unix")

    def scope_filter(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if is_superuser(request):
            return queryset
        members = User.objects.filter(org_unit_scope_of(request.user).q("membership__org_unit"))
        keys = [account_key(name) for name in members.values_list("username", flat=True)]
        return queryset.filter(key__in=keys)

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
