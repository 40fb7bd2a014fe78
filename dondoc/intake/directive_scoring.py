"""Scores predicted directives against gold ones (the Directives section of ANNOTATION.md).

A predicted directive matches a gold one when their character ranges overlap by at least half of
their union. Over matched pairs: the lead (equal after normalisation, or one a prefix or suffix of
the other covering 70% of it), the deadline (exact) and the co-operating units (F1).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dondoc.intake.normalize import match_key


@dataclass
class DirectiveScore:
    """One passage's directive counts: matches, and the fields right over matched pairs."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    lead_ok: int = 0
    deadline_ok: int = 0
    cooperating: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, fp, fn

    def add(self, other: DirectiveScore) -> None:
        """Accumulate another passage's counts."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.lead_ok += other.lead_ok
        self.deadline_ok += other.deadline_ok
        self.cooperating = [a + b for a, b in zip(self.cooperating, other.cooperating, strict=True)]


def leads_match(mine: str | None, theirs: str | None) -> bool:
    """Equal after normalisation, or one a prefix or suffix of the other covering 70% of it.

    >>> leads_match("Bộ Tài chính", "bộ  tài chính")
    True
    >>> leads_match("các sở", "các sở, ngành liên quan")
    False
    """
    if mine is None or theirs is None:
        return mine is theirs
    a, b = sorted((match_key(mine), match_key(theirs)), key=len)
    return a == b or (bool(a) and (b.startswith(a) or b.endswith(a)) and len(a) >= 0.7 * len(b))


def _range(span: Any, text: str) -> tuple[int, int] | None:
    if isinstance(span, list | tuple) and len(span) == 2:
        return int(span[0]), int(span[1])
    if isinstance(span, str) and span:
        start = text.find(span)
        return (start, start + len(span)) if start >= 0 else None
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if inter > 0 and union > 0 else 0.0


def score_directives(
    predicted: Sequence[Mapping[str, Any]],
    gold: Sequence[Mapping[str, Any]],
    text: str,
    misses: list[str],
) -> DirectiveScore:
    """Match by overlap (greedy, best first), then compare lead, deadline and co-operating units."""
    mine = [(r, d) for d in predicted if (r := _range(d.get("span"), text)) is not None]
    score = DirectiveScore()
    for want in gold:
        wanted = _range(want["span"], text)
        best = max(mine, key=lambda m: _overlap(m[0], wanted), default=None) if wanted else None
        if best is None or wanted is None or _overlap(best[0], wanted) < 0.5:
            score.fn += 1
            misses.append(f"directive missed: {want['span'][:70]}")
            continue
        mine.remove(best)
        score.tp += 1
        got = best[1]
        score.lead_ok += leads_match(got.get("lead"), want.get("lead"))
        score.deadline_ok += got.get("deadline") == want.get("deadline")
        if not leads_match(got.get("lead"), want.get("lead")):
            misses.append(f"directive lead: got {got.get('lead')} want {want.get('lead')}")
        if got.get("deadline") != want.get("deadline"):
            misses.append(
                f"directive deadline: got {got.get('deadline')} want {want.get('deadline')}"
            )
        ours = {match_key(u) for u in got.get("cooperating") or []}
        theirs = {match_key(u) for u in want.get("cooperating") or []}
        for index, count in enumerate((ours & theirs, ours - theirs, theirs - ours)):
            score.cooperating[index] += len(count)
        misses += [f"directive cooperating extra: {u}" for u in sorted(ours - theirs)]
        misses += [f"directive cooperating missed: {u}" for u in sorted(theirs - ours)]
    score.fp = len(mine)
    misses += [f"directive extra: {text[r[0] : r[1]][:70]}" for r, _ in mine]
    return score


def predicted_directives(predicted: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The top-level ``directives`` list, or else the session's."""
    if "directives" in predicted:
        return list(predicted["directives"])
    session = predicted.get("session") or {}
    return list(session.get("directives") or [])
