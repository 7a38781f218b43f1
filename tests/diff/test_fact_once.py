"""Events that state each fact once, on a fixture incident (tests/data/events): one period split by
region, a workaround that becomes unnecessary, a permanent fix completed, each reported by an update."""

from __future__ import annotations

from pathlib import Path

import pytest

from kokuchi.diff.events import (
    PeriodEnded,
    PeriodSplit,
    Reported,
    SectionEdited,
    SectionStateChanged,
    StatusChanged,
    UpdateAdded,
    compare,
)
from kokuchi.language.labels import labels
from kokuchi.notice.load import load_notice
from kokuchi.project.layout import Store
from kokuchi.views.history import latest_news, log_view, summarize

ROOT = Path(__file__).resolve().parent.parent / "data" / "events"
NOTICE = load_notice(Store(ROOT), "minami-vpn-outage")


def events(number: int):
    old, new = NOTICE.revisions[number - 2], NOTICE.revisions[number - 1]
    return compare(old, new)


def summaries(number: int, lang: str) -> list[str]:
    old, new = NOTICE.revisions[number - 2], NOTICE.revisions[number - 1]
    return [summarize(event, old, new, labels(lang)) for event in compare(old, new)]


def test_a_period_split_by_region_reads_as_a_recovery_per_region_with_its_approximate_time():
    status, recovered, ongoing = events(2)
    assert isinstance(status, StatusChanged) and status.update is not None and status.update.kind == "identified"
    assert isinstance(recovered, PeriodEnded)
    assert (recovered.scope, recovered.approximate, recovered.split) == ("東日本リージョン", True, True)
    assert recovered.update == Reported(recovered.end, "recovered", "東日本リージョンで通信が回復しました。")
    assert isinstance(ongoing, PeriodSplit)
    assert (ongoing.scope, ongoing.split_from, ongoing.approximate) == ("西日本リージョン", "全リージョン", True)
    assert summaries(2, "ja") == [
        "状況: 調査中 → 原因特定",
        "復旧(東日本リージョン): 2026年5月11日(月) 13:10頃 (JST)",
        "継続中(西日本リージョン): 2026年5月11日(月) 8:30頃 (JST)から",
    ]
    assert summaries(2, "en")[1:] == [
        "Recovered (東日本リージョン): May 11, 2026, 1:10 PM JST (approx.)",
        "Still ongoing (西日本リージョン): since May 11, 2026, 8:30 AM JST (approx.)",
    ]


def test_a_workaround_no_longer_needed_is_one_event_with_its_body_edit_and_its_update():
    evs = events(3)
    assert [type(e) for e in evs] == [StatusChanged, PeriodEnded, SectionEdited, SectionStateChanged, SectionEdited]
    ended, workaround = evs[1], evs[3]
    assert isinstance(ended, PeriodEnded) and ended.update is not None and ended.update.kind == "fix-deployed"
    assert isinstance(workaround, SectionStateChanged)
    assert (workaround.id, workaround.new) == ("workaround", "unnecessary")
    assert workaround.text_ops and (1, "修正の適用により、") in workaround.text_ops
    assert workaround.update is not None and workaround.update.kind == "workaround-unnecessary"
    assert not [e for e in evs if isinstance(e, UpdateAdded)]
    assert [e.id for e in evs if isinstance(e, SectionEdited)] == ["impact", "fix"]  # no second workaround event
    assert summaries(3, "ja")[3] == "暫定対策が不要になりました(更新: 暫定対策不要)"


def test_a_completed_permanent_fix_is_one_event():
    status, fix = events(4)
    assert isinstance(status, StatusChanged) and status.update is None
    assert isinstance(fix, SectionStateChanged) and (fix.id, fix.old, fix.new) == ("fix", "active", "completed")
    assert fix.update is not None and fix.update.kind == "confirmed" and fix.text_ops
    assert summaries(4, "ja") == ["状況: 経過観察中 → 復旧済み", "恒久対策: 完了(更新: 確認)"]
    record = fix.to_json()
    assert record["update"] == {
        "at": "2026-05-15T18:00:00+09:00",
        "kind": "confirmed",
        "body": "すべての中継装置への恒久対策の適用が完了したことを確認しました。",
    }
    assert record["ops"] == [list(op) for op in fix.text_ops]


@pytest.mark.parametrize("number,count", [(2, 3), (3, 5), (4, 2)])
def test_event_counts(number, count):
    # Before: 6, 8 and 4 events (periods added ×2 and removed; each update and each body edit again).
    assert len(events(number)) == count


def test_the_log_shows_an_update_once_under_the_change_it_reports():
    entry = log_view(NOTICE, "ja").entries[1]
    assert entry.bodies[1] == "東日本リージョンで通信が回復しました。"
    assert sum("東日本リージョンで通信が回復しました。" == body for body in entry.bodies) == 1


def test_the_latest_news_states_the_recovery_once_with_the_updates_text():
    old, new = NOTICE.revisions[0], NOTICE.revisions[1]
    lines = latest_news(old, new, compare(old, new), "ja").text.split("\n")
    assert lines.count("東日本リージョンで通信が回復しました。") == 1
    assert "2026年5月11日(月) 13:10頃 (JST)に復旧しました(東日本リージョン)。" in lines
    assert "2026年5月11日(月) 8:30頃 (JST)から継続しています(西日本リージョン)。" in lines
