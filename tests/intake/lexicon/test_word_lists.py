"""Every word list in lexicon/ holds each word once: no duplicates and no case variants.

Read from the source (a frozenset would hide a duplicate at run time); case variants are made by
the code that needs them, never written twice in a list.
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

from dondoc.intake import lexicon

MODULES = sorted(
    p
    for p in Path(lexicon.__file__).parent.glob("*.py")
    if p.name not in ("__init__.py", "legacy_encodings.py")
)


def _words(node: ast.AST) -> list[str]:
    words: list[str] = []
    for child in ast.walk(node):
        if isinstance(child, ast.List | ast.Tuple | ast.Set):
            words += [
                e.value
                for e in child.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
        elif (
            isinstance(child, ast.Call)
            and isinstance(child.func, ast.Attribute)
            and child.func.attr == "split"
            and isinstance(child.func.value, ast.Constant)
        ):
            separator = child.args[0].value if child.args else None
            words += [w.strip() for w in child.func.value.value.split(separator) if w.strip()]
    return words


def _lists(path: Path) -> list[tuple[str, list[str]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for statement in tree.body:
        if isinstance(statement, ast.Assign | ast.AnnAssign):
            target = statement.targets[0] if isinstance(statement, ast.Assign) else statement.target
            if isinstance(target, ast.Name) and statement.value is not None:
                words = _words(statement.value)
                if len(words) > 1:
                    found.append((f"{path.stem}.{target.id}", words))
    return found


LISTS = [item for path in MODULES for item in _lists(path)]


@pytest.mark.parametrize(("name", "words"), LISTS, ids=[name for name, _ in LISTS])
def test_every_word_list_holds_each_word_once_in_one_case(name, words):
    folded = Counter(" ".join(w.casefold().split()) for w in words)

    assert [w for w, n in folded.items() if n > 1] == []


def test_the_word_lists_are_found():
    assert {"people.HONORIFICS", "people.STOP_WORDS", "directives.ACTION_VERBS"} <= {
        n for n, _ in LISTS
    }
