"""Telling people (#10): notifications collected from the facts of the directives, shown in the
inbox, and sent once a day as one e-mail per user (a digest, not a mail per event).

``notifications_collect`` may run as often as wanted: each notification names the fact it comes
from (``key``), and a user is told of a fact once.
"""

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from dondoc.apps.directives.models import Directive, DirectiveUpdate, Extension, UpdateKind
from dondoc.apps.directives.selectors import (
    ESCALATE_AFTER_DAYS,
    ReminderKind,
    directive_reminders,
)
from dondoc.apps.notifications.models import Notification, NotificationKind
from dondoc.apps.notifications.working_days import working_days_between
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import Membership, OrgUnit, Role
from dondoc.apps.web.models import ExtensionDecision

REVIEWERS = (Role.REVIEWER, Role.ADMINISTRATOR)
Message = tuple[User, NotificationKind, str, Directive, str]  # user, kind, key, directive, text


def members_of(org_unit_ids: Iterable[int]) -> list[Membership]:
    return list(
        Membership.objects.filter(
            org_unit_id__in=set(org_unit_ids), user__is_active=True
        ).select_related("user")
    )


def reviewers_above(org_unit: OrgUnit) -> list[User]:
    """The reviewers of the units above ``org_unit`` (its reviewing office and higher)."""
    segments = org_unit.path.strip("/").split("/")
    above = ["/" + "/".join(segments[:n]) + "/" for n in range(1, len(segments))]
    memberships = Membership.objects.filter(
        org_unit__path__in=above, role__in=REVIEWERS, user__is_active=True
    ).select_related("user")
    return [membership.user for membership in memberships]


def _to_units(directive: Directive, kind: NotificationKind, key: str, text: str) -> list[Message]:
    units = [directive.lead_unit_id, *(unit.pk for unit in directive.co_units.all())]
    return [(m.user, kind, key, directive, text) for m in members_of(units)]


def _assigned(since: datetime) -> list[Message]:
    messages: list[Message] = []
    for directive in Directive.objects.filter(created_at__gte=since).prefetch_related("co_units"):
        key = f"assigned:{directive.pk}"
        messages += _to_units(directive, NotificationKind.ASSIGNED, key, str(directive))
    return messages


def _reminded(on: date) -> list[Message]:
    messages: list[Message] = []
    for reminder in directive_reminders(on=on, scope=UnitScope(None)):
        directive = reminder.directive
        # The deadline in force, back from the days the reminder counted from day ``on``.
        due_on = on + timedelta(
            days=reminder.days if reminder.kind == ReminderKind.DUE_SOON else -reminder.days
        )
        if reminder.kind == ReminderKind.DUE_SOON:
            if working_days_between(on, due_on) > settings.NOTIFY_DUE_WORKING_DAYS:
                continue
            text = _("%(text)s — due on %(day)s") % {"text": directive, "day": f"{due_on:%d/%m/%Y}"}
            key = f"due_soon:{directive.pk}:{due_on}"
            messages += _to_units(directive, NotificationKind.DUE_SOON, key, text)
        elif reminder.kind == ReminderKind.OVERDUE:
            text = _("%(text)s — %(days)d days overdue") % {
                "text": directive,
                "days": reminder.days,
            }
            key = f"overdue:{directive.pk}:{due_on}"
            messages += _to_units(directive, NotificationKind.OVERDUE, key, text)
            if reminder.days > ESCALATE_AFTER_DAYS:  # to the office above, head or not
                key = f"escalated:{directive.pk}:{due_on}"
                messages += [
                    (user, NotificationKind.ESCALATED, key, directive, text)
                    for user in reviewers_above(directive.lead_unit)
                ]
    return messages


