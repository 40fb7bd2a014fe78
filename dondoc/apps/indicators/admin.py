from django.contrib import admin

from dondoc.apps.indicators.models import Indicator, IndicatorValue, Target
from dondoc.apps.tracked_admin import TrackedAdmin


class TargetInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Target
    can_delete = False
    fields = ("value", "direction", "due_on", "issuer_name", "label", "is_primary")
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(TrackedAdmin):
    list_display = ("__str__", "document", "org_unit", "unit", "span_code", "is_illustrative")
    list_filter = ("document", "org_unit", "basis", "origin", "is_illustrative")
    search_fields = ("search_key",)
    autocomplete_fields = ("document", "org_unit")
    inlines = (TargetInline,)


@admin.register(IndicatorValue)
class IndicatorValueAdmin(TrackedAdmin):
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


@admin.register(Target)
class TargetAdmin(TrackedAdmin):
    list_display = ("indicator", "period_code", "value", "direction", "label", "is_primary")
    list_filter = ("direction", "is_primary", "period_code")
    search_fields = ("indicator__search_key", "label", "issuer_name")
    autocomplete_fields = ("indicator",)
