"""Indicator names in a table of figures matched to the stored indicators, with suggestions."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext as _

from dondoc.apps.indicators.models import Indicator
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.period_labels import period_label
from dondoc.core.periods import Period
from dondoc.core.text import fold

SUGGESTIONS = 3
CHUNK = 2000


@dataclass(frozen=True)
class IndicatorMatch:
    indicator: Indicator | None
    message: str = ""  # why none was found
    is_about_period: bool = False  # the indicator is known, the period lies outside its span


class IndicatorIndex:
    """The indicators a list names, found in one pass over the names of those the importer may
    report on: of their units, or of a unit above them (a province's plan that a district
    reports against) — never another area's, not even in a suggestion."""

    def __init__(self, names: Iterable[str], *, scope: UnitScope) -> None:
        wanted = {_key(name) for name in names if name}
        self.names: dict[str, str] = {}  # every folded name, as written (for suggestions)
        found: list[int] = []
        reachable = Indicator.objects.filter(_reachable(scope))
        for pk, name in reachable.values_list("pk", "name").iterator(chunk_size=CHUNK):
            self.names.setdefault(_key(name), name)
            if _key(name) in wanted:
                found.append(pk)
        self.by_key: dict[str, list[Indicator]] = {}
        indicators = Indicator.objects.filter(pk__in=found).select_related("org_unit")
        for indicator in indicators.order_by("pk"):
            self.by_key.setdefault(_key(indicator.name), []).append(indicator)

    def match(
        self, name: str, *, code: str, org_unit: OrgUnit | None, period: Period | None
    ) -> IndicatorMatch:
        """The indicator named ``name`` (and coded ``code`` when given) whose span holds
        ``period``: the one of the row's unit or of the nearest unit above it, else the only
        one of that name."""
        named = self.by_key.get(_key(name), [])
        if not named:
            return IndicatorMatch(None, self._unknown(name))
        if code:
            named = [i for i in named if fold(i.code) == fold(code)]
            if not named:
                message = _("no indicator “%(name)s” has the code “%(code)s”")
                return IndicatorMatch(None, message % {"name": name, "code": code})
        if period is not None:
            spans = {period_label(i.span) for i in named}
            named = [i for i in named if i.span.contains(period)]
            if not named:
                message = _("the indicator is for %(spans)s: %(period)s lies outside it")
                return IndicatorMatch(
                    None,
                    message % {"spans": "; ".join(sorted(spans)), "period": period_label(period)},
                    is_about_period=True,
                )
        chosen = _nearest_above(named, org_unit) or named
        if len(chosen) > 1:
            message = _(
                "several indicators are named “%(name)s” (%(units)s): add a column “Mã chỉ tiêu”"
                " with their codes"
            )
            units = "; ".join(dict.fromkeys(i.org_unit.name for i in chosen))
            return IndicatorMatch(None, message % {"name": name, "units": units})
        return IndicatorMatch(chosen[0])

    def _unknown(self, name: str) -> str:
        close = difflib.get_close_matches(_key(name), list(self.names), n=SUGGESTIONS, cutoff=0.6)
        if close:
            return _("no indicator named “%(name)s”; did you mean: %(suggestions)s?") % {
                "name": name,
                "suggestions": "; ".join(self.names[key] for key in close),
            }
        return _("no indicator named “%(name)s”") % {"name": name}


def _nearest_above(indicators: list[Indicator], org_unit: OrgUnit | None) -> list[Indicator]:
    """The indicators of ``org_unit`` or, when it has none, of the nearest unit above it."""
    if org_unit is None:
        return []
    above = [i for i in indicators if org_unit.is_below_or_is(i.org_unit.path)]
    if not above:
        return []
    nearest = max(len(i.org_unit.path) for i in above)
    return [i for i in above if len(i.org_unit.path) == nearest]


def _reachable(scope: UnitScope) -> Q:
    """The indicators of a unit in ``scope`` or above one of its units."""
    if scope.paths is None:
        return Q()
    above = {
        path[: end + 1]
        for path in scope.paths
        for end in range(1, len(path) - 1)
        if path[end] == "/"
    }
    return scope.q("org_unit") | Q(org_unit__path__in=above)


def _key(name: str) -> str:
    return " ".join(fold(name).split())
