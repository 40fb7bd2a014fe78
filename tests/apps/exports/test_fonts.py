"""Every Vietnamese letter is drawn with the embedded Liberation Serif faces, none by fallback."""

import unicodedata

from fontTools.ttLib import TTFont

from dondoc.apps.exports.pdf_writer import FACES, FONT_FOLDER, html_pdf
from tests.apps.exports.conftest import pdf_fonts, pdf_text

VOWELS = "aăâeêioôơuưy"
TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
LOWER = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in ("", *TONES)]
LETTERS = sorted(
    {c for c in [*LOWER, "đ"] if not c.isascii()}
    | {c.upper() for c in LOWER if not c.isascii()}
    | {"Đ"}
)


def test_there_are_134_precomposed_vietnamese_letters():
    assert len(LETTERS) == 134
    assert all(len(letter) == 1 for letter in LETTERS)


def test_every_face_maps_every_vietnamese_letter():
    for name in FACES.values():
        cmap = TTFont(FONT_FOLDER / name).getBestCmap()

        assert [c for c in LETTERS if ord(c) not in cmap] == [], name


def test_a_pdf_of_every_letter_in_every_face_uses_only_the_embedded_faces(tmp_path, settings):
    from django.template.loader import render_to_string  # noqa: PLC0415

    from dondoc.apps.exports.pdf_writer import font_faces  # noqa: PLC0415
    from dondoc.apps.exports.profiles import PROFILES  # noqa: PLC0415

    text = " ".join(LETTERS)
    style = render_to_string(
        "exports/page_style.html", {"faces": font_faces(), "profile": PROFILES[0]}
    )
    body = "".join(f'<p style="font-weight:{w};font-style:{s}">{text}</p>' for w, s in FACES)
    path = tmp_path / "letters.pdf"

    path.write_bytes(html_pdf(f"<html><head>{style}</head><body>{body}</body></html>"))

    assert "".join(pdf_text(path).split()) == "".join(LETTERS) * 4
    assert {row[0].partition("+")[2] for row in pdf_fonts(path)} == {
        "DondocSerif",
        "DondocSerif-Bold",
        "DondocSerif-Italic",
        "DondocSerif-Bold-Italic",
    }
