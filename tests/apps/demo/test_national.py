"""`dondoc bench-data national`: the units of 2025, the users, and directives whose stored
states are exactly what the core's rules give for their facts (#7)."""

import random
from datetime import date, timedelta

from django.contrib.auth.models import User

from dondoc.apps.demo.national import _story, national_load
from dondoc.apps.directives.models import Directive
from dondoc.apps.directives.selectors import directive_board
from dondoc.apps.orgs.access import org_unit_scope_of
from dondoc.apps.orgs.models import OrgUnit
from dondoc.core.progress import DirectiveStatus

TODAY = date(2026, 12, 1)


def test_the_national_data_holds_the_2025_units_and_states_the_core_agrees_with(db):
    loaded = national_load(directives=300, seed=3, password="bench-pass-1", today=TODAY)

    everyone = org_unit_scope_of(User.objects.get(username="giamsat"))
    board = directive_board(scope=everyone, on=TODAY, per_page=100)
    replayed = [d.timeline.progress_on(TODAY) for d in Directive.objects.all()]

    assert (loaded.units, OrgUnit.objects.filter(kind="province").count()) == (3356, 34)
    assert len(loaded.users) == 20
    assert board.counts == {s: sum(p.status is s for p in replayed) for s in DirectiveStatus}
    assert 0 < board.counts[DirectiveStatus.OPEN_OVERDUE] < 30


def test_the_same_seed_tells_the_same_stories():
    def stories(seed):
        rng = random.Random(seed)  # noqa: S311 - reproducible test data
        return [_story(rng, date(2018, 1, 1) + timedelta(days=n), TODAY) for n in range(200)]

    assert stories(3) == stories(3)
    assert stories(3) != stories(4)
