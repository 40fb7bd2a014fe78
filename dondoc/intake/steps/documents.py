"""Cited documents: kind, number as written, date and issuer, one item per document."""

from __future__ import annotations

import re

from dondoc.core.document_kinds import DocumentKind
from dondoc.core.document_numbers import DocumentNumber, NumberForm, find_document_numbers
from dondoc.core.errors import DocumentNumberParseError
from dondoc.intake.alternations import alternation
from dondoc.intake.lexicon.documents import KIND_WORDS
from dondoc.intake.normalize import Normalized
from dondoc.intake.results import DocumentMention
from dondoc.intake.steps.titles import organisation_end

# Party- and state-layout numbers come from the core scanner (one grammar with the parser, #13);
# the intake reads only what needs the words around it: bare numbers after a kind word.
_BARE = r"\d{1,6}(?:/(?:19|20)\d\d)?(?![\w/])"
_KIND = alternation(KIND_WORDS, flags=re.IGNORECASE)
_CITED = re.compile(rf"(?P<kind>{_KIND})(?:\s+(?:số|Số))?\s*:?\s*(?=\d)", re.IGNORECASE)
_BARE_AT = re.compile(_BARE)
# Kind words that are also plain nouns ("mệnh lệnh số 5" is an order given, not a Lệnh).
_COMMON_NOUNS = frozenset({"lệnh"})
_NUMBER_LABEL = re.compile(r"Số\s*:?\s*$")
# "Luật Tổ chức chính quyền địa phương số 72/2025/QH15": the kind word, the title, then "số".
_TITLED_NUMBER = re.compile(r"(?<![\w])số\s*$")
_TITLED_KIND = re.compile(rf"(?-i:(?<![\w])(?P<kind>{_KIND}))(?![\w])")
_CLAUSE_STOP = re.compile(r"[.;:\n]")
_TITLE_LENGTH = 100
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
    numbers = {n.span[0]: n for n in find_document_numbers(text, repeats=True) if n.span}
    found: dict[object, DocumentMention] = {}
    taken: set[int] = set()
    for match in _CITED.finditer(text):
        start = match.end()
        number = numbers.get(start)
        end = number.span[1] if number and number.span else _bare_end(text, match)
        if end is not None:
            _add(found, _mention(normalized, (match.start(), start, end), match.group("kind")))
            taken.add(start)
    for match in _SYMBOL_KIND.finditer(text):
        kind = DocumentKind.from_symbol(match.group("kind"))
        if kind is not None and not _NOT_AFTER_BARE.match(text, match.end()):
            span = (match.start(), *match.span("number"))
            _add(found, _mention(normalized, span, kind.word))
            taken.add(match.start("number"))
    for start, number in numbers.items():
        label = _NUMBER_LABEL.search(text, max(0, start - 6), start)
        kind = number.kind or (_letter_kind(number) if label else None)
        if start not in taken and kind is not None and number.span:
            span = (label.start() if label else start, start, number.span[1])
            _add(found, _mention(normalized, span, kind.word))
        elif start not in taken and number.span and (titled := _titled_kind(text, start)):
            _add(found, _mention(normalized, (titled[0], start, number.span[1]), titled[1]))
    return _without_short_forms(list(found.values()))


def _titled_kind(text: str, start: int) -> tuple[int, str] | None:
    """The capitalised kind word and where it starts, when a title comes between it and "số"."""
    if _TITLED_NUMBER.search(text, max(0, start - 6), start) is None:
        return None
    kinds = list(_TITLED_KIND.finditer(text, max(0, start - _TITLE_LENGTH), start))
    if not kinds or not kinds[-1].group("kind")[:1].isupper():
        return None
    if _CLAUSE_STOP.search(text, kinds[-1].end(), start):
        return None
    return kinds[-1].start("kind"), kinds[-1].group("kind")


def _letter_kind(number: DocumentNumber) -> DocumentKind | None:
    """ "Số: 3078/VPCP-NN" heads an official letter: Decree 30 gives letters no kind symbol."""
    is_letter = not number.kind_symbol and number.year is None and number.form is NumberForm.STATE
    return DocumentKind.OFFICIAL_LETTER if is_letter else None


def _bare_end(text: str, match: re.Match[str]) -> int | None:
    """Where a bare number cited after a kind word ends, or None when it is no citation."""
    bare = _BARE_AT.match(text, match.end())
    if bare is None or not _is_bare_citation(text, match, bare):
        return None
    return bare.end()


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


def _is_bare_citation(text: str, match: re.Match[str], bare: re.Match[str]) -> bool:
    """ "Nghị quyết số 11", "Chỉ thị 05": a bare number needs "số" or a capitalised kind word."""
    if re.fullmatch(r"(?:19|20)\d\d", bare.group(0)) or _NOT_AFTER_BARE.match(text, bare.end()):
        return False
    if match.group("kind").lower() in _COMMON_NOUNS and not match.group("kind")[:1].isupper():
        return False
    between = text[match.end("kind") : bare.start()]
    followed_by_issuer = re.match(
        r"\s*,?\s*(?:của|do|ngày\s+\d)", text[bare.end() : bare.end() + 12]
    )
    return (
        "số" in between.lower()
        or match.group("kind")[:1].isupper()
        or followed_by_issuer is not None
    )


def _mention(normalized: Normalized, span: tuple[int, int, int], kind_word: str) -> DocumentMention:
    """The mention from ``span`` = (citation start, number start, number end)."""
    text = normalized.text
    start, number_start, number_end = span
    date_match = _DATE.match(text, number_end)
    date = None
    after = number_end
    if date_match:
        day, month, year = (int(x) if x else None for x in date_match.group("d", "m", "y"))
        date = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        after = date_match.end()
    issuer_match = _ISSUER.match(text, after)
    issuer = None
    if issuer_match and text[issuer_match.end()].isupper():
        issuer_end = organisation_end(text, issuer_match.end())
        issuer = normalized.span(issuer_match.end(), issuer_end).text or None
    number_span = normalized.span(number_start, number_end)
    kind = (
        kind_word[:1].upper() + kind_word[1:].lower()
        if kind_word.isupper()
        else kind_word[:1].upper() + kind_word[1:]
    )
    return DocumentMention(kind, number_span.text, date, issuer, normalized.span(start, after))


def _key(number: str) -> object:
    """One key per document: numbers that mean the same document share it (17/CT-TW, 17-CT/TW)."""
    try:
        return DocumentNumber.parse(number)
    except DocumentNumberParseError:
        return re.sub(r"\s+", "", number.upper())


def _add(found: dict[object, DocumentMention], mention: DocumentMention) -> None:
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
