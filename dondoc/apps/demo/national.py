"""National benchmark data (#7): the 34 provinces and 3,321 communes of 2025 below a national
office, about twenty users, and N directives over ten years, generated deterministically from a
seed and loaded in bulk (COPY on PostgreSQL).

Every directive's states are computed by ``dondoc.core.timeline`` from its generated facts, so
the bulk load stores exactly what the services would have stored. The texts are our own
templates; the units are read from the ``vietnamadminunits`` package.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.db import connection, transaction
from django.utils import timezone
from vietnamadminunits.database import query

from dondoc.apps.directives.models import Directive, DirectiveState, DirectiveUpdate, Extension
from dondoc.apps.directives.services import board_version_bump
from dondoc.apps.orgs.models import Membership, OrgKind, OrgUnit, Role, unit_path
from dondoc.apps.provenance import Origin
from dondoc.core.progress import Deadline, DeadlineKind
from dondoc.core.text import fold
from dondoc.core.timeline import Fact, FactKind, Timeline

NATIONAL_NAME = "Văn phòng Trung ương (dữ liệu thử tải)"
VALID_FROM = date(2015, 1, 1)
YEARS = 10
SHARE_DONE = 0.70
SHARE_OVERDUE = 0.03

_VERBS = ("Tập trung", "Đẩy nhanh", "Hoàn thành", "Rà soát", "Chỉ đạo", "Kiểm tra", "Báo cáo")
_OBJECTS = (
    "giải phóng mặt bằng dự án đường giao thông",
    "thu ngân sách nhà nước trên địa bàn",
    "cải cách thủ tục hành chính",
    "xây dựng nông thôn mới",
    "chuyển đổi số trong cơ quan nhà nước",
    "giải quyết đơn thư khiếu nại kéo dài",
    "quản lý đất đai và trật tự xây dựng",
    "phòng, chống thiên tai",
)


@dataclass(frozen=True)
class Loaded:
    units: int
    directives: int
    facts: int
    states: int
    users: list[str]


def national_load(*, directives: int, seed: int, password: str, today: date) -> Loaded:
    """Load the national data into an empty database (refused when units already exist)."""
    if OrgUnit.objects.exists():
        raise ValueError("the database already holds units: load national data into an empty one")
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    with transaction.atomic():
        national, provinces, communes = _units()
        users = _users(national, provinces, communes, password=password, rng=rng)
        counts = _directives(
            directives, [*provinces, *communes], rng=rng, today=today, national=national
        )
    _analyze()
    return Loaded(1 + len(provinces) + len(communes), directives, counts[0], counts[1], users)


def _analyze() -> None:
    """Give the planner its statistics now: before autovacuum's first pass over the new rows,
    PostgreSQL planned the tracker's list as a scan of every state (seconds a page)."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _units() -> tuple[OrgUnit, list[OrgUnit], list[OrgUnit]]:
    national = OrgUnit(name=NATIONAL_NAME, kind=OrgKind.CENTRAL, valid_from=VALID_FROM)
    national.save()
    rows = query(
        "SELECT DISTINCT provinceCode, province, wardCode, ward FROM admin_units "
        "ORDER BY provinceCode, wardCode"
    )
    provinces: dict[str, OrgUnit] = {}
    for row in rows:
        if row["provinceCode"] not in provinces:
            provinces[row["provinceCode"]] = OrgUnit(
                name=row["province"],
                kind=OrgKind.PROVINCE,
                parent=national,
                admin_code=row["provinceCode"],
                valid_from=VALID_FROM,
            )
    _bulk_units(list(provinces.values()), national.path)
    communes = [
        OrgUnit(
            name=row["ward"],
            kind=OrgKind.COMMUNE,
            parent=provinces[row["provinceCode"]],
            admin_code=row["wardCode"],
            valid_from=VALID_FROM,
        )
        for row in rows
    ]
    _bulk_units(communes, None)
    return national, list(provinces.values()), communes


def _bulk_units(units: list[OrgUnit], parent_path: str | None) -> None:
    now = timezone.now()
    for unit in units:
        unit.search_key = fold(f"{unit.name} {unit.short_name}")
        unit.created_at = unit.updated_at = now
        unit.origin = Origin.IMPORTED
    OrgUnit.objects.bulk_create(units, batch_size=1000)
    if not all(unit.pk for unit in units):  # backends that return no ids (none of ours today)
        raise RuntimeError("bulk insert returned no ids")
    for unit in units:
        assert unit.parent is not None  # noqa: S101 - every unit here has a parent
        unit.path = unit_path(unit.pk, parent_path or unit.parent.path)
    OrgUnit.objects.bulk_update(units, ["path"], batch_size=1000)


def _users(
    national: OrgUnit,
    provinces: list[OrgUnit],
    communes: list[OrgUnit],
    *,
    password: str,
    rng: random.Random,
) -> list[str]:
    """``giamsat`` sees every unit; reviewers of some provinces; reporters of some communes."""
    cast = [("giamsat", national, Role.REVIEWER)]
    cast += [(f"tinh{p.admin_code}", p, Role.REVIEWER) for p in provinces[:10]]
    cast += [(f"xa{c.admin_code}", c, Role.REPORTER) for c in rng.sample(communes, 9)]
    for username, org_unit, role in cast:
        user = User.objects.create_user(username, password=password)
        Membership.objects.create(user=user, org_unit=org_unit, role=role)
    return [username for username, _, _ in cast]


