"""Kinds of official documents and the symbols and words that name them.

The symbols are those of Decree 30/2020/NĐ-CP (state documents), of the Law on legal documents
(joint circulars TTLT, joint resolutions NQLT, consolidated texts VBHN, ordinances PL, orders L)
and of the Party Central Office's guidance (Party documents). The words are how running text names
the kind ("Nghị quyết số …").

One symbol means two kinds: ``TT`` is a circular (Thông tư) from a state body and an instruction
(Thông tri) from a Party committee or the Front (#13), so :meth:`DocumentKind.from_symbol` asks
who issued it.
"""

from __future__ import annotations

from enum import StrEnum

from dondoc.core.text import fold


class DocumentKind(StrEnum):
    """A kind of official document."""

    RESOLUTION = "resolution"
    CONCLUSION = "conclusion"
    DIRECTIVE = "directive"
    NOTICE = "notice"
    DECISION = "decision"
    PLAN = "plan"
    SCHEME = "scheme"
    REPORT = "report"
    GUIDANCE = "guidance"
    REGULATION = "regulation"
    OFFICIAL_LETTER = "official_letter"
    PROGRAMME = "programme"
    SUBMISSION = "submission"
    LAW = "law"
    DECREE = "decree"
    CIRCULAR = "circular"
    JOINT_CIRCULAR = "joint_circular"
    JOINT_RESOLUTION = "joint_resolution"
    CONSOLIDATED_TEXT = "consolidated_text"
    ORDINANCE = "ordinance"
    ORDER = "order"
    INSTRUCTION = "instruction"
    TELEGRAM = "telegram"
    INVITATION = "invitation"

    @classmethod
    def from_symbol(cls, symbol: str, *, is_party: bool = False) -> DocumentKind | None:
        """Return the kind a number's symbol stands for, or None; ``is_party`` for Party issuers.

        >>> DocumentKind.from_symbol("NQ"), DocumentKind.from_symbol("nd")
        (<DocumentKind.RESOLUTION: 'resolution'>, <DocumentKind.DECREE: 'decree'>)
        >>> DocumentKind.from_symbol("TT"), DocumentKind.from_symbol("TT", is_party=True)
        (<DocumentKind.CIRCULAR: 'circular'>, <DocumentKind.INSTRUCTION: 'instruction'>)
        """
        key = fold(symbol)
        return (_BY_PARTY_SYMBOL.get(key) if is_party else None) or _BY_SYMBOL.get(key)

    @classmethod
    def from_word(cls, word: str) -> DocumentKind | None:
        """Return the kind a Vietnamese word names, ignoring case, accents and tone placement.

        >>> DocumentKind.from_word("Nghị quyết"), DocumentKind.from_word("THÔNG BÁO")
        (<DocumentKind.RESOLUTION: 'resolution'>, <DocumentKind.NOTICE: 'notice'>)
        """
        return _BY_WORD.get(fold(word))

    @property
    def symbol(self) -> str:
        """Canonical symbol ("" for laws, which carry none)."""
        return SYMBOLS[self][0] if SYMBOLS[self] else ""

    @property
    def word(self) -> str:
        """The Vietnamese word, capitalised as in a citation ("Nghị quyết")."""
        return WORDS[self][0]


# Canonical symbol first; later ones are accepted spellings.
SYMBOLS: dict[DocumentKind, tuple[str, ...]] = {
    DocumentKind.RESOLUTION: ("NQ",),
    DocumentKind.CONCLUSION: ("KL",),
    DocumentKind.DIRECTIVE: ("CT",),
    DocumentKind.NOTICE: ("TB",),
    DocumentKind.DECISION: ("QĐ",),
    DocumentKind.PLAN: ("KH",),
    DocumentKind.SCHEME: ("ĐA",),
    DocumentKind.REPORT: ("BC",),
    DocumentKind.GUIDANCE: ("HD",),
    DocumentKind.REGULATION: ("QĐi", "QyĐ"),
    DocumentKind.OFFICIAL_LETTER: ("CV",),
    DocumentKind.PROGRAMME: ("CTr",),
    DocumentKind.SUBMISSION: ("TTr",),
    DocumentKind.LAW: (),
    DocumentKind.DECREE: ("NĐ",),
    DocumentKind.CIRCULAR: ("TT",),
    DocumentKind.JOINT_CIRCULAR: ("TTLT",),
    DocumentKind.JOINT_RESOLUTION: ("NQLT",),
    DocumentKind.CONSOLIDATED_TEXT: ("VBHN",),
    DocumentKind.ORDINANCE: ("PL",),
    DocumentKind.ORDER: ("L", "LCT"),
    DocumentKind.INSTRUCTION: ("TT",),
    DocumentKind.TELEGRAM: ("CĐ",),
    DocumentKind.INVITATION: ("GM",),
}
# Symbols that name another kind when a Party committee or the Front issues them.
PARTY_SYMBOLS: dict[str, DocumentKind] = {"TT": DocumentKind.INSTRUCTION}

# Canonical word first; later ones are other names met in texts.
WORDS: dict[DocumentKind, tuple[str, ...]] = {
    DocumentKind.RESOLUTION: ("Nghị quyết",),
    DocumentKind.CONCLUSION: ("Kết luận",),
    DocumentKind.DIRECTIVE: ("Chỉ thị",),
    DocumentKind.NOTICE: ("Thông báo", "Thông báo kết luận"),
    DocumentKind.DECISION: ("Quyết định",),
    DocumentKind.PLAN: ("Kế hoạch",),
    DocumentKind.SCHEME: ("Đề án",),
    DocumentKind.REPORT: ("Báo cáo",),
    DocumentKind.GUIDANCE: ("Hướng dẫn",),
    DocumentKind.REGULATION: ("Quy định",),
    DocumentKind.OFFICIAL_LETTER: ("Công văn",),
    DocumentKind.PROGRAMME: ("Chương trình",),
    DocumentKind.SUBMISSION: ("Tờ trình",),
    DocumentKind.LAW: ("Luật",),
    DocumentKind.DECREE: ("Nghị định",),
    DocumentKind.CIRCULAR: ("Thông tư",),
    DocumentKind.JOINT_CIRCULAR: ("Thông tư liên tịch",),
    DocumentKind.JOINT_RESOLUTION: ("Nghị quyết liên tịch",),
    DocumentKind.CONSOLIDATED_TEXT: ("Văn bản hợp nhất",),
    DocumentKind.ORDINANCE: ("Pháp lệnh",),
    DocumentKind.ORDER: ("Lệnh",),
    DocumentKind.INSTRUCTION: ("Thông tri",),
    DocumentKind.TELEGRAM: ("Công điện",),
    DocumentKind.INVITATION: ("Giấy mời",),
}

_BY_SYMBOL = {
    fold(symbol): kind
    for kind, symbols in SYMBOLS.items()
    if kind not in PARTY_SYMBOLS.values()
    for symbol in symbols
}
_BY_PARTY_SYMBOL = {fold(symbol): kind for symbol, kind in PARTY_SYMBOLS.items()}
_BY_WORD = {fold(word): kind for kind, words in WORDS.items() for word in words}
