"""What users do on the pages: update directives, extend them, read a report, sign in."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from dondoc.apps.directives.models import Directive
from dondoc.apps.documents.models import Document
from dondoc.apps.intake_review.models import IntakeSource
from dondoc.apps.orgs.models import Membership, OrgUnit, Person, Role
from dondoc.core.timeline import FOREVER
from tests.apps.web.review_posts import directive_fields

pytestmark = pytest.mark.django_db


def current_state(directive):
    return directive.states.get(ends_on=FOREVER)


def open_overdue():
    return (
        Directive.objects.filter(
            states__ends_on=FOREVER, states__done_on__isnull=True, due_on__isnull=False
        )
        .order_by("pk")
        .first()
    )


def test_marking_a_directive_done_changes_the_on_time_rate(demo_client):
    # Done late after being overdue leaves the rate (done on time / due) as it was; an open
    # directive within its deadline, done now, is done on time and raises it.
    within_deadline = Directive.objects.get(
        states__ends_on=FOREVER, states__done_on__isnull=True, due_on__isnull=True
    )
    before = demo_client.get(reverse("web:directives")).context["board"].on_time_rate

    demo_client.post(
        reverse("web:directive_update", args=[within_deadline.pk]),
        {"kind": "done", "reported_on": "2026-11-20", "note": "Đã hoàn thành"},
    )

    after = demo_client.get(reverse("web:directives")).context["board"].on_time_rate
    assert before != after


def test_an_update_is_kept_in_the_directives_history(demo_client):
    directive = open_overdue()

    demo_client.post(
        reverse("web:directive_update", args=[directive.pk]),
        {"kind": "progress", "reported_on": "2026-11-20", "note": "Đang triển khai"},
    )

    page = demo_client.get(reverse("web:directive", args=[directive.pk])).content.decode()
    assert "Đang triển khai" in page


def test_an_invalid_update_is_refused_with_a_vietnamese_message_and_nothing_changes(demo_client):
    directive = open_overdue()

    response = demo_client.post(
        reverse("web:directive_update", args=[directive.pk]),
        {"kind": "done", "reported_on": "2001-01-01", "note": "sai ngày"},
        follow=True,
    )

    directive.refresh_from_db()
    assert current_state(directive).done_on is None
    assert "Ngày này trước ngày giao nhiệm vụ." in response.content.decode()


def test_an_extension_keeps_the_first_deadline_visible(demo_client):
    directive = open_overdue()

    demo_client.post(
        reverse("web:directive_extension", args=[directive.pk]),
        {"granted_on": "2026-11-20", "due_on": "2027-03-31", "reason": "Chờ bố trí vốn"},
    )

    page = demo_client.get(
        reverse("web:directive", args=[directive.pk]), {"on": "2026-12-01"}
    ).content.decode()
    assert "31/03/2027" in page
    assert "thời hạn ban đầu" in page


def test_a_viewer_cannot_update_a_directive(client, demo_data):
    user = User.objects.create_user("viewer", password="viewer-password-1")
    Membership.objects.create(
        user=user, org_unit=OrgUnit.objects.get(admin_code="20", kind="province"), role=Role.VIEWER
    )
    client.login(username="viewer", password="viewer-password-1")

    response = client.post(
        reverse("web:directive_update", args=[open_overdue().pk]),
        {"kind": "done", "reported_on": "2026-11-20", "note": "x"},
    )

    assert response.status_code == 403


REPORT = "Sáng 5/3/2026, đồng chí Hà Văn Minh, Phó Chủ tịch UBND huyện, chủ trì họp triển khai Nghị quyết số 07-NQ/HU; 12/20 xã đạt chuẩn."


def test_reading_a_report_then_confirming_creates_the_records_once(demo_client):
    response = demo_client.post(reverse("web:intake"), {"text": REPORT})
    source = IntakeSource.objects.get()
    review = demo_client.get(response["Location"]).content.decode()

    form = {
        "document": ["0"],
        "document-0-kind": "Nghị quyết",
        "document-0-number": "07-NQ/HU",
        "person": ["0"],
        "person-0-name": "Hà Văn Minh",
    }
    demo_client.post(reverse("web:intake_review", args=[source.pk]), form)
    demo_client.post(
        reverse(
            "web:intake",
        ),
        {"text": REPORT},
    )
    demo_client.post(reverse("web:intake_review", args=[source.pk]), form)

    assert '<mark class="found-person">Hà Văn Minh</mark>' in review
    assert Person.objects.filter(full_name="Hà Văn Minh").count() == 1
    assert Document.objects.filter(number_raw="07-NQ/HU").count() == 1
    assert IntakeSource.objects.count() == 1
    assert Person.objects.get(full_name="Hà Văn Minh").origin == "intake"


def test_a_reviewer_can_correct_drop_and_add_items(demo_client):
    demo_client.post(reverse("web:intake"), {"text": REPORT})
    source = IntakeSource.objects.get()

    demo_client.post(
        reverse("web:intake_review", args=[source.pk]),
        {"person": ["0"], "person-0-name": "Hà Văn Minh Đức", "add-person": "Lò Thị Hoa"},
    )

    assert set(Person.objects.filter(origin="intake").values_list("full_name", flat=True)) == {
        "Hà Văn Minh Đức",
        "Lò Thị Hoa",
    }
    assert not Document.objects.filter(number_raw="07-NQ/HU").exists()


def test_a_file_that_is_not_text_is_refused_on_the_intake_page(demo_client):
    from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: PLC0415

    response = demo_client.post(
        reverse("web:intake"), {"file": SimpleUploadedFile("x.txt", b"\x00\x01\x02")}
    )

    assert response.status_code == 200
    assert "NUL" in response.content.decode()
    assert not IntakeSource.objects.exists()


def test_sign_in_is_throttled_after_repeated_failures(client, demo_data, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post(reverse("web:login"), {"username": "demo", "password": "wrong"})

    response = client.post(
        reverse("web:login"), {"username": "demo", "password": "demo-password-1"}
    )

    assert "Đăng nhập sai quá nhiều lần" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_review_matches_organisations_to_stored_units(demo_client):
    demo_client.post(
        reverse("web:intake"),
        {
            "text": "Thường trực Tỉnh ủy Lạng Sơn làm việc với Ban Thường vụ Thành ủy Lạng Sơn về kết quả 9 tháng."
        },
    )
    source = IntakeSource.objects.get()

    organisations = demo_client.get(reverse("web:intake_review", args=[source.pk])).context[
        "organisations"
    ]

    assert [(name, unit.name if unit else None) for name, unit in organisations] == [
        ("Thường trực Tỉnh ủy Lạng Sơn", "Thường trực Tỉnh ủy Lạng Sơn"),
        ("Ban Thường vụ Thành ủy Lạng Sơn", "Ban Thường vụ Thành ủy Lạng Sơn"),
    ]


def test_a_reporter_asks_for_an_extension_and_a_reviewer_grants_it(client, demo_data):
    directive = open_overdue()
    city = OrgUnit.objects.get(admin_code="178")
    reporter = User.objects.create_user("city-reporter", password="city-reporter-password-1")
    Membership.objects.create(user=reporter, org_unit=city, role=Role.REPORTER)
    client.login(username="city-reporter", password="city-reporter-password-1")

    client.post(
        reverse("web:directive_update", args=[directive.pk]),
        {
            "kind": "extension_requested",
            "reported_on": "2026-11-20",
            "note": "Xin gia hạn đến 31/3/2027",
        },
    )
    refused = client.post(
        reverse("web:directive_extension", args=[directive.pk]),
        {"granted_on": "2026-11-21", "due_on": "2027-03-31", "reason": "Đồng ý"},
    )
    client.login(username="demo", password="demo-password-1")
    client.post(
        reverse("web:directive_extension", args=[directive.pk]),
        {"granted_on": "2026-11-21", "due_on": "2027-03-31", "reason": "Đồng ý"},
    )

    assert refused.status_code == 403
    assert directive.updates.filter(kind="extension_requested").count() == 1
    assert directive.extensions.filter(due_on="2027-03-31").count() == 1


SESSION_REPORT = (
    "Ngày 12/3/2024, đoàn công tác của Thường trực Tỉnh ủy Lạng Sơn do đồng chí Trần Sỹ Thanh, Bí thư "
    "Tỉnh ủy làm trưởng đoàn, đã làm việc với Ban Thường vụ Thành ủy Lạng Sơn về tiến độ các dự án.\n"
    "Thành phố kiến nghị 2 nhóm vấn đề về các lĩnh vực đất đai; giáo dục.\n"
    "Kết luận, đồng chí Trần Sỹ Thanh lưu ý: thành phố cần đẩy nhanh giải phóng mặt bằng; rà soát quy hoạch.\n"
)


def the_demos_person(context, name):
    """The reviewer's answer to "who is <name>?": the person the demo already holds."""
    (index,) = [i for i, (asked, _) in enumerate(context["choices"]) if asked == name]
    (candidate,) = context["choices"][index][1]
    return {
        "choice": [str(index)],
        f"choice-{index}-name": name,
        f"choice-{index}": candidate.person_id,
    }


