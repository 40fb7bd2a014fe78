"""The official document's own header, in the layouts of Decree 30/2020 (state) and of Guidance
36-HD/VPTW (Party): issuing body and its superior, number and symbol, place and date, kind and
summary ("V/v …"), the signature block (TM./KT./TL./T/M, the signer's title and name), and the
recipients ("Kính gửi", "Nơi nhận").

The header sits in the first lines: the issuing body in capitals, left of (or above) the national
motto; "Số:" with the number; the place and date line. Text copied from a web page puts the two
columns one after the other, so each part is looked for on its own line, never by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dondoc.core.document_kinds import DocumentKind
from dondoc.intake.lexicon.people import SURNAMES
from dondoc.intake.normalize import Normalized
from dondoc.intake.results import DocumentHeader, DocumentMention, PersonMention
from dondoc.intake.spans import Span

_HEAD_LINES = 40
_MOTTO = re.compile(
    r"CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*[-–]\s*Tự do"
)
_NUMBER = re.compile(
    r"(?m)^[ \t]*Số\s*:?\s*(?P<number>\d{1,6}[a-z]?\s*(?:/\s*(?:19|20)\d\d\s*)?[/-]\s*"
    r"[A-ZĐÐD][\wĐÐđ&]*(?:\s*[/-]\s*[A-ZĐÐD][\wĐÐđ&]*)*)"
)
_PLACE_DATE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})\s*,\s*ngày\s+(?P<d>\d{1,2})"
    r"\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d\d)"
)
_SUMMARY = re.compile(r"(?m)^[ \t]*(?P<summary>(?:V/v|v/v|Về việc)\s*:?\s*[^\n]+)")
_KIND_LINE = re.compile(
    r"(?m)^[ \t]*(?P<kind>QUYẾT ĐỊNH|CHỈ THỊ|KẾT LUẬN|THÔNG BÁO|KẾ HOẠCH|NGHỊ QUYẾT|HƯỚNG DẪN"
    r"|TỜ TRÌNH|BÁO CÁO|QUY ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|CÔNG ĐIỆN|CÔNG VĂN)[ \t]*$"
)
_AUTHORITY = re.compile(
    r"(?m)^[ \t]*(?P<authority>(?:TM|KT|TL|TUQ|T/M|T/L|Q)\.?\s+[^\n]*[A-ZĐ][^\n]*)$"
)
_NAME = re.compile(r"[A-ZĐÂ][^\W\d_]+(?:\s+[A-ZĐÂ][^\W\d_]+){1,4}")
_RECIPIENTS = re.compile(r"(?m)^[ \t]*(?P<label>Kính gửi|Nơi nhận)\s*:\s*(?P<rest>[^\n]*)")
_ITEM = re.compile(r"\s*[-–+•]\s*")


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def find_header(normalized: Normalized) -> DocumentHeader | None:
    """The document's own header, or None when the text is not an official document.

    >>> from dondoc.intake.normalize import normalize
    >>> header = find_header(normalize("BỘ Y TẾ\\nSố: 12/BYT-KH\\nHà Nội, ngày 3 tháng 5 năm 2021\\n"))
    >>> header.number.text, header.kind, header.date, header.issuer.text
    ('12/BYT-KH', 'Công văn', '2021-05-03', 'BỘ Y TẾ')
    """
    text = normalized.text
    lines = _lines(text)
    head = lines[:_HEAD_LINES]
    head_end = head[-1].end if head else 0
    number = _NUMBER.search(text, 0, head_end)
    place_date = _PLACE_DATE.search(text, 0, head_end)
    if number is None and place_date is None:
        return None
    if number is None and not any(_MOTTO.search(line.text) for line in head):
        return None
    bodies = _issuing_bodies(head)
    kind_line = _KIND_LINE.search(text, 0, head_end)
    summary = _SUMMARY.search(text, 0, head_end)
    authority, title, name = _signature(lines)
    return DocumentHeader(
        layout="party" if any("ĐẢNG CỘNG SẢN" in line.text for line in head) else "state",
        kind=_kind(kind_line.group("kind") if kind_line else None, number),
        number=_span(normalized, number, "number"),
        issuer=normalized.span(bodies[-1].start, bodies[-1].end) if bodies else None,
        superior=normalized.span(bodies[0].start, bodies[0].end) if len(bodies) > 1 else None,
        place=_span(normalized, place_date, "place"),
        date=_iso(place_date),
        date_span=normalized.span(*place_date.span()) if place_date else None,
        summary=_span(normalized, summary, "summary"),
        authority=_line_span(normalized, authority),
        signer_title=_line_span(normalized, title),
        signer_name=_line_span(normalized, name),
        recipients=tuple(_recipients(normalized, lines)),
    )


def _line_span(normalized: Normalized, line: _Line | None) -> Span | None:
    return normalized.span(line.start, line.end) if line else None


def _lines(text: str) -> list[_Line]:
    lines = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            offset = start + line.index(stripped)
            lines.append(_Line(offset, offset + len(stripped), stripped))
        start += len(line) + 1
    return lines


def _is_name_in_capitals(text: str) -> bool:
    """ "HOÀNG VĂN TOÀN" under the title line: a family name first, and no title's word."""
    words = text.split()
    return 3 <= len(words) <= 5 and words[0].capitalize() in SURNAMES


