"""catalog.merge against GNU msgmerge on the same files: plurals, format flags,
duplicates, the template's obsolete entries, header fields, comments."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kokuchi.catalog import po
from kokuchi.catalog.merge import merge
from kokuchi.core.errors import KokuchiError
from kokuchi.language.flips import load_flip_pairs

pytestmark = pytest.mark.skipif(
    shutil.which("msgmerge") is None, reason="needs GNU gettext (msgmerge), installed by .ci/run"
)

PAIRS = load_flip_pairs(None)

PLURAL_FORMS = {
    1: "nplurals=1; plural=0;",  # Japanese
    2: "nplurals=2; plural=(n != 1);",  # English
    3: "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",  # Russian
    6: "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",  # Arabic
}


def header(plural_forms: str = "", extra: str = "") -> str:
    fields = "".join(
        f'"{field}\\n"\n'
        for field in (
            "Project-Id-Version: status-page 2.1",
            "Language-Team: German <de@li.org>",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            *([f"Plural-Forms: {plural_forms}"] if plural_forms else []),
            *([extra] if extra else []),
        )
    )
    return f'msgid ""\nmsgstr ""\n{fields}\n'


TEMPLATE_HEADER = header(extra="POT-Creation-Date: 2026-07-01 10:00+0900").replace(
    '"Project-Id-Version: status-page 2.1\\n"\n',
    '"Project-Id-Version: status-page 2.1\\n"\n"Report-Msgid-Bugs-To: i18n@example.jp\\n"\n',
)


def both(tmp_path: Path, catalog: str, template: str, *, compiles: bool = True) -> tuple[po.POFile, po.POFile]:
    """kokuchi's merge and msgmerge's of the same two files, both parsed."""
    definitions, reference = tmp_path / "de.po", tmp_path / "status.pot"
    definitions.write_text(catalog, "utf-8")
    reference.write_text(template, "utf-8")
    gnu = tmp_path / "gnu.po"
    subprocess.run(
        ["msgmerge", "-q", "--no-wrap", "-o", str(gnu), str(definitions), str(reference)],
        check=True,
        env={"OMP_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"},
    )
    ours, _ = merge(po.read(reference), po.read(definitions), PAIRS)
    written = tmp_path / "ours.po"
    written.write_bytes(po.to_bytes(ours))
    if compiles:
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(written)], check=True)
    return ours, po.read(gnu)


def view(catalog: po.POFile) -> dict:
    """What the two tools must agree on, per live message."""
    return {
        (e.msgctxt, e.msgid): (e.msgid_plural, e.msgstr, dict(e.msgstr_plural), sorted(e.flags), e.tcomment)
        for e in catalog
        if not e.obsolete
    }


@pytest.mark.parametrize("nplurals", [1, 2, 3, 6])
def test_plurals_as_msgmerge(tmp_path, nplurals):
    forms = "".join(f'msgstr[{i}] "{i}: %d Dateien"\n' for i in range(nplurals))
    catalog = header(PLURAL_FORMS[nplurals]) + (
        '#, c-format\nmsgid "%d file was restored"\nmsgstr "%d Datei wurde wiederhergestellt"\n\n'
        f'#, c-format\nmsgid "%d server"\nmsgid_plural "%d servers"\n{forms}\n'
        f'#, c-format\nmsgid "%d region"\nmsgid_plural "%d regions"\n{forms}\n'
    )
    template = TEMPLATE_HEADER + (
        '#, c-format\nmsgid "%d file was restored"\nmsgid_plural "%d files were restored"\nmsgstr[0] ""\nmsgstr[1] ""\n\n'
        '#, c-format\nmsgid "%d server"\nmsgid_plural "%d servers"\nmsgstr[0] ""\nmsgstr[1] ""\n\n'
        '#, c-format\nmsgid "%d region"\nmsgid_plural "%d regions affected"\nmsgstr[0] ""\nmsgstr[1] ""\n\n'
        '#, c-format\nmsgid "%d notice"\nmsgid_plural "%d notices"\nmsgstr[0] ""\nmsgstr[1] ""\n'
    )
    ours, gnu = both(tmp_path, catalog, template)
    assert view(ours) == view(gnu)
    became_plural = next(e for e in ours if e.msgid == "%d file was restored")
    assert became_plural.fuzzy and len(became_plural.msgstr_plural) == nplurals
    assert len(next(e for e in ours if e.msgid == "%d notice").msgstr_plural) == nplurals
    assert not next(e for e in ours if e.msgid == "%d server").fuzzy
    assert next(e for e in ours if e.msgid == "%d region").fuzzy


def test_a_translated_plural_entry_the_template_dropped_stays_obsolete(tmp_path):
    catalog = (
        header(PLURAL_FORMS[2])
        + 'msgid "%d outage"\nmsgid_plural "%d outages"\nmsgstr[0] "%d Ausfall"\nmsgstr[1] "%d Ausfälle"\n'
    )
    ours, gnu = both(tmp_path, catalog, TEMPLATE_HEADER + 'msgid "Resolved"\nmsgstr ""\n')
    kept = [(e.msgid, e.msgstr_plural) for e in ours if e.obsolete]
    assert (
        kept
        == [(e.msgid, e.msgstr_plural) for e in gnu if e.obsolete]
        == [("%d outage", {0: "%d Ausfall", 1: "%d Ausfälle"})]
    )


# Every format kind GNU gettext 0.21 knows (msgfmt -c checks each).
FORMAT_KINDS = [
    "c",
    "objc",
    "sh",
    "python",
    "python-brace",
    "lisp",
    "elisp",
    "librep",
    "scheme",
    "smalltalk",
    "java",
    "csharp",
    "javascript",
    "awk",
    "object-pascal",
    "ycp",
    "tcl",
    "perl",
    "perl-brace",
    "php",
    "gcc-internal",
    "gfc-internal",
    "qt",
    "qt-plural",
    "kde",
    "kde-kuit",
    "boost",
    "lua",
    "ruby",
    "java-printf",
]


@pytest.mark.parametrize("kind", FORMAT_KINDS)
def test_format_flags_come_from_the_template(tmp_path, kind):
    from kokuchi.catalog.formats import CHECKERS

    flag = f"{kind}-format"
    catalog = (
        header() + 'msgid "Maintenance finished"\nmsgstr "Wartung beendet"\n\n#, no-wrap\nmsgid "Old"\nmsgstr "Alt"\n'
    )
    template = TEMPLATE_HEADER + (
        f'#, {flag}\nmsgid "Maintenance finished"\nmsgstr ""\n\n'
        f'#, {flag}\nmsgid "Scheduled outage of the mail relay"\nmsgstr ""\n\n'
        f'#, {flag}, no-wrap\nmsgid "Old"\nmsgstr ""\n'
    )
    ours, gnu = both(tmp_path, catalog, template)
    kept, new, old = (
        next(e for e in ours if e.msgid == m)
        for m in ("Maintenance finished", "Scheduled outage of the mail relay", "Old")
    )
    assert flag in kept.flags and flag in new.flags and flag in old.flags and "no-wrap" in old.flags
    if flag in CHECKERS:  # a translation without directives passes the check: not fuzzy, as msgmerge
        assert view(ours) == view(gnu)
    else:  # no checker for this kind here: kokuchi asks the translator to look (docs/catalogs.md)
        assert kept.fuzzy


def test_a_c_format_mismatch_becomes_fuzzy_so_msgfmt_never_compiles_it(tmp_path):
    catalog = header() + 'msgid "Retry in %s"\nmsgstr "Erneut in %d"\n'
    ours, gnu = both(tmp_path, catalog, TEMPLATE_HEADER + '#, c-format\nmsgid "Retry in %s"\nmsgstr ""\n')
    assert view(ours) == view(gnu)
    assert ours[0].fuzzy and ours[0].flags == ["fuzzy", "c-format"]
    # Without the fuzzy flag msgfmt -c refuses it: the flag is what protects the build.
    ours[0].flags = ["c-format"]
    path = tmp_path / "unsafe.po"
    path.write_bytes(po.to_bytes(ours))
    assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True).returncode == 1


@pytest.mark.parametrize(
    "old, new, fuzzy", [("1..6", "1..6", False), ("", "1..6", False), ("1..6", "0..6", True), ("1..7", "", True)]
)
def test_plural_ranges(tmp_path, old, new, fuzzy):
    flags = lambda r: "#, c-format" + (f", range: {r}" if r else "") + "\n"  # noqa: E731
    catalog = (
        header(PLURAL_FORMS[2])
        + flags(old)
        + 'msgid "%d day"\nmsgid_plural "%d days"\nmsgstr[0] "%d Tag"\nmsgstr[1] "%d Tage"\n'
    )
    template = TEMPLATE_HEADER + flags(new) + 'msgid "%d day"\nmsgid_plural "%d days"\nmsgstr[0] ""\nmsgstr[1] ""\n'
    ours, gnu = both(tmp_path, catalog, template)
    assert view(ours) == view(gnu)
    assert ours[0].fuzzy is fuzzy


def test_an_obsolete_duplicate_is_refused_with_both_places(tmp_path):
    path = tmp_path / "de.po"
    path.write_text('msgid "2"\nmsgstr "zwei"\n\n#~ msgid "2"\n#~ msgstr "ha ha"\n', "utf-8")
    template = po.parse_bytes(b'msgid "2"\nmsgstr ""\n', "status.pot")
    with pytest.raises(KokuchiError, match=r"^de\.po:4: duplicate message definition \(first at de\.po:1\)$"):
        merge(template, po.read(path, "de.po"), PAIRS)
    gnu = subprocess.run(
        ["msgmerge", "-q", "-o", "/dev/null", str(path), "/dev/stdin"],
        input=b'msgid "2"\nmsgstr ""\n',
        capture_output=True,
    )
    assert gnu.returncode == 1 and b"duplicate message definition" in gnu.stderr


def test_obsolete_entries_of_the_template_are_not_messages():
    """(GNU msgmerge 0.21 makes them live messages; later versions do not.)"""
    catalog = po.parse_bytes((header() + 'msgid "Resolved"\nmsgstr "Behoben"\n').encode(), "de.po")
    template = po.parse_bytes(
        (TEMPLATE_HEADER + 'msgid "Resolved"\nmsgstr ""\n\n#~ msgid "Investigating"\n#~ msgstr ""\n').encode(),
        "status.pot",
    )
    merged, _ = merge(template, catalog, PAIRS)
    assert view(merged) == {(None, "Resolved"): ("", "Behoben", {}, [], "")} and len(merged) == 1


def test_header_fields_follow_msgmerge(tmp_path):
    catalog = "# German translation of the status page.\n#, fuzzy\n" + header(PLURAL_FORMS[2])
    catalog += 'msgid "Resolved"\nmsgstr "Behoben"\n'
    ours, gnu = both(tmp_path, catalog, TEMPLATE_HEADER + 'msgid "Resolved"\nmsgstr ""\n')
    assert ours.metadata == gnu.metadata
    assert ours.metadata["POT-Creation-Date"] == "2026-07-01 10:00+0900"
    assert ours.metadata["Report-Msgid-Bugs-To"] == "i18n@example.jp"
    assert ours.metadata["Language"] == "de"
    assert ours.header_flags == gnu.header_flags == ["fuzzy"]
    assert ours.header == gnu.header == "German translation of the status page."


def test_comments_follow_msgmerge(tmp_path):
    catalog = "# Leading comment of a catalog without a header.\n" + 'msgid "Resolved"\nmsgstr "Behoben"\n'
    template = (
        '#. Shown on the status badge.\n#: badge.c:12\nmsgid "Resolved"\nmsgstr ""\n\n'
        '# Keep it short: the badge is 12 characters wide.\n#: badge.c:20\nmsgid "Degraded"\nmsgstr ""\n'
    )
    ours, gnu = both(tmp_path, catalog, template, compiles=False)
    assert view(ours) == view(gnu)
    assert not ours.metadata and not gnu.metadata
    resolved, degraded = ours
    assert resolved.tcomment == "Leading comment of a catalog without a header."
    assert (resolved.comment, resolved.occurrences) == ("Shown on the status badge.", [("badge.c", "12")])
    assert degraded.tcomment == "Keep it short: the badge is 12 characters wide."


def test_translator_comments_that_look_like_kokuchis_stay():
    catalog = po.parse_bytes(
        "\n".join(
            [
                "# source change: asked the author whether 午後 is right",
                "# previous translation: was too long for the badge",
                "# meaning flip: none, checked",
                'msgctxt "body"',
                'msgid "午後5時に復旧しました。"',
                'msgstr "Restored at 5 PM."',
                "",
                "# source change: 午後[-7-]{+5+}時に復旧しました。",
                'msgctxt "body"',
                'msgid "午前9時に開始します。"',
                'msgstr "Starts at 9 AM."',
                "",
            ]
        ).encode(),
        "en.po",
    )
    template = po.parse_bytes(
        'msgctxt "body"\nmsgid "午後5時に復旧しました。"\nmsgstr ""\n\n'
        'msgctxt "body"\nmsgid "午前9時に開始します。"\nmsgstr ""\n'.encode(),
        "notices.pot",
    )
    merged, _ = merge(template, catalog, PAIRS)
    theirs, ours = merged
    assert theirs.tcomment.split("\n") == [
        "source change: asked the author whether 午後 is right",
        "previous translation: was too long for the badge",
        "meaning flip: none, checked",
    ]
    assert ours.tcomment == ""  # kokuchi's own note, whole, has served once the translation is reviewed