def test_a_name_stored_people_carry_is_not_merged_without_the_reviewers_choice(demo_client):
    demo_client.post(reverse("web:intake"), {"text": SESSION_REPORT})
    source = IntakeSource.objects.get()

    response = demo_client.post(
        reverse("web:intake_review", args=[source.pk]),
        {"person": ["0"], "person-0-name": "Trần Sỹ Thanh"},
        follow=True,
    )

    assert "Trần Sỹ Thanh" in response.content.decode()
    assert Person.objects.filter(full_name="Trần Sỹ Thanh").count() == 1
    source.refresh_from_db()
    assert source.status == "draft"


def test_confirming_a_report_can_create_the_working_session_with_its_directives(demo_client):
    from dondoc.apps.work_sessions.models import WorkingSession  # noqa: PLC0415

    demo_client.post(reverse("web:intake"), {"text": SESSION_REPORT})
    source = IntakeSource.objects.get()
    context = demo_client.get(reverse("web:intake_review", args=[source.pk])).context

    demo_client.post(
        reverse("web:intake_review", args=[source.pk]),
        {
            "person": ["0"],
            "person-0-name": "Trần Sỹ Thanh",
            **the_demos_person(context, "Trần Sỹ Thanh"),
            "session": "1",
            "session-host": context["session_host"].pk,
            "session-subject": context["session_subject"].pk,
            "session-held_on": "2024-03-12",
            "session-head": "Trần Sỹ Thanh",
            "session-topic": "tiến độ các dự án",
            "session-group": ["0", "1"],
            **directive_fields(context, keep={0, 1}),
        },
    )

    work_session = WorkingSession.objects.get(held_on="2024-03-12")
    assert (work_session.head.full_name, work_session.origin) == ("Trần Sỹ Thanh", "intake")
    assert [r.field_group for r in work_session.recommendations.all()] == [
        "các lĩnh vực đất đai",
        "giáo dục",
    ]
    assert [(d.speaker.full_name, d.text) for d in work_session.directives.order_by("pk")] == [
        ("Trần Sỹ Thanh", "Đẩy nhanh giải phóng mặt bằng"),
        ("Trần Sỹ Thanh", "Rà soát quy hoạch"),
    ]
    assert {d.lead_unit for d in work_session.directives.all()} == {work_session.subject_unit}
    assert Person.objects.filter(full_name="Trần Sỹ Thanh").count() == 1


