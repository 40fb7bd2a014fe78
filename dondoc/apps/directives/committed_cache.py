"""The cache of the counts, written only once the transaction that counted them has committed.

A count is keyed on the version numbers it read (decision 0015), and inside a transaction those
can be its own bumps, not committed yet. Cached at once, a count of a transaction that then
rolls back would stay under a number that the next committed write in its area reaches again,
and be read there: a wrong count. So an entry waits for ``transaction.on_commit``: at once
outside an atomic block (autocommit: what was counted is committed; a page reads so,
``web.middleware.AtomicWrites``), after the commit inside one (the request of a write, or a
service's own transaction), never after a rollback (a savepoint rolled back drops its hooks,
Django's own rule). Until it commits, a transaction reads its own waiting entries, so a count
read twice in one request is counted once, as before.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from django.core.cache import cache
from django.db import transaction

T = TypeVar("T")


@dataclass(frozen=True)
class _Waiting:
    """Entries counted in a transaction not committed yet: written by its commit hook."""

    entries: dict[str, Any]
    seconds: int

    def __call__(self) -> None:
        cache.set_many(self.entries, self.seconds)


def set_many(entries: dict[str, Any], *, seconds: int) -> None:
    """Keep ``entries`` for ``seconds`` once the current transaction commits (none: at once).
    Until then they are held as given, not copied (the transaction reads them back as they
    are): a caller does not change them. Robust: the cache failing after a commit must not make
    the committed request fail."""
    transaction.on_commit(_Waiting(entries, seconds), robust=True)


def get_many(keys: list[str]) -> dict[str, Any]:
    """The entries found for ``keys``: this transaction's waiting ones, else the cache's."""
    found = {key: entries[key] for entries in _waiting() for key in keys if key in entries}
    missing = [key for key in keys if key not in found]
    return found | cache.get_many(missing) if missing else found


def get_or_set(key: str, compute: Callable[[], T], *, seconds: int) -> T:
    """The entry for ``key``, else ``compute()`` kept for ``seconds`` (as :func:`set_many`)."""
    found = get_many([key])
    if key in found:
        return cast(T, found[key])
    value = compute()
    set_many({key: value}, seconds=seconds)
    return value


def _waiting() -> list[dict[str, Any]]:
    """The entries of this transaction's commit hooks that are ours, oldest first. Django keeps
    them in ``run_on_commit`` and drops a savepoint's when it rolls back (as its own
    ``captureOnCommitCallbacks`` reads them, the hook is the second item of each)."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return []
    hooks = (hook[1] for hook in connection.run_on_commit)
    return [hook.entries for hook in hooks if isinstance(hook, _Waiting)]
