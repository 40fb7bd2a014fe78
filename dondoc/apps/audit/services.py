"""Records every change made through the services (called by ``tracked_save``)."""

from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.db import models

from dondoc.apps.audit.models import ChangeRecord

_SKIPPED = frozenset({"created_at", "updated_at", "created_by", "updated_by", "search_key"})


def record_values(record: models.Model) -> dict[str, Any]:
    """The record's field values in a JSON-friendly form."""
    values = {}
    for field in record._meta.concrete_fields:
        if field.name in _SKIPPED:
            continue
        value = field.value_from_object(record)
        values[field.name] = (
            value if isinstance(value, (int, float, bool, type(None))) else str(value)
        )
    return values


def change_record(
    record: models.Model, *, before: dict[str, Any] | None, user: AbstractBaseUser | None
) -> ChangeRecord | None:
    """Store what changed; nothing when nothing did."""
    after = record_values(record)
    if before is None:
        changes = {name: [None, value] for name, value in after.items() if value not in (None, "")}
        action = "created"
    else:
        changes = {
            name: [before.get(name), value]
            for name, value in after.items()
            if before.get(name) != value
        }
        action = "changed"
    if not changes:
        return None
    return ChangeRecord.objects.create(
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        user_id=user.pk if user is not None else None,
        action=action,
        changes=changes,
    )


def change_record_removal(record: models.Model, *, user: AbstractBaseUser | None) -> ChangeRecord:
    """Store that a record was removed, with every value it had."""
    return ChangeRecord.objects.create(
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        user_id=user.pk if user is not None else None,
        action="removed",
        changes={name: [value, None] for name, value in record_values(record).items()},
    )


def history_of(record: models.Model) -> list[ChangeRecord]:
    """The changes of a record, newest first."""
    content_type = ContentType.objects.get_for_model(record)
    return list(
        ChangeRecord.objects.filter(content_type=content_type, object_id=record.pk).select_related(
            "user"
        )
    )
