"""`kokuchi show` and `kokuchi list` behaviour beyond the golden files."""

from __future__ import annotations

import json

import pytest
from conftest import run, write

from kokuchi.project.files import atomic_write

# Plain fields may hold anything printable: they are text, escaped by every
# renderer. Raw HTML in bodies is refused when the notice is read
# (tests/hostile/test_hostile.py).
HOSTILE = """\
revision: 1
published: 2026-01-01T10:00:00+09:00
status: investigating
title: <script>alert(1)</script>タイトル
products:
  - <img src=x onerror=alert(2)>
sections:
  - id: note
    kind: note
    heading: 見出し<b>太字</b>
    body: |
      本文 3 < 5 と**強調**。
updates:
  - at: 2026-01-01T10:00:00+09:00
    kind: info
    body: 更新 a<b
"""


def test_html_escapes_every_piece_of_notice_text(empty_root):
    write(empty_root, "hostile-notice", "001.yaml", HOSTILE)
    result = run(empty_root, "show", "hostile-notice", "--format", "html")
    assert result.exit_code == 0, result.stderr
    html = result.stdout
    for raw in ("<script>", "<img", "<b>", "<iframe", 'href="javascript:'):
        assert raw not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;タイトル" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "<strong>強調</strong>" in html
    assert '<html lang="ja">' in html


def test_markdown_does_not_turn_plain_fields_into_markup(empty_root):
    write(empty_root, "hostile-notice", "001.yaml", HOSTILE)
    md = run(empty_root, "show", "hostile-notice", "--format", "md").stdout
    assert md.splitlines()[0] == "# 【調査中】\\<script\\>alert(1)\\</script\\>タイトル"


def test_json_is_the_validated_structure(root):
    data = json.loads(run(root, "show", "aozora-sentinel-alerts", "--rev", "2", "--format", "json").stdout)
    assert data["revision"] == 2
    assert data["periods"][1]["end"] == "2026-03-23T17:00:00+09:00"
    assert [s["state"] for s in data["sections"]][3:6] == ["unnecessary", "unnecessary", "withdrawn"]


def test_state_marks_and_status_label_in_text(root):
    out = run(root, "show", "aozora-sentinel-alerts").stdout
    assert out.splitlines()[0] == "【復旧済み】Aozora Cloud Sentinel 検知アラート通知の障害について"
    assert "■ 暫定対策(ワークアラウンド) 〔不要〕" in out
    assert "■ 無効化のご依頼 〔取り下げ〕" in out
    assert "2026年3月2日(月) 9:00頃 ～ 2026年3月20日(金) 19:00頃 (JST)" in out


def test_ongoing_period(root):
    out = run(root, "show", "aozora-sentinel-alerts", "--rev", "1").stdout
    assert "ap-2リージョン:2026年3月2日(月) 9:00頃 ～ 継続中 (JST)" in out


def test_text_has_no_colour_codes_when_piped(root):
    out = run(root, "show", "kumo-gateway-header-advisory").stdout
    assert "\x1b[" not in out
    assert all(line == line.rstrip() for line in out.splitlines())


@pytest.mark.parametrize("rev", ["9", "0"])
def test_unknown_revision(root, rev):
    result = run(root, "show", "kumo-gateway-header-advisory", "--rev", rev)
    assert result.exit_code in (1, 2)
    assert "Traceback" not in result.output


def test_unknown_revision_message(root):
    result = run(root, "show", "kumo-gateway-header-advisory", "--rev", "9")
    assert result.exit_code == 1
    assert result.stderr == "kokuchi: error: notice 'kumo-gateway-header-advisory' has no revision 9 (it has 1 to 3)\n"


def test_show_reports_an_invalid_notice(root):
    write(root, "aozora-sentinel-alerts", "004.yaml", "revision: 4\n")
    result = run(root, "show", "aozora-sentinel-alerts")
    assert result.exit_code == 1
    assert (
        result.stderr.splitlines()[0] == "notices/aozora-sentinel-alerts/004.yaml:1:1: published: missing required key"
    )


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "out" / "file.txt"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["file.txt"]


def test_exclusive_atomic_write_never_replaces(tmp_path):
    from kokuchi.core.errors import KokuchiError

    target = tmp_path / "file.txt"
    atomic_write(target, b"first", exclusive=True)
    with pytest.raises(KokuchiError):
        atomic_write(target, b"second", exclusive=True)
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["file.txt"]


JAPANESE_MARKS = "【】〔〕・■"


@pytest.mark.parametrize("command", ["show", "diff", "log"])
@pytest.mark.parametrize("fmt", ["text", "md"])
def test_english_output_carries_no_japanese_marks(root, command, fmt):
    for notice in sorted(p.name for p in (root / "notices").iterdir()):
        result = run(root, command, notice, "--lang", "en", "--format", fmt)
        assert result.exit_code == 0, result.stderr
        assert [mark for mark in JAPANESE_MARKS if mark in result.stdout] == [], f"{command} {notice}"
        japanese = run(root, command, notice, "--format", fmt).stdout
        assert any(mark in japanese for mark in JAPANESE_MARKS)  # the Japanese layout still has them
