"""Intake review: paste or upload a report, see what was found in it, correct, confirm."""

from datetime import date
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from dondoc.apps.intake_review.models import IntakeSource
from dondoc.apps.intake_review.selectors import intake_person_choices, intake_source_visible
from dondoc.apps.intake_review.services import (
    NEW_PERSON,
    ConfirmedItems,
    PersonChoice,
    SessionDraft,
    intake_source_confirm,
    intake_source_save,
)
from dondoc.apps.orgs.access import membership_of, require_role
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.orgs.selectors import org_unit_match
from dondoc.apps.web.forms import IntakeForm
from dondoc.apps.web.intake_directives import (
    DirectiveRow,
    directive_drafts,
    directive_rows_found,
    directive_rows_posted,
    review_day,
    unit_choices,
)
from dondoc.apps.web.intake_figures import (
    FigureRow,
    figure_drafts,
    figure_rows_found,
    figure_rows_posted,
    indicator_choices,
)
from dondoc.apps.web.requests import id_given, object_in_scope_or_404, signed_in, unit_scope_of
from dondoc.intake import IntakeError, extract_text, read


@login_required
def intake(request: HttpRequest) -> HttpResponse:
    form = IntakeForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        require_role(request.user)
        upload = form.cleaned_data.get("file")
        try:
            if upload:
                text, encoding = extract_text(upload.read(), name=upload.name)
                name = upload.name
            else:
                text, encoding, name = form.cleaned_data["text"], "unicode", "pasted text"
            result = read(text, source=name, encoding=encoding).to_dict()
        except IntakeError as error:
            form.add_error(None, intake_error_message(error))
        else:
            membership = membership_of(request.user)
            source, created = intake_source_save(
                name=name,
                text=text,
                encoding=encoding,
                result=result,
                org_unit=membership.org_unit if membership else None,
                user=signed_in(request),
            )
            if not created:
                messages.info(request, "↺")
            return redirect("web:intake_review", pk=source.pk)
    recent = intake_source_visible(request.user).order_by("-created_at")[:10]
    return render(request, "web/intake.html", {"form": form, "recent": recent})


def intake_error_message(error: IntakeError) -> str:
    """The reader's message for an intake error, by its stable code, with the details after it."""
    messages_by_code = {
        "empty_input": _("The text or file is empty."),
        "not_text": _("This is not a text the intake can read (a binary file?)."),
        "unsafe_archive": _("This Word file is malformed or unsafe and was not read."),
        "input_too_large": _("The file is too large to read."),
        "unsupported_format": _("The intake does not read this kind of file."),
    }
    message = messages_by_code.get(error.code, _("The input cannot be read."))
    return f"{message} ({error.code}: {error})"


@login_required
def intake_review(request: HttpRequest, pk: int) -> HttpResponse:
    source = object_in_scope_or_404(request, IntakeSource.objects.all(), pk, "org_unit")
    rows = figure_rows = None
    if request.method == "POST":
        require_role(request.user)
        posted = directive_rows_posted(request.POST, source.result)
        figures = figure_rows_posted(request.POST, source.result)
        try:
            items = _confirmed(request, source, posted, figures)
            created = intake_source_confirm(source, items=items, user=signed_in(request))
        except ValidationError as error:
            # Shown again with what the reviewer posted: nothing was stored (#9).
            for message in error.messages:
                messages.error(request, message)
            rows = posted if "directive-row" in request.POST else None
            figure_rows = figures if "figure-row" in request.POST else None
        else:
            messages.success(request, ", ".join(str(record) for record in created) or "✓")
            return redirect("web:intake_review", pk=source.pk)
    context = _review_context(request, source, rows, figure_rows)
    return render(request, "web/intake_review.html", context)


