"""Which intake drafts a user may list, read and confirm: those of units in their area (#8)."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from dondoc.apps.intake_review.models import IntakeSource
from dondoc.apps.orgs.access import org_unit_scope


def intake_source_visible(user: AbstractBaseUser | AnonymousUser) -> QuerySet[IntakeSource]:
    """Drafts owned by a unit in ``user``'s area; a superuser also sees the unowned ones."""
    if getattr(user, "is_superuser", False) and user.is_authenticated:
        return IntakeSource.objects.all()
    return IntakeSource.objects.filter(org_unit__in=org_unit_scope(user))
