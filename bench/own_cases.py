"""Scores the intake on our own batch of texts (tests/intake/cases/fourth_batch.py) by kind.

Run: PYTHONPATH=. .venv/bin/python bench/own_cases.py [--misses]
Each kind (directives, people, documents, figures, event dates, whole documents) is scored as
`dondoc eval` scores a gold folder (the known failures with the rest).
"""

from __future__ import annotations

import json
import sys

from dondoc.intake import read
from dondoc.intake.scoring import Report, score_passage
from tests.intake.cases import fourth_batch

KINDS = ("DIRECTIVES", "NOT_DIRECTIVES", "PEOPLE", "DOCUMENTS", "FIGURES", "EVENT_DATES")


def report(cases: list) -> Report:
    passages = []
    for param in cases:
        text, gold = param.values
        predicted = read(text).to_dict()
        passages.append(score_passage(param.id, predicted, gold, text=text))
    return Report(passages)


def main() -> None:
    show_misses = "--misses" in sys.argv
    kinds = {
        name: getattr(fourth_batch, name)
        for name in (*KINDS, "WHOLE_DOCUMENTS", "SECOND_PART", "THIRD_PART")
    }
    kinds["ALL"] = fourth_batch.BATCH
    for name, cases in kinds.items():
        result = report(cases)
        wrong = [p for p in result.passages if p.misses]
        print(f"{name} ({len(cases)}; {len(cases) - len(wrong)} right):")
        print("  ", json.dumps(result.summary()))
        if show_misses and name != "ALL":
            for passage in wrong:
                print("   -", passage.id, passage.misses)


if __name__ == "__main__":
    main()
