"""Tokens for the persona world of the demo: a city reviewer, a reporter of the sibling district."""

import pytest
from django.contrib.auth.models import User

from dondoc.apps.api.tokens import api_token_create
from dondoc.apps.orgs.models import Membership, OrgUnit, Role

CITY = "178"  # Thành phố Lạng Sơn (demo data)
SIBLING = "183"  # Huyện Cao Lộc, its neighbour


def member(username, *, admin_code, role):
    user = User.objects.create_user(username, password=f"{username}-password-1")
    Membership.objects.create(
        user=user, org_unit=OrgUnit.objects.get(admin_code=admin_code), role=role
    )
    return user


def bearer(user, **options):
    _token, secret = api_token_create(user=user, name="test", **options)
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


@pytest.fixture
def city_reviewer(demo_data, db):
    return member("thanhpho", admin_code=CITY, role=Role.REVIEWER)


@pytest.fixture
def city_token(city_reviewer):
    return bearer(city_reviewer)


@pytest.fixture
def sibling_token(demo_data, db):
    return bearer(member("caoloc", admin_code=SIBLING, role=Role.REPORTER))


@pytest.fixture
def read_only_token(city_reviewer):
    return bearer(city_reviewer, is_read_only=True)
