"""The hostile-input corpus (tests/hostile/): every case refused the way the
README promises: exit 1, one located line per problem, no traceback, no
control character on the terminal, nothing written inside or outside the root."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import all_cases, snapshot  # noqa: E402
from conftest import run  # noqa: E402

LOCATED = re.compile(r"[^:\n]+:\d+:\d+: [^\n]+: [^\n]+")
CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_input_is_refused(case, tmp_path):
    root = case.setup(tmp_path)
    before = snapshot(tmp_path)
    result = run(root, *case.command(root))
    output = result.stdout + result.stderr
    assert result.exit_code == 1, output
    assert "Traceback" not in output
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", output), output
    for expected in case.expect:
        assert expected in result.stderr
    if case.located:
        lines = [line for line in result.stderr.splitlines() if not re.fullmatch(r"\d+ problem\(s\).*", line)]
        assert lines and all(LOCATED.fullmatch(line) for line in lines), result.stderr
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
