"""Domain errors. Each carries a stable ``code`` so interfaces can translate it."""

from __future__ import annotations


class DomainError(ValueError):
    """Base of every error the core raises; ``code`` is stable, ``str()`` is English."""

    code = "domain_error"

    def __init__(self, message: str, *, text: str | None = None, position: int | None = None):
        """Keep the offending text and the position where it went wrong, when known."""
        super().__init__(message)
        self.text = text
        self.position = position


class PeriodParseError(DomainError):
    """A period label could not be read."""

    code = "period_parse"


class PeriodSchoolYearError(PeriodParseError):
    """A school year ("năm học 2021-2022"): not a calendar period, so refused with its reason."""

    code = "period_school_year"


class PeriodError(DomainError):
    """A period operation that has no meaning (e.g. the year before a term)."""

    code = "period_invalid"


class DocumentNumberParseError(DomainError):
    """A document number could not be read."""

    code = "document_number_parse"


class DocumentNumberScriptError(DocumentNumberParseError):
    """A document number written with letters of another script (not lookalikes of Latin ones)."""

    code = "document_number_script"


class QuantityParseError(DomainError):
    """A number or quantity could not be read."""

    code = "quantity_parse"


class TargetError(DomainError):
    """A target or a value that cannot be evaluated against it."""

    code = "target_invalid"


class DeadlineError(DomainError):
    """A deadline that is impossible: before the assignment, or an extension that shortens it."""

    code = "deadline_invalid"


class OrgHistoryError(DomainError):
    """Org unit history that contradicts itself (a cycle, a successor before its predecessor)."""

    code = "org_history_invalid"


class TimelineError(DomainError):
    """A fact that contradicts a directive's timeline; ``code`` says which rule it breaks."""

    code = "timeline_invalid"

    def __init__(self, message: str, *, code: str = "timeline_invalid"):
        """Keep the rule broken as the stable code."""
        super().__init__(message)
        self.code = code
