"""Records every change: rows saved through the services (``tracked_save``), many-to-many links,
admin inlines, users, groups and their permissions (#8)."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.db import models

from dondoc.apps.audit.models import Action, ChangeRecord

_SKIPPED = frozenset(
    {"created_at", "updated_at", "created_by", "updated_by", "search_key", "path", "last_login"}
)
# A password is recorded as changed, never with its hash (#8).
SECRET = "<secret>"  # noqa: S105 - a marker, not a password
_SECRET_FIELDS = frozenset({"password"})

_acting_user: ContextVar[AbstractBaseUser | None] = ContextVar("acting_user", default=None)


@contextmanager
def acting_as(user: Any) -> Iterator[None]:
    """Who made the changes written inside the block (for signals that do not know it)."""
    token = _acting_user.set(user if getattr(user, "pk", None) is not None else None)
    try:
        yield
    finally:
        _acting_user.reset(token)


def acting_user() -> AbstractBaseUser | None:
    return _acting_user.get()


def record_values(record: models.Model) -> dict[str, Any]:
    """The record's field values in a JSON-friendly form (a secret as a marker, not its value)."""
    values = {}
    for field in record._meta.concrete_fields:
        if field.name in _SKIPPED:
            continue
        value = field.value_from_object(record)
        if field.name in _SECRET_FIELDS:
            value = f"{SECRET}{value}"  # compared below, never stored as such
        values[field.name] = (
            value if isinstance(value, (int, float, bool, type(None))) else str(value)
        )
    return values


def _stored(changes: dict[str, list[Any]]) -> dict[str, list[Any]]:
    return {
        name: [SECRET if value is not None else None for value in pair]
        if name in _SECRET_FIELDS
        else pair
        for name, pair in changes.items()
    }


def _create(
    record: models.Model, *, action: str, changes: dict[str, Any], user: AbstractBaseUser | None
) -> ChangeRecord:
    user = user if user is not None else acting_user()
    return ChangeRecord.objects.create(
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        user_id=user.pk if user is not None else None,
        action=action,
        changes=_stored(changes),
    )


def change_record(
    record: models.Model, *, before: dict[str, Any] | None, user: AbstractBaseUser | None
) -> ChangeRecord | None:
    """Store what changed; nothing when nothing did."""
    after = record_values(record)
    if before is None:
        changes = {name: [None, value] for name, value in after.items() if value not in (None, "")}
        action = Action.CREATED
    else:
        changes = {
            name: [before.get(name), value]
            for name, value in after.items()
            if before.get(name) != value
        }
        action = Action.CHANGED
    if not changes:
        return None
    return _create(record, action=action, changes=changes, user=user)


def change_record_links(
    record: models.Model,
    *,
    field: str,
    before: list[int],
    after: list[int],
    user: AbstractBaseUser | None,
) -> ChangeRecord | None:
    """Store a change of a many-to-many field (the ids linked before and after)."""
    if sorted(before) == sorted(after):
        return None
    return _create(
        record,
        action=Action.CHANGED,
        changes={field: [sorted(before), sorted(after)]},
        user=user,
    )


def change_record_removal(record: models.Model, *, user: AbstractBaseUser | None) -> ChangeRecord:
    """Store that a record was removed, with every value it had."""
    return _create(
        record,
        action=Action.REMOVED,
        changes={name: [value, None] for name, value in record_values(record).items()},
        user=user,
    )


def history_of(record: models.Model) -> list[ChangeRecord]:
    """The changes of a record, newest first."""
    content_type = ContentType.objects.get_for_model(record)
    return list(
        ChangeRecord.objects.filter(content_type=content_type, object_id=record.pk).select_related(
            "user"
        )
    )
