"""catalog update and merge from the command line: nothing lost, nothing
rewritten for layout alone, PO errors located, - for standard output."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import run, snapshot

from kokuchi.catalog import po

PO_PATH = Path("locales/en/LC_MESSAGES/notices.po")
gettext_tools = pytest.mark.skipif(shutil.which("msgcat") is None, reason="needs GNU gettext, installed by .ci/run")


def append(root: Path, text: str) -> int:
    """Add *text* to the project's catalog; the line it starts on."""
    path = root / PO_PATH
    before = path.read_text("utf-8")
    path.write_text(before + "\n" + text, "utf-8")
    return before.count("\n") + 2


@gettext_tools
def test_a_catalog_rewrapped_by_gettext_is_up_to_date(root):
    path = root / PO_PATH
    subprocess.run(["msgcat", "-w", "40", "-o", str(path), str(path)], check=True)
    rewrapped = path.read_bytes()
    check = run(root, "catalog", "update", "--check")
    assert check.exit_code == 0, check.output
    assert "notices.po: up to date" in check.output
    assert run(root, "catalog", "update").exit_code == 0
    assert path.read_bytes() == rewrapped  # not rewritten for its layout


def test_a_translated_plural_entry_survives_update(root):
    append(
        root,
        '#, c-format\nmsgid "%d notice"\nmsgid_plural "%d notices"\nmsgstr[0] "%d notice"\nmsgstr[1] "%d notices"\n',
    )
    assert run(root, "catalog", "update").exit_code == 0
    kept = [e for e in po.read(root / PO_PATH) if e.msgid == "%d notice"]
    assert [(e.obsolete, e.msgstr_plural) for e in kept] == [(True, {0: "%d notice", 1: "%d notices"})]


def test_an_obsolete_duplicate_is_reported_and_nothing_changes(root):
    catalog = po.read(root / PO_PATH)
    live = next(e for e in catalog if e.msgstr and e.msgctxt == "body")
    first = live.linenum
    line = append(root, f'#~ msgctxt "body"\n#~ msgid "{live.msgid}"\n#~ msgstr "An older translation."\n')
    before = snapshot(root)
    for command in (["catalog", "update"], ["catalog", "status"], ["catalog", "compile"]):
        result = run(root, *command)
        assert result.exit_code == 1
        assert (
            f"locales/en/LC_MESSAGES/notices.po:{line + 1}: duplicate message definition "
            f"(first at locales/en/LC_MESSAGES/notices.po:{first})" in result.output
        )
        assert "Traceback" not in result.output
    assert snapshot(root) == before


@pytest.mark.parametrize(
    "text, offset, message",
    [
        ('msgctxt "body"\nmsgid "障害が発生しました。\nmsgstr ""\n', 1, "end-of-line within string"),
        ('msgctxt "body"\nmsgid "障害が発生しました。"\nmsgstr "\\e[2J"\n', 2, "invalid control sequence \\e"),
    ],
)
def test_po_errors_are_located(root, text, offset, message):
    line = append(root, text)
    before = snapshot(root)
    for command in (["catalog", "update"], ["catalog", "status"], ["catalog", "compile"]):
        result = run(root, *command)
        assert result.exit_code == 1
        assert f"locales/en/LC_MESSAGES/notices.po:{line + offset}: {message}" in result.output
        assert "Traceback" not in result.output
    assert snapshot(root) == before


def test_a_translator_comment_that_begins_like_kokuchis_is_kept(root):
    path = root / PO_PATH
    catalog = po.read(path)
    reviewed = next(e for e in catalog if e.msgstr and e.msgctxt == "body")
    reviewed.tcomment = "source change: confirmed with the incident manager on 6/10"
    path.write_bytes(po.to_bytes(catalog))
    assert run(root, "catalog", "update").exit_code == 0
    again = next(e for e in po.read(path) if e.key() == reviewed.key())
    assert again.tcomment == "source change: confirmed with the incident manager on 6/10"


