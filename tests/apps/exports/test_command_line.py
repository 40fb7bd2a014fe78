"""``dondoc export`` and ``dondoc import`` run as an office runs them, in a fresh data folder."""

import openpyxl
import pytest

from tests.test_cli import run


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    result = run("demo", "--no-serve", home=home, DONDOC_DEMO_PASSWORD="demo-pass-123")
    assert result.returncode == 0, result.stderr
    return home


@pytest.mark.parametrize(
    "args",
    [
        ["export", "notice", "x", "--format", "pdf", "--out", "n.pdf"],
        ["export", "notice", "1", "--format", "odt", "--out", "n.odt"],
        ["export", "report", "--unit", "1", "--period", "q", "--format", "pdf"],
        ["export", "list", "figures", "--format", "csv", "--out", "f.csv"],
        ["import", "values", "f.xlsx"],
    ],
    ids=["session-not-a-number", "format", "no-out", "unknown-list", "unknown-import"],
)
def test_bad_export_arguments_give_one_line_and_exit_2(tmp_path, args):
    result = run(*args, home=tmp_path)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_an_unknown_session_or_period_is_one_line_and_exit_2(home, tmp_path):
    session = run(
        "export", "notice", "9999", "--format", "pdf", "--out", str(tmp_path / "n.pdf"), home=home
    )
    period = run(
        "export",
        "report",
        "--unit",
        "1",
        "--period",
        "sometime",
        "--format",
        "pdf",
        "--out",
        str(tmp_path / "r.pdf"),
        home=home,
    )

    assert (session.returncode, session.stderr.strip()) == (
        2,
        "dondoc: error: no working session 9999",
    )
    assert (period.returncode, period.stderr.strip()) == (
        2,
        "dondoc: error: not a period: 'sometime'",
    )


def test_the_notice_report_and_tracker_are_written_and_the_list_comes_back_in(home, tmp_path):
    notice = run(
        "export",
        "notice",
        "1",
        "--format",
        "docx",
        "--issue",
        "2017-10-25",
        "--out",
        str(tmp_path / "n.docx"),
        home=home,
    )
    report = run(
        "export",
        "report",
        "--unit",
        "1",
        "--period",
        "quý IV/2017",
        "--format",
        "xlsx",
        "--out",
        str(tmp_path / "r.xlsx"),
        home=home,
    )
    listing = run(
        "export",
        "list",
        "directives",
        "--on",
        "2018-07-01",
        "--query",
        "status=open_overdue",
        "--format",
        "xlsx",
        "--out",
        str(tmp_path / "d.xlsx"),
        home=home,
    )
    again = run(
        "import",
        "directives",
        str(tmp_path / "d.xlsx"),
        "--dry-run",
        "--on",
        "2018-07-01",
        home=home,
    )

    assert [r.returncode for r in (notice, report, listing, again)] == [0, 0, 0, 0], [
        r.stderr for r in (notice, report, listing)
    ]
    rows = list(openpyxl.load_workbook(tmp_path / "d.xlsx").active.iter_rows(values_only=True))
    assert len(rows) > 1
    assert (
        again.stdout.strip().splitlines()[-1] == f"0 nhiệm vụ sẽ được nhập, {len(rows) - 1} đã có."
    )
