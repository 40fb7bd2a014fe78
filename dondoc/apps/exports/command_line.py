"""``dondoc export`` and ``dondoc import``: the arguments (argparse only, so that building the
parser loads no Django) and the runs, which import the app once Django is set up."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

LISTS = ("directives", "key-tasks", "indicators", "figures", "reminders")
VINTAGES = ("estimate", "preliminary", "official")
Run = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A mistake in the arguments or the data they name: one line, exit status 2."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text!r}") from error


def _id(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not an id: {text!r}")
    return int(text)


def export_parsers(commands: Any, *, run_export: Run, run_import: Run) -> None:
    """Add ``export`` and ``import`` to the ``dondoc`` command's subparsers."""
    export = commands.add_parser("export", help="write a notice, a report or a list to a file")
    kinds = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    notice = kinds.add_parser("notice", help="the conclusion notice of a working session")
    notice.add_argument("session", type=_id, metavar="SESSION_ID")
    notice.add_argument("--format", choices=["docx", "pdf"], required=True)
    notice.add_argument("--issue", type=_day, metavar="DAY", help="number it, issued on DAY")
    report = kinds.add_parser("report", help="the periodic report of a unit")
    report.add_argument("--unit", type=_id, required=True, metavar="UNIT_ID")
    report.add_argument("--period", required=True, help='e.g. "quý IV/2017", "9 tháng 2017"')
    report.add_argument("--format", choices=["docx", "pdf", "xlsx"], required=True)
    listing = kinds.add_parser("list", help="a list as filtered on its page")
    listing.add_argument("list", choices=LISTS)
    listing.add_argument("--format", choices=["xlsx", "csv"], required=True)
    listing.add_argument(
        "--on", type=_day, help="as on this day (default today); figures: awaiting approval now"
    )
    listing.add_argument(
        "--query", default="", help="the tracker's filters as in its address, e.g. 'status=open'"
    )
    listing.add_argument("--year", type=int, help="key tasks of this year")
    for parser in (notice, report, listing):
        parser.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.set_defaults(run=run_export)

    bring = commands.add_parser(
        "import", help="bring in an Excel list of directives or a table of indicator values"
    )
    bring.add_argument("what", choices=["directives", "values"])
    bring.add_argument("file", type=Path, metavar="FILE")
    bring.add_argument("--dry-run", action="store_true", help="check and list, write nothing")
    bring.add_argument("--on", type=_day, help="the list's day (default today)")
    bring.add_argument(
        "--user",
        metavar="USERNAME",
        help="values: who enters them (within their units; another user approves them)",
    )
    bring.add_argument(
        "--vintage",
        choices=VINTAGES,
        default="estimate",
        help="values: the vintage of rows that do not say (default estimate)",
    )
    bring.set_defaults(run=run_import)


def export_run(args: argparse.Namespace, *, today: date) -> str:
    """Write the file asked for; what to print."""
    from dondoc.apps.exports import command_runs  # noqa: PLC0415 - needs Django set up

    return command_runs.export_run(args, today=today)


def import_run(args: argparse.Namespace, *, today: date) -> tuple[int, list[str]]:
    from dondoc.apps.exports import command_runs  # noqa: PLC0415

    return command_runs.import_run(args, today=today)
