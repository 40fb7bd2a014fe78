"""People read from a text are never merged by name: the reviewer sees candidates and chooses (#8)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from dondoc.apps.intake_review.selectors import person_candidates
from dondoc.apps.intake_review.services import (
    NEW_PERSON,
    ConfirmedItems,
    intake_source_confirm,
    intake_source_save,
)
from dondoc.apps.orgs.models import Person
from dondoc.apps.orgs.services import person_create, position_assign


@pytest.fixture
def thanh(world):
    person = person_create(full_name="Nguyễn Văn Thành")
    position_assign(
        person=person, org_unit=world.district, title="Chủ tịch", start_on=date(2020, 1, 1)
    )
    return person


def _confirm(name, **choices):
    source, _ = intake_source_save(
        name="r", text=f"đồng chí {name}", encoding="utf-8", result={"people": []}
    )
    items = ConfirmedItems(documents=[], people=[{"name": name}], person_choices=choices)
    return intake_source_confirm(source, items=items)


def test_issue_8_a_name_differing_only_in_accents_is_not_merged_silently(thanh):
    with pytest.raises(ValidationError) as error:
        _confirm("Nguyễn Văn Thanh")

    assert error.value.code == "person_choice_required"
    assert Person.objects.count() == 4


def test_the_same_spelling_too_waits_for_the_reviewer(thanh):
    with pytest.raises(ValidationError) as error:
        _confirm("Nguyễn  Văn Thành")

    assert error.value.code == "person_choice_required"


def test_the_reviewer_may_create_a_new_person_of_a_similar_name(thanh):
    (person,) = _confirm("Nguyễn Văn Thanh", **{"Nguyễn Văn Thanh": NEW_PERSON})

    assert person != thanh
    assert person.full_name == "Nguyễn Văn Thanh"


def test_the_reviewer_may_choose_the_stored_person(thanh):
    (person,) = _confirm("Nguyễn Văn Thành", **{"Nguyễn Văn Thành": thanh.pk})

    assert person == thanh


def test_a_person_chosen_who_does_not_exist_is_refused(thanh):
    with pytest.raises(ValidationError) as error:
        _confirm("Nguyễn Văn Thành", **{"Nguyễn Văn Thành": 999_999})

    assert error.value.code == "person_not_found"


def test_a_name_nobody_has_creates_a_person_without_asking(world):
    (person,) = _confirm("Phạm Thị Hoa")

    assert person.full_name == "Phạm Thị Hoa"


def test_candidates_list_folded_names_with_positions_same_spelling_first(thanh, world):
    other = person_create(full_name="Nguyễn Văn Thanh")

    candidates = person_candidates("nguyễn văn  Thanh")

    assert {c.person_id for c in candidates} == {thanh.pk, other.pk}
    assert {c.full_name: c.positions for c in candidates}["Nguyễn Văn Thành"] == (
        "Chủ tịch – Huyện Bắc Hà",
    )


def test_candidates_put_the_exact_spelling_first(thanh):
    other = person_create(full_name="Nguyễn Văn Thanh")

    candidates = person_candidates("Nguyễn Văn Thanh")

    assert [(c.person_id, c.is_same_spelling) for c in candidates] == [
        (other.pk, True),
        (thanh.pk, False),
    ]
