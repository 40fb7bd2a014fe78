"""The intake through the API: a text or a file read into a draft of the caller's unit, its
findings, the drafts of one's units only, a draft confirmed once, with the web's codes (#12)."""

import codecs

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from dondoc.apps.api.routers.intake import INTAKE_MAX_BODY_BYTES
from dondoc.apps.directives.models import Directive
from dondoc.apps.documents.models import Document
from dondoc.apps.intake_review.models import IntakeSource
from dondoc.apps.orgs.models import OrgUnit, Person, Role
from dondoc.apps.work_sessions.models import WorkingSession
from dondoc.intake import MAX_CHARACTERS
from tests.apps.api.conftest import CITY, SIBLING, bearer, member
from tests.intake.rendering import text_pdf
from tests.intake.test_decoding import cp1258, tcvn3, vni
from tests.intake.test_formats import docx_bytes, zip_bytes

pytestmark = pytest.mark.django_db

# Our own report (no real person): a date, an official with a title, a resolution, a figure.
REPORT = (
    "Sáng 5/3/2026, đồng chí Hà Văn Minh, Phó Chủ tịch UBND thành phố, chủ trì họp triển khai "
    "Nghị quyết số 07-NQ/TU; 12/20 phường, xã đạt chuẩn."
)
SESSION_REPORT = (
    "Ngày 12/3/2024, đoàn công tác của Thường trực Tỉnh ủy Lạng Sơn do đồng chí Trần Sỹ Thanh, Bí thư "
    "Tỉnh ủy làm trưởng đoàn, đã làm việc với Ban Thường vụ Thành ủy Lạng Sơn về tiến độ các dự án.\n"
    "Thành phố kiến nghị 2 nhóm vấn đề về các lĩnh vực đất đai; giáo dục.\n"
    "Kết luận, đồng chí Trần Sỹ Thanh lưu ý: thành phố cần đẩy nhanh giải phóng mặt bằng; rà soát quy hoạch.\n"
)


def post_text(client, token, text=REPORT, **extra):
    return client.post(
        "/api/intake", {"text": text, **extra}, content_type="application/json", **token
    )


def post_file(client, token, name, data):
    return client.post("/api/intake/file", {"file": SimpleUploadedFile(name, data)}, **token)


def confirm(client, token, draft_id, body, **headers):
    return client.post(
        f"/api/intake/{draft_id}/confirm", body, content_type="application/json", **token, **headers
    )


def test_a_posted_text_becomes_a_draft_of_the_callers_unit_with_its_findings(client, city_token):
    response = post_text(client, city_token)

    draft = response.json()
    assert response.status_code == 201
    assert draft["org_unit_id"] == OrgUnit.objects.get(admin_code=CITY).pk
    assert (draft["status"], draft["encoding"], draft["name"]) == (
        "draft",
        "unicode",
        "pasted text",
    )
    assert [p["name"] for p in draft["findings"]["people"]] == ["Hà Văn Minh"]
    assert "07-NQ/TU" in {d["number"] for d in draft["findings"]["documents"]}


def test_the_same_text_posted_again_answers_the_stored_draft_with_200(client, city_token):
    first = post_text(client, city_token)

    again = post_text(client, city_token, name="Báo cáo số 215/BC-UBND")

    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    assert IntakeSource.objects.count() == 1


def test_a_blank_text_is_refused_with_the_intakes_code_and_message(client, city_token):
    response = post_text(client, city_token, text="  \n\t ")

    assert response.status_code == 400
    assert response.json()["code"] == "empty_input"
    assert response.json()["message"].startswith("Văn bản hoặc tệp trống")
    assert not IntakeSource.objects.exists()


def test_a_file_larger_than_other_bodies_is_taken_up_to_the_intakes_limit(
    client, city_token, settings
):
    settings.API_MAX_BODY_BYTES = 1024
    report = (REPORT + "\n") * 2_000  # ~300 kB

    response = post_file(client, city_token, "bao-cao-dai.txt", report.encode())

    assert response.status_code == 201


def test_a_file_above_the_intakes_limit_is_refused_unread_with_413(client, city_token):
    response = post_file(client, city_token, "qua-lon.txt", b"a" * (INTAKE_MAX_BODY_BYTES + 1))

    assert (response.status_code, response.json()["code"]) == (413, "request_too_large")
    assert not IntakeSource.objects.exists()


