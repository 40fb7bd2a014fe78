"""Cited documents: kind, number as written, date and issuer, one item per document."""

from __future__ import annotations

import re

from dondoc.core.document_kinds import DocumentKind
from dondoc.core.document_numbers import DocumentNumber
from dondoc.core.errors import DocumentNumberParseError
from dondoc.intake.lexicon.documents import KIND_WORDS
from dondoc.intake.normalize import Normalized
from dondoc.intake.results import DocumentMention
from dondoc.intake.steps.people import organisation_end

_L = r"[A-Za-zĐđÐ]"
_PARTY_OR_STATE = (
    rf"\d{{1,6}}[a-z]?\s?[-–]\s?{_L}[\wĐđ&]{{0,9}}/{_L}[\wĐđ]{{0,9}}"
    rf"|\d{{1,6}}[a-z]?/(?:(?:19|20)\d\d/)?{_L}[\wĐđ&]*(?:\s?[-–]\s?[\wĐđ&]+){{0,3}}"
)
_BARE = r"\d{1,6}(?:/(?:19|20)\d\d)?(?![\w/])"
_KIND = "|".join(re.escape(word) for word in KIND_WORDS)
_CITED = re.compile(
    rf"(?P<kind>{_KIND})(?:\s+(?:số|Số))?\s*:?\s*(?P<number>{_PARTY_OR_STATE}|{_BARE})",
    re.IGNORECASE,
)
_STANDALONE = re.compile(rf"(?<![\w/-])(?:Số\s*:?\s*)?(?P<number>{_PARTY_OR_STATE})")
_DATE = re.compile(
    r"\s*,?\s*(?:ban hành\s+)?ngày\s+(?P<d>\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>\d{1,2})"
    r"(?:\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d))?"
)
_ISSUER = re.compile(r"\s*,?\s*(?:của|do)\s+(?=[^\W\d_])")
_NOT_AFTER_BARE = re.compile(r"\s*(?:năm|tháng|ngày(?!\s+\d)|%|[.,]\d)")
_SYMBOL_KIND = re.compile(
    r"(?<![\w/-])(?P<kind>NQ|KL|CT|QĐ|KH|TB|ĐA)\s+(?:số\s+)?(?P<number>\d{1,4})(?![\w/-])"
)


def find_documents(normalized: Normalized) -> list[DocumentMention]:
    """Find cited documents; the same number cited twice is one item (the fullest citation wins)."""
    text = normalized.text
    found: dict[str, DocumentMention] = {}
    taken: list[tuple[int, int]] = []
    for match in _CITED.finditer(text):
        number = match.group("number")
        if re.fullmatch(_BARE, number) and not _is_bare_citation(text, match):
            continue
        _add(found, _mention(normalized, match, match.group("kind")))
        taken.append(match.span("number"))
    for match in _SYMBOL_KIND.finditer(text):
        kind = DocumentKind.from_symbol(match.group("kind"))
        if kind is not None and not _NOT_AFTER_BARE.match(text, match.end()):
            _add(found, _mention(normalized, match, kind.word))
            taken.append(match.span("number"))
    for match in _STANDALONE.finditer(text):
        if any(a <= match.start("number") < b for a, b in taken):
            continue
        kind = _kind_from_symbol(match.group("number"))
        if kind is not None:
            _add(found, _mention(normalized, match, kind.word))
    return _without_short_forms(list(found.values()))


def _without_short_forms(mentions: list[DocumentMention]) -> list[DocumentMention]:
    """Drop "Nghị quyết 26" when "Nghị quyết 26-NQ/TW" is also cited: it is the same document."""
    full = set()
    for mention in mentions:
        leading = re.match(r"\d+", mention.number)
        if leading and not mention.number.isdigit():
            full.add((mention.kind, leading.group(0).lstrip("0")))
    return [
        m for m in mentions if not (m.number.isdigit() and (m.kind, m.number.lstrip("0")) in full)
    ]


# "Nghị quyết Trung ương 4 (khóa XII)": cited by its plenum, without a number.
_BY_TITLE = re.compile(
    r"(?P<kind>Nghị quyết|Kết luận|Chỉ thị)\s+(?P<title>(?:Hội nghị\s+)?Trung ương\s+\d{1,2}\s*\(?\s*"
    r"(?:khóa|khoá)\s+[IVXLC]+\)?)"
)


def find_documents_by_title(normalized: Normalized) -> list[DocumentMention]:
    """Documents cited by their plenum rather than a number; listed, but with no number."""
    found: dict[str, DocumentMention] = {}
    for match in _BY_TITLE.finditer(normalized.text):
        span = normalized.span(*match.span())
        title = " ".join(span.text.replace("(", "").replace(")", "").split())
        mention = DocumentMention(match.group("kind"), "", None, None, span, 0.7, title)
        found.setdefault(title.casefold(), mention)
    return list(found.values())


def _is_bare_citation(text: str, match: re.Match[str]) -> bool:
    """ "Nghị quyết số 11", "Chỉ thị 05": a bare number needs "số" or a capitalised kind word."""
    if re.fullmatch(r"(?:19|20)\d\d", match.group("number")) or _NOT_AFTER_BARE.match(
        text, match.end()
    ):
        return False
    between = text[match.end("kind") : match.start("number")]
    followed_by_issuer = re.match(
        r"\s*,?\s*(?:của|do|ngày\s+\d)", text[match.end() : match.end() + 12]
    )
    return (
        "số" in between.lower()
        or match.group("kind")[:1].isupper()
        or followed_by_issuer is not None
    )


def _kind_from_symbol(number: str) -> DocumentKind | None:
    try:
        parsed = DocumentNumber.parse(number)
    except DocumentNumberParseError:
        return None
    return parsed.kind


def _mention(normalized: Normalized, match: re.Match[str], kind_word: str) -> DocumentMention:
    text = normalized.text
    date_match = _DATE.match(text, match.end())
    date = None
    after = match.end()
    if date_match:
        day, month, year = (int(x) if x else None for x in date_match.group("d", "m", "y"))
        date = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        after = date_match.end()
    issuer_match = _ISSUER.match(text, after)
    issuer = None
    if issuer_match and text[issuer_match.end()].isupper():
        issuer_end = organisation_end(text, issuer_match.end())
        issuer = normalized.span(issuer_match.end(), issuer_end).text or None
    number_span = normalized.span(*match.span("number"))
    kind = (
        kind_word[:1].upper() + kind_word[1:].lower()
        if kind_word.isupper()
        else kind_word[:1].upper() + kind_word[1:]
    )
    return DocumentMention(
        kind, number_span.text, date, issuer, normalized.span(match.start(), after)
    )


def _key(number: str) -> str:
    try:
        return str(DocumentNumber.parse(number))
    except DocumentNumberParseError:
        return re.sub(r"\s+", "", number.upper())


def _add(found: dict[str, DocumentMention], mention: DocumentMention) -> None:
    key = _key(mention.number)
    current = found.get(key)
    if current is None:
        found[key] = mention
        return
    fuller = DocumentMention(
        current.kind,
        current.number,
        current.date or mention.date,
        current.issuer or mention.issuer,
        current.span,
    )
    found[key] = fuller
