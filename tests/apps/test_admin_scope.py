"""The admin is for administrators, scoped to their units: a staff user of Cao Lộc district sees
none of its sibling, Lạng Sơn city (#8)."""

from datetime import date

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from dondoc.apps.api.models import ApiToken, IdempotentRequest
from dondoc.apps.exports.models import IssuedNumber
from dondoc.apps.indicators.models import IndicatorValue
from dondoc.apps.intake_review.models import IntakeSource
from dondoc.apps.orgs.models import Membership, OrgUnit, Person, Position, Role, Succession
from dondoc.apps.web.models import SignInCounter


def _paths():
    # Looked up, not written: on PostgreSQL the ids (and so the paths) depend on earlier tests.
    city = OrgUnit.objects.get(name="Thành phố Lạng Sơn")
    return city.path, OrgUnit.objects.get(admin_code="183").path


# How this test finds a row of the city for each model (its own table, not the admin's).
UNIT_OF = {
    "orgs.OrgUnit": "",
    "orgs.Succession": "successor__",
    "orgs.Position": "org_unit__",
    "orgs.Membership": "org_unit__",
    "auth.User": "membership__org_unit__",
    "indicators.Indicator": "org_unit__",
    "indicators.IndicatorValue": "org_unit__",
    "indicators.Target": "indicator__org_unit__",
    "key_tasks.KeyTask": "org_unit__",
    "key_tasks.KeyTaskNote": "key_task__org_unit__",
    "work_sessions.WorkingSession": "subject_unit__",
    "work_sessions.Recommendation": "work_session__subject_unit__",
    "work_sessions.Participant": "work_session__subject_unit__",
    "directives.Directive": "lead_unit__",
    "directives.Extension": "directive__lead_unit__",
    "directives.DirectiveUpdate": "directive__lead_unit__",
    "directives.DirectiveState": "lead_unit__",
    "intake_review.IntakeSource": "org_unit__",
    "api.ApiToken": "user__membership__org_unit__",
    "api.IdempotentRequest": "user__membership__org_unit__",
    "exports.IssuedNumber": "issuer__",
    "audit.ChangeRecord": None,  # superusers only: any row will do
}
SHARED = {"documents.Document", "orgs.Person", "directives.BoardVersion", "auth.Group"}
# Scoped by the account a row counts for (web/admin.py): tested below.
SCOPED_BY_ACCOUNT = {"web.SignInCounter"}
# Scoped too (unit_path declared), but the demo holds none of their rows to walk.
SCOPED_NO_DEMO_ROWS = {"notifications.Notification", "web.ExtensionDecision"}
# No unit at all (an API client's request counter): only superusers see the rows.
SUPERUSERS_ONLY = {"api.ApiRateCounter"}


@pytest.fixture
def city_rows(demo_data, db):
    city = OrgUnit.objects.get(path=_paths()[0])
    ward = OrgUnit.objects.filter(path__startswith=city.path).exclude(pk=city.pk).first()
    Position.objects.create(
        person=Person.objects.first(), org_unit=city, title="Chủ tịch", start_on=date(2020, 1, 1)
    )
    Succession.objects.create(predecessor=ward, successor=city, effective_on=date(2025, 7, 1))
    other = User.objects.create_user("city", password="city-password-1")
    Membership.objects.create(user=other, org_unit=city, role=Role.REPORTER)
    IntakeSource.objects.create(
        name="x", text="x", encoding="utf-8", sha256="0", result={}, org_unit=city
    )
    ApiToken.objects.create(user=other, name="t", prefix="p", digest="d")
    IdempotentRequest.objects.create(user=other, key="k", fingerprint="f")
    IssuedNumber.objects.create(
        issuer=city,
        kind_symbol="TB",
        series="2025",
        number=1,
        text="1-TB/TU",
        issued_on=date(2025, 1, 1),
    )


@pytest.fixture
def district_admin(client, city_rows):
    user = User.objects.create_user("caoloc-admin", password="caoloc-admin-1", is_staff=True)
    user.user_permissions.set(Permission.objects.all())
    Membership.objects.create(
        user=user, org_unit=OrgUnit.objects.get(path=_paths()[1]), role=Role.ADMINISTRATOR
    )
    client.login(username="caoloc-admin", password="caoloc-admin-1")
    return client


def test_every_admin_is_either_scoped_shared_or_named_unscoped():
    labels = {model._meta.label for model in admin.site._registry}

    assert (
        labels == set(UNIT_OF) | SHARED | SCOPED_BY_ACCOUNT | SCOPED_NO_DEMO_ROWS | SUPERUSERS_ONLY
    )


def test_the_api_request_counters_are_shown_to_superusers_only(district_admin):
    from dondoc.apps.api.models import ApiRateCounter  # noqa: PLC0415

    ApiRateCounter.objects.create(client="t1", requests=3, window_ends_at_unix=1)

    listing = district_admin.get(reverse("admin:api_apiratecounter_changelist"))

    assert listing.status_code == 200
    assert list(listing.context["cl"].queryset) == []


