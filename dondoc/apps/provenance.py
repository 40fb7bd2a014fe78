"""What every stored record carries: who created and changed it, when, and where it came from."""

from typing import TypeVar

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Origin(models.TextChoices):
    """Where a record came from."""

    TYPED = "typed", _("typed in")
    IMPORTED = "imported", _("imported")
    INTAKE = "intake", _("read from a text")
    DEMO = "demo", _("demo data")


class Tracked(models.Model):
    """Abstract base: audit fields and provenance for every row."""

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    origin = models.CharField(
        _("origin"), max_length=16, choices=Origin.choices, default=Origin.TYPED
    )
    origin_note = models.CharField(_("origin note"), max_length=500, blank=True)
    is_illustrative = models.BooleanField(
        _("illustrative"),
        default=False,
        help_text=_("Filled in by the demo where the source gives no detail; not the record."),
    )

    class Meta:
        abstract = True


T = TypeVar("T", bound=Tracked)


def tracked_save(record: T, *, user: AbstractBaseUser | None = None) -> T:
    """Validate a record (fields, ``clean()``, constraints), stamp who wrote it, and save it.

    Invalid data raises :class:`~django.core.exceptions.ValidationError` before anything is written.
    Callers run inside ``transaction.atomic`` so a multi-row write is all or nothing.
    """
    from dondoc.apps.audit.services import change_record, record_values  # noqa: PLC0415 - app registry

    if user is not None and user.pk is not None:
        if record._state.adding:
            record.created_by_id = user.pk
        record.updated_by_id = user.pk
    record.full_clean()
    before = None
    if not record._state.adding:
        stored = type(record)._default_manager.filter(pk=record.pk).first()
        before = record_values(stored) if stored is not None else None
    record.save()
    change_record(record, before=before, user=user)
    return record
