from datetime import date

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from dondoc.apps.documents.models import Document
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.provenance import Origin, tracked_save
from dondoc.core.document_kinds import DocumentKind
from dondoc.core.document_numbers import DocumentNumber
from dondoc.core.errors import DocumentNumberParseError


@transaction.atomic
def document_record(
    *,
    kind: DocumentKind,
    number: str = "",
    issued_on: date | None = None,
    issuer: OrgUnit | None = None,
    issuer_name: str = "",
    title: str = "",
    origin: Origin = Origin.TYPED,
    user: AbstractBaseUser | None = None,
) -> Document:
    """Record a document once: citing an already recorded number returns the stored document."""
    canonical = document_number_canonical(number)
    if canonical:
        existing = Document.objects.filter(
            kind=kind, number=canonical, issuer_name=issuer_name
        ).first()
        if existing is not None:
            return existing
    document = Document(
        kind=kind,
        number=canonical,
        number_raw=number.strip(),
        issued_on=issued_on,
        issuer=issuer,
        issuer_name=issuer_name,
        title=title,
        origin=origin,
    )
    return tracked_save(document, user=user)


def document_number_canonical(number: str) -> str:
    """The canonical form of a document number as written ("" for none); a form error if it is
    no document number."""
    if not number.strip():
        return ""
    try:
        return str(DocumentNumber.parse(number))
    except DocumentNumberParseError as error:
        message = _("Not a document number: %(number)s") % {"number": number[:80]}
        raise ValidationError({"number": message}, code=error.code) from error
