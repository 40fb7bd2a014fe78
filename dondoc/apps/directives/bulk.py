"""Changes to several directives at once from the tracker (#10): the lead unit, the deadline as
given, the responsible person. Built only on the existing writes: each directive is saved with
``tracked_save`` (validated, in the change history) and its states written again with
``directive_states_write``, the row locked meanwhile as the services do."""

from collections.abc import Iterable
from datetime import date

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction

from dondoc.apps.directives.models import DeadlineKind, Directive
from dondoc.apps.directives.services import board_version_bump, directive_states_write
from dondoc.apps.orgs.models import OrgUnit, Person
from dondoc.apps.provenance import tracked_save


@transaction.atomic
def directives_bulk_set(
    directives: Iterable[Directive],
    *,
    lead_unit: OrgUnit | None = None,
    due_on: date | None = None,
    responsible_person: Person | None = None,
    user: AbstractBaseUser | None = None,
) -> int:
    """Set what is given (None leaves a field as it is) on every directive, all or none: one
    that the change makes invalid (a deadline before its assignment, a unit that did not exist
    that day) refuses the whole change with its ValidationError."""
    # Every row this change locks, in one order: the directives by id, then the version rows of
    # the areas they are led in (and the new lead unit's), sorted; a single fact's write takes a
    # directive, then its areas, so no two writes wait for each other in a circle (#7).
    ids = sorted(directive.pk for directive in directives)
    locked = list(Directive.objects.select_for_update().filter(pk__in=ids).order_by("pk"))
    areas = OrgUnit.objects.filter(directives_led__in=ids).values_list("path", flat=True)
    board_version_bump([*areas, *([lead_unit.path] if lead_unit is not None else [])])
    for directive in locked:
        if lead_unit is not None:
            directive.lead_unit = lead_unit
        if due_on is not None:
            directive.deadline_kind, directive.due_on, directive.recurrence = (
                DeadlineKind.DATE,
                due_on,
                "",
            )
        if responsible_person is not None:
            directive.responsible_person = responsible_person
        tracked_save(directive, user=user)
        directive_states_write(directive)
    return len(locked)
