"""Tokens for the persona world of the demo: a city reviewer, a reporter of the sibling district;
and the directive the write tests report on."""

import pytest
from django.contrib.auth.models import User
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from dondoc.apps.api.tokens import api_token_create
from dondoc.apps.directives.models import Directive
from dondoc.apps.orgs.models import Membership, OrgUnit, Role
from dondoc.core.timeline import FOREVER

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
def connection_kept():
    """As Django's test client does for one request, for the whole test: a handler would close
    the connection (and its transaction) at the end of each request. The client turns this off
    and on again around each request, so requests in several threads need it off throughout."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


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


def city_open_directive():
    city = OrgUnit.objects.get(admin_code="178")
    return (
        Directive.objects.filter(
            lead_unit__path__startswith=city.path,
            states__ends_on=FOREVER,
            states__done_on__isnull=True,
        )
        .order_by("pk")
        .first()
    )


def etag(client, token, directive):
    return client.get(f"/api/directives/{directive.pk}", **token)["ETag"]


def post_fact(client, token, directive, *, if_match, kind="progress", on="2026-11-20", **headers):
    body = {"kind": kind, "reported_on": on, "note": "Đang triển khai"}
    return client.post(
        f"/api/directives/{directive.pk}/facts",
        body,
        content_type="application/json",
        HTTP_IF_MATCH=if_match,
        **token,
        **headers,
    )
