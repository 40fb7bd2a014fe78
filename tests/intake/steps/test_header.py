"""The official document's own header: our own letters in the Decree 30/2020 and Party layouts."""

import pytest

from dondoc.intake import read

STATE_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1204 /UBND-NC
V/v triển khai kế hoạch kiểm tra công vụ năm 2021

Hòa Bình, ngày 12 tháng 3 năm 2021

Kính gửi: Sở Nội vụ tỉnh Hòa Bình.

Báo Hòa Bình ngày 5 tháng 3 năm 2021 có bài về kỷ luật công vụ. Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với Thanh tra tỉnh kiểm tra, báo cáo kết quả trước ngày 30/4.

Nơi nhận:
- Như trên;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đinh Công Sứ
"""

PARTY_DIRECTIVE = """ĐẢNG BỘ TỈNH SƠN LA
TỈNH ỦY
*
ĐẢNG CỘNG SẢN VIỆT NAM
Số 15-CT/TU
Sơn La, ngày 2 tháng 8 năm 2022

CHỈ THỊ
về tăng cường công tác phòng, chống thiên tai

T/M BAN THƯỜNG VỤ
BÍ THƯ
Hoàng Văn Chất
"""


def test_a_state_letter_gives_its_number_kind_date_issuer_and_superior():
    header = read(STATE_LETTER).document

    assert header is not None
    assert (header.number.text, header.kind, header.date) == (
        "1204 /UBND-NC",
        "Công văn",
        "2021-03-12",
    )
    assert (header.superior.text, header.issuer.text) == ("ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH")
    assert header.summary.text.startswith("V/v triển khai")
    assert header.place.text == "Hòa Bình"


def test_a_letters_own_number_is_one_of_its_documents_with_the_headers_date():
    result = read(STATE_LETTER)

    [own] = [d for d in result.documents if d.number == "1204 /UBND-NC"]

    assert (own.kind, own.date) == ("Công văn", "2021-03-12")


def test_the_signature_block_gives_the_signer_and_the_title_line_above_the_name():
    result = read(STATE_LETTER)

    assert result.document.authority.text == "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
    assert [p.positions for p in result.people if p.name == "Đinh Công Sứ"] == [("PHÓ CHỦ TỊCH",)]


def test_recipients_come_from_kinh_gui_and_noi_nhan():
    recipients = [r.text for r in read(STATE_LETTER).document.recipients]

    assert recipients[0] == "Sở Nội vụ tỉnh Hòa Bình"
    assert "Chủ tịch, các PCT UBND tỉnh" in recipients


def test_a_letter_has_no_event_date_and_its_deadline_takes_the_headers_year():
    result = read(STATE_LETTER)

    assert result.event_date is None
    assert [d.deadline for d in result.directives] == ["2021-04-30"]


def test_a_party_document_gives_its_kind_from_the_kind_line():
    header = read(PARTY_DIRECTIVE).document

    assert (header.layout, header.kind, header.number.text) == ("party", "Chỉ thị", "15-CT/TU")
    assert (header.superior.text, header.issuer.text) == ("ĐẢNG BỘ TỈNH SƠN LA", "TỈNH ỦY")
    assert header.signer_title.text == "BÍ THƯ"


@pytest.mark.parametrize("number", ["245/TTg-KTTH", "3/2021/NÐ-CP", "07-HD/BTGTU"])
def test_numbers_in_the_header_are_read_as_written(number):
    text = f"CHÍNH PHỦ\nSố: {number}\nHà Nội, ngày 1 tháng 2 năm 2021\n"

    assert read(text).document.number.text == number


def test_a_news_page_is_no_official_document():
    assert read("Sáng 20/10, Bí thư Tỉnh ủy làm việc với huyện Lộc Bình.").document is None
