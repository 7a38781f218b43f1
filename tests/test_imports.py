"""Layering and start-up: what importing a module pulls in."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "kokuchi"
HEAVY = [
    "babel",
    "ruamel",
    "jinja2",
    "rich",
    "markdown_it",
    "jsonschema",
    "jsonschema_rs",
    "diff_match_patch",
    "regex",
    "polib",
    "rapidfuzz",
    "numpy",
    "fugashi",
    "unidic_lite",
    "budoux",
    "cvss",
]

SOURCE_ENV = {**os.environ, "PYTHONPATH": str(SRC.parent)}


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=SOURCE_ENV
    ).stdout
    return {name.split(".")[0] for name in json.loads(out)}


def test_cli_import_loads_no_heavy_library():
    loaded = _loaded_after("import kokuchi.cli")
    assert "click" in loaded
    assert sorted(loaded & set(HEAVY)) == []


def test_help_runs_without_heavy_libraries():
    code = (
        "import sys, json\n"
        "from kokuchi.cli import main\n"
        "try:\n    main(['--help'], prog_name='kokuchi')\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=SOURCE_ENV)
    loaded = {name.split(".")[0] for name in json.loads(result.stderr)}
    assert "Usage: kokuchi" in result.stdout
    assert sorted(loaded & set(HEAVY)) == []


def test_help_loads_no_kokuchi_module_but_the_command_line():
    """``kokuchi --help`` needs the lazy group only: not the output helpers, the error classes or the
    model (the error boundary and the options load when a command runs)."""
    code = (
        "import sys, json\n"
        "from kokuchi.cli import main\n"
        "try:\n    main(['--help'], prog_name='kokuchi')\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=SOURCE_ENV)
    loaded = json.loads(result.stderr)
    assert [name for name in loaded if name.startswith("kokuchi")] == ["kokuchi", "kokuchi.cli"]
    assert "dataclasses" not in loaded


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _kokuchi_imports(path: Path) -> set[str]:
    """The kokuchi modules *path* imports, as dotted names (``kokuchi.views``)."""
    package = ["kokuchi", *path.relative_to(SRC).parent.parts]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            names.add(".".join(base + ([node.module] if node.module else [])))
            names.update(".".join(base + [alias.name]) for alias in node.names if not node.module)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kokuchi"):
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names if alias.name.startswith("kokuchi"))
    return names


def _modules(folder: str) -> list[Path]:
    return sorted((SRC / folder).rglob("*.py"))


# The packages from the bottom up: a package imports only itself and the packages
# below it (and ``kokuchi`` itself, for ``__version__``). docs/architecture.md
# draws the same order; test_docs checks that it names every package.
LAYERS = ["core", "project", "language", "notice", "diff", "catalog", "views", "render", "publish", "commands", "cli"]
ALLOWED = {package: {"kokuchi", *LAYERS[: index + 1]} for index, package in enumerate(LAYERS)}


def _package_of(name: str) -> str:
    """``kokuchi.catalog.po`` -> ``catalog``; ``kokuchi`` -> ``kokuchi``."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and (SRC / parts[1]).is_dir() else "kokuchi"


def _in_packages() -> list[Path]:
    return [p for p in sorted(SRC.rglob("*.py")) if len(p.relative_to(SRC).parts) > 1]


def test_every_module_lives_in_a_package_of_the_matrix():
    flat = sorted(p.name for p in SRC.glob("*.py"))
    assert flat == ["__init__.py", "__main__.py"]
    packages = sorted(p.name for p in SRC.iterdir() if (p / "__init__.py").is_file())
    assert packages == sorted(LAYERS)


