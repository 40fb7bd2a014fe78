"""Two provinces below a national office, for the per-area board versions (#7): invented here,
as the persona world is, and apart from it (whose root is a province)."""

from dataclasses import dataclass
from datetime import date

import pytest

from dondoc.apps.orgs.models import OrgKind, OrgUnit
from dondoc.apps.orgs.services import org_unit_create

SINCE = date(1990, 1, 1)


@dataclass
class Country:
    national: OrgUnit
    province_a: OrgUnit
    commune_a: OrgUnit
    province_b: OrgUnit
    commune_b: OrgUnit


@pytest.fixture
def country(db) -> Country:
    national = org_unit_create(name="Văn phòng Trung ương", kind=OrgKind.CENTRAL, valid_from=SINCE)
    province_a = org_unit_create(
        name="Tỉnh Đông Sơn", kind=OrgKind.PROVINCE, parent=national, valid_from=SINCE
    )
    province_b = org_unit_create(
        name="Tỉnh Tây Hà", kind=OrgKind.PROVINCE, parent=national, valid_from=SINCE
    )
    return Country(
        national=national,
        province_a=province_a,
        commune_a=org_unit_create(
            name="Xã Đông Phú", kind=OrgKind.COMMUNE, parent=province_a, valid_from=SINCE
        ),
        province_b=province_b,
        commune_b=org_unit_create(
            name="Xã Tây Lộc", kind=OrgKind.COMMUNE, parent=province_b, valid_from=SINCE
        ),
    )
