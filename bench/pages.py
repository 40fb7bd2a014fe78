"""Time the main pages on the demo data (median of 20 requests each, in-process, SQLite).

Run: .venv/bin/python bench/pages.py   (uses a fresh database in a temporary DONDOC_HOME)
Results are written down in bench/README.md.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="dondoc-bench-"))
    environment = {
        **os.environ,
        "DONDOC_HOME": str(home),
        "DONDOC_DEMO_PASSWORD": "bench-password-1",
    }
    environment.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "-m", "dondoc.cli", "demo", "--no-serve"],
        env=environment,
        check=True,
        capture_output=True,
    )
    os.environ.update(
        {"DONDOC_HOME": str(home), "DJANGO_SETTINGS_MODULE": "dondoc.config.settings"}
    )
    import django  # noqa: PLC0415

    django.setup()
    from django.test import Client  # noqa: PLC0415

    from dondoc.apps.directives.models import Directive  # noqa: PLC0415
    from dondoc.apps.indicators.models import Indicator  # noqa: PLC0415
    from dondoc.apps.work_sessions.models import WorkingSession  # noqa: PLC0415

    client = Client(HTTP_HOST="127.0.0.1")
    client.login(username="demo", password="bench-password-1")
    pages = {
        "dashboard": "/",
        "units (2017)": "/don-vi/?on=2017-10-20",
        "session 20/10/2017": f"/buoi-lam-viec/{WorkingSession.objects.get().pk}/",
        "directive tracker": "/chi-dao/",
        "directive": f"/chi-dao/{Directive.objects.first().pk}/",
        "indicators": "/chi-tieu/",
        "indicator": f"/chi-tieu/{Indicator.objects.first().pk}/",
        "search": "/tim-kiem/?q=lang+son",
    }
    for name, url in pages.items():
        timings = []
        for _ in range(20):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        print(
            f"{name:<22} median {statistics.median(timings):6.1f} ms   max {max(timings):6.1f} ms"
        )


if __name__ == "__main__":
    main()
