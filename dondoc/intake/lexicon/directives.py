"""Language data for directives: the verbs that assign a task, the verbs a task starts with, and
the words that head a unit's name. Written by us from the administrative language of assigning
texts (Decree 30/2020 letters, conclusions of meetings, directing speeches).
"""

# Verbs that hand a task to an addressee: "Giao Sở X …", "yêu cầu các sở …", "đề nghị UBND …",
# "chỉ đạo Sở Y tế …", "phân công Văn phòng …".
ASSIGNING_VERBS = ("giao", "yêu cầu", "đề nghị", "chỉ đạo", "phân công")

# Assigning verbs that, in lower case, need the one who directs before them ("Chủ tịch UBND tỉnh
# chỉ đạo Sở Y tế …", not "thí điểm phân công cho các quận …").
AFTER_SUBJECT_VERBS = ("chỉ đạo", "phân công")

# Assigning verbs that never open a sentence: at the start of an item they are the work of the
# list's lead ("- Chỉ đạo các trạm thú y …").
NOT_OPENING_VERBS = ("chỉ đạo",)

# A time put between the verb and the addressee ("đề nghị trong thời gian tới TP X tập trung …").
TIME_BEFORE_ADDRESSEE = ("trong thời gian tới", "thời gian tới", "từ nay đến cuối năm", "sắp tới")

# Words before an assigning verb that make it a report of an earlier assignment ("Sở đã giao …")
# or a passive ("nhiệm vụ được giao"), not a task handed out by this text.
REPORTED_ASSIGNMENT = ("đã", "đã được", "được", "từng", "đã từng", "vừa được")

# Words that start the work of a task and, after an addressee, make the sentence a task even with
# no assigning verb ("Các sở có trách nhiệm …", "UBND các huyện khẩn trương …", "Sở X chủ trì, …").
TASK_MARKERS = ("chủ trì", "có trách nhiệm", "chịu trách nhiệm", "khẩn trương")

# Words that make the work a report rather than a task: "… giao cho Sở Y tế đã hoàn thành",
# "nhiệm vụ giao cho tỉnh là 760".
NOT_A_TASK = ("đã", "đang", "được", "bị", "vừa", "từng", "là")

# Words between a subject and "chỉ đạo" ("Thủ tướng cũng vừa chỉ đạo …").
BEFORE_VERB_ADVERBS = ("cũng", "vừa", "đã", "trực tiếp", "tiếp tục", "thường xuyên")

# A closing that hands out no work of its own, only this text to carry out ("Yêu cầu các cơ
# quan, đơn vị nghiêm túc triển khai thực hiện./.", "… có trách nhiệm thực hiện Chỉ thị này"):
# its words, and what it may name.
CLOSING_WORDS = (
    "nghiêm túc",
    "khẩn trương",
    "tổ chức",
    "triển khai",
    "thực hiện",
    "thi hành",
    "quán triệt",
    "có trách nhiệm",
    "chịu trách nhiệm",
    "tốt",
    "và",
)
CLOSING_OBJECTS = (
    "Chỉ thị này",
    "Công văn này",
    "văn bản này",
    "Kế hoạch này",
    "Quyết định này",
    "Nghị quyết này",
    "Quy định này",
    "Thông báo này",
    "các nội dung trên",
    "các nội dung nêu trên",
    "nội dung trên",
    "các nhiệm vụ trên",
    "các nhiệm vụ nêu trên",
)

# The work a request sent upward asks for: "đề nghị UBND tỉnh xem xét, phê duyệt …".
# "xem xét" alone is asked of anyone ("đề nghị các ngành chức năng xem xét …"), so it is not here.
UPWARD_WORK = (
    "xem xét, phê duyệt",
    "xem xét, quyết định",
    "xem xét, chấp thuận",
    "xem xét, cho ý kiến",
    "xem xét, hỗ trợ",
    "xem xét hỗ trợ",
    "phê duyệt",
    "chấp thuận",
    "cho ý kiến",
    "quan tâm",
    "tạo điều kiện",
)