def test_a_text_longer_than_the_intake_reads_is_refused_with_413(client, city_token):
    response = post_text(client, city_token, text="a" * (MAX_CHARACTERS + 1))

    assert (response.status_code, response.json()["code"]) == (413, "input_too_large")


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda text: text.encode("utf-8"), "utf-8"),
        (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-bom"),
        (lambda text: text.encode("utf-16"), "utf-16"),
        (lambda text: text.encode("utf-16-le"), "utf-16-le"),
        (cp1258, "windows-1258"),
        (tcvn3, "tcvn3"),
        (vni, "vni"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "windows-1258", "tcvn3", "vni"],
)
def test_a_txt_file_is_read_in_each_encoding_the_intake_reads(client, city_token, encode, encoding):
    response = post_file(client, city_token, "bao-cao.txt", encode(REPORT))

    assert response.status_code == 201
    assert response.json()["encoding"] == encoding
    assert response.json()["text"] == REPORT


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("bao-cao.docx", docx_bytes(REPORT), "docx"),
        (
            "tin.html",
            f"<html><body><nav>Trang chủ</nav><p>{REPORT}</p></body></html>".encode(),
            "html/utf-8",
        ),
    ],
    ids=["docx", "html"],
)
def test_a_word_file_and_a_saved_page_are_read_as_on_the_intake_page(
    client, city_token, name, data, encoding
):
    response = post_file(client, city_token, name, data)

    assert response.status_code == 201
    assert response.json()["encoding"] == encoding
    assert response.json()["name"] == name
    assert [p["name"] for p in response.json()["findings"]["people"]] == ["Hà Văn Minh"]


def test_a_pdf_with_a_text_layer_is_read(client, city_token):
    response = post_file(client, city_token, "thong-bao.pdf", text_pdf(REPORT))

    assert response.status_code == 201
    assert response.json()["encoding"] == "pdf"
    assert "Hà Văn Minh" in response.json()["text"]


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("x.txt", b"\x00\x01\x02", "not_text"),
        ("bomb.docx", zip_bytes({"word/document.xml": 10 * 1024 * 1024}), "unsafe_archive"),
        ("bao-cao.txt", b"   \n", "empty_input"),
        ("anh.zip", zip_bytes({"a.txt": b"x"}), "unsupported_format"),
        ("hong.pdf", b"%PDF-1.7 not really", "malformed_pdf"),
    ],
    ids=["binary", "zip-bomb-docx", "blank", "zip", "broken-pdf"],
)
def test_a_file_the_intake_cannot_read_is_refused_with_its_code(
    client, city_token, name, data, code
):
    response = post_file(client, city_token, name, data)

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert f"({code}:" in response.json()["message"]
    assert not IntakeSource.objects.exists()


def test_issue_12_a_utf16_file_that_decodes_to_nul_characters_is_refused_not_stored(
    client, city_token
):
    # A few NULs pass the decoder's control-character bar, but no database stores them.
    response = post_file(client, city_token, "bao-cao.txt", (REPORT + "\x00").encode("utf-16"))

    assert (response.status_code, response.json()["code"]) == (400, "not_text")
    assert not IntakeSource.objects.exists()


def test_a_read_only_token_cannot_post_a_text(client, read_only_token):
    response = post_text(client, read_only_token)

    assert (response.status_code, response.json()["code"]) == (403, "token_read_only")
    assert not IntakeSource.objects.exists()


def test_a_viewer_cannot_post_a_text(client, demo_data):
    token = bearer(member("xem", admin_code=CITY, role=Role.VIEWER))

    response = post_text(client, token)

    assert (response.status_code, response.json()["code"]) == (403, "forbidden")


def test_another_units_draft_is_404_and_not_listed(client, city_token, sibling_token):
    draft_id = post_text(client, city_token).json()["id"]

    found = client.get(f"/api/intake/{draft_id}", **sibling_token)
    confirmed = confirm(client, sibling_token, draft_id, {"people": [{"name": "Hà Văn Minh"}]})
    listed = client.get("/api/intake", **sibling_token).json()

    assert (found.status_code, confirmed.status_code) == (404, 404)
    assert listed["total"] == 0
    assert IntakeSource.objects.get().status == "draft"


