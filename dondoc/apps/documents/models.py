from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.provenance import Tracked
from dondoc.core.document_kinds import DocumentKind
from dondoc.core.text import fold

DOCUMENT_KIND_CHOICES = [(kind.value, kind.word) for kind in DocumentKind]


class Document(Tracked):
    """An official document. ``number`` is canonical; ``number_raw`` keeps it as first written.

    A Party number is unique only with its issuer and term, so uniqueness is on kind, number,
    issuer and issue day together.
    """

    kind = models.CharField(_("kind"), max_length=32, choices=DOCUMENT_KIND_CHOICES)
    number = models.CharField(_("number"), max_length=64, blank=True)
    number_raw = models.CharField(_("number as written"), max_length=64, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    issuer = models.ForeignKey(
        OrgUnit,
        verbose_name=_("issuer"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
    )
    issuer_name = models.CharField(_("issuer as written"), max_length=255, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    file = models.FileField(_("file"), upload_to="documents/%Y/", blank=True)
    search_key = models.CharField(max_length=900, editable=False, db_index=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-issued_on", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "number", "issuer_name", "issued_on"],
                condition=~Q(number=""),
                name="document_unique_number",
                violation_error_message=_("This document is already recorded."),
            ),
            models.CheckConstraint(
                condition=~Q(number="") | ~Q(title=""),
                name="document_number_or_title",
                violation_error_message=_("A document needs a number or a title."),
            ),
        ]

    def __str__(self) -> str:
        word = DocumentKind(self.kind).word
        # As first written ("Chỉ thị số 05"), the canonical form ("5") being for matching.
        return f"{word} {self.number_raw or self.number}" if self.number else self.title

    def save(self, *args: object, **kwargs: object) -> None:
        word = DocumentKind(self.kind).word
        self.search_key = fold(
            f"{word} {self.number} {self.number_raw} {self.title} {self.issuer_name}"
        )
        super().save(*args, **kwargs)  # type: ignore[arg-type]
