"""The ``dondoc`` command: init, demo, serve, check. A mistake gets one line, not a traceback."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

DEFAULT_PORT = 8000


class UsageError(Exception):
    """A mistake of the person running the command: printed as one line, exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    command: Callable[[argparse.Namespace], int] = args.run
    try:
        return command(args)
    except UsageError as error:
        print(f"dondoc: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader (head, less) went away: nothing left to say
        sys.stderr.close()
        return 0
    except Exception as error:
        if os.environ.get("DONDOC_TRACEBACK"):
            raise
        print(f"dondoc: error: {type(error).__name__}: {error}", file=sys.stderr)
        print("dondoc: set DONDOC_TRACEBACK=1 to see the full traceback", file=sys.stderr)
        return 1


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number (1-65535): {text!r}")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dondoc",
        description="Follow up government work: key tasks, indicators, sessions, directives.",
        epilog="Data lives in DONDOC_HOME (default ./var); DATABASE_URL picks PostgreSQL.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser(
        "init", help="create the data folder, a secret key and the database tables"
    )
    init.set_defaults(run=run_init)

    demo = commands.add_parser("demo", help="load the demo data, create the demo user and serve")
    demo.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help="port to serve on (default 8000)"
    )
    demo.add_argument("--no-serve", action="store_true", help="only load the data, do not serve")
    demo.add_argument(
        "--reset", action="store_true", help="erase the database and load the demo again"
    )
    demo.set_defaults(run=run_demo)

    serve = commands.add_parser("serve", help="serve the web application")
    serve.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help="port to serve on (default 8000)"
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    serve.add_argument(
        "--workers",
        type=_workers,
        default=None,
        help="gunicorn worker processes (default DONDOC_WORKERS, else 2)",
    )
    serve.add_argument(
        "--dev",
        action="store_true",
        help="Django's development server with DEBUG on (never in production)",
    )
    serve.set_defaults(run=run_serve)

    worker = commands.add_parser(
        "worker",
        help="run the notifications worker and its schedule (Celery on Redis)",
        description="Run the notifications worker and its schedule (Celery on Redis, at "
        "CELERY_BROKER_URL): collect every 15 minutes, the digest daily at DIGEST_HOUR.",
    )
    worker.add_argument("--loglevel", default="INFO", help="Celery's log level (default INFO)")
    worker.set_defaults(run=run_worker)

    check = commands.add_parser(
        "check",
        help="check the configuration and the database",
        description="Check the configuration and the database; warn of directives without "
        "states (on no board: inserted without dondoc, e.g. by a bulk load).",
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="write the states of the directives that have none, from their facts",
    )
    check.set_defaults(run=run_check)

    intake = commands.add_parser(
        "intake", help="read reports and news (text, .docx, .html; folders too; - for stdin)"
    )
    intake.add_argument("paths", nargs="+", metavar="FILE", help="files or folders to read, or -")
    intake.add_argument(
        "--json", action="store_true", help="print one JSON object per input, per line"
    )
    intake.add_argument("--jobs", type=_jobs, default=1, help="read with N processes (default 1)")
    intake.add_argument(
        "--save", action="store_true", help="store each text and its findings as a draft to review"
    )
    intake.set_defaults(run=run_intake)

    bench = commands.add_parser(
        "bench-data", help="generate benchmark data into an empty database (national scale)"
    )
    bench.add_argument("kind", choices=["national"], help="what to generate")
    bench.add_argument(
        "--directives", type=_count, default=500_000, help="how many directives (default 500000)"
    )
    bench.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    bench.set_defaults(run=run_bench_data)

    backup = commands.add_parser("backup", help="save the database and the uploaded files")
    backup.add_argument(
        "--output",
        type=Path,
        default=None,
        help="the .tar.gz to write (default in DONDOC_HOME/backups)",
    )
    backup.set_defaults(run=run_backup)

    restore = commands.add_parser(
        "restore", help="replace the database and the uploaded files with a backup's"
    )
    restore.add_argument(
        "archive", type=Path, metavar="FILE", help="a backup made by dondoc backup"
    )
    restore.add_argument(
        "--apply", action="store_true", help="really restore (without it: say what would change)"
    )
    restore.set_defaults(run=run_restore)

    evaluate = commands.add_parser("eval", help="score the intake against gold annotations")
    evaluate.add_argument("folder", metavar="GOLD_DIR", help="a folder of NNN.json gold files")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--misses", action="store_true", help="list what the intake got wrong")
    evaluate.set_defaults(run=run_eval)

    from dondoc.apps.exports.command_line import export_parsers  # noqa: PLC0415 - argparse only

    export_parsers(commands, run_export=run_export, run_import=run_import)
    return parser


