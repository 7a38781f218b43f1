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


def _below_commands() -> list[Path]:
    return [
        p for p in SRC.rglob("*.py") if not p.relative_to(SRC).as_posix().startswith(("cli/", "commands/", "__main__"))
    ]


@pytest.mark.parametrize("path", _below_commands(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_nothing_below_the_command_layer_imports_it(path):
    upward = {name for name in _kokuchi_imports(path) if name.startswith(("kokuchi.commands", "kokuchi.cli"))}
    assert upward == set()


@pytest.mark.parametrize("path", _modules("commands"), ids=lambda p: p.relative_to(SRC).as_posix())
def test_commands_neither_print_nor_parse_options(path):
    assert not {"click", "rich"} & _imports(path)
    assert "print(" not in path.read_text("utf-8")


@pytest.mark.parametrize("path", _modules("render"), ids=lambda p: p.relative_to(SRC).as_posix())
def test_renderers_import_no_label_text(path):
    assert {name for name in _kokuchi_imports(path) if name.startswith(("kokuchi.i18n", "kokuchi.dates"))} == set()


@pytest.mark.parametrize("path", _modules("render"), ids=lambda p: p.relative_to(SRC).as_posix())
def test_renderers_write_no_japanese_marks(path):
    source = path.read_text("utf-8")
    assert [mark for mark in "【】〔〕・■" if mark in source] == []


def test_only_the_cli_imports_click():
    users = {p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if "click" in _imports(p)}
    assert users and all(user.startswith("cli/") for user in users)


def test_model_uses_only_the_standard_library():
    allowed = set(sys.stdlib_module_names) | {"__future__"}
    assert _imports(SRC / "model.py") - allowed == set()


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
