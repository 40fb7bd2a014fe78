"""Every variable dondoc reads is listed in .env.example (the README says so)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_environment_variable_read_is_listed_in_env_example():
    sources = [ROOT / "dondoc" / "config" / "settings.py", ROOT / "dondoc" / "cli.py"]
    read = set()
    for source in sources:
        text = source.read_text(encoding="utf-8")
        read |= set(re.findall(r'env\.\w+\(\s*"([A-Z_]+)"', text))
        read |= set(re.findall(r'environ\.get\(\s*"([A-Z_]+)"', text))
    listed = set(
        re.findall(
            r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(encoding="utf-8"), re.MULTILINE
        )
    )

    assert read - listed == set()
