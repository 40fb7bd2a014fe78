"""The worker's tasks: thin shells over the services (tests call them as functions)."""

from celery import shared_task
from django.utils import timezone

from dondoc.apps.notifications.services import digest_send, notifications_collect


@shared_task(name="dondoc.apps.notifications.tasks.collect")  # type: ignore[untyped-decorator]
def collect() -> int:
    return notifications_collect(on=timezone.localdate())


@shared_task(name="dondoc.apps.notifications.tasks.digest")  # type: ignore[untyped-decorator]
def digest() -> int:
    """Collect first, so that the digest holds what is due today."""
    notifications_collect(on=timezone.localdate())
    return digest_send(on=timezone.localdate())
