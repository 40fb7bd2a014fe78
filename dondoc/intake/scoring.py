"""Scores intake results against gold annotations (the format of shared/eval/ANNOTATION.md).

Matching follows the guide: documents by number (NFC, upper case, no spaces, Ð→Đ); people by
name, ignoring case, spacing and tone placement; positions per matched person after removing term
qualifiers; figures by value and total to 6 decimals with a compatible unit; the event date by
exact string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dondoc.intake.directive_scoring import DirectiveScore, predicted_directives, score_directives
from dondoc.intake.normalize import match_key, normalize

_TERM = re.compile(
    r"\s*\(?\b(?:khóa|khoá|nhiệm kỳ)\s+[\wIVXLC]+(?:\s*-\s*\d{4})?\)?", re.IGNORECASE
)


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate another passage's counts."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 1 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 1 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PassageScore:
    """One passage's counts per field, and what went wrong."""

    id: str
    fields: dict[str, Counts] = field(default_factory=dict)
    event_date_ok: bool = True
    has_gold_date: bool = False
    misses: list[str] = field(default_factory=list)
    directives: DirectiveScore | None = None  # None when the gold does not annotate directives


key = match_key  # names and positions are matched as the intake itself matches them


def number_key(text: str) -> str:
    """Matching key for document numbers."""
    return re.sub(r"\s+", "", normalize(text).text.upper().replace("Ð", "Đ"))


def position_key(text: str) -> str:
    """Matching key for positions: as :func:`key`, with term qualifiers removed."""
    return key(_TERM.sub("", text))


def score_passage(
    passage_id: str, predicted: Mapping[str, Any], gold: Mapping[str, Any], *, text: str = ""
) -> PassageScore:
    """Compare one prediction (``IntakeResult.to_dict()``) with one gold record.

    Directives are scored when the gold has a ``directives`` list; their spans are found in
    ``text``, the passage's original text.
    """
    result = PassageScore(passage_id, has_gold_date=gold.get("event_date") is not None)
    result.fields["documents"] = _documents(
        predicted["documents"], gold["documents"], result.misses
    )
    people, positions = _people(predicted["people"], gold["people"], result.misses)
    result.fields["people"], result.fields["positions"] = people, positions
    result.fields["figures"] = _figures(predicted["figures"], gold["figures"], result.misses)
    if "directives" in gold:
        result.directives = score_directives(
            predicted_directives(predicted), gold["directives"], text, result.misses
        )
    result.event_date_ok = predicted.get("event_date") == gold.get("event_date")
    if not result.event_date_ok:
        result.misses.append(
            f"event_date: got {predicted.get('event_date')} want {gold.get('event_date')}"
        )
    return result


def _documents(
    predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]], misses: list[str]
) -> Counts:
    got = {number_key(d["number"]) for d in predicted if d.get("number")}
    want = {number_key(d["number"]) for d in gold if d.get("number")}
    misses += [f"document missed: {n}" for n in sorted(want - got)]
    misses += [f"document extra: {n}" for n in sorted(got - want)]
    return Counts(len(got & want), len(got - want), len(want - got))


def _people(
    predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]], misses: list[str]
) -> tuple[Counts, Counts]:
    got = {key(p["name"]): {position_key(x) for x in p["positions"]} for p in predicted}
    want = {key(p["name"]): {position_key(x) for x in p["positions"]} for p in gold}
    people = Counts(
        len(got.keys() & want.keys()), len(got.keys() - want.keys()), len(want.keys() - got.keys())
    )
    misses += [f"person missed: {n}" for n in sorted(want.keys() - got.keys())]
    misses += [f"person extra: {n}" for n in sorted(got.keys() - want.keys())]
    positions = Counts()
    for name in got.keys() | want.keys():
        mine, theirs = got.get(name, set()), want.get(name, set())
        positions.add(Counts(len(mine & theirs), len(mine - theirs), len(theirs - mine)))
        if name in got and name in want:
            misses += [f"position missed: {name}: {x}" for x in sorted(theirs - mine)]
            misses += [f"position extra: {name}: {x}" for x in sorted(mine - theirs)]
    return people, positions


def _figure_keys(figures: Iterable[Mapping[str, Any]]) -> set[tuple[float, float | None, str]]:
    return {
        (
            round(float(f["value"]), 6),
            round(float(f["total"]), 6) if f.get("total") is not None else None,
            key(f.get("unit") or ""),
        )
        for f in figures
    }


def _units_match(mine: str, theirs: str) -> bool:
    return not theirs or mine == theirs or (bool(mine) and (mine in theirs or theirs in mine))


def _figures(
    predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]], misses: list[str]
) -> Counts:
    unmatched = sorted(_figure_keys(predicted), key=str)
    tp = 0
    for value, total, unit in sorted(_figure_keys(gold), key=str):
        found = next(
            (f for f in unmatched if f[:2] == (value, total) and _units_match(f[2], unit)), None
        )
        if found is None:
            misses.append(
                f"figure missed: {value:g}{'/' + format(total, 'g') if total else ''} {unit}"
            )
            continue
        unmatched.remove(found)
        tp += 1
    misses += [
        f"figure extra: {v:g}{'/' + format(t, 'g') if t else ''} {u}" for v, t, u in unmatched
    ]
    return Counts(tp, len(unmatched), len(_figure_keys(gold)) - tp)


@dataclass
class Report:
    """Scores over a set of passages."""

    passages: list[PassageScore]

    def total(self, name: str) -> Counts:
        """Counts of one field summed over the passages."""
        counts = Counts()
        for passage in self.passages:
            counts.add(passage.fields[name])
        return counts

    @property
    def event_date_accuracy(self) -> float:
        """Share of passages whose event date (or its absence) is right."""
        return (
            sum(p.event_date_ok for p in self.passages) / len(self.passages)
            if self.passages
            else 1.0
        )

    @property
    def stated_date_accuracy(self) -> float:
        """Share of the passages stating an event date that got it right."""
        stated = [p for p in self.passages if p.has_gold_date]
        return sum(p.event_date_ok for p in stated) / len(stated) if stated else 1.0

    def directives(self) -> dict[str, Any] | None:
        """Directive F1, lead and deadline accuracy, co-operating F1; None if none is annotated."""
        scored = [p.directives for p in self.passages if p.directives is not None]
        if not scored:
            return None
        total = DirectiveScore()
        for score in scored:
            total.add(score)
        counts = Counts(total.tp, total.fp, total.fn)
        cooperating = Counts(*total.cooperating)
        return {
            "passages": len(scored),
            "precision": round(counts.precision, 4),
            "recall": round(counts.recall, 4),
            "f1": round(counts.f1, 4),
            "lead": round(total.lead_ok / total.tp, 4) if total.tp else 0.0,
            "deadline": round(total.deadline_ok / total.tp, 4) if total.tp else 0.0,
            "cooperating_f1": round(cooperating.f1, 4),
        }

    def summary(self) -> dict[str, Any]:
        """Precision, recall and F1 per field, and the event-date accuracies."""
        fields = {
            name: {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
            }
            for name in ("documents", "people", "positions", "figures")
            for c in [self.total(name)]
        }
        return {
            "passages": len(self.passages),
            **fields,
            **({"directives": d} if (d := self.directives()) else {}),
            "event_date": {
                "accuracy": round(self.event_date_accuracy, 4),
                "stated": round(self.stated_date_accuracy, 4),
            },
        }
