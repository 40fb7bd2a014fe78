"""State documents: Decree 30/2020/NĐ-CP of 5 March 2020 on clerical work, Appendix I.

A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; a Times New Roman-
compatible Unicode serif. The values chosen inside each range are ours.
"""

from datetime import date

from dondoc.apps.exports.profiles.layout import (
    Family,
    LayoutProfile,
    Line,
    Margins,
    NumberStyle,
)

PROFILE = LayoutProfile(
    code="nd30-2020",
    family=Family.STATE,
    source="Nghị định 30/2020/NĐ-CP, Phụ lục I",
    valid_from=date(2020, 3, 5),
    page_width_mm=210,
    page_height_mm=297,
    margins=Margins(top=20, bottom=20, left=30, right=15),
    font_family="Liberation Serif",
    word_font="Times New Roman",
    national_title="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    national_title_line=Line(12, is_bold=True),
    motto="Độc lập - Tự do - Hạnh phúc",
    motto_line=Line(13, is_bold=True),
    superior_line=Line(12),
    issuer_line=Line(12, is_bold=True),
    issuer_mark="",
    number_style=NumberStyle.STATE,
    number_line=Line(13),
    place_date_line=Line(13, is_italic=True),
    title_line=Line(14, is_bold=True),
    body_size=14,
    first_line_indent_mm=10,
    signature_line=Line(13, is_bold=True),
    signer_name_line=Line(14, is_bold=True),
    recipients_heading_line=Line(12, is_bold=True, is_italic=True),
    recipients_size=11,
    archive_text="- Lưu: VT.",
    numbering_resets="year",
)
