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
        ["export", "list", "people", "--format", "csv", "--out", "f.csv"],
        ["import", "people", "f.xlsx"],
        ["import", "values", "f.xlsx", "--vintage", "guess"],
    ],
    ids=["session-not-a-number", "format", "no-out", "unknown-list", "unknown-import", "vintage"],
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


def _values_table(path):
    book = openpyxl.Workbook()
    book.active.append(["Chỉ tiêu", "Đơn vị", "Kỳ", "Giá trị"])
    book.active.append(["Tỷ lệ hộ nghèo", "Thành phố Lạng Sơn", "năm 2018", "0,6"])
    book.save(path)
    return str(path)


def test_values_are_imported_once_entered_by_the_user_named(home, tmp_path):
    table = _values_table(tmp_path / "v.xlsx")

    dry = run("import", "values", table, "--user", "demo", "--dry-run", home=home)
    first = run("import", "values", table, "--user", "demo", "--on", "2019-01-15", home=home)
    again = run("import", "values", table, "--user", "demo", home=home)

    assert [r.returncode for r in (dry, first, again)] == [0, 0, 0], first.stderr
    assert dry.stdout.strip().splitlines()[-1] == "1 số liệu sẽ được nhập, 0 đã có."
    assert "Tỷ lệ hộ nghèo — Thành phố Lạng Sơn — năm 2018 — 0,6" in first.stdout
    assert again.stdout.strip().splitlines()[-1].startswith("Đã nhập 0 số liệu, 1 đã có")


@pytest.mark.parametrize(
    ("user", "message"),
    [
        (None, "import values needs --user USERNAME: who enters them"),
        ("nobody", "no active user 'nobody'"),
    ],
    ids=["no-user", "unknown-user"],
)
def test_values_need_a_known_user_who_enters_them(home, tmp_path, user, message):
    args = ["--user", user] if user else []

    result = run("import", "values", _values_table(tmp_path / "v.xlsx"), *args, home=home)

    assert (result.returncode, result.stderr.strip()) == (2, f"dondoc: error: {message}")


def test_a_table_with_a_bad_row_names_it_and_exits_1(home, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Chỉ tiêu", "Đơn vị", "Kỳ", "Giá trị"])
    book.active.append(["Tỷ lệ hộ nghèo", "Thành phố Lạng Sơn", "quý 5/2018", "0,6"])
    book.save(tmp_path / "bad.xlsx")

    result = run("import", "values", str(tmp_path / "bad.xlsx"), "--user", "demo", home=home)

    assert result.returncode == 1
    assert result.stdout.startswith("Dòng 2, cột “Kỳ”: không phải là kỳ báo cáo")


def test_the_figures_awaiting_approval_and_the_reminders_are_written(home, tmp_path):
    figures = run(
        "export",
        "list",
        "figures",
        "--format",
        "xlsx",
        "--out",
        str(tmp_path / "f.xlsx"),
        home=home,
    )
    reminders = run(
        "export",
        "list",
        "reminders",
        "--on",
        "2018-07-01",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "r.csv"),
        home=home,
    )

    assert [figures.returncode, reminders.returncode] == [0, 0], reminders.stderr
    header = next(openpyxl.load_workbook(tmp_path / "f.xlsx").active.iter_rows(values_only=True))
    assert header[:2] == ("Chỉ tiêu", "Đơn vị tính")
    lines = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("STT,Nhắc việc,Số ngày,Nội dung nhiệm vụ")
    assert len(lines) > 1
