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
