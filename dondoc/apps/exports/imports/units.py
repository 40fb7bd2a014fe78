"""Unit names in a list matched to the unit tree as of the list's day, with suggestions."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date

from django.db.models import Q
from django.utils.translation import gettext as _

from dondoc.apps.orgs.models import OrgUnit
from dondoc.core.text import fold

SUGGESTIONS = 3


@dataclass(frozen=True)
class UnitMatch:
    org_unit: OrgUnit | None
    suggestions: list[str]
    is_named: bool = False  # a unit has the name, but did not exist on the days asked


class UnitIndex:
    """The units valid on a day, by their folded name and short name."""

    def __init__(self, on: date) -> None:
        units = OrgUnit.objects.filter(valid_from__lte=on).filter(
            Q(valid_until__isnull=True) | Q(valid_until__gt=on)
        )
        self.by_key: dict[str, OrgUnit] = {}
        for org_unit in units.order_by("path"):
            for name in (org_unit.name, org_unit.short_name):
                if name:
                    self.by_key.setdefault(_key(name), org_unit)

    def match(self, name: str) -> UnitMatch:
        key = _key(name)
        if key in self.by_key:
            return UnitMatch(self.by_key[key], [])
        close = difflib.get_close_matches(key, list(self.by_key), n=SUGGESTIONS, cutoff=0.6)
        return UnitMatch(None, list(dict.fromkeys(self.by_key[k].name for k in close)))


class UnitHistoryIndex:
    """Every unit that ever existed, by its folded name and short name: a figure's unit is the
    one of that name that existed during the figure's period (a list of 2017 names the city
    abolished in 2025)."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[OrgUnit]] = {}
        for org_unit in OrgUnit.objects.order_by("path"):
            for name in {org_unit.name, org_unit.short_name} - {""}:
                self.by_key.setdefault(_key(name), []).append(org_unit)

    def match(self, name: str, *, start_on: date, end_on: date) -> UnitMatch:
        """The unit named ``name`` that existed between the two days; when none did, the
        suggestions are the units of that name (or close to it)."""
        named = self.by_key.get(_key(name), [])
        existing = [org_unit for org_unit in named if org_unit.overlaps(start_on, end_on)]
        if existing:
            return UnitMatch(existing[0], [])
        if named:
            return UnitMatch(None, [], is_named=True)
        close = difflib.get_close_matches(_key(name), list(self.by_key), n=SUGGESTIONS, cutoff=0.6)
        return UnitMatch(None, list(dict.fromkeys(self.by_key[k][0].name for k in close)))


def unknown_unit(name: str, suggestions: list[str]) -> str:
    """The error of a unit name that matches no unit, with the close ones."""
    if suggestions:
        return _("no unit named “%(name)s”; did you mean: %(suggestions)s?") % {
            "name": name,
            "suggestions": "; ".join(suggestions),
        }
    return _("no unit named “%(name)s”") % {"name": name}


def _key(name: str) -> str:
    return " ".join(fold(name).replace("ubnd", "uy ban nhan dan").split())


def split_units(text: str) -> list[str]:
    """ "Sở Tài chính; Sở Xây dựng" or one per line; commas only where no semicolon is used."""
    separator = ";" if ";" in text else ","
    parts = [part for line in text.splitlines() for part in line.split(separator)]
    return [" ".join(part.strip(" -+.").split()) for part in parts if part.strip(" -+.")]
