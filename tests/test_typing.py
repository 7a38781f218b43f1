"""src/ type-checks clean with mypy (the configuration is pyproject.toml's [tool.mypy])."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_mypy_finds_no_error_in_src(tmp_path):
    pytest.importorskip("mypy", reason="mypy is in the [test] extra")
    command = [sys.executable, "-m", "mypy", "src", "--cache-dir", str(tmp_path / "mypy")]
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
