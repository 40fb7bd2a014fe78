"""Loads the demo: Lạng Sơn as of 2017, the session of 20/10/2017, and the units after 2025."""

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction

from dondoc.apps.demo import data
from dondoc.apps.demo.admin_units import legacy_communes, legacy_district
from dondoc.apps.directives.models import DeadlineKind, Directive, UpdateKind
from dondoc.apps.directives.services import directive_assign, directive_extend, directive_report
from dondoc.apps.documents.models import Document
from dondoc.apps.documents.services import document_record
from dondoc.apps.indicators.models import Basis, Indicator, Reference, Vintage
from dondoc.apps.indicators.services import indicator_create, indicator_value_record
from dondoc.apps.key_tasks.models import KeyTask, KeyTaskStatus
from dondoc.apps.key_tasks.services import key_task_create, key_task_note_add
from dondoc.apps.orgs.models import Membership, OrgKind, OrgUnit, Person, Role
from dondoc.apps.orgs.services import (
    org_unit_create,
    org_unit_succeed,
    person_create,
    position_assign,
)
from dondoc.apps.provenance import Origin
from dondoc.apps.work_sessions.models import RecommendationStatus, Side, WorkingSession
from dondoc.apps.work_sessions.services import (
    participant_add,
    recommendation_add,
    recommendation_answer,
    work_session_record,
)
from dondoc.core import indicators as core
from dondoc.core.document_kinds import DocumentKind
from dondoc.core.periods import Period, PeriodKind

DEMO = Origin.DEMO
NINE_MONTHS_2017 = Period.of_year(PeriodKind.NINE_MONTHS, 2017)


@dataclass
class Units:
    province: OrgUnit
    central: OrgUnit
    politburo: OrgUnit
    provincial_party: OrgUnit
    provincial_board: OrgUnit
    provincial_office: OrgUnit
    provincial_council: OrgUnit
    provincial_pc: OrgUnit
    na_delegation: OrgUnit
    city: OrgUnit
    city_party: OrgUnit
    city_board: OrgUnit
    city_pc: OrgUnit
    second: OrgUnit


def demo_is_loaded() -> bool:
    return WorkingSession.objects.filter(origin=DEMO).exists()


def demo_user_ensure(*, password: str) -> None:
    """Create or update the ``demo`` user: administrator of the province (and of the admin site)."""
    user_model = get_user_model()
    user, _ = user_model.objects.get_or_create(username="demo")
    user.is_staff = user.is_superuser = True
    user.set_password(password)
    user.save()
    province = OrgUnit.objects.filter(admin_code=data.PROVINCE_CODE, kind=OrgKind.PROVINCE).first()
    if province is not None:
        Membership.objects.update_or_create(
            user=user, defaults={"org_unit": province, "role": Role.ADMINISTRATOR}
        )


@transaction.atomic
def demo_load() -> str:
    """Load everything in one transaction and return a one-line summary."""
    units = _units()
    _units_after_2025(units)
    people = _people(units)
    documents = _documents(units)
    indicators = _resolution_indicators(units, documents["62"])
    budget = _budget(units)
    key_tasks = _key_tasks(units, documents, indicators, budget)
    work_session = _session(units, people)
    _directives(units, people, work_session, key_tasks)
    return (
        f"{OrgUnit.objects.count()} units, {Person.objects.count()} people, "
        f"{Document.objects.count()} documents, "
        f"{Indicator.objects.count()} indicators, {KeyTask.objects.count()} key tasks, "
        f"{Directive.objects.count()} directives"
    )


def _unit(name: str, kind: OrgKind, parent: OrgUnit | None, **extra: object) -> OrgUnit:
    extra.setdefault("valid_from", data.PROVINCE_SINCE)
    return org_unit_create(name=name, kind=kind, parent=parent, origin=DEMO, **extra)  # type: ignore[arg-type]