@pytest.mark.parametrize("path", _in_packages(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_imports_point_down_the_package_matrix(path):
    package = path.relative_to(SRC).parts[0]
    imported = {_package_of(name) for name in _kokuchi_imports(path)}
    assert imported - ALLOWED[package] == set(), f"{package} may import only {sorted(ALLOWED[package])}"


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: p.relative_to(SRC).as_posix())
def test_no_module_imports_another_modules_private_names(path):
    private = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kokuchi"):
            private.update(a.name for a in node.names if a.name.startswith("_") and not a.name.endswith("__"))
    assert private == set()


def test_no_module_name_serves_two_packages():
    """One name, one thing: a module name repeats only across cli/ and commands/,
    the click side and the function side of the same command group."""
    seen: dict[str, list[str]] = {}
    for path in SRC.rglob("*.py"):
        if path.name != "__init__.py":
            seen.setdefault(path.stem, []).append(path.parent.name)
    twice = {name: sorted(where) for name, where in seen.items() if len(where) > 1}
    assert {name for name, where in twice.items() if where != ["cli", "commands"]} == set()


@pytest.mark.parametrize("path", _modules("commands"), ids=lambda p: p.relative_to(SRC).as_posix())
def test_commands_neither_print_nor_parse_options(path):
    assert not {"click", "rich"} & _imports(path)
    assert "print(" not in path.read_text("utf-8")


@pytest.mark.parametrize("path", _modules("render"), ids=lambda p: p.relative_to(SRC).as_posix())
def test_renderers_import_no_label_text(path):
    assert {
        name
        for name in _kokuchi_imports(path)
        if name.startswith(("kokuchi.language.labels", "kokuchi.language.dates"))
    } == set()


@pytest.mark.parametrize("path", _modules("render"), ids=lambda p: p.relative_to(SRC).as_posix())
def test_renderers_write_no_japanese_marks(path):
    source = path.read_text("utf-8")
    assert [mark for mark in "【】〔〕・■" if mark in source] == []


def test_only_the_cli_imports_click():
    users = {p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if "click" in _imports(p)}
    assert users and all(user.startswith("cli/") for user in users)


def test_the_core_uses_only_the_standard_library():
    allowed = set(sys.stdlib_module_names) | {"__future__", "kokuchi"}
    for path in _modules("core"):
        assert _imports(path) - allowed == set(), path.name


def _loaded_by_command(*args: str) -> set[str]:
    code = (
        "import sys, json\n"
        "from kokuchi.cli import main\n"
        f"try:\n    main({list(args)!r}, prog_name='kokuchi')\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=SOURCE_ENV, cwd=SRC.parent.parent
    )
    return {name.split(".")[0] for name in json.loads(result.stderr.strip().splitlines()[-1])}


@pytest.mark.parametrize(
    "args,unused",
    [
        (["check"], {"diff_match_patch", "rapidfuzz", "jinja2", "rich", "polib", "babel"}),
        (["show", "aozora-sentinel-alerts", "--lang", "en"], {"rapidfuzz", "jinja2", "diff_match_patch", "numpy"}),
        (["diff", "aozora-sentinel-alerts"], {"rapidfuzz", "jinja2"}),
    ],
    ids=["check", "show-en", "diff"],
)
def test_commands_load_only_what_they_use(args, unused):
    assert _loaded_by_command(*args) & unused == set()


def _merged(root: Path, old: str, translation: str, new: str) -> tuple[str, list[str]]:
    """What a ``catalog merge`` in *root* prints, and the modules it loads, of a catalog whose one message *old*
    (translated *translation*) was edited into *new*."""
    header = 'msgid ""\nmsgstr ""\n\n'
    (root / "old.po").write_text(header + f'msgid "{old}"\nmsgstr "{translation}"\n', "utf-8")
    (root / "new.pot").write_text(header + f'msgid "{new}"\nmsgstr ""\n', "utf-8")
    code = (
        "import sys, json\n"
        "from kokuchi.cli import main\n"
        "try:\n    main(['catalog', 'merge', 'old.po', 'new.pot', '-o', 'out.po'], prog_name='kokuchi')\n"
        "except SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=SOURCE_ENV, cwd=root
    )
    return result.stdout, json.loads(result.stderr.strip().splitlines()[-1])


def _modules_after_merge(root: Path) -> list[str]:
    """The modules a ``catalog merge`` in *root* loads, of a catalog whose one message was edited."""
    printed, loaded = _merged(
        root, "本日は窓口での手続きが必要です。", "It is needed today.", "本日は窓口での手続きが不要です。"
    )
    assert "1 meaning flips" in printed, printed  # the guards ran: the edit was weighed
    return loaded


def test_a_merge_of_an_edit_kept_loads_no_english_morphology_nor_the_dictionaries(tmp_path):
    """An edit whose meaning is kept goes through every check of the guard; the heavy English inflection tables
    (lemminflect), JMdict and the holiday calendars load only for the few edits that need them."""
    _, loaded = _merged(
        tmp_path,
        "詳しくは窓口までお問い合わせください。",
        "You can ask at the counter.",
        "詳しくは窓口までお問合せください。",
    )
    assert "You can ask at the counter." in (tmp_path / "out.po").read_text("utf-8")  # the edit was weighed, kept
    assert {name.split(".")[0] for name in loaded} & {"lemminflect", "jamdict", "holidays"} == set()


def test_a_merge_reads_kokuchis_own_lists_without_a_yaml_parser(tmp_path):
    """kokuchi's meaning flips and same-meaning lists are JSON: a merge in a project without its own
    locales/meaning-flips.yaml loads no YAML parser, no schema validator and not the notice model."""
    loaded = _modules_after_merge(tmp_path)
    assert [name for name in loaded if name.split(".")[0] in ("ruamel", "jsonschema_rs")] == []
    assert "kokuchi.project.yamlio" not in loaded
    assert "kokuchi.project.schemas" not in loaded
    assert "kokuchi.core.model" not in loaded


def test_a_merge_fingerprints_the_catalog_without_openssl(tmp_path):
    """The catalog's fingerprint (compared before it is replaced) is a BLAKE2b digest: hashlib, which
    loads OpenSSL for its other algorithms, is not imported."""
    (tmp_path / "out.po").write_text('msgid ""\nmsgstr ""\n', "utf-8")  # replaced: fingerprinted first
    loaded = _modules_after_merge(tmp_path)
    assert "_blake2" in loaded
    assert "hashlib" not in loaded and "_hashlib" not in loaded


def test_a_merge_reads_the_projects_own_meaning_flips_as_yaml(tmp_path):
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / "meaning-flips.yaml").write_text("antonyms:\n  - [晴れ, 雨]\n", "utf-8")
    loaded = _modules_after_merge(tmp_path)
    assert "ruamel.yaml" in loaded
    assert "kokuchi.project.yamlio" in loaded
    assert "kokuchi.project.schemas" in loaded


