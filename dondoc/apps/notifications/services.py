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


class Recipients:
    """Who works where, read once per collection (users are few, directives many), so that
    telling the units of a thousand directives does not take a thousand queries."""

    def __init__(self) -> None:
        self.by_unit: dict[int, list[User]] = {}
        self.reviewers: dict[str, list[User]] = {}
        memberships = Membership.objects.filter(user__is_active=True).select_related(
            "user", "org_unit"
        )
        for membership in memberships:
            self.by_unit.setdefault(membership.org_unit_id, []).append(membership.user)
            if membership.role in REVIEWERS:
                self.reviewers.setdefault(membership.org_unit.path, []).append(membership.user)
        self.co_units: dict[int, list[int]] = {}
        self.paths: dict[int, str] = {}

    def load(self, directives: Iterable[Directive]) -> None:
        """Read the co-operating units and the lead units' paths of ``directives`` at once."""
        ids = [directive.pk for directive in directives if directive.pk not in self.co_units]
        through = Directive.co_units.through.objects.filter(directive_id__in=ids)
        for directive_id in ids:
            self.co_units[directive_id] = []
        for directive_id, org_unit_id in through.values_list("directive_id", "orgunit_id"):
            self.co_units[directive_id].append(org_unit_id)
        leads = {directive.lead_unit_id for directive in directives} - set(self.paths)
        self.paths.update(OrgUnit.objects.filter(pk__in=leads).values_list("pk", "path"))

    def of_units(self, directive: Directive) -> list[User]:
        """The members of the directive's lead and co-operating units."""
        units = [directive.lead_unit_id, *self.co_units.get(directive.pk, [])]
        return [user for unit in units for user in self.by_unit.get(unit, [])]

    def above(self, directive: Directive) -> list[User]:
        """The reviewers of the units above the lead unit (its reviewing office and higher)."""
        segments = self.paths.get(directive.lead_unit_id, "").strip("/").split("/")
        above = ["/" + "/".join(segments[:n]) + "/" for n in range(1, len(segments))]
        return [user for path in above for user in self.reviewers.get(path, [])]


def _to_units(
    recipients: Recipients, directive: Directive, kind: NotificationKind, key: str, text: str
) -> list[Message]:
    return [(user, kind, key, directive, text) for user in recipients.of_units(directive)]


def _assigned(recipients: Recipients, since: datetime) -> list[Message]:
    directives = list(Directive.objects.filter(created_at__gte=since))
    recipients.load(directives)
    return [
        message
        for directive in directives
        for message in _to_units(
            recipients,
            directive,
            NotificationKind.ASSIGNED,
            f"assigned:{directive.pk}",
            str(directive),
        )
    ]


def _reminded(recipients: Recipients, on: date) -> list[Message]:
    messages: list[Message] = []
    reminders = directive_reminders(on=on, scope=UnitScope(None))
    recipients.load([reminder.directive for reminder in reminders])
    for reminder in reminders:
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
            messages += _to_units(recipients, directive, NotificationKind.DUE_SOON, key, text)
        elif reminder.kind == ReminderKind.OVERDUE:
            text = _("%(text)s — %(days)d days overdue") % {
                "text": directive,
                "days": reminder.days,
            }
            key = f"overdue:{directive.pk}:{due_on}"
            messages += _to_units(recipients, directive, NotificationKind.OVERDUE, key, text)
            if reminder.days > ESCALATE_AFTER_DAYS:  # to the office above, head or not
                key = f"escalated:{directive.pk}:{due_on}"
                messages += [
                    (user, NotificationKind.ESCALATED, key, directive, text)
                    for user in recipients.above(directive)
                ]
    return messages


def _decided(recipients: Recipients, since: datetime) -> list[Message]:
    messages: list[Message] = []
    updates = list(
        DirectiveUpdate.objects.filter(
            created_at__gte=since,
            kind__in=(UpdateKind.ACCEPTED, UpdateKind.RETURNED, UpdateKind.EXTENSION_REQUESTED),
        ).select_related("directive")
    )
    extensions = list(Extension.objects.filter(created_at__gte=since).select_related("directive"))
    refusals = list(
        ExtensionDecision.objects.filter(
            is_granted=False, decided_on__gte=since.date()
        ).select_related("request__directive")
    )
    recipients.load(
        [u.directive for u in updates]
        + [e.directive for e in extensions]
        + [d.request.directive for d in refusals]
    )
    for update in updates:
        directive, text = update.directive, f"{update.directive} — {update.note}"
        key = f"update:{update.pk}"
        if update.kind == UpdateKind.EXTENSION_REQUESTED:
            messages += [
                (user, NotificationKind.EXTENSION_ASKED, key, directive, text)
                for user in recipients.above(directive)
            ]
            continue
        kind = (
            NotificationKind.COMPLETION_ACCEPTED
            if update.kind == UpdateKind.ACCEPTED
            else NotificationKind.COMPLETION_RETURNED
        )
        messages += _to_units(recipients, directive, kind, key, text)
    for extension in extensions:
        text = _("%(text)s — new deadline %(day)s") % {
            "text": extension.directive,
            "day": f"{extension.due_on:%d/%m/%Y}",
        }
        key = f"extension:{extension.pk}"
        messages += _to_units(
            recipients, extension.directive, NotificationKind.EXTENSION_DECIDED, key, text
        )
    for decision in refusals:
        directive = decision.request.directive
        text = _("%(text)s — extension refused: %(note)s") % {
            "text": directive,
            "note": decision.note,
        }
        key = f"refused:{decision.pk}"
        messages += _to_units(recipients, directive, NotificationKind.EXTENSION_DECIDED, key, text)
    return messages


@transaction.atomic
def notifications_collect(*, on: date, since: datetime | None = None) -> int:
    """Tell everyone concerned what happened since ``since`` (default: two days ago) and what is
    due or overdue on day ``on``; returns how many notifications are new."""
    since = since or timezone.now() - timedelta(days=2)
    with translation.override(settings.LANGUAGE_CODE):
        recipients = Recipients()
        messages = (
            _assigned(recipients, since) + _reminded(recipients, on) + _decided(recipients, since)
        )
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
