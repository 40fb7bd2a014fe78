"""Unit names in a list matched to the unit tree as of the list's day, with suggestions."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date

from django.db.models import Q

from dondoc.apps.orgs.models import OrgUnit
from dondoc.core.text import fold

SUGGESTIONS = 3


@dataclass(frozen=True)
class UnitMatch:
    org_unit: OrgUnit | None
    suggestions: list[str]


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


def _key(name: str) -> str:
    return " ".join(fold(name).replace("ubnd", "uy ban nhan dan").split())


def split_units(text: str) -> list[str]:
    """ "Sở Tài chính; Sở Xây dựng" or one per line; commas only where no semicolon is used."""
    separator = ";" if ";" in text else ","
    parts = [part for line in text.splitlines() for part in line.split(separator)]
    return [" ".join(part.strip(" -+.").split()) for part in parts if part.strip(" -+.")]
