import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from dondoc.apps.orgs.models import OrgKind, OrgUnit
from dondoc.apps.orgs.services import org_unit_create
from dondoc.apps.work_sessions.models import WorkingSession


@pytest.fixture
def demo_session(demo_data, db) -> WorkingSession:
    return WorkingSession.objects.get(held_on="2017-10-20")


def _tool(name: str) -> str:
    """The full path of a poppler-utils program (.ci/run installs them)."""
    path = shutil.which(name)
    assert path is not None, f"{name} is missing: apt-get install poppler-utils"
    return path


@pytest.fixture
def committee(world) -> OrgUnit:
    """The province's people's committee: the issuer of state-profile documents."""
    return org_unit_create(
        name="UBND tỉnh Sơn Hà",
        kind=OrgKind.PEOPLES_COMMITTEE,
        parent=world.province,
        valid_from=date(1990, 1, 1),
    )


def pdf_text(path: Path) -> str:
    return subprocess.run(
        [_tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_info(path: Path, *args: str) -> str:
    return subprocess.run(
        [_tool("pdfinfo"), *args, str(path)], capture_output=True, text=True, check=True
    ).stdout


def pdf_fonts(path: Path) -> list[list[str]]:
    lines = subprocess.run(
        [_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [line.split() for line in lines]


MM = 25.4 / 72  # millimetres in a point


def text_box(path: Path) -> tuple[float, float, float, float]:
    """The box around every word of page 1 (pdftotext -bbox), in points."""
    html = subprocess.run(
        [_tool("pdftotext"), "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    boxes = [
        tuple(float(v) for v in found)
        for found in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', html
        )
    ][1:]  # the first box is the page's
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