def test_the_program_freezes_what_it_holds_when_its_command_is_done():
    """`kokuchi` (cli.run) leaves nothing for the collection at exit to scan; cli.main freezes nothing."""
    code = (
        "import gc, sys\n"
        "from kokuchi.cli import main, run\n"
        "sys.argv = ['kokuchi', '--help']\n"
        "try:\n"
        "    main(prog_name='kokuchi')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(gc.get_freeze_count(), file=sys.stderr)\n"
        "try:\n"
        "    run()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(gc.get_freeze_count(), gc.get_count()[0] < 50, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=SOURCE_ENV)
    before, after = result.stderr.split("\n")[:2]
    assert before == "0"
    frozen, young = after.split()
    assert int(frozen) > 1000 and young == "True"


def test_reading_english_values_loads_no_babel():
    """Every English text the auto-update reads compiles the value patterns, day periods included ("at 3 in the
    afternoon"): CLDR's names are written out (english._DAY_PERIOD_PHRASES), so reading loads no Babel locale
    data (a sixth of a small merge's work); Babel is asked only where a day period is said (its CLDR rule) or
    a value written anew."""
    code = (
        "import sys\n"
        "from kokuchi.language.english import read\n"
        "found = read('Tours start at 3:00 p.m. on July 18, 2026, and cost JPY 1,500.')\n"
        "assert found, found\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'babel'))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=SOURCE_ENV)
    assert result.stdout.strip() == "[]", result.stdout
