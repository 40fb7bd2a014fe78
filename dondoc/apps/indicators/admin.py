from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest

from dondoc.apps.indicators.models import Indicator, IndicatorValue, Target
from dondoc.apps.tracked_admin import TabularInline, TrackedAdmin


class TargetInline(TabularInline):
    model = Target
    can_delete = False
    fields = ("value", "direction", "due_on", "issuer_name", "label", "is_primary")
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(TrackedAdmin):
    unit_path = "org_unit"
    list_display = ("__str__", "document", "org_unit", "unit", "span_code", "is_illustrative")
    list_filter = ("document", "org_unit", "basis", "origin", "is_illustrative")
    search_fields = ("search_key",)
    autocomplete_fields = ("document", "org_unit")
    inlines = (TargetInline,)


@admin.register(IndicatorValue)
class IndicatorValueAdmin(TrackedAdmin):
    unit_path = "org_unit"
    list_display = (
        "indicator",
        "org_unit",
        "period_code",
        "value",
        "total",
        "reference",
        "vintage",
        "reported_on",
        "is_locked",
    )
    list_filter = (
        "vintage",
        "reference",
        "period_code",
        "org_unit",
        "is_locked",
        "origin",
        "is_illustrative",
    )
    search_fields = ("indicator__search_key", "source_text")
    autocomplete_fields = ("indicator", "org_unit", "source_document")
    raw_id_fields = ("work_session",)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        # A locked figure is read-only everywhere, the admin included, for everyone (#8).
        if obj is not None and getattr(obj, "is_locked", False):
            return False
        return super().has_change_permission(request, obj)


@admin.register(Target)
class TargetAdmin(TrackedAdmin):
    unit_path = "indicator__org_unit"
    list_display = ("indicator", "period_code", "value", "direction", "label", "is_primary")
    list_filter = ("direction", "is_primary", "period_code")
    search_fields = ("indicator__search_key", "label", "issuer_name")
    autocomplete_fields = ("indicator",)
