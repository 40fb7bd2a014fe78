"""The demo's facts and texts. Facts come from a 20/10/2017 newspaper report; every sentence here is ours.

Where the report gives only a count or leaves a detail out (the 25 indicators one by one, the
budget amounts behind 86,2%, the directives' deadlines and outcomes), the values below are
illustrative and are stored with ``is_illustrative=True``.
"""

from datetime import date
from decimal import Decimal as D

SESSION_DAY = date(2017, 10, 20)
CITY_DISTRICT_CODE = "178"  # Thành phố Lạng Sơn before 1 July 2025
SECOND_DISTRICT_CODE = "183"  # Huyện Cao Lộc, the neighbouring district
PROVINCE_CODE = "20"
REFORM_DAY = date(2025, 7, 1)
PROVINCE_SINCE = date(1978, 12, 29)  # Lạng Sơn re-established when Cao Lạng was divided
CITY_SINCE = date(2002, 10, 17)  # the town became a city (Decree 82/2002/NĐ-CP)
TERM_START = date(2015, 10, 1)  # the 2015-2020 Party term; position start days are illustrative

# Our own account of the session, in the style of an office's report. Spans point into it.
REPORT = (
    "BÁO CÁO NHANH (dữ liệu minh họa của dondoc)\n"
    "Ngày 20/10/2017, đoàn công tác Thường trực Tỉnh ủy Lạng Sơn do Bí thư Tỉnh ủy Trần Sỹ Thanh "
    "làm trưởng đoàn đã làm việc với Ban Thường vụ Thành ủy Lạng Sơn, nghe thành phố báo cáo "
    "kết quả 9 tháng đầu năm thực hiện 10 nhiệm vụ trọng tâm và phương hướng quý IV/2017. "
    "Dự buổi làm việc có Phó Chủ tịch Thường trực HĐND tỉnh Tô Hùng Khoa cùng đại diện một số sở, ngành.\n"
    "Theo báo cáo, đến nay thành phố có 16/25 chỉ tiêu của Nghị quyết 62-NQ/TU ngày 29/5/2013 "
    "của Ban Thường vụ Tỉnh ủy đã đạt. Số thu ngân sách 9 tháng ước bằng 86,2% dự toán tỉnh giao, "
    "cao hơn cùng kỳ năm trước 45%. Đã có 14/27 tuyến phố được công nhận tuyến phố văn minh; "
    "3 mô hình sản xuất được nhân rộng và 7 nhãn hiệu nông sản được xây dựng.\n"
    "Thành phố nêu 4 nhóm kiến nghị với tỉnh. Chủ tịch UBND tỉnh Phạm Ngọc Thưởng đã trả lời "
    "từng nhóm và giao thành phố một số việc cần làm ngay. Kết luận buổi làm việc, Bí thư Tỉnh ủy "
    "ghi nhận kết quả 9 tháng và yêu cầu thành phố tập trung vào các nhiệm vụ được nêu dưới đây.\n"
)

# (title, status at nine months) — the themes come from the report; the wording and the split
# into ten tasks are ours.
KEY_TASKS_2017 = (
    (
        "Thực hiện Nghị quyết 62-NQ/TU và Kết luận 42 về xây dựng, phát triển thành phố đến năm 2020",
        "on_track",
    ),
    ("Cải thiện môi trường đầu tư, thu hút doanh nghiệp vào địa bàn", "on_track"),
    ("Hoàn thành dự toán thu ngân sách tỉnh giao", "on_track"),
    ("Bồi thường, giải phóng mặt bằng, hỗ trợ và tái định cư cho các dự án", "on_track"),
    ("Chỉnh trang đô thị, xây dựng tuyến phố văn minh", "behind"),
    ("Tái cơ cấu nông nghiệp gắn với xây dựng nông thôn mới", "on_track"),
    ("Xây dựng trường học đạt chuẩn quốc gia theo kế hoạch", "behind"),
    (
        "Thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội (Nghị quyết 12-NQ/TU)",
        "on_track",
    ),
    ("Xây dựng, chỉnh đốn Đảng; sắp xếp bộ máy, tinh giản biên chế, quy hoạch cán bộ", "on_track"),
    ("Nâng cao chất lượng tổ chức cơ sở đảng và chi bộ trực thuộc (Đề án 453)", "on_track"),
)

