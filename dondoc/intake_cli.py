"""``dondoc intake`` and ``dondoc eval``: read files, print findings, score against gold."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from dondoc.intake import IntakeError, extract_text, read
from dondoc.intake.evaluation import evaluate_folder

READABLE = (".txt", ".text", ".html", ".htm", ".docx")


class InputError(Exception):
    """A path that cannot be read: printed as one line."""


def expand(paths: Sequence[str]) -> list[str]:
    """Files named, and the readable files inside folders named, in a stable order; "-" is stdin."""
    files: list[str] = []
    for path in paths:
        if path == "-":
            files.append(path)
            continue
        candidate = Path(path)
        if candidate.is_dir():
            files.extend(
                str(p)
                for p in sorted(candidate.rglob("*"))
                if p.is_file() and p.suffix.lower() in READABLE
            )
        elif candidate.is_file():
            files.append(path)
        else:
            raise InputError(f"no such file or folder: {path}")
    return files


def read_one(path: str, *, keep_text: bool = False) -> dict[str, Any]:
    """Read one file (or stdin) into the JSON form; an unreadable file gives an error entry.

    With ``keep_text`` the decoded text comes along under ``"_text"`` (to be stored).
    """
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        text, encoding = extract_text(data, name="" if path == "-" else path)
        result = read(text, source=path, encoding=encoding).to_dict()
        return {**result, "_text": text} if keep_text else result
    except (IntakeError, OSError) as error:
        return {
            "source": path,
            "error": str(error),
            "error_code": getattr(error, "code", "io_error"),
        }


def _results(files: list[str], jobs: int, *, keep_text: bool) -> Iterator[dict[str, Any]]:
    reader = partial(read_one, keep_text=keep_text)
    if jobs <= 1 or len(files) < 2 or "-" in files:
        yield from map(reader, files)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(reader, files, chunksize=8)


def run_intake(
    paths: Sequence[str],
    *,
    as_json: bool,
    jobs: int,
    out: TextIO,
    err: TextIO,
    save: Callable[[str, str, dict[str, Any]], str] | None = None,
) -> int:
    """Read every file; print a summary or JSON lines; exit status 1 if any file failed.

    ``save(source, text, result)`` stores a result and returns a line to print about it.
    """
    files = expand(paths)
    show_progress = err.isatty() and len(files) > 1 and as_json
    failed = 0
    for count, entry in enumerate(_results(files, jobs, keep_text=save is not None), start=1):
        text = entry.pop("_text", None)
        result = entry
        if save is not None and text is not None:
            print(save(result["source"], text, result), file=err)
        if "error" in result:
            failed += 1
            print(f"dondoc: {result['source']}: {result['error']}", file=err)
        if as_json:
            print(json.dumps(result, ensure_ascii=False), file=out)
        elif "error" not in result:
            print(summary(result), file=out)
        if show_progress:
            print(f"\r{count}/{len(files)} files read", end="", file=err, flush=True)
    if show_progress:
        print(file=err)
    return 1 if failed else 0


def summary(result: dict[str, Any]) -> str:
    """A person-readable account of one result."""
    lines = [
        f"== {result['source']} ({result['encoding']})",
        f"event date: {result['event_date'] or '—'}",
    ]
    lines += [f"warning: {w['message']}" for w in result["warnings"]]
    lines += [
        f"document: {d['kind']} {d['number'] or '(' + d['title'] + ')'}"
        + (f", {d['date']}" if d["date"] else "")
        for d in result["documents"]
    ]
    lines += [
        f"person: {p['name']}" + (f" — {', '.join(p['positions'])}" if p["positions"] else "")
        for p in result["people"]
    ]
    if result["author"]:
        lines.append(f"author: {result['author']}")
    figures = [_figure_text(f) for f in result["figures"]]
    lines.append(f"figures ({len(figures)}): " + "; ".join(figures))
    return "\n".join(lines)


def _figure_text(figure: dict[str, Any]) -> str:
    total = f"/{figure['total']}" if figure["total"] is not None else ""
    return f"{figure['value']}{total} {figure['unit'] or ''}".strip()


def run_eval(folder: str, *, as_json: bool, show_misses: bool, out: TextIO) -> int:
    """Score the intake against the gold files of a folder and print the scores."""
    path = Path(folder)
    if not path.is_dir():
        raise InputError(f"not a folder: {folder}")
    try:
        report = evaluate_folder(path)
    except (FileNotFoundError, KeyError, ValueError) as error:
        raise InputError(f"cannot score {folder}: {error}") from error
    scores = report.summary()
    if as_json:
        print(json.dumps(scores), file=out)
    else:
        print(f"{scores['passages']} passages in {folder}", file=out)
        print(f"{'field':<10} {'precision':>9} {'recall':>7} {'F1':>6}", file=out)
        for name in ("documents", "people", "positions", "figures"):
            field = scores[name]
            print(
                f"{name:<10} {field['precision']:>9.3f} {field['recall']:>7.3f}"
                f" {field['f1']:>6.3f}",
                file=out,
            )
        if "directives" in scores:
            d = scores["directives"]
            print(
                f"{'directives':<10} {d['precision']:>9.3f} {d['recall']:>7.3f} {d['f1']:>6.3f}"
                f"  (lead {d['lead']:.3f}, deadline {d['deadline']:.3f},"
                f" co-operating F1 {d['cooperating_f1']:.3f}; {d['passages']} passages)",
                file=out,
            )
        date = scores["event_date"]
        print(
            f"event date right on {date['accuracy']:.1%} of passages"
            f" ({date['stated']:.1%} of those stating one)",
            file=out,
        )
    if show_misses:
        for passage in report.passages:
            for miss in passage.misses:
                print(f"{passage.id}: {miss}", file=out)
    return 0
