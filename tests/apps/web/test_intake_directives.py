"""The intake review shows every directive read, editable, and confirming creates them (#9).

The notice is our own, written in the Party layout for the demo's province.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from dondoc.apps.directives.models import Directive
from dondoc.apps.documents.models import Document
from dondoc.apps.intake_review.models import IntakeSource, IntakeStatus
from dondoc.apps.intake_review.services import intake_source_save
from dondoc.apps.orgs.models import Membership, OrgUnit, Role
from tests.apps.web.review_posts import directive_fields
from tests.hostile_inputs import HOSTILE_STRINGS

pytestmark = pytest.mark.django_db

NOTICE = """TỈNH ỦY LẠNG SƠN
*
Số 101-TB/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Lạng Sơn, ngày 10 tháng 3 năm {year}
THÔNG BÁO
kết luận của Ban Thường vụ Tỉnh ủy về tiến độ các dự án trọng điểm
Ngày 8/3/{year}, Ban Thường vụ Tỉnh ủy họp nghe báo cáo tiến độ các dự án trọng điểm. \
Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Giao UBND thành phố Lạng Sơn chủ trì, phối hợp với Ban Thường vụ Thành ủy Lạng Sơn rà soát \
quy hoạch các khu đô thị, báo cáo trước ngày 30/6/{year}.
2. Giao Ban Thường vụ Thành ủy Lạng Sơn hoàn thành giải phóng mặt bằng trước ngày 15/9.
Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Hồ Tiến Thiệu
"""


def read(client, year=2024):
    client.post(reverse("web:intake"), {"text": NOTICE.format(year=year)})
    source = IntakeSource.objects.latest("pk")
    return source, client.get(reverse("web:intake_review", args=[source.pk])).context


def confirm(client, source, context, *, keep=(0, 1), **changes):
    form = {
        "document": ["0"],
        "document-0-kind": "Thông báo",
        "document-0-number": "101-TB/TU",
        "document-0-date": "2024-03-10",
        "document-0-issuer": "Tỉnh ủy Lạng Sơn",
        **directive_fields(context, keep=set(keep)),
        **changes,
    }
    return client.post(reverse("web:intake_review", args=[source.pk]), form, follow=True)


def unit(name):
    return OrgUnit.objects.get(name=name)


def test_every_directive_read_is_shown_with_its_units_matched_and_its_deadline(demo_client):
    _source, context = read(demo_client)

    rows = context["directives"]
    assert [(row.lead_id, set(row.co_ids), row.due_on) for row in rows] == [
        (
            unit("UBND thành phố Lạng Sơn").pk,
            {unit("Ban Thường vụ Thành ủy Lạng Sơn").pk},
            "2024-06-30",
        ),
        (unit("Ban Thường vụ Thành ủy Lạng Sơn").pk, set(), "2024-09-15"),
    ]
    assert context["directives_document"] == "0"


def test_confirming_creates_the_directives_and_the_tracker_shows_their_lead_and_deadline(
    demo_client,
):
    source, context = read(demo_client)
    city = unit("UBND thành phố Lạng Sơn")

    confirm(
        demo_client,
        source,
        context,
        **{"directive-1-lead": city.pk, "directive-1-due_on": "2024-10-15"},
    )

    document = Document.objects.get(number="101-TB/TU")
    board = demo_client.get(
        reverse("web:directives"), {"document": document.pk, "on": "2024-03-11"}
    )
    rows = sorted(board.context["board"].rows, key=lambda row: row.directive.pk)
    assert [(r.directive.lead_unit, r.progress.due_on.isoformat()) for r in rows] == [
        (city, "2024-06-30"),
        (city, "2024-10-15"),
    ]
    assert "15/10/2024" in board.content.decode()


def test_an_edited_text_and_co_operating_units_are_what_is_stored(demo_client):
    source, context = read(demo_client)
    office = unit("Thường trực Tỉnh ủy Lạng Sơn")

    confirm(
        demo_client,
        source,
        context,
        keep=(0,),
        **{"directive-0-text": "Rà soát quy hoạch", "directive-0-co": [str(office.pk)]},
    )

    directive = Directive.objects.get(origin="intake")
    assert (directive.text, list(directive.co_units.all())) == ("Rà soát quy hoạch", [office])


def test_a_directive_dropped_is_not_created(demo_client):
    source, context = read(demo_client)

    confirm(demo_client, source, context, keep=(1,))

    assert list(Directive.objects.filter(origin="intake").values_list("text", flat=True)) == [
        "Giao Ban Thường vụ Thành ủy Lạng Sơn hoàn thành giải phóng mặt bằng trước ngày 15/9"
    ]


def test_no_deadline_chosen_gives_a_directive_without_one(demo_client):
    source, context = read(demo_client)

    confirm(demo_client, source, context, keep=(1,), **{"directive-1-deadline_kind": "none"})

    assert Directive.objects.get(origin="intake").deadline_kind == "none"


def test_a_unit_dissolved_before_the_documents_date_is_not_matched_and_must_be_chosen(
    demo_client,
):
    source, context = read(demo_client, year=2026)

    response = confirm(demo_client, source, context, **{"document-0-date": "2026-03-10"})

    assert [row.lead_id for row in context["directives"]] == [None, None]
    assert "Hãy chọn đơn vị chủ trì của" in response.content.decode()
    assert not Directive.objects.filter(origin="intake").exists()
    source.refresh_from_db()
    assert source.status == IntakeStatus.DRAFT


def test_a_refused_confirmation_shows_the_reviewers_edits_again(demo_client):
    source, context = read(demo_client)

    response = confirm(
        demo_client, source, context, **{"directive-0-text": "Sửa lại", "directive-1-lead": ""}
    )

    assert response.status_code == 200
    assert response.context["directives"][0].text == "Sửa lại"
    assert not Document.objects.filter(number="101-TB/TU").exists()


def test_a_deadline_before_the_documents_date_is_refused_in_vietnamese(demo_client):
    source, context = read(demo_client)

    response = confirm(demo_client, source, context, **{"directive-0-due_on": "2024-03-01"})

    assert "trước ngày giao" in response.content.decode()
    assert not Directive.objects.filter(origin="intake").exists()


def test_a_fixed_deadline_without_its_day_is_refused(demo_client):
    source, context = read(demo_client)

    response = confirm(demo_client, source, context, **{"directive-0-due_on": ""})

    assert "không có thời hạn”" in response.content.decode()
    assert not Directive.objects.filter(origin="intake").exists()


def test_a_year_less_deadline_takes_the_year_of_the_documents_date(demo_client):
    result = {
        "document": {"number": "7-TB/TU", "date": "2024-11-10"},
        "documents": [{"kind": "Thông báo", "number": "7-TB/TU", "span": [3, 10]}],
        "directives": [{"text": "Báo cáo", "lead": "UBND tỉnh Lạng Sơn", "deadline": "--01-15"}],
    }
    source, _ = intake_source_save(name="tb", text="tb", encoding="utf-8", result=result)

    context = demo_client.get(reverse("web:intake_review", args=[source.pk])).context

    assert context["directives"][0].due_on == "2025-01-15"


def reporter_of(admin_code):
    user = User.objects.create_user(f"reporter-{admin_code}", password="reporter-password-1")
    org_unit = OrgUnit.objects.get(admin_code=admin_code, kind="district")
    Membership.objects.create(user=user, org_unit=org_unit, role=Role.REPORTER)
    client = Client()
    client.force_login(user)
    return client


def test_a_unit_outside_the_reviewers_area_is_refused(demo_data):
    second = reporter_of("183")
    source, context = read(second)

    response = confirm(
        second,
        source,
        context,
        keep=(0,),
        **{"directive-0-lead": unit("UBND thành phố Lạng Sơn").pk},
    )

    assert [row.lead_id for row in context["directives"]] == [None, None]
    assert "trong phạm vi của bạn" in response.content.decode()
    assert not Directive.objects.filter(origin="intake").exists()


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=[repr(t[:12]) for t in HOSTILE_STRINGS])
def test_hostile_directive_fields_are_refused_or_stored_never_a_server_error(demo_client, text):
    source, context = read(demo_client)
    form = {
        **directive_fields(context, keep={0, 1}),
        "directive-0-text": text,
        "directive-0-lead": text,
        "directive-1-due_on": text,
        "directive-row": ["0", "1", text],
    }

    response = demo_client.post(
        reverse("web:intake_review", args=[source.pk]),
        urlencode(form, doseq=True, errors="surrogatepass"),
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code in (200, 302)


def test_the_directives_document_must_be_kept(demo_client):
    source, context = read(demo_client)

    response = confirm(demo_client, source, context, document=[])

    assert "không nằm trong các văn bản được giữ lại" in response.content.decode()
    assert not Directive.objects.filter(origin="intake").exists()


@pytest.mark.parametrize("raw", ["²", "9" * 5000, "１２３", "-1"])
def test_a_session_unit_that_is_no_id_is_refused_not_a_server_error(demo_client, raw):
    source, context = read(demo_client)

    response = confirm(demo_client, source, context, session="1", **{"session-host": raw})

    assert "Hãy chọn các đơn vị của buổi làm việc" in response.content.decode()


@pytest.mark.parametrize("raw", ["²", "9" * 5000, "１２３", "-1"])
def test_a_recommendation_group_that_is_no_index_is_left_out_not_a_server_error(demo_client, raw):
    source, context = read(demo_client)

    response = confirm(demo_client, source, context, session="1", **{"session-group": raw})

    assert response.status_code in (200, 302)


def test_a_draft_stored_before_directives_were_read_shows_the_sessions_own(demo_client):
    result = {
        "session": {
            "subject": "Ban Thường vụ Thành ủy Lạng Sơn",
            "directives": [
                {"speaker": "Trần Sỹ Thanh", "text": "Rà soát quy hoạch", "span": [0, 4]}
            ],
        }
    }
    source, _ = intake_source_save(name="cũ", text="cũ", encoding="utf-8", result=result)

    context = demo_client.get(reverse("web:intake_review", args=[source.pk])).context

    (row,) = context["directives"]
    assert (row.text, row.speaker, row.lead_id) == (
        "Rà soát quy hoạch",
        "Trần Sỹ Thanh",
        unit("Ban Thường vụ Thành ủy Lạng Sơn").pk,
    )
