"""Changes to several directives at once from the tracker (#10): the lead unit, the deadline as
given, the responsible person. Built only on the existing writes: each directive is saved with
``tracked_save`` (validated, in the change history) and its states written again with
``directive_states_write``, the row locked meanwhile as the services do."""

from collections.abc import Iterable
from datetime import date

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction

from dondoc.apps.directives.models import DeadlineKind, Directive
from dondoc.apps.directives.services import directive_states_write
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
    count = 0
    for directive in directives:
        locked = Directive.objects.select_for_update().get(pk=directive.pk)
        if lead_unit is not None:
            locked.lead_unit = lead_unit
        if due_on is not None:
            locked.deadline_kind, locked.due_on, locked.recurrence = DeadlineKind.DATE, due_on, ""
        if responsible_person is not None:
            locked.responsible_person = responsible_person
        tracked_save(locked, user=user)
        directive_states_write(locked)
        count += 1
    return count
