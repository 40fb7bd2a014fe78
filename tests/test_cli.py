"""The ``dondoc`` command, run as a person runs it: in a fresh data folder, as a separate process."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

DONDOC = [sys.executable, "-m", "dondoc.cli"]


def run(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY")}
    environment |= {"DONDOC_HOME": str(home), **env}
    return subprocess.run(
        [*DONDOC, *args], capture_output=True, text=True, env=environment, timeout=120, check=False
    )


def test_help_lists_the_commands(tmp_path):
    result = run("--help", home=tmp_path)

    assert result.returncode == 0
    assert all(command in result.stdout for command in ("init", "demo", "serve", "check"))


@pytest.mark.parametrize("command", ["init", "demo", "serve", "check", "backup", "restore"])
def test_every_command_has_help(tmp_path, command):
    assert run(command, "--help", home=tmp_path).returncode == 0


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "--port", "http"],
        ["serve", "--port", "70000"],
        ["serve", "--workers", "0"],
        ["frobnicate"],
    ],
)
def test_bad_arguments_give_a_one_line_error_and_exit_2(tmp_path, args):
    result = run(*args, home=tmp_path)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("dondoc")


def test_no_command_prints_help_and_exits_2(tmp_path):
    assert run(home=tmp_path).returncode == 2


def test_a_data_folder_that_is_a_file_is_refused_in_one_line(tmp_path):
    (tmp_path / "file").write_text("x")

    result = run("init", home=tmp_path / "file")

    assert (result.returncode, result.stderr.strip()) == (
        2,
        f"dondoc: error: DONDOC_HOME is not a folder: {tmp_path / 'file'}",
    )


def test_init_creates_the_database_and_a_private_secret_key(tmp_path):
    result = run("init", home=tmp_path)

    assert result.returncode == 0, result.stderr
    assert (tmp_path / "dondoc.sqlite3").exists()
    assert (tmp_path / ".env").stat().st_mode & 0o777 == 0o600


def test_demo_loads_once_and_a_second_run_changes_nothing(tmp_path):
    first = run("demo", "--no-serve", home=tmp_path, DONDOC_DEMO_PASSWORD="demo-pass-123")
    size = (tmp_path / "dondoc.sqlite3").read_bytes()

    second = run("demo", "--no-serve", home=tmp_path)

    assert first.returncode == 0, first.stderr
    assert "sign in as user 'demo' with password 'demo-pass-123'" in first.stdout
    assert "already" in second.stdout
    assert "nothing changed" in second.stdout
    assert (tmp_path / "dondoc.sqlite3").read_bytes() == size


def test_demo_without_a_password_generates_and_prints_one(tmp_path):
    result = run("demo", "--no-serve", home=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "with password '" in result.stdout


def test_check_reports_the_database(tmp_path):
    run("init", home=tmp_path)

    result = run("check", home=tmp_path)

    assert (result.returncode, "sqlite" in result.stdout) == (0, True)


def test_check_without_a_secret_key_explains_how_to_set_it(tmp_path):
    run("init", home=tmp_path)
    (tmp_path / ".env").write_text("")

    result = run("check", home=tmp_path)

    assert result.returncode == 1
    assert "SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


RAW_INSERT = """
import django; django.setup()
from datetime import date
from dondoc.apps.directives.models import Directive
from dondoc.apps.orgs.models import OrgUnit
unit = OrgUnit.objects.create(name="Tỉnh Thử", kind="province", valid_from=date(2000, 1, 1))
for n in range(23):
    Directive.objects.create(
        text=f"Việc {n}", assigned_on=date(2020, 1, 1), lead_unit=unit, due_on=date(2020, 2, 1)
    )
