"""The admin base of every dondoc model: audit fields, accent-free search, no hard delete, and
every row scoped to the administrator's units (#8)."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q, QuerySet
from django.forms import ModelForm
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from dondoc.apps.audit.services import acting_as, change_record_removal
from dondoc.apps.orgs.access import UnitScope, org_unit_scope_of
from dondoc.apps.provenance import Tracked, tracked_save
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


class _Undeclared:
    def __repr__(self) -> str:
        return "UNDECLARED"


UNDECLARED: Any = _Undeclared()


def is_superuser(request: HttpRequest) -> bool:
    return bool(getattr(request.user, "is_superuser", False))


class ScopedChoices:
    """Foreign-key and many-to-many choices limited to the rows the related model's admin shows
    this user (units, sessions, indicators of their area); ``open_unit_fields`` are left open
    (a visiting unit from above, say)."""

    admin_site: admin.AdminSite
    open_unit_fields: ClassVar[tuple[str, ...]] = ()

    def _scoped(self, db_field: Any, request: HttpRequest, kwargs: dict[str, Any]) -> None:
        if is_superuser(request) or db_field.name in self.open_unit_fields or "queryset" in kwargs:
            return
        related_admin = self.admin_site._registry.get(db_field.remote_field.model)
        if isinstance(related_admin, UnitScopedAdmin):
            kwargs["queryset"] = related_admin.scope_filter(
                request, db_field.remote_field.model._default_manager.all()
            )

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        self._scoped(db_field, request, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        self._scoped(db_field, request, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)  # type: ignore[misc]


class UnitScopedAdmin(ScopedChoices, admin.ModelAdmin):  # type: ignore[type-arg]
    """The admin is for administrators, scoped to their units: a staff user who is not a superuser
    sees and changes only the rows whose unit (reached through ``unit_path``, "" for a unit
    itself) is theirs or below it; ``unit_path = None`` marks shared reference records (documents,
    people). An admin that declares nothing shows a non-superuser nothing: fail closed."""

    unit_path: ClassVar[str | None] = UNDECLARED

    def scope_q(self, scope: UnitScope) -> Q:
        return scope.q(self.unit_path or "")

    def scope_filter(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if is_superuser(request) or self.unit_path is None:
            return queryset
        if self.unit_path is UNDECLARED:
            return queryset.none()
        return queryset.filter(self.scope_q(org_unit_scope_of(request.user)))

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        return self.scope_filter(request, super().get_queryset(request))

    def get_object(self, request: HttpRequest, object_id: str, from_field: Any = None) -> Any:
        # Outside the scope is the same as absent: 404, never the admin's "does not exist" page.
        found = super().get_object(request, object_id, from_field)
        if found is None:
            raise Http404
        return found

    def require_in_scope(self, request: HttpRequest, obj: Model) -> None:
        """After a write: the row must still be within the user's units (else roll back)."""
        rows = type(obj)._default_manager.filter(pk=obj.pk)
        if not self.scope_filter(request, rows).exists():
            raise PermissionDenied(_("This record is outside your units."))

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        # Signals (many-to-many links, accounts) learn who is writing.
        with acting_as(request.user):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        self.require_in_scope(request, form.instance)


class TrackedAdmin(UnitScopedAdmin):
    """Stamps who wrote each row and its inline rows; searches ``search_key`` so "lang son" finds
    "Lạng Sơn"."""

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

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        # Inline rows too go through the services' door, so inline edits are in the history (#8).
        user = request.user
        instances = formset.save(commit=False)
        for removed in formset.deleted_objects:
            change_record_removal(removed, user=user)  # type: ignore[arg-type]
            removed.delete()
        for instance in instances:
            if isinstance(instance, Tracked):
                tracked_save(instance, user=user)  # type: ignore[arg-type]
            else:
                instance.save()
        formset.save_m2m()

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


class ReadOnlyAdmin(UnitScopedAdmin):
    """Rows written only by the services (history, states, counters): read here, never edited."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


class TabularInline(ScopedChoices, admin.TabularInline):  # type: ignore[type-arg]
    """An inline whose choices are scoped like its admin's."""


class StackedInline(ScopedChoices, admin.StackedInline):  # type: ignore[type-arg]
    """An inline whose choices are scoped like its admin's."""
