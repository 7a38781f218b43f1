"""The README's samples stay a working project: the first README command's checks pass on them.

Every other test runs on the fixture project in tests/data/project/, so an
editor may rewrite the samples; this test says whether they still hold.
"""

from __future__ import annotations

import shutil

from conftest import REPO, run


def test_the_samples_are_valid_and_their_catalog_in_step(tmp_path):
    shutil.copytree(REPO / "notices", tmp_path / "notices")
    shutil.copytree(REPO / "locales", tmp_path / "locales", ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(REPO / "kokuchi.yaml", tmp_path / "kokuchi.yaml")
    for args in (["check"], ["catalog", "update", "--check"], ["catalog", "check", "-l", "en"]):
        result = run(tmp_path, *args)
        assert result.exit_code == 0, (args, result.stdout, result.stderr)
