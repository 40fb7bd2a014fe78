"""Benchmark of the intake: accuracy on the gold sets, speed, memory, scaling, and a peer.

Run: .venv/bin/python bench/intake.py [EVAL_DIR]   (EVAL_DIR defaults to ../shared/eval)
The peer (underthesea's named-entity recogniser, GPL-3.0) is measured only when installed:
.venv/bin/pip install -e ".[bench]". Results are written down in bench/README.md.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from dondoc.apps.demo.data import REPORT
from dondoc.intake import read
from dondoc.intake.evaluation import evaluate_folder
from dondoc.intake.scoring import Counts, key


def load(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def accuracy(folder: Path) -> None:
    for name in ("dev", "official", "long"):
        if (folder / name).is_dir():
            print(f"accuracy on {name}:", json.dumps(evaluate_folder(folder / name).summary()))


def speed(records: list[dict], repeats: int = 20) -> None:
    texts = [r["text"] for r in records]
    read(texts[0])
    start = time.perf_counter()
    for _ in range(repeats):
        for text in texts:
            read(text)
    elapsed = time.perf_counter() - start
    rate = repeats * len(texts) / elapsed
    print(f"speed: {rate:.0f} passages/s over {len(texts)} passages x {repeats} (one process)")


def scaling() -> None:
    for size in (1_000, 10_000, 100_000, 1_000_000):
        text = (REPORT * (size // len(REPORT) + 1))[:size]
        start = time.perf_counter()
        read(text)
        elapsed = time.perf_counter() - start
        print(
            f"scaling: {size:>9,} characters in {elapsed * 1000:8.1f} ms ({elapsed / size * 1e6:.2f} µs/char)"
        )


def peer(records: list[dict]) -> None:
    try:
        from underthesea import ner  # noqa: PLC0415 - optional, GPL-3.0, bench only
    except ImportError:
        print("peer: underthesea is not installed (pip install -e '.[bench]')")
        return
    ours, theirs = Counts(), Counts()
    our_time = their_time = 0.0
    for record in records:
        gold = {key(p["name"]) for p in record["gold"]["people"]}
        start = time.perf_counter()
        mine = {key(p.name) for p in read(record["text"]).people}
        our_time += time.perf_counter() - start
        start = time.perf_counter()
        found = _ner_people(ner, record["text"])
        their_time += time.perf_counter() - start
        ours.add(Counts(len(mine & gold), len(mine - gold), len(gold - mine)))
        theirs.add(Counts(len(found & gold), len(found - gold), len(gold - found)))
    for name, counts, seconds in (
        ("dondoc", ours, our_time),
        ("underthesea ner", theirs, their_time),
    ):
        print(
            f"peer: {name:<16} people P {counts.precision:.3f} R {counts.recall:.3f} F1 {counts.f1:.3f}"
            f"  {len(records) / seconds:.1f} passages/s"
        )


def _ner_people(ner, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    names: set[str] = set()
    for line in text.splitlines():
        current: list[str] = []
        for word, _pos, _chunk, tag in ner(line) if line.strip() else []:
            if tag.endswith("PER"):
                if tag.startswith("B-") and current:
                    names.add(key(" ".join(current)))
                    current = []
                current.append(word)
            elif current:
                names.add(key(" ".join(current)))
                current = []
        if current:
            names.add(key(" ".join(current)))
    return names


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval")
    dev = load(folder / "dev")
    accuracy(folder)
    speed(dev)
    scaling()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory: peak {peak:.0f} MB resident (whole process, after the runs above)")
    peer(dev)


if __name__ == "__main__":
    main()
