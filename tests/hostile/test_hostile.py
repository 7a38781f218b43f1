"""The hostile-input corpus (tests/hostile/): every case refused the way the
README promises: exit 1, one located line per problem, no traceback, no
control character on the terminal, nothing written inside or outside the root."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import all_cases, run_case, snapshot  # noqa: E402
from conftest import run  # noqa: E402

LOCATED = re.compile(r"[^:\n]+:\d+:\d+: [^\n]+: [^\n]+")
CASES = all_cases()
SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_input_is_refused(case, tmp_path):
    root = case.setup(tmp_path)
    before = snapshot(tmp_path)
    if case.tty:  # a real terminal needs a real process
        env = {**os.environ, "PYTHONPATH": str(SRC)}
        command = [sys.executable, "-m", "kokuchi", "--root", str(root), *case.command(root)]
        exit_code, stdout, stderr = run_case(case, root, command, env=env)
    else:
        result = run(root, *case.command(root))
        exit_code, stdout, stderr = result.exit_code, result.stdout, result.stderr
    output = stdout + stderr
    assert exit_code == case.exit, output
    assert "Traceback" not in output
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", output), output
    if case.forbid:
        assert not re.search(case.forbid, output, re.MULTILINE), output
    for expected in case.expect:
        assert expected in stderr
    if case.located:
        lines = [line for line in stderr.splitlines() if not re.fullmatch(r"\d+ problem\(s\).*", line)]
        assert lines and all(LOCATED.fullmatch(line) for line in lines), stderr
    assert snapshot(tmp_path) == before


def test_every_class_has_cases():
    classes = {case.klass for case in CASES}
    assert {
        "controls",
        "bidi",
        "single-line",
        "raw-html",
        "links",
        "revision-number",
        "years",
        "yaml-bounds",
        "special-files",
        "data-files",
        "released-record",
    } <= classes
