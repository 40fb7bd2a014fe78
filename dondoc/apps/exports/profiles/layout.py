"""What a layout profile holds: the page, the fonts and the parts of an official document.

A profile is data, in its own module named for the text it follows (``nd30_2020``,
``hd36_vptw_2018``); the writers of Word and PDF read only these fields, so a newer guidance is
one more module listed in ``PROFILES``, not a change to the writers (#11).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dondoc.core.committee_terms import term_on


class Family(StrEnum):
    STATE = "state"
    PARTY = "party"


class NumberStyle(StrEnum):
    STATE = "state"  # "Số: 12/TB-UBND"
    PARTY = "party"  # "Số 12-TB/TU"


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres."""

    top: float
    bottom: float
    left: float
    right: float


@dataclass(frozen=True)
class Line:
    """One line of a heading: its size in points and its weight."""

    size: float
    is_bold: bool = False
    is_italic: bool = False


@dataclass(frozen=True)
class LayoutProfile:
    """A versioned official layout; ``source`` names the text it follows."""

    code: str
    family: Family
    source: str
    valid_from: date
    page_width_mm: float
    page_height_mm: float
    margins: Margins
    font_family: str  # embedded in PDFs
    word_font: str  # named in .docx: the offices' Word has it; LibreOffice maps it to the above
    national_title: str  # "" where the family has none beside the party's name
    national_title_line: Line
    motto: str
    motto_line: Line
    superior_line: Line
    issuer_line: Line
    issuer_mark: str  # "*" under a Party issuer, "" where a short rule is drawn
    number_style: NumberStyle
    number_line: Line
    place_date_line: Line
    title_line: Line
    body_size: float
    first_line_indent_mm: float
    signature_line: Line
    signer_name_line: Line
    recipients_heading_line: Line
    recipients_size: float
    numbering_resets: str  # "year" or "term"
    archive_text: str  # the last recipient line; {office} is the issuer's office

    def number_text(self, *, number: int | None, kind_symbol: str, issuer_symbol: str) -> str:
        """ "Số: 12/TB-UBND" or "Số 12-TB/TU"; a reserved blank keeps the place for the number."""
        shown = f"{number:02d}" if number is not None else "     "
        if self.number_style is NumberStyle.PARTY:
            return f"Số {shown}-{kind_symbol}/{issuer_symbol}"
        return f"Số: {shown}/{kind_symbol}-{issuer_symbol}"

    def series_of(self, on: date, *, congress_on: date) -> str:
        """The numbering series a document of day ``on`` belongs to: its year, or the committee
        term holding it, terms counted from ``congress_on`` (the installation's congress day)."""
        if self.numbering_resets == "year":
            return str(on.year)
        return term_on(on, congress_on=congress_on).code