def _review_context(
    request: HttpRequest,
    source: IntakeSource,
    rows: list[DirectiveRow] | None,
    figure_rows: list[FigureRow] | None,
) -> dict[str, Any]:
    result, on = source.result, review_day(source.result)
    names = [organisation["name"] for organisation in result.get("organisations", [])]
    session = result.get("session") or {}
    extra = [session.get("host"), session.get("subject")]
    matches = org_unit_match(
        names + [name for name in extra if name and name not in names],
        scope=unit_scope_of(request),
        on=on,
    )
    subject = matches.get(session.get("subject") or "")
    if rows is None:
        rows = directive_rows_found(
            result, scope=unit_scope_of(request), on=on, default_lead=subject
        )
    header_number = (result.get("document") or {}).get("number")
    own = request.POST.get("directives-document") if request.method == "POST" else None
    if own is None:
        numbers = [document.get("number") for document in result.get("documents", [])]
        own = str(numbers.index(header_number)) if header_number in numbers else ""
    return {
        "choices": intake_person_choices(source),
        "session_units": unit_scope_of(request).units().order_by("search_key"),
        "session_host": matches.get(session.get("host") or ""),
        "session_subject": subject,
        "session_form": _session_form(request, result, matches),
        "source": source,
        "result": result,
        "highlighted": highlight(source.text, result),
        "organisations": [(name, matches.get(name)) for name in names],
        "document_rows": _rows(request, result.get("documents", []), "document", DOCUMENT_FIELDS),
        "person_rows": _rows(request, result.get("people", []), "person", ("name",)),
        "directives": rows,
        "directive_units": unit_choices(unit_scope_of(request), on=on, rows=rows),
        "directives_document": own,
        "figure_rows": figure_rows or figure_rows_found(result, org_unit=source.org_unit),
        "indicators": indicator_choices(unit_scope_of(request)),
        "review_day": on,
    }


DOCUMENT_FIELDS = ("kind", "number", "date", "issuer", "title")


def _session_form(
    request: HttpRequest, result: dict[str, Any], matches: dict[str, OrgUnit]
) -> dict[str, Any]:
    """The session's fields as read, or as posted when a confirmation was refused."""
    found = result.get("session") or {}
    groups = found.get("recommendations", {}).get("groups", [])
    if request.method == "POST":
        post, kept = request.POST, set(request.POST.getlist("session-group"))
        return {
            "is_kept": bool(post.get("session")),
            "host_id": id_given(post.get("session-host", "")),
            "subject_id": id_given(post.get("session-subject", "")),
            "held_on": post.get("session-held_on", ""),
            "head": post.get("session-head", ""),
            "topic": post.get("session-topic", ""),
            "groups": [(i, group, str(i) in kept) for i, group in enumerate(groups)],
        }
    host, subject = matches.get(found.get("host") or ""), matches.get(found.get("subject") or "")
    event_date = result.get("event_date") or ""
    return {
        "is_kept": False,
        "host_id": host.pk if host else None,
        "subject_id": subject.pk if subject else None,
        "held_on": "" if event_date.startswith("--") else event_date,
        "head": found.get("head") or "",
        "topic": found.get("topic") or "",
        "groups": [(i, group, True) for i, group in enumerate(groups)],
    }


def _rows(
    request: HttpRequest, found: list[dict[str, Any]], prefix: str, fields: tuple[str, ...]
) -> list[tuple[int, dict[str, Any], bool]]:
    """Each item as read, or as posted when a confirmation was refused: (index, item, is_kept)."""
    if request.method != "POST":
        return [
            (index, {**item, **{f: item.get(f) or "" for f in fields}}, True)
            for index, item in enumerate(found)
        ]
    post, kept = request.POST, set(request.POST.getlist(prefix))
    return [
        (
            index,
            {**item, **{f: post.get(f"{prefix}-{index}-{f}", "") for f in fields}},
            str(index) in kept,
        )
        for index, item in enumerate(found)
    ]


