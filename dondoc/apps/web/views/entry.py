"""Entry on the web: a working session with its people, recommendations and directives, and key
tasks, through the same services the admin uses (#10). A refused entry keeps what was typed."""

from collections.abc import Callable
from typing import Any, TypeVar

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dondoc.apps.audit.selectors import history_entries
from dondoc.apps.directives.models import DeadlineKind, Recurrence
from dondoc.apps.directives.selectors import PAGE_SIZES, BoardFilters, BoardOrder, directive_board
from dondoc.apps.directives.services import directive_assign
from dondoc.apps.indicators.models import IndicatorValue
from dondoc.apps.key_tasks.selectors import key_task_next_ordinal
from dondoc.apps.key_tasks.services import key_task_create
from dondoc.apps.orgs.access import UnitScope, require_role
from dondoc.apps.web.entry_forms import (
    ROW_MARK,
    AnswerForm,
    DirectiveForm,
    KeyTaskForm,
    ParticipantForm,
    RecommendationForm,
    WorkingSessionForm,
    with_titles,
)
from dondoc.apps.web.requests import (
    day_asked,
    object_in_scope_or_404,
    role_allows,
    signed_in,
    unit_scope_of,
)
from dondoc.apps.work_sessions.models import (
    Participant,
    Recommendation,
    RecommendationStatus,
    WorkingSession,
)
from dondoc.apps.work_sessions.selectors import (
    titles_by_person_on,
    titles_held_on,
    work_session_list_same_day,
)
from dondoc.apps.work_sessions.services import (
    participant_add,
    recommendation_add,
    recommendation_answer,
    work_session_record_with_people,
)

T = TypeVar("T")


def written(
    request: HttpRequest, form: forms.Form, write: Callable[[], T], *, said: str
) -> T | None:
    """Run one service call; say ``said`` when it writes, or show its refusal on ``form``."""
    try:
        record = write()
    except ValidationError as error:
        refused(form, error)
        return None
    messages.success(request, said)
    return record


def refused(form: forms.Form, error: ValidationError) -> None:
    """Show a service's refusal on the form it came from (field by field where it can)."""
    if not hasattr(error, "error_dict"):
        for text in error.messages:
            form.add_error(None, text)
        return
    for field, errors in error.message_dict.items():
        for text in errors:
            form.add_error(field if field in form.fields else None, text)


@login_required
def session_new(request: HttpRequest) -> HttpResponse:
    require_role(request.user)
    scope = unit_scope_of(request)
    form = WorkingSessionForm(
        request.POST or None, scope=scope, initial={"held_on": timezone.localdate()}
    )
    duplicates: list[WorkingSession] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        duplicates = list(
            work_session_list_same_day(
                held_on=data["held_on"],
                host_unit=data["host_unit"],
                subject_unit=data["subject_unit"],
            )
        )
        if not duplicates or data["is_confirmed"]:
            fields = {name: data[name] for name in ("held_on", "host_unit", "subject_unit")}
            try:
                work_session = work_session_record_with_people(
                    **fields,
                    head=data["head"],
                    topic=data["topic"],
                    report_summary=data["report_summary"],
                    delegation=list(data["delegation"]),
                    hosts=list(data["hosts"]),
                    user=signed_in(request),
                )
            except ValidationError as error:
                refused(form, error)
            else:
                messages.success(request, _("The working session is recorded."))
                return redirect("web:session", pk=work_session.pk)
    on = form.cleaned_data.get("held_on") if form.is_bound else None
    with_titles(form, titles_by_person_on(on=on or timezone.localdate()))
    context = {"form": form, "duplicates": duplicates}
    return render(request, "web/session_form.html", context)


def session_in_scope(request: HttpRequest, pk: int) -> WorkingSession:
    """Session ``pk`` when either of its units is in the user's area (404 otherwise)."""
    return object_in_scope_or_404(
        request,
        WorkingSession.objects.select_related("host_unit", "subject_unit", "head"),
        pk,
        *WorkingSession.scope_units,
    )


def session_page(
    request: HttpRequest, work_session: WorkingSession, **bound: forms.Form
) -> HttpResponse:
    """The session page; ``bound`` holds a refused form, shown again with what was typed."""
    board = directive_board(
        scope=UnitScope(None),  # the session is in scope: so are the directives it gave
        on=day_asked(request),
        filters=BoardFilters(work_session_id=work_session.pk),
        order=BoardOrder.ASSIGNED_FIRST,
        per_page=PAGE_SIZES[-1],
        with_counts=False,
    )
    speakers: dict[str, list[tuple[object, object]]] = {}
    prefetch_related_objects([row.directive for row in board.rows], "speaker")
    for row in board.rows:
        name = row.directive.speaker.full_name if row.directive.speaker else "—"
        speakers.setdefault(name, []).append((row.directive, row.progress))
    context: dict[str, Any] = {
        "session": work_session,
        "participants": work_session.participants.select_related("person"),
        "recommendations": work_session.recommendations.select_related("responded_by"),
        "figures": work_session.reported_values.select_related("indicator", "org_unit"),
        "speakers": sorted(speakers.items()),
        "history": history_entries(
            work_session,
            children=[
                (Participant, "work_session"),
                (Recommendation, "work_session"),
                (IndicatorValue, "work_session"),
            ],
        ),
    }
    if role_allows(request):
        context.update(_entry_forms(request, work_session, bound))
    return render(request, "web/session_detail.html", context)


