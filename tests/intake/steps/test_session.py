"""The structure of a working session, from a report we wrote in the style of the press."""

from dondoc.intake import read

REPORT = (
    "Sáng 12/3, đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy "
    "làm trưởng đoàn, đã làm việc với Ban Thường vụ Huyện ủy Đông Phong về kết quả thực hiện nhiệm vụ "
    "quý I/2024.\n"
    "Huyện kiến nghị với tỉnh 3 nhóm vấn đề về các lĩnh vực đất đai; giáo dục, y tế; tổ chức bộ máy.\n"
    "Phát biểu tại buổi làm việc, đồng chí Lê Thị Bình, Chủ tịch UBND tỉnh giải đáp các kiến nghị và "
    "lưu ý huyện cần thực hiện một số việc, đó là: Đẩy nhanh giải ngân vốn đầu tư công; tập trung "
    "giải phóng mặt bằng các dự án trọng điểm; bên cạnh đó, huyện cần rà soát quy hoạch xây dựng.\n"
    "Kết luận buổi làm việc, đồng chí Nguyễn Văn An yêu cầu: huyện phải giữ vững đoàn kết nội bộ; "
    "chăm lo đời sống Nhân dân.\n"
)


def test_host_subject_head_and_topic():
    session = read(REPORT).session

    assert session.host.text == "Ban Thường vụ Tỉnh ủy"
    assert session.subject.text == "Ban Thường vụ Huyện ủy Đông Phong"
    assert session.head == "Nguyễn Văn An"
    assert session.topic.text == "kết quả thực hiện nhiệm vụ quý I/2024"


def test_recommendations_count_and_groups():
    session = read(REPORT).session

    assert session.recommendation_count == 3
    assert [g.text for g in session.recommendation_groups] == [
        "các lĩnh vực đất đai",
        "giáo dục, y tế",
        "tổ chức bộ máy",
    ]


def test_each_speakers_instructions_are_split_into_directives():
    directives = [(d.speaker, d.text) for d in read(REPORT).session.directives]

    assert directives == [
        ("Lê Thị Bình", "Đẩy nhanh giải ngân vốn đầu tư công"),
        ("Lê Thị Bình", "Tập trung giải phóng mặt bằng các dự án trọng điểm"),
        ("Lê Thị Bình", "Rà soát quy hoạch xây dựng"),
        ("Nguyễn Văn An", "Giữ vững đoàn kết nội bộ"),
        ("Nguyễn Văn An", "Chăm lo đời sống Nhân dân"),
    ]


def test_a_directive_span_points_at_its_words():
    directive = read(REPORT).session.directives[0]

    assert (
        REPORT[directive.span.start : directive.span.end] == "Đẩy nhanh giải ngân vốn đầu tư công"
    )


def test_a_text_without_a_session_has_none():
    assert read("Chỉ số giá tiêu dùng tháng 9 tăng 1,55% so với tháng trước.").session is None


def test_a_session_without_recommendations_or_topic():
    session = read("Đoàn công tác của Tỉnh ủy đã làm việc với Huyện ủy Đông Phong.").session

    assert (session.recommendation_count, session.topic, session.head) == (None, None, None)
    assert session.subject.text == "Huyện ủy Đông Phong"
