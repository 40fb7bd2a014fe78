"""Runs the intake over a folder of gold files (``NNN.json``: ``text`` and ``gold``), scores it."""

from __future__ import annotations

import json
from pathlib import Path

from dondoc.intake import read
from dondoc.intake.scoring import Report, score_passage


def evaluate_folder(folder: Path) -> Report:
    """Score every ``*.json`` gold file in ``folder``."""
    files = sorted(folder.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no gold files (*.json) in {folder}")
    passages = []
    for path in files:
        record = json.loads(path.read_text(encoding="utf-8"))
        predicted = read(record["text"], source=str(path)).to_dict()
        passages.append(
            score_passage(
                record.get("id", path.stem), predicted, record["gold"], text=record["text"]
            )
        )
    return Report(passages)