def test_the_drafts_of_ones_units_are_listed_latest_first_by_status(client, city_token):
    first = post_text(client, city_token).json()["id"]
    second = post_text(client, city_token, text="Chiều 6/3/2026, họp giao ban.").json()["id"]
    confirm(client, city_token, first, {})

    drafts = client.get("/api/intake?status=draft", **city_token).json()
    every = client.get("/api/intake", **city_token).json()

    assert [item["id"] for item in drafts["items"]] == [second]
    assert [item["id"] for item in every["items"]] == [second, first]


def test_a_draft_read_again_has_its_findings(client, city_token):
    posted = post_text(client, city_token).json()

    found = client.get(f"/api/intake/{posted['id']}", **city_token)

    assert found.status_code == 200
    assert found.json()["findings"] == posted["findings"]


def test_confirming_creates_the_records_once_then_says_already_confirmed(client, city_token):
    draft_id = post_text(client, city_token).json()["id"]
    body = {
        "documents": [{"kind": "Nghị quyết", "number": "07-NQ/TU", "date": "2026-03-05"}],
        "people": [{"name": "Hà Văn Minh"}],
    }

    first = confirm(client, city_token, draft_id, body)
    again = confirm(client, city_token, draft_id, body)

    assert first.status_code == 201
    assert [c["kind"] for c in first.json()["created"]] == ["document", "person"]
    assert first.json()["draft"]["status"] == "confirmed"
    assert (again.status_code, again.json()["code"]) == (400, "already_confirmed")
    assert again.json()["message"] == "Văn bản này đã được xác nhận."
    assert Person.objects.filter(full_name="Hà Văn Minh", origin="intake").count() == 1
    assert Document.objects.filter(number_raw="07-NQ/TU").count() == 1


def test_a_confirmation_retried_with_its_idempotency_key_replays_the_first_answer(
    client, city_token
):
    draft_id = post_text(client, city_token).json()["id"]
    body = {"people": [{"name": "Hà Văn Minh"}]}

    first = confirm(client, city_token, draft_id, body, HTTP_IDEMPOTENCY_KEY="xac-nhan-1")
    again = confirm(client, city_token, draft_id, body, HTTP_IDEMPOTENCY_KEY="xac-nhan-1")

    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"


def test_a_document_with_neither_number_nor_title_is_refused(client, city_token):
    draft_id = post_text(client, city_token).json()["id"]

    response = confirm(client, city_token, draft_id, {"documents": [{"kind": "Nghị quyết"}]})

    assert (response.status_code, response.json()["code"]) == (422, "invalid_input")


@pytest.fixture
def demo_token(demo_data):
    return bearer(User.objects.get(username="demo"))


def test_a_name_stored_people_carry_needs_the_reviewers_choice(client, demo_token):
    posted = post_text(client, demo_token, text=SESSION_REPORT).json()
    body = {"people": [{"name": "Trần Sỹ Thanh"}]}

    refused = confirm(client, demo_token, posted["id"], body)
    (choice,) = [c for c in posted["person_choices"] if c["name"] == "Trần Sỹ Thanh"]
    chosen = choice["candidates"][0]["person_id"]
    accepted = confirm(
        client, demo_token, posted["id"], body | {"person_choices": {"Trần Sỹ Thanh": chosen}}
    )

    assert (refused.status_code, refused.json()["code"]) == (400, "person_choice_required")
    assert accepted.status_code == 201
    assert accepted.json()["created"] == [{"kind": "person", "id": chosen, "text": "Trần Sỹ Thanh"}]
    assert Person.objects.filter(full_name="Trần Sỹ Thanh").count() == 1


def session_body(posted, **session):
    (choice,) = [c for c in posted["person_choices"] if c["name"] == "Trần Sỹ Thanh"]
    host = OrgUnit.objects.get(name="Thường trực Tỉnh ủy Lạng Sơn")
    subject = OrgUnit.objects.get(name="Ban Thường vụ Thành ủy Lạng Sơn")
    return {
        "people": [{"name": "Trần Sỹ Thanh"}],
        "person_choices": {"Trần Sỹ Thanh": choice["candidates"][0]["person_id"]},
        "session": {
            "held_on": "2024-03-12", "host_unit_id": host.pk, "subject_unit_id": subject.pk,
            "topic": "tiến độ các dự án", "recommendation_groups": [0, 1], "directives": [0, 1],
        } | session,
    }  # fmt: skip