def _units() -> Units:
    city_name, province_name = legacy_district(data.CITY_DISTRICT_CODE)
    province = _unit(
        province_name, OrgKind.PROVINCE, None, admin_code=data.PROVINCE_CODE, short_name="Lạng Sơn"
    )
    central = _unit(
        "Ban Chấp hành Trung ương Đảng", OrgKind.CENTRAL, None, valid_from=date(1930, 2, 3)
    )
    city_dates = {"valid_from": data.CITY_SINCE, "valid_until": data.REFORM_DAY}
    city = _unit(
        city_name, OrgKind.DISTRICT, province, admin_code=data.CITY_DISTRICT_CODE, **city_dates
    )
    second_name, _ = legacy_district(data.SECOND_DISTRICT_CODE)
    second = _unit(
        second_name,
        OrgKind.DISTRICT,
        province,
        admin_code=data.SECOND_DISTRICT_CODE,
        valid_until=data.REFORM_DAY,
    )
    provincial_party = _unit("Tỉnh ủy Lạng Sơn", OrgKind.PARTY_COMMITTEE, province)
    city_party = _unit("Thành ủy Lạng Sơn", OrgKind.PARTY_COMMITTEE, city, **city_dates)
    return Units(
        province=province,
        central=central,
        politburo=_unit("Bộ Chính trị", OrgKind.CENTRAL, central, valid_from=date(1951, 2, 19)),
        provincial_party=provincial_party,
        provincial_board=_unit(
            "Ban Thường vụ Tỉnh ủy Lạng Sơn", OrgKind.STANDING_BOARD, provincial_party
        ),
        provincial_office=_unit(
            "Thường trực Tỉnh ủy Lạng Sơn", OrgKind.STANDING_OFFICE, provincial_party
        ),
        provincial_council=_unit("HĐND tỉnh Lạng Sơn", OrgKind.PEOPLES_COUNCIL, province),
        provincial_pc=_unit("UBND tỉnh Lạng Sơn", OrgKind.PEOPLES_COMMITTEE, province),
        na_delegation=_unit(
            "Đoàn Đại biểu Quốc hội tỉnh Lạng Sơn", OrgKind.NATIONAL_ASSEMBLY_DELEGATION, province
        ),
        city=city,
        city_party=city_party,
        city_board=_unit(
            "Ban Thường vụ Thành ủy Lạng Sơn", OrgKind.STANDING_BOARD, city_party, **city_dates
        ),
        city_pc=_unit("UBND thành phố Lạng Sơn", OrgKind.PEOPLES_COMMITTEE, city, **city_dates),
        second=second,
    )


def _units_after_2025(units: Units) -> None:
    """The city's and the district's communes, closed on 1/7/2025 and handed to the new wards."""
    new_units: dict[str, OrgUnit] = {}
    for district in (units.city, units.second):
        communes = legacy_communes(district.admin_code)
        takeover: Counter[str] = Counter()
        for commune in communes:
            old = _unit(
                commune.name,
                OrgKind.COMMUNE,
                district,
                admin_code=commune.code,
                valid_from=district.valid_from,
                valid_until=data.REFORM_DAY,
            )
            if commune.successor_code not in new_units:
                new_units[commune.successor_code] = _unit(
                    commune.successor_name,
                    OrgKind.COMMUNE,
                    units.province,
                    admin_code=commune.successor_code,
                    valid_from=data.REFORM_DAY,
                )
            old.valid_until = None  # org_unit_succeed closes it on the reform day
            org_unit_succeed(
                old,
                on=data.REFORM_DAY,
                successors=[(new_units[commune.successor_code], Decimal(1))],
                origin=DEMO,
            )
            takeover[commune.successor_code] += 1
        # A district's figures pass to the new units in proportion to the communes each took over.
        shares = [
            (new_units[code], Decimal(count) / len(communes)) for code, count in takeover.items()
        ]
        district.valid_until = None
        org_unit_succeed(district, on=data.REFORM_DAY, successors=_rounded(shares), origin=DEMO)


