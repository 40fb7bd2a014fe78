"""An official document as an editable Word file (python-docx), in its layout profile."""

from __future__ import annotations

import io

import docx as python_docx
from docx.document import Document as Docx
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from dondoc.apps.exports import wording
from dondoc.apps.exports.notice import OfficialDocument
from dondoc.apps.exports.profiles.layout import LayoutProfile, Line
from dondoc.apps.exports.tabular import Table, display_rows

CENTER = WD_ALIGN_PARAGRAPH.CENTER


def document_docx(document: OfficialDocument) -> bytes:
    """The .docx bytes of ``document``."""
    profile = document.issuer.profile
    docx = python_docx.Document()
    _page(docx, profile)
    _heading(docx, document)
    _text(docx.add_paragraph(), document.title, profile.title_line, align=CENTER)
    _text(docx.add_paragraph(), document.summary, Line(profile.body_size, is_bold=True), CENTER)
    for text in document.paragraphs:
        _body(docx, text, profile)
    for number, (heading, lines) in enumerate(document.sections, start=1):
        _text(docx.add_paragraph(), f"{number}. {heading}", Line(profile.body_size, True))
        for sub, text in enumerate(lines, start=1):
            _body(docx, f"{number}.{sub}. {text}" if len(lines) > 1 else text, profile)
    for table in document.tables:
        _table(docx, table, profile)
    _signature(docx, document)
    buffer = io.BytesIO()
    docx.save(buffer)
    return buffer.getvalue()


def _page(docx: Docx, profile: LayoutProfile) -> None:
    section = docx.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(profile.page_width_mm), Mm(profile.page_height_mm)
    section.top_margin, section.bottom_margin = Mm(profile.margins.top), Mm(profile.margins.bottom)
    section.left_margin, section.right_margin = Mm(profile.margins.left), Mm(profile.margins.right)
    style = docx.styles["Normal"]
    style.font.name = profile.word_font
    style.font.size = Pt(profile.body_size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), profile.word_font)
    # Page numbers centred in the top margin from page 2 (Decree 30, Appendix I).
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = CENTER
    _page_field(number)


def _page_field(paragraph: Paragraph) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    paragraph._p.append(field)


def _heading(docx: Docx, document: OfficialDocument) -> None:
    profile, issuer = document.issuer.profile, document.issuer
    table = docx.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.width, right.width = Mm(70), Mm(95)
    lines_left: list[tuple[str, Line]] = []
    if issuer.superior:
        lines_left.append((issuer.superior, profile.superior_line))
    lines_left.append((issuer.name, profile.issuer_line))
    lines_left.append((profile.issuer_mark or "———", Line(profile.issuer_line.size)))
    lines_left.append((document.number, profile.number_line))
    _cell(left, lines_left)
    lines_right = [(profile.national_title, profile.national_title_line)]
    if profile.motto:
        lines_right += [(profile.motto, profile.motto_line), ("———————", profile.motto_line)]
    else:
        lines_right.append(("———————", profile.national_title_line))
    lines_right.append((document.place_and_date, profile.place_date_line))
    _cell(right, lines_right)


def _cell(cell: _Cell, lines: list[tuple[str, Line]], align: WD_ALIGN_PARAGRAPH = CENTER) -> None:
    first = True
    for text, line in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        _text(paragraph, text, line, align)


def _text(
    paragraph: Paragraph, text: str, line: Line, align: WD_ALIGN_PARAGRAPH | None = None
) -> None:
    run = paragraph.add_run(text)
    run.font.size = Pt(line.size)
    run.font.bold = line.is_bold
    run.font.italic = line.is_italic
    if align is not None:
        paragraph.alignment = align


def _body(docx: Docx, text: str, profile: LayoutProfile) -> None:
    paragraph = docx.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = Mm(profile.first_line_indent_mm)
    paragraph.paragraph_format.space_after = Pt(6)
    _text(paragraph, text, Line(profile.body_size))


def _table(docx: Docx, table: Table, profile: LayoutProfile) -> None:
    _text(docx.add_paragraph(), table.title, Line(profile.body_size, is_bold=True))
    grid = docx.add_table(rows=1, cols=len(table.headers))
    grid.style = "Table Grid"
    for cell, header in zip(grid.rows[0].cells, table.headers, strict=True):
        _text(cell.paragraphs[0], header, Line(11, is_bold=True), CENTER)
    for row in display_rows(table):
        for cell, (text, is_number) in zip(grid.add_row().cells, row, strict=True):
            align = WD_ALIGN_PARAGRAPH.RIGHT if is_number else WD_ALIGN_PARAGRAPH.LEFT
            _text(cell.paragraphs[0], text, Line(11), align)


def _signature(docx: Docx, document: OfficialDocument) -> None:
    profile, signature = document.issuer.profile, document.signature
    left, right = docx.add_table(rows=1, cols=2).rows[0].cells
    left.width, right.width = Mm(80), Mm(85)
    _cell(left, [(wording.RECIPIENTS, profile.recipients_heading_line)], WD_ALIGN_PARAGRAPH.LEFT)
    for text in document.recipients:
        _text(left.add_paragraph(), text, Line(profile.recipients_size), WD_ALIGN_PARAGRAPH.LEFT)
    _cell(
        right,
        [
            (signature.authority, profile.signature_line),
            (signature.title, profile.signature_line),
            ("", Line(profile.body_size)),
            ("", Line(profile.body_size)),
            (signature.name, profile.signer_name_line),
        ],
    )
