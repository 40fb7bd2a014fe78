"""A fourth batch of texts of our own, scored as `dondoc eval` scores a gold file (issue #9).

Written by us on branch issue-9f, after the rules of issue-9d and issue-9e, and read by them
**before any change** to measure how the intake does on texts it was not tuned on (the first-read
scores are in `bench/README.md`). Each case is a text and its gold in the form of
`shared/eval/ANNOTATION.md`; every field is scored (a case with no directive says the text assigns
none). None of the sentences is taken from a published text; names and units are of the kind a
provincial text uses. Shapes not read yet carry ``known=`` (their reason) and are strict xfails.
"""

import pytest


def doc(kind, number, date=None, issuer=None):
    return {"kind": kind, "number": number, "date": date, "issuer": issuer}


def fig(span, value, unit, total=None):
    return {"span": span, "value": value, "unit": unit, "total": total}


def task(span, lead, cooperating=(), deadline=None):
    return {"span": span, "lead": lead, "cooperating": list(cooperating), "deadline": deadline}


def case(
    case_id,
    text,
    *,
    event_date=None,
    documents=(),
    people=None,
    figures=(),
    directives=(),
    known=None,
):
    """A text and its gold; ``known`` is the reason it is not read yet (a strict xfail)."""
    gold = {
        "event_date": event_date,
        "documents": list(documents),
        "people": [{"name": n, "positions": p} for n, p in (people or {}).items()],
        "figures": list(figures),
        "directives": list(directives),
    }
    marks = [pytest.mark.xfail(strict=True, reason=known)] if known else []
    return pytest.param(text, gold, id=case_id, marks=marks)


# --- Assigning sentences and lists (the directives kind) ---------------------------------------

