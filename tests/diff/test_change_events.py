"""Events that say what changed: a window extended or shortened, an actual end, notation-only edits,
an added section's text, each update's body in the log."""

from __future__ import annotations

import json

from conftest import run, write

BANK = """\
revision: {n}
published: 2026-04-{day}T{at}:00+09:00
status: {status}
title: インターネットバンキング システムメンテナンスのお知らせ
periods:
  - scope: 全サービス
    start: 2026-04-19T09:00:00+09:00
    end: 2026-04-19T{end}:00+09:00
sections:
  - id: impact
    kind: impact
    body: |
      メンテナンス中は、インターネットバンキングおよびモバイルアプリをご利用いただけません。{extra}
"""


def bank(root, n, *, status="scheduled", end="12:00", day="10", at="17:00", extra=""):
    write(
        root, "bank-maintenance", f"00{n}.yaml", BANK.format(n=n, status=status, end=end, day=day, at=at, extra=extra)
    )


def summaries(root, *args):
    result = run(root, "diff", "bank-maintenance", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [event["summary"] for event in json.loads(result.stdout)["events"]]


def test_a_later_end_is_an_extension_with_both_times(empty_root):
    bank(empty_root, 1)
    bank(empty_root, 2, end="15:00", day="19", at="11:30", status="in-progress")
    assert summaries(empty_root)[-1] == "終了予定を延長(全サービス): 2026年4月19日(日) 12:00 → 15:00 (JST)"
    assert summaries(empty_root, "--lang", "en")[-1] == (
        "Maintenance extended (全サービス): April 19, 2026, 12:00 PM → 3:00 PM JST"
    )
    event = json.loads(run(empty_root, "diff", "bank-maintenance", "--format", "json").stdout)["events"][-1]
    assert event["type"] == "period-changed" and event["direction"] == "later"


def test_an_earlier_end_is_a_shortening(empty_root):
    bank(empty_root, 1)
    bank(empty_root, 2, end="11:00", day="11")
    assert summaries(empty_root) == ["終了予定を短縮(全サービス): 2026年4月19日(日) 12:00 → 11:00 (JST)"]


def test_an_actual_end_is_told_from_the_planned_one(empty_root):
    bank(empty_root, 1, status="in-progress", day="19", at="09:00")
    bank(empty_root, 2, status="completed", end="10:40", day="19", at="10:50")
    assert summaries(empty_root)[-1] == "終了(全サービス): 2026年4月19日(日) 10:40 (JST)(予定: 12:00 (JST))"


def test_a_rescheduled_window_is_not_an_extension(root):
    result = run(root, "diff", "sakura-db-maintenance", "1", "2", "--format", "json")
    events = json.loads(result.stdout)["events"]
    moved = [event for event in events if event["type"] == "period-changed"]
    assert [event.get("direction") for event in moved] == [None, None]
    assert (
        moved[0]["summary"]
        == "開始日時を変更(東京リージョン): 2026年4月18日(土) 1:00 (JST) → 2026年4月25日(土) 2:00 (JST)"
    )


def test_a_width_or_spacing_edit_is_a_notation_change_without_a_diff(empty_root):
    bank(empty_root, 1, extra="詳細は　ＦＡＱ をご覧ください。")
    bank(empty_root, 2, extra="詳細は FAQ をご覧ください。", day="11")
    result = run(empty_root, "diff", "bank-maintenance")
    assert "影響内容: 表記を修正" in result.stdout
    assert "[-" not in result.stdout and "■ 本文の変更" not in result.stdout
    asked = run(empty_root, "diff", "bank-maintenance", "--notation")
    assert "詳細は[-　ＦＡＱ-]{+ FAQ+}" in asked.stdout
    event = json.loads(run(empty_root, "diff", "bank-maintenance", "--format", "json").stdout)["events"][0]
    assert event["notation"] is True and event["summary"] == "影響内容: 表記を修正"


def test_a_real_edit_is_not_a_notation_change(empty_root):
    bank(empty_root, 1, extra="詳細は FAQ をご覧ください。")
    bank(empty_root, 2, extra="詳細はヘルプページをご覧ください。", day="11")
    event = json.loads(run(empty_root, "diff", "bank-maintenance", "--format", "json").stdout)["events"][0]
    assert "notation" not in event and event["summary"] == "影響内容: 本文を修正"


def test_an_added_section_shows_its_text(root):
    result = run(root, "diff", "sakura-db-maintenance", "1", "2")
    assert "項目を追加: 日程の変更について" in result.stdout
    assert "── 日程の変更について ──" in result.stdout
    assert "{+作業手順の追加確認のため" in result.stdout


def test_log_shows_what_each_update_said(root):
    text = run(root, "log", "sakura-db-maintenance").stdout
    assert "・お知らせ(2026年4月25日(土) 2:00 (JST))\n       メンテナンスを開始しました。" in text
    markdown = run(root, "log", "aozora-sentinel-alerts", "--format", "md").stdout
    assert "### 第1報 · " in markdown
    # An update that reports a recovery is shown under it, once.
    assert (
        "- 復旧(ap-2リージョン以外): 2026年3月20日(金) 19:00頃 (JST)(更新: 修正適用)\n"
        "  ap-2リージョン以外のすべてのリージョンで修正の適用が完了しました。"
    ) in markdown


def test_a_reversed_meaning_is_reported_as_such(empty_root):
    bank(empty_root, 1, extra="ATM でのお引き出しはご利用いただけます。")
    bank(empty_root, 2, extra="ATM でのお引き出しもご利用いただけません。", day="11")
    event = json.loads(run(empty_root, "diff", "bank-maintenance", "--format", "json").stdout)["events"][0]
    assert event["reversed"] is True and event["summary"] == "影響内容: 本文を修正(否定に変化)"
    english = json.loads(run(empty_root, "diff", "bank-maintenance", "--format", "json", "--lang", "en").stdout)
    assert english["events"][0]["summary"] == "Impact: text edited (meaning reversed)"


def test_a_rewording_that_keeps_the_meaning_is_not_reversed(empty_root):
    bank(empty_root, 1, extra="ATM でのお引き出しはご利用いただけます。")
    bank(empty_root, 2, extra="ATM でのお引き出しは通常どおりご利用いただけます。", day="11")
    event = json.loads(run(empty_root, "diff", "bank-maintenance", "--format", "json").stdout)["events"][0]
    assert "reversed" not in event and event["summary"] == "影響内容: 本文を修正"
