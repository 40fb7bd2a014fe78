"""Org units over time: validity intervals, successor links and roll-up, over plain data.

Units are never deleted. A unit is valid from a day (inclusive) until a day (exclusive, or open);
when it is abolished or merged its figures pass to its successors. On 1 July 2025 the district
level was abolished and provinces merged into 34: a 2017 figure of "thành phố Lạng Sơn" rolls up
into the wards that took over its territory, each with its share.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from dondoc.core.errors import OrgHistoryError

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class UnitSpan(Generic[K]):
    """One unit's place in history: its parent and the days it was valid."""

    key: K
    parent: K | None
    valid_from: date
    valid_until: date | None = None

    def __post_init__(self) -> None:
        """Refuse a unit that ends before it starts."""
        if self.valid_until is not None and self.valid_until <= self.valid_from:
            raise OrgHistoryError(f"unit {self.key!r} ends before it starts")

    def is_valid_on(self, on: date) -> bool:
        """True when the unit existed on day ``on``."""
        return self.valid_from <= on and (self.valid_until is None or on < self.valid_until)


@dataclass(frozen=True)
class Succession(Generic[K]):
    """``successor`` took over ``share`` of ``predecessor`` (1 when it took over all of it)."""

    predecessor: K
    successor: K
    share: Decimal = Decimal(1)


def units_on(units: Iterable[UnitSpan[K]], on: date) -> list[UnitSpan[K]]:
    """The units that existed on day ``on``."""
    return [unit for unit in units if unit.is_valid_on(on)]


def children_on(units: Iterable[UnitSpan[K]], on: date) -> dict[K | None, list[K]]:
    """The tree as of day ``on``: each parent key mapped to its children (roots under None)."""
    tree: dict[K | None, list[K]] = defaultdict(list)
    for unit in units_on(units, on):
        tree[unit.parent].append(unit.key)
    return dict(tree)


def successors_on(
    key: K, units: Iterable[UnitSpan[K]], successions: Iterable[Succession[K]], on: date
) -> dict[K, Decimal]:
    """The units valid on ``on`` that carry on unit ``key``, each with the share it took over.

    Follows chains of successions (a 2017 ward merged in 2020, then again in 2025). A unit still
    valid on ``on`` is its own successor with share 1. Raises on a cycle of successions.
    """
    spans = {unit.key: unit for unit in units}
    links: dict[K, list[Succession[K]]] = defaultdict(list)
    for link in successions:
        links[link.predecessor].append(link)
    return _follow(key, share=Decimal(1), spans=spans, links=links, on=on, path=())


def _follow(
    key: K,
    *,
    share: Decimal,
    spans: Mapping[K, UnitSpan[K]],
    links: Mapping[K, list[Succession[K]]],
    on: date,
    path: tuple[K, ...],
) -> dict[K, Decimal]:
    if key in path:
        raise OrgHistoryError(f"successions form a cycle through {key!r}")
    span = spans.get(key)
    if span is not None and span.is_valid_on(on):
        return {key: share}
    result: dict[K, Decimal] = defaultdict(Decimal)
    for link in links.get(key, []):
        parts = _follow(
            link.successor,
            share=share * link.share,
            spans=spans,
            links=links,
            on=on,
            path=(*path, key),
        )
        for successor, part in parts.items():
            result[successor] += part
    return dict(result)


def roll_up(
    values: Mapping[K, Decimal],
    units: Iterable[UnitSpan[K]],
    successions: Iterable[Succession[K]],
    on: date,
) -> dict[K, Decimal]:
    """Carry additive figures of past units onto the units valid on ``on``, by successor share.

    Figures of units with no successor valid on ``on`` are dropped from the result; ratios and
    percentages are not additive and must not be rolled up this way.
    """
    unit_list, succession_list = list(units), list(successions)
    totals: dict[K, Decimal] = defaultdict(Decimal)
    for key, value in values.items():
        for successor, share in successors_on(key, unit_list, succession_list, on).items():
            totals[successor] += value * share
    return dict(totals)