def _directives(
    count: int, leads: Sequence[OrgUnit], *, rng: random.Random, today: date, national: OrgUnit
) -> tuple[int, int]:
    start = today - timedelta(days=365 * YEARS)
    first_id = (Directive.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    directive_rows: list[tuple[Any, ...]] = []
    extension_rows: list[tuple[Any, ...]] = []
    update_rows: list[tuple[Any, ...]] = []
    state_rows: list[tuple[Any, ...]] = []
    now = timezone.now()
    for offset in range(count):
        pk = first_id + offset
        lead = leads[rng.randrange(len(leads))]
        assigned_on = start + timedelta(days=rng.randrange(365 * YEARS))
        deadline, facts = _story(rng, assigned_on, today)
        text = f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)} (số {pk})"
        directive_rows.append(
            (pk, text, " ".join(fold(text).split()), assigned_on, lead.pk, deadline.kind.value,
             deadline.due_on, "", now, now, Origin.IMPORTED.value, "", True)
        )  # fmt: skip
        for fact in facts:
            if fact.kind is FactKind.EXTENSION_GRANTED:
                extension_rows.append(
                    (pk, fact.on, fact.due_on, "Gia hạn (dữ liệu thử tải)", now, now,
                     Origin.IMPORTED.value, "", True)
                )  # fmt: skip
            else:
                update_rows.append(
                    (pk, fact.kind.value, fact.on, "Báo cáo (dữ liệu thử tải)", "", now, now,
                     Origin.IMPORTED.value, "", True)
                )  # fmt: skip
        spans, _ = Timeline(assigned_on, deadline, tuple(facts)).spans()
        state_rows += [
            (pk, lead.pk, s.starts_on, s.ends_on, s.due_on, s.done_on, s.is_late, s.is_accepted, "")
            for s in spans
        ]
    tracked = ["created_at", "updated_at", "origin", "origin_note", "is_illustrative"]
    _copy(
        Directive,
        ["id", "text", "search_key", "assigned_on", "lead_unit_id", "deadline_kind", "due_on",
         "recurrence", *tracked],
        directive_rows,
    )  # fmt: skip
    _copy(Extension, ["directive_id", "granted_on", "due_on", "reason", *tracked], extension_rows)
    _copy(
        DirectiveUpdate,
        ["directive_id", "kind", "reported_on", "note", "evidence", *tracked],
        update_rows,
    )
    _copy(
        DirectiveState,
        ["directive_id", "lead_unit_id", "starts_on", "ends_on", "due_on", "done_on", "is_late",
         "is_accepted", "problem"],
        state_rows,
    )  # fmt: skip
    _reset_sequences([Directive, Extension, DirectiveUpdate, DirectiveState])
    # Counts cached before the load are stale now, in every area.
    board_version_bump(OrgUnit.objects.values_list("path", flat=True))
    return len(extension_rows) + len(update_rows), len(state_rows)


def _story(rng: random.Random, assigned_on: date, today: date) -> tuple[Deadline, list[Fact]]:
    """A deadline and facts: 70% done, about 3% open past the deadline, the rest within it
    (a deadline still ahead, or none). Every fact falls between the assignment and today."""
    roll = rng.random()
    first_due = assigned_on + timedelta(days=rng.randrange(15, 180))
    if roll < SHARE_DONE:
        done_on = min(today, assigned_on + timedelta(days=rng.randrange(1, 200)))
        facts = []
        if rng.random() < 0.1:
            granted_on = min(done_on, assigned_on + (first_due - assigned_on) // 2)
            new_due = first_due + timedelta(days=rng.randrange(15, 90))
            facts.append(Fact(FactKind.EXTENSION_GRANTED, granted_on, new_due))
        facts.append(Fact(FactKind.DONE, done_on))
        if rng.random() < 0.5:
            facts.append(Fact(FactKind.ACCEPTED, min(today, done_on + timedelta(days=7))))
        return Deadline.on(first_due), facts
    if roll < SHARE_DONE + SHARE_OVERDUE:
        due_on = max(assigned_on, min(first_due, today - timedelta(days=rng.randrange(1, 400))))
        return Deadline.on(due_on), _progress(rng, assigned_on, today)
    if first_due > today:
        return Deadline.on(first_due), _progress(rng, assigned_on, today)
    return Deadline(DeadlineKind.NONE), _progress(rng, assigned_on, today)


def _progress(rng: random.Random, assigned_on: date, today: date) -> list[Fact]:
    if rng.random() < 0.5:
        return []
    day = min(today, assigned_on + timedelta(days=rng.randrange(1, 60)))
    return [Fact(FactKind.PROGRESS, day)]


def _copy(model: Any, columns: list[str], rows: Iterable[tuple[Any, ...]]) -> None:
    """Insert rows fast: COPY on PostgreSQL, executemany in batches elsewhere."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        marks = ", ".join(["%s"] * len(columns))
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608
        for batch in _batches(rows, 5000):
            cursor.executemany(sql, batch)


def _batches(rows: Iterable[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _reset_sequences(models: list[Any]) -> None:
    from django.core.management.color import no_style  # noqa: PLC0415

    statements = connection.ops.sequence_reset_sql(no_style(), models)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
