"""Read-only pages: dashboard, units, sessions, indicators, key tasks, documents, people, search."""

from datetime import date

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from dondoc.apps.audit.selectors import history_entries
from dondoc.apps.directives.selectors import BoardFilters, BoardOrder, directive_board
from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator, IndicatorValue, Target
from dondoc.apps.indicators.selectors import indicator_values_as_reported
from dondoc.apps.key_tasks.models import KeyTask, KeyTaskNote
from dondoc.apps.orgs.models import OrgUnit, Person, Position
from dondoc.apps.orgs.selectors import org_unit_successors_on, position_list_held_on
from dondoc.apps.period_labels import period_label
from dondoc.apps.web.dashboard import dashboard_for, latest_year
from dondoc.apps.web.requests import (
    day_asked,
    object_in_scope_or_404,
    unit_asked,
    unit_scope_of,
    year_asked,
)
from dondoc.apps.web.search import search_everything
from dondoc.apps.web.views.entry import session_in_scope, session_page
from dondoc.apps.work_sessions.models import WorkingSession


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    org_unit = unit_asked(request)
    scope = unit_scope_of(request)
    on = day_asked(request)
    year = year_asked(request, latest_year(org_unit) or on.year)
    if "on" not in request.GET and year < on.year:
        on = date(year, 12, 31)  # a past year is seen as it ended, not from today (#10)
    board = dashboard_for(org_unit, scope=scope, year=year, on=on)
    units = OrgUnit.objects.filter(
        scope.q(), kind__in=("province", "district", "commune")
    ).order_by("path")[:400]
    return render(request, "web/dashboard.html", {"board": board, "units": units})


@login_required
def units(request: HttpRequest) -> HttpResponse:
    on = day_asked(request)
    rows = list(
        OrgUnit.objects.filter(unit_scope_of(request).q(), valid_from__lte=on)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gt=on))
        .order_by("search_key")
    )
    children: dict[int | None, list[OrgUnit]] = {}
    ids = {unit.pk for unit in rows}
    for unit in rows:
        parent = unit.parent_id if unit.parent_id in ids else None
        children.setdefault(parent, []).append(unit)
    tree = _flatten(children, None, 0)
    return render(request, "web/units.html", {"tree": tree, "on": on})


def _flatten(
    children: dict[int | None, list[OrgUnit]], parent: int | None, depth: int
) -> list[tuple[int, OrgUnit]]:
    rows: list[tuple[int, OrgUnit]] = []
    for unit in children.get(parent, []):
        rows.append((depth, unit))
        rows.extend(_flatten(children, unit.pk, depth + 1))
    return rows


@login_required
def unit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    org_unit = object_in_scope_or_404(request, OrgUnit.objects.select_related("parent"), pk, "")
    on = day_asked(request)
    successors = org_unit_successors_on(org_unit, on=on) if not org_unit.is_valid_on(on) else {}
    context = {
        "unit": org_unit,
        "on": on,
        "successors": sorted(successors.items(), key=lambda item: item[0].name),
        "positions": org_unit.positions.select_related("person").order_by("rank"),
        "key_tasks": org_unit.key_tasks.all(),
        "indicators": org_unit.indicators.select_related("document"),
        "board": directive_board(
            scope=unit_scope_of(request),
            on=on,
            filters=BoardFilters(lead_unit=org_unit, with_units_below=False),
            order=BoardOrder.ASSIGNED,
        ),
        "children": org_unit.children.order_by("search_key"),
        "history": history_entries(org_unit, children=[(Position, "org_unit")]),
    }
    return render(request, "web/unit_detail.html", context)


@login_required
def sessions(request: HttpRequest) -> HttpResponse:
    rows = WorkingSession.objects.filter(
        unit_scope_of(request).q_any(*WorkingSession.scope_units)
    ).select_related("host_unit", "subject_unit", "head")
    return render(request, "web/sessions.html", {"sessions": rows})


@login_required
def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return session_page(request, session_in_scope(request, pk))


@login_required
def indicators(request: HttpRequest) -> HttpResponse:
    rows = Indicator.objects.filter(unit_scope_of(request).q("org_unit")).select_related(
        "document", "org_unit"
    )
    return render(request, "web/indicators.html", {"indicators": rows})


@login_required
def indicator_detail(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = object_in_scope_or_404(
        request, Indicator.objects.select_related("document", "org_unit"), pk, "org_unit"
    )
    on = day_asked(request)
    values = list(
        indicator.values.select_related("org_unit", "created_by", "work_session").order_by(
            "period_start_on", "period_end_on", "reported_on"
        )
    )
    shown = indicator_values_as_reported(indicator, on=on)
    periods = sorted(
        {
            (v.period_start_on, v.period_end_on, v.period_code, period_label(v.period))
            for v in shown.values()
        }
    )
    matrix: dict[str, dict[str, IndicatorValue]] = {}
    for (_, code), value in shown.items():
        matrix.setdefault(value.org_unit.name, {})[code] = value
    own = [
        shown[(indicator.org_unit_id, code)]
        for _, _, code, _ in periods
        if (indicator.org_unit_id, code) in shown
    ]
    context = {
        "indicator": indicator,
        "targets": indicator.targets.all(),
        "values": values,
        "chart": [(period_label(value.period), value.value, not value.is_locked) for value in own],
        "periods": [(code, label) for _, _, code, label in periods],
        "matrix": [
            (unit, [(cells.get(code), label) for _, _, code, label in periods])
            for unit, cells in sorted(matrix.items())
        ],
        "history": history_entries(
            indicator, children=[(Target, "indicator"), (IndicatorValue, "indicator")]
        ),
    }
    return render(request, "web/indicator_detail.html", context)


@login_required
def key_tasks(request: HttpRequest) -> HttpResponse:
    rows = (
        KeyTask.objects.filter(unit_scope_of(request).q("org_unit"))
        .select_related("org_unit")
        .prefetch_related("notes")
    )
    return render(request, "web/key_tasks.html", {"key_tasks": rows})


@login_required
def key_task_detail(request: HttpRequest, pk: int) -> HttpResponse:
    key_task = object_in_scope_or_404(
        request, KeyTask.objects.select_related("org_unit"), pk, "org_unit"
    )
    context = {
        "key_task": key_task,
        "notes": key_task.notes.all(),
        "history": history_entries(key_task, children=[(KeyTaskNote, "key_task")]),
    }
    return render(request, "web/key_task_detail.html", context)


@login_required
def documents(request: HttpRequest) -> HttpResponse:
    rows = Document.objects.select_related("issuer").order_by("-issued_on", "number")
    return render(request, "web/documents.html", {"documents": rows})


@login_required
def people(request: HttpRequest) -> HttpResponse:
    on = day_asked(request)
    rows = [
        (person, list(position_list_held_on(person, on=on)))
        for person in Person.objects.all()[:500]
    ]
    return render(request, "web/people.html", {"people": rows, "on": on})


@login_required
def search(request: HttpRequest) -> HttpResponse:
    # NUL cannot be stored or compared in PostgreSQL text (a 500 there), nor typed by a person.
    query = request.GET.get("q", "").replace("\x00", "")[:200]
    groups = search_everything(query, scope=unit_scope_of(request))
    return render(request, "web/search.html", {"query": query, "groups": groups})
