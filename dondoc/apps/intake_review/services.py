import hashlib
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction

from dondoc.apps.intake_review.models import IntakeSource
from dondoc.apps.provenance import Origin, tracked_save


@transaction.atomic
def intake_source_save(
    *,
    name: str,
    text: str,
    encoding: str,
    result: dict[str, Any],
    user: AbstractBaseUser | None = None,
) -> tuple[IntakeSource, bool]:
    """Store a text and its findings as a draft; the same text again returns the stored one."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = IntakeSource.objects.filter(sha256=digest).first()
    if existing is not None:
        return existing, False
    source = IntakeSource(
        name=name[:500],
        text=text,
        encoding=encoding,
        sha256=digest,
        result=result,
        origin=Origin.INTAKE,
    )
    return tracked_save(source, user=user), True
