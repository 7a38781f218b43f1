"""Catalogs whose source is not Japanese merge as GNU msgmerge merges them by default:
every carried-over translation that is not an exact match is fuzzy (so msgfmt never
compiles it), kokuchi's Japanese guards stay out of the way, and a message that seeded
a suggestion is used, not obsolete. Japanese sources keep the guards."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kokuchi.catalog import po
from kokuchi.catalog.merge import merge, source_is_japanese
from kokuchi.language.flips import load_flip_pairs

PAIRS = load_flip_pairs(None)

pytestmark = pytest.mark.skipif(
    shutil.which("msgmerge") is None, reason="needs GNU gettext (msgmerge), installed by .ci/run"
)

HEADER = """msgid ""
msgstr ""
"Project-Id-Version: shop 1.0\\n"
"Language: de\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
{extra}
"""

CATALOG = """
#, c-format
msgid "%d items in your cart"
msgstr "%d Artikel im Warenkorb"

msgid "Order number 0120"
msgstr "Bestellnummer 0120"

msgid "Payment is required"
msgstr "Zahlung ist erforderlich"

#, c-format
msgid "One file"
msgid_plural "%d files"
msgstr[0] "Eine Datei"
msgstr[1] "%d Dateien"

msgid "Unchanged"
msgstr "Unverändert"
"""

TEMPLATE = """
#, c-format
msgid "%d items in the cart"
msgstr ""

msgid "Order number ０１２０"
msgstr ""

msgid "Payment is not required"
msgstr ""

#, c-format
msgid "One file"
msgid_plural "%d files found"
msgstr[0] ""
msgstr[1] ""

msgid "Unchanged"
msgstr ""
"""


def _files(tmp_path: Path, extra: str = "") -> tuple[Path, Path]:
    catalog, template = tmp_path / "de.po", tmp_path / "shop.pot"
    catalog.write_text(HEADER.format(extra=extra) + CATALOG, "utf-8")
    template.write_text(HEADER.replace('"Language: de\\n"\n', "").format(extra="") + TEMPLATE, "utf-8")
    return catalog, template


def _entries(catalog: po.POFile) -> dict:
    return {
        (e.obsolete, e.msgctxt, e.msgid): (
            e.msgid_plural,
            e.msgstr,
            dict(e.msgstr_plural),
            sorted(e.flags),
            e.tcomment,
            e.previous_msgid,
            e.previous_msgid_plural,
        )
        for e in catalog
    }


def test_a_foreign_catalog_merges_as_msgmerge_merges_it(tmp_path):
    catalog, template = _files(tmp_path)
    gnu = tmp_path / "gnu.po"
    subprocess.run(
        ["msgmerge", "-q", "--previous", "-o", str(gnu), str(catalog), str(template)],
        check=True,
        env={"OMP_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"},
    )
    ours, stats = merge(po.read(template), po.read(catalog), PAIRS)
    assert _entries(ours) == _entries(po.read(gnu))
    width_only = next(e for e in ours if e.msgid == "Order number ０１２０")
    assert width_only.flags == ["fuzzy"]  # msgfmt does not compile it (kokuchi-auto would be compiled)
    negated = next(e for e in ours if e.msgid == "Payment is not required")
    assert negated.flags == ["fuzzy"] and not negated.tcomment  # no Japanese flip guard, no kokuchi comments
    assert (stats.fuzzy, stats.auto, stats.flips, stats.obsolete) == (3, 0, 0, 0)  # and the plural, kept fuzzy


def test_the_header_names_the_source_language(tmp_path):
    catalog, template = _files(tmp_path, extra='"X-Source-Language: ja\\n"')
    assert source_is_japanese(po.read(template), po.read(catalog))
    ours, _ = merge(po.read(template), po.read(catalog), PAIRS)
    width_only = next(e for e in ours if e.msgid == "Order number ０１２０")
    assert "kokuchi-auto" in width_only.flags  # the Japanese guards' call: a width-only change is kept


def test_japanese_sources_keep_the_guards(tmp_path):
    catalog, template = tmp_path / "en.po", tmp_path / "notices.pot"
    catalog.write_text(
        HEADER.replace("Language: de", "Language: en").format(extra="")
        + '\nmsgid "お問い合わせ番号は０１２０です"\nmsgstr "The number is 0120"\n',
        "utf-8",
    )
    template.write_text(HEADER.format(extra="") + '\nmsgid "お問い合わせ番号は0120です"\nmsgstr ""\n', "utf-8")
    assert source_is_japanese(po.read(template), po.read(catalog))
    ours, stats = merge(po.read(template), po.read(catalog), PAIRS)
    assert stats.auto == 1 and ours[0].flags == ["kokuchi-auto"]
