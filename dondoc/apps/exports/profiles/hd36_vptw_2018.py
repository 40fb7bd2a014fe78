"""Party documents: Guidance 36-HD/VPTW of 3 April 2018 of the Central Party Office.

"ĐẢNG CỘNG SẢN VIỆT NAM" top right (15 pt bold, rule below); the superior body and the issuing
body (14 pt, the issuer bold, "*" below); "Số 12-TB/TU"; margins 20/20/30/15 mm; body 14–15 pt.
Numbering restarts with each kind and each committee term. Guidance 05-HD/VPTW (2026) replaces
it: add a module beside this one and list it in ``PROFILES``.
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
    code="hd36-vptw-2018",
    family=Family.PARTY,
    source="Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng",
    valid_from=date(2018, 4, 3),
    page_width_mm=210,
    page_height_mm=297,
    margins=Margins(top=20, bottom=20, left=30, right=15),
    font_family="Liberation Serif",
    word_font="Times New Roman",
    national_title="ĐẢNG CỘNG SẢN VIỆT NAM",
    national_title_line=Line(15, is_bold=True),
    motto="",
    motto_line=Line(14, is_bold=True),
    superior_line=Line(14),
    issuer_line=Line(14, is_bold=True),
    issuer_mark="*",
    number_style=NumberStyle.PARTY,
    number_line=Line(14),
    place_date_line=Line(14, is_italic=True),
    title_line=Line(15, is_bold=True),
    body_size=14,
    first_line_indent_mm=10,
    signature_line=Line(14, is_bold=True),
    signer_name_line=Line(14, is_bold=True),
    recipients_heading_line=Line(14),
    recipients_size=12,
    archive_text="- Lưu Văn phòng {office}.",
    numbering_resets="term",
)
