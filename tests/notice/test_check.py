"""`kokuchi check`: every rule of the format contract, every kind of bad input.

Each case writes real files, runs the real CLI and asserts the exact lines,
the exit status, the absence of a traceback, and that nothing was written.
"""

from __future__ import annotations

import pytest
from conftest import MINIMAL, run, snapshot, write

N = "test-notice"
F1 = f"notices/{N}/001.yaml"
F2 = f"notices/{N}/002.yaml"

VALID_FULL = """\
revision: 1
published: 2026-01-01T10:00:00+09:00
status: identified
title: テスト用の告知
products:
  - Example Product
periods:
  - scope: 東京リージョン
    start: 2026-01-01T09:00:00+09:00
    end: 2026-01-01T09:30:00+09:00
    approximate: true
sections:
  - id: impact
    kind: impact
    body: |
      事象が発生しています。

      - 項目1
      - 項目2
  - kind: workaround
    state: unnecessary
    body: 回避策は不要です。
updates:
  - at: 2026-01-01T10:00:00+09:00
    kind: identified
    body: 原因を特定しました。
"""


def check(root, *names):
    result = run(root, "check", *names)
    return result.exit_code, result.stderr.splitlines(), result.stdout


def test_samples_are_valid(root):
    code, errors, out = check(root)
    assert (code, errors) == (0, [])
    assert out == "ok: 6 notice(s) valid\n"


def test_full_example_is_valid(empty_root):
    write(empty_root, N, "001.yaml", VALID_FULL)
    assert check(empty_root)[0] == 0


