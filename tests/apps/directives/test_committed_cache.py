"""The counts' cache is written only once what was counted is committed (decision 0015): at once
outside a transaction, when it commits inside one, never when it rolls back; a transaction
reads its own entries meanwhile."""

from contextlib import suppress

import pytest
from django.core.cache import cache
from django.db import transaction

from dondoc.apps.directives import committed_cache

KEY = "dondoc:test:count"


class FailedLaterError(Exception):
    pass


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_an_entry_is_kept_at_once():
    committed_cache.set_many({KEY: 3}, seconds=60)

    assert cache.get(KEY) == 3


@pytest.mark.django_db(transaction=True)
def test_inside_a_transaction_an_entry_waits_for_the_commit_and_is_kept_then():
    with transaction.atomic():
        committed_cache.set_many({KEY: 3}, seconds=60)
        waiting = (cache.get(KEY), committed_cache.get_many([KEY]))

    assert waiting == (None, {KEY: 3})
    assert cache.get(KEY) == 3


@pytest.mark.django_db(transaction=True)
def test_a_transaction_rolled_back_keeps_nothing():
    with suppress(FailedLaterError), transaction.atomic():
        committed_cache.set_many({KEY: 3}, seconds=60)
        raise FailedLaterError

    assert (cache.get(KEY), committed_cache.get_many([KEY])) == (None, {})


@pytest.mark.django_db
def test_a_savepoint_rolled_back_drops_its_own_entries_and_keeps_the_earlier():
    committed_cache.set_many({"before": 1}, seconds=60)
    with suppress(FailedLaterError), transaction.atomic():
        committed_cache.set_many({KEY: 3}, seconds=60)
        raise FailedLaterError

    assert committed_cache.get_many(["before", KEY]) == {"before": 1}


@pytest.mark.django_db
def test_an_entry_waiting_in_the_transaction_is_not_counted_again():
    counted = []

    def count():
        counted.append(1)
        return 3

    found = [committed_cache.get_or_set(KEY, count, seconds=60) for _ in range(2)]

    assert (found, counted) == ([3, 3], [1])