def _rounded(shares: list[tuple[OrgUnit, Decimal]]) -> list[tuple[OrgUnit, Decimal]]:
    """Round shares to six places so they still add up to exactly 1."""
    rounded = [(unit, share.quantize(Decimal("0.000001"))) for unit, share in shares]
    rest = Decimal(1) - sum(share for _, share in rounded)
    first_unit, first_share = rounded[0]
    return [(first_unit, first_share + rest), *rounded[1:]]


def _people(units: Units) -> dict[str, Person]:
    secretary = person_create(full_name="Trần Sỹ Thanh", origin=DEMO)
    chairman = person_create(full_name="Phạm Ngọc Thưởng", origin=DEMO)
    council = person_create(full_name="Tô Hùng Khoa", origin=DEMO)
    posts = (
        (secretary, units.central, "Ủy viên Trung ương Đảng"),
        (secretary, units.provincial_party, "Bí thư Tỉnh ủy"),
        (secretary, units.na_delegation, "Trưởng Đoàn Đại biểu Quốc hội tỉnh"),
        (chairman, units.provincial_party, "Phó Bí thư Tỉnh ủy"),
        (chairman, units.provincial_pc, "Chủ tịch UBND tỉnh"),
        (council, units.provincial_board, "Ủy viên Ban Thường vụ Tỉnh ủy"),
        (council, units.provincial_council, "Phó Chủ tịch Thường trực HĐND tỉnh"),
    )
    for rank, (person, org_unit, title) in enumerate(posts):
        position = position_assign(
            person, org_unit=org_unit, title=title, start_on=data.TERM_START, rank=rank, origin=DEMO
        )
        position.is_illustrative = True
        position.origin_note = "Held on 20/10/2017 per the source; the start day is illustrative."
        position.save()
    return {"secretary": secretary, "chairman": chairman, "council": council}


def _documents(units: Units) -> dict[str, Document]:
    def record(
        key: str,
        kind: DocumentKind,
        number: str,
        issued_on: date | None,
        issuer: OrgUnit,
        title: str,
    ) -> tuple[str, Document]:
        document = document_record(
            kind=kind,
            number=number,
            issued_on=issued_on,
            issuer=issuer,
            issuer_name=issuer.name,
            title=title,
            origin=DEMO,
        )
        return key, document

    return dict(
        (
            record(
                "62",
                DocumentKind.RESOLUTION,
                "62-NQ/TU",
                date(2013, 5, 29),
                units.provincial_board,
                "Về xây dựng và phát triển thành phố Lạng Sơn đến năm 2020",
            ),
            record(
                "42",
                DocumentKind.NOTICE,
                "42-TB/KL",
                date(2016, 6, 28),
                units.provincial_office,
                "Kết luận về xây dựng và phát triển thành phố Lạng Sơn đến năm 2020",
            ),
            record(
                "12",
                DocumentKind.RESOLUTION,
                "12-NQ/TU",
                None,
                units.city_party,
                "Về thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội",
            ),
            record(
                "tw4",
                DocumentKind.RESOLUTION,
                "",
                None,
                units.central,
                "Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng",
            ),
            record(
                "05",
                DocumentKind.DIRECTIVE,
                "05",
                None,
                units.politburo,
                "Chỉ thị của Bộ Chính trị (số 05)",
            ),
            record(
                "453",
                DocumentKind.SCHEME,
                "453",
                None,
                units.provincial_party,
                "Nâng cao chất lượng, hiệu quả hoạt động của tổ chức cơ sở đảng "
                "và chi bộ trực thuộc, giai đoạn 2016-2020",
            ),
        )
    )


def _span(text: str) -> tuple[int, int]:
    start = data.REPORT.index(text)
    return start, start + len(text)


