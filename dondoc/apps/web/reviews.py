"""The reviewing office's queues (#10): completions to accept or return, extension requests to
grant or refuse, figures to approve or return; one by one or several at once, each with a note.

Each decision goes through the same service as on the directive's own page; a refused one is
reported with its reason and the others still go through.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import gettext as _

from dondoc.apps.directives.models import (
    Directive,
    DirectiveState,
    DirectiveUpdate,
    Extension,
    UpdateKind,
)
from dondoc.apps.directives.queues import (
    directive_queue_completions,
    directive_queue_extension_requests,
)
from dondoc.apps.directives.services import board_version_bump, directive_extend, directive_report
from dondoc.apps.indicators.models import IndicatorValue
from dondoc.apps.indicators.services import indicator_value_approve, indicator_value_return
from dondoc.apps.orgs.access import UnitScope, require_reviewer_above
from dondoc.apps.period_labels import period_label
from dondoc.apps.web.models import ExtensionDecision


@dataclass
class Outcome:
    """What a decision on several rows did: how many went through, and why others did not."""

    done: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)  # (row, reason)

    def refuse(self, row: object, error: ValidationError | PermissionDenied) -> None:
        reasons = error.messages if isinstance(error, ValidationError) else [str(error)]
        self.refused.append((str(row), " ".join(reasons)))


def completions_pending(*, scope: UnitScope, on: date) -> QuerySet[DirectiveState]:
    return directive_queue_completions(scope=scope, on=on)


def completions_decide(
    directives: Iterable[Directive], *, is_accepted: bool, note: str, on: date, user: User
) -> Outcome:
    outcome = Outcome()
    kind = UpdateKind.ACCEPTED if is_accepted else UpdateKind.RETURNED
    for directive in directives:
        try:
            directive_report(directive, kind=kind, reported_on=on, note=note, user=user)
        except (ValidationError, PermissionDenied) as error:
            outcome.refuse(directive, error)
        else:
            outcome.done += 1
    return outcome


def extension_requests_pending(*, scope: UnitScope) -> QuerySet[DirectiveUpdate]:
    """Requests neither answered here nor followed by an extension granted since."""
    granted_since = Extension.objects.filter(
        directive=OuterRef("directive"), granted_on__gte=OuterRef("reported_on")
    )
    pending = directive_queue_extension_requests(scope=scope).filter(decision__isnull=True)
    return pending.exclude(Exists(granted_since))


def extension_requests_decide(
    requests: Iterable[DirectiveUpdate],
    *,
    is_granted: bool,
    due_on: date | None,
    note: str,
    on: date,
    user: User,
) -> Outcome:
    outcome = Outcome()
    for request in requests:
        try:
            _extension_decide(
                request, is_granted=is_granted, due_on=due_on, note=note, on=on, user=user
            )
        except (ValidationError, PermissionDenied) as error:
            outcome.refuse(request.directive, error)
        else:
            outcome.done += 1
    return outcome


@transaction.atomic
def _extension_decide(
    request: DirectiveUpdate,
    *,
    is_granted: bool,
    due_on: date | None,
    note: str,
    on: date,
    user: User,
) -> ExtensionDecision:
    if is_granted:
        if due_on is None:
            raise ValidationError({"due_on": _("Give the new deadline.")})
        directive_extend(request.directive, granted_on=on, due_on=due_on, reason=note, user=user)
    # A refusal writes no fact: the waiting counts of the directive's area must still move.
    board_version_bump([request.directive.lead_unit.path])
    return ExtensionDecision.objects.create(
        request=request, is_granted=is_granted, note=note, decided_on=on, decided_by=user
    )


def figures_pending(*, scope: UnitScope) -> QuerySet[IndicatorValue]:
    return (
        IndicatorValue.objects.filter(scope.q("org_unit"), is_locked=False)
        .select_related("indicator", "org_unit", "created_by")
        .order_by("-reported_on", "pk")
    )


def figures_decide(
    values: Iterable[IndicatorValue], *, is_approved: bool, note: str, user: User
) -> Outcome:
    outcome = Outcome()
    for value in values:
        label = f"{value.indicator.name} · {value.org_unit} · {period_label(value.period_code)}"
        try:
            require_reviewer_above(user, value.org_unit)
            if is_approved:
                indicator_value_approve(value, user=user)
            else:
                indicator_value_return(value, note=note, user=user)
        except (ValidationError, PermissionDenied) as error:
            outcome.refuse(label, error)
        else:
            outcome.done += 1
    return outcome
