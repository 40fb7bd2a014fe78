"""Backups of a dondoc installation: the database and the uploaded files, in one .tar.gz.

SQLite is copied with its online backup API (consistent while the server runs); PostgreSQL with
``pg_dump --format=custom``. Restoring replaces the database and the media folder.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FORMAT = 1
_DUMP = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    """The backup cannot be made or restored; the message says why."""


def backup_create(*, database: dict[str, Any], vendor: str, media: Path, output: Path) -> Path:
    """Write the database and ``media`` to ``output`` (a .tar.gz) and return its path."""
    if vendor not in _DUMP:
        raise BackupError(f"cannot back up a {vendor} database")
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / _DUMP[vendor]
        if vendor == "sqlite":
            with sqlite3.connect(database["NAME"]) as source, sqlite3.connect(dump) as target:
                source.backup(target)
        else:
            _pg("pg_dump", database, "--format=custom", f"--file={dump}")
        manifest = {"format": FORMAT, "vendor": vendor, "created_at": _now()}
        (Path(work) / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        output.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(output, "w:gz") as archive:
            archive.add(Path(work) / "manifest.json", arcname="manifest.json")
            archive.add(dump, arcname=dump.name)
            if media.is_dir():
                archive.add(media, arcname="media")
    return output


def backup_describe(archive_path: Path) -> dict[str, Any]:
    """The manifest of a backup, with the number of media files it holds."""
    with _open(archive_path) as archive:
        manifest = _manifest(archive)
        files = [m for m in archive.getmembers() if m.isfile() and m.name.startswith("media/")]
    return {**manifest, "media_files": len(files)}


def backup_restore(
    archive_path: Path, *, database: dict[str, Any], vendor: str, media: Path
) -> None:
    """Replace the database and the media folder with those of the backup."""
    with _open(archive_path) as archive, tempfile.TemporaryDirectory() as work:
        manifest = _manifest(archive)
        if manifest["vendor"] != vendor:
            raise BackupError(f"the backup is of a {manifest['vendor']} database, not {vendor}")
        archive.extractall(work, filter="data")  # no absolute paths, no links out, no devices
        dump = Path(work) / _DUMP[vendor]
        if vendor == "sqlite":
            with sqlite3.connect(dump) as source, sqlite3.connect(database["NAME"]) as target:
                source.backup(target)
        else:
            _pg("pg_restore", database, "--clean", "--if-exists", "--no-owner", str(dump))
        if media.exists():
            shutil.rmtree(media)
        if (Path(work) / "media").is_dir():
            shutil.copytree(Path(work) / "media", media)


def _open(archive_path: Path) -> tarfile.TarFile:
    try:
        return tarfile.open(archive_path, "r:gz")
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"{archive_path} is not a dondoc backup: {error}") from error


def _manifest(archive: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = archive.extractfile("manifest.json")
        manifest: dict[str, Any] = json.load(member) if member else {}
    except (KeyError, ValueError) as error:
        raise BackupError("the archive has no dondoc manifest") from error
    if manifest.get("format") != FORMAT or manifest.get("vendor") not in _DUMP:
        raise BackupError("the archive has no dondoc manifest of a known format")
    return manifest


def _pg(program: str, database: dict[str, Any], *args: str) -> None:
    """Run pg_dump or pg_restore against ``database`` (the password through the environment)."""
    if shutil.which(program) is None:
        raise BackupError(f"{program} is not installed (Debian: apt-get install postgresql-client)")
    environment = {**os.environ, "PGPASSWORD": str(database.get("PASSWORD") or "")}
    command = [
        program,
        f"--host={database.get('HOST') or 'localhost'}",
        f"--port={database.get('PORT') or 5432}",
        f"--username={database.get('USER') or 'postgres'}",
        f"--dbname={database['NAME']}",
        *args,
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{program} failed: {result.stderr.strip()[:500]}")


def _now() -> str:
    return datetime.now(tz=UTC).isoformat(timespec="seconds")