BAD_FILES = {
    "empty file": (
        "",
        [f"{F1}:1:1: (document): the file is empty; a revision needs revision, published, status and title"],
    ),
    "binary junk": (
        b"revision: 1\n\xff\xfe\x00\x01junk",
        [f"{F1}:2:1: (file): not UTF-8 text (byte 0xff)"],
    ),
    "NUL character": (
        "revision: 1\ntitle: a\x00b\n",
        [f"{F1}:2:9: (file): not a text file (contains a NUL character)"],
    ),
    "YAML syntax error": (
        "revision: 1\ntitle: [unclosed\nstatus: resolved\n",
        [f"{F1}:3:7: (yaml): YAML syntax error: did not find expected ',' or ']'"],
    ),
    "a list instead of a mapping": (
        "- revision: 1\n",
        [f"{F1}:1:1: (document): expected a mapping of keys, got a list"],
    ),
    "a mapping where a list belongs": (
        MINIMAL.format(n=1) + "sections:\n  impact: 障害内容\n",
        [f"{F1}:5:1: sections: expected a list, got a mapping"],
    ),
    "state not in the list": (
        VALID_FULL.replace("state: unnecessary", "state: gone"),
        [f"{F1}:21:5: sections[1].state: 'gone' is not one of active, unnecessary, withdrawn, completed"],
    ),
    "unknown key": (
        MINIMAL.format(n=1) + "summary: 概要\n",
        [
            f"{F1}:5:1: summary: unknown key 'summary' (allowed: revision, published, type, status, title, products, periods, lead, sections, updates, closing, next-update, timezone, advisory, withdrawn)"
        ],
    ),
    "misspelt key": (
        MINIMAL.format(n=1) + "next-updat: 2026-01-02T10:00:00+09:00\n",
        [
            f"{F1}:5:1: next-updat: unknown key 'next-updat' (did you mean 'next-update'?) (allowed: revision, published, type, status, title, products, periods, lead, sections, updates, closing, next-update, timezone, advisory, withdrawn)"
        ],
    ),
    "missing required keys": (
        "revision: 1\npublished: 2026-01-01T10:00:00+09:00\n",
        [f"{F1}:1:1: status: missing required key", f"{F1}:1:1: title: missing required key"],
    ),
    "wrong type": (
        MINIMAL.format(n=1).replace("revision: 1", 'revision: "1"'),
        [f"{F1}:1:1: revision: expected a whole number, got text"],
    ),
    "date without offset": (
        MINIMAL.format(n=1).replace("2026-01-01T10:00:00+09:00", "2026-01-01T10:00:00"),
        [f"{F1}:2:1: published: '2026-01-01T10:00:00' needs a UTC offset (e.g. +09:00)"],
    ),
    "not a date": (
        MINIMAL.format(n=1).replace("2026-01-01T10:00:00+09:00", "2026年1月1日"),
        [f"{F1}:2:1: published: '2026年1月1日' is not an ISO 8601 date and time (e.g. 2023-07-18T12:15:00+09:00)"],
    ),
    "end before start": (
        VALID_FULL.replace("end: 2026-01-01T09:30:00+09:00", "end: 2026-01-01T08:30:00+09:00"),
        [f"{F1}:10:5: periods[0].end: 2026-01-01T08:30:00+09:00 is before the start 2026-01-01T09:00:00+09:00"],
    ),
    "duplicate section id": (
        VALID_FULL.replace("  - kind: workaround", "  - id: impact\n    kind: workaround"),
        [f"{F1}:20:5: sections[1].id: duplicate section id 'impact' (first used at line 13)"],
    ),
    "duplicate implicit section id": (
        MINIMAL.format(n=1) + "sections:\n  - kind: note\n    body: 一つ目\n  - kind: note\n    body: 二つ目\n",
        [
            f"{F1}:8:5: sections[1]: duplicate section id 'note' (first used at line 6) (an omitted id defaults to the kind; give each section an id)"
        ],
    ),
    "revision number differs from file name": (
        MINIMAL.format(n=2),
        [f"{F1}:1:1: revision: is 2 but the file is 001.yaml"],
    ),
    "duplicate YAML key": (
        MINIMAL.format(n=1) + "title: 二つ目\n",
        [f"{F1}:5:1: title: duplicate key (first given at line 4)"],
    ),
    "unsupported Markdown": (
        # Every problem of a body, each at its own line of the file (not only the first, not body-relative).
        MINIMAL.format(n=1) + "sections:\n  - kind: note\n    body: |\n      > 引用\n\n      段落\n\n      ---\n",
        [
            f"{F1}:8:1: sections[0].body: unsupported Markdown: a blockquote "
            "(use paragraphs, '-' lists, numbered items, ### sub-headings, **bold**, links)",
            f"{F1}:12:1: sections[0].body: unsupported Markdown: a horizontal rule "
            "(use paragraphs, '-' lists, numbered items, ### sub-headings, **bold**, links)",
        ],
    ),
    "bad section id": (
        MINIMAL.format(n=1) + "sections:\n  - id: Bad Id\n    kind: note\n    body: 本文\n",
        [f"{F1}:6:5: sections[0].id: 'Bad Id' must match ^[a-z0-9][a-z0-9_-]{{0,63}}$"],
    ),
    "empty title": (
        MINIMAL.format(n=1).replace("title: テスト用の告知", 'title: ""'),
        [f"{F1}:4:1: title: must not be empty"],
    ),
    "every problem is reported, not only the first": (
        "revision: 0\npublished: yesterday\nstatus: gone\ntitle: 件名\nextra: 1\n",
        [
            f"{F1}:1:1: revision: must be at least 1",
            f"{F1}:1:1: revision: is 0 but the file is 001.yaml",
            f"{F1}:2:1: published: 'yesterday' is not an ISO 8601 date and time (e.g. 2023-07-18T12:15:00+09:00)",
            f"{F1}:3:1: status: 'gone' is not one of investigating, identified, monitoring, resolved, scheduled, in-progress, completed, informational",
            f"{F1}:5:1: extra: unknown key 'extra' (allowed: revision, published, type, status, title, products, periods, lead, sections, updates, closing, next-update, timezone, advisory, withdrawn)",
        ],
    ),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_bad_revision_file(empty_root, case):
    content, expected = BAD_FILES[case]
    write(empty_root, N, "001.yaml", content)
    before = snapshot(empty_root)
    code, errors, _ = check(empty_root)
    assert code == 1
    assert errors[:-1] == expected
    assert errors[-1].startswith(f"{len(expected)} problem(s) in 1 file(s)")
    assert snapshot(empty_root) == before


def test_revision_gap(empty_root):
    write(empty_root, N, "001.yaml", MINIMAL.format(n=1))
    write(empty_root, N, "003.yaml", MINIMAL.format(n=3))
    code, errors, _ = check(empty_root)
    assert code == 1
    assert (
        errors[0]
        == f"notices/{N}/003.yaml:1:1: revision: revision 002.yaml is missing: numbers start at 1 and have no gaps"
    )


def test_first_revision_missing(empty_root):
    write(empty_root, N, "002.yaml", MINIMAL.format(n=2))
    code, errors, _ = check(empty_root)
    assert errors[0] == f"{F2}:1:1: revision: revision 001.yaml is missing: numbers start at 1 and have no gaps"


def test_published_must_increase(empty_root):
    write(empty_root, N, "001.yaml", MINIMAL.format(n=2).replace("revision: 2", "revision: 1"))
    write(empty_root, N, "002.yaml", MINIMAL.format(n=2))
    code, errors, _ = check(empty_root)
    assert code == 1
    assert errors[0] == (
        f"{F2}:2:1: published: 2026-01-02T10:00:00+09:00 is not later than revision 1's 2026-01-02T10:00:00+09:00"
    )


def test_unexpected_file_name(empty_root):
    write(empty_root, N, "001.yaml", MINIMAL.format(n=1))
    write(empty_root, N, "2.yaml", MINIMAL.format(n=2))
    code, errors, _ = check(empty_root)
    assert (
        errors[0]
        == f"notices/{N}/2.yaml:1:1: (file): unexpected file name: revision files are named 001.yaml, 002.yaml, …"
    )


def test_notice_without_revisions(empty_root):
    (empty_root / "notices" / N).mkdir()
    code, errors, _ = check(empty_root)
    assert errors[0] == f"{F1}:1:1: (file): the notice has no revisions"


@pytest.mark.parametrize("bad_id", ["../x", "Bad_ID", "ab", "a.b.c", "has space", "x" * 81])
def test_bad_notice_id_argument(root, bad_id):
    before = snapshot(root)
    result = run(root, "check", bad_id)
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"kokuchi: error: invalid notice id {bad_id!r}: use 3 to 80 lowercase ASCII letters, digits and '-'\n"
    )
    assert snapshot(root) == before


