from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as DjangoGroupAdmin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group, User
from django.db.models import Model, Q
from django.http import HttpRequest, HttpResponse

from dondoc.apps.audit.services import acting_as
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import Membership, OrgUnit, Person, Position, Succession
from dondoc.apps.tracked_admin import TabularInline, TrackedAdmin, UnitScopedAdmin, is_superuser


class PositionInline(TabularInline):
    model = Position
    can_delete = False
    fk_name = "person"
    fields = ("title", "org_unit", "start_on", "end_on", "rank")
    autocomplete_fields = ("org_unit",)
    extra = 0


@admin.register(OrgUnit)
class OrgUnitAdmin(TrackedAdmin):
    unit_path = ""  # the unit itself
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

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        # Moving a unit (and all below it) is a superuser's act: the parent may be above the scope.
        fixed = ("parent",) if obj is not None and not is_superuser(request) else ()
        return (*super().get_readonly_fields(request, obj), *fixed)


@admin.register(Succession)
class SuccessionAdmin(TrackedAdmin):
    unit_path = "successor"
    list_display = ("predecessor", "successor", "share", "effective_on")
    list_filter = ("effective_on",)
    search_fields = ("predecessor__search_key", "successor__search_key")
    autocomplete_fields = ("predecessor", "successor")


@admin.register(Person)
class PersonAdmin(TrackedAdmin):
    unit_path = None  # shared reference records: one official, many units
    list_display = ("full_name", "origin", "is_illustrative")
    search_fields = ("search_key",)
    inlines = (PositionInline,)


@admin.register(Position)
class PositionAdmin(TrackedAdmin):
    unit_path = "org_unit"
    list_display = ("person", "title", "org_unit", "start_on", "end_on")
    list_filter = ("org_unit", "origin", "is_illustrative")
    search_fields = ("person__search_key", "title")
    autocomplete_fields = ("person", "org_unit")


@admin.register(Membership)
class MembershipAdmin(TrackedAdmin):
    unit_path = "org_unit"
    list_display = ("user", "org_unit", "role")
    list_filter = ("role", "org_unit")
    search_fields = ("user__username", "org_unit__search_key")
    autocomplete_fields = ("org_unit",)


class MembershipInline(TabularInline):
    model = Membership
    fk_name = "user"
    can_delete = False
    fields = ("org_unit", "role")
    autocomplete_fields = ("org_unit",)
    extra = 0


ACCOUNT_POWERS = ("is_superuser", "groups", "user_permissions")

admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class UserAdmin(UnitScopedAdmin, DjangoUserAdmin):  # type: ignore[type-arg]
    """Accounts of the administrator's units (and accounts not yet given a unit, which see
    nothing); who changed them is recorded, the password only as "changed" (#8)."""

    unit_path = "membership__org_unit"
    inlines = (MembershipInline,)

    def scope_q(self, scope: UnitScope) -> Q:
        return super().scope_q(scope) | Q(membership__isnull=True)

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        # Only a superuser grants powers: a unit's administrator cannot raise anyone, himself
        # included, above the unit.
        fixed = ACCOUNT_POWERS if not is_superuser(request) else ()
        return (*super().get_readonly_fields(request, obj), *fixed)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        TrackedAdmin.save_formset(self, request, form, formset, change)  # type: ignore[arg-type]

    def user_change_password(
        self, request: HttpRequest, id: str, form_url: str = ""
    ) -> HttpResponse:
        with acting_as(request.user):
            return super().user_change_password(request, id, form_url)


@admin.register(Group)
class GroupAdmin(UnitScopedAdmin, DjangoGroupAdmin):  # type: ignore[misc]
    """Permission groups hold powers over every unit: read by staff, changed by superusers."""

    unit_path = None

    def has_add_permission(self, request: HttpRequest) -> bool:
        return is_superuser(request)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return is_superuser(request)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return is_superuser(request)