def _entry_forms(
    request: HttpRequest, work_session: WorkingSession, bound: dict[str, forms.Form]
) -> dict[str, Any]:
    directive_form = bound.get("directive_form") or DirectiveForm(
        scope=unit_scope_of(request),
        work_session=work_session,
        initial={
            "assigned_on": work_session.held_on,
            "deadline_kind": DeadlineKind.DATE,
            "lead_unit": work_session.subject_unit,
        },
    )
    entry: dict[str, Any] = {
        "participant_form": bound.get("participant_form") or ParticipantForm(),
        "recommendation_form": bound.get("recommendation_form") or RecommendationForm(),
        "answer_form": bound.get("answer_form") or AnswerForm(),
        "answer_for": bound.get("answer_for"),
        "directive_form": directive_form,
    }
    titles = titles_by_person_on(on=work_session.held_on)
    for form in entry.values():
        if isinstance(form, forms.Form):
            with_titles(form, titles)
    blank = AnswerForm(auto_id=f"answer-{ROW_MARK}-%s")  # each recommendation's ids its own
    with_titles(blank, titles)
    entry["answer_fields"] = blank.as_div()  # rendered once for every recommendation
    return entry


@login_required
@require_POST
def session_participant_add(request: HttpRequest, pk: int) -> HttpResponse:
    work_session = session_in_scope(request, pk)
    require_role(request.user)
    form = ParticipantForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        titles = data["titles"] or titles_held_on(data["person"], on=work_session.held_on)
        if written(
            request,
            form,
            lambda: participant_add(
                work_session,
                person=data["person"],
                side=data["side"],
                titles=titles,
                user=signed_in(request),
            ),
            said=_("The participant is added."),
        ):
            return redirect("web:session", pk=work_session.pk)
    return session_page(request, work_session, participant_form=form)


@login_required
@require_POST
def session_recommendation_add(request: HttpRequest, pk: int) -> HttpResponse:
    work_session = session_in_scope(request, pk)
    require_role(request.user)
    form = RecommendationForm(request.POST)
    if form.is_valid():
        added = written(
            request,
            form,
            lambda: recommendation_add(work_session, **form.cleaned_data, user=signed_in(request)),
            said=_("The recommendation is added."),
        )
        if added is not None:
            return redirect("web:session", pk=work_session.pk)
    return session_page(request, work_session, recommendation_form=form)


@login_required
@require_POST
def recommendation_answer_save(request: HttpRequest, pk: int) -> HttpResponse:
    recommendation = object_in_scope_or_404(
        request,
        Recommendation.objects.select_related(
            "work_session__host_unit", "work_session__subject_unit", "work_session__head"
        ),
        pk,
        *(f"work_session__{field}" for field in WorkingSession.scope_units),
    )
    work_session = recommendation.work_session
    require_role(request.user)
    form = AnswerForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        if written(
            request,
            form,
            lambda: recommendation_answer(
                recommendation,
                response=data["response"],
                responded_by=data["responded_by"],
                status=RecommendationStatus(data["status"]),
                user=signed_in(request),
            ),
            said=_("The response is saved."),
        ):
            return redirect("web:session", pk=work_session.pk)
    return session_page(request, work_session, answer_form=form, answer_for=recommendation)  # type: ignore[arg-type]


@login_required
@require_POST
def session_directive_add(request: HttpRequest, pk: int) -> HttpResponse:
    work_session = session_in_scope(request, pk)
    require_role(request.user)
    form = DirectiveForm(request.POST, scope=unit_scope_of(request), work_session=work_session)
    if form.is_valid():
        data = form.cleaned_data
        if written(
            request,
            form,
            lambda: directive_assign(
                text=data["text"],
                assigned_on=data["assigned_on"],
                lead_unit=data["lead_unit"],
                co_units=list(data["co_units"]),
                responsible_person=data["responsible_person"],
                speaker=data["speaker"],
                deadline_kind=DeadlineKind(data["deadline_kind"]),
                due_on=data["due_on"],
                recurrence=Recurrence(data["recurrence"]) if data["recurrence"] else None,
                work_session=work_session,
                recommendation=data["recommendation"],
                document=data["document"],
                user=signed_in(request),
            ),
            said=_("The directive is recorded."),
        ):
            return redirect("web:session", pk=work_session.pk)
    return session_page(request, work_session, directive_form=form)


@login_required
def key_task_new(request: HttpRequest) -> HttpResponse:
    require_role(request.user)
    today = timezone.localdate()
    form = KeyTaskForm(
        request.POST or None, scope=unit_scope_of(request), initial={"year": today.year}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        ordinal = key_task_next_ordinal(org_unit=data["org_unit"], year=data["year"])
        key_task = written(
            request,
            form,
            lambda: key_task_create(**data, ordinal=ordinal, user=signed_in(request)),
            said=_("The key task is recorded."),
        )
        if key_task is not None:
            return redirect("web:key_task", pk=key_task.pk)
    return render(request, "web/key_task_form.html", {"form": form})
