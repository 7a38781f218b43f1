"""Faults other than bad input: modes, locking, saves made meanwhile, killed
runs, the site's manifest and cache, and what reaches a terminal."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import polib
import pytest
from conftest import PROJECT, REPO, run, snapshot

from kokuchi.catalog.entries import read_catalog
from kokuchi.cli.output import terminal_safe
from kokuchi.core.errors import KokuchiError
from kokuchi.project import files as store_module
from kokuchi.project.files import (
    Fingerprint,
    atomic_write,
    make_temp_folder,
    project_lock,
    recover_folder,
    replace_folder,
)
from kokuchi.project.layout import Store

NOTICE = "aozora-sentinel-alerts"
SAMPLES = len([p for p in (PROJECT / "notices").iterdir() if p.is_dir()])
PO_PATH = Path("locales/en/LC_MESSAGES/notices.po")


@pytest.fixture
def umask():
    """Run with a given umask, restored afterwards."""
    previous = os.umask(0o022)
    os.umask(previous)

    def set_(mask: int) -> None:
        os.umask(mask)

    yield set_
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- modes: the umask decides, as for any other tool --------------------------


@pytest.mark.parametrize(
    "mask, file_mode, dir_mode", [(0o022, 0o644, 0o755), (0o027, 0o640, 0o750), (0o077, 0o600, 0o700)]
)
def test_release_and_site_honour_the_umask(root, umask, mask, file_mode, dir_mode):
    umask(mask)
    assert run(root, "release", NOTICE).exit_code == 0
    assert run(root, "site").exit_code == 0
    bundle = root / "dist" / NOTICE / "003"
    assert mode(bundle) == dir_mode
    assert {mode(p) for p in bundle.iterdir()} == {file_mode}
    assert mode(root / "notices" / NOTICE / "released.json") == file_mode
    assert mode(root / "site") == dir_mode and mode(root / "site" / NOTICE) == dir_mode
    assert {mode(p) for p in (root / "site").rglob("*") if p.is_file()} == {file_mode}


def test_catalog_and_revision_writes_honour_the_umask(root, umask):
    umask(0o022)
    assert run(root, "revise", NOTICE, "--published", "2026-03-28T10:00:00+09:00").exit_code == 0
    assert run(root, "catalog", "update").exit_code == 0
    assert run(root, "catalog", "compile").exit_code == 0
    for path in (
        root / "notices" / NOTICE / "004.yaml",
        root / PO_PATH,
        root / "locales" / "notices.pot",
        (root / PO_PATH).with_suffix(".mo"),
    ):
        assert mode(path) == 0o644, path


# -- the project lock ---------------------------------------------------------

HOLD = textwrap.dedent("""\
    import sys, time
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from kokuchi.project.files import project_lock
    with project_lock(Path(sys.argv[2])):
        print("held", flush=True)
        sys.stdin.readline()
""")


def test_a_writing_command_waits_for_the_lock_and_gives_up_cleanly(root, monkeypatch):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(REPO / "src"), str(root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "held\n"
        monkeypatch.setattr(store_module, "LOCK_WAIT", 0.2)
        before = snapshot(root)
        for args in (["release", NOTICE], ["site"], ["catalog", "update"], ["revise", NOTICE], ["catalog", "extract"]):
            result = run(root, *args)
            assert result.exit_code == 1
            assert (
                result.stderr
                == f"kokuchi: error: another kokuchi command is writing in {root}; try again when it has finished\n"
            )
        assert snapshot(root) == before
        assert run(root, "check").exit_code == 0  # reading needs no lock
    finally:
        holder.communicate("\n")
    assert run(root, "catalog", "update").exit_code == 0


def test_the_lock_is_reentrant_and_released_on_error(tmp_path):
    with project_lock(tmp_path):
        with project_lock(tmp_path):
            pass
    with pytest.raises(RuntimeError):
        with project_lock(tmp_path):
            raise RuntimeError
    with project_lock(tmp_path, wait=0):
        pass
    assert list(tmp_path.iterdir()) == []  # no lock file left in the project


RELEASE = textwrap.dedent("""\
    import sys
    sys.path.insert(0, sys.argv[1])
    from kokuchi.cli import main
    main(["--root", sys.argv[2], "release", "aozora-sentinel-alerts", "--rev", sys.argv[3]])
