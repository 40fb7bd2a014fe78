"""Who may add which fact to a directive (#8): the roles of the follow-up work as offices hold
them, enforced by the services so that the pages, the API and every later door agree.

- The lead unit (a reporter of it, or of a unit above it) reports progress, completion and asks
  for an extension.
- A co-operating unit reports progress on its own part only: it cannot complete, extend or
  return the directive.
- The reviewing office decides: accepting or returning a completion, reopening, granting an
  extension are for a reviewer of a unit *above* the lead unit (the unit that assigned the work,
  or one over it), never for the unit that asked.
"""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from dondoc.apps.directives.models import Directive
from dondoc.apps.orgs.access import membership_of
from dondoc.core.timeline import FactKind

DECISIONS = frozenset(
    {FactKind.ACCEPTED, FactKind.RETURNED, FactKind.REOPENED, FactKind.EXTENSION_GRANTED}
)
LEAD_ONLY = frozenset({FactKind.DONE, FactKind.EXTENSION_REQUESTED})


def directive_fact_allow(directive: Directive, kind: FactKind, *, user: AbstractBaseUser) -> None:
    """Raise PermissionDenied, with the reason, unless ``user`` may add a ``kind`` fact."""
    if getattr(user, "is_superuser", False):
        return
    membership = membership_of(user)
    if membership is None:
        raise PermissionDenied(_("Your role does not allow this."))
    own = membership.org_unit
    lead = directive.lead_unit
    is_over_lead = lead.is_below_or_is(own.path)
    if kind in DECISIONS:
        if not membership.can_review or not is_over_lead or own.pk == lead.pk:
            raise PermissionDenied(
                _("This is decided by a reviewer of the office above the lead unit.")
            )
        return
    if not membership.can_report:
        raise PermissionDenied(_("Your role does not allow this."))
    if is_over_lead:
        return
    is_co_unit = any(unit.is_below_or_is(own.path) for unit in directive.co_units.all())
    if kind in LEAD_ONLY or not is_co_unit:
        raise PermissionDenied(
            _("A co-operating unit reports progress on its part; the lead unit reports the rest.")
        )