def _decided(since: datetime) -> list[Message]:
    messages: list[Message] = []
    updates = DirectiveUpdate.objects.filter(
        created_at__gte=since,
        kind__in=(UpdateKind.ACCEPTED, UpdateKind.RETURNED, UpdateKind.EXTENSION_REQUESTED),
    ).select_related("directive", "directive__lead_unit")
    for update in updates:
        directive, text = update.directive, f"{update.directive} — {update.note}"
        key = f"update:{update.pk}"
        if update.kind == UpdateKind.EXTENSION_REQUESTED:
            messages += [
                (user, NotificationKind.EXTENSION_ASKED, key, directive, text)
                for user in reviewers_above(directive.lead_unit)
            ]
            continue
        kind = (
            NotificationKind.COMPLETION_ACCEPTED
            if update.kind == UpdateKind.ACCEPTED
            else NotificationKind.COMPLETION_RETURNED
        )
        messages += _to_units(directive, kind, key, text)
    for extension in Extension.objects.filter(created_at__gte=since).select_related("directive"):
        text = _("%(text)s — new deadline %(day)s") % {
            "text": extension.directive,
            "day": f"{extension.due_on:%d/%m/%Y}",
        }
        key = f"extension:{extension.pk}"
        messages += _to_units(extension.directive, NotificationKind.EXTENSION_DECIDED, key, text)
    refusals = ExtensionDecision.objects.filter(is_granted=False, request__created_at__gte=since)
    for decision in refusals.select_related("request__directive"):
        directive = decision.request.directive
        text = _("%(text)s — extension refused: %(note)s") % {
            "text": directive,
            "note": decision.note,
        }
        key = f"refused:{decision.pk}"
        messages += _to_units(directive, NotificationKind.EXTENSION_DECIDED, key, text)
    return messages


@transaction.atomic
def notifications_collect(*, on: date, since: datetime | None = None) -> int:
    """Tell everyone concerned what happened since ``since`` (default: two days ago) and what is
    due or overdue on day ``on``; returns how many notifications are new."""
    since = since or timezone.now() - timedelta(days=2)
    with translation.override(settings.LANGUAGE_CODE):
        messages = _assigned(since) + _reminded(on) + _decided(since)
    known = set(
        Notification.objects.filter(key__in={key for _u, _k, key, _d, _t in messages}).values_list(
            "user_id", "key"
        )
    )
    new: dict[tuple[int, str], Notification] = {}
    for user, kind, key, directive, text in messages:
        if (user.pk, key) not in known:
            new[(user.pk, key)] = Notification(
                user=user, kind=kind, key=key, directive=directive, text=text[:500]
            )
    Notification.objects.bulk_create(new.values(), ignore_conflicts=True)
    return len(new)


def digest_send(*, on: date) -> int:
    """Send each user with an e-mail address one message listing what they have not been
    mailed yet; returns the number of messages sent."""
    pending = (
        Notification.objects.filter(emailed_at__isnull=True, user__is_active=True)
        .exclude(user__email="")
        .select_related("user")
        .order_by("user_id", "pk")
    )
    by_user: dict[User, list[Notification]] = {}
    for notification in pending:
        by_user.setdefault(notification.user, []).append(notification)
    if not by_user:
        return 0
    with get_connection() as connection, translation.override(settings.LANGUAGE_CODE):
        for user, notifications in by_user.items():
            _digest(user, notifications, on=on, connection=connection).send()
            Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
                emailed_at=timezone.now()
            )
    return len(by_user)


def _digest(
    user: User, notifications: list[Notification], *, on: date, connection: BaseEmailBackend
) -> EmailMessage:
    subject = _("dondoc: %(count)d things to follow up, %(day)s") % {
        "count": len(notifications),
        "day": f"{on:%d/%m/%Y}",
    }
    lines = [_("Hello %(name)s,") % {"name": user.get_full_name() or user.username}, ""]
    for notification in notifications:
        link = f"{settings.SITE_URL}/chi-dao/{notification.directive_id}/"
        lines.append(f"- {notification.get_kind_display()}: {notification.text}\n  {link}")
    lines += ["", _("Your inbox: %(url)s") % {"url": f"{settings.SITE_URL}/thong-bao/"}]
    return EmailMessage(subject, "\n".join(lines), to=[user.email], connection=connection)


def notifications_read(user: User, *, pks: Iterable[int] | None = None) -> int:
    """Mark the user's notifications read (all of them without ``pks``)."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if pks is not None:
        unread = unread.filter(pk__in=list(pks))
    return unread.update(read_at=timezone.now())
