from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kokuchi.cli import main

REPO = Path(__file__).resolve().parent.parent

# Tests that run GNU gettext on what kokuchi writes (msgfmt -c, msgmerge) need
# it installed: `apt-get install gettext` (.ci/run does).
needs_gettext = pytest.mark.skipif(
    shutil.which("msgfmt") is None or shutil.which("msgmerge") is None,
    reason="needs GNU gettext's msgfmt and msgmerge (apt-get install gettext; .ci/run installs it)",
)
SAMPLES = REPO / "notices"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A project root in tmp_path holding a copy of the sample notices, catalogs and settings."""
    shutil.copytree(SAMPLES, tmp_path / "notices")
    if (REPO / "locales").is_dir():
        shutil.copytree(REPO / "locales", tmp_path / "locales")
    shutil.copy(REPO / "kokuchi.yaml", tmp_path / "kokuchi.yaml")
    return tmp_path


@pytest.fixture
def empty_root(tmp_path: Path) -> Path:
    (tmp_path / "notices").mkdir()
    return tmp_path


def run(root: Path, *args: str, env: dict | None = None):
    """Run the real CLI in-process; stdout and stderr are kept apart."""
    runner = CliRunner()
    return runner.invoke(main, ["--root", str(root), *args], env=env, catch_exceptions=False)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under *folder* with its bytes, to prove nothing was written."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


MINIMAL = """\
revision: {n}
published: 2026-01-0{n}T10:00:00+09:00
status: investigating
title: テスト用の告知
"""


def write(root: Path, notice: str, name: str, text: str | bytes) -> Path:
    path = root / "notices" / notice / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path
