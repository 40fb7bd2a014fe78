"""Language data for people: honorifics, surnames, title heads and the words of organisation names.

Written by us from general knowledge of Vietnamese administrative language; no list of any
passage's names.
"""

# Words before a name that are not part of it (GLOSSARY: never part of a name).
# Written in lower case; the people step also matches them capitalised ("Ông", "Đồng chí").
HONORIFICS = (
    "đồng chí",
    "đ/c",
    "ông",
    "bà",
    "anh",
    "chị",
    "các đồng chí",
    # Degrees: before a name, neither part of it nor a position ("TS. Hồ Huy Cường").
    "TS.",
    "ThS.",
    "PGS.TS.",
    "GS.TS.",
    "PGS.",
    "GS.",
    "BS.",
    "KS.",
)

# Common Vietnamese family names (with both tone placements normalised away by the intake).
SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đào",
        "Đoàn",
        "Đinh",
        "Lương",
        "Trịnh",
        "Mai",
        "Trương",
        "Cao",
        "Lâm",
        "Hà",
        "Tô",
        "Tạ",
        "Vương",
        "Triệu",
        "Thái",
        "Quách",
        "Phùng",
        "Lại",
        "Nông",
        "Hứa",
        "Chu",
        "Lưu",
        "Kiều",
        "Từ",
        "Thân",
        "Tăng",
        "Lục",
        "Mạc",
        "La",
        "Khúc",
        "Bạch",
        "Châu",
        "Ông",
        "Đàm",
        "Giang",
        "Văn",
        "Tống",
        "Doãn",
        "Quan",
        "Mã",
        "Lò",
        "Lường",
        "Sầm",
        "Ma",
        "Bế",
        "Hầu",
        "Diệp",
        "Ninh",
        "Lã",
        "Nghiêm",
        "Âu",
        "Khổng",
        "Mẫn",
        "Đồng",
        "Kim",
        "Phương",
        "Thạch",
        "Điểu",
        "Y",
        "Rơ",
        "Ksor",
        "Siu",
        "Vi",
        "Bàn",
        "Chế",
        "Phí",
        "Trình",
        "Tôn",
        "Nhữ",
        "Cù",
        "Thiều",
        "Kha",
        "Viên",
        "Cấn",
        "Chử",
        "Quản",
        "Tào",
        "Đậu",
        "Lỡ",
        "Đới",
        "Cầm",
        "Quàng",
        "Tòng",
        "Sùng",
        "Giàng",
        "Thào",
        "Vừ",
        "Mùa",
        "Lầu",
        "Chảo",
        "Tẩn",
        "Phàn",
        "Nay",
        "Kpă",
        "Lộc",
        "Lăng",
        "Yên",
        "Vy",
    ]
)

# Middle names so common that a family name, one of them and a given name make a person's name
# even with no title beside it ("Nguyễn Thị Bé, 94 tuổi").
MIDDLE_NAMES = frozenset(("Thị", "Văn"))

