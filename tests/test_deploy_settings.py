"""The production settings pass Django's deployment checks (run as a separate process)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_check_deploy_reports_no_security_issue_in_production_settings(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DEBUG")}
    environment |= {
        "DONDOC_HOME": str(tmp_path),
        "HTTPS": "true",
        "SECRET_KEY": "x" * 20 + "production-secret-key-for-the-check-0123456789",
        "ALLOWED_HOSTS": "dondoc.example.vn",
    }

    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "check", "--deploy"],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        cwd=tmp_path,
    )

    assert "security." not in result.stdout + result.stderr
    assert "dondoc.E001" not in result.stdout + result.stderr


def test_on_postgresql_each_worker_keeps_its_connection_and_checks_it_before_reuse(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k != "DEBUG"}
    environment |= {
        "DONDOC_HOME": str(tmp_path),
        "DATABASE_URL": "postgres://dondoc@db.example.vn:5432/dondoc",
        "SECRET_KEY": "x" * 50,
    }
    code = (
        "from django.conf import settings; d = settings.DATABASES['default'];"
        "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    )

    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        capture_output=True,
        text=True,
        env=environment | {"DJANGO_SETTINGS_MODULE": "dondoc.config.settings"},
        check=True,
        cwd=ROOT,
    )
    shorter = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        capture_output=True,
        text=True,
        env=environment
        | {"DJANGO_SETTINGS_MODULE": "dondoc.config.settings", "DATABASE_CONN_MAX_AGE": "0"},
        check=True,
        cwd=ROOT,
    )

    assert result.stdout.split() == ["300", "True"]
    assert shorter.stdout.split() == ["0", "True"]