def run_export(args: argparse.Namespace) -> int:
    _setup()
    _migrate()
    from django.utils import timezone  # noqa: PLC0415

    from dondoc.apps.exports.command_line import CommandError, export_run  # noqa: PLC0415

    try:
        print(export_run(args, today=timezone.localdate()))
    except CommandError as error:
        raise UsageError(str(error)) from error
    return 0


def run_import(args: argparse.Namespace) -> int:
    _setup()
    _migrate()
    from django.utils import timezone  # noqa: PLC0415

    from dondoc.apps.exports.command_line import CommandError, import_run  # noqa: PLC0415

    try:
        status, lines = import_run(args, today=timezone.localdate())
    except CommandError as error:
        raise UsageError(str(error)) from error
    print("\n".join(lines))
    return status


def _count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 10_000_000:
        raise argparse.ArgumentTypeError(f"not a count (1-10000000): {text!r}")
    return int(text)


def run_bench_data(args: argparse.Namespace) -> int:
    password = os.environ.get("DONDOC_BENCH_PASSWORD", "")
    if len(password) < 8:
        raise UsageError("set DONDOC_BENCH_PASSWORD (8 characters or more) for the bench users")
    _setup()
    _migrate()
    import time  # noqa: PLC0415

    from django.utils import timezone  # noqa: PLC0415

    from dondoc.apps.demo.national import national_load  # noqa: PLC0415

    started = time.monotonic()
    try:
        loaded = national_load(
            directives=args.directives,
            seed=args.seed,
            password=password,
            today=timezone.localdate(),
        )
    except ValueError as error:
        raise UsageError(str(error)) from error
    print(
        f"dondoc: loaded into {_database_label()} in {time.monotonic() - started:.1f} s: "
        f"{loaded.units} units, {loaded.directives} directives, {loaded.facts} facts, "
        f"{loaded.states} states; users {', '.join(loaded.users)}"
    )
    return 0


