"""The layout profiles, newest last within each family, and the one an issuer's document takes."""

from __future__ import annotations

from datetime import date

from dondoc.apps.exports.profiles import hd36_vptw_2018, nd30_2020
from dondoc.apps.exports.profiles.layout import Family, LayoutProfile

PROFILES: tuple[LayoutProfile, ...] = (nd30_2020.PROFILE, hd36_vptw_2018.PROFILE)


def profile_for(family: Family, *, on: date) -> LayoutProfile:
    """The newest profile of ``family`` in force on day ``on`` (the oldest before any)."""
    of_family = sorted(
        (profile for profile in PROFILES if profile.family is family), key=lambda p: p.valid_from
    )
    in_force = [profile for profile in of_family if profile.valid_from <= on]
    return in_force[-1] if in_force else of_family[0]


def profile_by_code(code: str) -> LayoutProfile:
    return next(profile for profile in PROFILES if profile.code == code)
