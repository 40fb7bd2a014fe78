"""Administrative units for the demo, read from the vietnamadminunits package's data.

The package holds both the units before 1 July 2025 (63 provinces, districts, communes) and after
(34 provinces, communes), with official codes and the old-to-new conversion.
"""

from dataclasses import dataclass

from vietnamadminunits import convert_address
from vietnamadminunits.database import query


@dataclass(frozen=True)
class LegacyUnit:
    """A commune-level unit as it was before 2025, and the unit that took it over."""

    name: str
    code: str
    successor_name: str
    successor_code: str


def _legacy_rows(district_code: str, columns: str) -> list[dict[str, str]]:
    # The package's query() takes SQL text only; the code is checked to be digits before use.
    if not district_code.isdigit():
        raise ValueError(f"not a district code: {district_code!r}")
    sql = (
        f"SELECT DISTINCT {columns} FROM admin_units_legacy WHERE districtCode = '{district_code}'"  # noqa: S608
    )
    return sorted(query(sql), key=lambda row: tuple(row.values()))


def legacy_communes(district_code: str) -> list[LegacyUnit]:
    """The wards and communes of a pre-2025 district, each with its 2025 successor."""
    units = []
    for row in _legacy_rows(district_code, "wardCode, ward, district, province"):
        successor = convert_address(f"{row['ward']}, {row['district']}, {row['province']}")
        units.append(LegacyUnit(row["ward"], row["wardCode"], successor.ward, successor.ward_code))
    return units


def legacy_district(district_code: str) -> tuple[str, str]:
    """The name and province of a pre-2025 district."""
    row = _legacy_rows(district_code, "district, province")[0]
    return row["district"], row["province"]
