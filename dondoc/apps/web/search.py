"""Search over everything a user may see (#10): accent- and case-free, tolerant of i/y
("Sĩ"/"Sỹ" are one name written two ways) and of document citations ("nq 62" → 62-NQ/TU)."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from django.db.models import Model, QuerySet, TextField, Value
from django.db.models.functions import Replace
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from dondoc.apps.directives.models import Directive
from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import Person
from dondoc.apps.work_sessions.models import Recommendation, WorkingSession
from dondoc.core.document_kinds import DocumentKind
from dondoc.core.text import fold

LIMIT = 20
M = TypeVar("M", bound=Model)
T = TypeVar("T")
_CITATION = re.compile(
    r"^(?:(?P<s1>[^\W\d_]+)\s*(?P<n1>\d+)|(?P<n2>\d+)\s*[-/ ]?\s*(?P<s2>[^\W\d_]+))$"
)


@dataclass(frozen=True)
class Hit:
    text: str
    url: str
    detail: str = ""


@dataclass(frozen=True)
class Group:
    heading: str
    hits: list[Hit]


def search_key(text: str) -> str:
    """The query as the stored keys are written, with y read as i (both sides)."""
    return " ".join(fold(text).split()).replace("y", "i")


def _matching(rows: QuerySet[M], key: str) -> QuerySet[M]:
    """The rows whose stored ``search_key``, y read as i, contains ``key``."""
    folded = Replace("search_key", Value("y"), Value("i"), output_field=TextField())
    return rows.annotate(iy_key=folded).filter(iy_key__contains=key)  # type: ignore[return-value]


def _documents(query: str, key: str) -> list[Document]:
    found = list(_matching(Document.objects.all(), key)[:LIMIT])
    citation = _CITATION.match(" ".join(fold(query).split()))
    if citation:
        symbol = citation["s1"] or citation["s2"]
        digits = citation["n1"] or citation["n2"]
        kind = DocumentKind.from_symbol(symbol) or DocumentKind.from_word(symbol)
        if kind is not None:
            cited = Document.objects.filter(kind=kind, number__startswith=digits)
            found += [
                document
                for document in cited[:LIMIT]
                if not document.number[len(digits) :][:1].isdigit() and document not in found
            ]
    return found


def _folded_match(rows: Iterable[T], key: str, text: Callable[[T], str]) -> list[T]:
    return [row for row in rows if key in search_key(text(row))][:LIMIT]


def search_everything(query: str, *, scope: UnitScope) -> list[Group]:
    """The groups of results for ``query`` within the user's units, empty groups left out."""
    key = search_key(query)
    if not key:
        return []
    sessions = WorkingSession.objects.filter(
        scope.q_any(*WorkingSession.scope_units)
    ).select_related("host_unit", "subject_unit")
    recommendations = Recommendation.objects.filter(
        scope.q_any(*(f"work_session__{field}" for field in WorkingSession.scope_units))
    ).select_related("work_session")
    groups = [
        Group(
            str(_("Directives")),
            [
                Hit(str(d), reverse("web:directive", args=[d.pk]), str(d.lead_unit))
                for d in _matching(
                    Directive.objects.filter(scope.q("lead_unit")).select_related("lead_unit"), key
                )[:LIMIT]
            ],
        ),
        Group(
            str(_("Working sessions")),
            [
                Hit(str(s), reverse("web:session", args=[s.pk]), s.topic)
                for s in _folded_match(
                    list(sessions[:2000]),
                    key,
                    lambda s: f"{s.topic} {s.report_summary} {s.host_unit} {s.subject_unit}",
                )
            ],
        ),
        Group(
            str(_("Recommendations")),
            [
                Hit(
                    f"{r.field_group}: {r.text}",
                    reverse("web:session", args=[r.work_session_id]),
                    str(r.work_session),
                )
                for r in _folded_match(
                    list(recommendations[:5000]),
                    key,
                    lambda r: f"{r.field_group} {r.text} {r.response}",
                )
            ],
        ),
        Group(
            str(_("Key tasks")),
            [
                Hit(k.title, reverse("web:key_task", args=[k.pk]), f"{k.org_unit} · {k.year}")
                for k in _matching(
                    KeyTask.objects.filter(scope.q("org_unit")).select_related("org_unit"), key
                )[:LIMIT]
            ],
        ),
        Group(
            str(_("Indicators")),
            [
                Hit(i.name, reverse("web:indicator", args=[i.pk]), str(i.org_unit))
                for i in _matching(
                    Indicator.objects.filter(scope.q("org_unit")).select_related("org_unit"), key
                )[:LIMIT]
            ],
        ),
        Group(
            str(_("Documents")),
            [
                Hit(str(d), reverse("web:document", args=[d.pk]), d.title)
                for d in _documents(query, key)
            ],
        ),
        Group(
            str(_("People")),
            [
                Hit(p.full_name, f"{reverse('web:directives')}?speaker={p.pk}")
                for p in _matching(Person.objects.all(), key)[:LIMIT]
            ],
        ),
        Group(
            str(_("Units")),
            [
                Hit(u.name, reverse("web:unit", args=[u.pk]))
                for u in _matching(scope.units(), key)[:LIMIT]
            ],
        ),
    ]
    return [group for group in groups if group.hits]
