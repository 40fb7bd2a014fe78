"""National scale (#7): the tracker, the dashboards and one directive behind the production
server, on PostgreSQL with the data of `dondoc bench-data national`.

Run (see bench/README.md for the recorded results):

    createdb -h 127.0.0.1 -U postgres dondoc_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dondoc_bench DONDOC_BENCH_PASSWORD=... \
        DONDOC_HOME=/tmp/bench .venv/bin/dondoc bench-data national --directives 500000
    DATABASE_URL=... DONDOC_BENCH_PASSWORD=... DONDOC_HOME=/tmp/bench \
        .venv/bin/python bench/scale.py [--port 8765] [--workers 2] [--seconds 30]

It starts `dondoc serve` (gunicorn, DEBUG off) with the given workers, signs in as `giamsat`
(who sees every unit), then for each page: 5 warm-up requests, 30 timed ones on one keep-alive
connection (p50 / p95 / max), and for the national overdue list 8 concurrent connections for
`--seconds` (wrk when installed, else a bounded Python client). It prints the server's RSS (all
gunicorn processes) and the plain SQL floor: the list's own query run alone in psql.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from datetime import date
from pathlib import Path

REDMINE = {  # the same records and machine, measured for the issue (p50 / p95 ms, req/s)
    "national overdue list (HTML)": (435, 534),
    "national overdue list (JSON)": (308, 319),
    "one province's open list": (238, 332),
    "overdue count (JSON)": (157, 177),
    "one directive (JSON)": (28, 32),
    "8 connections": 3.13,
}


class Session:
    """One keep-alive connection with the signed-in cookies."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: str | None = None) -> tuple[int, bytes]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}/dang-nhap/"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        content = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        return response.status, content

    def sign_in(self, username: str, password: str) -> None:
        _, page = self.request("GET", "/dang-nhap/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if token is None:
            raise SystemExit("no sign-in form")
        form = urllib.parse.urlencode(
            {"username": username, "password": password, "csrfmiddlewaretoken": token.group(1)}
        )
        status, _ = self.request("POST", "/dang-nhap/", form)
        if status != 302:
            raise SystemExit(f"sign-in refused ({status})")


def timed(session: Session, path: str, n: int = 30) -> list[float]:
    for _ in range(5):
        session.request("GET", path)
    times = []
    for _ in range(n):
        start = time.perf_counter()
        status, _ = session.request("GET", path)
        times.append((time.perf_counter() - start) * 1000)
        if status != 200:
            raise SystemExit(f"{path}: {status}")
    return times


def timed_cold(session: Session, path: str, n: int = 10) -> list[float]:
    """Each request right after a fact recorded in another province (bench/writes.py): the
    national pages' counts are made again, a province's are not (decision 0015)."""
    from writes import timed_after_write, writes_in  # noqa: PLC0415 - it imports this module

    return timed_after_write(session, path, writes_in("96"), n)


def summary(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[max(0, round(len(times) * 0.95) - 1)]
    return f"p50 {statistics.median(times):7.1f}  p95 {p95:7.1f}  max {times[-1]:7.1f} ms"


def throughput(port: int, path: str, cookies: dict[str, str], seconds: int) -> str:
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if shutil.which("wrk"):
        out = subprocess.run(
            ["wrk", "-t2", "-c8", f"-d{seconds}s", "-H", f"Cookie: {cookie}",
             f"http://127.0.0.1:{port}{path}"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
        latency = re.search(r"Latency\s+(\S+)", out)
        return f"{rate.group(1) if rate else '?'} req/s (wrk, mean latency {latency.group(1) if latency else '?'})"
    done = [0]
    stop = time.monotonic() + seconds

    def client() -> None:
        session = Session(port)
        session.cookies = dict(cookies)
        while time.monotonic() < stop:
            session.request("GET", path)
            done[0] += 1

    threads = [threading.Thread(target=client) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return f"{done[0] / seconds:.1f} req/s (Python client, 8 threads)"


def rss_mib(pid: int) -> float:
    """Resident memory of the server and its children, MiB."""
    pids = [pid, *_children(pid)]
    total = 0
    for each in pids:
        status = Path(f"/proc/{each}/status")
        if status.exists():
            match = re.search(r"VmRSS:\s+(\d+) kB", status.read_text())
            total += int(match.group(1)) if match else 0
    return total / 1024


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                found += [int(entry.name), *_children(int(entry.name))]
    return found


def sql_floor(today: date) -> str:
    """The national overdue list's first page, the query alone, in psql (median of 30)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dondoc.config.settings")
    import django  # noqa: PLC0415

    django.setup()
    from django.db import connection  # noqa: PLC0415

    from dondoc.apps.directives.selectors import states_on, status_q  # noqa: PLC0415
    from dondoc.core.progress import DirectiveStatus  # noqa: PLC0415

    rows = (
        states_on(today)
        .filter(status_q(DirectiveStatus.OPEN_OVERDUE, today))
        .select_related("directive", "directive__lead_unit")
        .order_by("due_on", "directive_id")[:25]
    )
    sql, params = rows.query.sql_with_params()
    with connection.cursor() as cursor:
        statement = cursor.mogrify(sql, params)
    url = os.environ["DATABASE_URL"]
    script = "\\timing on\n" + f"{statement};\n" * 31
    out = subprocess.run(
        ["psql", url, "-q", "-o", "/dev/null"], input=script, capture_output=True, text=True,
        check=True,
    ).stdout  # fmt: skip
    times = [float(t) for t in re.findall(r"Time: ([\d.]+) ms", out)][1:]
    return f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (n={len(times)})"


def _count_times(today: date) -> list[float]:
    """The national overdue count (the aggregate alone, uncached), until the API serves it."""
    from dondoc.apps.directives.selectors import states_on, status_q  # noqa: PLC0415
    from dondoc.core.progress import DirectiveStatus  # noqa: PLC0415

    times = []
    for _ in range(30):
        start = time.perf_counter()
        states_on(today).filter(status_q(DirectiveStatus.OPEN_OVERDUE, today)).count()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=30)
    args = parser.parse_args()
    password = os.environ["DONDOC_BENCH_PASSWORD"]
    server = server_start(args.port, args.workers)
    try:
        _wait(args.port)
        session = Session(args.port)
        session.sign_in("giamsat", password)
        pages = _pages(session)
        today = date.today()  # noqa: DTZ011 - the server's day, as the pages use it
        print(f"dondoc at national scale, {args.workers} gunicorn workers, PostgreSQL")
        for name, path in pages.items():
            print(f"{name:34} {summary(timed(session, path))}   {path}")
        for name in ("(a) national overdue list", "national dashboard"):
            cold = summary(timed_cold(session, pages[name]))
            print(f"{name + ', after a write elsewhere':34} {cold}")
        print(f"{'(c) overdue count, in process':34} {summary(_count_times(today))}")
        for name in ("(a) national overdue list", "(a) JSON"):
            rate = throughput(args.port, pages[name], session.cookies, args.seconds)
            print(f"{'8 connections, ' + name:34} {rate}")
        print(f"{'server RSS (all processes)':34} {rss_mib(server.pid):.0f} MiB")
        print(f"{'SQL floor of (a), psql':34} {sql_floor(today)}")
        print("Redmine 5.0.4, same records and machine:", REDMINE)
    finally:
        server.terminate()
        server.wait(timeout=30)


def server_start(port: int, workers: int) -> subprocess.Popen[bytes]:
    """`dondoc serve` (gunicorn, DEBUG off) in the background; ``_wait`` for it to answer."""
    return subprocess.Popen(
        [sys.executable, "-m", "dondoc.cli", "serve", "--port", str(port),
         "--workers", str(workers)],
        env={**os.environ, "DEBUG": "false", "API_RATE_LIMIT": "100000000"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _pages(session: Session) -> dict[str, str]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dondoc.config.settings")
    import django  # noqa: PLC0415

    django.setup()
    from dondoc.apps.directives.models import DirectiveState  # noqa: PLC0415
    from dondoc.apps.orgs.models import OrgUnit  # noqa: PLC0415
    from dondoc.core.timeline import FOREVER  # noqa: PLC0415

    province = OrgUnit.objects.get(admin_code="01", kind="province")
    directive = DirectiveState.objects.filter(ends_on=FOREVER, done_on__isnull=True).first()
    assert directive is not None
    return {
        "(a) national overdue list": "/chi-dao/?status=open_overdue&order=deadline",
        "(b) one province's open list": f"/chi-dao/?unit={province.pk}&below=1&status=open",
        "(d) one directive": f"/chi-dao/{directive.directive_id}/",
        "national dashboard": "/",
        "one province's dashboard": f"/?unit={province.pk}",
        "(a) JSON": "/api/directives?status=open_overdue&order=deadline",
        "(b) JSON": f"/api/directives?unit={province.pk}&below=true&status=open",
        "(c) JSON overdue count": "/api/directives/counts?status=open_overdue",
        "(d) JSON": f"/api/directives/{directive.directive_id}",
    }


def _wait(port: int) -> None:
    for _ in range(120):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/dang-nhap/")
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("the server did not start")


if __name__ == "__main__":
    main()