def _resolution_indicators(units: Units, resolution: Document) -> list[Indicator]:
    indicators = []
    span = Period.term(2016, 2020, kind=PeriodKind.STAGE)
    for number, (name, unit, direction, target, value, total) in enumerate(
        data.RESOLUTION_62_INDICATORS, start=1
    ):
        indicator = indicator_create(
            org_unit=units.city,
            name=name,
            span=span,
            document=resolution,
            code=str(number),
            unit=unit,
            basis=Basis.IN_PERIOD,
            origin=DEMO,
            is_illustrative=total is None,
            targets=[
                core.Target(
                    target,
                    core.Direction(direction),
                    unit,
                    date(2020, 12, 31),
                    resolution.issuer_name,
                )
            ],
        )
        source = _span("14/27 tuyến phố") if total else None
        indicator_value_record(
            indicator,
            org_unit=units.city,
            period=NINE_MONTHS_2017,
            value=value,
            total=total,
            vintage=Vintage.ESTIMATE,
            reported_on=data.SESSION_DAY,
            source_text=data.REPORT if source else "",
            source_span=source,
            origin=DEMO,
            is_approved=True,  # the published report's figures are the record
            is_illustrative=total is None,
        )
        indicators.append(indicator)
    return indicators


def _budget(units: Units) -> Indicator:
    city_indicator = None
    for key, years in data.BUDGET.items():
        org_unit = units.city if key == "city" else units.second
        indicator = indicator_create(
            org_unit=org_unit,
            name="Thu ngân sách nhà nước trên địa bàn",
            unit="tỷ đồng",
            span=Period.term(2016, 2020, kind=PeriodKind.STAGE),
            basis=Basis.CUMULATIVE,
            origin=DEMO,
            is_illustrative=True,
            targets=[
                (
                    core.Target(estimate, label="dự toán tỉnh giao", issuer="UBND tỉnh Lạng Sơn"),
                    Period.of_year(PeriodKind.YEAR, year),
                )
                for year, (estimate, _, _) in years.items()
            ],
        )
        for year, (_, nine_months, full_year) in years.items():
            _budget_values(indicator, org_unit, year, nine_months, full_year)
        city_indicator = city_indicator or indicator
    assert city_indicator is not None  # noqa: S101 - BUDGET has the city first
    indicator_value_record(
        city_indicator,
        org_unit=units.city,
        period=Period.of_year(PeriodKind.NINE_MONTHS, 2016),
        value=data.BUDGET_9M_2016_ESTIMATE,
        vintage=Vintage.ESTIMATE,
        reported_on=date(2016, 10, 5),
        origin=DEMO,
        is_approved=True,  # the published report's figures are the record
        is_illustrative=True,
    )
    return city_indicator


def _budget_values(
    indicator: Indicator,
    org_unit: OrgUnit,
    year: int,
    nine_months: Decimal,
    full_year: Decimal | None,
) -> None:
    is_session_figure = year == 2017 and org_unit.admin_code == data.CITY_DISTRICT_CODE
    indicator_value_record(
        indicator,
        org_unit=org_unit,
        period=Period.of_year(PeriodKind.NINE_MONTHS, year),
        value=nine_months,
        reference=Reference.NONE,
        vintage=Vintage.ESTIMATE if is_session_figure else Vintage.OFFICIAL,
        reported_on=data.SESSION_DAY if is_session_figure else date(year, 10, 15),
        source_text=data.REPORT if is_session_figure else "",
        source_span=_span("86,2% dự toán tỉnh giao") if is_session_figure else None,
        origin=DEMO,
        is_approved=True,  # the published report's figures are the record
        is_illustrative=True,
    )
    if full_year is None:
        return
    indicator_value_record(
        indicator,
        org_unit=org_unit,
        period=Period.of_year(PeriodKind.YEAR, year),
        value=full_year,
        vintage=Vintage.OFFICIAL,
        reported_on=date(year + 1, 1, 20),
        origin=DEMO,
        is_approved=True,  # the published report's figures are the record
        is_illustrative=True,
    )


