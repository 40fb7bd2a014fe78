"""System checks that explain a bad configuration and how to fix it."""

from collections.abc import Sequence
from datetime import date
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register


@register()
def check_secret_key(app_configs: Sequence[Any] | None, **kwargs: Any) -> list[CheckMessage]:
    """SECRET_KEY must be set and long unless DEBUG is on."""
    if settings.DEBUG or len(settings.SECRET_KEY) >= 32:
        return []
    return [
        Error(
            "SECRET_KEY is missing or shorter than 32 characters.",
            hint="Set SECRET_KEY in the environment (`dondoc init` writes DONDOC_HOME/.env).",
            id="dondoc.E001",
        )
    ]


@register()
def check_database(app_configs: Sequence[Any] | None, **kwargs: Any) -> list[CheckMessage]:
    """SQLite is for one office; warn when it is used without DEBUG on a public host."""
    engine = settings.DATABASES["default"]["ENGINE"]
    public = [host for host in settings.ALLOWED_HOSTS if host not in ("127.0.0.1", "localhost")]
    if "sqlite" in engine and public:
        return [
            Warning(
                "SQLite serves a public host name.",
                hint="Set DATABASE_URL=postgres://… for a shared installation.",
                id="dondoc.W001",
            )
        ]
    return []


@register()
def check_party_congress_day(
    app_configs: Sequence[Any] | None, **kwargs: Any
) -> list[CheckMessage]:
    """PARTY_CONGRESS_ON must be a day: the Party number register counts its terms from it."""
    try:
        date.fromisoformat(settings.PARTY_CONGRESS_ON)
    except (TypeError, ValueError):
        return [
            Error(
                f"PARTY_CONGRESS_ON is not a day: {settings.PARTY_CONGRESS_ON!r}.",
                hint="Give the first day of a committee term as YYYY-MM-DD, e.g. 2020-10-01.",
                id="dondoc.E002",
            )
        ]
    return []