def _workers(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 64:
        raise argparse.ArgumentTypeError(f"not a number of workers (1-64): {text!r}")
    return int(text)


def _jobs(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 64:
        raise argparse.ArgumentTypeError(f"not a number of processes (1-64): {text!r}")
    return int(text)


def run_intake(args: argparse.Namespace) -> int:
    from dondoc.intake_cli import InputError  # noqa: PLC0415 - the intake needs no Django
    from dondoc.intake_cli import run_intake as intake  # noqa: PLC0415

    save = _draft_saver() if args.save else None
    try:
        return intake(
            args.paths, as_json=args.json, jobs=args.jobs, out=sys.stdout, err=sys.stderr, save=save
        )
    except InputError as error:
        raise UsageError(str(error)) from error


def _draft_saver() -> Callable[[str, str, dict[str, object]], str]:
    _setup()
    _migrate()
    from dondoc.apps.intake_review.services import intake_source_save  # noqa: PLC0415

    def save(source: str, text: str, result: dict[str, object]) -> str:
        stored, created = intake_source_save(
            name=source, text=text, encoding=str(result["encoding"]), result=result
        )
        state = "saved as draft" if created else "already stored, not duplicated"
        return f"dondoc: {source}: {state} (#{stored.pk})"

    return save


def run_eval(args: argparse.Namespace) -> int:
    from dondoc.intake_cli import InputError  # noqa: PLC0415
    from dondoc.intake_cli import run_eval as evaluate  # noqa: PLC0415

    try:
        return evaluate(args.folder, as_json=args.json, show_misses=args.misses, out=sys.stdout)
    except InputError as error:
        raise UsageError(str(error)) from error


def _home() -> Path:
    home = Path(os.environ.get("DONDOC_HOME", "var")).resolve()
    if home.exists() and not home.is_dir():
        raise UsageError(f"DONDOC_HOME is not a folder: {home}")
    home.mkdir(parents=True, exist_ok=True)
    os.environ["DONDOC_HOME"] = str(home)
    return home


def _ensure_secret_key(home: Path) -> None:
    env_file = home / ".env"
    if os.environ.get("SECRET_KEY") or env_file.exists():
        return
    descriptor = os.open(env_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(f"SECRET_KEY={secrets.token_urlsafe(48)}\n")


def _setup() -> Path:
    home = _home()
    _ensure_secret_key(home)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dondoc.config.settings")
    import django  # noqa: PLC0415 - Django loads only once the environment is ready

    django.setup()
    return home


def _migrate() -> None:
    from django.core.management import call_command  # noqa: PLC0415

    call_command("migrate", interactive=False, verbosity=0)


def run_init(args: argparse.Namespace) -> int:
    home = _setup()
    _migrate()
    _collect_static()
    print(f"dondoc: database ready ({_database_label()}); data folder {home}")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    _setup()
    _migrate()
    from dondoc.apps.demo.services import demo_is_loaded, demo_load, demo_user_ensure  # noqa: PLC0415

    if demo_is_loaded() and not args.reset:
        print(f"dondoc: the demo data is already in {_database_label()}; nothing changed.")
        print("dondoc: run `dondoc demo --reset` to erase the database and load the demo again.")
    else:
        if args.reset:
            from django.core.management import call_command  # noqa: PLC0415

            call_command("flush", interactive=False, verbosity=0)
        summary = demo_load()
        password = os.environ.get("DONDOC_DEMO_PASSWORD") or secrets.token_urlsafe(12)
        demo_user_ensure(password=password)
        print(f"dondoc: demo data loaded into {_database_label()}: {summary}")
        print(f"dondoc: sign in as user 'demo' with password '{password}'")
    if args.no_serve:
        return 0
    return run_serve(argparse.Namespace(port=args.port, host="127.0.0.1", workers=None, dev=False))


def run_worker(args: argparse.Namespace) -> int:
    """One Celery worker with the schedule embedded (beat), on ``CELERY_BROKER_URL``."""
    home = _setup()
    from dondoc.config.worker import app, schedule  # noqa: PLC0415 - after django.setup()

    app.conf.beat_schedule = schedule()
    app.worker_main(
        [
            "worker",
            "--beat",
            f"--loglevel={args.loglevel}",
            "--concurrency=1",
            f"--schedule={home / 'worker-schedule'}",
        ]
    )
    return 0


def run_serve(args: argparse.Namespace) -> int:
    """Gunicorn with whitenoise for static files; Django's development server only with --dev."""
    workers = args.workers or _workers_from_environment()
    if args.dev:
        os.environ.setdefault("DEBUG", "true")
    _setup()
    _migrate()
    _collect_static()
    address = f"{args.host}:{args.port}"
    if args.dev:
        from django.core.management import call_command  # noqa: PLC0415

        print(f"dondoc: development server on http://{address}/ (Ctrl+C to stop)", flush=True)
        call_command("runserver", address, use_reloader=False)
        return 0
    print(f"dondoc: serving http://{address}/ with {workers} workers (Ctrl+C to stop)", flush=True)
    gunicorn = [sys.executable, "-m", "gunicorn", "dondoc.config.wsgi:application"]
    options = ["--bind", address, "--workers", str(workers), "--access-logfile", "-"]
    os.execv(sys.executable, [*gunicorn, *options])  # noqa: S606 - our own server, fixed arguments
    return 0  # pragma: no cover - execv does not return


def _workers_from_environment() -> int:
    text = os.environ.get("DONDOC_WORKERS", "2")
    try:
        return _workers(text)
    except argparse.ArgumentTypeError as error:
        raise UsageError(f"DONDOC_WORKERS: {error}") from error


def _collect_static() -> None:
    from django.core.management import call_command  # noqa: PLC0415

    call_command("collectstatic", interactive=False, verbosity=0)


def run_backup(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime  # noqa: PLC0415

    from dondoc.backup import BackupError, backup_create  # noqa: PLC0415

    home = _setup()
    from django.conf import settings  # noqa: PLC0415
    from django.db import connection  # noqa: PLC0415

    stamp = datetime.now(tz=UTC).strftime("%Y%m%d-%H%M%S")
    output = args.output or home / "backups" / f"dondoc-{stamp}.tar.gz"
    try:
        written = backup_create(
            database=connection.settings_dict,
            vendor=connection.vendor,
            media=Path(settings.MEDIA_ROOT),
            output=output.resolve(),
        )
    except BackupError as error:
        raise UsageError(str(error)) from error
    print(f"dondoc: backup of {_database_label()} and the uploaded files written to {written}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from dondoc.backup import BackupError, backup_describe, backup_restore  # noqa: PLC0415

    _setup()
    from django.conf import settings  # noqa: PLC0415
    from django.db import connection  # noqa: PLC0415

    try:
        found = backup_describe(args.archive)
        if not args.apply:
            print(
                f"dondoc: {args.archive} ({found['vendor']}, {found['created_at']}, "
                f"{found['media_files']} uploaded files) would replace {_database_label()} and "
                f"{settings.MEDIA_ROOT}; nothing changed. Run again with --apply to restore."
            )
            return 0
        settings_dict, vendor = connection.settings_dict, connection.vendor
        connection.close()
        backup_restore(
            args.archive, database=settings_dict, vendor=vendor, media=Path(settings.MEDIA_ROOT)
        )
    except BackupError as error:
        raise UsageError(str(error)) from error
    print(f"dondoc: {_database_label()} and the uploaded files restored from {args.archive}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    _setup()
    from django.core.management import call_command  # noqa: PLC0415
    from django.db import connection  # noqa: PLC0415

    call_command("check")
    connection.ensure_connection()
    print(f"dondoc: configuration and database OK ({_database_label()})")
    pending = _pending_migrations()
    if pending:
        print(
            f"dondoc: warning: {pending} database migrations are not applied: run `dondoc init`",
            file=sys.stderr,
        )
        return 0
    _check_states(repair=args.repair)
    return 0


SHOWN_IDS = 20


def _check_states(*, repair: bool) -> None:
    """Directives without states are on no board (#7): say which, or write their states."""
    from dondoc.apps.directives.selectors import directive_list_without_states  # noqa: PLC0415
    from dondoc.apps.directives.services import directive_states_repair  # noqa: PLC0415

    if repair:
        repaired = directive_states_repair()
        shown = _directives(repaired[:SHOWN_IDS], len(repaired))
        print(f"dondoc: wrote the states of {shown} from their facts")
    missing = directive_list_without_states().values_list("pk", flat=True)
    count = missing.count()
    if count:
        print(
            f"dondoc: warning: {_directives(list(missing[:SHOWN_IDS]), count)} "
            f"{'has' if count == 1 else 'have'} no states, so no board, count or reminder "
            "shows them (inserted without dondoc's services, e.g. by a bulk load); run "
            "`dondoc check --repair` to write their states from their facts.",
            file=sys.stderr,
        )


def _directives(ids: list[int], count: int) -> str:
    """Say "3 directives (ids 4, 9, 12)": the count, then the first ids and how many more."""
    if not count:
        return "0 directives"
    noun, label = ("directive", "id") if count == 1 else ("directives", "ids")
    more = f" and {count - len(ids)} more" if count > len(ids) else ""
    return f"{count} {noun} ({label} {', '.join(map(str, ids))}{more})"


def _pending_migrations() -> int:
    from django.db import connection  # noqa: PLC0415
    from django.db.migrations.executor import MigrationExecutor  # noqa: PLC0415

    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def _database_label() -> str:
    from django.db import connection  # noqa: PLC0415

    name = connection.settings_dict["NAME"]
    return f"{connection.vendor} {name}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