def test_merge_writes_to_standard_output_with_a_dash(root):
    template, definitions = root / "locales" / "notices.pot", root / PO_PATH
    assert run(root, "catalog", "extract").exit_code == 0
    before = snapshot(root)
    result = run(root, "catalog", "merge", str(definitions), str(template), "-o", "-")
    assert result.exit_code == 0
    date = ("POT-Creation-Date",)  # the template's, the catalog's own is older
    assert po.same_content(po.parse_bytes(result.stdout_bytes, "stdout"), po.read(definitions), ignore=date)
    assert "merged" in result.stderr and "merged" not in result.stdout
    assert snapshot(root) == before and not (root / "-").exists()


@gettext_tools
def test_merge_in_place_leaves_a_catalog_that_says_the_same_untouched(root):
    template, definitions = root / "locales" / "notices.pot", root / PO_PATH
    assert run(root, "catalog", "extract").exit_code == 0
    assert run(root, "catalog", "merge", str(definitions), str(template)).exit_code == 0
    # Laid out another way (one string per line, as Poedit writes): the same content.
    relaid = definitions.read_bytes().replace(b'msgid "', b'msgid ""\n"', 1)
    definitions.write_bytes(relaid)
    result = run(root, "catalog", "merge", str(definitions), str(template))
    assert result.exit_code == 0 and "up to date" in result.output
    assert definitions.read_bytes() == relaid


def test_merge_keeps_a_latin1_catalog_latin1(tmp_path):
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
    definitions, template = tmp_path / "de.po", tmp_path / "status.pot"
    definitions.write_bytes((header + 'msgid "white"\nmsgstr "weiß"\n').encode("latin-1"))
    template.write_bytes((header + 'msgid "white"\nmsgstr ""\n\nmsgid "size"\nmsgstr ""\n').encode("latin-1"))
    result = run(tmp_path, "catalog", "merge", str(definitions), str(template), "-o", str(tmp_path / "out.po"))
    assert result.exit_code == 0, result.output
    data = (tmp_path / "out.po").read_bytes()
    assert "weiß".encode("latin-1") in data and b'msgid "size"' in data
    gnu = subprocess.run(["msgconv", "-t", "UTF-8", str(tmp_path / "out.po")], check=True, capture_output=True).stdout
    assert 'msgstr "weiß"' in gnu.decode("utf-8")


UTF8 = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
OPTION_CATALOG = (
    UTF8
    + """\
#: status.c:30
msgid "Resolved"
msgstr "Behoben"

#: badge.c:7
msgid "Degraded performance"
msgstr "Eingeschränkte Leistung"

#, fuzzy
#: badge.c:9
msgid "Partial outage"
msgstr "Teilausfall"
"""
)
OPTION_TEMPLATE = (
    UTF8
    + """\
#: status.c:30 status.c:41
msgid "Resolved"
msgstr ""

#: badge.c:7
msgid "Degraded performance"
msgstr ""

#: badge.c:9
msgid "Partial outage"
msgstr ""

#: alerts.c:3
msgid "Scheduled maintenance window"
msgstr ""
"""
)


@gettext_tools
@pytest.mark.parametrize(
    "options",
    [
        ["--sort-output"],
        ["--sort-by-file"],
        ["--for-msgfmt"],
        ["--no-fuzzy-matching"],
        ["--add-location=file"],
        ["--no-location"],
    ],
)
def test_merge_options_as_msgmerge(tmp_path, options):
    definitions, template = tmp_path / "de.po", tmp_path / "status.pot"
    definitions.write_text(OPTION_CATALOG, "utf-8")
    template.write_text(OPTION_TEMPLATE, "utf-8")
    gnu = subprocess.run(
        ["msgmerge", "-q", *options, "-o", "-", str(definitions), str(template)], check=True, capture_output=True
    ).stdout
    result = run(tmp_path, "catalog", "merge", str(definitions), str(template), *options, "-o", "-")
    assert result.exit_code == 0, result.output

    def view(catalog: po.POFile) -> list:
        return [(e.msgid, e.msgstr, sorted(e.flags), e.occurrences, e.obsolete) for e in catalog]

    assert view(po.parse_bytes(result.stdout_bytes, "kokuchi")) == view(po.parse_bytes(gnu, "msgmerge"))


