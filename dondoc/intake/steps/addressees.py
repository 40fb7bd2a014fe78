"""Where an addressee ends: the unit (or units, or person) a task is handed to.

A unit's name is read as Vietnamese writes it, word by word, not from a list of names: a head
("Sở", "Ủy ban", "Bộ Chỉ huy", "Chủ tịch") then its field, each compound's first syllable
capitalised and its second not ("Sở Y tế", "Sở Tài chính", "Ban Tuyên giáo Tỉnh ủy"); fields
joined by "và", "-" or a comma before a capital ("Sở Văn hóa, Thể thao và Du lịch", "Bộ Lao động -
Thương binh và Xã hội"); a few lower-case words of names ("Ủy ban nhân dân", "Sở Giao thông vận
tải"); a level ("tỉnh", "huyện") and the place after it, every syllable capitalised ("UBND huyện
Lạc Sơn"); a collective ("các sở, ban, ngành có liên quan", "UBND các huyện, thị xã"); several
units joined by commas and "và"; a person ("đồng chí Trần Văn A, Phó Chủ tịch UBND tỉnh"). The
name ends at the first word that can be none of these: the work starts there ("Sở Giao thông vận
tải khảo sát …"), whether or not the verb is one we list.

>>> text = "Sở Giao thông vận tải khảo sát hiện trạng cầu"
>>> text[: addressee_end(text, 0, len(text))]
'Sở Giao thông vận tải'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dondoc.intake.lexicon.directives import (
    ACTION_VERBS,
    ADDRESSEE_STOPS,
    ADVERBS_BEFORE_NEED,
    ASSIGNING_VERBS,
    BARE_COLLECTIVES,
    COLLECTIVE_TAILS,
    COLLECTIVE_UNITS,
    LEVEL_WORDS,
    MORE_WORK_WORDS,
    NAME_WORDS,
    NOT_IN_NAMES,
    PERSON_ADDRESSEE,
    REPORTING_VERBS,
    TASK_MARKERS,
    UNIT_HEADS,
)
from dondoc.intake.lexicon.people import TITLE_HEADS
from dondoc.intake.lexicon.places import is_place_name

_TOKEN = re.compile(r"[^\W\d_]+(?:&[^\W\d_]+)*|\d+|[^\w\s]")
_LOOKAHEAD_WORDS = 6  # lower-case words a name may hold before its level ("… dự án đầu tư … tỉnh")
_LOOKAHEAD_BEFORE_PLACE = 3  # and before its country or province ("Hiệp hội mắc ca Việt Nam")
_QUALIFIERS = 2  # lower-case words after a collective ("các cơ quan báo chí", "các trạm thú y")

Token = tuple[int, int, str]


def _phrases(words: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first word, the longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words:
        parts = tuple(re.findall(r"[^\W\d_]+|[^\w\s]", phrase))
        by_first.setdefault(parts[0], []).append(parts)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


_HEADS = _phrases((*UNIT_HEADS, *TITLE_HEADS))
_WORK = _phrases((*ACTION_VERBS, *MORE_WORK_WORDS, *ADDRESSEE_STOPS, *TASK_MARKERS))
# Words that never go on inside a name: speech ("Tổng Bí thư nhắc nhở Hòa Bình cần …"), adverbs
# ("Các địa phương cũng cần …"), prepositions and the like ("Hội nghị do Sở X chủ trì …").
_SPEECH = _phrases((*REPORTING_VERBS, *ASSIGNING_VERBS, *ADVERBS_BEFORE_NEED, *NOT_IN_NAMES))
_COLLECTIVES = _phrases(COLLECTIVE_UNITS)
_TAILS = _phrases(COLLECTIVE_TAILS)
_LEVELS = _phrases(LEVEL_WORDS)
_NAME_WORDS = _phrases(NAME_WORDS)
_PERSON = _phrases(PERSON_ADDRESSEE)
_PLURALS = ("các", "những")
_BARE = frozenset((*BARE_COLLECTIVES, *LEVEL_WORDS))


def _at(tokens: list[Token], index: int, phrases: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """How many tokens from ``index`` make one of ``phrases`` (0 when none does)."""
    if index >= len(tokens):
        return 0
    for parts in phrases.get(tokens[index][2], ()):
        words = [t[2] for t in tokens[index : index + len(parts)]]
        if tuple(words) == parts:
            return len(parts)
    return 0


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _is_title_case(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _is_word(word: str) -> bool:
    return word[:1].isalpha()


class _Reader:
    """Walks the tokens of one addressee; ``end`` counts the tokens accepted."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.index = 0
        self.end = 0
        self.mode = "start"  # start | name | place | plural | collective
        self.run = 0  # capitalised syllables in a row, a head not counted
        self.absorbs = False  # the last word may take its compound's lower-case syllable
        self.has_plural = False  # "các Bộ: …" may list its members after a colon
        self.qualifiers = 0  # lower-case words read after the collective noun
        self.after_head = False  # the last words were a head

    def word(self, offset: int = 0) -> str:
        position = self.index + offset
        return self.tokens[position][2] if position < len(self.tokens) else ""

    def take(self, count: int, mode: str, *, absorbs: bool = False, run: int = 0) -> bool:
        """Accept ``count`` tokens; always True, so that a rule reads "… and self.take(…)"."""
        self.index += count
        self.end = self.index
        self.mode = mode
        self.absorbs = absorbs
        self.run = run
        self.after_head = False
        return True

    def starts_unit(self, offset: int) -> bool:
        """A unit, a person or a collective can start ``offset`` tokens ahead."""
        word = self.word(offset)
        return bool(word) and (
            (_is_capitalised(word) and _is_word(word))
            or word in _PLURALS
            or _at(self.tokens, self.index + offset, _PERSON) > 0
        )

    def step(self) -> bool:  # noqa: PLR0911 - one rule of the grammar a return
        """Read one more piece of the addressee; False where it ends."""
        word = self.word()
        if not word:
            return False
        if not _is_word(word):
            return self._punctuation(word)
        if word == "và":
            return self._punctuation(word)
        if self.mode == "start" and (count := _at(self.tokens, self.index, _PERSON)):
            return self.take(count, "start")
        if word.lower() in _PLURALS and (
            _at(self.tokens, self.index + 1, _COLLECTIVES) or _is_capitalised(self.word(1))
        ):
            self.has_plural = True
            return self.take(1, "plural")
        if self.mode == "plural" and _at(self.tokens, self.index, _COLLECTIVES):
            return self._collective()
        if _is_capitalised(word):
            return self._capitalised()
        return self._lower_case()

    def _collective(self) -> bool:
        """Read the collective noun here ("cơ quan", "huyện"); a level or a kind of unit takes no
        lower-case words of its own after it ("UBND các huyện ra quân …")."""
        count = _at(self.tokens, self.index, _COLLECTIVES)
        noun = " ".join(t[2] for t in self.tokens[self.index : self.index + count])
        self.take(count, "collective")
        self.qualifiers = -1 if noun in _BARE else 0
        return True

    def _punctuation(self, word: str) -> bool:
        tokens, index = self.tokens, self.index
        if word in (",", "và") and self.mode == "collective":
            if _at(tokens, index + 1, _COLLECTIVES):
                return self.take(1, "plural")
            return self.starts_unit(1) and self.take(1, "start")
        if word in (",", "và"):
            return self.mode != "start" and self.starts_unit(1) and self.take(1, "start")
        if word in ("-", "–", "&"):
            following = self.word(1)
            if _is_capitalised(following):
                return self.take(1, "start")
            return self.mode == "collective" and following.isalpha() and self.take(1, "collective")
        # "các Bộ: Giao thông vận tải, Xây dựng", "UBND các tỉnh: Lào Cai, Yên Bái".
        return (
            word == ":"
            and self.has_plural
            and _is_capitalised(self.word(1))
            and self.take(1, "start")
        )

    def _capitalised(self) -> bool:
        tokens, index, word = self.tokens, self.index, self.word()
        if self.mode == "place":
            return self.take(1, "place", run=self.run + 1)
        head = _at(tokens, index, _HEADS)
        if self.end == 0 and self._is_work(head):
            return False
        if head:
            # A head of one syllable may take its compound's second ("Bộ đội", "Hội đồng").
            self.take(head, "name", absorbs=head == 1 and _is_title_case(word))
            self.after_head = True  # "Thủ trưởng cơ quan, đơn vị …": a collective may follow
            return True
        # One capitalised syllable may take the lower-case second syllable of its compound
        # ("Y tế", "Tài chính"); a run of capitals ("Hà Giang", "UBND") is a name or an abbreviation.
        run = self.run + 1
        return self.take(1, "name", absorbs=run == 1 and _is_title_case(word), run=run)

    def _is_work(self, head: int) -> bool:
        """ "Ban hành …", "Tổ chức …", "Thanh tra việc …": a capitalised verb starts the work, not
        a unit; a head that is a verb too ("Thanh tra", "Phòng") is a unit before a name or level."""
        lowered = [(s, e, w.lower()) for s, e, w in self.tokens[self.index : self.index + 4]]
        work = _at(lowered, 0, _WORK)
        if not work or work < head:
            return False
        if work > head:
            return True
        following = self.word(work)
        return not (_is_capitalised(following) or _at(self.tokens, self.index + work, _LEVELS))

    def _lower_case(self) -> bool:  # noqa: PLR0911 - one rule of the grammar a return
        tokens, index = self.tokens, self.index
        if self.mode == "collective" and (count := _at(tokens, index, _TAILS)):
            return self.take(count, "collective")
        if self.after_head and not _at(tokens, index, _WORK) and _at(tokens, index, _COLLECTIVES):
            return self._collective()  # "Thủ trưởng cơ quan, đơn vị …"
        if self.mode != "start" and (count := _at(tokens, index, _NAME_WORDS)):
            return self.take(count, "collective" if self.mode == "collective" else "name")
        if count := _at(tokens, index, _LEVELS):
            following = self.word(count)
            return self.take(count, "place" if _is_capitalised(following) else "name")
        if self.mode == "start" or _at(tokens, index, _SPEECH):
            return False
        work = _at(tokens, index, _WORK)
        if work and not (work == 1 and self.absorbs and self._name_goes_on(index + 1)):
            return False
        if self.mode == "collective" and (count := _at(tokens, index, _COLLECTIVES)):
            return self.take(count, "collective")
        if self.mode == "name" and self.absorbs:
            return self.take(1, "name")
        if self.mode == "collective" and self.qualifiers == 0:
            return self._qualifiers()
        return self._lookahead()

    def _qualifiers(self) -> bool:
        """ "các cơ quan báo chí", "các trạm thú y": a collective noun's own lower-case words, when
        the work, a comma, "và" or a level comes right after them."""
        tokens = self.tokens
        for count in range(1, _QUALIFIERS + 1):
            position = self.index + count - 1
            if position >= len(tokens) or not tokens[position][2].isalpha():
                return False
            if not tokens[position][2].islower() or _at(tokens, position, _WORK):
                return False
            following = tokens[position + 1][2] if position + 1 < len(tokens) else ""
            if following in ("", ",", "và", ".", ";", ":") or _at(tokens, position + 1, _WORK):
                self.qualifiers = count
                return self.take(count, "collective")
            if _at(tokens, position + 1, _LEVELS):
                self.qualifiers = count
                return self.take(count, "collective")
        return False

    def _name_goes_on(self, position: int) -> bool:
        """ "Biên phòng tỉnh": a syllable that is a verb too ("phòng") is the name's when a level
        or a capital follows it."""
        following = self.tokens[position][2] if position < len(self.tokens) else ""
        return _is_capitalised(following) or _at(self.tokens, position, _LEVELS) > 0

    def _lookahead(self) -> bool:  # noqa: PLR0911 - one rule of the grammar a return
        """ "Trung tâm Kiểm soát bệnh tật tỉnh giám sát …", "Hiệp hội mắc ca Việt Nam và …",
        "Cục Thi hành án dân sự TP rà soát …": lower-case words inside a name that ends with its
        level, its country or province, or more of its name, the work right after it."""
        if self.mode != "name":
            return False
        tokens = self.tokens
        for offset in range(1, _LOOKAHEAD_WORDS + 1):
            position = self.index + offset
            if position >= len(tokens) or not tokens[position][2].isalpha():
                return False
            if _is_capitalised(tokens[position][2]):
                if offset > _LOOKAHEAD_BEFORE_PLACE:
                    return False
                rest = self._place_at(position) or self._rest_of_name(position)
                return rest > 0 and self.take(offset + rest, "name")
            if tokens[position][2] in _PLURALS or _at(tokens, position, _SPEECH):
                return False
            level = _at(tokens, position, _LEVELS)
            if level and _at(tokens, position + level, _WORK):
                return self.take(offset + level, "name")
        return False

    def _rest_of_name(self, position: int) -> int:
        """Tokens of the name that goes on at ``position`` when the work follows it; else 0."""
        rest = _Reader(self.tokens[position:])
        rest.mode = "name"
        while rest.step():
            pass
        return rest.end if rest.end and _at(self.tokens, position + rest.end, _WORK) else 0

    def _place_at(self, position: int) -> int:
        """Tokens of the country's or a province's name at ``position`` when the addressee may end
        after it (a comma, "và", the work, the sentence's end); else 0."""
        tokens = self.tokens
        for length in (3, 2, 1):
            words = [t[2] for t in tokens[position : position + length]]
            if len(words) < length or not all(_is_capitalised(w) for w in words):
                continue
            name = " ".join(words)
            if name != "Việt Nam" and not is_place_name(name):
                continue
            following = tokens[position + length][2] if position + length < len(tokens) else ""
            if following in ("", ",", "và", ".", ";") or _at(tokens, position + length, _WORK):
                return length
        return 0


def addressee_end(text: str, start: int, limit: int) -> int:
    """Where the addressee starting at ``start`` ends (``start`` when none starts there)."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, limit)]
    reader = _Reader(tokens)
    while reader.step():
        pass
    accepted = tokens[: reader.end]
    while accepted and accepted[-1][2] in (",", "và", "-", "–", ":", "&", *_PLURALS):
        accepted.pop()
    return accepted[-1][1] if accepted else start
