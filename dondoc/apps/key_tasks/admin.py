from django.contrib import admin

from dondoc.apps.key_tasks.models import KeyTask, KeyTaskNote
from dondoc.apps.tracked_admin import TabularInline, TrackedAdmin


class KeyTaskNoteInline(TabularInline):
    model = KeyTaskNote
    can_delete = False
    fields = ("noted_on", "period_code", "status", "text")
    extra = 0


@admin.register(KeyTask)
class KeyTaskAdmin(TrackedAdmin):
    unit_path = "org_unit"
    list_display = ("ordinal", "title", "org_unit", "year", "status", "is_illustrative")
    list_display_links = ("title",)
    list_filter = ("year", "status", "org_unit", "origin", "is_illustrative")
    search_fields = ("search_key",)
    autocomplete_fields = ("org_unit", "documents", "indicators")
    inlines = (KeyTaskNoteInline,)


@admin.register(KeyTaskNote)
class KeyTaskNoteAdmin(TrackedAdmin):
    unit_path = "key_task__org_unit"
    list_display = ("key_task", "noted_on", "status", "is_illustrative")
    list_filter = ("status", "noted_on")
    search_fields = ("key_task__search_key", "text")
    autocomplete_fields = ("key_task",)