def test_multi_domain_applies_the_template_to_every_domain(tmp_path):
    definitions, template = tmp_path / "all.po", tmp_path / "status.pot"
    definitions.write_text(
        'domain "status-de"\nmsgid "Resolved"\nmsgstr "Behoben"\n\n'
        'domain "status-fr"\nmsgid "Resolved"\nmsgstr "Résolu"\n',
        "utf-8",
    )
    template.write_text('msgid "Resolved"\nmsgstr ""\n\nmsgid "Major outage"\nmsgstr ""\n', "utf-8")
    result = run(tmp_path, "catalog", "merge", str(definitions), str(template), "--multi-domain", "-o", "-")
    assert result.exit_code == 0, result.output
    merged = po.parse_bytes(result.stdout_bytes, "stdout")
    assert [(e.domain, e.msgid, e.msgstr) for e in merged] == [
        ("status-de", "Resolved", "Behoben"),
        ("status-de", "Major outage", ""),
        ("status-fr", "Resolved", "Résolu"),
        ("status-fr", "Major outage", ""),
    ]


def test_a_bad_translation_is_located_at_its_msgstr_line(root):
    # A translator's editor jumps to the line given: the msgstr, not the
    # msgid several lines above it (a long msgid spans many lines).
    path = root / PO_PATH
    catalog = po.read(path)
    entry = next(e for e in catalog if e.msgctxt == "body" and e.msgstr and not e.obsolete)
    entry.msgstr = "Use the console.\x1b[2J"
    path.write_bytes(po.to_bytes(catalog))
    lines = path.read_text("utf-8").splitlines()
    expected = next(number for number, line in enumerate(lines, 1) if line.startswith('msgstr "Use the console.'))
    result = run(root, "catalog", "check", "-l", "en")
    assert result.exit_code == 1
    assert f"{PO_PATH}:{expected}:1: msgstr: holds the control character U+001B (ESCAPE)" in result.stderr


def test_merge_and_update_pause_the_cycle_collector_and_give_it_back(root, monkeypatch):
    """The collector is off while catalogs merge (it would rescan every entry), on again after,
    and left off when the caller had turned it off."""
    import gc

    from kokuchi.catalog import merge as merging

    seen: list[bool] = []
    real = merging.merge

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(merging, "merge", watched)
    template, definitions = root / "locales" / "notices.pot", root / PO_PATH
    assert run(root, "catalog", "extract").exit_code == 0
    assert gc.isenabled()
    assert run(root, "catalog", "merge", str(definitions), str(template), "-o", str(root / "out.po")).exit_code == 0
    assert run(root, "catalog", "update").exit_code == 0
    assert seen and not any(seen) and gc.isenabled()
    gc.disable()
    try:
        assert run(root, "catalog", "update").exit_code == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_a_merge_made_joins_the_oldest_generation_and_frozen_objects_stay_frozen(root, monkeypatch):
    """After the paused collector, what the merge made is in the oldest generation (no young
    collection scans it first), nothing is left frozen, and what a program froze itself stays so."""
    import gc

    from kokuchi.catalog import merge as merging

    made: list[list] = []
    real = merging.merge

    def watched(*args, **kwargs):
        made.append([])  # an object the merge made, tracked by the collector
        return real(*args, **kwargs)

    monkeypatch.setattr(merging, "merge", watched)
    template, definitions = root / "locales" / "notices.pot", root / PO_PATH
    assert run(root, "catalog", "extract").exit_code == 0
    assert gc.get_freeze_count() == 0

    def merged() -> None:
        result = run(root, "catalog", "merge", str(definitions), str(template), "-o", str(root / "out.po"))
        assert result.exit_code == 0

    merged()
    assert gc.get_freeze_count() == 0
    assert any(thing is made[-1] for thing in gc.get_objects(generation=2))
    kept = [[] for _ in range(10)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        merged()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    del kept
