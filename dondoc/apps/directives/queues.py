"""The reviewing office's queues of directives (#10): reads built only on the board's selectors."""

from datetime import date

from django.db.models import QuerySet

from dondoc.apps.directives.models import DirectiveState, DirectiveUpdate, UpdateKind
from dondoc.apps.directives.selectors import states_on
from dondoc.apps.orgs.access import UnitScope


def directive_queue_completions(*, scope: UnitScope, on: date) -> QuerySet[DirectiveState]:
    """Completions waiting for a decision on day ``on``: the state holding the day has
    ``done_on`` set and is not accepted (decision 0007), led within ``scope``."""
    return (
        states_on(on)
        .filter(scope.q("lead_unit"), done_on__isnull=False, is_accepted=False)
        .select_related("directive", "lead_unit")
        .order_by("done_on", "directive_id")
    )


def directive_queue_extension_requests(*, scope: UnitScope) -> QuerySet[DirectiveUpdate]:
    """Extension requests of directives led within ``scope``, newest last; the caller leaves out
    those already decided."""
    return (
        DirectiveUpdate.objects.filter(
            scope.q("directive__lead_unit"), kind=UpdateKind.EXTENSION_REQUESTED
        )
        .select_related("directive", "directive__lead_unit")
        .order_by("reported_on", "pk")
    )
