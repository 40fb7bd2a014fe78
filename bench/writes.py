"""Pages right after a write in another province (#7, decision 0015): what a fact recorded in one
province costs the pages of the others, with the data of `dondoc bench-data national`.

Run (see bench/README.md for the recorded results):

    DATABASE_URL=... DONDOC_BENCH_PASSWORD=... DONDOC_HOME=/tmp/bench \
        .venv/bin/python bench/writes.py [--port 8766] [--workers 2] [-n 10]

It starts `dondoc serve` (gunicorn, DEBUG off) as bench/scale.py does, signs in as `giamsat`
(the national supervisor, a reviewer of every unit) and as `tinh01` (the reviewer of Hà Nội),
and for each page prints the warm time (5 warm-up requests, then 30) and the time of each of
``n`` requests made right after a fact (a progress report, through `directive_report`, so the
version rows move as in production) on an open directive of another province. It writes to the
database: run it on a bench database of your own.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Iterator
from datetime import date

from scale import Session, _wait, server_start, summary, timed


def writes_in(province_code: str) -> Iterator[None]:
    """Each step records one progress fact on another open directive led in that province."""
    from dondoc.apps.directives.models import Directive, DirectiveState, UpdateKind  # noqa: PLC0415
    from dondoc.apps.directives.services import directive_report  # noqa: PLC0415
    from dondoc.apps.orgs.models import OrgUnit  # noqa: PLC0415
    from dondoc.core.timeline import FOREVER  # noqa: PLC0415

    province = OrgUnit.objects.get(admin_code=province_code, kind="province")
    open_ids = DirectiveState.objects.filter(
        ends_on=FOREVER, done_on__isnull=True, lead_unit__path__startswith=province.path
    ).values_list("directive_id", flat=True)
    today = date.today()  # noqa: DTZ011 - the server's day, as the pages use it
    for pk in open_ids.order_by("directive_id")[:1000].iterator():
        note = "Báo cáo tiến độ (thử tải: một lần ghi ở tỉnh khác)"
        directive = Directive.objects.get(pk=pk)
        directive_report(directive, kind=UpdateKind.PROGRESS, reported_on=today, note=note)
        yield


def timed_after_write(session: Session, path: str, writes: Iterator[None], n: int) -> list[float]:
    times = []
    for _ in range(n):
        next(writes)
        start = time.perf_counter()
        status, _ = session.request("GET", path)
        times.append((time.perf_counter() - start) * 1000)
        if status != 200:
            raise SystemExit(f"{path}: {status}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("-n", type=int, default=10)
    parser.add_argument("--elsewhere", default="96", help="province code of the writes")
    args = parser.parse_args()
    password = os.environ["DONDOC_BENCH_PASSWORD"]
    server = server_start(args.port, args.workers)
    try:
        _wait(args.port)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dondoc.config.settings")
        import django  # noqa: PLC0415

        django.setup()
        from dondoc.apps.orgs.models import OrgUnit  # noqa: PLC0415

        hanoi = OrgUnit.objects.get(admin_code="01", kind="province").pk
        pages = {
            "giamsat": {
                "national dashboard": "/",
                "(a) national overdue list": "/chi-dao/?status=open_overdue&order=deadline",
                "(b) Hà Nội's open list": f"/chi-dao/?unit={hanoi}&below=1&status=open",
            },
            "tinh01": {
                "Hà Nội's dashboard": "/",
                "(b) Hà Nội's open list": "/chi-dao/?status=open",
            },
        }
        writes = writes_in(args.elsewhere)
        print(f"writes in the province coded {args.elsewhere}; {args.workers} gunicorn workers")
        for username, paths in pages.items():
            session = Session(args.port)
            session.sign_in(username, password)
            for name, path in paths.items():
                warm = summary(timed(session, path))
                after = summary(timed_after_write(session, path, writes, args.n))
                print(f"{username:8} {name:28} warm {warm}")
                print(f"{'':8} {'':28} after a write elsewhere {after}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
