import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from dondoc.apps.indicators.services import indicator_create
from dondoc.apps.orgs.models import Membership, OrgKind, OrgUnit, Role
from dondoc.apps.orgs.services import org_unit_create
from dondoc.apps.work_sessions.models import WorkingSession
from tests.apps.exports.tables import SPAN


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


@pytest.fixture
def people(world):
    """A reporter of the district, a reviewer of the province."""
    reporter = User.objects.create_user("reporter", password="reporter-password-1")
    reviewer = User.objects.create_user("reviewer", password="reviewer-password-1")
    Membership.objects.create(user=reporter, org_unit=world.district, role=Role.REPORTER)
    Membership.objects.create(user=reviewer, org_unit=world.province, role=Role.REVIEWER)
    return reporter, reviewer


@pytest.fixture
def indicators(world):
    """The province's plan and the district's: two budget indicators of one name."""

    def create(org_unit, name, unit):
        return indicator_create(org_unit=org_unit, name=name, unit=unit, span=SPAN, targets=[])

    return {
        "poverty": create(world.province, "Tỷ lệ hộ nghèo", "%"),
        "budget": create(world.province, "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng"),
        "district_budget": create(world.district, "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng"),
        "schools": create(world.province, "Số trường đạt chuẩn quốc gia", "trường"),
    }


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
