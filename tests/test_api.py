"""The Python API: kokuchi.__all__ is what docs/api.md documents, and the page's examples run."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kokuchi

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "docs" / "api.md"


def test_all_and_the_api_page_name_the_same_things():
    table = PAGE.read_text("utf-8").split("## The names", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `(\w+)` \|", table, re.M)
    assert sorted(documented) == sorted(kokuchi.__all__)
    assert len(documented) == len(set(documented))


def test_every_name_loads_and_import_kokuchi_loads_nothing_else():
    for name in kokuchi.__all__:
        assert getattr(kokuchi, name) is not None
    code = "import sys, kokuchi; print(sorted(m for m in sys.modules if m.startswith('kokuchi')))"
    env = {"PYTHONPATH": str(REPO / "src")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.strip() == "['kokuchi']"
    with pytest.raises(AttributeError):
        kokuchi.no_such_name  # noqa: B018


def test_the_package_is_typed():
    assert (REPO / "src" / "kokuchi" / "py.typed").is_file()


def test_the_examples_of_the_api_page_run(tmp_path, monkeypatch):
    shutil.copytree(REPO / "tests" / "data" / "project", tmp_path / "project")
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"```python\n(.*?)```", PAGE.read_text("utf-8"), re.S)
    assert len(blocks) >= 4
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, str(PAGE), "exec"), namespace)
    assert (tmp_path / "out" / "index.html").is_file()
    assert (tmp_path / "dist" / "hoshi-directory-saml-advisory").is_dir()


def _catalogs(tmp_path: Path) -> tuple[kokuchi.POFile, kokuchi.POFile]:
    """A template and a Japanese catalog: one message kept, one edited (a number), one the template dropped."""
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    (tmp_path / "new.pot").write_text(
        header + 'msgid "メンテナンスを実施します。"\nmsgstr ""\n\nmsgid "午後5時に再開します。"\nmsgstr ""\n', "utf-8"
    )
    (tmp_path / "old.po").write_text(
        header + 'msgid "メンテナンスを実施します。"\nmsgstr "Maintenance is under way."\n\n'
        'msgid "午後7時に再開します。"\nmsgstr "Service resumes at 7 PM."\n\n'
        'msgid "ご不便をおかけします。"\nmsgstr "We apologize for the inconvenience."\n',
        "utf-8",
    )
    return kokuchi.read_po(tmp_path / "new.pot"), kokuchi.read_po(tmp_path / "old.po")


def test_merge_takes_msgmerges_options_as_one_merge_options(tmp_path):
    template, catalog = _catalogs(tmp_path)
    merged, stats = kokuchi.merge(template, catalog)  # the defaults: the guards, obsolete kept
    assert (stats.kept, stats.auto, stats.obsolete) == (1, 1, 2)  # the edited message's origin stays too
    assert [e.msgstr for e in merged if not e.obsolete] == ["Maintenance is under way.", "Service resumes at 5 PM."]
    options = kokuchi.MergeOptions(fuzzy=False, prune_obsolete=True, sort="output")
    exact, stats = kokuchi.merge(template, catalog, None, options)
    assert (stats.kept, stats.new, stats.pruned, stats.obsolete) == (1, 1, 2, 0)
    assert [entry.msgid for entry in exact] == sorted(entry.msgid for entry in template)
    assert [e.msgstr for e in exact] == ["Maintenance is under way.", ""]  # メ sorts before 午


def test_the_command_line_builds_the_same_merge_options(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kokuchi.catalog import merge as merging
    from kokuchi.cli import main

    _catalogs(tmp_path)
    seen = []
    real = merging.merge

    def recording(template, catalog, pairs, options=None, **kwargs):
        seen.append(options)
        return real(template, catalog, pairs, options, **kwargs)

    monkeypatch.setattr(merging, "merge", recording)
    arguments = ["catalog", "merge", "old.po", "new.pot", "-o", "-", "-s", "-N", "--no-location", "--similarity", "70"]
    result = CliRunner().invoke(
        main,
        [
            "--root",
            str(tmp_path),
            *arguments[:2],
            *(str(tmp_path / a) if a.endswith((".po", ".pot")) else a for a in arguments[2:]),
        ],
    )
    assert result.exit_code == 0, result.output
    assert seen == [kokuchi.MergeOptions(similarity=70, sort="output", fuzzy=False, locations="never")]


def test_merge_options_refuse_what_msgmerge_does_not_mean():
    with pytest.raises(ValueError, match="sort"):
        kokuchi.MergeOptions(sort="size")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="similarity"):
        kokuchi.MergeOptions(similarity=150)


def test_the_catalog_commands_load_neither_numpy_nor_the_analyzers():
    """numpy and the Japanese analyzers load when a merge needs a large index or a guard, not with the commands."""
    code = (
        "import sys, kokuchi.cli.catalog, kokuchi.commands.catalog, kokuchi.catalog.merge, kokuchi.catalog.matcher; "
        "print(sorted(m for m in ('numpy', 'fugashi', 'ruamel.yaml', 'markdown_it', 'kokuchi.catalog.suggest', "
        "'kokuchi.notice.load', 'kokuchi.diff.textdiff') if m in sys.modules))"
    )
    env = {"PYTHONPATH": str(REPO / "src")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.strip() == "[]"


def test_a_small_catalogs_merge_loads_no_numpy(tmp_path):
    """A merge with edited messages in a catalog of up to matcher.SMALL messages searches without numpy."""
    _catalogs(tmp_path)
    code = (
        "import sys; from kokuchi.cli import main\n"
        f"try: main(['catalog', 'merge', {str(tmp_path / 'old.po')!r}, {str(tmp_path / 'new.pot')!r}, '-o', '-'])\n"
        "except SystemExit: pass\n"
        "print('numpy' in sys.modules, 'kokuchi.catalog.matcher' in sys.modules, file=sys.stderr)"
    )
    env = {"PYTHONPATH": str(REPO / "src")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert "Service resumes at" in done.stdout or "kokuchi-flip" in done.stdout or "fuzzy" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "False True"
