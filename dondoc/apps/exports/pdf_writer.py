"""An official document as PDF: HTML laid out by WeasyPrint (on Debian's Pango) with the
profile's page and the embedded Liberation Serif faces of fonts-liberation2 (decision 0008)."""

from __future__ import annotations

from pathlib import Path

from django.template.loader import render_to_string

from dondoc.apps.exports.notice import OfficialDocument
from dondoc.apps.exports.tabular import display_rows

# Debian's fonts-liberation2; the older fonts-liberation lacks 92 Vietnamese letters.
FONT_FOLDER = Path("/usr/share/fonts/truetype/liberation2")
FACES = {
    ("normal", "normal"): "LiberationSerif-Regular.ttf",
    ("bold", "normal"): "LiberationSerif-Bold.ttf",
    ("normal", "italic"): "LiberationSerif-Italic.ttf",
    ("bold", "italic"): "LiberationSerif-BoldItalic.ttf",
}


class FontMissingError(RuntimeError):
    """The serif faces the PDFs embed are not installed (apt-get install fonts-liberation2)."""


def font_faces() -> list[dict[str, str]]:
    """The @font-face rules' values; refuses to go on with a face missing (no silent fallback)."""
    faces = []
    for (weight, style), name in FACES.items():
        path = FONT_FOLDER / name
        if not path.exists():
            raise FontMissingError(f"{path} is missing: install fonts-liberation2")
        faces.append({"weight": weight, "style": style, "url": path.as_uri()})
    return faces


def html_pdf(html: str) -> bytes:
    from weasyprint import HTML  # noqa: PLC0415 - loads Pango only when a PDF is asked for

    pdf: bytes = HTML(string=html).write_pdf()
    return pdf


def document_pdf(document: OfficialDocument) -> bytes:
    """The PDF bytes of ``document``."""
    html = render_to_string(
        "exports/official_document.html",
        {
            "document": document,
            "profile": document.issuer.profile,
            "faces": font_faces(),
            "tables": [
                {"title": t.title, "headers": t.headers, "rows": display_rows(t)}
                for t in document.tables
            ],
        },
    )
    return html_pdf(html)
