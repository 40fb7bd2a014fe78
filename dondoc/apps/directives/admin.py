from typing import Any

from django.contrib import admin
from django.db.models import Model, Prefetch
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dondoc.apps.directives.models import (
    STATUS_LABELS,
    BoardVersion,
    Directive,
    DirectiveState,
    DirectiveUpdate,
    Extension,
)
from dondoc.apps.directives.selectors import states_on
from dondoc.apps.directives.services import directive_fact_remove, directive_states_write
from dondoc.apps.tracked_admin import ReadOnlyAdmin, TrackedAdmin


class FactInline(admin.TabularInline):  # type: ignore[type-arg]
    """Facts of the timeline, shown, never edited here: they are added through the services,
    which check them against the whole timeline (#7)."""

    can_delete = False
    extra = 0

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


class ExtensionInline(FactInline):
    model = Extension
    fields = ("granted_on", "due_on", "reason")


class DirectiveUpdateInline(FactInline):
    model = DirectiveUpdate
    fields = ("reported_on", "kind", "note", "evidence")


@admin.register(Directive)
class DirectiveAdmin(TrackedAdmin):
    unit_path = "lead_unit"
    list_display = (
        "__str__",
        "lead_unit",
        "speaker",
        "assigned_on",
        "due_on",
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
        today = timezone.localdate()
        return (
            super()
            .get_queryset(request)
            .select_related("lead_unit", "speaker")
            .prefetch_related(Prefetch("states", states_on(today), to_attr="states_today"))
        )

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        # The assignment is the first fact of the timeline: fixed once given (#7).
        fixed = ("assigned_on", "deadline_kind", "due_on", "recurrence") if obj else ()
        return (*super().get_readonly_fields(request, obj), *fixed)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        directive_states_write(form.instance)

    @admin.display(description=_("status today"))
    def status_today(self, directive: Directive) -> str:
        states = getattr(directive, "states_today", [])
        if not states:
            return "—"
        progress = states[0].as_core().progress_on(timezone.localdate())
        label = str(STATUS_LABELS[progress.status])
        return f"{label} ({progress.days_overdue})" if progress.days_overdue else label


class FactAdmin(ReadOnlyAdmin, TrackedAdmin):
    """Facts are added on the directive's page (checked); here they are read, and a fact that
    contradicts its timeline (left by an older version or a bulk load) can be removed by a
    superuser, the directive's states written again in the same transaction."""

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return bool(getattr(request.user, "is_superuser", False))

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        directive_fact_remove(obj, user=request.user)  # type: ignore[arg-type]

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for obj in queryset:
            directive_fact_remove(obj, user=request.user)  # type: ignore[arg-type]


@admin.register(Extension)
class ExtensionAdmin(FactAdmin):
    unit_path = "directive__lead_unit"
    list_display = ("directive", "granted_on", "due_on", "reason")
    list_filter = ("granted_on",)
    search_fields = ("directive__text", "reason")
    raw_id_fields = ("directive",)


@admin.register(DirectiveUpdate)
class DirectiveUpdateAdmin(FactAdmin):
    unit_path = "directive__lead_unit"
    list_display = ("directive", "reported_on", "kind", "note")
    list_filter = ("kind", "reported_on")
    search_fields = ("directive__text", "note")
    raw_id_fields = ("directive",)


@admin.register(DirectiveState)
class DirectiveStateAdmin(ReadOnlyAdmin):
    """The states written from the facts: read here, never written by hand."""

    unit_path = "lead_unit"

    list_display = ("directive", "starts_on", "ends_on", "due_on", "done_on", "is_late", "problem")
    list_filter = ("problem", "is_late")
    raw_id_fields = ("directive", "lead_unit")


@admin.register(BoardVersion)
class BoardVersionAdmin(ReadOnlyAdmin):
    """How many times the states of each area's directives were written (the counts' cache
    key): read only."""

    unit_path = None

    list_display = ("area", "number")
