"""The Vietnamese catalogue is complete and its compiled form matches it."""

from pathlib import Path

import polib

CATALOGUE = Path(__file__).resolve().parent.parent / "dondoc" / "locale" / "vi" / "LC_MESSAGES"


def test_every_message_has_a_vietnamese_translation():
    untranslated = [
        entry.msgid
        for entry in polib.pofile(str(CATALOGUE / "django.po"))
        if not entry.translated()
    ]

    assert untranslated == []


def test_the_compiled_catalogue_matches_the_source():
    # Keyed with the context too: "Status" as a column header is not "Status" as a label.
    source = {
        (e.msgctxt, e.msgid): e.msgstr
        for e in polib.pofile(str(CATALOGUE / "django.po"))
        if e.translated()
    }
    compiled = {
        (e.msgctxt, e.msgid): e.msgstr
        for e in polib.mofile(str(CATALOGUE / "django.mo"))
        if e.msgid
    }

    assert compiled == source
