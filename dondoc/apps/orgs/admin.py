from django.contrib import admin

from dondoc.apps.orgs.models import Membership, OrgUnit, Person, Position, Succession
from dondoc.apps.tracked_admin import TrackedAdmin


class PositionInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Position
    can_delete = False
    fk_name = "person"
    fields = ("title", "org_unit", "start_on", "end_on", "rank")
    autocomplete_fields = ("org_unit",)
    extra = 0


@admin.register(OrgUnit)
class OrgUnitAdmin(TrackedAdmin):
    list_display = (
        "name",
        "kind",
        "parent",
        "admin_code",
        "valid_from",
        "valid_until",
        "is_illustrative",
    )
    list_filter = ("kind", "valid_until", "origin", "is_illustrative")
    search_fields = ("search_key",)
    autocomplete_fields = ("parent",)


@admin.register(Succession)
class SuccessionAdmin(TrackedAdmin):
    list_display = ("predecessor", "successor", "share", "effective_on")
    list_filter = ("effective_on",)
    search_fields = ("predecessor__search_key", "successor__search_key")
    autocomplete_fields = ("predecessor", "successor")


@admin.register(Person)
class PersonAdmin(TrackedAdmin):
    list_display = ("full_name", "origin", "is_illustrative")
    search_fields = ("search_key",)
    inlines = (PositionInline,)


@admin.register(Position)
class PositionAdmin(TrackedAdmin):
    list_display = ("person", "title", "org_unit", "start_on", "end_on")
    list_filter = ("org_unit", "origin", "is_illustrative")
    search_fields = ("person__search_key", "title")
    autocomplete_fields = ("person", "org_unit")


@admin.register(Membership)
class MembershipAdmin(TrackedAdmin):
    list_display = ("user", "org_unit", "role")
    list_filter = ("role", "org_unit")
    search_fields = ("user__username", "org_unit__search_key")
    autocomplete_fields = ("org_unit",)