""")


def test_concurrent_releases_keep_every_record(root):
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", RELEASE, str(REPO / "src"), str(root), rev],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for rev in ("1", "2", "3")
    ]
    for process in runs:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    record = json.loads((root / "notices" / NOTICE / "released.json").read_text("utf-8"))
    assert list(record["revisions"]) == ["1", "2", "3"]


# -- compare before replace ---------------------------------------------------


def test_a_translators_save_during_update_is_never_overwritten(root, monkeypatch):
    assert run(root, "revise", NOTICE, "--published", "2026-03-28T10:00:00+09:00").exit_code == 0
    po = root / PO_PATH
    path = root / "notices" / NOTICE / "004.yaml"
    path.write_text(path.read_text("utf-8").replace("title: ", "title: 【続報】", 1), "utf-8")
    import kokuchi.catalog.merge as catalog_module

    merge = catalog_module.merge

    def merge_while_the_translator_saves(*args, **kwargs):
        result = merge(*args, **kwargs)
        catalog = polib.pofile(str(po), wrapwidth=0)
        next(e for e in catalog if e.msgctxt == "body" and e.msgstr).msgstr = "Saved by the translator meanwhile."
        catalog.save(str(po))
        return result

    monkeypatch.setattr(catalog_module, "merge", merge_while_the_translator_saves)
    saved_before = po.read_bytes()
    result = run(root, "catalog", "update")
    assert result.exit_code == 1
    assert "changed while kokuchi was working on it; nothing written: run the command again" in result.stderr
    assert po.read_bytes() != saved_before and b"Saved by the translator meanwhile." in po.read_bytes()
    monkeypatch.setattr(catalog_module, "merge", merge)
    assert run(root, "catalog", "update").exit_code == 0
    assert b"Saved by the translator meanwhile." in po.read_bytes()


def test_atomic_write_compares_before_it_replaces(tmp_path):
    path = tmp_path / "notices.po"
    path.write_bytes(b"one")
    with pytest.raises(KokuchiError, match="changed while kokuchi was working on it"):
        atomic_write(path, b"three", expected=Fingerprint.of(b"two"))
    assert path.read_bytes() == b"one" and [p.name for p in tmp_path.iterdir()] == ["notices.po"]
    atomic_write(path, b"three", expected=Fingerprint.of(b"one"))
    assert path.read_bytes() == b"three"
    with pytest.raises(KokuchiError):
        atomic_write(tmp_path / "new.po", b"x", expected=Fingerprint.of(b"something"))
    atomic_write(tmp_path / "new.po", b"x", expected=None)
    assert (tmp_path / "new.po").read_bytes() == b"x"


def test_atomic_write_compares_a_fingerprint_and_writes_blocks(tmp_path):
    # A large catalog is compared by its digest and written block by block.
    path = tmp_path / "notices.po"
    path.write_bytes(b"one")
    with pytest.raises(KokuchiError, match="changed while kokuchi was working on it"):
        atomic_write(path, [b"th", b"ree"], expected=Fingerprint.of(b"two"))
    assert path.read_bytes() == b"one"
    atomic_write(path, iter([b"th", b"ree"]), expected=Fingerprint.of(b"one"))
    assert path.read_bytes() == b"three"


def test_a_failure_while_the_blocks_are_made_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "notices.po"
    path.write_bytes(b"one")

    def blocks():
        yield b"half of a catalog"
        raise KokuchiError("notices.po: '\u2603' cannot be written in EUC-JP")

    with pytest.raises(KokuchiError, match="cannot be written"):
        atomic_write(path, blocks(), expected=Fingerprint.of(b"one"))
    assert path.read_bytes() == b"one" and [p.name for p in tmp_path.iterdir()] == ["notices.po"]


def test_a_revision_changed_during_release_is_not_recorded(root, monkeypatch):
    import kokuchi.commands.release as release

    bundle = release.bundle
    path = root / "notices" / NOTICE / "003.yaml"

    def bundle_while_the_editor_saves(*args, **kwargs):
        files = bundle(*args, **kwargs)
        path.write_text(path.read_text("utf-8") + "# edited meanwhile\n", "utf-8")
        return files

    monkeypatch.setattr(release, "bundle", bundle_while_the_editor_saves)
    result = run(root, "release", NOTICE)
    assert result.exit_code == 1
    assert "003.yaml changed while it was being released; nothing written" in result.stderr
    assert not (root / "dist").exists() and not (root / "notices" / NOTICE / "released.json").exists()


# -- killed runs --------------------------------------------------------------


def test_a_folder_switch_killed_between_its_renames_is_recovered(tmp_path):
    destination = tmp_path / "dist" / "n" / "001"
    replace_folder({"a.txt": b"old"}, destination)
    # Killed after the old folder was moved aside, before the new one came in:
    retired = destination.with_name(".001.old.0123456789ab")
    os.rename(destination, retired)
    staging = make_temp_folder(destination.parent, ".001.new.")
    (staging / "a.txt").write_bytes(b"half")
    recover_folder(destination)
    assert (destination / "a.txt").read_bytes() == b"old"
    assert [p.name for p in destination.parent.iterdir()] == ["001"]


def test_release_cleans_the_leftovers_of_a_killed_run(root):
    assert run(root, "release", NOTICE).exit_code == 0
    parent = root / "dist" / NOTICE
    os.rename(parent / "003", parent / ".003.old.0123456789ab")
    (parent / ".003.new.ba9876543210").mkdir()
    result = run(root, "release", NOTICE)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("unchanged ")
    assert [p.name for p in parent.iterdir()] == ["003"]


def test_site_cleans_the_leftovers_of_a_killed_run(root):
    assert run(root, "site").exit_code == 0
    before = snapshot(root / "site")
    # Killed while switching a notice's folder: the old one aside, the new one half built.
    os.rename(root / "site" / NOTICE, root / "site" / f".{NOTICE}.old.0123456789ab")
    (root / "site" / f".{NOTICE}.new.ba9876543210").mkdir()
    (root / "site" / f".{NOTICE}.new.ba9876543210" / "index.ja.html").write_text("half", "utf-8")
    result = run(root, "site")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"site: {SAMPLES} notice(s), 0 rebuilt, in {root / 'site'}\n")
    assert snapshot(root / "site") == before


# -- the site deletes only what it wrote --------------------------------------


def test_site_keeps_files_it_did_not_write_and_drops_pages_of_removed_notices(root):
    out = root / "site"
    assert run(root, "site").exit_code == 0
    (out / "CNAME").write_text("notices.example.jp\n", "utf-8")
    (out / NOTICE / "press-photo.txt").write_text("広報用\n", "utf-8")
    (out / "sakura-db-maintenance" / "note.txt").write_text("運用メモ\n", "utf-8")
    import shutil

    shutil.rmtree(root / "notices" / "sakura-db-maintenance")
    path = root / "notices" / NOTICE / "003.yaml"
    path.write_text(path.read_text("utf-8") + "# touched\n", "utf-8")
    result = run(root, "site")
    assert result.stdout.startswith(f"site: {SAMPLES - 1} notice(s), 1 rebuilt, in {out}\n")
    assert (out / "CNAME").read_text("utf-8") == "notices.example.jp\n"
    assert (out / NOTICE / "press-photo.txt").is_file()
    assert sorted(p.relative_to(out).as_posix() for p in (out / "sakura-db-maintenance").rglob("*")) == [
        "sakura-db-maintenance/note.txt"
    ]


@pytest.mark.parametrize(
    "planted",
    [
        {"notices": {"../../notices": {"digest": "x", "row": {"id": "../../notices"}, "files": []}}},
        {"notices": {"aozora-sentinel-alerts": {"digest": "x", "row": {"id": NOTICE}, "files": ["/etc/passwd"]}}},
        {
            "notices": {
                "aozora-sentinel-alerts": {
                    "digest": "x",
                    "row": {"id": NOTICE},
                    "files": [f"{NOTICE}/../../notices/{NOTICE}/001.yaml"],
                }
            }
        },
        {"notices": {"aozora-sentinel-alerts": {"digest": "x", "row": {"id": "other-notice"}, "files": []}}},
        {"notices": []},
        [],
        "not json",
    ],
)
def test_a_damaged_or_planted_site_cache_means_a_full_rebuild(root, planted):
    out = root / "site"
    assert run(root, "site").exit_code == 0
    cache = out / ".kokuchi-site.json"
    data = json.loads(cache.read_text("utf-8"))
    if isinstance(planted, dict):
        planted = {"environment": data["environment"], **planted}
    cache.write_text(planted if isinstance(planted, str) else json.dumps(planted), "utf-8")
    sources = snapshot(root / "notices")
    result = run(root, "site")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"site: {SAMPLES} notice(s), {SAMPLES} rebuilt, in {out}\n")
    assert snapshot(root / "notices") == sources
    assert json.loads(cache.read_text("utf-8"))["notices"].keys() == data["notices"].keys()


def test_a_bad_notice_leaves_the_site_as_it_was(root):
    assert run(root, "site").exit_code == 0
    site_before = snapshot(root / "site")
    path = root / "notices" / "sakura-db-maintenance" / "001.yaml"
    path.write_text(path.read_text("utf-8").replace("status: ", "status: x", 1), "utf-8")
    touched = root / "notices" / NOTICE / "003.yaml"
    touched.write_text(touched.read_text("utf-8") + "# touched\n", "utf-8")
    result = run(root, "site")
    assert result.exit_code == 1
    assert snapshot(root / "site") == site_before


# -- what reaches a terminal --------------------------------------------------


def test_terminal_output_keeps_colour_and_nothing_else():
    hostile = "title\x1b]52;c;ZXZpbA==\x07 \x1bc \x9b2J \u202eevil\n\tok"
    assert terminal_safe(hostile) == "title\\u001b]52;c;ZXZpbA==\\u0007 \\u001bc \\u009b2J \\u202eevil\n\tok"
    coloured = "\x1b[1;31mred\x1b[0m \x1b]8;;https://evil.example/\x1b\\"
    assert terminal_safe(coloured, colour=True) == "\x1b[1;31mred\x1b[0m \\u001b]8;;https://evil.example/\\u001b\\"


@pytest.mark.parametrize(
    "published, zone",
    [("1900-01-01T00:00:00+14:00", "Pacific/Pago_Pago"), ("2999-12-31T23:59:00-12:00", "Pacific/Kiritimati")],
)
def test_the_extreme_years_convert_to_any_zone(empty_root, published, zone):
    folder = empty_root / "notices" / "edge-of-time"
    folder.mkdir()
    (folder / "001.yaml").write_text(
        f"revision: 1\npublished: {published}\nstatus: informational\ntitle: 年の境界の確認\n", "utf-8"
    )
    result = run(empty_root, "show", "edge-of-time", "--tz", zone)
    assert result.exit_code == 0, result.stderr


def test_store_refuses_a_catalog_folder_that_links_out_of_the_project(root, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside")
    import shutil

    shutil.move(root / "locales" / "en", outside / "en")
    (root / "locales" / "en").symlink_to(outside / "en", target_is_directory=True)
    before = snapshot(outside)
    result = run(root, "catalog", "update")
    assert result.exit_code == 1
    assert (
        result.stderr
        == "locales/en:1:1: (folder): is a symbolic link; kokuchi does not follow links out of the project\n"
    )
    assert snapshot(outside) == before
    with pytest.raises(KokuchiError):
        read_catalog(Store(root), "en")


# -- the gate compares links as Markdown reads them ----------------------------


@pytest.mark.parametrize(
    "source, translation",
    [
        ("詳細は <https://status.example.jp/> をご覧ください。", "See the status page for details."),
        ("詳細は <https://status.example.jp/> をご覧ください。", "See <https://status.example.com/> for details."),
        (
            '詳細は[障害情報](https://status.example.jp/ "障害情報")をご覧ください。',
            'See [the status page](https://evil.example/ "status").',
        ),
        (
            "詳細は[障害情報][1]をご覧ください。\n\n[1]: https://status.example.jp/",
            "See [the status page](https://status.example.jp/incidents).",
        ),
    ],
)
def test_the_gate_finds_every_changed_link(source, translation):
    from kokuchi.catalog.checks import Glossary, check_unit

    assert "link" in [finding.check for finding in check_unit(source, translation, Glossary({}, ()))]


def test_the_gate_accepts_the_same_links_written_another_way():
    from kokuchi.catalog.checks import Glossary, check_unit

    source = '詳細は <https://status.example.jp/> と[FAQ](https://faq.example.jp/ "よくある質問")をご覧ください。'
    translation = "See the [FAQ](https://faq.example.jp/) and [the status page](https://status.example.jp/)."
    assert [f for f in check_unit(source, translation, Glossary({}, ())) if f.check == "link"] == []


def _save_inside_the_window(monkeypatch, po: Path, saved: bytes, *, exchange: bool = True) -> None:
    """The translator's editor saves (a new file renamed over the catalog, as
    editors do) right after kokuchi's last comparison and before its replace."""
    import kokuchi.project.files as files_module

    read_if_exists = files_module.read_if_exists
    pending = [True]

    def compare_then_the_translator_saves(path, *args, **kwargs):
        data = read_if_exists(path, *args, **kwargs)
        if pending and Path(path) == po:
            pending.clear()
            fresh = po.with_name("editor-save.tmp")
            fresh.write_bytes(saved)
            os.replace(fresh, po)
        return data

    monkeypatch.setattr(files_module, "read_if_exists", compare_then_the_translator_saves)
    if not exchange:
        monkeypatch.setattr(files_module, "_exchange", lambda tmp, path: False)


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "link-aside"])
def test_a_save_inside_the_replace_window_is_kept_as_a_conflict_file(root, monkeypatch, exchange):
    assert run(root, "revise", NOTICE, "--published", "2026-03-28T10:00:00+09:00").exit_code == 0
    path = root / "notices" / NOTICE / "004.yaml"
    path.write_text(path.read_text("utf-8").replace("title: ", "title: 【続報】", 1), "utf-8")
    po = root / PO_PATH
    saved = po.read_bytes().replace(b'msgstr ""', b'msgstr "Saved by the translator in the window."', 1)
    assert saved != po.read_bytes()
    _save_inside_the_window(monkeypatch, po, saved, exchange=exchange)
    result = run(root, "catalog", "update")
    assert result.exit_code == 1, result.output
    conflicts = sorted(po.parent.glob("notices.po.conflict-*"))
    assert len(conflicts) == 1 and conflicts[0].read_bytes() == saved  # the save, byte for byte
    assert f"the save is kept in {conflicts[0].name}" in result.stderr
    assert b"Saved by the translator in the window." not in po.read_bytes()  # kokuchi's merge is in place
    assert [p.name for p in po.parent.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_atomic_write_keeps_what_it_displaces_only_when_it_differs(tmp_path, monkeypatch):
    import kokuchi.project.files as files_module

    path = tmp_path / "notices.po"
    path.write_bytes(b"one")
    atomic_write(path, b"two", expected=Fingerprint.of(b"one"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notices.po"]
    monkeypatch.setattr(files_module, "read_if_exists", lambda *a, **k: b"two")  # the compare saw "two"...
    path.write_bytes(b"saved meanwhile")  # ...then a save
    with pytest.raises(KokuchiError, match="was saved while kokuchi was replacing it"):
        atomic_write(path, b"three", expected=Fingerprint.of(b"two"))
    assert path.read_bytes() == b"three"
    (kept,) = tmp_path.glob("notices.po.conflict-*")
    assert kept.read_bytes() == b"saved meanwhile"
