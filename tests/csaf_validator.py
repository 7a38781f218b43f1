"""The CSAF reference validator (@secvisogram/csaf-validator-lib) from the tests.

tests/csaf_validate.mjs runs one of the library's presets on a batch of
documents in one node process: ``basic`` (the strict CSAF 2.0 schema and every
mandatory test, 6.1.x), ``extended`` (and the optional tests, 6.2.x, which warn)
or ``full`` (and the informative tests, 6.3.x, which inform; all but 6.3.8, the
spell check, which runs the hunspell program with a dictionary of the document's
language, and Debian has none for Japanese).
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


PRESETS = ("basic", "extended", "full")


def validate_presets(documents: list[dict], presets=PRESETS) -> dict[str, list[dict]]:
    """Per preset, one result per document: isValid, testsRun, failures [{test, errors}],
    warnings [{test, warnings}], infos [{test, infos}]. One node process for them all."""
    require_validator()
    result = subprocess.run(
        ["node", str(SCRIPT), *presets],
        input=json.dumps(documents),
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def validate(documents: list[dict], preset: str = "basic") -> list[dict]:
    """One result per document in *preset*."""
    return validate_presets(documents, (preset,))[preset]