# The head of a title; the organisation follows it ("Bí thư" + "Tỉnh ủy").
TITLE_HEADS = tuple(
    sorted(
        {
            "Tổng Bí thư",
            "Chủ tịch nước",
            "Phó Chủ tịch nước",
            "Thủ tướng",
            "Phó Thủ tướng",
            "Thường trực Ban Bí thư",
            "Bí thư",
            "Phó Bí thư",
            "Chủ tịch",
            "Phó Chủ tịch",
            "Ủy viên",
            "Tỉnh ủy viên",
            "Thành ủy viên",
            "Huyện ủy viên",
            "UVTV",
            "UVBTV",
            "UVTƯ",
            "UVBCH",
            "UV",
            # Abbreviated in recipients' lists ("Nơi nhận: … PCT UBND tỉnh Nguyễn Văn A").
            "PCT",
            "PTTg",
            "TTg",
            "PBT",
            "GĐ",
            "PGĐ",
            "CVP",
            "PCVP",
            "Trưởng ban",
            "Phó Trưởng ban",
            "Trưởng đoàn",
            "Phó Trưởng đoàn",
            "Giám đốc",
            "Phó Giám đốc",
            "Quyền Giám đốc",
            "Tổng Giám đốc",
            "Phó Tổng Giám đốc",
            "Bộ trưởng",
            "Thứ trưởng",
            "Chủ nhiệm",
            "Phó Chủ nhiệm",
            "Chánh Văn phòng",
            "Phó Chánh Văn phòng",
            "Chánh án",
            "Phó Chánh án",
            "Viện trưởng",
            "Phó Viện trưởng",
            "Cục trưởng",
            "Phó Cục trưởng",
            "Vụ trưởng",
            "Phó Vụ trưởng",
            "Tổng cục trưởng",
            "Phó Tổng cục trưởng",
            "Chánh Thanh tra",
            "Phó Chánh Thanh tra",
            "Tổ trưởng",
            "Tổ phó",
            "Trưởng phòng",
            "Phó Trưởng phòng",
            "Hiệu trưởng",
            "Phó Hiệu trưởng",
            "Tư lệnh",
            "Phó Tư lệnh",
            "Chính ủy",
            "Chỉ huy trưởng",
            "Trưởng Công an",
            "Đại biểu Quốc hội",
            "Đại biểu HĐND",
            "Thường trực",
            "Trưởng",
            "Phó",
            "Chủ tọa",
            "Bí thư Trung ương Đảng",
            "Phó Huyện trưởng",
            "Huyện trưởng",
            "Tỉnh trưởng",
            "Phó Tỉnh trưởng",
            "Chủ tịch HĐQT",
            "Giám đốc điều hành",
        },
        key=len,
        reverse=True,
    )
)
# Abbreviations that continue an organisation name.
ORG_ABBREVIATIONS = frozenset(
    [
        "UBND",
        "HĐND",
        "ĐBQH",
        "MTTQ",
        "TƯ",
        "TW",
        "T.Ư",
        "TP",
        "TPHCM",
        "TP.HCM",
        "BCH",
        "BCT",
        "BTV",
        "UVTV",
        "GD&ĐT",
        "KH&ĐT",
        "NN&PTNT",
        "LĐTB&XH",
        "VH,TT&DL",
    ]
)
# A title ends before these words ("… Bí thư Tỉnh ủy làm trưởng đoàn"): words that never continue
# an organisation's name, and two-word verbs whose first word might ("thông tin" vs "Giao thông").
STOP_WORDS = frozenset(
    """
    làm cho đã đang sẽ vừa cũng là có được tại với về trong của khi thì nghe nêu ký thăm dự đến đi
    cùng trao tặng gửi nhận đều luôn rất nhưng mà nên để theo từ hay hoặc này đó ông bà
    khóa khoá v do bởi giữ tái trúng đắc
    """.split()
)
# Nouns that start with a stop word ("dự" of "tham dự"): they go on inside a name.
NOUNS_OF_STOP_WORDS = frozenset(("dự án", "dự toán"))
STOP_PHRASES = frozenset(
    """
    chủ trì|phát biểu|cho biết|đánh giá|nhấn mạnh|yêu cầu|đề nghị|khẳng định|dẫn đầu|kiểm tra|
    tham dự|chúc mừng|ghi nhận|biểu dương|báo cáo|trình bày|chỉ đạo|giải đáp|trả lời|lưu ý|chia sẻ|
    cảm ơn|kết luận|quán triệt|khai mạc|bế mạc|điều hành|mong muốn|tin tưởng|đề xuất|gợi ý|tiếp thu|
    thông tin|thông báo|phát động|tiếp tục|cho rằng|đặc biệt|thay mặt|tiếp xúc|làm việc|đồng chủ|
    chủ động|tập trung|thống nhất|ký kết|trao đổi|giới thiệu|nhận định|phân tích|tham gia|
    thực hiện|hướng dẫn|ban hành|triển khai|quy định|phê duyệt|về việc|bày tỏ|đọc diễn|
    công bố|khảo sát|thăm hỏi|động viên|tiếp nhận|chứng kiến|thông qua|đề cập|giải trình|
    đối với
    """.split("|")
)
STOP_PHRASES = frozenset(phrase.strip() for phrase in STOP_PHRASES)
# Bodies named for their work: the verb after them is part of the name ("Ủy ban kiểm tra",
# "Ban chỉ đạo", "Tổ công tác", "Hội đồng thẩm định"), written in lower case here.
BODIES_NAMED_FOR_WORK = frozenset(("ban", "tổ", "đồng"))
# A part of a body named with the body after a comma: "Vụ Tổ chức cán bộ, Bộ Nội vụ", "Vụ Địa
# phương I, Ban Tổ chức Trung ương", "Cục Thuế, Bộ Tài chính".
PARTS_OF_BODIES = ("Vụ", "Cục", "Viện", "Phòng", "Chi cục", "Trung tâm", "Văn phòng")
PARENT_BODIES = ("Bộ", "Ban", "Tổng cục", "Sở", "Ủy ban", "Học viện", "Đại học")
# Offices that serve two bodies: "và" inside their name does not end it.
OFFICES_OF_TWO_BODIES = ("Đoàn ĐBQH và HĐND", "Đoàn Đại biểu Quốc hội và Hội đồng nhân dân")
# Levels of administration, before a place's name ("tỉnh Hòa Bình", "thị xã Sơn Tây").
ADMIN_WORDS = ("tỉnh", "thành phố", "huyện", "thị xã", "xã", "phường", "quận", "thị trấn")
# Words that open a title or an organisation: a name's syllables stop before them.
TITLE_STARTS = frozenset(
    "Phó Bí Chủ Ủy Uỷ Trưởng Giám Tổng Thủ Bộ Thứ Tỉnh Huyện Ban Sở UBND HĐND".split()
)
