"""``dondoc intake`` and ``dondoc eval``, run in-process on files we write."""

import io
import json

import pytest

from dondoc.apps.demo import data
from dondoc.cli import main
from dondoc.intake_cli import run_intake


@pytest.fixture
def reports(tmp_path):
    (tmp_path / "a.txt").write_text(data.REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(
        "Sáng 5/6/2024, Bí thư Huyện ủy Lê Văn Sơn chủ trì; 12/20 xã đạt.".encode("utf-16")
    )
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    return tmp_path


def test_json_lines_one_per_file_in_a_folder(reports, capsys):
    code = main(["intake", "--json", str(reports)])

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0
    assert [(r["encoding"], r["event_date"]) for r in lines] == [
        ("utf-8", "2017-10-20"),
        ("utf-16", "2024-06-05"),
    ]


def test_the_summary_names_people_documents_and_figures(reports, capsys):
    main(["intake", str(reports / "a.txt")])

    out = capsys.readouterr().out
    assert "person: Trần Sỹ Thanh — Bí thư Tỉnh ủy" in out
    assert "document: Nghị quyết 62-NQ/TU, 2013-05-29" in out
    assert "16/25 chỉ tiêu" in out


def test_several_processes_give_the_same_result(reports, capsys):
    main(["intake", "--json", str(reports)])
    one = capsys.readouterr().out
    main(["intake", "--json", "--jobs", "2", str(reports)])

    assert capsys.readouterr().out == one


def test_a_file_that_is_not_text_is_reported_and_the_others_still_read(reports, capsys):
    code = main(["intake", "--json", str(reports / "notes.bin"), str(reports / "a.txt")])

    captured = capsys.readouterr()
    assert code == 1
    assert "notes.bin: the input holds NUL bytes" in captured.err
    assert len(captured.out.splitlines()) == 2


def test_stdin_is_read_with_a_dash(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("Ngày 1/2/2020, họp.".encode())))

    main(["intake", "--json", "-"])

    assert json.loads(capsys.readouterr().out)["event_date"] == "2020-02-01"


def test_a_missing_path_is_a_one_line_usage_error(tmp_path, capsys):
    assert main(["intake", str(tmp_path / "missing.txt")]) == 2
    assert (
        capsys.readouterr().err.strip()
        == f"dondoc: error: no such file or folder: {tmp_path / 'missing.txt'}"
    )


def test_bad_jobs_are_refused(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["intake", "--jobs", "0", "x"])

    assert exit_info.value.code == 2


def test_progress_is_shown_on_a_terminal(reports):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    err = Terminal()

    run_intake([str(reports)], as_json=True, jobs=1, out=io.StringIO(), err=err)

    assert "2/2 files read" in err.getvalue()


@pytest.fixture
def gold(tmp_path):
    record = {
        "id": "t1",
        "text": data.REPORT,
        "gold": {
            "event_date": "2017-10-20",
            "documents": [
                {"kind": "Nghị quyết", "number": "62-NQ/TU", "date": "2013-05-29", "issuer": None}
            ],
            "people": [
                {"name": "Trần Sỹ Thanh", "positions": ["Bí thư Tỉnh ủy"]},
                {"name": "Người Vắng", "positions": []},
            ],
            "figures": [{"span": "16/25 chỉ tiêu", "value": 16, "total": 25, "unit": "chỉ tiêu"}],
        },
    }
    (tmp_path / "t1.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_eval_prints_scores_per_field_and_the_misses(gold, capsys):
    code = main(["eval", str(gold), "--misses"])

    out = capsys.readouterr().out
    assert code == 0
    assert "documents      1.000   1.000  1.000" in out
    assert "t1: person missed: người vắng" in out


def test_eval_json(gold, capsys):
    main(["eval", "--json", str(gold)])

    scores = json.loads(capsys.readouterr().out)
    assert scores["people"]["recall"] == 0.5
    assert scores["event_date"]["accuracy"] == 1.0


@pytest.mark.parametrize("content", [None, "not json"])
def test_eval_of_a_folder_without_gold_is_a_usage_error(tmp_path, capsys, content):
    if content:
        (tmp_path / "x.json").write_text(content)

    assert main(["eval", str(tmp_path)]) == 2
    assert "cannot score" in capsys.readouterr().err


def test_eval_of_a_file_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "x.txt").write_text("x")

    assert main(["eval", str(tmp_path / "x.txt")]) == 2


def test_issue_9_eval_scores_directives_where_the_gold_lists_them(tmp_path, capsys):
    text = "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính lập đề án trước ngày 5/6/2021."
    span = text.rstrip(".")
    record = {
        "id": "d1",
        "text": text,
        "gold": {
            "event_date": None,
            "documents": [],
            "people": [],
            "figures": [],
            "directives": [
                {
                    "span": span,
                    "lead": "Sở Y tế",
                    "cooperating": ["Sở Tài chính"],
                    "deadline": "2021-06-05",
                }
            ],
        },
    }
    (tmp_path / "d1.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")

    main(["eval", "--json", str(tmp_path)])

    scores = json.loads(capsys.readouterr().out)["directives"]
    assert (scores["f1"], scores["lead"], scores["deadline"], scores["cooperating_f1"]) == (
        1,
        1,
        1,
        1,
    )