# The 25 indicators of Resolution 62-NQ/TU for the city to 2020: names, units and values are
# illustrative (the report gives only "16/25 achieved"); exactly 16 meet their target.
# (name, unit, direction, target for 2020, value at nine months of 2017, total for ratios)
RESOLUTION_62_INDICATORS = (
    ("Tốc độ tăng giá trị sản xuất bình quân", "%/năm", "at_least", D(13), D("13.5"), None),
    ("Thu nhập bình quân đầu người", "triệu đồng", "at_least", D(70), D(62), None),
    ("Tỷ trọng thương mại - dịch vụ trong cơ cấu kinh tế", "%", "at_least", D(75), D("76.1"), None),
    ("Tỷ lệ dân số đô thị dùng nước sạch", "%", "at_least", D(100), D("98.5"), None),
    ("Tỷ lệ chất thải rắn đô thị được thu gom", "%", "at_least", D(95), D(96), None),
    ("Tỷ lệ đường đô thị được cứng hóa", "%", "at_least", D(90), D(92), None),
    ("Tỷ lệ hộ nghèo", "%", "at_most", D(1), D("0.8"), None),
    ("Số trường đạt chuẩn quốc gia", "trường", "at_least", D(30), D(26), None),
    ("Tỷ lệ xã, phường đạt chuẩn quốc gia về y tế", "%", "at_least", D(100), D(100), None),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "at_least", D(95), D("93.2"), None),
    ("Tỷ lệ hộ đạt danh hiệu gia đình văn hóa", "%", "at_least", D(90), D("91.5"), None),
    ("Tỷ lệ khu dân cư đạt chuẩn văn hóa", "%", "at_least", D(85), D(86), None),
    ("Số tuyến phố đạt tuyến phố văn minh", "tuyến phố", "at_least", D(27), D(14), D(27)),
    ("Tỷ lệ lao động qua đào tạo", "%", "at_least", D(70), D(71), None),
    ("Số lao động có việc làm mới trong năm", "người", "at_least", D(2000), D(2150), None),
    ("Diện tích cây xanh đô thị bình quân", "m²/người", "at_least", D(7), D("5.6"), None),
    ("Tỷ lệ nước thải đô thị được xử lý", "%", "at_least", D(60), D(41), None),
    ("Tỷ lệ đường phố được chiếu sáng", "%", "at_least", D(100), D(100), None),
    ("Tỷ lệ tổ chức cơ sở đảng trong sạch, vững mạnh", "%", "at_least", D(80), D(82), None),
    ("Số đảng viên mới kết nạp trong năm", "đảng viên", "at_least", D(150), D(162), None),
    ("Tỷ lệ hồ sơ hành chính giải quyết đúng hạn", "%", "at_least", D(98), D("99.1"), None),
    ("Tỷ lệ hồ sơ địa chính được số hóa", "%", "at_least", D(100), D(78), None),
    ("Số xã đạt chuẩn nông thôn mới", "xã", "at_least", D(3), D(3), None),
    ("Tỷ lệ che phủ rừng", "%", "at_least", D(55), D("55.4"), None),
    ("Tỷ lệ dân số có hồ sơ sức khỏe điện tử", "%", "at_least", D(90), D(64), None),
)

# Budget revenue (tỷ đồng): the report gives 86,2% of the estimate and +45% year on year; the
# amounts behind those shares are illustrative. (unit key, year, estimate, 9-month, full year);
# the demo stands in late 2017, so 2017 has no full-year figure yet.
BUDGET = {
    "city": {2016: (D(600), D(431), D(618)), 2017: (D(725), D("624.95"), None)},
    "second": {2016: (D(180), D(120), D(181)), 2017: (D(200), D("148.6"), None)},
}
# The city's nine-month 2016 figure was first estimated, then revised by the official one, which is
# the base of the 2017 "+45% so với cùng kỳ".
BUDGET_9M_2016_ESTIMATE = D(428)

