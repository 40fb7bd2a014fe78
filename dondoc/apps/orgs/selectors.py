from datetime import date
from decimal import Decimal

from django.db.models import Q, QuerySet

from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit, Person, Position, Succession
from dondoc.core.org_history import Succession as CoreSuccession
from dondoc.core.org_history import successors_on
from dondoc.core.unit_names import is_unit_key_prefix, unit_key


def org_unit_list_on(*, on: date) -> QuerySet[OrgUnit]:
    """The units that existed on day ``on``."""
    return OrgUnit.objects.filter(
        Q(valid_until__isnull=True) | Q(valid_until__gt=on), valid_from__lte=on
    )


def org_unit_successors_on(org_unit: OrgUnit, *, on: date) -> dict[OrgUnit, Decimal]:
    """The units valid on ``on`` that carry on ``org_unit``, with the share each took over."""
    units = [unit.span for unit in OrgUnit.objects.all()]
    links = [
        CoreSuccession(link.predecessor_id, link.successor_id, link.share)
        for link in Succession.objects.all()
    ]
    shares = successors_on(org_unit.pk, units, links, on)
    by_pk = OrgUnit.objects.in_bulk(list(shares))
    return {by_pk[pk]: share for pk, share in shares.items()}


def position_list_held_on(person: Person, *, on: date) -> QuerySet[Position]:
    """The positions ``person`` held on day ``on``, in rank order."""
    return (
        Position.objects.filter(person=person, start_on__lte=on)
        .filter(Q(end_on__isnull=True) | Q(end_on__gte=on))
        .select_related("org_unit")
        .order_by("rank")
    )


def org_unit_match(
    names: list[str], *, scope: UnitScope | None, on: date | None = None
) -> dict[str, OrgUnit]:
    """The stored unit each name refers to, when one is found among the units of ``scope`` (those
    that existed on ``on`` when it is given): the same name or short name, ignoring accents, case
    and the usual abbreviations ("UBND" = "Ủy ban nhân dân"), else the only unit whose name starts
    with it ("Tỉnh ủy" → "Tỉnh ủy Lạng Sơn"). Two units of the same name are no match (#9). A
    ``scope`` of None is every unit."""
    units = OrgUnit.objects.all() if scope is None else scope.units()
    if on is not None:
        units = units.filter(
            Q(valid_until__isnull=True) | Q(valid_until__gt=on), valid_from__lte=on
        )
    keyed = [
        (unit_key(name), unit)
        for unit in units.order_by("path")
        for name in {unit.name, unit.short_name}
        if name
    ]
    found: dict[str, OrgUnit] = {}
    for name in names:
        key = unit_key(name)
        exact = {unit for stored, unit in keyed if stored == key}
        starting = exact or {unit for stored, unit in keyed if is_unit_key_prefix(key, stored)}
        if len(starting) == 1:
            found[name] = starting.pop()
    return found
