"""The worker's Celery application (decision 0010): Redis as the broker, the schedule of the
notifications. Started by ``dondoc worker``; tasks are plain functions the tests call directly."""

from typing import Any

from celery import Celery
from celery.schedules import crontab
from django.conf import settings

app = Celery("dondoc")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.task_ignore_result = True
app.conf.timezone = "Asia/Ho_Chi_Minh"
app.autodiscover_tasks(["dondoc.apps.notifications"])


def schedule() -> dict[str, dict[str, Any]]:
    """Collect every quarter of an hour; send the digest once a day at ``DIGEST_HOUR``."""
    return {
        "notifications-collect": {
            "task": "dondoc.apps.notifications.tasks.collect",
            "schedule": 15 * 60,
        },
        "notifications-digest": {
            "task": "dondoc.apps.notifications.tasks.digest",
            "schedule": crontab(hour=settings.DIGEST_HOUR, minute=0),
        },
    }