def test_bad_notice_folder(root):
    write(root, "Bad_ID", "001.yaml", MINIMAL.format(n=1))
    code, errors, _ = check(root)
    assert code == 1
    assert (
        errors[0]
        == "notices/Bad_ID:1:1: (notice id): invalid notice id 'Bad_ID': use 3 to 80 lowercase ASCII letters, digits and '-'"
    )


def test_unknown_notice(root):
    result = run(root, "check", "no-such-notice")
    assert result.exit_code == 1
    assert result.stderr == "kokuchi: error: no notice 'no-such-notice' in notices/\n"


def test_missing_notices_folder(tmp_path):
    result = run(tmp_path, "check")
    assert result.exit_code == 1
    assert result.stderr == f"kokuchi: error: no notices/ folder in {tmp_path} (set --root or KOKUCHI_ROOT)\n"


def test_root_from_environment(root, tmp_path_factory):
    from click.testing import CliRunner

    from kokuchi.cli import main

    result = CliRunner().invoke(main, ["check"], env={"KOKUCHI_ROOT": str(root)})
    assert result.exit_code == 0, result.output


def test_check_named_notice_only(root):
    write(root, "broken-one", "001.yaml", "")
    assert check(root, "aozora-sentinel-alerts")[0] == 0
    assert check(root)[0] == 1


def test_problems_in_several_files(root):
    write(root, "broken-one", "001.yaml", "")
    write(root, "broken-two", "001.yaml", "- 1\n")
    code, errors, _ = check(root)
    assert code == 1
    assert errors[-1] == "2 problem(s) in 2 file(s)"


UPDATES_V1 = (
    MINIMAL.format(n=1)
    + """updates:
  - at: 2026-01-01T10:00:00+09:00
    kind: investigating
    body: 調査を開始しました。
"""
)


def test_editing_a_published_update_needs_a_reason(empty_root):
    write(empty_root, N, "001.yaml", UPDATES_V1)
    edited = UPDATES_V1.replace("revision: 1", "revision: 2").replace(
        "2026-01-01T10:00:00+09:00\nstatus", "2026-01-02T10:00:00+09:00\nstatus"
    )
    write(empty_root, N, "002.yaml", edited.replace("調査を開始しました。", "原因の調査を開始しました。"))
    code, errors, _ = check(empty_root)
    assert code == 1
    assert errors[0] == (
        f"{F2}:6:5: updates[0]: edits the update at 2026-01-01T10:00:00+09:00 published in revision 1; "
        "say why with amended: <reason>"
    )
    write(
        empty_root,
        N,
        "002.yaml",
        edited.replace("調査を開始しました。", "原因の調査を開始しました。\n    amended: 表現を修正しました。"),
    )
    assert check(empty_root)[0] == 0


def test_removing_a_published_update_is_refused(empty_root):
    write(empty_root, N, "001.yaml", UPDATES_V1)
    write(empty_root, N, "002.yaml", MINIMAL.format(n=2) + "updates: []\n")
    code, errors, _ = check(empty_root)
    assert errors[0] == (
        f"{F2}:5:1: updates: the update at 2026-01-01T10:00:00+09:00 published in revision 1 was removed; "
        "updates are append-only (keep it and add amended: <reason> if it was wrong)"
    )
