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