DIRECTIVES = [
    case(
        "de-nghi-khan-truong-with-a-report-deadline",
        "Đề nghị Sở Công Thương khẩn trương kiểm tra, xử lý các cơ sở kinh doanh xăng dầu vi "
        "phạm, báo cáo kết quả trước ngày 20/4/2025.",
        directives=[
            task(
                "Đề nghị Sở Công Thương khẩn trương kiểm tra, xử lý các cơ sở kinh doanh xăng dầu "
                "vi phạm, báo cáo kết quả trước ngày 20/4/2025",
                "Sở Công Thương",
                deadline="2025-04-20",
            )
        ],
    ),
    case(
        "co-trach-nhiem-and-a-report-through-a-department",
        "UBND các huyện, thành phố có trách nhiệm rà soát số hộ chưa có nhà ở kiên cố, báo cáo "
        "kết quả về UBND tỉnh (qua Sở Xây dựng) trước ngày 15/3/2025.",
        directives=[
            task(
                "UBND các huyện, thành phố có trách nhiệm rà soát số hộ chưa có nhà ở kiên cố, báo "
                "cáo kết quả về UBND tỉnh (qua Sở Xây dựng) trước ngày 15/3/2025",
                "UBND các huyện, thành phố",
                deadline="2025-03-15",
            )
        ],
    ),
    case(
        "giao-chu-tri-two-cooperating-and-a-quarter",
        "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp xây dựng đề án sắp xếp "
        "các đơn vị sự nghiệp công lập, trình UBND tỉnh trong quý II/2025.",
        directives=[
            task(
                "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp xây dựng đề án sắp "
                "xếp các đơn vị sự nghiệp công lập, trình UBND tỉnh trong quý II/2025",
                "Sở Nội vụ",
                ["Sở Tài chính", "Sở Tư pháp"],
                "2025-06-30",
            )
        ],
    ),
    case(
        "chu-tri-phoi-hop-at-the-start-and-cham-nhat",
        "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh tổ chức tuyên truyền về an "
        "toàn giao thông trong trường học, hoàn thành chậm nhất ngày 30/5/2025.",
        directives=[
            task(
                "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh tổ chức tuyên truyền "
                "về an toàn giao thông trong trường học, hoàn thành chậm nhất ngày 30/5/2025",
                "Sở Giáo dục và Đào tạo",
                ["Công an tỉnh"],
                "2025-05-30",
            )
        ],
    ),
    case(
        "days-from-receiving-a-file-stay-relative",
        "Giao Sở Tài chính thẩm định phương án giá trong 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
        directives=[
            task(
                "Giao Sở Tài chính thẩm định phương án giá trong 15 ngày kể từ ngày nhận đủ hồ sơ "
                "hợp lệ",
                "Sở Tài chính",
            )
        ],
    ),
    case(
        "heads-of-departments-told-to-instruct",
        "Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh quán triệt cán bộ, công chức thực hiện "
        "nghiêm kỷ luật, kỷ cương hành chính.",
        directives=[
            task(
                "Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh quán triệt cán bộ, công chức thực hiện "
                "nghiêm kỷ luật, kỷ cương hành chính",
                "Thủ trưởng các sở, ban, ngành tỉnh",
            )
        ],
    ),
    case(
        "a-project-board-and-the-end-of-a-year",
        "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh tiến độ thi công, bảo đảm hoàn "
        "thành công trình cuối năm 2025.",
        directives=[
            task(
                "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh tiến độ thi công, bảo đảm "
                "hoàn thành công trình cuối năm 2025",
                "Ban Quản lý dự án đầu tư xây dựng tỉnh",
                deadline="2025-12-31",
            )
        ],
    ),
    case(
        "the-military-command-asked-to-cooperate",
        "Chủ tịch UBND tỉnh đề nghị Bộ Chỉ huy Quân sự tỉnh phối hợp với Công an tỉnh xây dựng "
        "phương án bảo đảm an ninh, trật tự trong dịp nghỉ lễ.",
        directives=[
            task(
                "đề nghị Bộ Chỉ huy Quân sự tỉnh phối hợp với Công an tỉnh xây dựng phương án bảo "
                "đảm an ninh, trật tự trong dịp nghỉ lễ",
                "Bộ Chỉ huy Quân sự tỉnh",
                ["Công an tỉnh"],
            )
        ],
    ),
    case(
        "a-department-whose-name-holds-commas-and-a-month",
        "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức Lễ hội Hoa Đào, báo cáo UBND tỉnh "
        "kết quả trong tháng 02/2026.",
        directives=[
            task(
                "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức Lễ hội Hoa Đào, báo cáo UBND "
                "tỉnh kết quả trong tháng 02/2026",
                "Sở Văn hóa, Thể thao và Du lịch",
                deadline="2026-02-28",
            )
        ],
    ),
    case(
        "communes-asked-to-direct-villages",
        "Đề nghị UBND các xã, thị trấn chỉ đạo các thôn, bản rà soát, lập danh sách hộ nghèo, "
        "gửi về Phòng Lao động - Thương binh và Xã hội huyện chậm nhất ngày 25/10/2025.",
        directives=[
            task(
                "Đề nghị UBND các xã, thị trấn chỉ đạo các thôn, bản rà soát, lập danh sách hộ "
                "nghèo, gửi về Phòng Lao động - Thương binh và Xã hội huyện chậm nhất ngày "
                "25/10/2025",
                "UBND các xã, thị trấn",
                deadline="2025-10-25",
            )
        ],
    ),
    case(
        "police-with-the-procuracy-and-the-court",
        "Giao Công an tỉnh chủ trì, phối hợp với Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân "
        "tỉnh đẩy nhanh tiến độ điều tra, truy tố, xét xử các vụ án tham nhũng.",
        directives=[
            task(
                "Giao Công an tỉnh chủ trì, phối hợp với Viện Kiểm sát nhân dân tỉnh, Tòa án nhân "
                "dân tỉnh đẩy nhanh tiến độ điều tra, truy tố, xét xử các vụ án tham nhũng",
                "Công an tỉnh",
                ["Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"],
            )
        ],
    ),
    case(
        "a-deadline-in-words",
        "Giao UBND huyện Hữu Lũng hoàn thành công tác giải phóng mặt bằng dự án trước ngày 30 "
        "tháng 6 năm 2025.",
        directives=[
            task(
                "Giao UBND huyện Hữu Lũng hoàn thành công tác giải phóng mặt bằng dự án trước ngày "
                "30 tháng 6 năm 2025",
                "UBND huyện Hữu Lũng",
                deadline="2025-06-30",
            )
        ],
    ),
    case(
        "mass-organisations-asked-together",
        "Đề nghị Liên đoàn Lao động tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh vận động đoàn "
        "viên, hội viên tham gia Tết trồng cây.",
        directives=[
            task(
                "Đề nghị Liên đoàn Lao động tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh vận động "
                "đoàn viên, hội viên tham gia Tết trồng cây",
                "Liên đoàn Lao động tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh",
            )
        ],
    ),
    case(
        "co-trach-nhiem-and-a-quarter-in-words",
        "Sở Thông tin và Truyền thông có trách nhiệm hướng dẫn các cơ quan báo chí tuyên truyền "
        "về chuyển đổi số, hoàn thành trong quý III năm 2025.",
        directives=[
            task(
                "Sở Thông tin và Truyền thông có trách nhiệm hướng dẫn các cơ quan báo chí tuyên "
                "truyền về chuyển đổi số, hoàn thành trong quý III năm 2025",
                "Sở Thông tin và Truyền thông",
                deadline="2025-09-30",
            )
        ],
    ),
    case(
        "work-then-a-report-after-a-semicolon-is-one-task",
        "Giao Sở Xây dựng rà soát các khu chung cư cũ xuống cấp; báo cáo UBND tỉnh trước ngày "
        "15/9/2025.",
        directives=[
            task(
                "Giao Sở Xây dựng rà soát các khu chung cư cũ xuống cấp; báo cáo UBND tỉnh trước "
                "ngày 15/9/2025",
                "Sở Xây dựng",
                deadline="2025-09-15",
            )
        ],
    ),
    case(
        "the-prime-minister-gives-a-ministry-a-draft",
        "Thủ tướng Chính phủ giao Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị định, trình "
        "Chính phủ trước ngày 30/4/2025.",
        directives=[
            task(
                "giao Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị định, trình Chính phủ trước "
                "ngày 30/4/2025",
                "Bộ Tài chính",
                deadline="2025-04-30",
            )
        ],
    ),
    case(
        "districts-named-after-a-colon",
        "Giao UBND các huyện: Văn Lãng, Tràng Định, Bình Gia chỉ đạo các xã biên giới tăng cường "
        "quản lý cư trú.",
        directives=[
            task(
                "Giao UBND các huyện: Văn Lãng, Tràng Định, Bình Gia chỉ đạo các xã biên giới tăng "
                "cường quản lý cư trú",
                "UBND các huyện: Văn Lãng, Tràng Định, Bình Gia",
            )
        ],
    ),
    case(
        "a-head-of-department-chiu-trach-nhiem",
        "Giao Giám đốc Sở Tài chính chịu trách nhiệm hướng dẫn các đơn vị quyết toán kinh phí, "
        "xong trước 30/6/2025.",
        directives=[
            task(
                "Giao Giám đốc Sở Tài chính chịu trách nhiệm hướng dẫn các đơn vị quyết toán kinh "
                "phí, xong trước 30/6/2025",
                "Giám đốc Sở Tài chính",
                deadline="2025-06-30",
            )
        ],
    ),
    case(
        "a-clock-time-with-minutes",
        "Yêu cầu Sở Kế hoạch và Đầu tư gửi dự thảo báo cáo về Văn phòng UBND tỉnh trước 17 giờ "
        "00 ngày 10/4/2025.",
        directives=[
            task(
                "Yêu cầu Sở Kế hoạch và Đầu tư gửi dự thảo báo cáo về Văn phòng UBND tỉnh trước 17 "
                "giờ 00 ngày 10/4/2025",
                "Sở Kế hoạch và Đầu tư",
                deadline="2025-04-10",
            )
        ],
    ),
    case(
        "the-first-half-of-a-year",
        "Giao Sở Tài nguyên và Môi trường hoàn thành việc cấp đổi giấy chứng nhận quyền sử dụng "
        "đất cho các hộ dân trong 6 tháng đầu năm 2025.",
        directives=[
            task(
                "Giao Sở Tài nguyên và Môi trường hoàn thành việc cấp đổi giấy chứng nhận quyền sử "
                "dụng đất cho các hộ dân trong 6 tháng đầu năm 2025",
                "Sở Tài nguyên và Môi trường",
                deadline="2025-06-30",
            )
        ],
    ),
    case(
        "a-monthly-report-has-no-day",
        "Giao Sở Y tế theo dõi tình hình dịch bệnh, báo cáo UBND tỉnh hằng tháng.",
        directives=[
            task(
                "Giao Sở Y tế theo dõi tình hình dịch bệnh, báo cáo UBND tỉnh hằng tháng",
                "Sở Y tế",
            )
        ],
    ),
    case(
        "items-under-a-department-heading-in-a-conclusion",
        "Ban Thường vụ Huyện ủy kết luận như sau:\n"
        "1. Giao Đảng ủy xã Tân Thành lãnh đạo hoàn thành việc xây dựng nông thôn mới trong năm "
        "2025.\n"
        "2. Ủy ban Kiểm tra Huyện ủy:\n"
        "- Kiểm tra việc thực hiện quy chế làm việc tại các chi bộ.\n"
        "- Báo cáo kết quả về Ban Thường vụ Huyện ủy trước ngày 30/11/2025.\n",
        directives=[
            task(
                "Giao Đảng ủy xã Tân Thành lãnh đạo hoàn thành việc xây dựng nông thôn mới trong "
                "năm 2025",
                "Đảng ủy xã Tân Thành",
                deadline="2025-12-31",
            ),
            task(
                "Kiểm tra việc thực hiện quy chế làm việc tại các chi bộ",
                "Ủy ban Kiểm tra Huyện ủy",
            ),
            task(
                "Báo cáo kết quả về Ban Thường vụ Huyện ủy trước ngày 30/11/2025",
                "Ủy ban Kiểm tra Huyện ủy",
                deadline="2025-11-30",
            ),
        ],
    ),
    case(
        "a-conclusions-opinions-with-numbered-addressees",
        "Ý kiến kết luận của Chủ tịch UBND tỉnh như sau:\n"
        "1. Sở Kế hoạch và Đầu tư tổng hợp nhu cầu vốn đầu tư công, gửi Sở Tài chính trước ngày "
        "10/7/2025.\n"
        "2. Kho bạc Nhà nước tỉnh kiểm soát chặt chẽ các khoản chi, báo cáo định kỳ hằng tháng.\n",
        directives=[
            task(
                "Sở Kế hoạch và Đầu tư tổng hợp nhu cầu vốn đầu tư công, gửi Sở Tài chính trước "
                "ngày 10/7/2025",
                "Sở Kế hoạch và Đầu tư",
                deadline="2025-07-10",
            ),
            task(
                "Kho bạc Nhà nước tỉnh kiểm soát chặt chẽ các khoản chi, báo cáo định kỳ hằng "
                "tháng",
                "Kho bạc Nhà nước tỉnh",
            ),
        ],
    ),
    case(
        "lettered-items-under-giao-with-a-colon",
        "UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn:\n"
        "a) Hướng dẫn nông dân gieo cấy đúng khung thời vụ.\n"
        "b) Kiểm tra chất lượng giống cây trồng, hoàn thành trong tháng 3/2025.\n",
        directives=[
            task(
                "Hướng dẫn nông dân gieo cấy đúng khung thời vụ",
                "Sở Nông nghiệp và Phát triển nông thôn",
            ),
            task(
                "Kiểm tra chất lượng giống cây trồng, hoàn thành trong tháng 3/2025",
                "Sở Nông nghiệp và Phát triển nông thôn",
                deadline="2025-03-31",
            ),
        ],
    ),
    case(
        "a-second-assigning-verb-starts-a-second-task",
        "Giao Sở Giao thông vận tải sửa chữa các điểm hư hỏng trên Quốc lộ 1B; đồng thời yêu cầu "
        "UBND huyện Bình Gia cắm biển cảnh báo tại các điểm sạt lở.",
        directives=[
            task(
                "Giao Sở Giao thông vận tải sửa chữa các điểm hư hỏng trên Quốc lộ 1B",
                "Sở Giao thông vận tải",
            ),
            task(
                "yêu cầu UBND huyện Bình Gia cắm biển cảnh báo tại các điểm sạt lở",
                "UBND huyện Bình Gia",
            ),
        ],
    ),
    case(
        "the-press-asked-to-report",
        "Đề nghị Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên truyền về "
        "cải cách hành chính.",
        directives=[
            task(
                "Đề nghị Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên "
                "truyền về cải cách hành chính",
                "Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh",
            )
        ],
    ),
    case(
        "the-directing-speech-with-can",
        "Phát biểu chỉ đạo tại hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung tháo "
        "gỡ khó khăn cho doanh nghiệp. Các huyện cần đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
        directives=[
            task(
                "yêu cầu các sở, ngành tập trung tháo gỡ khó khăn cho doanh nghiệp",
                "các sở, ngành",
            ),
            task(
                "Các huyện cần đẩy nhanh tiến độ giải ngân vốn đầu tư công",
                "Các huyện",
            ),
        ],
    ),
]