def _is_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _issuing_bodies(head: list[_Line]) -> list[_Line]:
    """The capitalised lines above the number: the superior first, the issuing body last."""
    bodies: list[_Line] = []
    for line in head:
        if line.text.startswith("Số") or _PLACE_DATE.match(line.text):
            break
        motto = _MOTTO.search(line.text)
        part = line.text[: motto.start()].strip() if motto else line.text
        part = part.strip(" *-–—_")
        if part and _is_capitals(part) and not _KIND_LINE.match(part):
            start = line.start + line.text.index(part)
            bodies.append(_Line(start, start + len(part), part))
        elif bodies and not motto and part and not _is_capitals(part):
            bodies = []  # page furniture above the header
    return bodies[-2:]


def _kind(kind_line: str | None, number: re.Match[str] | None) -> str:
    if kind_line:
        word = DocumentKind.from_word(kind_line)
        return word.word if word else kind_line.capitalize()
    if number:
        # The kind's symbol comes first after the number (and year): "15-CT/TU", "3/2021/NĐ-CP";
        # a letter puts its issuer there instead ("12/BYT-KH").
        parts = re.split(r"[/-]", re.sub(r"\s+", "", number.group("number")))
        symbol = next((p for p in parts[1:] if not p.isdigit()), "")
        kind = DocumentKind.from_symbol(symbol.replace("Ð", "Đ"))
        if kind is not None:
            return kind.word
    return "Công văn"  # a number with no kind symbol (…/VPCP-NN, …/UBND-KT) is a letter


def _span(normalized: Normalized, match: re.Match[str] | None, group: str) -> Span | None:
    if match is None:
        return None
    return normalized.span(match.start(group), match.end(group))


def _iso(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    try:
        return date(int(match.group("y")), int(match.group("m")), int(match.group("d"))).isoformat()
    except ValueError:
        return None


def _signature(lines: list[_Line]) -> tuple[_Line | None, _Line | None, _Line | None]:
    """The signature block: "KT. BỘ TRƯỞNG" (authority), the title line above the name, the name."""
    for index in range(len(lines) - 1, max(len(lines) - 12, 0), -1):
        line = lines[index]
        if not _NAME.fullmatch(line.text) or (
            _is_capitals(line.text) and not _is_name_in_capitals(line.text)
        ):
            continue
        above = [x for x in lines[max(index - 4, 0) : index] if not x.text.startswith("(")]
        if _is_capitals(line.text) and (not above or not _is_capitals(above[-1].text)):
            continue  # a name in capitals signs under the title line, nothing between
        capitals = [x for x in above if _is_capitals(x.text)]
        if not capitals:
            continue
        title = capitals[-1]
        authorities = [x for x in capitals if _AUTHORITY.match(x.text)]
        authority = _Line(authorities[0].start, authorities[-1].end, "") if authorities else None
        return authority, None if title in authorities else title, line
    return None, None, None


def _recipients(normalized: Normalized, lines: list[_Line]) -> list[Span]:
    """The addressees after "Kính gửi:" and the items of "Nơi nhận:", one span each."""
    found: list[Span] = []
    for index, line in enumerate(lines):
        label = _RECIPIENTS.match(line.text)
        if label is None:
            continue
        items = [(line.start + label.start("rest"), line.end)] if label.group("rest") else []
        for following in lines[index + 1 : index + 12]:
            marker = _ITEM.match(following.text)
            if marker is None:
                break
            items.append((following.start + marker.end(), following.end))
        for start, end in items:
            piece = normalized.text[start:end].rstrip(" ;.,")
            if piece:
                found.append(normalized.span(start, start + len(piece)))
    return found


def header_document(header: DocumentHeader, text: str) -> DocumentMention | None:
    """The document's own entry in the list of documents: its number, kind, date and issuer."""
    if header.number is None:
        return None
    span = header.number
    return DocumentMention(
        header.kind,
        header.number.text,
        header.date,
        _as_written(header.issuer.text, text) if header.issuer else None,
        span,
        0.95,
    )


def _as_written(capitals: str, text: str) -> str:
    """The issuer as running text spells it ("Văn phòng Chính phủ"), else in sentence case."""
    match = re.search(re.escape(capitals), text, re.IGNORECASE)
    while match is not None and _is_capitals(match.group(0)):
        match = re.compile(re.escape(capitals), re.IGNORECASE).search(text, match.end())
    if match is not None:
        return match.group(0)
    return capitals[:1] + capitals[1:].lower()


def header_signer(header: DocumentHeader) -> PersonMention | None:
    """The signer, with the title line directly above the name as their position."""
    if header.signer_name is None:
        return None
    positions = (header.signer_title.text,) if header.signer_title else ()
    return PersonMention(header.signer_name.text, positions, (header.signer_name,), 0.9)
