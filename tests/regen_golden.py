"""Rewrite the golden files from the sample notices. Run on purpose, then review the diff:

python tests/regen_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))

from edit_cases import GOLDEN as EDITS_GOLDEN  # noqa: E402
from edit_cases import golden_text  # noqa: E402
from golden_cases import CASES, GOLDEN  # noqa: E402

from kokuchi.cli import main  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PROJECT = REPO / "tests" / "data" / "project"


def regenerate() -> None:
    for name, args in CASES:
        result = CliRunner().invoke(main, ["--root", str(PROJECT), *args], catch_exceptions=False)
        if result.exit_code != 0:
            raise SystemExit(f"{name}: exit {result.exit_code}: {result.stderr}")
        path = GOLDEN / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(result.stdout, encoding="utf-8")
        print(f"wrote {path.relative_to(REPO)}")
    EDITS_GOLDEN.write_text(golden_text(), encoding="utf-8")
    print(f"wrote {EDITS_GOLDEN.relative_to(REPO)}")


if __name__ == "__main__":
    regenerate()
