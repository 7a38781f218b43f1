"""`kokuchi new` and `kokuchi revise`: scaffolding and the next snapshot."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from conftest import run, snapshot

from kokuchi.commands import notices


def test_new_scaffolds_a_valid_commented_revision(empty_root):
    result = run(empty_root, "new", "my-incident")
    assert result.exit_code == 0, result.stderr
    path = empty_root / "notices" / "my-incident" / "001.yaml"
    assert result.stdout == f"created {path}\n"
    text = path.read_text("utf-8")
    assert text.startswith("# 新しい告知の第1報です。")
    assert "{published}" not in text
    assert run(empty_root, "check").exit_code == 0


def test_new_uses_the_given_time(empty_root):
    when = datetime(2026, 2, 3, 4, 5, 59, tzinfo=timezone.utc)
    path = notices.new(empty_root, "timed-notice", now=when)
    assert "published: 2026-02-03T04:05:00+00:00\n" in path.read_text("utf-8")


def test_new_refuses_an_existing_notice(root):
    before = snapshot(root)
    result = run(root, "new", "aozora-sentinel-alerts")
    assert result.exit_code == 1
    assert result.stderr == "kokuchi: error: notices/aozora-sentinel-alerts/ already exists and is not empty\n"
    assert snapshot(root) == before


def test_new_rejects_a_bad_id_before_touching_anything(empty_root):
    result = run(empty_root, "new", "../escape")
    assert result.exit_code == 1
    assert "invalid notice id '../escape'" in result.stderr
    assert snapshot(empty_root) == {}
    assert not (empty_root.parent / "escape").exists()


def test_revise_copies_the_latest_and_keeps_comments(root):
    notice = root / "notices" / "sakura-db-maintenance"
    latest = (notice / "004.yaml").read_text("utf-8")
    result = run(root, "revise", "sakura-db-maintenance", "--published", "2026-04-26T09:30:00+09:00")
    assert result.exit_code == 0, result.stderr
    new = (notice / "005.yaml").read_text("utf-8")
    expected = latest.replace("revision: 4", "revision: 5").replace(
        "published: 2026-04-25T04:50:00+09:00", "published: 2026-04-26T09:30:00+09:00"
    )
    assert new == expected
    assert new.startswith("# Sakura Managed DB")
    assert run(root, "check", "sakura-db-maintenance").exit_code == 0


def test_revise_defaults_to_now_in_the_notice_offset(root):
    path = notices.revise(root, "kumo-gateway-header-advisory")
    text = path.read_text("utf-8")
    published = next(line for line in text.splitlines() if line.startswith("published: "))
    moment = datetime.fromisoformat(published.removeprefix("published: "))
    assert moment.utcoffset().total_seconds() == 9 * 3600
    assert abs((datetime.now(timezone.utc) - moment).total_seconds()) < 120


def test_revise_refuses_a_time_not_after_the_latest(root):
    before = snapshot(root)
    result = run(root, "revise", "sakura-db-maintenance", "--published", "2026-04-25T04:50:00+09:00")
    assert result.exit_code == 1
    assert result.stderr == (
        "kokuchi: error: the new revision must be published after revision 4 "
        "(2026-04-25T04:50:00+09:00); pass --published\n"
    )
    assert snapshot(root) == before


def test_revise_refuses_a_bad_published_value(root):
    result = run(root, "revise", "sakura-db-maintenance", "--published", "tomorrow")
    assert result.exit_code == 1
    assert result.stderr.startswith("kokuchi: error: --published: 'tomorrow' is not an ISO 8601")


def test_revise_never_overwrites(root):
    notice = root / "notices" / "sakura-db-maintenance"
    (notice / "005.yaml").write_text("placeholder", "utf-8")
    # 005 exists but is invalid, so the notice does not load: nothing is written.
    result = run(root, "revise", "sakura-db-maintenance", "--published", "2026-05-01T00:00:00+09:00")
    assert result.exit_code == 1
    assert (notice / "005.yaml").read_text("utf-8") == "placeholder"
    assert not (notice / "006.yaml").exists()


def test_revise_refuses_an_invalid_notice(root):
    path = root / "notices" / "sakura-db-maintenance" / "004.yaml"
    path.write_text(path.read_text("utf-8").replace("status: completed", "status: done"), "utf-8")
    before = snapshot(root)
    result = run(root, "revise", "sakura-db-maintenance")
    assert result.exit_code == 1
    assert result.stderr.startswith("notices/sakura-db-maintenance/004.yaml:5:1: status: 'done' is not one of")
    assert snapshot(root) == before


def test_the_core_names_the_parameter_and_the_cli_its_option(root):
    from kokuchi import BadArgument
    from kokuchi.commands.notices import revise

    with pytest.raises(BadArgument) as caught:
        revise(root, "sakura-db-maintenance", published="tomorrow")
    assert caught.value.name == "published" and "--" not in str(caught.value)
    result = run(root, "revise", "sakura-db-maintenance", "--published", "2026-05-01T00:00:00")
    assert result.exit_code == 1
    assert result.stderr.startswith("kokuchi: error: --published: '2026-05-01T00:00:00' needs a UTC offset")
