"""Idempotency-Key on POST: the same key again replays the first response, writing nothing (#12).

The key is claimed (a row, unique per user and key) in the request's transaction before the
write. A request with the same key at the same time waits on that row (the unique index holds
its insert until the first request's transaction ends) and then replays the first response; if
the first one failed, its claim is gone and the second one goes ahead. A failed request leaves
no claim, so it may be retried with the same key.
"""

import hashlib
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja.params.functions import Header

from dondoc.apps.api.errors import ApiError
from dondoc.apps.api.models import IdempotentRequest
from dondoc.apps.api.paging import NO_NUL

CLAIM = "_dondoc_idempotent_request"


def idempotency_key_header() -> Any:
    """The ``Idempotency-Key`` header parameter of a POST that may be retried."""
    return Header(
        None,
        alias="Idempotency-Key",
        max_length=255,
        pattern=NO_NUL,
        description="A key of yours: the same key again replays the first answer.",
    )


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
        except IntegrityError:
            # Another request claimed it after our read and has ended since (the insert waited
            # for it): what it stored is committed now.
            stored = IdempotentRequest.objects.filter(user=user, key=key).first()
        else:
            setattr(request, CLAIM, claim)
            return None
    return _replay(stored, fingerprint=fingerprint)


def _replay(stored: IdempotentRequest | None, *, fingerprint: str) -> HttpResponse:
    if stored is not None and stored.fingerprint != fingerprint:
        raise ApiError(
            422,
            "idempotency_key_reused",
            _("This Idempotency-Key was used for another request."),
        )
    if stored is None or not stored.status:  # claimed, not yet answered (or dropped meanwhile)
        raise ApiError(
            409,
            "idempotency_in_progress",
            _("A request with this Idempotency-Key is in progress."),
        )
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
