from datetime import date
from fractions import Fraction

from django.db.models import Q, QuerySet

from dondoc.apps.directives.models import Directive
from dondoc.apps.orgs.models import OrgUnit
from dondoc.core import progress as core


def directive_list(*, org_unit: OrgUnit | None = None) -> QuerySet[Directive]:
    """Directives with what their progress needs prefetched; filtered by lead or co-unit."""
    directives = Directive.objects.select_related(
        "lead_unit", "speaker", "responsible_person"
    ).prefetch_related("extensions", "co_units")
    if org_unit is not None:
        directives = directives.filter(Q(lead_unit=org_unit) | Q(co_units=org_unit)).distinct()
    return directives


def directive_progress_list(
    *, on: date, org_unit: OrgUnit | None = None
) -> list[tuple[Directive, core.Progress]]:
    """Each directive with where it stood on day ``on``."""
    return [
        (directive, directive.progress_on(on)) for directive in directive_list(org_unit=org_unit)
    ]


def directive_on_time_rate(*, on: date, org_unit: OrgUnit | None = None) -> Fraction | None:
    return core.on_time_rate(
        progress for _, progress in directive_progress_list(on=on, org_unit=org_unit)
    )
