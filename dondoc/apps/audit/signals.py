"""What the services cannot see: many-to-many links (set by forms and services alike) and the
accounts Django writes itself (users, groups), recorded through signals (#8)."""

from typing import Any

from django.apps import apps
from django.db import models
from django.db.models.signals import m2m_changed, post_save, pre_save

from dondoc.apps.audit.services import (
    acting_user,
    change_record,
    change_record_links,
    record_values,
)

# The accounts are not ``Tracked``: their saves are recorded here, with their permissions.
ACCOUNT_MODELS = ("auth.User", "auth.Group")


def _links() -> dict[type[models.Model], tuple[type[models.Model], str]]:
    """Each audited many-to-many table (its ``through``) → (model, field name)."""
    links: dict[type[models.Model], tuple[type[models.Model], str]] = {}
    for model in apps.get_models():
        if not model.__module__.startswith("dondoc.") and model._meta.label not in ACCOUNT_MODELS:
            continue
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            if through is not None:
                links[through] = (model, field.name)
    return links


def _user_of(record: models.Model) -> Any:
    # A link written right after ``tracked_save`` was written by whoever that save stamped.
    return acting_user() or getattr(record, "updated_by", None)


def _linked_ids(record: models.Model, field: str) -> list[int]:
    return list(getattr(record, field).values_list("pk", flat=True))


def on_m2m_changed(
    sender: type[models.Model],
    instance: models.Model,
    action: str,
    reverse: bool,
    pk_set: set[int] | None,
    **kwargs: Any,
) -> None:
    link = LINKS.get(sender)
    if link is None:
        return
    model, field = link
    records = model._default_manager.filter(pk__in=pk_set or ()) if reverse else [instance]
    if action.startswith("pre_"):
        for record in records:
            before = getattr(record, "_audit_links", {})
            before[field] = _linked_ids(record, field)
            record._audit_links = before  # type: ignore[attr-defined]
        if reverse:
            instance._audit_reverse = list(records)  # type: ignore[attr-defined]
        return
    if reverse:
        records = getattr(instance, "_audit_reverse", records)
    for record in records:
        before = getattr(record, "_audit_links", {}).pop(field, None)
        if before is None:
            continue
        change_record_links(
            record,
            field=field,
            before=before,
            after=_linked_ids(record, field),
            user=_user_of(record),
        )


def on_account_pre_save(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    if kwargs.get("raw") or kwargs.get("update_fields") == frozenset({"last_login"}):
        return
    stored = sender._default_manager.filter(pk=instance.pk).first() if instance.pk else None
    instance._audit_before = record_values(stored) if stored is not None else None  # type: ignore[attr-defined]


def on_account_post_save(
    sender: type[models.Model], instance: models.Model, created: bool, **kwargs: Any
) -> None:
    if not hasattr(instance, "_audit_before"):
        return
    before = instance.__dict__.pop("_audit_before")
    change_record(instance, before=None if created else before, user=acting_user())


LINKS: dict[type[models.Model], tuple[type[models.Model], str]] = {}


def connect() -> None:
    LINKS.update(_links())
    m2m_changed.connect(on_m2m_changed, dispatch_uid="audit_m2m")
    for label in ACCOUNT_MODELS:
        model = apps.get_model(label)
        pre_save.connect(on_account_pre_save, sender=model, dispatch_uid=f"audit_pre_{label}")
        post_save.connect(on_account_post_save, sender=model, dispatch_uid=f"audit_post_{label}")
