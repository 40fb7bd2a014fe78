"""The worker on a real broker (#10): a Celery worker on Redis runs the collection task sent to
it. Needs Redis at CELERY_BROKER_URL's host (`.ci/run` starts it when it is down)."""

import os
import time
from datetime import date, timedelta

import pytest
import redis
from celery.contrib.testing.worker import start_worker
from django.contrib.auth.models import User

from dondoc.apps.directives.services import directive_assign
from dondoc.apps.notifications import tasks
from dondoc.apps.notifications.models import Notification
from dondoc.apps.orgs.models import Membership, Role
from dondoc.config.worker import app

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True)]

# A database and a queue of our own on the shared Redis: nothing of anyone else's is read.
BROKER = os.environ.get("DONDOC_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def worker():
    queue = f"dondoc-test-{os.getpid()}"
    before = {name: app.conf[name] for name in ("broker_url", "task_default_queue")}
    app.conf.update(broker_url=BROKER, task_default_queue=queue)
    with start_worker(
        app, pool="solo", perform_ping_check=False, queues=[queue], shutdown_timeout=10
    ):
        yield
    app.conf.update(before)
    broker = redis.Redis.from_url(BROKER)  # leave nothing of ours behind on the shared Redis
    for key in broker.scan_iter(match=f"*{queue}*"):
        broker.delete(key)


def test_a_task_sent_through_redis_is_run_by_the_worker(world, worker):
    user = User.objects.create_user("xa", password="xa-password-1234")
    Membership.objects.create(user=user, org_unit=world.new_commune, role=Role.REPORTER)
    today = date.today()  # noqa: DTZ011 - the worker reads the real clock too
    directive_assign(
        text="Báo cáo",
        assigned_on=today - timedelta(days=40),
        lead_unit=world.new_commune,
        due_on=today - timedelta(days=3),
    )

    tasks.collect.delay()
    for _ in range(100):
        if Notification.objects.filter(user=user, kind="overdue").exists():
            break
        time.sleep(0.1)

    assert Notification.objects.filter(user=user, kind="overdue").exists()
