"""Regex alternations of many words, grouped by first letter so the engine tries few branches.

Python's engine tries a branch's alternatives one after the other at every position of the text.
Under ``re.IGNORECASE`` it cannot skip an alternative by its first letter, so a list of 80 title
heads costs 80 tries a character. Grouped by first letter, it costs one try per group, and the
words of a group still go in the order given: the same word matches as in the plain alternation
(the speed bar of #9).
"""

from __future__ import annotations

import re


def alternation(words: tuple[str, ...] | list[str], *, flags: int = 0) -> str:
    r"""The words as one regex alternation, grouped by first letter, in the order given.

    Matches exactly what ``"|".join(map(re.escape, words))`` matches, under the same ``flags``.

    >>> alternation(["Nghị quyết", "Chỉ thị", "nghị định"], flags=re.IGNORECASE)
    'N(?:ghị\\ quyết|ghị\\ định)|C(?:hỉ\\ thị)'
    >>> alternation(["Nghị quyết", "nghị định"])
    'N(?:ghị\\ quyết)|n(?:ghị\\ định)'
    """
    groups: list[tuple[str, list[str]]] = []
    for word in words:
        # A word joins the group whose letter its own letter matches under the flags; groups
        # whose letters never match the same character cannot both match at one position.
        group = next((g for g in groups if _same_letter(g[0], word[0], flags)), None)
        if group is None:
            groups.append((word[0], [word[1:]]))
        else:
            group[1].append(word[1:])
    return "|".join(
        re.escape(letter) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
        for letter, rests in groups
    )


def _same_letter(letter: str, other: str, flags: int) -> bool:
    return re.fullmatch(re.escape(letter), other, flags & re.IGNORECASE) is not None
