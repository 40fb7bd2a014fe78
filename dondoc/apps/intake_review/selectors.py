"""Which intake drafts a user may list, read and confirm: those of units in their area (#8)."""

from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from dondoc.apps.intake_review.models import IntakeSource
from dondoc.apps.orgs.access import org_unit_scope_of
from dondoc.apps.orgs.models import Person
from dondoc.core.text import fold


def intake_source_visible(user: AbstractBaseUser | AnonymousUser) -> QuerySet[IntakeSource]:
    """Drafts owned by a unit in ``user``'s area; a superuser also sees the unowned ones."""
    return IntakeSource.objects.filter(org_unit_scope_of(user).q("org_unit"))


@dataclass(frozen=True)
class PersonCandidate:
    """A stored person the intake's name may mean, for the reviewer to choose or refuse (#8)."""

    person_id: int
    full_name: str
    positions: tuple[str, ...]  # "title – unit", as held
    is_same_spelling: bool  # the same letters and accents, not only the same folded name


def person_candidates(name: str) -> list[PersonCandidate]:
    """The stored people whose name folds like ``name`` ("Thanh" and "Thành" both), with their
    positions; the same spelling first."""
    name = " ".join(name.split())
    people = Person.objects.filter(search_key=fold(name)).prefetch_related("positions__org_unit")
    candidates = [
        PersonCandidate(
            person_id=person.pk,
            full_name=person.full_name,
            positions=tuple(f"{p.title} – {p.org_unit}" for p in person.positions.all()),
            is_same_spelling=person.full_name == name,
        )
        for person in people
    ]
    return sorted(candidates, key=lambda c: (not c.is_same_spelling, c.full_name, c.person_id))