@pytest.mark.parametrize("label", sorted(UNIT_OF), ids=str)
def test_a_row_of_a_sibling_unit_is_absent_from_the_list_and_its_page_is_404(district_admin, label):
    model = next(m for m in admin.site._registry if m._meta.label == label)
    path = UNIT_OF[label]
    rows = (
        model._default_manager.filter(**{f"{path}path__startswith": _paths()[0]})
        if path is not None
        else model._default_manager.all()
    )
    row = rows.first()
    assert row is not None, f"no row of the city for {label}"
    name = f"admin:{model._meta.app_label}_{model._meta.model_name}"

    listing = district_admin.get(reverse(f"{name}_changelist"))
    page = district_admin.get(reverse(f"{name}_change", args=[row.pk]))

    assert listing.status_code == 200
    assert row.pk not in {shown.pk for shown in listing.context["cl"].queryset}
    assert page.status_code == 404


def test_the_district_admin_sees_his_own_units(district_admin):
    listing = district_admin.get(reverse("admin:orgs_orgunit_changelist"))

    shown = {unit.path for unit in listing.context["cl"].queryset}
    assert _paths()[1] in shown
    assert all(path.startswith(_paths()[1]) for path in shown)


def test_autocomplete_offers_only_units_in_scope(district_admin):
    response = district_admin.get(
        reverse("admin:autocomplete"),
        {"app_label": "key_tasks", "model_name": "keytask", "field_name": "org_unit", "term": ""},
    )

    ids = {int(item["id"]) for item in response.json()["results"]}
    assert ids
    paths = OrgUnit.objects.filter(pk__in=ids).values_list("path", flat=True)
    assert all(path.startswith(_paths()[1]) for path in paths)


def test_a_unit_outside_the_scope_is_refused_as_a_choice(district_admin):
    city = OrgUnit.objects.get(path=_paths()[0])
    form = {
        "org_unit": city.pk,
        "year": 2025,
        "ordinal": 99,
        "title": "NV",
        "status": "not_started",
        "origin": "typed",
        "notes-TOTAL_FORMS": 0,
        "notes-INITIAL_FORMS": 0,
    }

    response = district_admin.post(reverse("admin:key_tasks_keytask_add"), form)

    assert "org_unit" in response.context["adminform"].form.errors


def test_a_unit_administrator_cannot_make_anyone_a_superuser(district_admin):
    user = User.objects.get(username="caoloc-admin")

    page = district_admin.get(reverse("admin:auth_user_change", args=[user.pk]))

    assert "is_superuser" not in page.context["adminform"].form.fields


def test_a_locked_figure_is_read_only_in_the_admin_even_for_a_superuser(client, demo_data, db):
    User.objects.create_superuser("root", password="root-password-1")
    client.login(username="root", password="root-password-1")
    value = IndicatorValue.objects.first()
    IndicatorValue.objects.filter(pk=value.pk).update(is_locked=True)

    url = reverse("admin:indicators_indicatorvalue_change", args=[value.pk])
    page = client.get(url)
    client.post(url, {"value": "1"})

    assert page.context["has_change_permission"] is False
    value_after = IndicatorValue.objects.get(pk=value.pk)
    assert value_after.value == value.value


@pytest.fixture
def locks(district_admin):
    """Locks of a district account, of a city account ("city", made by ``city_rows``) and of
    an address."""
    caoloc = User.objects.create_user("CaoLoc-Clerk")  # the lock keys the name as sign-in folds it
    Membership.objects.create(user=caoloc, org_unit=OrgUnit.objects.get(path=_paths()[1]))
    for key in ("user:caoloc-clerk", "user:city", "addr:203.0.113.7"):
        SignInCounter.objects.create(key=key, attempts=5, window_ends_at_unix=2**40)
    return district_admin


def test_issue_8_a_unit_administrator_sees_only_the_sign_in_locks_of_the_accounts_of_his_units(
    locks,
):
    listing = locks.get(reverse("admin:web_signincounter_changelist"))

    assert [row.key for row in listing.context["cl"].queryset] == ["user:caoloc-clerk"]


@pytest.mark.parametrize("key", ["user:city", "addr:203.0.113.7"])
def test_issue_8_another_units_lock_or_an_address_lock_is_404_and_stays(locks, key):
    url = reverse("admin:web_signincounter_delete", args=[key])

    page, posted = locks.get(url), locks.post(url, {"post": "yes"})

    assert (page.status_code, posted.status_code) == (404, 404)
    assert SignInCounter.objects.filter(key=key).exists()


def test_issue_8_a_unit_administrator_lifts_the_lock_of_an_account_of_his_unit(locks):
    url = reverse("admin:web_signincounter_delete", args=["user:caoloc-clerk"])

    locks.post(url, {"post": "yes"})

    assert not SignInCounter.objects.filter(key="user:caoloc-clerk").exists()


def test_a_superuser_sees_every_sign_in_lock(client, locks):
    client.force_login(User.objects.create_superuser("root"))

    listing = client.get(reverse("admin:web_signincounter_changelist"))

    assert len(listing.context["cl"].queryset) == 3
