"""National scale (#11): the whole tracker to .xlsx and CSV, timed, with the peak memory.

Reads only (run it against the database of `dondoc bench-data national`, see scale.py):

    DATABASE_URL='postgres://postgres@127.0.0.1:5432/dondoc_bench?options=-c%20default_transaction_read_only%3Don' \
        SECRET_KEY=bench .venv/bin/python bench/exports.py [--on 2026-12-01]

Each format runs in a fresh process so that each peak resident size is its own.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's dondoc, not an installed one


def export_once(file_format: str, on: date, out: Path) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dondoc.config.settings")
    import django  # noqa: PLC0415 - after the settings module is named

    django.setup()
    from dondoc.apps.directives.selectors import BoardFilters, BoardOrder  # noqa: PLC0415
    from dondoc.apps.exports.lists import tracker_table  # noqa: PLC0415
    from dondoc.apps.exports.tabular import table_csv_lines, table_xlsx  # noqa: PLC0415
    from dondoc.apps.orgs.access import UnitScope  # noqa: PLC0415

    started = time.monotonic()
    table = tracker_table(
        scope=UnitScope(None), on=on, filters=BoardFilters(), order=BoardOrder.DEADLINE
    )
    if file_format == "xlsx":
        with out.open("wb") as handle:
            table_xlsx(table, handle)
    else:
        with out.open("w", encoding="utf-8") as handle:
            handle.writelines(table_csv_lines(table))
    seconds = time.monotonic() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{file_format}: {seconds:.1f} s, peak RSS {peak_mb:.0f} MB, {out.stat().st_size / 1e6:.1f} MB file"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--on", type=date.fromisoformat, default=date(2026, 12, 1))
    parser.add_argument("--one", choices=["xlsx", "csv"])
    args = parser.parse_args()
    if args.one:
        with tempfile.TemporaryDirectory() as folder:
            export_once(args.one, args.on, Path(folder) / f"tracker.{args.one}")
        return 0
    for file_format in ("csv", "xlsx"):
        subprocess.run(
            [sys.executable, __file__, "--one", file_format, "--on", args.on.isoformat()],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