# Words that start the work itself; the addressee ends before the first of them. Multi-word
# entries first where one word is the start of another.
ACTION_VERBS = (
    "chủ trì",
    "phối hợp",
    "cần",
    "phải",
    "khẩn trương",
    "tập trung",
    "tăng cường",
    "tiếp tục",
    "chủ động",
    "nghiên cứu",
    "kiểm tra",
    "xử lý",
    "xem xét",
    "thẩm định",
    "tham mưu",
    "xây dựng",
    "rà soát",
    "chỉ đạo",
    "triển khai",
    "thực hiện",
    "báo cáo",
    "hoàn thành",
    "hoàn thiện",
    "hoàn chỉnh",
    "bổ sung",
    "đôn đốc",
    "theo dõi",
    "hướng dẫn",
    "đề xuất",
    "trình",
    "ký",
    "lập",
    "giải quyết",
    "khắc phục",
    "cung cấp",
    "chuẩn bị",
    "ban hành",
    "đẩy mạnh",
    "nâng cao",
    "quan tâm",
    "tổng hợp",
    "đánh giá",
    "làm rõ",
    "sớm",
    "thừa ủy quyền",
    "thay mặt",
    "chịu trách nhiệm",
    "tổ chức",
    "quản lý",
    "sửa đổi",
    "điều chỉnh",
    "cập nhật",
    "bố trí",
    "phân bổ",
    "rút kinh nghiệm",
    "chấn chỉnh",
    "giám sát",
    "thanh tra",
    "coi trọng",
    "chú trọng",
    "ưu tiên",
    "phát huy",
    "duy trì",
    "đảm bảo",
    "bảo đảm",
    "tuyên truyền",
    "vận động",
    "thống nhất",
    "gửi",
    "công bố",
    "tiếp thu",
    "tham gia",
    "góp ý",
    "thành lập",
    "buộc phải",
)

# More verbs and adverbs the work may start with; they end an addressee ("Sở Giao thông vận tải
# khảo sát …") but, unlike the words above, do not make a sentence a task of the last lead.
MORE_WORK_WORDS = (
    "khảo sát",
    "tiếp nhận",
    "cân đối",
    "tổng kết",
    "thống kê",
    "tiến hành",
    "nắm",
    "hỗ trợ",
    "phổ biến",
    "quán triệt",
    "đẩy nhanh",
    "kiện toàn",
    "xác minh",
    "điều tra",
    "thu hồi",
    "mua sắm",
    "sắp xếp",
    "bàn giao",
    "nghiệm thu",
    "thanh toán",
    "quyết toán",
    "sửa chữa",
    "nâng cấp",
    "bảo vệ",
    "ngăn chặn",
    "ứng phó",
    "di dời",
    "đưa tin",
    "đăng tải",
    "lấy ý kiến",
    "phát hiện",
    "xử phạt",
    "cưỡng chế",
    "đối thoại",
    "giải ngân",
    "huy động",
    "lồng ghép",
    "kêu gọi",
    "thu hút",
    "thường xuyên",
    "trực tiếp",
    "nghiêm túc",
    "kịp thời",
    "làm",
    "lãnh đạo",
    "hoàn tất",
    "tăng",
    "giảm",
    "bồi dưỡng",
    "đào tạo",
    "vận hành",
    "tham dự",
    "chuyển",
    "cấp",
    "phòng",
    "chống",
    "dừng",
    "tạm dừng",
    "tạm đình chỉ",
    "đình chỉ",
    "tuyệt đối",
    "nghiêm cấm",
    "không",
    "thông báo",
    "liên hệ",
    "trả lời",
    "giải trình",
    "dự thảo",
    "soạn thảo",
    "đối chiếu",
    "kiểm kê",
    "kiểm soát",
    "phân loại",
    "phê duyệt",
    "gấp rút",
    "khẩn cấp",
    "sẵn sàng",
)

# Words that end an addressee without starting the work: a time or purpose put before it ("Giao
# Sở X trong quý I/2017, hoàn thành …"), or a side remark ("…, bên cạnh …").
ADDRESSEE_STOPS = (
    "trong",
    "ngay",
    "trước",
    "từ",
    "đến",
    "khi",
    "sau khi",
    "để",
    "nhằm",
    "bên cạnh",
)

# Adverbs between an addressee and "cần" ("Các địa phương cũng cần …"): not part of the name.
ADVERBS_BEFORE_NEED = ("cũng", "đều", "vẫn", "thì", "sẽ", "còn", "tiếp tục")

# Function words that never go on inside a unit's name ("Hội nghị do Sở X chủ trì …").
NOT_IN_NAMES = tuple(
    "do của cho với tại về là được bị đã đang mà nhưng hoặc hay theo từ khi này đó bởi cùng luôn "
    "rất nên để".split()
)

# Verbs that report a speech; in "X lưu ý, Hà Nội cần …" the addressee comes after them.
REPORTING_VERBS = (
    "lưu ý",
    "nhấn mạnh",
    "nhắc nhở",
    "khẳng định",
    "cho rằng",
    "cho biết",
    "đề nghị",
    "yêu cầu",
    "mong muốn",
    "chỉ rõ",
)

