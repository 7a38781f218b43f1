"""The CSAF reference validator (@secvisogram/csaf-validator-lib) from the tests.

tests/csaf_validate.mjs runs the strict CSAF 2.0 schema and every mandatory
test (6.1.x) on a batch of documents in one node process.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = Path(__file__).resolve().parent / "csaf_validate.mjs"
LIBRARY = REPO / "node_modules" / "@secvisogram" / "csaf-validator-lib"


def require_validator() -> None:
    if shutil.which("node") is None:
        pytest.skip("needs node to run the CSAF reference validator: apt-get install nodejs npm (.ci/run does)")
    if not (LIBRARY / "package.json").is_file():
        pytest.skip(
            "needs @secvisogram/csaf-validator-lib from npm: run `npm ci` at the repository root (.ci/run does)"
        )


def validate(documents: list[dict]) -> list[dict]:
    """One result per document: isValid, testsRun, failures [{test, errors}]."""
    require_validator()
    result = subprocess.run(
        ["node", str(SCRIPT)], input=json.dumps(documents), capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
