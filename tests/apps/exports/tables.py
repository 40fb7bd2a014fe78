"""A table of figures of our own making, for the import's tests (#11)."""

import io

import openpyxl

from dondoc.core.periods import Period

LIST_DAY_TEXT = "2017-10-20"
SPAN = Period.parse("giai đoạn 2016-2020")
HEADER = ["STT", "Tên chỉ tiêu", "ĐVT", "Đơn vị", "Kỳ báo cáo", "Số liệu", "Loại số liệu"]
GOOD_ROWS = [
    [1, "Tỷ lệ hộ nghèo", "%", "Huyện Bắc Hà", "9 tháng 2017", "3,2", "ước thực hiện"],
    [
        2,
        "Thu ngân sách nhà nước trên địa bàn",
        "tỷ đồng",
        "Huyện Bắc Hà",
        "quý III/2017",
        "1.234,5",
        "sơ bộ",
    ],
    [3, "Thu ngan sach nha nuoc tren dia ban", "Tỷ đồng", "Xa An Phu", "năm 2017", 86.2, None],
    ["II.", "CHỈ TIÊU VĂN HÓA - XÃ HỘI"],
    [
        4,
        "Số trường đạt chuẩn quốc gia",
        "trường",
        "Huyện Bắc Hà",
        "9 tháng 2017",
        "14/27",
        "chính thức",
    ],
    [5, "Tỷ lệ hộ nghèo", "%", "Xã An Phú", "9 tháng 2017", "-", None],
]
BAD_ROWS = [
    [6, "Tỷ lệ hộ đói", "%", "Huyện Bắc Hà", "9 tháng 2017", "3,1", None],
    [7, "Tỷ lệ hộ nghèo", "%", "Huyện Bắc Hà", "quý 5/2017", "3,1", None],
    [8, "Tỷ lệ hộ nghèo", "%", "Huyện Bắc Hà", "năm 2017", "120%", None],
]


def figures_workbook(rows, header=HEADER) -> io.BytesIO:
    """Our own table: a title merged across, the header, a section row "I." and the figures."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["BẢNG SỐ LIỆU CHỈ TIÊU NĂM 2017"])
    sheet.merge_cells("A1:G1")
    sheet.append(header)
    sheet.append(["I.", "CHỈ TIÊU KINH TẾ"])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer
