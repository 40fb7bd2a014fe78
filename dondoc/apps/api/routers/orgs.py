"""Units as of a day (with their successors), people and their positions."""

from datetime import date
from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from dondoc.apps.api import reads
from dondoc.apps.api.errors import READ_ERRORS
from dondoc.apps.api.paging import DayIn, ObjectId, PageIn, day_of, page_of, scope_of
from dondoc.apps.api.schemas import (
    PersonOut,
    PersonPageOut,
    SuccessorOut,
    UnitDetailOut,
    UnitOut,
    UnitPageOut,
)
from dondoc.apps.orgs.models import Person
from dondoc.apps.orgs.selectors import org_unit_successors_on, position_list_held_on

router = Router(tags=["units"])


@router.get(
    "/units", response={200: UnitPageOut} | READ_ERRORS, summary="Units that existed on a day"
)
def unit_list(request: HttpRequest, day: Query[DayIn], paging: Query[PageIn]) -> dict[str, Any]:
    on = day_of(day)
    units = reads.org_unit_list_in_scope_on(scope=scope_of(request), on=on)
    return page_of(units, paging) | {"as_of": on}


@router.get(
    "/units/{unit_id}",
    response={200: UnitDetailOut} | READ_ERRORS,
    summary="A unit, its posts and successors",
)
def unit_detail(request: HttpRequest, unit_id: ObjectId, day: Query[DayIn]) -> dict[str, Any]:
    org_unit = reads.org_unit_visible(unit_id, scope=scope_of(request))
    on = day_of(day)
    is_valid = org_unit.is_valid_on(on)
    successors = {} if is_valid else org_unit_successors_on(org_unit, on=on)
    return UnitOut.from_orm(org_unit).dict() | {
        "as_of": on,
        "is_valid": is_valid,
        "successors": [
            SuccessorOut(unit=UnitOut.from_orm(unit), share=share)
            for unit, share in sorted(successors.items(), key=lambda item: item[0].name)
        ],
        "positions": list(org_unit.positions.select_related("person").order_by("rank", "pk")),
    }


people = Router(tags=["people"])


@people.get(
    "/people",
    response={200: PersonPageOut} | READ_ERRORS,
    summary="People and the posts they held on a day",
)
def person_list(request: HttpRequest, day: Query[DayIn], paging: Query[PageIn]) -> dict[str, Any]:
    on = day_of(day)
    found = page_of(reads.person_list(), paging)
    found["items"] = [_person(person, on) for person in found["items"]]
    return found | {"as_of": on}


@people.get(
    "/people/{person_id}",
    response={200: PersonOut} | READ_ERRORS,
    summary="A person and their posts on a day",
)
def person_detail(request: HttpRequest, person_id: ObjectId, day: Query[DayIn]) -> dict[str, Any]:
    person = reads.object_visible(reads.person_list(), person_id)
    return _person(person, day_of(day))


def _person(person: Person, on: date) -> dict[str, Any]:
    positions = list(position_list_held_on(person, on=on).select_related("person"))
    return {"id": person.pk, "full_name": person.full_name, "positions": positions}
