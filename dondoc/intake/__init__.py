"""The intake: reads Vietnamese reports and news into candidate records for a person to confirm.

The only public entry points are :func:`read` (text) and :func:`read_bytes` (a file's bytes). No
Django import: the intake runs anywhere, and the web app stores what it returns.
"""

from __future__ import annotations

from dondoc.intake.errors import InputTooLargeError, IntakeError, NotTextError
from dondoc.intake.pipeline import run
from dondoc.intake.results import IntakeResult

MAX_CHARACTERS = 2_000_000

__all__ = [
    "MAX_CHARACTERS",
    "InputTooLargeError",
    "IntakeError",
    "IntakeResult",
    "NotTextError",
    "read",
]


def read(text: str, *, source: str | None = None, encoding: str = "unicode") -> IntakeResult:
    """Read a text and return what it reports.

    >>> result = read("Sáng 20/10, Bí thư Tỉnh ủy Trần Sỹ Thanh làm việc; thu đạt 86,2% dự toán.")
    >>> result.people[0].name, result.people[0].positions, str(result.figures[0].value)
    ('Trần Sỹ Thanh', ('Bí thư Tỉnh ủy',), '86.2')
    """
    if len(text) > MAX_CHARACTERS:
        raise InputTooLargeError(
            f"the text has {len(text):,} characters; the limit is {MAX_CHARACTERS:,}"
        )
    return run(text, source=source, encoding=encoding)
