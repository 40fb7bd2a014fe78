from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from dondoc.apps.audit.services import change_record_removal
from dondoc.apps.directives.models import (
    BoardVersion,
    DeadlineKind,
    Directive,
    DirectiveState,
    DirectiveUpdate,
    Extension,
    Recurrence,
    UpdateKind,
    timeline_message,
)
from dondoc.apps.directives.roles import directive_fact_allow
from dondoc.apps.directives.selectors import directive_list_without_states
from dondoc.apps.documents.models import Document
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.orgs.models import OrgUnit, Person
from dondoc.apps.provenance import Origin, tracked_save
from dondoc.apps.work_sessions.models import Recommendation, WorkingSession
from dondoc.core.errors import TimelineError
from dondoc.core.timeline import Fact, FactKind


@transaction.atomic
def directive_assign(
    *,
    text: str,
    assigned_on: date,
    lead_unit: OrgUnit,
    due_on: date | None,
    deadline_kind: DeadlineKind = DeadlineKind.DATE,
    recurrence: Recurrence | None = None,
    work_session: WorkingSession | None = None,
    recommendation: Recommendation | None = None,
    document: Document | None = None,
    speaker: Person | None = None,
    responsible_person: Person | None = None,
    co_units: Sequence[OrgUnit] = (),
    key_tasks: Sequence[KeyTask] = (),
    origin: Origin = Origin.TYPED,
    is_illustrative: bool = False,
    user: AbstractBaseUser | None = None,
) -> Directive:
    directive = tracked_save(
        Directive(
            text=text,
            assigned_on=assigned_on,
            lead_unit=lead_unit,
            due_on=due_on,
            deadline_kind=deadline_kind,
            recurrence=recurrence or "",
            work_session=work_session,
            recommendation=recommendation,
            document=document,
            speaker=speaker,
            responsible_person=responsible_person,
            origin=origin,
            is_illustrative=is_illustrative,
        ),
        user=user,
    )
    directive.co_units.set(co_units)
    directive.key_tasks.set(key_tasks)
    directive_states_write(directive)
    return directive


@transaction.atomic
def directive_extend(
    directive: Directive,
    *,
    granted_on: date,
    due_on: date,
    reason: str,
    user: AbstractBaseUser | None = None,
) -> Extension:
    """Grant an extension: a new fact on the timeline; the first deadline stays as it was."""
    directive = _locked(directive)
    if user is not None:
        directive_fact_allow(directive, FactKind.EXTENSION_GRANTED, user=user)
    _check(directive, Fact(FactKind.EXTENSION_GRANTED, granted_on, due_on), field="due_on")
    extension = tracked_save(
        Extension(directive=directive, granted_on=granted_on, due_on=due_on, reason=reason),
        user=user,
    )
    directive_states_write(directive)
    return extension


@transaction.atomic
def directive_report(
    directive: Directive,
    *,
    kind: UpdateKind,
    reported_on: date,
    note: str,
    evidence: File[Any] | None = None,
    is_illustrative: bool = False,
    user: AbstractBaseUser | None = None,
) -> DirectiveUpdate:
    """Add a fact to a directive's timeline: progress, done (on ``reported_on``), accepted,
    returned, reopened or an extension asked for. Checked against the whole timeline first."""
    directive = _locked(directive)
    if user is not None:
        directive_fact_allow(directive, FactKind(kind), user=user)
    _check(directive, Fact(FactKind(kind), reported_on), field="reported_on")
    update = tracked_save(
        DirectiveUpdate(
            directive=directive,
            kind=kind,
            reported_on=reported_on,
            note=note,
            evidence=evidence or "",
            is_illustrative=is_illustrative,
        ),
        user=user,
    )
    directive_states_write(directive)
    return update


@transaction.atomic
def directive_fact_remove(
    fact: Extension | DirectiveUpdate, *, user: AbstractBaseUser | None = None
) -> None:
    """Remove a stored fact (an administrator's repair of a bad row) and write the states again;
    the removal is kept in the change history."""
    directive = _locked(fact.directive)
    change_record_removal(fact, user=user)
    fact.delete()
    directive_states_write(directive)


