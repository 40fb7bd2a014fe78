"""Official document numbers (số, ký hiệu): Party layout, state layout and bare numbers.

- Party layout: ``62-NQ/TU`` — number, kind symbol, issuer. Numbering restarts per kind and
  committee term, so a Party number identifies a document only together with its issuer and term.
  Older state numbers use the same hyphen: ``95-CP/1980``, ``25-HĐBT/1988``, ``123-TB-VPCP``.
- State layout (Decree 30/2020/NĐ-CP): ``30/2020/NĐ-CP`` or ``123/QĐ-UBND`` — number, optional
  year, kind symbol and co-issuers (``04/2012/TTLT-BCA-BQP-BTP-VKSNDTC-TANDTC``). Laws, official
  letters and some decisions carry no kind symbol (``45/2019/QH14``, ``1234/UBND-KT``, ``520/TTg``).
- Bare numbers cited in running text: "Chỉ thị số 05", "Nghị quyết số 112/2019".

One grammar (:data:`_GRAMMAR`) serves :meth:`DocumentNumber.parse` and
:func:`find_document_numbers`, so the scanner finds what the parser reads (#13). Writers put spaces
and line breaks around the separators, hyphens for slashes and slashes inside the symbol; all are
read. Lookalike letters from Cyrillic and Greek are folded to Latin; other scripts are refused.

Two citations compare equal when they mean the same document: the number, year, kind and issuers
agree, with Đ and D folded and the layout (``17-CT/TW`` or ``17/CT-TW``) ignored. ``str()`` keeps
the layout the writer used and gives canonical symbols; ``raw`` keeps the text as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum

from dondoc.core.document_kinds import SYMBOLS, DocumentKind
from dondoc.core.errors import DocumentNumberParseError, DocumentNumberScriptError
from dondoc.core.text import char_map, fold


class NumberForm(StrEnum):
    """How a document number is laid out."""

    PARTY = "party"
    STATE = "state"
    BARE = "bare"


# One character for one, so that offsets found in the folded text hold in the original.
_fold_lookalikes = char_map(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d", "-"),
        **dict.fromkeys("\u2044\u2215\uff0f", "/"),
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", " "),
        "\u00d0": "Đ",
        "\u00f0": "đ",
        # Cyrillic and Greek capitals that look like the Latin ones (a PDF's "СР" is "CP").
        **dict(zip("АВСЕНІЈКМОРЅТХУ", "ABCEHIJKMOPSTXY", strict=True)),
        **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=True)),
        **dict(zip("асеіјорѕху", "aceijopsxy", strict=True)),
    }
)
_S = r"\s{0,5}"
# A symbol part: capitals and digits, "&" between capitals (BNN&PTNT); a few spellings mix case,
# and one lower-case letter may end a part ("BKHĐT-Th") where a glued word ("CPngày") may not.
_PART = (
    r"(?:TTg|ThU|QĐi|QyĐ|CTr|TTr|(?:[A-ZĐ][A-ZĐ0-9]*)?TƯ"
    r"|[A-ZĐ][A-ZĐ0-9]*(?:&[A-ZĐ][A-ZĐ0-9]*)*(?:[a-zđ](?![^\W\d_]))?)"
)
_SYMBOL = rf"{_PART}(?:{_S}[-/]{_S}{_PART}){{0,7}}"
_YEAR = r"(?:19|20)[0-9][0-9]"
_NUMBER = r"[0-9]{1,6}(?:[A-Za-z](?=\s{0,5}[-/]))?"
_GRAMMAR_TEXT = rf"""
    (?P<number>{_NUMBER})
    (?:
        {_S}[-/]{_S}(?P<year>{_YEAR}){_S}[-/]{_S}(?P<dated>{_SYMBOL})  # 30/2020/NĐ-CP, 7-2025/TT-…
      | {_S}/{_S}(?P<state>{_SYMBOL})                                 # 123/QĐ-UBND, 520/TTg
      | {_S}-{_S}(?P<party>{_SYMBOL})(?:{_S}/{_S}(?P<party_year>{_YEAR}))?  # 62-NQ/TU, 95-CP/1980
      | \s{{1,3}}(?P<spaced>{_PART}/{_S}{_SYMBOL})                    # 20 QĐ/TWĐTN
    )
