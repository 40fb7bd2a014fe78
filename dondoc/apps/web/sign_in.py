"""Sign-in throttling shared by every login form (the site's and the admin's) and every worker (#8).

An attempt first takes a slot: one atomic increment of the account's counter and of the client
address's counter. Only an attempt within both limits gets its password checked, so 30 parallel
tries against a limit of 5 check at most 5 passwords. A success gives the slots back.
"""

import time
import unicodedata

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.http import HttpRequest

from dondoc.apps.web.models import SignInCounter


def username_key(username: str) -> str:
    """The account a name means, as sign-in reads it: trimmed, NFKC, case-folded.

    Django strips and NFKC-normalises the name it looks up, so " demo" and "ｄｅｍｏ" sign in as
    "demo"; they must share its lock too, and so must "DEMO".
    """
    folded = unicodedata.normalize("NFKC", username).strip().casefold()
    return unicodedata.normalize("NFKC", folded)


def client_address(request: HttpRequest) -> str:
    """The client's address: from TRUSTED_PROXY_HEADER when one is set, else the socket's peer.

    The proxy's own value is the last one in the header (a client can prepend anything).
    """
    header = settings.TRUSTED_PROXY_HEADER
    forwarded = request.META.get(header, "") if header else ""
    last = forwarded.split(",")[-1].strip()
    return last or request.META.get("REMOTE_ADDR", "")


def account_key(username: str) -> str:
    """The counter of the account ``username`` names."""
    return f"user:{username_key(username)}"[:200]


def _keys(*, username: str, address: str) -> tuple[str, str]:
    return account_key(username), f"addr:{address}"[:200]


def sign_in_attempt_admit(*, username: str, address: str) -> bool:
    """Take a slot for one attempt; False when the account or the address is locked."""
    user_key, address_key = _keys(username=username, address=address)
    try:
        with transaction.atomic():
            user_attempts = _count(user_key)
            address_attempts = _count(address_key)
    except DatabaseError:  # the counter cannot be written: refuse rather than let it through
        return False
    user_limit: int = settings.LOGIN_FAILURE_LIMIT
    address_limit: int = settings.LOGIN_ADDRESS_FAILURE_LIMIT
    return user_attempts <= user_limit and address_attempts <= address_limit


def sign_in_succeeded(*, username: str, address: str) -> None:
    """Forget the account's failures, give the address its slot back, drop expired counters."""
    user_key, address_key = _keys(username=username, address=address)
    SignInCounter.objects.filter(key=user_key).delete()
    SignInCounter.objects.filter(key=address_key, attempts__gt=0).update(attempts=F("attempts") - 1)
    SignInCounter.objects.filter(window_ends_at_unix__lt=int(time.time())).delete()


def _count(key: str) -> int:
    """Add one attempt to ``key``'s window (a new window once it has ended); return the count."""
    now = int(time.time())
    table = connection.ops.quote_name(SignInCounter._meta.db_table)
    attempts, ends = (connection.ops.quote_name(c) for c in ("attempts", "window_ends_at_unix"))
    sql = (
        f"INSERT INTO {table} ({connection.ops.quote_name('key')}, {attempts}, {ends}) "  # noqa: S608
        f"VALUES (%s, 1, %s) ON CONFLICT ({connection.ops.quote_name('key')}) DO UPDATE SET "
        f"{attempts} = CASE WHEN {table}.{ends} <= %s THEN 1 ELSE {table}.{attempts} + 1 END, "
        f"{ends} = CASE WHEN {table}.{ends} <= %s THEN excluded.{ends} ELSE {table}.{ends} END "
        f"RETURNING {attempts}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [key, now + settings.LOGIN_LOCKOUT_SECONDS, now, now])
        row = cursor.fetchone()
    return int(row[0])