def _confirmed(
    request: HttpRequest,
    source: IntakeSource,
    rows: list[DirectiveRow],
    figures: list[FigureRow],
) -> ConfirmedItems:
    """The items the reviewer kept, with their corrections, and the ones they added."""
    post = request.POST
    documents = [
        (index, {f: post.get(f"document-{index}-{f}", "").strip() for f in DOCUMENT_FIELDS})
        for index in post.getlist("document")
    ]
    people = [
        {"name": post.get(f"person-{index}-name", "").strip()} for index in post.getlist("person")
    ]
    added = post.get("add-person", "").strip()
    if added:
        people.append({"name": added})
    session = _session_draft(request, source) if post.get("session") else None
    kept = [(index, d) for index, d in documents if d["number"] or d["title"]]
    choices: dict[str, PersonChoice] = {}
    for index in post.getlist("choice"):
        name, chosen = post.get(f"choice-{index}-name", ""), post.get(f"choice-{index}", "")
        person_id = id_given(chosen)
        if chosen == NEW_PERSON or person_id is not None:
            choices[" ".join(name.split())] = NEW_PERSON if person_id is None else person_id
    return ConfirmedItems(
        documents=[d for _index, d in kept],
        people=people,
        session=session,
        person_choices=choices,
        directives=directive_drafts(rows, scope=unit_scope_of(request)),
        own_document=_own_document(post.get("directives-document", ""), kept),
        figures=figure_drafts(figures, scope=unit_scope_of(request)),
    )


def _own_document(chosen: str, kept: list[tuple[str, dict[str, str]]]) -> int | None:
    """Where the document the directives come from is among the documents kept."""
    if not chosen:
        return None
    for position, (index, _document) in enumerate(kept):
        if index == chosen:
            return position
    raise ValidationError(
        _("The document the directives come from is not among the documents kept."),
        code="own_document_not_kept",
    )


def _session_draft(request: HttpRequest, source: IntakeSource) -> SessionDraft:
    """The session as the reviewer set it: units chosen within their area, the day, the head."""
    post, found = request.POST, source.result.get("session") or {}
    in_scope = unit_scope_of(request).units()
    units = {}
    for role in ("host", "subject"):
        unit_id = id_given(post.get(f"session-{role}", ""))
        org_unit = in_scope.filter(pk=unit_id).first() if unit_id is not None else None
        if org_unit is None:
            raise ValidationError(
                _("Choose the units of the session within your area."), code="session_units"
            )
        units[role] = org_unit
    try:
        held_on = date.fromisoformat(post.get("session-held_on", ""))
    except ValueError as error:
        raise ValidationError(_("Give the day of the session."), code="session_day") from error
    groups = found.get("recommendations", {}).get("groups", [])
    posted = (id_given(raw) for raw in post.getlist("session-group"))
    chosen_groups = [i for i in posted if i is not None and i < len(groups)]
    return SessionDraft(
        held_on=held_on,
        host_unit=units["host"],
        subject_unit=units["subject"],
        head=post.get("session-head", "").strip() or (found.get("head") or ""),
        topic=post.get("session-topic", "").strip(),
        recommendation_groups=[groups[i] for i in chosen_groups],
        directives=[],  # every directive, the speech ones too, is a DirectiveDraft (#9)
    )


def highlight(text: str, result: dict[str, object]) -> SafeString:
    """The text, escaped, with every found item's span marked by its kind."""
    marks: list[tuple[int, int, str]] = []
    for kind, key in (("document", "documents"), ("figure", "figures")):
        marks += [(item["span"][0], item["span"][1], kind) for item in result.get(key, [])]  # type: ignore[attr-defined]
    for person in result.get("people", []):  # type: ignore[attr-defined]
        marks += [(start, end, "person") for start, end in person["spans"]]
    pieces: list[str] = []
    position = 0
    for start, end, kind in sorted(marks):
        if start < position or end > len(text):
            continue
        pieces.append(escape(text[position:start]))
        pieces.append(f'<mark class="found-{kind}">{escape(text[start:end])}</mark>')
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of the text is escaped above