"""
_GRAMMAR = re.compile(_GRAMMAR_TEXT, re.VERBOSE)
_BARE = re.compile(rf"(?P<number>[0-9]{{1,6}}[A-Za-z]?)(?:/(?P<year>{_YEAR}))?")
# "Số: 30/2020/NĐ-CP." : the label before a number and the stop after it are not part of it.
_LABELS = re.compile(r"^\s*(?:số|Số|SỐ)\s*:?|[.,;:]\s*$")
_TOKENS = re.compile(r"[-/]|[^\s/-]+")
_TRAILING_PART = re.compile(r"[\wĐđ&]+$")
# Issuer symbols whose spelling carries meaning (case, Đ), keyed by their folded spelling.
_ISSUERS = {
    fold(symbol): symbol
    for symbol in (
        *("TW", "TU", "ThU", "HU", "QU", "ĐU", "ĐUK", "TTg", "HĐND", "HĐBT", "HĐNN", "HĐTP"),
        *("BKHĐT", "BGDĐT", "BGD&ĐT", "BLĐTBXH", "BCĐ", "TLĐ", "ĐTN", "TĐTN", "TWĐTN"),
    )
}
# Party committees, their boards and the Front: for them TT is a Thông tri, not a circular.
_PARTY_ISSUER = re.compile(r"TW|TU|THU|HU|QU|[A-Z]*(?:TW|TU)|DU[A-Z]*|[A-Z]*DTN|MT[A-Z]*|BCS[A-Z]*")


@dataclass(frozen=True, eq=False)
class DocumentNumber:
    """A parsed document number; ``raw`` keeps the text as written, ``span`` where it was found."""

    form: NumberForm
    number: str
    kind_symbol: str = ""
    issuers: tuple[str, ...] = ()
    year: int | None = None
    raw: str = field(default="", repr=False)
    span: tuple[int, int] | None = field(default=None, repr=False)

    @classmethod
    def parse(cls, text: str) -> DocumentNumber:
        """Read a document number.

        >>> n = DocumentNumber.parse("62-NQ/TU")
        >>> n.form, n.number, n.kind_symbol, n.issuers, n.year
        (<NumberForm.PARTY: 'party'>, '62', 'NQ', ('TU',), None)
        >>> str(DocumentNumber.parse("30/2020/ND-CP"))
        '30/2020/NĐ-CP'
        >>> DocumentNumber.parse("18 -NQ/TW") == DocumentNumber.parse("18/NQ-TW")
        True
        >>> DocumentNumber.parse("77/2011/TTLT/BTC-BNV").issuers
        ('BTC', 'BNV')
        >>> DocumentNumber.parse("05").number
        '5'
        """
        prepared = _LABELS.sub("", _fold_lookalikes(unicodedata.normalize("NFC", text))).strip()
        for candidate in (prepared, prepared.upper()):
            match = _GRAMMAR.fullmatch(candidate) or _before_glued_word(candidate)
            found = _read(match, raw=text) if match else None
            if found is not None:
                return found
        bare = _BARE.fullmatch(re.sub(r"\s+", "", prepared))
        if bare:
            year = bare.group("year")
            number = _number(bare.group("number"))
            return cls(NumberForm.BARE, number, year=int(year) if year else None, raw=text)
        if any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in text):
            raise DocumentNumberScriptError(
                f"not a document number (letters of another script): {text[:80]!r}", text=text
            )
        raise DocumentNumberParseError(f"not a document number: {text[:80]!r}", text=text)

    @property
    def kind(self) -> DocumentKind | None:
        """The kind the symbol stands for (None for bare numbers, laws and official letters)."""
        if not self.kind_symbol:
            return None
        return DocumentKind.from_symbol(self.kind_symbol, is_party=self.is_party_issued)

    @property
    def issuer(self) -> str:
        """The issuers joined as a citation writes them (``BTC-BNV``); "" for bare numbers."""
        return "-".join(self.issuers)

    @property
    def is_party_issued(self) -> bool:
        """True when the first issuer is a Party committee, a Party board or the Front."""
        return bool(self.issuers) and bool(_PARTY_ISSUER.fullmatch(fold(self.issuers[0]).upper()))

    def _key(self) -> tuple[object, ...]:
        kind = self.kind
        return (
            self.number.casefold(),
            self.year,
            kind.value if kind else fold(self.kind_symbol),
            tuple(fold(issuer) for issuer in self.issuers),
        )

    def __eq__(self, other: object) -> bool:
        """Equal by meaning: number, year, kind and issuers, whatever the layout and Đ/D."""
        if not isinstance(other, DocumentNumber):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        """Hash of the meaning, so that equal numbers are one key."""
        return hash(self._key())

    def __str__(self) -> str:
        """Canonical form in the writer's layout: ``62-NQ/TU``, ``30/2020/NĐ-CP``, ``112/2019``."""
        year = f"/{self.year}" if self.year else ""
        issuers = "-".join(self.issuers)
        if self.form is NumberForm.BARE:
            return f"{self.number}{year}"
        if self.form is NumberForm.STATE:
            symbol = "-".join(part for part in (self.kind_symbol, issuers) if part)
            return f"{self.number}{year}/{symbol}"
        if self.kind_symbol:
            return f"{self.number}-{self.kind_symbol}/{issuers}{year}"
        return f"{self.number}-{issuers}{year}"


def _number(text: str) -> str:
    digits = text.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return (digits.lstrip("0") or "0") + text[len(digits) :]


