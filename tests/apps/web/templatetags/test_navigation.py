"""The main navigation: what the role allows, the page one is on, the counts of the queues."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from dondoc.apps.orgs.models import Membership, OrgUnit, Role

pytestmark = pytest.mark.django_db


def navigation(page: str) -> str:
    return page.split('<nav class="main"', 1)[1].split("</nav>", 1)[0]


def test_the_page_one_is_on_is_marked_current_and_no_other(demo_client):
    nav = navigation(demo_client.get(reverse("web:directives")).content.decode())

    assert f'<a href="{reverse("web:directives")}" aria-current="page">' in nav
    assert nav.count('aria-current="page"') == 1


def test_a_reviewer_sees_the_queue_with_its_count_and_an_administrator_the_users(demo_client):
    nav = navigation(demo_client.get(reverse("web:dashboard")).content.decode())

    assert f'<a href="{reverse("web:queues")}" id="nav-queues">' in nav
    assert '<span class="count">' in nav.split('id="nav-queues"', 1)[1].split("</a>", 1)[0]
    assert f'href="{reverse("web:users")}"' in nav


def test_a_reporter_sees_neither_the_queue_nor_the_users(client, demo_data):
    user = User.objects.create_user("baocao", password="baocao-password-1")
    Membership.objects.create(
        user=user, org_unit=OrgUnit.objects.get(admin_code="183"), role=Role.REPORTER
    )
    client.login(username="baocao", password="baocao-password-1")

    nav = navigation(client.get(reverse("web:dashboard")).content.decode())

    assert "nav-queues" not in nav
    assert f'href="{reverse("web:users")}"' not in nav
    assert f'href="{reverse("web:inbox")}" id="nav-inbox"' in nav


def test_the_labels_follow_the_language(demo_client):
    demo_client.post(reverse("set_language"), {"language": "en", "next": "/"})

    nav = navigation(demo_client.get(reverse("web:dashboard")).content.decode())

    assert ">Directives</a>" in nav
    assert ">Chỉ đạo, kết luận</a>" not in nav


def test_a_directives_own_page_is_marked_within_directives(demo_client):
    from dondoc.apps.directives.models import Directive  # noqa: PLC0415

    pk = Directive.objects.order_by("pk").values_list("pk", flat=True).first()
    nav = navigation(demo_client.get(reverse("web:directive", args=[pk])).content.decode())

    assert f'<a href="{reverse("web:directives")}" aria-current="page">' in nav
    assert nav.count('aria-current="page"') == 1


def test_the_same_page_in_one_language_then_the_other_is_written_in_each(demo_client):
    # The markup is kept per (language, path, role, counts): a language switch is a new key.
    before = navigation(demo_client.get(reverse("web:directives")).content.decode())
    demo_client.post(reverse("set_language"), {"language": "en", "next": "/"})
    english = navigation(demo_client.get(reverse("web:directives")).content.decode())
    demo_client.post(reverse("set_language"), {"language": "vi", "next": "/"})
    after = navigation(demo_client.get(reverse("web:directives")).content.decode())

    assert ">Chỉ đạo, kết luận</a>" in before
    assert ">Directives</a>" in english
    assert after == before


def test_a_new_notification_shows_in_the_inbox_count_on_the_next_page(demo_client):
    from dondoc.apps.notifications.models import Notification, NotificationKind  # noqa: PLC0415

    def inbox(page: str) -> str:
        return navigation(page).split('id="nav-inbox"', 1)[1].split("</a>", 1)[0]

    user = User.objects.get(username="demo")
    unread = Notification.objects.filter(user=user, read_at__isnull=True).count()
    before = inbox(demo_client.get(reverse("web:directives")).content.decode())
    Notification.objects.create(
        user=user, kind=NotificationKind.choices[0][0], key="nav-test", text="Có việc mới"
    )

    after = inbox(demo_client.get(reverse("web:directives")).content.decode())

    assert f'<span class="count">{unread}</span>' in before
    assert f'<span class="count">{unread + 1}</span>' in after


def test_every_page_of_a_section_shares_one_kept_markup(demo_client):
    # The key is the page's section, not its path: every directive's page is "Directives", so
    # a thousand of them do not push the tracker's markup out of the cache.
    from dondoc.apps.directives.models import Directive  # noqa: PLC0415
    from dondoc.apps.web.templatetags.navigation import _navigation  # noqa: PLC0415

    pks = list(Directive.objects.order_by("pk").values_list("pk", flat=True)[:10])
    demo_client.get(reverse("web:directives"))
    before = _navigation.cache_info()
    for pk in pks:
        assert demo_client.get(reverse("web:directive", args=[pk])).status_code == 200
    after = _navigation.cache_info()

    assert len(pks) > 1
    assert after.currsize == before.currsize
    assert after.hits - before.hits == len(pks)