def _key_tasks(
    units: Units, documents: dict[str, Document], indicators: list[Indicator], budget: Indicator
) -> list[KeyTask]:
    links = {
        0: ([documents["62"], documents["42"]], indicators),
        2: ([], [budget]),
        4: ([], [indicators[12]]),
        7: ([documents["12"]], []),
        8: ([documents["tw4"], documents["05"]], []),
        9: ([documents["453"]], []),
    }
    key_tasks = []
    for ordinal, (title, status) in enumerate(data.KEY_TASKS_2017, start=1):
        task_documents, task_indicators = links.get(ordinal - 1, ([], []))
        key_task = key_task_create(
            org_unit=units.city,
            year=2017,
            ordinal=ordinal,
            title=title,
            documents=task_documents,
            indicators=task_indicators,
            origin=DEMO,
            is_illustrative=True,
        )
        key_task_note_add(
            key_task,
            noted_on=date(2017, 9, 30),
            status=KeyTaskStatus(status),
            period=NINE_MONTHS_2017,
            text="Đánh giá 9 tháng (minh họa)."
            if status == "on_track"
            else "Chậm so với kế hoạch năm (minh họa).",
            origin=DEMO,
            is_illustrative=True,
        )
        key_tasks.append(key_task)
    return key_tasks


def _session(units: Units, people: dict[str, Person]) -> WorkingSession:
    work_session = work_session_record(
        held_on=data.SESSION_DAY,
        host_unit=units.provincial_office,
        subject_unit=units.city_board,
        head=people["secretary"],
        topic="Kết quả 9 tháng thực hiện 10 nhiệm vụ trọng tâm năm 2017; nhiệm vụ quý IV/2017",
        report_summary="Thành phố báo cáo kết quả 9 tháng và nêu 4 nhóm kiến nghị.",
        source_text=data.REPORT,
        origin=DEMO,
    )
    titles = {
        "secretary": "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh",
        "chairman": "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
        "council": "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh",
    }
    for key, side in (
        ("secretary", Side.DELEGATION),
        ("chairman", Side.DELEGATION),
        ("council", Side.GUEST),
    ):
        participant_add(
            work_session, person=people[key], side=side, titles=titles[key], origin=DEMO
        )
    for field_group in data.RECOMMENDATION_GROUPS:
        recommendation = recommendation_add(
            work_session, field_group=field_group, origin=DEMO, is_illustrative=True
        )
        recommendation_answer(
            recommendation,
            response="Đã được giải đáp tại buổi làm việc (nội dung chi tiết: minh họa).",
            responded_by=people["chairman"],
            status=RecommendationStatus.ANSWERED,
        )
    for value in units.city.indicator_values.filter(reported_on=data.SESSION_DAY):
        value.work_session = work_session
        value.save(update_fields=["work_session"])
    return work_session


def _directives(
    units: Units, people: dict[str, Person], work_session: WorkingSession, key_tasks: list[KeyTask]
) -> None:
    leads = {"city_pc": units.city_pc, "city_party": units.city_party}
    speakers = {"chairman": people["chairman"], "secretary": people["secretary"]}
    for speaker, text, lead, due_on, done_on, extension in data.DIRECTIVES:
        directive = directive_assign(
            text=text,
            assigned_on=data.SESSION_DAY,
            lead_unit=leads[lead],
            due_on=due_on,
            deadline_kind=DeadlineKind.DATE if due_on else DeadlineKind.NONE,
            work_session=work_session,
            speaker=speakers[speaker],
            key_tasks=[key_tasks[0]],
            origin=DEMO,
            is_illustrative=True,
        )
        if extension:
            granted_on, new_due_on, reason = extension
            directive_extend(directive, granted_on=granted_on, due_on=new_due_on, reason=reason)
        if done_on:
            directive_report(
                directive,
                kind=UpdateKind.DONE,
                reported_on=done_on,
                note="Báo cáo hoàn thành (minh họa).",
                is_illustrative=True,
            )