# Words a unit's name starts with (capitalised) or a collective addressee starts with.
UNIT_HEADS = (
    "Bộ",
    "Sở",
    "UBND",
    "Ủy ban",
    "Ban",
    "Văn phòng",
    "Cục",
    "Tổng cục",
    "Vụ",
    "Viện",
    "Hiệp hội",
    "Hội",
    "Công an",
    "Bộ Chỉ huy",
    "Kho bạc",
    "Ngân hàng",
    "Thanh tra",
    "Tòa án",
    "Viện kiểm sát",
    "Đài",
    "Báo",
    "Trường",
    "Trung tâm",
    "Chi cục",
    "Phòng",
    "Đảng ủy",
    "Đảng đoàn",
    "Tỉnh đoàn",
    "Liên đoàn",
    "Mặt trận",
    "HĐND",
    "Thường trực",
    "Tập đoàn",
    "Tổng công ty",
    "Công ty",
    "Cảng vụ",
    "Chủ tịch",
    "Giám đốc",
    "Bộ trưởng",
    "Thủ trưởng",
    "các",
    "những",
)

# Abbreviations whose full stop does not end a sentence ("TS. Hồ Huy Cường").
ABBREVIATIONS = ("TS", "ThS", "PGS", "GS", "BS", "KS", "TP", "CN", "NCS", "Th.S")  # any case

# Lower-case nouns of a collective addressee ("các sở, ban, ngành có liên quan", "UBND các huyện,
# thành, thị"): a comma before one of them continues the addressee.
COLLECTIVE_UNITS = (
    # Party committees are named by their level and "ủy" ("các huyện ủy, thành ủy"): a body,
    # not a level, so words of their own may follow ("… trực thuộc Tỉnh ủy").
    "huyện ủy",
    "thành ủy",
    "tỉnh ủy",
    "quận ủy",
    "thị ủy",
    "đảng ủy",
    "đảng bộ",
    "chi bộ",
    "sở",
    "ban",
    "ngành",
    "bộ",
    "huyện",
    "thị xã",
    "thành phố",
    "thành",
    "thị",
    "xã",
    "phường",
    "thị trấn",
    "quận",
    "tỉnh",
    "đơn vị",
    "địa phương",
    "cơ quan",
    "đoàn thể",
    "doanh nghiệp",
    "tổ chức",
    "hội",
    "cấp",
    "ngành chức năng",
    "lực lượng",
    "chủ đầu tư",
    "nhà đầu tư",
    "chính quyền",
    "cấp ủy",
    "cấp ủy đảng",
    "tổ chức chính trị - xã hội",
    "tổ chức đảng",
    "cơ sở",
    "trường học",
    "bệnh viện",
    "hợp tác xã",
    "ban quản lý",
    "trạm",
    "chi nhánh",
    "hộ",
    "thành viên",
)

# Collective nouns that name a kind of unit and take no lower-case word of their own after them
# (levels too): "UBND các huyện ra quân …" ends at "huyện", "các cơ quan báo chí" does not.
BARE_COLLECTIVES = ("sở", "ban", "ngành", "bộ", "thành", "thị", "cấp")

# Words a collective addressee may end with ("các cơ quan, đơn vị có liên quan", "các đơn vị trực
# thuộc", "các doanh nghiệp trên địa bàn tỉnh").
COLLECTIVE_TAILS = (
    "liên quan",
    "có liên quan",
    "trực thuộc",
    "chức năng",
    "trên địa bàn",
    "thuộc",
    "thuộc tỉnh",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "các cấp",
    "thành viên",
)

# The levels of administration before a place name ("huyện Lạc Sơn") or ending a unit's name
# ("Công an tỉnh"); after them comes a place name, all its syllables capitalised.
LEVEL_WORDS = (
    "tỉnh",
    "huyện",
    "thành phố",
    "thị xã",
    "quận",
    "xã",
    "phường",
    "thị trấn",
    "khu vực",
)

# Lower-case words inside units' names ("Ủy ban nhân dân", "Sở Giao thông vận tải", "Bảo hiểm xã
# hội", "Cục Quản lý thị trường", "Kho bạc Nhà nước … chi nhánh").
NAME_WORDS = (
    "nhân dân",
    "vận tải",
    "nông thôn",
    "xã hội",
    "thị trường",
    "nhà nước",
    "kinh tế",
    "công nghiệp",
    "khu công nghiệp",
    "đô thị",
    "chi nhánh",
    "quốc gia",
    "trung ương",
)

# Words before a person named as the addressee ("Giao đồng chí Trần Văn A, Phó Chủ tịch …").
PERSON_ADDRESSEE = ("đồng chí", "các đồng chí", "ông", "bà")
