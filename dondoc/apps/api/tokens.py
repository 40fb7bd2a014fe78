"""API tokens: create, revoke, find by secret, and who may manage whose (#12)."""

import hashlib
import secrets
from datetime import date

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from dondoc.apps.api.models import ApiToken
from dondoc.apps.orgs.access import membership_of, org_unit_scope_of
from dondoc.apps.orgs.models import Membership, Role

SECRET_PREFIX = "ddk_"  # noqa: S105 - a marker of our tokens, not a secret


def secret_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def api_token_create(
    *,
    user: User,
    name: str,
    is_read_only: bool = False,
    expires_on: date | None = None,
    created_by: User | None = None,
) -> tuple[ApiToken, str]:
    """A new token for ``user`` and its secret (shown once; only its digest is kept)."""
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    api_token = ApiToken.objects.create(
        user=user,
        name=name,
        prefix=secret[:10],
        digest=secret_digest(secret),
        is_read_only=is_read_only,
        expires_on=expires_on,
        created_by=created_by or user,
    )
    return api_token, secret


@transaction.atomic
def api_token_revoke(api_token: ApiToken, *, by: User) -> None:
    ApiToken.objects.filter(pk=api_token.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_by=by
    )


def api_token_find(secret: str) -> ApiToken | None:
    """The live token (not revoked, not expired) whose secret this is."""
    if not secret.startswith(SECRET_PREFIX) or len(secret) > 100:
        return None
    today = timezone.localdate()
    api_token = (
        ApiToken.objects.select_related("user")
        .filter(digest=secret_digest(secret), revoked_at__isnull=True, user__is_active=True)
        .filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))
        .first()
    )
    if api_token is not None and api_token.last_used_on != today:
        # One write a day at most, not one a request.
        ApiToken.objects.filter(pk=api_token.pk).update(last_used_on=today)
    return api_token


def user_list_managed_by(user: User) -> QuerySet[User]:
    """Whose tokens ``user`` may manage: their own; an office administrator (Membership role
    administrator) also those of the users of their unit and the units below; a superuser all."""
    if user.is_superuser:
        return User.objects.all()
    membership = membership_of(user)
    if membership is None or membership.role != Role.ADMINISTRATOR:
        return User.objects.filter(pk=user.pk)
    scope = org_unit_scope_of(user)
    memberships = Membership.objects.filter(scope.q("org_unit")).values("pk")
    return User.objects.filter(Q(pk=user.pk) | Q(membership__in=memberships))


def api_token_list_managed_by(user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user__in=user_list_managed_by(user)).select_related("user")
