"""Rendered output compared with reviewed golden files (see regen_golden.py)."""

from __future__ import annotations

import pytest
from conftest import run
from golden_cases import CASES, GOLDEN


@pytest.mark.parametrize("name,args", CASES, ids=[name for name, _ in CASES])
def test_golden(root, name, args):
    result = run(root, *args)
    assert result.exit_code == 0, result.stderr
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert result.stdout == expected, f"{name} differs; if intended, run python tests/regen_golden.py"
