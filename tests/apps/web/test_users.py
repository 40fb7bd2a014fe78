"""User management for an office's administrators (#10)."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from dondoc.apps.orgs.models import Membership, Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(client, world):
    Membership.objects.create(user=world.clerk, org_unit=world.district, role=Role.ADMINISTRATOR)
    client.login(username="clerk", password="clerk-password-1")
    client.cookies["django_language"] = "en"
    return client


def new_user(world, **changes):
    data = {
        "username": "xa-an-phu",
        "full_name": "Phạm Thị Hoa",
        "email": "hoa@example.vn",
        "org_unit": world.commune.pk,
        "role": "reporter",
        "password": "mat-khau-rat-dai-2026",
    }
    return {**data, **changes}


def test_an_administrator_creates_a_reporter_of_a_commune_who_signs_in(
    administrator, client, world
):
    administrator.post(reverse("web:users"), new_user(world))

    membership = Membership.objects.get(user__username="xa-an-phu")
    assert (membership.org_unit, membership.role) == (world.commune, "reporter")
    client.logout()
    assert client.login(username="xa-an-phu", password="mat-khau-rat-dai-2026")


def test_a_unit_outside_the_administrators_area_is_not_offered(administrator, world):
    response = administrator.post(reverse("web:users"), new_user(world, org_unit=world.province.pk))

    assert "org_unit" in response.context["form"].errors
    assert not User.objects.filter(username="xa-an-phu").exists()


def test_a_weak_password_is_refused_and_the_typing_kept(administrator, world):
    response = administrator.post(reverse("web:users"), new_user(world, password="123"))

    assert not User.objects.filter(username="xa-an-phu").exists()
    assert "Phạm Thị Hoa" in response.content.decode()


def test_an_administrator_deactivates_and_resets(administrator, client, world):
    administrator.post(reverse("web:users"), new_user(world))
    user = User.objects.get(username="xa-an-phu")

    administrator.post(
        reverse("web:user_password", args=[user.pk]), {"password": "mot-mat-khau-moi-99"}
    )
    administrator.post(reverse("web:user_deactivate", args=[user.pk]))

    user.refresh_from_db()
    assert user.check_password("mot-mat-khau-moi-99")
    assert not user.is_active


def test_a_reviewer_cannot_manage_users(client, world):
    Membership.objects.create(user=world.clerk, org_unit=world.district, role=Role.REVIEWER)
    client.login(username="clerk", password="clerk-password-1")

    assert client.get(reverse("web:users")).status_code == 403


def test_an_administrator_cannot_take_over_a_superuser_or_a_peer(administrator, world):
    boss = User.objects.create_superuser("boss", password="boss-password-1")
    Membership.objects.create(user=boss, org_unit=world.commune, role=Role.ADMINISTRATOR)
    peer = User.objects.create_user("peer", password="peer-password-1")
    Membership.objects.create(user=peer, org_unit=world.district, role=Role.ADMINISTRATOR)

    for account in (boss, peer):
        administrator.post(
            reverse("web:user_password", args=[account.pk]), {"password": "chiem-quyen-2026"}
        )
        administrator.post(reverse("web:user_deactivate", args=[account.pk]))

    for account in (boss, peer):
        account.refresh_from_db()
        assert account.is_active
        assert not account.check_password("chiem-quyen-2026")


def test_a_user_without_a_unit_is_not_found(administrator):
    loner = User.objects.create_user("loner", password="loner-password-1")

    response = administrator.post(reverse("web:user_deactivate", args=[loner.pk]))

    assert response.status_code == 404
