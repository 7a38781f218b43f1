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
HEAVY = ["babel", "ruamel", "jinja2", "rich", "markdown_it", "jsonschema", "diff_match_patch", "regex", "polib", "rapidfuzz"]

# Each third-party library is imported by exactly one module (babel: catalogs and dates).
OWNERS = {
    "click": {"cli.py"},
    "rich": {"render/text.py"},
    "ruamel": {"yamlio.py"},
    "jsonschema": {"load.py"},
    "jinja2": {"render/html.py"},
    "markupsafe": {"render/html.py"},
    "markdown_it": {"markup.py"},
    "regex": {"scripts.py"},
    "diff_match_patch": {"textdiff.py"},
    "babel": {"po.py", "dates.py"},
}


SOURCE_ENV = {**os.environ, "PYTHONPATH": str(SRC.parent)}


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=SOURCE_ENV).stdout
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


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_each_library_has_one_home(library):
    users = {p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if library in _imports(p)}
    assert users == OWNERS[library]


def test_model_uses_only_the_standard_library():
    allowed = set(sys.stdlib_module_names) | {"__future__"}
    assert _imports(SRC / "model.py") - allowed == set()
