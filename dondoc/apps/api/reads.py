"""Reads the API needs that the pages still make inline (to move to the apps' selectors, #12).

Each mirrors the query of the page it names, with the same unit scope.
"""

import hashlib
from datetime import date
from typing import TypeVar

from django.contrib.auth.models import User
from django.db.models import Max, Q, QuerySet

from dondoc.apps.api.errors import not_found
from dondoc.apps.directives.models import Directive, DirectiveState
from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.notifications.models import Notification
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit, Person
from dondoc.apps.orgs.selectors import org_unit_list_on
from dondoc.apps.work_sessions.models import WorkingSession


def org_unit_list_in_scope_on(*, scope: UnitScope, on: date) -> QuerySet[OrgUnit]:
    """The units page: the user's units that existed on ``on``."""
    return org_unit_list_on(on=on).filter(scope.q()).order_by("search_key", "pk")


def org_unit_visible(pk: int, *, scope: UnitScope) -> OrgUnit:
    org_unit = OrgUnit.objects.filter(scope.q(), pk=pk).first()
    if org_unit is None:
        raise not_found()
    return org_unit


def person_list() -> QuerySet[Person]:
    """The people page: every person (people are not scoped on the pages either)."""
    return Person.objects.order_by("search_key", "pk")


def document_list() -> QuerySet[Document]:
    """The documents page: every document, latest first."""
    return Document.objects.order_by("-issued_on", "number", "pk")


def indicator_list(*, scope: UnitScope) -> QuerySet[Indicator]:
    return Indicator.objects.filter(scope.q("org_unit")).order_by("org_unit_id", "code", "pk")


def key_task_list(*, scope: UnitScope) -> QuerySet[KeyTask]:
    return KeyTask.objects.filter(scope.q("org_unit")).order_by("-year", "org_unit_id", "ordinal")


def work_session_list(*, scope: UnitScope) -> QuerySet[WorkingSession]:
    return WorkingSession.objects.filter(scope.q("subject_unit")).order_by("-held_on", "pk")


def notification_list(user: User, *, is_unread: bool = False) -> QuerySet[Notification]:
    """The inbox page: the user's own notifications, latest first (only the unread ones)."""
    found = Notification.objects.filter(user=user)
    return found.filter(read_at__isnull=True) if is_unread else found


M = TypeVar("M", Person, Document, Indicator, KeyTask, WorkingSession)


def object_visible(objects: QuerySet[M], pk: int) -> M:
    """One object of a scoped list, or 404 (a sibling unit's object is not told apart)."""
    found = objects.filter(pk=pk).first()
    if found is None:
        raise not_found()
    return found


def directive_visible(pk: int, *, scope: UnitScope, for_update: bool = False) -> Directive:
    """The directive page's rule: led by, or co-operated on by, one of the user's units.
    ``for_update`` locks it until the request's transaction ends (for If-Match)."""
    co_operated = Directive.objects.filter(scope.q("co_units")).values("pk")
    visible = Directive.objects.filter(scope.q("lead_unit") | Q(pk__in=co_operated), pk=pk)
    if for_update:
        visible = Directive.objects.select_for_update().filter(
            pk__in=list(visible.values_list("pk", flat=True))
        )
    directive = visible.select_related("lead_unit").first()
    if directive is None:
        raise not_found()
    return directive


def directive_version(directive: Directive) -> str:
    """Changes with every fact (the states are written again) and every edit of the directive."""
    last_state = DirectiveState.objects.filter(directive=directive).aggregate(n=Max("pk"))["n"]
    text = f"{directive.pk}:{directive.updated_at.isoformat()}:{last_state}"
    return hashlib.sha256(text.encode()).hexdigest()[:24]
