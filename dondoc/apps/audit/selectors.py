"""The history of a record, ready to show: field labels, choice labels, names instead of ids, in
the active language (#8)."""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from dondoc.apps.audit.models import Action, ChangeRecord
from dondoc.apps.audit.services import SECRET, history_of
from dondoc.apps.number_labels import number_label
from dondoc.apps.period_labels import period_label

EMPTY = "—"
# The fields that store a period by its code ("2017-Q4"): shown as the period's label.
PERIOD_CODE_FIELDS = frozenset({"period_code", "span_code"})


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
    subject: str = ""  # a child row's kind and name ("Participant: …"); "" for the record itself


# A kind of child row and its foreign key to the parent: a session's participants are
# (Participant, "work_session").
ChildRows = tuple[type[models.Model], str]


def history_entries(
    record: models.Model, *, children: Sequence[ChildRows] = ()
) -> list[HistoryEntry]:
    """The changes of ``record`` and of its child rows (``children``, removed ones too), newest
    first, each value as a reader would write it."""
    entries = _entries(type(record), history_of(record), subjects={})
    for model, parent_field in children:
        changes = _child_changes(record, model, parent_field)
        ids = {change.object_id for change in changes}
        rows = model._default_manager.select_related().in_bulk(ids)  # named without a query each
        kind = str(capfirst(model._meta.verbose_name))
        # A removed row is no longer there to name: its kind, and its values in the changes.
        subjects = {
            change.pk: f"{kind}: {rows[change.object_id]}" if change.object_id in rows else kind
            for change in changes
        }
        entries += _entries(model, changes, subjects=subjects)
    return [entry for _, entry in sorted(entries, key=lambda pair: pair[0], reverse=True)]


def _child_changes(
    record: models.Model, model: type[models.Model], parent_field: str
) -> list[ChangeRecord]:
    """Every change of ``model`` rows that belong, or belonged, to ``record``: the rows it has
    now and those whose creation or removal names it (one query)."""
    content_type = ContentType.objects.get_for_model(model)
    named = ChangeRecord.objects.filter(content_type=content_type).filter(
        Q(**{f"changes__{parent_field}__0": record.pk})
        | Q(**{f"changes__{parent_field}__1": record.pk})
    )
    current = model._default_manager.filter(**{parent_field: record.pk}).values("pk")
    return list(
        ChangeRecord.objects.filter(content_type=content_type)
        .filter(Q(object_id__in=named.values("object_id")) | Q(object_id__in=current))
        .select_related("user")
    )


def _entries(
    model: type[models.Model], changes: list[ChangeRecord], *, subjects: dict[int, str]
) -> list[tuple[tuple[datetime, int], HistoryEntry]]:
    names = _related_names(model, changes)
    return [
        (
            (change.at, change.pk),
            HistoryEntry(
                at=change.at,
                user=_user_name(change.user),
                action=change.action,
                action_label=_action_label(change.action),
                changes=tuple(
                    FieldChange(
                        name=name,
                        label=_label(model, name),
                        before=_shown(model, name, pair[0], names),
                        after=_shown(model, name, pair[1], names),
                    )
                    for name, pair in change.changes.items()
                    if _is_shown(model, name)
                ),
                subject=subjects.get(change.pk, ""),
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


def _is_shown(model: type[models.Model], name: str) -> bool:
    """A field computed from another (a period's first and last day, from its code) is left out:
    the change is shown once, on the field that was written."""
    field = _field(model, name)
    return field is None or field.editable


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
    if name in PERIOD_CODE_FIELDS:
        return period_label(str(value))
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
    if isinstance(field, models.DecimalField):  # stored as text, "86.2000"
        return number_label(Decimal(str(value)))
    return _day(value) if isinstance(field, models.DateField) else str(value)


def _day(value: Any) -> str:
    if isinstance(value, str) and len(value) == 10:  # an ISO day
        try:
            return f"{date.fromisoformat(value):%d/%m/%Y}"
        except ValueError:
            return value
    return str(value)
