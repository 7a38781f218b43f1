"""The scoreboard in CI: every hostile case in a process of its own (a crash or
a hang of one case counts against it instead of ending the run), against this
checkout's source, and every one must hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_every_hostile_case_holds_on_the_scoreboard():
    result = subprocess.run(
        [sys.executable, str(HERE / "scoreboard.py"), "--src", str(HERE.parent.parent / "src"), "--timeout", "120"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    total = result.stdout.strip().splitlines()[-1].split()
    assert total[0] == "total" and total[1].split("/")[0] == total[1].split("/")[1], result.stdout
