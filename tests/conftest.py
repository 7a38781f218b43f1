from __future__ import annotations

import os
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
# The fixture project the tests run on: a copy of the samples, so that editing the
# README's samples (notices/, locales/, kokuchi.yaml) breaks no test.
PROJECT = Path(__file__).resolve().parent / "data" / "project"
SAMPLES = PROJECT / "notices"

# The browser tests drive Debian's chromium (apt-get install chromium fonts-noto-cjk; .ci/run does).
CHROMIUM = "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists(),
    reason="needs Debian's chromium: apt-get install chromium fonts-noto-cjk (.ci/run does)",
)
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A project root in tmp_path holding a copy of the fixture project (tests/data/project)."""
    shutil.copytree(SAMPLES, tmp_path / "notices")
    shutil.copytree(PROJECT / "locales", tmp_path / "locales")
    shutil.copy(PROJECT / "kokuchi.yaml", tmp_path / "kokuchi.yaml")
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


# Folders whose tests carry a marker, so that `-m "not browser and not slow"` is the fast subset.
FOLDER_MARKERS = {"browser": "browser"}
# Modules whose tests take seconds each: property and stateful searches, kill -9
# harnesses, GNU gettext's own suite, every hostile case through the real CLI.
SLOW_MODULES = {
    "test_nothing_lost",
    "test_faults",
    "test_kill",
    "test_scoreboard",
    "test_merge_semantics",
    "test_po_fidelity",
    "test_hostile",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        folder = item.path.parent.name
        if folder in FOLDER_MARKERS:
            item.add_marker(FOLDER_MARKERS[folder])
        if item.path.stem in SLOW_MODULES:
            item.add_marker("slow")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true a skip is a failure: CI installs every tool the tests need, so a
    test that skips there says an install step is missing, and must not pass quietly."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") == "true" and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, where every test prerequisite is installed: {reason}"