def directive_states_write(directive: Directive) -> list[DirectiveState]:
    """Write the states of ``directive`` from its facts (in the caller's transaction).

    Never raises on stored facts that contradict the timeline (an older version or a bulk load
    may have left some): they are left out of the states and the directive is marked with the
    rule they break, to be shown on its own page.
    """
    spans, problems = directive.timeline.spans()
    problem = problems[0].code if problems else ""
    old = DirectiveState.objects.filter(directive=directive)
    # The area it was led in (the old states') and the one it is led in now: both counts move.
    board_version_bump(
        OrgUnit.objects.filter(
            Q(pk=directive.lead_unit_id) | Q(pk__in=old.values("lead_unit_id"))
        ).values_list("path", flat=True)
    )
    old.delete()
    return DirectiveState.objects.bulk_create(
        DirectiveState(
            directive=directive,
            lead_unit_id=directive.lead_unit_id,
            starts_on=span.starts_on,
            ends_on=span.ends_on,
            due_on=span.due_on,
            done_on=span.done_on,
            is_late=span.is_late,
            is_accepted=span.is_accepted,
            problem=problem,
        )
        for span in spans
    )


def directive_states_repair(*, batch_size: int = 500) -> list[int]:
    """Write the states of every directive that has none, from its facts, through
    :func:`directive_states_write`; the ids written. Idempotent: a directive with states is
    left as it is, and each batch checks again once its directives are locked, so a repair run
    twice, or beside a fact's write, writes each directive's states once."""
    repaired: list[int] = []
    after = 0
    while ids := _ids_without_states(after=after, limit=batch_size):
        repaired += _states_repair(ids)
        after = ids[-1]
    return repaired


def _ids_without_states(*, after: int, limit: int) -> list[int]:
    found = directive_list_without_states().filter(pk__gt=after)
    return list(found.values_list("pk", flat=True)[:limit])


@transaction.atomic
def _states_repair(ids: list[int]) -> list[int]:
    # Locks in one order: the directives by id, then their areas' version rows, sorted.
    locked = Directive.objects.select_for_update().filter(pk__in=ids).order_by("pk")
    list(locked.values_list("pk", flat=True))
    todo = list(
        directive_list_without_states().filter(pk__in=ids).prefetch_related("extensions", "updates")
    )
    board_version_bump(
        OrgUnit.objects.filter(directives_led__in=todo).values_list("path", flat=True)
    )
    for directive in todo:
        directive_states_write(directive)
    return [directive.pk for directive in todo]


def board_version_bump(paths: Iterable[str]) -> None:
    """Make the cached counts of the areas holding the units with ``paths`` stale, in the
    caller's transaction (with its write): each area's row stays locked until it commits, so a
    count read after the commit is made again; other areas' rows are not touched (#7)."""
    for area in sorted({BoardVersion.area_of(path) for path in paths}):  # one order: no deadlock
        if BoardVersion.objects.filter(area=area).update(number=F("number") + 1):
            continue
        try:
            with transaction.atomic():  # the area's first write (or a writer that raced us)
                BoardVersion.objects.create(area=area, number=1)
        except IntegrityError:  # created meanwhile by another writer, now committed
            BoardVersion.objects.filter(area=area).update(number=F("number") + 1)


def _locked(directive: Directive) -> Directive:
    """The directive, locked until the transaction ends, so that a check and its write are one."""
    locked = Directive.objects.select_for_update(of=("self",)).select_related("lead_unit")
    return locked.get(pk=directive.pk)


def _check(directive: Directive, fact: Fact, *, field: str) -> None:
    try:
        directive.timeline.check(fact, today=timezone.localdate())
    except TimelineError as error:
        message = ValidationError(timeline_message(error.code), code=error.code)
        raise ValidationError({field: message}) from error
