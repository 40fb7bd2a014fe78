"""Errors the intake raises. Each has a stable ``code``; the message names what was wrong."""

from __future__ import annotations


class IntakeError(ValueError):
    """Base of the intake's errors: the input cannot be read, and nothing was produced."""

    code = "intake_error"


class InputTooLargeError(IntakeError):
    """The input is larger than the limit."""

    code = "input_too_large"


class NotTextError(IntakeError):
    """The input is not text in any encoding we read (a binary file, an image…)."""

    code = "not_text"


class UnsupportedFormatError(IntakeError):
    """A file format the intake does not read."""

    code = "unsupported_format"
