"""Reads of working sessions."""

from datetime import date

from django.db.models import Q, QuerySet

from dondoc.apps.orgs.models import OrgUnit, Person, Position
from dondoc.apps.orgs.selectors import position_list_held_on
from dondoc.apps.work_sessions.models import WorkingSession


def work_session_list_same_day(
    *, held_on: date, host_unit: OrgUnit, subject_unit: OrgUnit
) -> QuerySet[WorkingSession]:
    """Sessions already recorded on ``held_on`` between the same two units (either way round):
    most likely the one about to be typed again."""
    same = Q(host_unit=host_unit, subject_unit=subject_unit)
    swapped = Q(host_unit=subject_unit, subject_unit=host_unit)
    return WorkingSession.objects.filter(same | swapped, held_on=held_on).order_by("pk")


def titles_held_on(person: Person, *, on: date) -> str:
    """The titles ``person`` held on day ``on``, as a session's record writes them."""
    return "; ".join(position.title for position in position_list_held_on(person, on=on))


def titles_by_person_on(*, on: date) -> dict[int, str]:
    """Every person's titles on day ``on`` (one query), for pickers that show them."""
    positions = (
        Position.objects.filter(start_on__lte=on)
        .filter(Q(end_on__isnull=True) | Q(end_on__gte=on))
        .order_by("person_id", "rank")
    )
    titles: dict[int, list[str]] = {}
    for person_id, title in positions.values_list("person_id", "title"):
        titles.setdefault(person_id, []).append(title)
    return {person_id: "; ".join(items) for person_id, items in titles.items()}
