from datetime import date
from typing import Any

from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dondoc.apps.directives.models import STATUS_LABELS, Directive, DirectiveUpdate, Extension
from dondoc.apps.tracked_admin import TrackedAdmin


class ExtensionInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Extension
    can_delete = False
    fields = ("granted_on", "due_on", "reason")
    extra = 0


class DirectiveUpdateInline(admin.TabularInline):  # type: ignore[type-arg]
    model = DirectiveUpdate
    can_delete = False
    fields = ("reported_on", "kind", "note", "evidence")
    extra = 0


@admin.register(Directive)
class DirectiveAdmin(TrackedAdmin):
    list_display = (
        "__str__",
        "lead_unit",
        "speaker",
        "assigned_on",
        "due_on",
        "done_on",
        "status_today",
        "is_illustrative",
    )
    list_filter = (
        "lead_unit",
        "speaker",
        "deadline_kind",
        "assigned_on",
        "origin",
        "is_illustrative",
    )
    search_fields = ("text",)
    autocomplete_fields = (
        "lead_unit",
        "co_units",
        "speaker",
        "responsible_person",
        "document",
        "key_tasks",
        "indicators",
    )
    raw_id_fields = ("work_session", "recommendation")
    inlines = (ExtensionInline, DirectiveUpdateInline)

    def get_queryset(self, request: Any) -> Any:
        return (
            super()
            .get_queryset(request)
            .select_related("lead_unit", "speaker")
            .prefetch_related("extensions")
        )

    @admin.display(description=_("status today"))
    def status_today(self, directive: Directive) -> str:
        today: date = timezone.localdate()
        progress = directive.progress_on(today)
        label = str(STATUS_LABELS[progress.status])
        return f"{label} ({progress.days_overdue})" if progress.days_overdue else label


@admin.register(Extension)
class ExtensionAdmin(TrackedAdmin):
    list_display = ("directive", "granted_on", "due_on", "reason")
    list_filter = ("granted_on",)
    search_fields = ("directive__text", "reason")
    raw_id_fields = ("directive",)


@admin.register(DirectiveUpdate)
class DirectiveUpdateAdmin(TrackedAdmin):
    list_display = ("directive", "reported_on", "kind", "note")
    list_filter = ("kind", "reported_on")
    search_fields = ("directive__text", "note")
    raw_id_fields = ("directive",)
