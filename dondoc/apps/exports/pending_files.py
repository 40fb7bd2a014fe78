"""Uploaded lists kept between their dry run and the confirmation of the import (#11).

A file is kept under ``MEDIA_ROOT/imports/``, named by a random token that only the session
that uploaded it knows (the session maps its tokens to the names the files came with), so
nobody confirms another's file and no name from the browser reaches the disk. A file is removed
once imported, and any left for more than a day is removed at the next upload.
"""

from __future__ import annotations

import re
import secrets
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.core.files.uploadedfile import UploadedFile

SESSION_KEY = "dondoc_pending_imports"
KEEP_SECONDS = 24 * 3600
KEPT_PER_SESSION = 5
_TOKEN = re.compile(r"[0-9a-f]{32}")


def _folder() -> Path:
    return Path(settings.MEDIA_ROOT) / "imports"


def pending_file_save(upload: UploadedFile[Any], *, session: SessionBase) -> str:
    """Keep ``upload``; its token, which only ``session`` can open it with."""
    folder = _folder()
    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale(folder)
    token = secrets.token_hex(16)
    with (folder / f"{token}.xlsx").open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    kept = dict(session.get(SESSION_KEY, {}))
    kept[token] = (upload.name or "")[:200]
    for old in list(kept)[:-KEPT_PER_SESSION]:
        (folder / f"{old}.xlsx").unlink(missing_ok=True)
        del kept[old]
    session[SESSION_KEY] = kept
    return token


def pending_file_path(token: str, *, session: SessionBase) -> tuple[Path, str] | None:
    """The kept file of ``token`` and the name it came with, if ``session`` uploaded it and it
    is still kept."""
    if not _TOKEN.fullmatch(token) or token not in session.get(SESSION_KEY, {}):
        return None
    path = _folder() / f"{token}.xlsx"
    return (path, str(session[SESSION_KEY][token])) if path.is_file() else None


def pending_file_remove(token: str, *, session: SessionBase) -> None:
    if _TOKEN.fullmatch(token):
        (_folder() / f"{token}.xlsx").unlink(missing_ok=True)
    kept = dict(session.get(SESSION_KEY, {}))
    if kept.pop(token, None) is not None:
        session[SESSION_KEY] = kept


def _remove_stale(folder: Path) -> None:
    cutoff = time.time() - KEEP_SECONDS
    for path in folder.glob("*.xlsx"):
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
