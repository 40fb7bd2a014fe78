"""Idempotency-Key on POST: the same key again replays the first response, writing nothing (#12).

The key is claimed (a row, unique per user and key) in the request's transaction before the
write; a concurrent retry waits on that row and is then told the key is taken. A failed request
leaves no claim, so it may be retried with the same key.
"""

import hashlib

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from dondoc.apps.api.errors import ApiError
from dondoc.apps.api.models import IdempotentRequest

CLAIM = "_dondoc_idempotent_request"


def idempotent_replay_or_claim(
    request: HttpRequest, *, user: User, key: str | None
) -> HttpResponse | None:
    """The stored response for ``key``, or None after claiming it for this request."""
    if not key:
        return None
    fingerprint = hashlib.sha256(
        b"\n".join([str(request.method).encode(), request.path.encode(), request.body])
    ).hexdigest()
    stored = IdempotentRequest.objects.filter(user=user, key=key).first()
    if stored is None:
        try:
            with transaction.atomic():
                claim = IdempotentRequest.objects.create(
                    user=user, key=key, fingerprint=fingerprint
                )
        except IntegrityError as error:
            raise _in_progress() from error
        setattr(request, CLAIM, claim)
        return None
    if stored.fingerprint != fingerprint:
        raise ApiError(
            422,
            "idempotency_key_reused",
            _("This Idempotency-Key was used for another request."),
        )
    if not stored.status:
        raise _in_progress()
    response = HttpResponse(stored.body, status=stored.status, content_type="application/json")
    response["Idempotent-Replayed"] = "true"
    return response


def idempotent_response_store(request: HttpRequest, response: HttpResponse) -> None:
    """Keep a success with its claim; drop the claim of a failure."""
    claim: IdempotentRequest | None = getattr(request, CLAIM, None)
    if claim is None:
        return
    delattr(request, CLAIM)
    if 200 <= response.status_code < 300:
        claim.status = response.status_code
        claim.body = response.content.decode()
        claim.save(update_fields=["status", "body"])
    else:
        claim.delete()


def _in_progress() -> ApiError:
    return ApiError(
        409, "idempotency_in_progress", _("A request with this Idempotency-Key is in progress.")
    )
