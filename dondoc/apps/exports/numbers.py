"""The number register: the next outgoing number of an issuer, kind and series (#11).

Two documents issued at once never share a number: the issuer's row is locked for the
transaction (PostgreSQL), and the unique constraint refuses a duplicate where no row lock
exists (SQLite serialises writers); a refused insert, or a write that finds the SQLite
database locked by another writer, is retried with the next number.
"""

from __future__ import annotations

import time
from datetime import date

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, OperationalError, transaction
from django.db.models import Max

from dondoc.apps.exports.issuers import Issuer
from dondoc.apps.exports.models import IssuedNumber
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.core.document_numbers import DocumentNumber

ATTEMPTS = 50


def party_congress_on() -> date:
    """The congress day the committee terms are counted from (``PARTY_CONGRESS_ON``)."""
    try:
        return date.fromisoformat(settings.PARTY_CONGRESS_ON)
    except (TypeError, ValueError) as error:
        raise ImproperlyConfigured(
            f"PARTY_CONGRESS_ON is not a day (YYYY-MM-DD): {settings.PARTY_CONGRESS_ON!r}"
        ) from error


def number_text(issuer: Issuer, *, number: int, kind_symbol: str) -> str:
    """The canonical number and symbol ("12-TB/TU", "12/TB-UBND"), as the core parser reads it."""
    full = issuer.profile.number_text(
        number=number, kind_symbol=kind_symbol, issuer_symbol=issuer.symbol
    )
    return str(DocumentNumber.parse(full.removeprefix("Số").lstrip(": ")))


def issued_number_take(
    issuer: Issuer,
    *,
    kind_symbol: str,
    issued_on: date,
    work_session: WorkingSession | None = None,
    is_reserved: bool = False,
) -> IssuedNumber:
    """The next number of the series, or the one ``work_session`` already has for this kind."""
    if work_session is not None:
        found = IssuedNumber.objects.filter(work_session=work_session, kind_symbol=kind_symbol)
        if (existing := found.first()) is not None:
            return existing
    series = issuer.profile.series_of(issued_on, congress_on=party_congress_on())
    for attempt in range(ATTEMPTS):
        try:
            return _insert_next(
                issuer,
                kind_symbol=kind_symbol,
                series=series,
                issued_on=issued_on,
                work_session=work_session,
                is_reserved=is_reserved,
            )
        except IntegrityError:
            continue
        except OperationalError as error:  # SQLite: another writer holds the database
            if "locked" not in str(error):
                raise
            time.sleep(0.005 * (attempt + 1))
    raise IntegrityError("no free number after retries")  # pragma: no cover - a storm of issues


@transaction.atomic
def _insert_next(
    issuer: Issuer,
    *,
    kind_symbol: str,
    series: str,
    issued_on: date,
    work_session: WorkingSession | None,
    is_reserved: bool,
) -> IssuedNumber:
    OrgUnit.objects.select_for_update().filter(pk=issuer.org_unit.pk).first()
    taken = IssuedNumber.objects.filter(
        issuer=issuer.org_unit, kind_symbol=kind_symbol, series=series
    ).aggregate(last=Max("number"))["last"]
    number = (taken or 0) + 1
    return IssuedNumber.objects.create(
        issuer=issuer.org_unit,
        kind_symbol=kind_symbol,
        series=series,
        number=number,
        text=number_text(issuer, number=number, kind_symbol=kind_symbol),
        issued_on=issued_on,
        is_reserved=is_reserved,
        work_session=work_session,
    )


@transaction.atomic
def issued_number_use(issued_number: IssuedNumber, *, work_session: WorkingSession) -> IssuedNumber:
    """Give a reserved number to the session's document."""
    issued_number = IssuedNumber.objects.select_for_update().get(pk=issued_number.pk)
    issued_number.is_reserved = False
    issued_number.work_session = work_session
    issued_number.save(update_fields=["is_reserved", "work_session"])
    return issued_number
