from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest

from dondoc.apps.directives.models import Directive
from dondoc.apps.indicators.models import IndicatorValue
from dondoc.apps.tracked_admin import StackedInline, TabularInline, TrackedAdmin
from dondoc.apps.work_sessions.models import Participant, Recommendation, WorkingSession


class ParticipantInline(TabularInline):
    model = Participant
    can_delete = False
    fields = ("ordinal", "person", "side", "titles")
    autocomplete_fields = ("person",)
    extra = 0


class RecommendationInline(StackedInline):
    model = Recommendation
    can_delete = False
    fields = ("ordinal", "field_group", "text", "response", "responded_by", "status")
    autocomplete_fields = ("responded_by",)
    extra = 0


class ReportedValueInline(TabularInline):
    """The figures reported at the session (recorded on the indicators; shown here read-only)."""

    model = IndicatorValue
    fields = (
        "indicator",
        "org_unit",
        "period_code",
        "value",
        "total",
        "vintage",
        "is_illustrative",
    )
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


class DirectiveInline(TabularInline):
    """The directives given at the session (followed up on their own pages)."""

    model = Directive
    fields = ("text", "speaker", "lead_unit", "due_on", "is_illustrative")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(WorkingSession)
class WorkingSessionAdmin(TrackedAdmin):
    unit_path = "subject_unit"
    open_unit_fields = ("host_unit",)  # the visiting unit comes from above
    list_display = ("held_on", "host_unit", "subject_unit", "head", "topic")
    list_filter = ("held_on", "host_unit", "subject_unit")
    search_fields = ("topic", "head__search_key", "subject_unit__search_key")
    autocomplete_fields = ("host_unit", "subject_unit", "head", "source_document")
    date_hierarchy = "held_on"
    inlines = (ParticipantInline, RecommendationInline, ReportedValueInline, DirectiveInline)


@admin.register(Recommendation)
class RecommendationAdmin(TrackedAdmin):
    unit_path = "work_session__subject_unit"
    list_display = ("ordinal", "field_group", "work_session", "status")
    list_filter = ("status", "work_session")
    search_fields = ("field_group", "text", "response")
    autocomplete_fields = ("responded_by",)


@admin.register(Participant)
class ParticipantAdmin(TrackedAdmin):
    unit_path = "work_session__subject_unit"
    list_display = ("person", "titles", "side", "work_session")
    list_filter = ("side", "work_session")
    search_fields = ("person__search_key", "titles")
    autocomplete_fields = ("person",)
