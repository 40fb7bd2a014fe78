"""People and their titles in phrasings of our own (issue #9): before and after the name, commas
inside department names, dashes and brackets, honorifics, elected, appointed and dismissed,
acting and standing titles, abbreviations, capitals and signature blocks.

Positions are compared as `dondoc eval` compares them (term qualifiers such as "khóa XVI" left
out). Written by us; none is taken from a published text.
"""

import pytest

EXAMPLES = [
    pytest.param(
        "Dự hội nghị có đồng chí Lê Minh Hoan, Phó Chủ tịch Thường trực UBND tỉnh.",
        {"Lê Minh Hoan": ["Phó Chủ tịch Thường trực UBND tỉnh"]},
        id="phó-chủ-tịch-thường-trực",
    ),
    pytest.param(
        "Ông Trần Văn Bình, Giám đốc Sở Lao động, Thương binh và Xã hội cho biết kết quả giải quyết việc làm.",
        {"Trần Văn Bình": ["Giám đốc Sở Lao động, Thương binh và Xã hội"]},
        id="a-comma-inside-a-department-after-the-name",
    ),
    pytest.param(
        "Giám đốc Sở Văn hóa, Thể thao và Du lịch Nguyễn Thị Hằng phát biểu tại buổi lễ.",
        {"Nguyễn Thị Hằng": ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]},
        id="a-comma-inside-a-department-before-the-name",
    ),
    pytest.param(
        "Bà Phạm Thị Lan – Phó Bí thư Thường trực Huyện ủy Lạc Thủy trao quà cho các hộ nghèo.",
        {"Phạm Thị Lan": ["Phó Bí thư Thường trực Huyện ủy Lạc Thủy"]},
        id="a-dash-after-the-name",
    ),
    pytest.param(
        "Đồng chí Hoàng Văn Nam (Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy) chủ trì hội nghị.",
        {"Hoàng Văn Nam": ["Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Tỉnh ủy"]},
        id="titles-in-brackets",
    ),
    pytest.param(
        "Quyền Giám đốc Sở Y tế Đặng Quốc Khánh báo cáo tình hình dịch bệnh.",
        {"Đặng Quốc Khánh": ["Quyền Giám đốc Sở Y tế"]},
        id="quyền-giám-đốc",
    ),
    pytest.param(
        "Tại kỳ họp, ông Bùi Đức Hạnh được bầu giữ chức Chủ tịch UBND huyện Kim Bôi nhiệm kỳ 2021-2026.",
        {"Bùi Đức Hạnh": ["Chủ tịch UBND huyện Kim Bôi"]},
        id="elected-to",
    ),
    pytest.param(
        "HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Nguyễn Văn Toàn.",
        {"Nguyễn Văn Toàn": ["Phó Chủ tịch UBND tỉnh"]},
        id="dismissed-from",
    ),
    pytest.param(
        "Chủ tịch UBND tỉnh ký quyết định bổ nhiệm bà Lò Thị Mai giữ chức Phó Giám đốc Sở Tư pháp.",
        {"Lò Thị Mai": ["Phó Giám đốc Sở Tư pháp"]},
        id="appointed-to",
    ),
    pytest.param(
        "Ông Đinh Công Sứ tái đắc cử chức Bí thư Tỉnh ủy nhiệm kỳ 2025-2030.",
        {"Đinh Công Sứ": ["Bí thư Tỉnh ủy"]},
        id="re-elected",
    ),
    pytest.param(
        "Nơi nhận:\n- PCT UBND tỉnh Nguyễn Văn Chương;\n- Lưu: VT.",
        {"Nguyễn Văn Chương": ["PCT UBND tỉnh"]},
        id="abbreviated-in-recipients",
    ),
    pytest.param(
        "ỦY BAN NHÂN DÂN\nHUYỆN LẠC THỦY\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 415 /UBND-NV\n"
        "V/v tổ chức Ngày hội đại đoàn kết\n\nLạc Thủy, ngày 2 tháng 10 năm 2024\n\n"
        "Kính gửi: UBND các xã, thị trấn.\n\nGiao UBND các xã, thị trấn tổ chức Ngày hội.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
        "PHÓ CHỦ TỊCH\n\nNguyễn Văn Chương\n",
        {"Nguyễn Văn Chương": ["PHÓ CHỦ TỊCH"]},
        id="a-signature-block",
    ),
    pytest.param(
        "Tham dự có ông NGUYỄN VĂN AN, Chủ tịch Hội Nông dân tỉnh.",
        {"NGUYỄN VĂN AN": ["Chủ tịch Hội Nông dân tỉnh"]},
        id="a-name-in-capitals",
    ),
    pytest.param(
        "Đồng chí Mai Văn Lực, Tỉnh ủy viên, Bí thư Huyện ủy Tân Lạc phát biểu chỉ đạo.",
        {"Mai Văn Lực": ["Tỉnh ủy viên", "Bí thư Huyện ủy Tân Lạc"]},
        id="a-provincial-committee-member",
    ),
    pytest.param(
        "Phó Chủ tịch UBND tỉnh Quách Tất Liêm và Giám đốc Sở Xây dựng Đỗ Văn Hưng kiểm tra công trình.",
        {"Quách Tất Liêm": ["Phó Chủ tịch UBND tỉnh"], "Đỗ Văn Hưng": ["Giám đốc Sở Xây dựng"]},
        id="two-people-each-with-a-title-before",
    ),
    pytest.param(
        "Các Phó Chủ tịch UBND huyện: Hà Văn Tuấn, Bạch Công Lý dự họp.",
        {"Hà Văn Tuấn": ["Phó Chủ tịch UBND huyện"], "Bạch Công Lý": ["Phó Chủ tịch UBND huyện"]},
        id="a-list-title-opened-by-Các",
    ),
    pytest.param(
        "Ông Nguyễn Hữu Thắng, nguyên Chủ tịch UBND tỉnh, đến dự.",
        {"Nguyễn Hữu Thắng": ["nguyên Chủ tịch UBND tỉnh"]},
        id="nguyên-kept-as-written",
    ),
    pytest.param(
        "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Vương Văn Thiệp công bố quyết định.",
        {"Vương Văn Thiệp": ["Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"]},
        id="chủ-nhiệm-ủy-ban-kiểm-tra",
    ),
    pytest.param(
        "Ông Lường Văn Pánh - Chủ tịch UBND xã Tú Sơn cho biết, xã đã hoàn thành.",
        {"Lường Văn Pánh": ["Chủ tịch UBND xã Tú Sơn"]},
        id="a-dash-before-a-communal-title",
    ),
    pytest.param(
        "Đại biểu Quốc hội Nguyễn Thị Thu Hà (Đoàn ĐBQH tỉnh Hòa Bình) chất vấn Bộ trưởng.",
        {"Nguyễn Thị Thu Hà": ["Đại biểu Quốc hội"]},
        id="a-member-of-parliament-and-a-bracket",
    ),
    pytest.param(
        "Đồng chí Trương Thị Hồng được Ban Chấp hành bầu giữ chức Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.",
        {"Trương Thị Hồng": ["Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]},
        id="elected-to-the-front",
    ),
    pytest.param(
        "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan thăm mô hình.",
        {"Lê Minh Hoan": ["Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"]},
        id="a-ministry-with-và",
    ),
    pytest.param(
        "Ông Triệu Văn Lìu, Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh trình bày tờ trình.",
        {"Triệu Văn Lìu": ["Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"]},
        id="an-office-of-two-bodies",
    ),
    pytest.param(
        "Ủy viên UBND tỉnh, Giám đốc Công an tỉnh Nguyễn Văn Bình báo cáo.",
        {"Nguyễn Văn Bình": ["Ủy viên UBND tỉnh", "Giám đốc Công an tỉnh"]},
        id="two-titles-before-the-name",
    ),
]

SECOND_BATCH = [
    pytest.param(
        "Cùng dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trưởng Ban Dân vận Tỉnh ủy Hà Thị Vân; Giám đốc Công an tỉnh Lê Văn Thắng.",
        {
            "Hà Thị Vân": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"],
            "Lê Văn Thắng": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"],
        },
        id="a-list-title-and-each-ones-own",
    ),
    pytest.param(
        "Trước đó, ông Lục Văn Tài đã giữ các chức vụ Phó Bí thư Huyện ủy Đà Bắc khóa XX, nhiệm kỳ 2015 - 2020; Chủ tịch UBND huyện Đà Bắc; Ủy viên Ban Chấp hành Đảng bộ tỉnh.",
        {
            "Lục Văn Tài": [
                "Phó Bí thư Huyện ủy Đà Bắc khóa XX",
                "Chủ tịch UBND huyện Đà Bắc",
                "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
            ]
        },
        id="the-offices-held-before",
    ),
    pytest.param(
        "HĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh đối với 2 đại biểu, gồm các ông Phan Văn Long- Giám đốc Sở Nội vụ và Lê Hữu Phúc- Giám đốc Sở Y tế.",
        {
            "Phan Văn Long": ["Ủy viên UBND tỉnh", "Giám đốc Sở Nội vụ"],
            "Lê Hữu Phúc": ["Ủy viên UBND tỉnh", "Giám đốc Sở Y tế"],
        },
        id="elected-members-listed-after-đối-với",
    ),
    pytest.param(
        "Với 45/46 đại biểu tán thành, ông Quách Văn Tiến đã được bầu vào chức danh Phó Chủ tịch HĐND tỉnh Hòa Bình khóa XVII.",
        {"Quách Văn Tiến": ["Phó Chủ tịch HĐND tỉnh Hòa Bình khóa XVII"]},
        id="elected-to-a-title-with-vào-chức-danh",
    ),
    pytest.param(
        "Ông Nguyễn Văn Lâm, Phó Chủ tịch UBND huyện Yên Thủy được giao quyền Chủ tịch UBND huyện Yên Thủy.",
        {
            "Nguyễn Văn Lâm": [
                "Phó Chủ tịch UBND huyện Yên Thủy",
                "quyền Chủ tịch UBND huyện Yên Thủy",
            ]
        },
        id="given-the-acting-title",
    ),
    pytest.param(
        "Đồng chí Đinh Văn Hậu được bầu giữ chức vụ Chủ nhiệm Ủy ban kiểm tra Huyện ủy khóa XXIV.",
        {"Đinh Văn Hậu": ["Chủ nhiệm Ủy ban kiểm tra Huyện ủy khóa XXIV"]},
        id="ủy-ban-kiểm-tra-in-lower-case",
    ),
    pytest.param(
        "HĐND tỉnh miễn nhiệm chức vụ đại biểu HĐND tỉnh đối với bà Hoàng Thị Nga do chuyển công tác.",
        {"Hoàng Thị Nga": ["đại biểu HĐND tỉnh"]},
        id="a-lower-case-title-after-chức-vụ",
    ),
    pytest.param(
        "1. Bí thư Tỉnh ủy Hòa Bình: Ông Bùi Văn Tỉnh, UV BCH TƯ Đảng",
        {"Bùi Văn Tỉnh": ["Bí thư Tỉnh ủy Hòa Bình", "UV BCH TƯ Đảng"]},
        id="a-given-name-that-starts-a-title",
    ),
    pytest.param(
        "Phó Thủ tướng Thường trực Chính phủ Lê Văn Hưng yêu cầu các bộ khẩn trương vào cuộc.",
        {"Lê Văn Hưng": ["Phó Thủ tướng Thường trực Chính phủ"]},
        id="phó-thủ-tướng-thường-trực",
    ),
    pytest.param(
        "Ông Nguyễn Quang Vinh, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ công bố quyết định.",
        {"Nguyễn Quang Vinh": ["Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ"]},
        id="a-department-of-a-ministry-after-a-comma",
    ),
    pytest.param(
        "Ông Trương Minh Đức, Phó Huyện trưởng huyện Mã Quan (Trung Quốc) đánh giá cao hợp tác.",
        {"Trương Minh Đức": ["Phó Huyện trưởng huyện Mã Quan"]},
        id="a-place-abroad-after-its-level",
    ),
    pytest.param(
        "Tham dự có Bí thư Thành ủy Lê Văn Khải, Chủ tịch UBND thành phố Nguyễn Hữu Tâm và lãnh đạo các sở.",
        {"Lê Văn Khải": ["Bí thư Thành ủy"], "Nguyễn Hữu Tâm": ["Chủ tịch UBND thành phố"]},
        id="a-title-before-the-next-name",
    ),
    pytest.param(
        "Đồng chí Phạm Văn Minh, Phó Chủ tịch HĐND tỉnh, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh điều hành phiên thảo luận.",
        {"Phạm Văn Minh": ["Phó Chủ tịch HĐND tỉnh", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"]},
        id="a-dash-inside-a-board",
    ),
    pytest.param(
        "Tân Lạc, ngày 5 tháng 9 năm 2024\nThứ trưởng Hồ Đức Phớc làm việc với tỉnh\nSáng 5/9, Thứ trưởng Bộ Tài chính Hồ Đức Phớc làm việc với UBND tỉnh.",
        {"Hồ Đức Phớc": ["Thứ trưởng", "Thứ trưởng Bộ Tài chính"]},
        id="a-headline-line-after-the-date",
    ),
    pytest.param(
        "Chủ tịch UBND tỉnh ký quyết định bổ nhiệm ông Lê Hồng Quân, Phó Chánh Văn phòng UBND tỉnh giữ chức Chánh Văn phòng UBND tỉnh.",
        {"Lê Hồng Quân": ["Phó Chánh Văn phòng UBND tỉnh", "Chánh Văn phòng UBND tỉnh"]},
        id="appointed-from-one-title-to-another",
    ),
    pytest.param(
        "Ông Hờ A Dơ, Chủ tịch UBND xã Pá Mỳ cho biết xã có 12 bản.",
        {"Hờ A Dơ": ["Chủ tịch UBND xã Pá Mỳ"]},
        id="a-name-with-no-known-family-name",
    ),
    pytest.param(
        "Hội nghị đã bầu đồng chí Lê Thị Kim Dung tái đắc cử chức danh Chủ tịch Hội Liên hiệp Phụ nữ tỉnh khóa XVI.",
        {"Lê Thị Kim Dung": ["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh khóa XVI"]},
        id="re-elected-with-chức-danh",
    ),
    pytest.param(
        "Đồng chí Vũ Thanh Hà, Thành ủy viên, Phó Chủ tịch UBND thành phố chủ trì hội nghị.",
        {"Vũ Thanh Hà": ["Thành ủy viên", "Phó Chủ tịch UBND thành phố"]},
        id="a-city-committee-member",
    ),
    pytest.param(
        "Bà Nguyễn Thị Hoa, Chủ tịch Hội Chữ thập đỏ tỉnh trao tặng 100 suất quà.",
        {"Nguyễn Thị Hoa": ["Chủ tịch Hội Chữ thập đỏ tỉnh"]},
        id="a-red-cross-chair",
    ),
    pytest.param(
        "Ông Tạ Văn Long, Cục trưởng Cục Thuế tỉnh, Phó Trưởng Ban Chỉ đạo chống thất thu ngân sách tỉnh báo cáo.",
        {
            "Tạ Văn Long": [
                "Cục trưởng Cục Thuế tỉnh",
                "Phó Trưởng Ban Chỉ đạo chống thất thu ngân sách tỉnh",
            ]
        },
        id="a-steering-board-named-for-its-purpose",
    ),
]

# A third batch, written after the rules above and read by them before any change: 19 of 20
# right at first ("thị trường" was read as the level "thị xã").
THIRD_BATCH = [
    pytest.param(
        "Phát biểu tại buổi lễ, đồng chí Hà Văn Thạch, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh ghi nhận những đóng góp của ngành.",
        {"Hà Văn Thạch": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]},
        id="a-standing-deputy-secretary-and-chair",
    ),
    pytest.param(
        "Ông Bạch Văn Dũng - Trưởng phòng Tài nguyên và Môi trường huyện Lương Sơn cho biết, huyện đã cấp 500 giấy chứng nhận.",
        {"Bạch Văn Dũng": ["Trưởng phòng Tài nguyên và Môi trường huyện Lương Sơn"]},
        id="a-dash-before-a-district-office",
    ),
    pytest.param(
        "Theo bà Quách Thị Hà, Phó Giám đốc Sở Kế hoạch và Đầu tư, tỉnh đã thu hút 12 dự án.",
        {"Quách Thị Hà": ["Phó Giám đốc Sở Kế hoạch và Đầu tư"]},
        id="theo-bà",
    ),
    pytest.param(
        "Thượng tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự lễ.",
        {"Lương Tam Quang": ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"]},
        id="a-general",
    ),
    pytest.param(
        "Chủ tịch HĐND huyện Kim Bôi Nguyễn Thị Thu điều hành kỳ họp.",
        {"Nguyễn Thị Thu": ["Chủ tịch HĐND huyện Kim Bôi"]},
        id="a-title-before-a-district-council-chair",
    ),
    pytest.param(
        "Tại kỳ họp, các đại biểu đã bầu ông Trần Đức Hải giữ chức Phó Chủ tịch UBND huyện nhiệm kỳ 2021-2026.",
        {"Trần Đức Hải": ["Phó Chủ tịch UBND huyện"]},
        id="elected-by-the-delegates",
    ),
    pytest.param(
        "Thủ tướng Chính phủ vừa phê chuẩn kết quả miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Nguyễn Phi Long.",
        {"Nguyễn Phi Long": ["Chủ tịch UBND tỉnh"]},
        id="dismissed-with-phê-chuẩn",
    ),
    pytest.param(
        "Đồng chí Nguyễn Thanh Hải, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu.",
        {"Nguyễn Thanh Hải": ["Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]},
        id="a-front-abbreviated",
    ),
    pytest.param(
        "Ông Lê Quang Huy, Giám đốc Trung tâm Phát triển quỹ đất tỉnh, báo cáo tiến độ bồi thường.",
        {"Lê Quang Huy": ["Giám đốc Trung tâm Phát triển quỹ đất tỉnh"]},
        id="a-land-fund-centre",
    ),
    pytest.param(
        "Bà Đỗ Thị Minh Hoa, nguyên Phó Trưởng Đoàn ĐBQH tỉnh, tham gia đoàn giám sát.",
        {"Đỗ Thị Minh Hoa": ["nguyên Phó Trưởng Đoàn ĐBQH tỉnh"]},
        id="nguyên-before-a-deputy-head",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy chỉ định đồng chí Bùi Văn Cửu giữ chức Bí thư Huyện ủy Yên Thủy.",
        {"Bùi Văn Cửu": ["Bí thư Huyện ủy Yên Thủy"]},
        id="designated-to",
    ),
    pytest.param(
        "Phó Chủ tịch Thường trực HĐND tỉnh Đặng Văn Hoan chủ trì phiên chất vấn.",
        {"Đặng Văn Hoan": ["Phó Chủ tịch Thường trực HĐND tỉnh"]},
        id="a-standing-vice-chair",
    ),
    pytest.param(
        "Ông Vũ Văn Sơn, Giám đốc Công ty TNHH Nông sản sạch Hòa Bình chia sẻ kinh nghiệm.",
        {"Vũ Văn Sơn": ["Giám đốc Công ty TNHH Nông sản sạch Hòa Bình"]},
        id="a-company",
    ),
    pytest.param(
        "Đại tá Đinh Văn Thông, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo kết quả diễn tập.",
        {"Đinh Văn Thông": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]},
        id="a-military-commander",
    ),
    pytest.param(
        "Tham dự có ông Phùng Quốc Hiển, Phó Chủ tịch Quốc hội và bà Nguyễn Thị Thanh, Trưởng Ban Công tác đại biểu.",
        {
            "Phùng Quốc Hiển": ["Phó Chủ tịch Quốc hội"],
            "Nguyễn Thị Thanh": ["Trưởng Ban Công tác đại biểu"],
        },
        id="two-people-joined-by-và",
    ),
    pytest.param(
        "Ông Hoàng Văn Tâm được bổ nhiệm làm Phó Cục trưởng Cục Quản lý thị trường tỉnh.",
        {"Hoàng Văn Tâm": ["Phó Cục trưởng Cục Quản lý thị trường tỉnh"]},
        id="appointed-with-làm",
    ),
    pytest.param(
        "Giám đốc Sở Lao động - Thương binh và Xã hội Lê Văn Hải trao quà cho các gia đình chính sách.",
        {"Lê Văn Hải": ["Giám đốc Sở Lao động - Thương binh và Xã hội"]},
        id="a-ministry-with-a-dash",
    ),
    pytest.param(
        "Theo ông Mùa A Sơn, Chủ tịch UBND huyện Mường Tè, huyện còn 40% hộ nghèo.",
        {"Mùa A Sơn": ["Chủ tịch UBND huyện Mường Tè"]},
        id="a-name-with-no-known-family-name-after-theo",
    ),
    pytest.param(
        "Đồng chí Nguyễn Văn Tuấn (Phó Chủ tịch UBND thành phố) trực tiếp kiểm tra công trường.",
        {"Nguyễn Văn Tuấn": ["Phó Chủ tịch UBND thành phố"]},
        id="a-title-in-brackets",
    ),
    pytest.param(
        "PGS.TS Trần Văn Nam, Hiệu trưởng Trường Đại học Kinh tế quốc dân phát biểu.",
        {"Trần Văn Nam": ["Hiệu trưởng Trường Đại học Kinh tế quốc dân"]},
        id="a-degree-before-the-name",
    ),
    pytest.param(
        "Ông Lê Văn Tư, Tổ trưởng tổ hợp tác trồng rau an toàn xã Tân Vinh cho biết, mỗi năm tổ bán 30 tấn rau.",
        {"Lê Văn Tư": ["Tổ trưởng tổ hợp tác trồng rau an toàn xã Tân Vinh"]},
        id="a-group-named-at-length-to-its-commune",
    ),
    pytest.param(
        "Ông Trần Văn Hậu, Phó Tổng Giám đốc Ban Quản lý dự án Công ty cổ phần Đầu tư hạ tầng Hòa Bình cho biết.",
        {
            "Trần Văn Hậu": [
                "Phó Tổng Giám đốc Ban Quản lý dự án Công ty cổ phần Đầu tư hạ tầng Hòa Bình"
            ]
        },
        id="dự-án-inside-a-name",
    ),
    pytest.param(
        "Tặng quà mẹ Việt Nam anh hùng Nguyễn Thị Hến, 92 tuổi, ở xã Trung Minh.",
        {"Nguyễn Thị Hến": []},
        id="a-full-name-with-no-title",
    ),
    pytest.param(
        "Ngày hội có học sinh Trường THPT Nguyễn Văn Trỗi tham gia.",
        {},
        id="a-school-named-after-a-person",
    ),
    pytest.param(
        "HĐND tỉnh miễn nhiệm chức vụ đại biểu HĐND tỉnh đối với bà Lò Thị Xuân, nguyên Phó Giám đốc Sở Tư pháp, đại biểu HĐND đơn vị số 5 huyện Mai Châu (do nghỉ hưu).",
        {
            "Lò Thị Xuân": [
                "đại biểu HĐND tỉnh",
                "nguyên Phó Giám đốc Sở Tư pháp",
                "đại biểu HĐND đơn vị số 5 huyện Mai Châu",
            ]
        },
        id="a-lower-case-title-after-a-comma",
    ),
    pytest.param(
        "Ông Hoàng Văn Tâm được bổ nhiệm làm Phó Cục trưởng Cục Quản lý thị trường tỉnh.",
        {"Hoàng Văn Tâm": ["Phó Cục trưởng Cục Quản lý thị trường tỉnh"]},
        id="thị-trường-is-no-level",
    ),
]

KNOWN_FAILURES = [
    pytest.param(
        "CHỦ TỊCH UBND TỈNH BÙI VĂN KHÁNH THĂM CÁC HỘ DÂN VÙNG LŨ\nSáng 12/9, đồng chí Bùi Văn Khánh "
        "đã đến thăm bà con.",
        {"Bùi Văn Khánh": ["CHỦ TỊCH UBND TỈNH"]},
        id="a-title-in-a-headline-in-capitals",
    ),
    pytest.param(
        "Ông Lý Văn Hoan, Vụ trưởng Vụ Quản lý đê điều và phòng, chống thiên tai, Tổng cục Thủy "
        "lợi cho biết.",
        {
            "Lý Văn Hoan": [
                "Vụ trưởng Vụ Quản lý đê điều và phòng, chống thiên tai, Tổng cục Thủy lợi"
            ]
        },
        id="a-lower-case-field-after-và",
    ),
    pytest.param(
        "Ông Đinh Văn Hùng, Tổ trưởng tổ hợp tác nuôi cá lồng an toàn Hòa Lạc cho biết.",
        {"Đinh Văn Hùng": ["Tổ trưởng tổ hợp tác nuôi cá lồng an toàn Hòa Lạc"]},
        id="a-group-named-at-length-to-a-bare-place",
    ),
]
