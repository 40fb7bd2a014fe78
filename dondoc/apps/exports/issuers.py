"""Who issues a document for a unit, and how its heading, number and signature read.

A standing board or office of a Party committee issues as the committee ("TỈNH ỦY LẠNG SƠN"),
a people's committee as itself; the family (Party or state) decides the layout profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dondoc.apps.exports.profiles import profile_for
from dondoc.apps.exports.profiles.layout import Family, LayoutProfile
from dondoc.apps.orgs.models import OrgKind, OrgUnit

_PARTY_KINDS = {OrgKind.PARTY_COMMITTEE, OrgKind.STANDING_BOARD, OrgKind.STANDING_OFFICE}
# Issuer symbols of Party committees by the word their name starts with (GLOSSARY).
_PARTY_SYMBOLS = (("tỉnh ủy", "TU"), ("thành ủy", "ThU"), ("huyện ủy", "HU"), ("quận ủy", "QU"))
_STATE_SYMBOLS = {OrgKind.PEOPLES_COMMITTEE: "UBND", OrgKind.PEOPLES_COUNCIL: "HĐND"}


@dataclass(frozen=True)
class Issuer:
    """The body a document goes out under, and what its layout needs to know of it."""

    org_unit: OrgUnit
    profile: LayoutProfile
    symbol: str
    superior: str
    name: str
    place: str
    signs_for: str  # "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"

    def title_of(self, titles: str) -> str:
        """The signer's title in the block, from the titles they held that day."""
        folded = titles.casefold()
        if self.profile.family is Family.PARTY:
            return "PHÓ BÍ THƯ" if "phó bí thư" in folded else "BÍ THƯ"
        return "PHÓ CHỦ TỊCH" if "phó chủ tịch" in folded else "CHỦ TỊCH"

    def authority_of(self, titles: str) -> str:
        """ "TM." for the head, "KT." with the head's title for a deputy (Decree 30, Appendix I)."""
        title = self.title_of(titles)
        if self.profile.family is Family.STATE and title.startswith("PHÓ"):
            return f"KT. {title.removeprefix('PHÓ ')}"
        return self.signs_for


def issuer_for(org_unit: OrgUnit, *, on: date) -> Issuer:
    """The issuer of the documents ``org_unit`` sends out on day ``on``."""
    if org_unit.kind in _PARTY_KINDS:
        committee = _up_to(org_unit, OrgKind.PARTY_COMMITTEE) or org_unit
        return Issuer(
            committee,
            profile_for(Family.PARTY, on=on),
            _party_symbol(committee.name),
            superior="",
            name=committee.name.upper(),
            place=_place(committee),
            signs_for="T/M BAN THƯỜNG VỤ",
        )
    parent = org_unit.parent
    return Issuer(
        org_unit,
        profile_for(Family.STATE, on=on),
        _STATE_SYMBOLS.get(OrgKind(org_unit.kind), _initials(org_unit.name)),
        superior=parent.name.upper() if parent and org_unit.kind == OrgKind.DEPARTMENT else "",
        name=org_unit.name.upper().replace("UBND", "ỦY BAN NHÂN DÂN"),
        place=_place(org_unit),
        signs_for="TM. ỦY BAN NHÂN DÂN"
        if org_unit.kind == OrgKind.PEOPLES_COMMITTEE
        else f"TM. {org_unit.name.upper()}",
    )


def _up_to(org_unit: OrgUnit, kind: OrgKind) -> OrgUnit | None:
    unit: OrgUnit | None = org_unit
    while unit is not None and unit.kind != kind:
        unit = unit.parent
    return unit


def _party_symbol(name: str) -> str:
    folded = name.casefold()
    return next((symbol for word, symbol in _PARTY_SYMBOLS if folded.startswith(word)), "ĐU")


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isalpha()).upper()


def _place(org_unit: OrgUnit) -> str:
    """The province's name as a place line writes it ("Lạng Sơn")."""
    province = _up_to(org_unit, OrgKind.PROVINCE)
    if province is None:
        return ""
    return province.short_name or province.name.removeprefix("Tỉnh ").removeprefix("Thành phố ")