RECOMMENDATION_GROUPS = (
    "Kinh tế, quản lý đô thị",
    "Đất đai, bồi thường, giải phóng mặt bằng, đầu tư xây dựng cơ bản",
    "Văn hóa, xã hội",
    "Tổ chức, bộ máy và cải cách hành chính",
)

# (speaker key, text in our words, lead unit key, deadline, done on, extension) — the themes are
# the speakers'; deadlines and outcomes are illustrative.
DIRECTIVES = (
    (
        "chairman",
        "Siết chặt kỷ cương, kỷ luật hành chính; nâng hiệu quả công tác của cán bộ, công chức, viên chức",
        "city_pc",
        date(2017, 12, 31),
        date(2017, 12, 20),
        None,
    ),
    (
        "chairman",
        "Tập trung các biện pháp thu ngân sách để hoàn thành dự toán năm 2017",
        "city_pc",
        date(2017, 12, 31),
        date(2017, 12, 28),
        None,
    ),
    (
        "chairman",
        "Đẩy nhanh tiến độ các dự án đầu tư trên địa bàn",
        "city_pc",
        date(2018, 6, 30),
        date(2018, 8, 15),
        None,
    ),
    (
        "chairman",
        "Làm tốt công tác giải phóng mặt bằng cho các dự án trọng điểm",
        "city_pc",
        date(2018, 3, 31),
        None,
        (date(2018, 3, 20), date(2018, 9, 30), "Chờ phê duyệt phương án bồi thường"),
    ),
    (
        "chairman",
        "Tăng cường thanh tra, kiểm tra nội bộ, kịp thời chấn chỉnh vướng mắc phát sinh",
        "city_pc",
        date(2018, 3, 31),
        date(2018, 3, 15),
        None,
    ),
    (
        "chairman",
        "Quan tâm giải quyết khiếu nại, tố cáo của công dân",
        "city_pc",
        date(2018, 6, 30),
        date(2018, 7, 20),
        None,
    ),
    (
        "chairman",
        "Lãnh đạo sắp xếp tổ chức bộ máy, tinh giản biên chế",
        "city_party",
        date(2018, 12, 31),
        None,
        None,
    ),
    (
        "chairman",
        "Đào tạo, bồi dưỡng đội ngũ cán bộ đáp ứng yêu cầu nhiệm vụ",
        "city_party",
        date(2018, 12, 31),
        date(2018, 12, 10),
        None,
    ),
    (
        "chairman",
        "Tiếp tục thực hiện hiệu quả Nghị quyết 62-NQ/TU về phát triển thành phố đến năm 2020",
        "city_party",
        date(2020, 12, 31),
        date(2020, 12, 15),
        None,
    ),
    (
        "secretary",
        "Phát huy vai trò nêu gương của cấp ủy viên và sự gương mẫu của cán bộ, đảng viên",
        "city_party",
        date(2018, 6, 30),
        date(2018, 6, 25),
        None,
    ),
    (
        "secretary",
        "Tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ của cán bộ, công chức, viên chức",
        "city_party",
        date(2018, 3, 31),
        date(2018, 5, 10),
        None,
    ),
    (
        "secretary",
        "Chủ động phối hợp với các sở, ngành giải quyết các vụ việc phức tạp phát sinh",
        "city_pc",
        date(2018, 6, 30),
        None,
        None,
    ),
    (
        "secretary",
        "Chủ động thực hiện các nhiệm vụ theo phân cấp, tranh thủ sự chỉ đạo của tỉnh",
        "city_party",
        date(2018, 12, 31),
        date(2018, 12, 20),
        None,
    ),
    (
        "secretary",
        "Giữ vững đoàn kết nội bộ trong cấp ủy, chính quyền, đoàn thể",
        "city_party",
        None,
        None,
        None,
    ),
    (
        "secretary",
        "Phấn đấu để thành phố sớm được công nhận đô thị loại II",
        "city_pc",
        date(2019, 12, 31),
        date(2019, 9, 26),
        None,
    ),
)