def _issuer(text: str) -> str:
    # "TƯ" (Trung ương) is another writing of TW, not TU (a provincial committee).
    upper = re.sub("TƯ$", "TW", text.upper())
    letters = upper.rstrip("0123456789")
    return _ISSUERS.get(fold(letters), letters) + upper[len(letters) :]


def _kind_spelling(kind: DocumentKind, written: str) -> str:
    """The accepted spelling of ``kind`` that was written (ND → NĐ, LCT stays LCT)."""
    return next((s for s in SYMBOLS[kind] if fold(s) == fold(written)), kind.symbol)


def _read(match: re.Match[str], *, raw: str) -> DocumentNumber | None:
    """Build a number from a grammar match; None when a spaced Party layout names no kind."""
    groups = match.groupdict()
    year = groups["year"] or groups["party_year"]
    symbol = groups["dated"] or groups["state"] or groups["party"] or groups["spaced"]
    form = NumberForm.PARTY if groups["party"] or groups["spaced"] else NumberForm.STATE
    tokens = _TOKENS.findall(symbol)
    parts, separators = tokens[::2], tokens[1::2]
    kind_symbol, issuers = "", parts
    if len(parts) > 1:
        is_party = bool(_PARTY_ISSUER.fullmatch(fold(parts[1]).upper()))
        kind = DocumentKind.from_symbol(parts[0], is_party=is_party)
        if kind is not None:
            kind_symbol, issuers = _kind_spelling(kind, parts[0]), parts[1:]
        elif form is NumberForm.PARTY and separators[0] == "/":
            kind_symbol, issuers = parts[0].upper(), parts[1:]
    if groups["spaced"] and not DocumentKind.from_symbol(kind_symbol):
        return None
    return DocumentNumber(
        form,
        _number(groups["number"]),
        kind_symbol,
        tuple(_issuer(part) for part in issuers),
        int(year) if year else None,
        raw=raw,
    )


def _ends_cleanly(text: str, start: int, end: int) -> bool:
    """True unless the symbol runs on into a word: a PDF glues "ngày" to "CP", never "NGÀY"."""
    if end == len(text) or (not text[end].isalnum() and text[end] != "&"):
        return True
    last_part = _TRAILING_PART.search(text, start, end)
    return text[end].islower() and last_part is not None and len(last_part.group(0)) > 1


def _longest_clean(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The longest reading from the match's start that ends cleanly."""
    start = match.start()
    for end in range(match.end(), match.start("number"), -1):
        shorter = _GRAMMAR.fullmatch(text, start, end)
        if shorter and _ends_cleanly(text, start, end):
            return shorter
    return None


def _before_glued_word(text: str) -> re.Match[str] | None:
    """A number with a word glued on in extraction: "15/2020/NĐ-CPngày" reads 15/2020/NĐ-CP."""
    match = _GRAMMAR.match(text)
    reading = _longest_clean(text, match) if match else None
    rest = text[reading.end() :] if reading else ""
    return reading if rest.isalpha() and rest.islower() else None


def _numbers_in(text: str) -> Iterator[re.Match[str]]:
    """Matches of the grammar that start where a number may: the start is checked here, as a
    pattern that starts with a digit is found fast and one that starts with look-behinds is
    tried at every position (#9 speed)."""
    position = 0
    while (match := _GRAMMAR.search(text, position)) is not None:
        if _may_start(text, match.start()):
            yield match
            position = match.end()
        else:
            position = match.start() + 1


def _may_start(text: str, start: int) -> bool:
    """Not inside a word or another number; but glued to "số" is common in extracted text
    (số1200/…), and so is a full stop before the number with no digit before it."""
    previous = text[start - 1 : start]
    if not previous or not (previous.isalnum() or previous in "_/&.-"):
        return True
    if start < 2:
        return False
    first = text[start - 2]
    return (first in "sS" and previous in "ốỐ") or (previous == "." and first not in "0123456789")


def find_document_numbers(text: str, *, repeats: bool = False) -> list[DocumentNumber]:
    """Find Party- and state-layout numbers in running text, in order, with their spans.

    Each number is listed once unless ``repeats``. Bare numbers ("số 05") need the word before
    them and are left to the intake. Never raises.

    >>> found = find_document_numbers("Nghị quyết số 62-NQ/TU và Quyết định số123/QĐ-UBND")
    >>> [(str(n), n.span) for n in found]
    [('62-NQ/TU', (14, 22)), ('123/QĐ-UBND', (39, 50))]
    """
    folded = _fold_lookalikes(text)
    found: list[DocumentNumber] = []
    seen: set[DocumentNumber] = set()
    for match in _numbers_in(folded):
        clean_match = _longest_clean(folded, match)
        if clean_match is None:
            continue
        start, end = clean_match.span()
        number = _read(clean_match, raw=text[start:end])
        if number is None or (number in seen and not repeats):
            continue
        seen.add(number)
        found.append(replace(number, span=(start, end)))
    return found
