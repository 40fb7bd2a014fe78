"""Reads of documents."""

from dondoc.apps.documents.models import Document
from dondoc.core.document_kinds import DocumentKind
from dondoc.core.document_numbers import DocumentNumber, NumberForm
from dondoc.core.unit_names import unit_key


def document_find(*, kind: DocumentKind, number: str, issuer_name: str) -> Document | None:
    """The stored document a citation means: the same canonical ``number`` and the same issuer
    (its name as written or its unit, ignoring accents, case and "UBND"/"Ủy ban nhân dân"); the
    kind too for a bare number ("Chỉ thị số 05" is not "Nghị quyết số 05"). Two documents of one
    number from different issuers stay two (#9); ``number`` is canonical (``str(DocumentNumber)``).
    """
    if not number:
        return None
    is_bare = DocumentNumber.parse(number).form is NumberForm.BARE
    key = unit_key(issuer_name)
    for document in Document.objects.filter(number=number).select_related("issuer").order_by("pk"):
        names = {document.issuer_name, document.issuer.name if document.issuer else ""}
        same_issuer = key in {unit_key(name) for name in names} if key else not any(names)
        if same_issuer and (document.kind == kind or not is_bare):
            return document
    return None