def test_confirming_with_the_session_creates_it_with_its_directives(client, demo_token):
    posted = post_text(client, demo_token, text=SESSION_REPORT).json()

    response = confirm(client, demo_token, posted["id"], session_body(posted))

    work_session = WorkingSession.objects.get(held_on="2024-03-12")
    assert response.status_code == 201
    assert {
        "kind": "work_session",
        "id": work_session.pk,
        "text": str(work_session),
    } in response.json()["created"]
    assert work_session.head.full_name == "Trần Sỹ Thanh"
    assert [r.field_group for r in work_session.recommendations.all()] == [
        "các lĩnh vực đất đai",
        "giáo dục",
    ]
    assert [d.text for d in work_session.directives.order_by("pk")] == [
        "Đẩy nhanh giải phóng mặt bằng",
        "Rà soát quy hoạch",
    ]


def test_a_session_unit_outside_the_callers_area_is_refused(client, city_token):
    posted = post_text(client, city_token, text=SESSION_REPORT).json()
    body = session_body(posted)

    response = confirm(client, city_token, posted["id"], body)

    assert (response.status_code, response.json()["code"]) == (400, "session_units")
    assert IntakeSource.objects.get().status == "draft"


def test_a_session_item_the_findings_do_not_have_is_refused(client, demo_token):
    posted = post_text(client, demo_token, text=SESSION_REPORT).json()

    response = confirm(client, demo_token, posted["id"], session_body(posted, directives=[7]))

    assert (response.status_code, response.json()["code"]) == (400, "finding_not_found")
    assert not WorkingSession.objects.filter(held_on="2024-03-12").exists()


DIRECTIVE_REPORT = (
    "Thông báo số 12-TB/TU ngày 5/3/2024: giao UBND thành phố rà soát quy hoạch các phường, "
    "hoàn thành trước ngày 30/6/2024."
)


def directive_body(lead, **directive):
    return {
        "documents": [{"kind": "Thông báo", "number": "12-TB/TU", "date": "2024-03-05"}],
        "own_document": 0,
        "directives": [
            {
                "text": "Rà soát quy hoạch các phường",
                "lead_unit_id": lead.pk,
                "due_on": "2026-06-30",
            }
            | directive
        ],
    }


def test_a_directive_kept_is_created_tracked_and_linked_to_the_texts_document(client, city_token):
    city = OrgUnit.objects.get(admin_code=CITY)
    draft_id = post_text(client, city_token, text=DIRECTIVE_REPORT).json()["id"]

    response = confirm(client, city_token, draft_id, directive_body(city))

    (created,) = [c for c in response.json()["created"] if c["kind"] == "directive"]
    directive = Directive.objects.get(pk=created["id"])
    assert response.status_code == 201
    assert (directive.lead_unit, str(directive.due_on), directive.origin) == (
        city,
        "2026-06-30",
        "intake",
    )
    assert directive.document.number_raw == "12-TB/TU"
    assert str(directive.assigned_on) == "2024-03-05"


def test_a_directive_for_a_unit_outside_the_callers_area_is_refused_with_the_pages_code(
    client, city_token
):
    sibling = OrgUnit.objects.get(admin_code=SIBLING)
    draft_id = post_text(client, city_token, text=DIRECTIVE_REPORT).json()["id"]

    response = confirm(client, city_token, draft_id, directive_body(sibling))

    assert (response.status_code, response.json()["code"]) == (400, "directive_units")
    assert not Directive.objects.filter(text="Rà soát quy hoạch các phường").exists()
    assert IntakeSource.objects.get().status == "draft"


def test_an_own_document_that_is_not_among_those_kept_is_refused(client, city_token):
    city = OrgUnit.objects.get(admin_code=CITY)
    draft_id = post_text(client, city_token, text=DIRECTIVE_REPORT).json()["id"]

    response = confirm(client, city_token, draft_id, directive_body(city) | {"own_document": 3})

    assert (response.status_code, response.json()["code"]) == (400, "own_document_not_kept")
