"""The admin base of every dondoc model: audit fields, accent-free search, no hard delete."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib import admin
from django.db.models import Model, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest

from dondoc.apps.provenance import tracked_save
from dondoc.core.text import fold

AUDIT_FIELDS = (
    "origin",
    "origin_note",
    "is_illustrative",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
)


class TrackedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Stamps who wrote each row; searches ``search_key`` so "lang son" finds "Lạng Sơn"."""

    readonly_fields: ClassVar[tuple[str, ...]] = (
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
    )
    list_filter: ClassVar[tuple[str, ...]] = ("origin", "is_illustrative")

    def save_model(
        self, request: HttpRequest, obj: Any, form: ModelForm[Any], change: bool
    ) -> None:
        # Through the same door as the services: who and when stamped, the change recorded.
        tracked_save(obj, user=request.user)  # type: ignore[arg-type]

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        # Nothing is hard-deleted from the interface: records end (valid_until, status), they stay.
        return False

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Any], search_term: str
    ) -> tuple[QuerySet[Any], bool]:
        if "search_key" in {field.name for field in self.model._meta.get_fields()} and search_term:
            phrase = " ".join(fold(search_term).split())
            return queryset.filter(search_key__contains=phrase), False
        return super().get_search_results(request, queryset, search_term)


class ReadOnlyAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Rows written only by the services (history, states, counters): read here, never edited."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False
