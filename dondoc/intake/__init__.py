"""The intake: reads Vietnamese reports and news into candidate records for a person to confirm.

The only public entry points are :func:`read` (text) and :func:`read_bytes` (a file's bytes). No
Django import: the intake runs anywhere, and the web app stores what it returns.
"""

from __future__ import annotations

from dondoc.intake.errors import (
    InputTooLargeError,
    IntakeError,
    NotTextError,
    UnsupportedFormatError,
)
from dondoc.intake.formats import extract_text
from dondoc.intake.pipeline import run
from dondoc.intake.results import IntakeResult

MAX_CHARACTERS = 2_000_000

__all__ = [
    "MAX_CHARACTERS",
    "InputTooLargeError",
    "IntakeError",
    "IntakeResult",
    "NotTextError",
    "UnsupportedFormatError",
    "extract_text",
    "read",
    "read_bytes",
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


def read_bytes(data: bytes, *, source: str | None = None, name: str = "") -> IntakeResult:
    """Read a file's bytes: the encoding or format is detected and reported in the result.

    >>> read_bytes("Sáng 3/7 năm 2020, họp.".encode("utf-16")).encoding
    'utf-16'
    """
    text, encoding = extract_text(data, name=name or (source or ""))
    return read(text, source=source, encoding=encoding)
