"""Reads of directives. Every page that shows a status calls :func:`directive_board` (#7).

The status of a directive on a day comes from the one stored state that holds that day
(``DirectiveState``, written from ``dondoc.core.timeline`` in the transaction of each fact); the
counts, the ageing buckets and the on-time rate are aggregates over those rows, so their cost
grows with the page, not with the database. See docs/decisions/0007-directive-timeline.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from functools import partial, reduce
from math import ceil
from operator import or_
from typing import Any, TypeVar, cast

from django.core.exceptions import EmptyResultSet
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, prefetch_related_objects
from django.db.models.functions import Substr
from django.utils import timezone

from dondoc.apps.directives import committed_cache
from dondoc.apps.directives.models import (
    AREA_PATH_LENGTH,
    BoardVersion,
    Directive,
    DirectiveState,
)
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import PATH_WIDTH, OrgUnit, Person, Position
from dondoc.core.progress import Ageing, DirectiveStatus, Progress
from dondoc.core.text import fold
from dondoc.core.timeline import FOREVER, Problem

PAGE_SIZES = (25, 50, 100)
T = TypeVar("T")


class BoardOrder(StrEnum):
    DEADLINE = "deadline"  # earliest deadline first (the most overdue first among the overdue)
    DEADLINE_LAST = "-deadline"
    ASSIGNED = "assigned"  # latest given first
    ASSIGNED_FIRST = "-assigned"
    LEAD_UNIT = "lead_unit"


@dataclass(frozen=True)
class BoardFilters:
    """What the tracker can be narrowed to; every field is optional."""

    status: DirectiveStatus | None = None
    lead_unit: OrgUnit | None = None
    with_units_below: bool = True
    co_unit: OrgUnit | None = None
    work_session_id: int | None = None
    document_id: int | None = None
    speaker_id: int | None = None
    due_from: date | None = None
    due_until: date | None = None
    quiet_before: date | None = None  # no fact since before this day (reminders)
    text: str = ""
    directive_id: int | None = None
    is_open: bool = False  # not done, within the deadline or past it


@dataclass(frozen=True)
class BoardRow:
    directive: Directive
    progress: Progress
    problem: str


@dataclass(frozen=True)
class Board:
    """One page of directives with their status on ``on``, and what the whole filter counts."""

    on: date
    rows: list[BoardRow]
    counts: dict[DirectiveStatus, int]
    ageing: dict[Ageing, int]
    page: int
    per_page: int
    total: int = 0
    on_time_rate: Fraction | None = field(default=None)

    @property
    def pages(self) -> int:
        return max(1, ceil(self.total / self.per_page)) if self.per_page else 1


def directive_board(
    *,
    scope: UnitScope,
    on: date,
    filters: BoardFilters = BoardFilters(),
    order: BoardOrder = BoardOrder.DEADLINE,
    page: int = 1,
    per_page: int = PAGE_SIZES[0],
    with_counts: bool = True,
) -> Board:
    """The directives led within ``scope`` as they stood on day ``on``: a page of rows, and the
    counts by status, the ageing of the overdue and the on-time rate of the whole filter (the
    counts leave the status filter out, so that they read as tabs over the list). ``per_page``
    0: the counts only, no row read."""
    states = _filtered(states_on(on), scope=scope, filters=filters)
    if with_counts:
        counts, ageing = _counts(states, on, reach=_reach(scope, filters))
    else:
        counts, ageing = dict.fromkeys(DirectiveStatus, 0), {}
    shown = _shown(states, filters, on)
    page = max(1, page)
    offset = (page - 1) * per_page
    rows = [
        BoardRow(state_directive(state), state.as_core().progress_on(on), state.problem)
        for state in (_ordered(shown, order)[offset : offset + per_page] if per_page else ())
    ]
    total = counts[filters.status] if filters.status else sum(counts.values())
    return Board(on, rows, counts, ageing, page, per_page, total, _rate(counts))


def directive_states_listed(
    *, scope: UnitScope, on: date, filters: BoardFilters, order: BoardOrder
) -> QuerySet[DirectiveState]:
    """Every state the board would list for these filters, in its order (for exports, which
    iterate it instead of taking a page)."""
    states = _filtered(states_on(on), scope=scope, filters=filters)
    return _ordered(_shown(states, filters, on), order)


def _shown(
    states: QuerySet[DirectiveState], filters: BoardFilters, on: date
) -> QuerySet[DirectiveState]:
    """The states in the filter's status. Within the deadline with a latest deadline asked (due
    soon) is also said as "due from ``on``": the status implies it, but the database then reads
    only that range of its index instead of every open deadline before it (45 ms → 0.3, #7)."""
    if not filters.status:
        return states
    shown = states.filter(status_q(filters.status, on))
    if filters.status == DirectiveStatus.OPEN_WITHIN_DEADLINE and filters.due_until is not None:
        shown = shown.filter(due_on__gte=on)
    return shown


def states_on(on: date) -> QuerySet[DirectiveState]:
    """The one state of each directive that holds day ``on`` (none before its assignment)."""
    states = DirectiveState.objects.filter(starts_on__lte=on)
    if on >= timezone.localdate():
        # No fact is ever dated after the day it is recorded, so from today on only the last
        # state of each directive can hold the day: the partial indexes serve this case.
        return states.filter(ends_on=FOREVER)
    return states.filter(ends_on__gt=on)


def status_q(status: DirectiveStatus, on: date) -> Q:
    """The rows of a state queryset in ``status`` on day ``on`` (see StateSpan.progress_on)."""
    is_open = Q(done_on__isnull=True)
    return {
        DirectiveStatus.DONE_ON_TIME: Q(done_on__isnull=False, is_late=False),
        DirectiveStatus.DONE_LATE: Q(done_on__isnull=False, is_late=True),
        DirectiveStatus.OPEN_OVERDUE: is_open & Q(due_on__lt=on),
        DirectiveStatus.OPEN_WITHIN_DEADLINE: is_open
        & (Q(due_on__isnull=True) | Q(due_on__gte=on)),
    }[status]


def _ageing_q(on: date) -> dict[Ageing, Q]:
    """Overdue for more than 30, 60, 120 days (buckets of Progress.ageing)."""
    days = {limit: on - timedelta(days=limit) for limit in (30, 60, 120)}
    is_open = Q(done_on__isnull=True)
    return {
        Ageing.UP_TO_30: is_open & Q(due_on__lt=on, due_on__gte=days[30]),
        Ageing.OVER_30: is_open & Q(due_on__lt=days[30], due_on__gte=days[60]),
        Ageing.OVER_60: is_open & Q(due_on__lt=days[60], due_on__gte=days[120]),
        Ageing.OVER_120: is_open & Q(due_on__lt=days[120]),
    }


def _filtered(
    states: QuerySet[DirectiveState], *, scope: UnitScope, filters: BoardFilters
) -> QuerySet[DirectiveState]:
    states = states.filter(scope.q("lead_unit"))
    if filters.lead_unit is not None:
        states = states.filter(
            Q(lead_unit__path__startswith=filters.lead_unit.path)
            if filters.with_units_below
            else Q(lead_unit=filters.lead_unit)
        )
    if filters.co_unit is not None:
        co = (
            Q(directive__co_units__path__startswith=filters.co_unit.path)
            if filters.with_units_below
            else Q(directive__co_units=filters.co_unit)
        )
        states = states.filter(directive__in=Directive.objects.filter(co).values("pk"))
    simple = {
        "directive__work_session_id": filters.work_session_id,
        "directive__document_id": filters.document_id,
        "directive__speaker_id": filters.speaker_id,
        "due_on__gte": filters.due_from,
        "due_on__lte": filters.due_until,
        "starts_on__lt": filters.quiet_before,
        "directive_id": filters.directive_id,
    }
    states = states.filter(**{key: value for key, value in simple.items() if value is not None})
    if filters.is_open:
        states = states.filter(done_on__isnull=True)
    phrase = " ".join(fold(filters.text).split())
    if phrase:
        states = states.filter(directive__search_key__contains=phrase)
    return states


def _reach(scope: UnitScope, filters: BoardFilters) -> tuple[str, ...] | None:
    """The units whose areas hold every state the board can count: the lead unit filter's when
    given (nothing outside it is counted), else the scope's (None: every area)."""
    return (filters.lead_unit.path,) if filters.lead_unit is not None else scope.paths


def _counts(
    states: QuerySet[DirectiveState], on: date, *, reach: tuple[str, ...] | None
) -> tuple[dict[DirectiveStatus, int], dict[Ageing, int]]:
    """Counts by status and ageing in one aggregate, cached until the next write to a
    directive of an area they reach (#7)."""
    aggregates = {
        f"s_{status}": Count("pk", filter=status_q(status, on)) for status in DirectiveStatus
    }
    aggregates |= {f"a_{bucket}": Count("pk", filter=q) for bucket, q in _ageing_q(on).items()}
    found = _cached_by_area(
        states,
        "counts",
        lambda part: part.aggregate(**aggregates),
        lambda part: _aggregated_by_area(part, aggregates),
        reach=reach,
    )
    return (
        {status: found.get(f"s_{status}", 0) for status in DirectiveStatus},
        {bucket: found.get(f"a_{bucket}", 0) for bucket in Ageing},
    )


def _aggregated_by_area(
    rows: QuerySet[Any], aggregates: dict[str, Count], *, lead: str = "lead_unit"
) -> dict[str, Tally]:
    """The aggregates of the rows of each area (their ``lead`` unit's, as
    ``BoardVersion.area_of`` says it; a root's own: its path), by area path: one grouped query."""
    area = Substr(f"{lead}__path", 1, AREA_PATH_LENGTH)
    groups = rows.annotate(area=area).values("area").annotate(**aggregates)
    return {str(group["area"]): {name: group[name] for name in aggregates} for group in groups}


COUNTS_CACHE_SECONDS = 3600


def board_version_read(*, paths: tuple[str, ...] | None) -> int:
    """The version of what the directives led by the units with ``paths`` and those below them
    count (None: every unit): the sum of their areas' rows. Every write to their states adds one
    to a row it reaches, so the sum moves with each committed write there and with no write
    elsewhere (a row is never removed, and a new one starts at 1)."""
    return sum(number for _area, number in board_versions_read(paths=paths))


def board_versions_read(*, paths: tuple[str, ...] | None) -> list[tuple[str, int]]:
    """The version rows ``(area, number)`` of the areas the units with ``paths`` reach (None:
    all), in order of area; one query."""
    rows = BoardVersion.objects.all()
    if paths is not None:
        rows = rows.filter(reduce(or_, (_area_q(path) for path in paths), Q(pk__in=[])))
    return list(rows.order_by("area").values_list("area", "number"))


def _area_q(path: str) -> Q:
    """The version rows of the areas that hold the unit with ``path`` or a unit below it: a
    root's reach every area below it, any other unit's only its own area."""
    if _is_root(path):
        return Q(area__startswith=path)
    return Q(area=BoardVersion.area_of(path))


def _cached(
    states: QuerySet[Any],
    name: str,
    compute: Callable[[], T],
    *,
    reach: tuple[str, ...] | None,
    seconds: int = COUNTS_CACHE_SECONDS,
) -> T:
    """``compute()``, cached under the query and the version of the areas it reaches
    (``reach``, as in :func:`board_version_read`): a write to a directive's states bumps its areas'
    versions in its own transaction, so a cached count is never older than the last committed
    write that could change it; a write elsewhere leaves it warm. The version is read before
    the count is made, and the count kept only once its transaction commits
    (``committed_cache``: a rolled-back one's own bump is a number the next write reaches)."""
    version = board_version_read(paths=reach)
    try:
        digest = _digest(name, states)
    except EmptyResultSet:  # nothing in scope: nothing to cache
        return compute()
    # "areas": keys of the per-area versions (#7), never equal to one cached under the single
    # version row they replace, whose numbers a sum could meet again.
    key = f"dondoc:board:areas:{version}:{digest}"
    return committed_cache.get_or_set(key, compute, seconds=seconds)


Tally = dict[str, Any]  # counts by name, or (the tally by unit) counts by name by unit path


def _cached_by_area(
    states: QuerySet[DirectiveState],
    name: str,
    compute: Callable[[QuerySet[DirectiveState]], Tally],
    grouped: Callable[[QuerySet[DirectiveState]], dict[str, Tally]],
    *,
    reach: tuple[str, ...] | None,
    lead: str = "lead_unit",
    seconds: int = COUNTS_CACHE_SECONDS,
    versions: list[tuple[str, int]] | None = None,
) -> Tally:
    """``compute(states)`` as :func:`_cached` keeps it (the rows' areas are their ``lead``
    units'); a reach of many areas (a root's, or
    every unit's) is kept area by area and added up, each area's part cached under its own
    version: after a write in one province only that province's part is counted again, not the
    whole country (decision 0015). The parts are the areas that have a version row, and the
    rest (states of areas not written since their rows began, decision 0015 §4) keyed on which
    areas have rows: a first write in an area adds its row, and so moves the rest's key. One
    part missing is counted alone (``compute`` on its states); more, in one query grouped by
    area (``grouped``: each area's part, by area path), which fills every part."""
    if not _spans_areas(reach):
        return _cached(states, name, lambda: compute(states), reach=reach, seconds=seconds)
    if versions is None:  # else read by the caller for several counts, before any of them
        versions = board_versions_read(paths=reach)  # read before counting, as in _cached
    try:
        digest = _digest(name, states)
    except EmptyResultSet:  # nothing in scope: nothing to cache
        return compute(states)
    # The sum itself, under every area's number: read alone while no area was written.
    whole_key = f"dondoc:board:whole:{hashlib.sha256(repr(versions).encode()).hexdigest()}:{digest}"
    whole = committed_cache.get_many([whole_key]).get(whole_key)
    if whole is not None:
        return cast(Tally, whole)
    keys = {area: f"dondoc:board:area:{area}:{number}:{digest}" for area, number in versions}
    known = hashlib.sha256(" ".join(keys).encode()).hexdigest()
    keys[_REST] = f"dondoc:board:rest:{known}:{digest}"
    found = committed_cache.get_many(list(keys.values()))
    missing = [area for area, key in keys.items() if key not in found]
    counted: dict[str, Tally] = {}
    if len(missing) == 1 and missing[0] != _REST:
        (area,) = missing
        counted[keys[area]] = compute(states.filter(_area_states_q(area, lead)))
    elif missing:
        by_area = grouped(states)
        parts = {area: by_area.pop(area, {}) for area in keys if area != _REST}
        parts[_REST] = _added(list(by_area.values()))  # the areas without a row
        counted = {keys[area]: part for area, part in parts.items()}
    found |= counted
    whole = _added([found[key] for key in keys.values()])
    committed_cache.set_many(counted | {whole_key: whole}, seconds=seconds)
    return whole


_REST = ""  # the part of the areas without a version row (no area's path is empty)


def rows_counted_by_area(
    queues: list[tuple[str, QuerySet[Any], str]],
    *,
    reach: tuple[str, ...] | None,
    seconds: int,
    versions: list[tuple[str, int]] | None = None,
) -> int:
    """The rows of every ``(name, rows, lead)`` queue counted and added up, each count kept for
    ``seconds`` as the board's counts are (``_cached_by_area``, the areas of the rows' ``lead``
    units, the areas' versions read once for all): a queue's size, say, is counted again after
    a write only in the area written. Within one area the counts are made as they are (the
    caller keeps their sum under that area's version)."""
    if not _spans_areas(reach):
        return sum(rows.count() for _name, rows, _lead in queues)  # one area: nothing to add
    if versions is None:  # else read by the caller, before anything was counted
        versions = board_versions_read(paths=reach)
    total = 0
    for name, rows, lead in queues:
        found = _cached_by_area(
            rows.order_by(),
            name,
            lambda part: {"n": part.count()},
            partial(_aggregated_by_area, aggregates={"n": Count("pk")}, lead=lead),
            reach=reach,
            lead=lead,
            seconds=seconds,
            versions=versions,
        )
        total += int(found.get("n", 0))
    return total


def _by_area(branches: dict[str, Any]) -> dict[str, Tally]:
    """A tally by unit path split into the areas its units are in."""
    parts: dict[str, Tally] = {}
    for path, counts in branches.items():
        parts.setdefault(BoardVersion.area_of(path), {})[path] = counts
    return parts


def _area_states_q(area: str, lead: str = "lead_unit") -> Q:
    """The rows whose ``lead`` unit is within ``area``: a root's own area is the root alone."""
    if _is_root(area):
        return Q(**{f"{lead}__path": area})
    return Q(**{f"{lead}__path__startswith": area})


def _spans_areas(reach: tuple[str, ...] | None) -> bool:
    """Whether a reach holds many areas: every unit's (None), or a root's."""
    return reach is None or (len(reach) == 1 and _is_root(reach[0]))


def _is_root(path: str) -> bool:
    return len(path) <= PATH_WIDTH + 2  # "/0000001/"


def _added(parts: list[Tally]) -> Tally:
    """The parts added up key by key (nested: a tally by unit adds each unit's counts)."""
    total: Tally = {}
    for part in parts:
        for key, value in part.items():
            if isinstance(value, dict):
                total[key] = _added([total.get(key, {}), value])
            else:
                total[key] = total.get(key, 0) + value
    return total


def _digest(name: str, states: QuerySet[Any]) -> str:
    sql, params = states.query.sql_with_params()
    return hashlib.sha256(repr((name, sql, params)).encode()).hexdigest()


def _rate(counts: dict[DirectiveStatus, int]) -> Fraction | None:
    """Done on time among those that were due (core.progress.on_time_rate, from counts)."""
    due = sum(
        n for status, n in counts.items() if status is not DirectiveStatus.OPEN_WITHIN_DEADLINE
    )
    return Fraction(counts[DirectiveStatus.DONE_ON_TIME], due) if due else None


_ORDERS = {
    BoardOrder.DEADLINE: ("due_on", "directive_id"),
    BoardOrder.DEADLINE_LAST: ("-due_on", "-directive_id"),
    BoardOrder.ASSIGNED: ("-directive__assigned_on", "-directive_id"),
    BoardOrder.ASSIGNED_FIRST: ("directive__assigned_on", "directive_id"),
    BoardOrder.LEAD_UNIT: ("lead_unit__search_key", "due_on", "directive_id"),
}


def _ordered(states: QuerySet[DirectiveState], order: BoardOrder) -> QuerySet[DirectiveState]:
    """The states in ``order``, each with its directive and lead unit (see state_directive):
    three tables for the planner, not the six that also joined the directive's own lead unit,
    speaker and responsible person (its planning was 1.8 of the list's 2.4 ms, #7). A reader
    that shows speakers or responsible people fetches them for its page (one query)."""
    return (
        states.select_related("directive", "lead_unit")
        .defer(*(f"{table}__{name}" for table in ("directive", "lead_unit") for name in _UNREAD))
        .order_by(*_ORDERS[order])
    )


# The bookkeeping columns no reader of the board shows (a reader that needs one fetches its
# object): two timestamps a row and the folded search text were a fifth of its loading.
_UNREAD = ("created_at", "updated_at", "created_by", "updated_by", "origin_note", "search_key")


def state_directive(state: DirectiveState) -> Directive:
    """The state's directive, its lead unit the state's own: every state carries its
    directive's lead unit (directive_states_write writes each one with it, and writes them all
    again when the lead changes), and the scope's filter has joined that unit already."""
    directive = state.directive
    directive.lead_unit = state.lead_unit
    return directive


@dataclass(frozen=True)
class UnitTally:
    """The directives led by one unit (and the units below it) on a day."""

    org_unit: OrgUnit
    counts: dict[DirectiveStatus, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def overdue(self) -> int:
        return self.counts[DirectiveStatus.OPEN_OVERDUE]

    @property
    def on_time_rate(self) -> Fraction | None:
        return _rate(self.counts)


def directive_tally_by_unit(*, org_unit: OrgUnit, scope: UnitScope, on: date) -> list[UnitTally]:
    """The counts by status on ``on`` for ``org_unit`` itself and for each unit right below it
    (with everything below that one): one grouped query by lead unit, rolled up by path."""
    states = states_on(on).filter(scope.q("lead_unit"), lead_unit__path__startswith=org_unit.path)
    width = len(org_unit.path) + PATH_WIDTH + 1
    branches = _cached_by_area(
        states,
        f"by_unit:{width}",
        lambda part: _branches(part, on, width),
        lambda part: _by_area(_branches(part, on, width)),
        reach=(org_unit.path,),
    )
    units = OrgUnit.objects.filter(path__in=list(branches)).order_by("search_key")
    return [
        UnitTally(unit, {s: branches[unit.path][s.value] for s in DirectiveStatus})
        for unit in units
    ]


def _branches(states: QuerySet[DirectiveState], on: date, width: int) -> dict[str, dict[str, int]]:
    aggregates = {
        f"s_{status}": Count("pk", filter=status_q(status, on)) for status in DirectiveStatus
    }
    groups = [dict(group) for group in states.values("lead_unit_id").annotate(**aggregates)]
    paths = dict(
        OrgUnit.objects.filter(pk__in=[g["lead_unit_id"] for g in groups]).values_list("pk", "path")
    )
    branches: dict[str, dict[str, int]] = {}
    for group in groups:
        counts = branches.setdefault(
            paths[cast(int, group["lead_unit_id"])][:width], dict.fromkeys(DirectiveStatus, 0)
        )
        for status in DirectiveStatus:
            counts[status] += cast(int, group[f"s_{status}"])
    return {path: {str(s): n for s, n in counts.items()} for path, counts in branches.items()}


class ReminderKind(StrEnum):
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NOT_UPDATED = "not_updated"


@dataclass(frozen=True)
class Reminder:
    """Something to chase: addressed to the lead unit, escalated to its head when long overdue."""

    directive: Directive
    kind: ReminderKind
    days: int
    escalated_to: Person | None


DUE_SOON_DAYS = 14
NOT_UPDATED_DAYS = 30
ESCALATE_AFTER_DAYS = 30
REMINDERS_PER_KIND = 100


def directive_reminders(*, on: date, scope: UnitScope) -> list[Reminder]:
    """Reminders on day ``on`` for the open directives led within ``scope``: the most overdue,
    then those due soonest, then those not updated for longest (a page of each)."""
    overdue = _board_rows(scope, on, BoardFilters(status=DirectiveStatus.OPEN_OVERDUE))
    soon = _board_rows(
        scope,
        on,
        BoardFilters(
            status=DirectiveStatus.OPEN_WITHIN_DEADLINE,
            due_until=on + timedelta(days=DUE_SOON_DAYS),
        ),
    )
    quiet = _board_rows(
        scope,
        on,
        BoardFilters(
            status=DirectiveStatus.OPEN_WITHIN_DEADLINE,
            quiet_before=on - timedelta(days=NOT_UPDATED_DAYS),
        ),
        order=BoardOrder.ASSIGNED_FIRST,
    )
    heads = _heads(on, {row.directive.lead_unit_id for row in overdue})
    reminders = [
        Reminder(
            row.directive,
            ReminderKind.OVERDUE,
            row.progress.days_overdue,
            heads.get(row.directive.lead_unit_id)
            if row.progress.days_overdue > ESCALATE_AFTER_DAYS
            else None,
        )
        for row in overdue
    ]
    soon_ids = set()
    for row in soon:
        assert row.progress.due_on is not None  # noqa: S101 - due_until filters on it
        soon_ids.add(row.directive.pk)
        reminders.append(
            Reminder(row.directive, ReminderKind.DUE_SOON, (row.progress.due_on - on).days, None)
        )
    last_facts = _last_fact_days(on, [row.directive.pk for row in quiet])
    reminders += [
        Reminder(
            row.directive, ReminderKind.NOT_UPDATED, (on - last_facts[row.directive.pk]).days, None
        )
        for row in quiet
        if row.directive.pk not in soon_ids
    ]
    # The reminders name the responsible person: one query for them all (the board's rows
    # do not join people).
    prefetch_related_objects([reminder.directive for reminder in reminders], "responsible_person")
    return reminders


def _board_rows(
    scope: UnitScope, on: date, filters: BoardFilters, order: BoardOrder = BoardOrder.DEADLINE
) -> list[BoardRow]:
    board = directive_board(
        scope=scope,
        on=on,
        filters=filters,
        order=order,
        per_page=REMINDERS_PER_KIND,
        with_counts=False,
    )
    return board.rows


def _last_fact_days(on: date, directive_ids: list[int]) -> dict[int, date]:
    """The day of the last fact (or the assignment) of each directive, by ``on``."""
    states = states_on(on).filter(directive_id__in=directive_ids)
    return dict(states.values_list("directive_id", "starts_on"))


def _heads(on: date, units: set[int]) -> dict[int, Person]:
    """The first-ranked person holding a post in each unit on day ``on``."""
    positions = (
        Position.objects.filter(org_unit__in=units, start_on__lte=on)
        .filter(Q(end_on__isnull=True) | Q(end_on__gte=on))
        .select_related("person")
        .order_by("org_unit_id", "rank")
    )
    heads: dict[int, Person] = {}
    for position in positions:
        heads.setdefault(position.org_unit_id, position.person)
    return heads


@dataclass(frozen=True)
class TimelineView:
    """One directive's status on a day, from its stored state, and the stored facts that
    contradict its timeline (shown on its page as a data problem, never a failure)."""

    progress: Progress | None
    problems: list[Problem]


def directive_timeline(directive: Directive, *, on: date) -> TimelineView:
    state = states_on(on).filter(directive=directive).select_related("directive").first()
    _, problems = directive.timeline.spans() if _has_problem(directive) else ((), ())
    return TimelineView(state.as_core().progress_on(on) if state else None, list(problems))


def directive_list_without_states() -> QuerySet[Directive]:
    """Directives with no state at all, by id: inserted without the services (a bulk load, a
    restore of an older export), they are on no board, count or reminder until their states
    are written (``dondoc check`` reports them, ``--repair`` writes them)."""
    has_states = DirectiveState.objects.filter(directive=OuterRef("pk"))
    return Directive.objects.filter(~Exists(has_states)).order_by("pk")


def _has_problem(directive: Directive) -> bool:
    return DirectiveState.objects.filter(directive=directive).exclude(problem="").exists()