NOT_DIRECTIVES = [
    case(
        "a-bodys-own-plans",
        "Sở Y tế cho biết sẽ tiếp tục chỉ đạo các bệnh viện nâng cao chất lượng khám, chữa bệnh.",
    ),
    case(
        "an-approval",
        "Đồng ý chủ trương cho Công ty cổ phần Xi măng Đồng Bành lập hồ sơ mở rộng mỏ đá vôi.",
    ),
    case(
        "a-request-sent-upward",
        "Huyện kiến nghị UBND tỉnh sớm bố trí vốn cho dự án cải tạo đường liên xã.",
    ),
    case(
        "the-closing-formula",
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    ),
    case(
        "a-standing-duty-in-a-decision",
        "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan liên quan chịu "
        "trách nhiệm thi hành Quyết định này./.",
    ),
]

# --- People and titles ------------------------------------------------------------------------

PEOPLE = [
    case(
        "a-standing-deputy-secretary-who-chairs-the-council",
        "Dự hội nghị có đồng chí Lương Trọng Quỳnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch "
        "HĐND tỉnh.",
        people={"Lương Trọng Quỳnh": ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"]},
    ),
    case(
        "a-dash-and-a-dash-inside-the-department",
        "Bà Hoàng Thị Mai - Phó Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, công tác "
        "chi trả trợ cấp đã hoàn thành.",
        people={"Hoàng Thị Mai": ["Phó Giám đốc Sở Lao động - Thương binh và Xã hội"]},
    ),
    case(
        "a-title-in-brackets",
        "Thay mặt lãnh đạo tỉnh, đồng chí Đoàn Thu Hà (Phó Chủ tịch UBND tỉnh) trao quà cho các "
        "gia đình chính sách.",
        people={"Đoàn Thu Hà": ["Phó Chủ tịch UBND tỉnh"]},
    ),
    case(
        "elected-with-a-title-held-before",
        "HĐND tỉnh đã bầu bà Nguyễn Thị Lan Anh, Giám đốc Sở Tư pháp, giữ chức Phó Chủ tịch UBND "
        "tỉnh nhiệm kỳ 2021-2026.",
        people={"Nguyễn Thị Lan Anh": ["Giám đốc Sở Tư pháp", "Phó Chủ tịch UBND tỉnh"]},
    ),
    case(
        "appointed-from-deputy-to-chief",
        "Chủ tịch UBND tỉnh đã ký quyết định bổ nhiệm ông Vi Văn Sơn, Phó Chánh Văn phòng UBND "
        "tỉnh, giữ chức Chánh Văn phòng UBND tỉnh.",
        people={"Vi Văn Sơn": ["Phó Chánh Văn phòng UBND tỉnh", "Chánh Văn phòng UBND tỉnh"]},
    ),
    case(
        "relieved-of-an-office",
        "HĐND huyện đã miễn nhiệm chức vụ Chủ tịch UBND huyện Chi Lăng đối với ông Lộc Văn Thắng "
        "để nhận nhiệm vụ mới.",
        people={"Lộc Văn Thắng": ["Chủ tịch UBND huyện Chi Lăng"]},
    ),
    case(
        "elected-secretary-of-a-district",
        "Ông Nông Đức Cường được bầu giữ chức Bí thư Huyện ủy Bắc Sơn nhiệm kỳ 2020-2025.",
        people={"Nông Đức Cường": ["Bí thư Huyện ủy Bắc Sơn"]},
    ),
    case(
        "deputies-listed-with-va",
        "Các đồng chí Phó Chủ tịch UBND tỉnh: Đinh Hữu Học, Dương Xuân Huyên và Đoàn Thu Hà cùng "
        "dự.",
        people={
            "Đinh Hữu Học": ["Phó Chủ tịch UBND tỉnh"],
            "Dương Xuân Huyên": ["Phó Chủ tịch UBND tỉnh"],
            "Đoàn Thu Hà": ["Phó Chủ tịch UBND tỉnh"],
        },
    ),
    case(
        "according-to-the-chief-inspector",
        "Theo ông Trần Văn Bảo, Chánh Thanh tra tỉnh, đoàn thanh tra đã phát hiện nhiều sai phạm.",
        people={"Trần Văn Bảo": ["Chánh Thanh tra tỉnh"]},
    ),
    case(
        "a-standing-vice-chair-before-the-name",
        "Phó Chủ tịch Thường trực UBND tỉnh Lương Trọng Quỳnh chủ trì cuộc họp.",
        people={"Lương Trọng Quỳnh": ["Phó Chủ tịch Thường trực UBND tỉnh"]},
    ),
    case(
        "a-colonel-directs-the-police",
        "Đại tá Lê Văn Hưởng, Giám đốc Công an tỉnh báo cáo tình hình an ninh trật tự.",
        people={"Lê Văn Hưởng": ["Giám đốc Công an tỉnh"]},
    ),
    case(
        "two-chairs-of-mass-organisations-joined-by-va",
        "Tham dự có ông Hứa Văn Đông, Chủ tịch Hội Nông dân tỉnh và bà La Thị Huệ, Chủ tịch Hội "
        "Liên hiệp Phụ nữ tỉnh.",
        people={
            "Hứa Văn Đông": ["Chủ tịch Hội Nông dân tỉnh"],
            "La Thị Huệ": ["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"],
        },
    ),
    case(
        "a-former-title-keeps-nguyen",
        "Đồng chí Lâm Thị Phương Thanh, nguyên Phó Chánh Văn phòng Trung ương Đảng dự lễ kỷ niệm.",
        people={"Lâm Thị Phương Thanh": ["nguyên Phó Chánh Văn phòng Trung ương Đảng"]},
    ),
    case(
        "a-party-board-head-before-the-name",
        "Trưởng Ban Tuyên giáo Tỉnh ủy Hoàng Thị Hương phát biểu tại buổi lễ.",
        people={"Hoàng Thị Hương": ["Trưởng Ban Tuyên giáo Tỉnh ủy"]},
    ),
    case(
        "a-district-office-head-between-commas",
        "Ông Mông Văn Tân, Trưởng phòng Nội vụ huyện Đình Lập, cho biết huyện đã tinh giản biên "
        "chế đúng lộ trình.",
        people={"Mông Văn Tân": ["Trưởng phòng Nội vụ huyện Đình Lập"]},
    ),
    case(
        "an-acting-director",
        "Ông Nguyễn Văn Quân, quyền Giám đốc Sở Y tế, trình bày báo cáo.",
        people={"Nguyễn Văn Quân": ["quyền Giám đốc Sở Y tế"]},
    ),
    case(
        "a-deputy-head-of-a-council-board",
        "Bà Hà Thị Thu Trang - Phó Trưởng Ban Dân tộc HĐND tỉnh điều hành phiên thảo luận.",
        people={"Hà Thị Thu Trang": ["Phó Trưởng Ban Dân tộc HĐND tỉnh"]},
    ),
    case(
        "two-titles-before-two-names",
        "Chủ tịch UBND tỉnh Hồ Tiến Thiệu và Phó Chủ tịch UBND tỉnh Đoàn Thu Hà tiếp đoàn công "
        "tác.",
        people={
            "Hồ Tiến Thiệu": ["Chủ tịch UBND tỉnh"],
            "Đoàn Thu Hà": ["Phó Chủ tịch UBND tỉnh"],
        },
    ),
    case(
        "appointed-a-deputy-minister",
        "Thủ tướng Chính phủ đã bổ nhiệm ông Phạm Quang Vinh giữ chức Thứ trưởng Bộ Ngoại giao.",
        people={"Phạm Quang Vinh": ["Thứ trưởng Bộ Ngoại giao"]},
    ),
    case(
        "a-name-in-capitals-after-ong-relieved",
        "Quyết định miễn nhiệm chức vụ Phó Giám đốc Sở Công Thương đối với ông HOÀNG VĂN LỤC.",
        people={"HOÀNG VĂN LỤC": ["Phó Giám đốc Sở Công Thương"]},
    ),
    case(
        "a-secretary-and-council-chair-of-a-commune",
        "Bà Lý Thị Vân, Bí thư Đảng ủy, Chủ tịch HĐND xã Hòa Lạc cho biết, xã đã về đích nông "
        "thôn mới.",
        people={"Lý Thị Vân": ["Bí thư Đảng ủy", "Chủ tịch HĐND xã Hòa Lạc"]},
    ),
]

# --- Documents cited, in all the forms of their numbers ---------------------------------------

DOCUMENTS = [
    case(
        "a-central-resolution",
        "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa "
        "XII, tỉnh đã sắp xếp lại bộ máy.",
        documents=[doc("Nghị quyết", "18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng")],
    ),
    case(
        "a-decree-cited-as-a-ground",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        documents=[doc("Nghị định", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ")],
    ),
    case(
        "a-provincial-decision-and-a-plan",
        "Theo Quyết định số 1225/QĐ-UBND ngày 12/6/2024 của UBND tỉnh và Kế hoạch số 85-KH/TU "
        "ngày 3/4/2024 của Ban Thường vụ Tỉnh ủy, các huyện phải hoàn thành sáp nhập thôn.",
        documents=[
            doc("Quyết định", "1225/QĐ-UBND", "2024-06-12", "UBND tỉnh"),
            doc("Kế hoạch", "85-KH/TU", "2024-04-03", "Ban Thường vụ Tỉnh ủy"),
        ],
    ),
    case(
        "a-letter-and-a-departments-writing",
        "Sau Công văn số 2155/UBND-KT của UBND tỉnh, Sở Nội vụ đã có Văn bản số 415/SNV-TCBC "
        "hướng dẫn các đơn vị.",
        documents=[
            doc("Công văn", "2155/UBND-KT", None, "UBND tỉnh"),
            doc("Văn bản", "415/SNV-TCBC", None, "Sở Nội vụ"),
        ],
    ),
    case(
        "a-circular-of-a-ministry",
        "Việc trình bày văn bản theo Thông tư số 01/2011/TT-BNV của Bộ Nội vụ đã được thay thế.",
        documents=[doc("Thông tư", "01/2011/TT-BNV", None, "Bộ Nội vụ")],
    ),
    case(
        "a-conclusion-and-a-bare-directive-number",
        "Quán triệt Kết luận số 126-KL/TW và Chỉ thị số 05 của Ban Thường vụ Tỉnh ủy, các cấp ủy "
        "đã xây dựng chương trình hành động.",
        documents=[
            doc("Kết luận", "126-KL/TW", None, None),
            doc("Chỉ thị", "05", None, "Ban Thường vụ Tỉnh ủy"),
        ],
    ),
    case(
        "a-party-notice-and-a-regulation",
        "Thông báo số 1520-TB/TU và Quy định số 144-QĐ/TW đã được phổ biến đến từng chi bộ.",
        documents=[doc("Thông báo", "1520-TB/TU"), doc("Quy định", "144-QĐ/TW")],
    ),
    case(
        "the-party-guidance-on-layout",
        "Văn bản của Đảng trình bày theo Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng "
        "Trung ương Đảng.",
        documents=[
            doc("Hướng dẫn", "36-HD/VPTW", "2018-04-03", "Văn phòng Trung ương Đảng"),
        ],
    ),
    case(
        "a-resolution-without-so",
        "Triển khai Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, tỉnh đặt mục "
        "tiêu cao.",
        documents=[doc("Nghị quyết", "57-NQ/TW")],
    ),
    case(
        "a-number-with-a-space-before-the-slash",
        "UBND huyện đã ban hành Kế hoạch số 120 /KH-UBND triển khai nhiệm vụ năm 2025.",
        documents=[doc("Kế hoạch", "120 /KH-UBND", None, "UBND huyện")],
    ),
    case(
        "a-ministry-decision-with-two-offices-and-a-submission",
        "Căn cứ Quyết định số 2345/QĐ-BNN-KH của Bộ Nông nghiệp và Phát triển nông thôn, Sở Nội "
        "vụ có Tờ trình số 45/TTr-SNV đề nghị phê duyệt.",
        documents=[
            doc(
                "Quyết định",
                "2345/QĐ-BNN-KH",
                None,
                "Bộ Nông nghiệp và Phát triển nông thôn",
            ),
            doc("Tờ trình", "45/TTr-SNV", None, "Sở Nội vụ"),
        ],
    ),
    case(
        "a-project-of-the-party-committee",
        "Đề án số 06-ĐA/TU về phát triển kinh tế cửa khẩu đã đạt nhiều kết quả.",
        documents=[doc("Đề án", "06-ĐA/TU")],
    ),
]

# --- Figures in report excerpts ---------------------------------------------------------------

FIGURES = [
    case(
        "budget-revenue-and-its-share",
        "Năm 2024, tổng thu ngân sách nhà nước trên địa bàn đạt 4.560 tỷ đồng, bằng 112,5% dự "
        "toán.",
        figures=[fig("4.560 tỷ đồng", 4560, "tỷ đồng"), fig("112,5%", 112.5, "%")],
    ),
    case(
        "targets-met-as-a-ratio",
        "Toàn tỉnh có 15/18 chỉ tiêu đạt và vượt kế hoạch đề ra.",
        figures=[fig("15/18 chỉ tiêu", 15, "chỉ tiêu", 18)],
    ),
    case(
        "disbursement-with-a-decimal",
        "Đến nay, tỉnh đã giải ngân 1.250,6 tỷ đồng, đạt 68,3% kế hoạch vốn được giao.",
        figures=[fig("1.250,6 tỷ đồng", 1250.6, "tỷ đồng"), fig("68,3%", 68.3, "%")],
    ),
    case(
        "poverty-rate-down",
        "Tỷ lệ hộ nghèo giảm còn 6,2%, giảm 2,1% so với cùng kỳ.",
        figures=[fig("6,2%", 6.2, "%"), fig("2,1%", 2.1, "%")],
    ),
    case(
        "forest-planted-and-projects",
        "Trong năm, toàn tỉnh trồng mới 3.200 ha rừng và thu hút 25 dự án với tổng vốn đăng ký "
        "3.600 tỷ đồng.",
        figures=[
            fig("3.200 ha", 3200, "ha"),
            fig("25 dự án", 25, "dự án"),
            fig("3.600 tỷ đồng", 3600, "tỷ đồng"),
        ],
    ),
    case(
        "files-received-and-the-share-on-time",
        "Bộ phận một cửa tiếp nhận 12.345 hồ sơ, trong đó 98,7% hồ sơ được giải quyết đúng hạn.",
        figures=[fig("12.345 hồ sơ", 12345, "hồ sơ"), fig("98,7%", 98.7, "%")],
    ),
    case(
        "grain-in-thousands-of-tonnes",
        "Tổng sản lượng lương thực có hạt đạt 312 nghìn tấn.",
        figures=[fig("312 nghìn tấn", 312, "nghìn tấn")],
    ),
    case(
        "communes-meeting-a-standard",
        "Đến hết năm 2024, có 12 xã đạt chuẩn nông thôn mới nâng cao.",
        figures=[fig("12 xã", 12, "xã")],
    ),
    case(
        "growth-as-a-range",
        "Phấn đấu tốc độ tăng trưởng kinh tế năm 2025 đạt 7-8%.",
        figures=[fig("7-8%", 7, "%"), fig("8%", 8, "%")],
    ),
    case(
        "periods-and-terms-are-no-figures",
        "Trong 6 tháng đầu năm 2025, Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XVII "
        "đã cho ý kiến về 9 nội dung quan trọng.",
        figures=[fig("9 nội dung", 9, "nội dung")],
    ),
]

# --- Event dates in news passages -------------------------------------------------------------

EVENT_DATES = [
    case(
        "a-morning-and-the-quarter-reviewed",
        "Sáng 12/4, tại Hà Nội, Bộ Nội vụ tổ chức hội nghị sơ kết công tác quý I/2025.",
        event_date="2025-04-12",
    ),
    case(
        "two-days-joined-by-va",
        "Trong hai ngày 3 và 4/7/2025, HĐND huyện Cao Lộc tổ chức kỳ họp thứ 24.",
        event_date="2025-07-03",
    ),
    case(
        "from-one-day-to-another",
        "Từ ngày 10 đến ngày 12/6/2025, Đoàn kiểm tra của Tỉnh ủy làm việc với Đảng ủy xã Hợp "
        "Thành.",
        event_date="2025-06-10",
    ),
    case(
        "an-afternoon-visit",
        "Chiều 28/2/2025, đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh đã đến thăm, tặng quà "
        "các hộ nghèo.",
        event_date="2025-02-28",
        people={"Đoàn Thu Hà": ["Phó Chủ tịch UBND tỉnh"]},
    ),
    case(
        "a-day-whose-year-is-in-the-same-sentence",
        "Ngày 15/3, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội "
        "năm 2025.",
        event_date="2025-03-15",
    ),
    case(
        "today-in-brackets",
        "Sáng nay (20/5), tại trụ sở Tỉnh ủy, Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác "
        "cán bộ.",
        event_date="--05-20",
    ),
    case(
        "an-evening-programme",
        "Tối 30/4/2025, tại Quảng trường Trung tâm, tỉnh tổ chức chương trình nghệ thuật chào "
        "mừng.",
        event_date="2025-04-30",
    ),
    case(
        "an-as-of-date-is-no-event",
        "Tính đến ngày 31/3/2025, toàn tỉnh đã giải ngân 820 tỷ đồng.",
        figures=[fig("820 tỷ đồng", 820, "tỷ đồng")],
    ),
    case(
        "a-two-day-plenum",
        "Ngày 8 và 9/10/2024, Ban Chấp hành Đảng bộ tỉnh họp Hội nghị lần thứ 20.",
        event_date="2024-10-08",
    ),
    case(
        "a-span-of-days-with-a-dash",
        "Trong các ngày từ 14 - 16/8/2025, Đoàn công tác của tỉnh đã tham quan, học tập kinh "
        "nghiệm tại tỉnh Quảng Ninh.",
        event_date="2025-08-14",
    ),
]

# --- Whole documents: state and Party headers, signature blocks, recipients --------------------

STATE_LETTER = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 415/UBND-KT
V/v triển khai các giải pháp thúc đẩy giải ngân vốn đầu tư công

Lạng Sơn, ngày 05 tháng 3 năm 2025

Kính gửi:
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố.

Để hoàn thành mục tiêu giải ngân vốn đầu tư công năm 2025, Chủ tịch UBND tỉnh yêu cầu:
1. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu điều chuyển vốn của các dự án chậm giải ngân, hoàn thành trong 15 ngày kể từ ngày ký.
2. Các chủ đầu tư khẩn trương hoàn thiện thủ tục thanh toán khối lượng đã nghiệm thu.
3. UBND các huyện, thành phố có trách nhiệm đẩy nhanh công tác giải phóng mặt bằng, báo cáo kết quả về UBND tỉnh (qua Sở Kế hoạch và Đầu tư) trước ngày 20 hằng tháng.
Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.

Nơi nhận:
- Như trên;
- CT, các PCT UBND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đinh Hữu Học
"""

PARTY_NOTICE = """ĐẢNG BỘ TỈNH LẠNG SƠN
HUYỆN ỦY CAO LỘC
*
Số 245-TB/HU

ĐẢNG CỘNG SẢN VIỆT NAM

Cao Lộc, ngày 14 tháng 4 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về tình hình thực hiện nhiệm vụ quý I năm 2025

Ngày 10/4/2025, Ban Thường vụ Huyện ủy họp nghe báo cáo tình hình thực hiện nhiệm vụ quý I năm 2025. Sau khi nghe các ý kiến thảo luận, Ban Thường vụ Huyện ủy kết luận như sau:
1. Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc huyện tổ chức tuyên truyền kỷ niệm các ngày lễ lớn trong quý II/2025.
2. Đảng đoàn HĐND huyện lãnh đạo tổ chức kỳ họp chuyên đề, hoàn thành chậm nhất ngày 30/6/2025.
Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện.

Nơi nhận:
- Thường trực Tỉnh ủy (b/c);
- Các đồng chí Huyện ủy viên;
- Lưu Văn phòng Huyện ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Nông Văn Thịnh
"""

APPOINTMENT_DECISION = """ỦY BAN NHÂN DÂN
HUYỆN CHI LĂNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1032/QĐ-UBND

Chi Lăng, ngày 02 tháng 6 năm 2025

QUYẾT ĐỊNH
Về việc bổ nhiệm công chức lãnh đạo

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CHI LĂNG

Căn cứ Nghị định số 138/2020/NĐ-CP ngày 27/11/2020 của Chính phủ;
Xét đề nghị của Trưởng phòng Nội vụ huyện.

QUYẾT ĐỊNH:
Điều 1. Bổ nhiệm bà Vy Thị Hằng, Phó Trưởng phòng Tài chính - Kế hoạch huyện, giữ chức Trưởng phòng Tài chính - Kế hoạch huyện.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ huyện và bà Vy Thị Hằng chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

CHỦ TỊCH

HOÀNG VĂN TOÀN
"""

WHOLE_DOCUMENTS = [
    case(
        "a-state-letter-with-a-list-and-a-signature",
        STATE_LETTER,
        documents=[doc("Công văn", "415/UBND-KT", "2025-03-05", "UBND tỉnh Lạng Sơn")],
        people={"Đinh Hữu Học": ["PHÓ CHỦ TỊCH"]},
        directives=[
            task(
                "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu điều chuyển "
                "vốn của các dự án chậm giải ngân, hoàn thành trong 15 ngày kể từ ngày ký",
                "Sở Kế hoạch và Đầu tư",
                ["Sở Tài chính"],
                "2025-03-20",
            ),
            task(
                "Các chủ đầu tư khẩn trương hoàn thiện thủ tục thanh toán khối lượng đã nghiệm thu",
                "Các chủ đầu tư",
            ),
            task(
                "UBND các huyện, thành phố có trách nhiệm đẩy nhanh công tác giải phóng mặt bằng, "
                "báo cáo kết quả về UBND tỉnh (qua Sở Kế hoạch và Đầu tư) trước ngày 20 hằng "
                "tháng",
                "UBND các huyện, thành phố",
            ),
        ],
    ),
    case(
        "a-party-conclusion-notice",
        PARTY_NOTICE,
        event_date="2025-04-10",
        documents=[doc("Thông báo", "245-TB/HU", "2025-04-14", "Huyện ủy Cao Lộc")],
        people={"Nông Văn Thịnh": ["PHÓ BÍ THƯ"]},
        directives=[
            task(
                "Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc huyện "
                "tổ chức tuyên truyền kỷ niệm các ngày lễ lớn trong quý II/2025",
                "Ban Tuyên giáo Huyện ủy",
                ["Ủy ban Mặt trận Tổ quốc huyện"],
                "2025-06-30",
            ),
            task(
                "Đảng đoàn HĐND huyện lãnh đạo tổ chức kỳ họp chuyên đề, hoàn thành chậm nhất "
                "ngày 30/6/2025",
                "Đảng đoàn HĐND huyện",
                deadline="2025-06-30",
            ),
        ],
    ),
    case(
        "an-appointment-decision-signed-in-capitals",
        APPOINTMENT_DECISION,
        documents=[
            doc("Quyết định", "1032/QĐ-UBND", "2025-06-02", "UBND huyện Chi Lăng"),
            doc("Nghị định", "138/2020/NĐ-CP", "2020-11-27", "Chính phủ"),
        ],
        people={
            "Vy Thị Hằng": [
                "Phó Trưởng phòng Tài chính - Kế hoạch huyện",
                "Trưởng phòng Tài chính - Kế hoạch huyện",
            ],
            "HOÀNG VĂN TOÀN": ["CHỦ TỊCH"],
        },
    ),
]

# --- A second part, written after the first part's fixes and read before any further change ---

PARTY_LETTER = """TỈNH ỦY BẮC KẠN
*
Số 312-CV/TU
V/v chuẩn bị đại hội đảng bộ các cấp

ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Kạn, ngày 20 tháng 01 năm 2025

Kính gửi: Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.

Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu:
1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy hoàn thành đại hội cấp cơ sở trước ngày 30/6/2025.
2. Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy hướng dẫn quy trình nhân sự, báo cáo Thường trực Tỉnh ủy chậm nhất ngày 15/02/2025.
3. Giao Ủy ban Kiểm tra Tỉnh ủy giải quyết dứt điểm đơn thư liên quan đến nhân sự trong quý I/2025.

Nơi nhận:
- Như trên;
- Đ/c Bí thư, các đ/c Phó Bí thư Tỉnh ủy;
- Lưu Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC

Phương Thị Thanh
"""

SECOND_PART = [
    case(
        "a-party-letter-with-a-cited-directive",
        PARTY_LETTER,
        documents=[
            doc("Công văn", "312-CV/TU", "2025-01-20", "Tỉnh ủy Bắc Kạn"),
            doc("Chỉ thị", "35-CT/TW", "2024-06-14", "Bộ Chính trị"),
        ],
        people={"Phương Thị Thanh": ["PHÓ BÍ THƯ THƯỜNG TRỰC"]},
        directives=[
            task(
                "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy hoàn thành đại hội cấp cơ sở "
                "trước ngày 30/6/2025",
                "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
                deadline="2025-06-30",
            ),
            task(
                "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy hướng dẫn quy trình "
                "nhân sự, báo cáo Thường trực Tỉnh ủy chậm nhất ngày 15/02/2025",
                "Ban Tổ chức Tỉnh ủy",
                ["Văn phòng Tỉnh ủy"],
                "2025-02-15",
            ),
            task(
                "Giao Ủy ban Kiểm tra Tỉnh ủy giải quyết dứt điểm đơn thư liên quan đến nhân sự "
                "trong quý I/2025",
                "Ủy ban Kiểm tra Tỉnh ủy",
                deadline="2025-03-31",
            ),
        ],
    ),
    case(
        "de-nghi-cac-huyen-with-a-year-end",
        "Đề nghị UBND các huyện, thành phố chỉ đạo hoàn thành xóa nhà tạm, nhà dột nát cho hộ "
        "nghèo trước ngày 31/10/2025.",
        directives=[
            task(
                "Đề nghị UBND các huyện, thành phố chỉ đạo hoàn thành xóa nhà tạm, nhà dột nát cho "
                "hộ nghèo trước ngày 31/10/2025",
                "UBND các huyện, thành phố",
                deadline="2025-10-31",
            )
        ],
    ),
    case(
        "a-lead-then-khan-truong-and-a-month-in-words",
        "Sở Tài chính khẩn trương thẩm định, trình UBND tỉnh phân bổ kinh phí trong tháng 8 năm "
        "2025.",
        directives=[
            task(
                "Sở Tài chính khẩn trương thẩm định, trình UBND tỉnh phân bổ kinh phí trong tháng "
                "8 năm 2025",
                "Sở Tài chính",
                deadline="2025-08-31",
            )
        ],
    ),
    case(
        "giao-nhiem-vu-cho",
        "UBND tỉnh giao nhiệm vụ cho Sở Nội vụ tham mưu sắp xếp đơn vị hành chính cấp xã.",
        directives=[
            task(
                "giao nhiệm vụ cho Sở Nội vụ tham mưu sắp xếp đơn vị hành chính cấp xã",
                "Sở Nội vụ",
            )
        ],
    ),
    case(
        "a-lead-with-a-level-and-a-district-town",
        "Yêu cầu UBND thị xã Sa Pa khắc phục ngay tình trạng xây dựng trái phép trên đất nông "
        "nghiệp.",
        directives=[
            task(
                "Yêu cầu UBND thị xã Sa Pa khắc phục ngay tình trạng xây dựng trái phép trên đất "
                "nông nghiệp",
                "UBND thị xã Sa Pa",
            )
        ],
    ),
    case(
        "dash-items-with-their-own-addressees",
        "Chủ tịch UBND tỉnh giao:\n"
        "- Sở Công Thương kiểm tra việc niêm yết giá tại các chợ, hoàn thành trong tháng "
        "5/2025.\n"
        "- Cục Quản lý thị trường tỉnh xử lý nghiêm hàng giả, hàng kém chất lượng.\n",
        directives=[
            task(
                "Sở Công Thương kiểm tra việc niêm yết giá tại các chợ, hoàn thành trong tháng "
                "5/2025",
                "Sở Công Thương",
                deadline="2025-05-31",
            ),
            task(
                "Cục Quản lý thị trường tỉnh xử lý nghiêm hàng giả, hàng kém chất lượng",
                "Cục Quản lý thị trường tỉnh",
            ),
        ],
    ),
    case(
        "a-person-addressed-by-name-and-title",
        "Giao đồng chí Đinh Hữu Học, Phó Chủ tịch UBND tỉnh chỉ đạo giải quyết dứt điểm vướng "
        "mắc mặt bằng dự án cao tốc.",
        people={"Đinh Hữu Học": ["Phó Chủ tịch UBND tỉnh"]},
        directives=[
            task(
                "Giao đồng chí Đinh Hữu Học, Phó Chủ tịch UBND tỉnh chỉ đạo giải quyết dứt điểm "
                "vướng mắc mặt bằng dự án cao tốc",
                "đồng chí Đinh Hữu Học, Phó Chủ tịch UBND tỉnh",
            )
        ],
    ),
    case(
        "re-elected-and-elected-in-one-sentence",
        "Đồng chí Hoàng Văn Nam tái đắc cử Bí thư Huyện ủy Văn Quan; đồng chí Lý Thị Hoa được "
        "bầu giữ chức Phó Bí thư Huyện ủy Văn Quan.",
        people={
            "Hoàng Văn Nam": ["Bí thư Huyện ủy Văn Quan"],
            "Lý Thị Hoa": ["Phó Bí thư Huyện ủy Văn Quan"],
        },
    ),
    case(
        "appointed-a-director-from-a-deputy-of-another-body",
        "Ông Triệu Văn Phúc, Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh được bổ nhiệm giữ chức "
        "Giám đốc Sở Dân tộc và Tôn giáo.",
        people={
            "Triệu Văn Phúc": [
                "Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh",
                "Giám đốc Sở Dân tộc và Tôn giáo",
            ]
        },
    ),
    case(
        "a-title-after-the-name-with-a-dash-and-a-province",
        "Phát biểu tại hội nghị, ông Vũ Đức Lâm - Chủ tịch Hiệp hội Doanh nghiệp tỉnh Lạng Sơn "
        "kiến nghị giảm thủ tục.",
        people={"Vũ Đức Lâm": ["Chủ tịch Hiệp hội Doanh nghiệp tỉnh Lạng Sơn"]},
    ),
    case(
        "a-deputy-minister-with-a-general-department",
        "Thứ trưởng Bộ Tài chính Cao Anh Tuấn cho biết, Tổng cục Thuế đã hoàn thành 95% dự toán "
        "thu.",
        people={"Cao Anh Tuấn": ["Thứ trưởng Bộ Tài chính"]},
        figures=[fig("95%", 95, "%")],
    ),
    case(
        "two-people-each-with-a-bracketed-title",
        "Cùng dự có bà Chu Thị Hạnh (Trưởng Ban Dân vận Tỉnh ủy) và ông Lăng Văn Tú (Giám đốc "
        "Sở Xây dựng).",
        people={
            "Chu Thị Hạnh": ["Trưởng Ban Dân vận Tỉnh ủy"],
            "Lăng Văn Tú": ["Giám đốc Sở Xây dựng"],
        },
    ),
    case(
        "a-morning-meeting-on-a-stated-year",
        "Sáng 12/4/2025, Thường trực HĐND tỉnh tổ chức phiên họp thường kỳ tháng 4.",
        event_date="2025-04-12",
    ),
    case(
        "two-days-of-a-month-in-words",
        "Trong hai ngày 3 và 4 tháng 5 năm 2025, Đại hội Đảng bộ huyện Văn Quan lần thứ XXV đã "
        "diễn ra thành công.",
        event_date="2025-05-03",
    ),
    case(
        "an-opening-day-and-a-closing-day",
        "Kỳ họp thứ 30 HĐND tỉnh khai mạc ngày 9/12/2025 và bế mạc ngày 11/12/2025.",
        event_date="2025-12-09",
    ),
    case(
        "an-afternoon-press-conference",
        "Chiều 6/1, Sở Thông tin và Truyền thông tổ chức họp báo công bố kết quả năm 2024.",
        event_date="2025-01-06",
        known="a January review of a year's results is in the next year; the single year mentioned wins",
    ),
    case(
        "report-figures-with-a-thousand-billion-and-a-ratio",
        "Kim ngạch xuất nhập khẩu qua các cửa khẩu đạt 5,2 tỷ USD, tăng 18% so với năm trước; "
        "có 9/11 huyện, thành phố hoàn thành kế hoạch thu.",
        figures=[
            fig("5,2 tỷ USD", 5.2, "tỷ USD"),
            fig("18%", 18, "%"),
            fig("9/11 huyện, thành phố", 9, "huyện, thành phố", 11),
        ],
    ),
    case(
        "members-and-visitors-counted",
        "Toàn tỉnh kết nạp 1.820 đảng viên mới; đón 3,5 triệu lượt khách du lịch.",
        figures=[
            fig("1.820 đảng viên", 1820, "đảng viên"),
            fig("3,5 triệu lượt khách", 3.5, "triệu lượt khách"),
        ],
    ),
    case(
        "a-law-with-its-number-and-a-joint-resolution",
        "Theo Luật Tổ chức chính quyền địa phương số 72/2025/QH15 và Nghị quyết số "
        "76/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội, tỉnh tổ chức chính quyền hai cấp.",
        documents=[
            doc("Luật", "72/2025/QH15"),
            doc("Nghị quyết", "76/2025/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội"),
        ],
    ),
    case(
        "a-decision-number-with-a-letter-after-the-digits",
        "Căn cứ Quyết định số 15a/QĐ-UBND ngày 04/01/2025 của UBND huyện, các xã rà soát đất công.",
        documents=[doc("Quyết định", "15a/QĐ-UBND", "2025-01-04", "UBND huyện")],
    ),
    case(
        "a-plan-and-an-official-dispatch-of-the-prime-minister",
        "Thực hiện Công điện số 34/CĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 210/KH-UBND "
        "của UBND tỉnh, các ngành đã vào cuộc.",
        documents=[
            doc("Công điện", "34/CĐ-TTg", None, "Thủ tướng Chính phủ"),
            doc("Kế hoạch", "210/KH-UBND", None, "UBND tỉnh"),
        ],
    ),
    case(
        "a-notice-that-assigns-nothing",
        "Ban Thường vụ Tỉnh ủy đánh giá cao kết quả các địa phương đã đạt được trong năm 2024.",
    ),
    case(
        "asked-by-a-province-to-a-ministry-is-upward",
        "UBND tỉnh đề nghị Bộ Giao thông vận tải xem xét, bố trí vốn nâng cấp Quốc lộ 4B.",
        known="an upward request is told only by its words (xem xét, phê duyệt …), not by who asks whom",
    ),
]

# --- A third part, written after the second part's fixes and read before any further change ---

THIRD_PART = [
    case(
        "a-numbered-list-under-giao-with-a-half-year",
        "UBND tỉnh giao các cơ quan thực hiện các nội dung sau:\n"
        "1. Sở Nội vụ hướng dẫn các địa phương sắp xếp cán bộ, công chức cấp xã trong quý "
        "III/2025.\n"
        "2. Sở Tài chính bảo đảm kinh phí thực hiện chính sách nghỉ hưu trước tuổi.\n",
        directives=[
            task(
                "Sở Nội vụ hướng dẫn các địa phương sắp xếp cán bộ, công chức cấp xã trong quý "
                "III/2025",
                "Sở Nội vụ",
                deadline="2025-09-30",
            ),
            task(
                "Sở Tài chính bảo đảm kinh phí thực hiện chính sách nghỉ hưu trước tuổi",
                "Sở Tài chính",
            ),
        ],
    ),
    case(
        "yeu-cau-after-a-purpose-clause",
        "Để bảo đảm an toàn cho học sinh, Chủ tịch UBND huyện yêu cầu Phòng Giáo dục và Đào tạo "
        "kiểm tra toàn bộ bếp ăn bán trú trước ngày 15/9/2025.",
        directives=[
            task(
                "yêu cầu Phòng Giáo dục và Đào tạo kiểm tra toàn bộ bếp ăn bán trú trước ngày "
                "15/9/2025",
                "Phòng Giáo dục và Đào tạo",
                deadline="2025-09-15",
            )
        ],
    ),
    case(
        "chiu-trach-nhiem-with-cooperation-and-end-of-month",
        "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn chịu trách nhiệm phối hợp với Cục "
        "Hải quan tỉnh giải quyết tình trạng ùn tắc hàng hóa, hoàn thành cuối tháng 3/2025.",
        directives=[
            task(
                "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn chịu trách nhiệm phối hợp "
                "với Cục Hải quan tỉnh giải quyết tình trạng ùn tắc hàng hóa, hoàn thành cuối "
                "tháng 3/2025",
                "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
                ["Cục Hải quan tỉnh"],
                "2025-03-31",
            )
        ],
    ),
    case(
        "de-nghi-several-units-with-semicolons-none",
        "Đề nghị Sở Y tế, Bảo hiểm xã hội tỉnh rà soát việc thanh toán chi phí khám, chữa bệnh "
        "bảo hiểm y tế, báo cáo trước ngày 05/12/2025.",
        directives=[
            task(
                "Đề nghị Sở Y tế, Bảo hiểm xã hội tỉnh rà soát việc thanh toán chi phí khám, chữa "
                "bệnh bảo hiểm y tế, báo cáo trước ngày 05/12/2025",
                "Sở Y tế, Bảo hiểm xã hội tỉnh",
                deadline="2025-12-05",
            )
        ],
    ),
    case(
        "a-commune-chair-with-a-dash-and-a-secretary-before",
        "Bí thư Đảng ủy xã Tân Đoàn Hoàng Văn Hiếu và ông Lộc Văn Bình - Chủ tịch UBND xã Tân "
        "Đoàn tiếp đoàn.",
        people={
            "Hoàng Văn Hiếu": ["Bí thư Đảng ủy xã Tân Đoàn"],
            "Lộc Văn Bình": ["Chủ tịch UBND xã Tân Đoàn"],
        },
    ),
    case(
        "appointed-deputy-director-of-a-centre",
        "Giám đốc Sở Y tế trao quyết định bổ nhiệm bà Nông Thị Lan giữ chức Phó Giám đốc Trung "
        "tâm Kiểm soát bệnh tật tỉnh.",
        people={"Nông Thị Lan": ["Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh"]},
    ),
    case(
        "a-vice-chair-of-the-front-and-a-chief-of-office",
        "Đến dự có ông Hà Văn Khương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Tô Thị Yến, "
        "Chánh Văn phòng Tỉnh ủy.",
        people={
            "Hà Văn Khương": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
            "Tô Thị Yến": ["Chánh Văn phòng Tỉnh ủy"],
        },
    ),
    case(
        "a-decree-and-a-circular-with-a-joint-symbol",
        "Căn cứ Nghị định số 178/2024/NĐ-CP và Thông tư liên tịch số 03/2015/TTLT-BTNMT-BNV của "
        "Bộ Tài nguyên và Môi trường, Bộ Nội vụ.",
        documents=[
            doc("Nghị định", "178/2024/NĐ-CP"),
            doc("Thông tư liên tịch", "03/2015/TTLT-BTNMT-BNV"),
        ],
    ),
    case(
        "a-meeting-on-a-weekday",
        "Sáng thứ Hai (14/7), Ban Thường vụ Thành ủy Lạng Sơn họp phiên thường kỳ tháng 7 năm "
        "2025.",
        event_date="2025-07-14",
    ),
    case(
        "a-three-day-inspection-in-words",
        "Trong 3 ngày (từ ngày 21 đến ngày 23/10/2025), đoàn giám sát của HĐND tỉnh làm việc "
        "tại huyện Tràng Định.",
        event_date="2025-10-21",
    ),
    case(
        "figures-of-a-report-with-words-and-a-billion",
        "Năm 2025, toàn tỉnh xóa được 2.150 căn nhà tạm với tổng kinh phí hơn 120 tỷ đồng; tỷ "
        "lệ dân số tham gia bảo hiểm y tế đạt 96,4%.",
        figures=[
            fig("2.150 căn nhà tạm", 2150, "căn nhà tạm"),
            fig("120 tỷ đồng", 120, "tỷ đồng"),
            fig("96,4%", 96.4, "%"),
        ],
    ),
]

BATCH = (
    DIRECTIVES
    + NOT_DIRECTIVES
    + PEOPLE
    + DOCUMENTS
    + FIGURES
    + EVENT_DATES
    + WHOLE_DOCUMENTS
    + SECOND_PART
    + THIRD_PART
)
