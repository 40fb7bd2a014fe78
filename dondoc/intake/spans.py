"""Spans: ranges of the original text, as [start, end) character offsets."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Span:
    """A range of the original text; ``text`` is what the range holds there."""

    start: int
    end: int
    text: str

    def to_list(self) -> list[int]:
        """``[start, end]``, the form the JSON output uses."""
        return [self.start, self.end]
