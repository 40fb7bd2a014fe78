"""The persona world for app tests: a fictional province, its district and commune, three officials.

Everything here is invented for the tests; no real unit or person is meant.
"""

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User

from dondoc.apps.orgs.models import OrgKind, OrgUnit, Person
from dondoc.apps.orgs.services import org_unit_create, person_create

REFORM = date(2025, 7, 1)

# Test-only settings (STYLE: they live here, not in a settings module). Set at import, before the
# test database is created, because creating it already needs a secret key.
settings.SECRET_KEY = "tests-only-secret-key-0123456789abcdefghijklmnop"
settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, as in production: an in-memory database shares one cache between connections and
    # fails at once where a file's writers wait for each other (the race tests need the latter).
    settings.DATABASES["default"]["TEST"]["NAME"] = str(
        Path(tempfile.gettempdir()) / f"dondoc-test-{os.getpid()}.sqlite3"
    )


@dataclass
class World:
    province: OrgUnit
    district: OrgUnit
    commune: OrgUnit
    new_commune: OrgUnit
    province_party: OrgUnit
    district_party: OrgUnit
    an: Person
    binh: Person
    cuong: Person
    clerk: User


@pytest.fixture
def world(db) -> World:
    province = org_unit_create(
        name="Tỉnh Sơn Hà", kind=OrgKind.PROVINCE, valid_from=date(1990, 1, 1)
    )
    district = org_unit_create(
        name="Huyện Bắc Hà",
        kind=OrgKind.DISTRICT,
        parent=province,
        valid_from=date(1990, 1, 1),
        valid_until=REFORM,
    )
    commune = org_unit_create(
        name="Xã An Phú",
        kind=OrgKind.COMMUNE,
        parent=district,
        valid_from=date(1990, 1, 1),
        valid_until=REFORM,
    )
    new_commune = org_unit_create(
        name="Xã Phú Hà", kind=OrgKind.COMMUNE, parent=province, valid_from=REFORM
    )
    province_party = org_unit_create(
        name="Tỉnh ủy Sơn Hà",
        kind=OrgKind.PARTY_COMMITTEE,
        parent=province,
        valid_from=date(1990, 1, 1),
    )
    district_party = org_unit_create(
        name="Huyện ủy Bắc Hà",
        kind=OrgKind.PARTY_COMMITTEE,
        parent=district,
        valid_from=date(1990, 1, 1),
        valid_until=REFORM,
    )
    return World(
        province=province,
        district=district,
        commune=commune,
        new_commune=new_commune,
        province_party=province_party,
        district_party=district_party,
        an=person_create(full_name="Nguyễn Văn An"),
        binh=person_create(full_name="Lê Thị Bình"),
        cuong=person_create(full_name="Trần  Văn Cường"),
        clerk=User.objects.create_user("clerk", password="clerk-password-1"),
    )


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for a module of tests and erased after it."""
    from django.core.management import call_command  # noqa: PLC0415

    from dondoc.apps.demo.services import demo_load, demo_user_ensure  # noqa: PLC0415

    with django_db_blocker.unblock():
        demo_load()
        demo_user_ensure(password="demo-password-1")
        yield
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def sibling_client(client, demo_data, db):
    """A reporter of Cao Lộc district, the city's sibling: signed in."""
    from dondoc.apps.orgs.models import Membership, OrgUnit, Role  # noqa: PLC0415

    user = User.objects.create_user("caoloc", password="caoloc-password-1")
    Membership.objects.create(
        user=user, org_unit=OrgUnit.objects.get(admin_code="183"), role=Role.REPORTER
    )
    client.login(username="caoloc", password="caoloc-password-1")
    return client


@pytest.fixture
def demo_client(client, demo_data, db):
    client.login(username="demo", password="demo-password-1")
    return client


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Counts are cached under version rows that a test's end removes (a test with
    ``transaction=True`` commits, and so keeps its counts): every test starts with an empty
    cache so none reads another's counts."""
    from django.core.cache import cache  # noqa: PLC0415

    cache.clear()
    yield
    cache.clear()
