"""The history of a record, ready to show: field labels, choice labels, names instead of ids, in
the active language (#8)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from dondoc.apps.audit.models import Action, ChangeRecord
from dondoc.apps.audit.services import SECRET, history_of

EMPTY = "—"


@dataclass(frozen=True)
class FieldChange:
    name: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    action: str
    action_label: str
    changes: tuple[FieldChange, ...]


def history_entries(record: models.Model) -> list[HistoryEntry]:
    """The changes of ``record``, newest first, each value as a reader would write it."""
    changes = history_of(record)
    names = _related_names(type(record), changes)
    return [
        HistoryEntry(
            at=change.at,
            user=_user_name(change.user),
            action=change.action,
            action_label=_action_label(change.action),
            changes=tuple(
                FieldChange(
                    name=name,
                    label=_label(type(record), name),
                    before=_shown(type(record), name, pair[0], names),
                    after=_shown(type(record), name, pair[1], names),
                )
                for name, pair in change.changes.items()
            ),
        )
        for change in changes
    ]


def _action_label(action: str) -> str:
    labels = {code: str(label) for code, label in Action.choices}
    return labels.get(action, action)


def _user_name(user: AbstractBaseUser | None) -> str:
    if user is None:
        return EMPTY
    return getattr(user, "get_full_name", lambda: "")() or user.get_username()


def _field(model: type[models.Model], name: str) -> Any:
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _label(model: type[models.Model], name: str) -> str:
    field = _field(model, name)
    return str(capfirst(field.verbose_name)) if field is not None else name


def _related_names(
    model: type[models.Model], changes: list[ChangeRecord]
) -> dict[type[models.Model], dict[int, str]]:
    """One query per related model for every unit, person, … named in the changes."""
    wanted: dict[type[models.Model], set[int]] = defaultdict(set)
    for change in changes:
        for name, pair in change.changes.items():
            field = _field(model, name)
            if field is None or not field.is_relation:
                continue
            for value in pair:
                ids = value if isinstance(value, list) else [value]
                wanted[field.related_model].update(i for i in ids if isinstance(i, int))
    return {
        related: {pk: str(row) for pk, row in related._default_manager.in_bulk(ids).items()}
        for related, ids in wanted.items()
    }


def _shown(
    model: type[models.Model],
    name: str,
    value: Any,
    names: dict[type[models.Model], dict[int, str]],
) -> str:
    field = _field(model, name)
    if value in (None, "", []):
        return EMPTY
    if value == SECRET:
        return _("(changed)")
    return _shown_value(field, value, names)


def _shown_value(field: Any, value: Any, names: dict[type[models.Model], dict[int, str]]) -> str:
    if field is None:
        return str(value)
    if field.is_relation:
        known = names.get(field.related_model, {})
        ids = value if isinstance(value, list) else [value]
        return ", ".join(known.get(pk, f"#{pk}") for pk in ids)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return _day(value) if isinstance(field, models.DateField) else str(value)


def _day(value: Any) -> str:
    if isinstance(value, str) and len(value) == 10:  # an ISO day
        try:
            return f"{date.fromisoformat(value):%d/%m/%Y}"
        except ValueError:
            return value
    return str(value)
