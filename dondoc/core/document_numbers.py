"""Official document numbers (số, ký hiệu): Party form, state form and bare numbers.

- Party documents: ``62-NQ/TU`` — number, kind symbol, issuer symbol. Numbering restarts per kind
  and committee term, so a Party number identifies a document only together with its issuer and
  term.
- State documents (Decree 30/2020/NĐ-CP): ``30/2020/NĐ-CP`` or ``123/QĐ-UBND`` — number, optional
  year, kind symbol and issuer. Official letters carry no kind symbol (``1234/UBND-KT``).
- Bare numbers cited in running text: "Chỉ thị số 05", "Nghị quyết số 112/2019".

Odd numbers are kept as written ("42-TB/KL" keeps ``KL`` as its issuer). Spaces, NFD text and Đ
written as D or Ð are tolerated; ``str()`` gives the canonical form, and two citations of one
document compare equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from dondoc.core.document_kinds import DocumentKind
from dondoc.core.errors import DocumentNumberParseError
from dondoc.core.text import clean, fold


class NumberForm(StrEnum):
    """How a document number is built."""

    PARTY = "party"
    STATE = "state"
    BARE = "bare"


_LETTERS = r"[A-Za-zĐđÐ]"
_NUMBER = r"(?P<number>[0-9]{1,6}[a-z]?)"
_PARTY = re.compile(rf"{_NUMBER}-(?P<kind>{_LETTERS}{{1,4}})/(?P<issuer>{_LETTERS}[\wĐđÐ]{{0,9}})")
_STATE = re.compile(
    rf"{_NUMBER}/(?:(?P<year>(?:19|20)[0-9][0-9])/)?(?P<symbol>{_LETTERS}[\wĐđÐ]*(?:-[\wĐđÐ]+){{0,3}})"
)
_BARE = re.compile(rf"{_NUMBER}(?:/(?P<year>(?:19|20)[0-9][0-9]))?")
# Issuer symbols whose letter case carries meaning, keyed by their folded spelling.
_ISSUERS = {fold(symbol): symbol for symbol in ("TW", "TU", "ThU", "HU", "QU", "ĐU", "TTg", "HĐND")}
_SCAN = re.compile(
    rf"(?<![\w/-])[0-9]{{1,6}}[a-z]?\s?(?:-\s?{_LETTERS}{{1,4}}/{_LETTERS}[\wĐđÐ]{{0,9}}"
    rf"|/(?:(?:19|20)[0-9][0-9]/)?{_LETTERS}[\wĐđÐ]*(?:-[\wĐđÐ]+){{1,3}})"
)


@dataclass(frozen=True)
class DocumentNumber:
    """A parsed document number; ``raw`` keeps the text as it was written."""

    form: NumberForm
    number: str
    kind_symbol: str = ""
    issuer: str = ""
    year: int | None = None
    raw: str = field(default="", compare=False, repr=False)

    @classmethod
    def parse(cls, text: str) -> DocumentNumber:
        """Read a document number.

        >>> n = DocumentNumber.parse("62-NQ/TU")
        >>> n.form, n.number, n.kind_symbol, n.issuer, n.year
        (<NumberForm.PARTY: 'party'>, '62', 'NQ', 'TU', None)
        >>> str(DocumentNumber.parse("30/2020/ND-CP"))
        '30/2020/NĐ-CP'
        >>> DocumentNumber.parse("18 -NQ/TW") == DocumentNumber.parse("18-NQ/TW")
        True
        >>> DocumentNumber.parse("05").number
        '5'
        """
        compact = re.sub(r"\s+", "", clean(text).replace("Ð", "Đ"))
        for form, pattern in ((NumberForm.PARTY, _PARTY), (NumberForm.STATE, _STATE)):
            match = pattern.fullmatch(compact)
            if match:
                return _build(form, match, raw=text)
        match = _BARE.fullmatch(compact)
        if match:
            year = match.group("year")
            number = _number(match.group("number"))
            return cls(NumberForm.BARE, number, year=int(year) if year else None, raw=text)
        raise DocumentNumberParseError(f"not a document number: {text[:80]!r}", text=text)

    @property
    def kind(self) -> DocumentKind | None:
        """The kind the symbol stands for (None for bare numbers and official letters)."""
        return DocumentKind.from_symbol(self.kind_symbol) if self.kind_symbol else None

    def __str__(self) -> str:
        """Canonical form: ``62-NQ/TU``, ``30/2020/NĐ-CP``, ``123/QĐ-UBND``, ``112/2019``."""
        year = f"/{self.year}" if self.year else ""
        if self.form is NumberForm.PARTY:
            return f"{self.number}-{self.kind_symbol}/{self.issuer}"
        if self.form is NumberForm.BARE:
            return f"{self.number}{year}"
        symbol = "-".join(part for part in (self.kind_symbol, self.issuer) if part)
        return f"{self.number}{year}/{symbol}"


def _number(text: str) -> str:
    return text.lstrip("0") or "0"


def _issuer(text: str) -> str:
    return _ISSUERS.get(fold(text), text.upper().replace("Ð", "Đ"))


def _build(form: NumberForm, match: re.Match[str], *, raw: str) -> DocumentNumber:
    number = _number(match.group("number"))
    if form is NumberForm.PARTY:
        kind = DocumentKind.from_symbol(match.group("kind"))
        symbol = kind.symbol if kind else match.group("kind").upper()
        return DocumentNumber(form, number, symbol, _issuer(match.group("issuer")), raw=raw)
    year = int(match.group("year")) if match.group("year") else None
    head, _, tail = match.group("symbol").partition("-")
    kind = DocumentKind.from_symbol(head) if tail else None
    if kind is None:
        return DocumentNumber(form, number, "", _issuer(match.group("symbol")), year, raw=raw)
    return DocumentNumber(form, number, kind.symbol, _issuer(tail), year, raw=raw)


def find_document_numbers(text: str) -> list[DocumentNumber]:
    """Find Party- and state-form numbers in running text, in order, without repeats.

    Bare numbers ("số 05") need the word before them and are left to the intake. Never raises.

    >>> [str(n) for n in find_document_numbers("Nghị quyết số 62-NQ/TU và Quyết định 123/QĐ-UBND")]
    ['62-NQ/TU', '123/QĐ-UBND']
    """
    found: dict[DocumentNumber, None] = {}
    for match in _SCAN.finditer(clean(text)):
        # The scan pattern admits only what ``parse`` reads, so this cannot raise.
        found.setdefault(DocumentNumber.parse(match.group(0)), None)
    return list(found)
