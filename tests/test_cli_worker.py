"""`dondoc worker` (#10): the notifications worker is a command of its own."""

import pytest

from dondoc.cli import main


def test_the_worker_command_is_listed_with_its_broker(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["worker", "--help"])

    assert exit_info.value.code == 0
    assert "Celery on Redis" in capsys.readouterr().out


def test_the_worker_schedule_collects_often_and_sends_the_digest_daily(settings):
    from dondoc.config.worker import schedule  # noqa: PLC0415

    settings.DIGEST_HOUR = 6
    plan = schedule()

    assert plan["notifications-collect"]["schedule"] == 15 * 60
    assert plan["notifications-digest"]["schedule"].hour == {6}
