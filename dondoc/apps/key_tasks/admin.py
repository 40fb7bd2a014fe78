from django.contrib import admin

from dondoc.apps.key_tasks.models import KeyTask, KeyTaskNote
from dondoc.apps.tracked_admin import TrackedAdmin


class KeyTaskNoteInline(admin.TabularInline):  # type: ignore[type-arg]
    model = KeyTaskNote
    can_delete = False
    fields = ("noted_on", "period_code", "status", "text")
    extra = 0


@admin.register(KeyTask)
class KeyTaskAdmin(TrackedAdmin):
    list_display = ("ordinal", "title", "org_unit", "year", "status", "is_illustrative")
    list_display_links = ("title",)
    list_filter = ("year", "status", "org_unit", "origin", "is_illustrative")
    search_fields = ("search_key",)
    autocomplete_fields = ("org_unit", "documents", "indicators")
    inlines = (KeyTaskNoteInline,)


@admin.register(KeyTaskNote)
class KeyTaskNoteAdmin(TrackedAdmin):
    list_display = ("key_task", "noted_on", "status", "is_illustrative")
    list_filter = ("status", "noted_on")
    search_fields = ("key_task__search_key", "text")
    autocomplete_fields = ("key_task",)