"""


@pytest.fixture(scope="module")
def initialised(tmp_path_factory):
    """A data folder after `dondoc init`, made once for the tests that copy it."""
    home = tmp_path_factory.mktemp("initialised")
    run("init", home=home)
    return home


def inserted_without_states(initialised: Path, home: Path) -> None:
    """23 directives as a bulk load leaves them: rows, no states (#7)."""
    shutil.copytree(initialised, home, dirs_exist_ok=True)
    environment = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY")}
    environment |= {"DONDOC_HOME": str(home), "DJANGO_SETTINGS_MODULE": "dondoc.config.settings"}
    subprocess.run([sys.executable, "-c", RAW_INSERT], env=environment, check=True, timeout=120)


def test_check_warns_of_directives_without_states_with_their_first_ids(initialised, tmp_path):
    inserted_without_states(initialised, tmp_path)

    result = run("check", home=tmp_path)

    assert result.returncode == 0
    assert (
        "23 directives (ids 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, "
        "18, 19, 20 and 3 more) have no states" in result.stderr
    )
    assert "dondoc check --repair" in result.stderr


def test_check_repair_writes_the_missing_states_once(initialised, tmp_path):
    inserted_without_states(initialised, tmp_path)

    repaired = run("check", "--repair", home=tmp_path)
    again = run("check", "--repair", home=tmp_path)

    assert "wrote the states of 23 directives (ids 1, 2," in repaired.stdout
    assert "no states" not in repaired.stderr + again.stderr
    assert "wrote the states of 0 directives" in again.stdout


def test_check_before_init_says_the_database_is_not_migrated(tmp_path):
    result = run("check", home=tmp_path)

    assert result.returncode == 0
    assert "migrations are not applied: run `dondoc init`" in result.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_runs_gunicorn_with_the_sign_in_page_and_static_files(tmp_path):
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DEBUG")}
    environment |= {"DONDOC_HOME": str(tmp_path), "DONDOC_WORKERS": "1"}
    server = subprocess.Popen(
        [*DONDOC, "serve", "--port", str(port)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        page = fetch_when_up(f"http://127.0.0.1:{port}/dang-nhap/", seconds=60)
        stylesheet = fetch_when_up(f"http://127.0.0.1:{port}/static/web/dondoc.css", seconds=5)
    finally:
        server.terminate()
        output = server.communicate(timeout=20)[0].decode()

    assert "Đăng nhập" in page
    assert "body" in stylesheet
    assert "gunicorn" in output.lower()
    assert (tmp_path / "static" / "web" / "dondoc.css").is_file()


def test_serve_refuses_a_bad_number_of_workers_in_the_environment(tmp_path):
    result = run("serve", home=tmp_path, DONDOC_WORKERS="many")

    assert (result.returncode, "DONDOC_WORKERS" in result.stderr) == (2, True)


def fetch_when_up(url: str, *, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - our own local server
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_intake_save_stores_a_draft_once(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(
        "Sáng 5/6/2024, Bí thư Huyện ủy Lê Văn Sơn chủ trì; 12/20 xã đạt chuẩn.", encoding="utf-8"
    )

    first = run("intake", "--save", str(report), home=tmp_path / "home")
    second = run("intake", "--save", str(report), home=tmp_path / "home")

    assert first.returncode == 0, first.stderr
    assert "saved as draft (#1)" in first.stderr
    assert "already stored, not duplicated (#1)" in second.stderr


def test_backup_and_restore_round_trip_the_demo_and_its_files(tmp_path):
    home = tmp_path / "home"
    run("demo", "--no-serve", home=home)
    (home / "media" / "evidence").mkdir(parents=True)
    (home / "media" / "evidence" / "bao-cao.pdf").write_bytes(b"%PDF-1.7 minh chung")
    backup = run("backup", "--output", str(tmp_path / "b.tar.gz"), home=home)
    shutil.rmtree(home / "media")
    (home / "dondoc.sqlite3").unlink()
    run("init", home=home)

    restored = run("restore", str(tmp_path / "b.tar.gz"), "--apply", home=home)

    assert (backup.returncode, restored.returncode) == (0, 0), backup.stderr + restored.stderr
    assert "already" in run("demo", "--no-serve", home=home).stdout
    assert (home / "media" / "evidence" / "bao-cao.pdf").read_bytes() == b"%PDF-1.7 minh chung"


def test_restore_without_apply_changes_nothing(tmp_path):
    run("init", home=tmp_path)
    run("backup", "--output", str(tmp_path / "b.tar.gz"), home=tmp_path)
    before = (tmp_path / "dondoc.sqlite3").read_bytes()

    result = run("restore", str(tmp_path / "b.tar.gz"), home=tmp_path)

    assert (result.returncode, "nothing changed" in result.stdout) == (0, True)
    assert (tmp_path / "dondoc.sqlite3").read_bytes() == before


def test_restoring_a_file_that_is_not_a_backup_is_refused_in_one_line(tmp_path):
    (tmp_path / "x.tar.gz").write_bytes(b"not a backup")

    result = run("restore", str(tmp_path / "x.tar.gz"), "--apply", home=tmp_path)

    assert result.returncode == 2
    assert result.stderr.startswith("dondoc: error:")