def test_a_session_with_a_unit_that_no_longer_existed_is_refused_and_nothing_is_created(
    demo_client,
):
    from dondoc.apps.work_sessions.models import WorkingSession  # noqa: PLC0415

    demo_client.post(reverse("web:intake"), {"text": SESSION_REPORT})
    source = IntakeSource.objects.get()
    context = demo_client.get(reverse("web:intake_review", args=[source.pk])).context

    response = demo_client.post(
        reverse("web:intake_review", args=[source.pk]),
        {
            "person": ["0"],
            "person-0-name": "Người Mới Tinh",
            **the_demos_person(context, "Trần Sỹ Thanh"),
            "session": "1",
            "session-host": context["session_host"].pk,
            "session-subject": context["session_subject"].pk,
            "session-held_on": "2026-03-12",
        },
        follow=True,
    )

    assert "không tồn tại vào ngày 12/03/2026" in response.content.decode()
    assert WorkingSession.objects.count() == 1  # the demo's only
    assert not Person.objects.filter(full_name="Người Mới Tinh").exists()
    source.refresh_from_db()
    assert source.status == "draft"


def test_a_refused_session_is_shown_again_as_the_reviewer_set_it(demo_client):
    demo_client.post(reverse("web:intake"), {"text": SESSION_REPORT})
    source = IntakeSource.objects.get()
    context = demo_client.get(reverse("web:intake_review", args=[source.pk])).context

    response = demo_client.post(
        reverse("web:intake_review", args=[source.pk]),
        {
            "session": "1",
            "session-host": context["session_host"].pk,
            "session-subject": context["session_subject"].pk,
            "session-held_on": "",
            "session-topic": "đã sửa",
            "session-group": ["1"],
        },
    )

    form = response.context["session_form"]
    assert (form["is_kept"], form["topic"], form["held_on"]) == (True, "đã sửa", "")
    assert [is_kept for _index, _group, is_kept in form["groups"]] == [False, True]
    assert 'id="session" checked' in response.content.decode()
