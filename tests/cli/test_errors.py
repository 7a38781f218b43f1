"""Errors carry data a caller can branch on; the CLI words them (the core names no option or command)."""

from __future__ import annotations

import pytest
from conftest import run

from kokuchi.core.errors import ConcurrentChange, InvalidInput, KokuchiError, NotFound, ReleasedRevisionChanged
from kokuchi.project.layout import Store


def test_not_found_says_what_and_which_and_the_cli_adds_the_hint(root, tmp_path):
    with pytest.raises(NotFound) as caught:
        Store(root).notice_dir("no-such-notice")
    assert (caught.value.kind, caught.value.name) == ("notice", "no-such-notice")
    with pytest.raises(NotFound) as caught:
        Store(tmp_path / "empty").require_notices_dir()
    assert caught.value.kind == "notices folder" and "--root" not in str(caught.value)
    result = run(tmp_path / "empty", "check")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("(set --root or KOKUCHI_ROOT)")


def test_a_missing_catalog_is_not_found_and_the_cli_says_how_to_create_it(root):
    with pytest.raises(NotFound) as caught:
        Store(root).catalog_languages(["fr"])
    assert (caught.value.kind, caught.value.name) == ("catalog", "fr")
    assert "kokuchi catalog init" not in str(caught.value)
    result = run(root, "catalog", "status", "-l", "fr")
    assert result.exit_code == 1
    assert "create it with: kokuchi catalog init -l fr" in result.stderr


def test_a_missing_revision_is_not_found(root):
    from kokuchi.notice.load import load_notice

    notice = load_notice(Store(root), "hikari-storage-latency")
    with pytest.raises(NotFound) as caught:
        notice.revision(9)
    assert caught.value.kind == "revision"


def test_every_error_class_is_a_kokuchi_error_and_survives_a_worker_process():
    import pickle

    from kokuchi.core.errors import Problem, SettingsError

    problem = Problem("kokuchi.yaml", 1, 1, "site", "x")
    for error in (
        NotFound("notice", "x"),
        ConcurrentChange("notices/x/001.yaml"),
        ReleasedRevisionChanged([problem]),
        SettingsError([problem]),
    ):
        assert isinstance(error, KokuchiError)
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and str(back) == str(error)
    assert isinstance(SettingsError([problem]), InvalidInput)
