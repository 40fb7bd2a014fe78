"""Language data for figures: units, multipliers, and the words that mark a number as no figure."""

# Multipliers stay in the unit ("39 vạn tấn": value 39, unit "vạn tấn").
MULTIPLIERS = ("nghìn tỷ", "ngàn tỷ", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn", "trăm")
CURRENCIES = ("đồng", "USD", "đô la Mỹ", "đô la", "euro", "EUR", "NDT", "yên")
MEASURES = (
    "km2", "km²", "m2", "m²", "m3", "m³", "ha", "km", "m", "cm", "mm", "tấn", "tạ", "kg",
    "lít", "MW", "kW", "kWh", "MWh", "GWh", "TEU", "lượt", "USD",
)  # fmt: skip
# Words that end a counted noun: the figure's unit is what comes before them.
STOP_WORDS = frozenset(
    """
    và của so với đạt tăng giảm trong trên dưới được là có đã cho tại theo từ đến bằng chiếm
    thì mà nên này đó các những khi sau trước về vào ra lên xuống còn cũng đều gồm như hơn
    khoảng gần ước tương đương bình quân mỗi hay hoặc nhưng để vượt bị không chưa kéo diễn
    dám sẽ đang vẫn
    """.split()
)
# A number right after one of these is a label, an ordinal, a date or page furniture.
LABEL_BEFORE = (
    "ngày", "tháng", "năm", "quý", "thứ", "khóa", "khoá", "số", "loại", "lần", "quốc lộ", "ql",
    "tỉnh lộ", "đường tỉnh", "km", "điều", "khoản", "chương", "mục", "lúc", "phiên", "kỳ", "hạng",
    "cấp", "mức độ", "giai đoạn", "nhiệm kỳ", "đợt", "tổ", "khu", "lô", "phòng", "trung ương",
    "đại hội", "hội nghị", "top", "từ ngày", "đến ngày", "trước ngày", "sau ngày", "sáng", "chiều",
    "tối", "trưa", "đêm", "hotline", "điện thoại", "đt", "fax", "ảnh", "clip", "covid", "covid-",
    "lượt xem", "quốc khánh", "dịp", "lễ",
)  # fmt: skip
# A number right before one of these is a time, a date, a duration (a period) or an ordinal.
PERIOD_AFTER = (
    "giờ", "h", "phút", "giây", "ngày", "tuần", "tháng", "năm", "quý", "thế kỷ", "buổi", "đêm",
    "khóa", "khoá", "(khóa", "(khoá",
)  # fmt: skip
