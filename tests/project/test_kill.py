"""The kill -9 harness: each writing command killed at moments spread over its
run, then checked (issue 20, "in CI").

After a kill, every file kokuchi owns in the project holds its old bytes or its
new ones (never a mix, never missing), and running the command again gives
exactly what a run that was never killed gives. The moments are fractions of
a clean run's duration, so that they fall early, midway and late on any
machine; nothing here asserts a duration.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

NOTICE = "aozora-sentinel-alerts"
SRC = Path(__file__).resolve().parents[2] / "src"
FRACTIONS = (0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1.5)
# What a killed run may leave that is no file of the project's: atomic_write's
# temporary files and the staging and retired folders of a folder switch (the
# next run recovers or removes those).
LEFTOVER = re.compile(r"\..+\.[0-9a-f]{12}\.tmp(\.old)?|\..+\.(new|old)\.[0-9a-f]{12}")


def _kokuchi(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "kokuchi", "--root", str(root), *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC)}


def _files(root: Path) -> dict[str, bytes]:
    """Every file of the project but leftovers (and whatever is inside a leftover folder)."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not LEFTOVER.fullmatch(d)]
        for name in filenames:
            if not LEFTOVER.fullmatch(name):
                path = Path(dirpath) / name
                found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def _stable(files: dict[str, bytes]) -> dict[str, bytes]:
    # The site's caches record file times, which differ between two projects.
    return {name: data for name, data in files.items() if ".kokuchi-" not in name}


def _prepare(kind: str, root: Path) -> list[str]:
    """Set the project up for *kind*; the command to kill."""
    run = lambda *args: subprocess.run(_kokuchi(root, *args), env=_env(), capture_output=True, check=True)  # noqa: E731
    if kind == "catalog-update":
        run("revise", NOTICE, "--published", "2026-03-28T10:00:00+09:00")
        path = root / "notices" / NOTICE / "004.yaml"
        path.write_text(path.read_text("utf-8").replace("title: ", "title: 【続報】", 1), "utf-8")
        return ["catalog", "update"]
    if kind == "release":
        return ["release", NOTICE]
    if kind == "revise":
        return ["revise", NOTICE, "--published", "2026-03-28T10:00:00+09:00"]
    if kind == "site":
        run("site")
        path = root / "notices" / NOTICE / "003.yaml"
        path.write_text(path.read_text("utf-8") + "# touched\n", "utf-8")
        (root / "notices" / "sakura-db-maintenance" / "001.yaml").write_text(
            (root / "notices" / "sakura-db-maintenance" / "001.yaml").read_text("utf-8") + "# touched\n", "utf-8"
        )
        return ["site"]
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["catalog-update", "release", "revise", "site"])
def test_a_command_killed_at_any_moment_leaves_every_file_old_or_new(kind, root, tmp_path_factory):
    command = _prepare(kind, root)
    before = _files(root)
    clean = tmp_path_factory.mktemp("clean") / "project"
    shutil.copytree(root, clean, symlinks=True)
    start = time.monotonic()
    subprocess.run(_kokuchi(clean, *command), env=_env(), capture_output=True, check=True)
    duration = time.monotonic() - start
    after = _files(clean)
    assert after != before
    for fraction in FRACTIONS:
        project = tmp_path_factory.mktemp("killed") / "project"
        shutil.copytree(root, project, symlinks=True)
        process = subprocess.Popen(
            _kokuchi(project, *command), env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            process.wait(timeout=duration * fraction)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
        now = _files(project)
        for name in sorted(set(before) | set(after) | set(now)):
            if ".kokuchi-" in name:
                continue  # caches: checked on read, rebuilt when they are not what kokuchi wrote
            assert now.get(name) in (before.get(name), after.get(name)), f"{kind} at {fraction}: {name}"
        # Killed before its work was done: the next run finishes it. (Killed
        # after, on its way out, a rerun of revise would rightly write one more.)
        if process.returncode != 0 and _stable(now) != _stable(after):
            again = subprocess.run(_kokuchi(project, *command), env=_env(), capture_output=True)
            assert again.returncode == 0, again.stderr.decode()
        assert _stable(_files(project)) == _stable(after), f"{kind} killed at {fraction}, then run again"
