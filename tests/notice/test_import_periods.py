"""kokuchi import, what it reads with the language layer: dates and times as the entity reader reads
them, periods of whole days, a region's period stated in a bullet outside the periods, and timeline
lines that could be updates (a located note each)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from conftest import run

from kokuchi.notice.importer import moments, period_line

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
JST = timezone(timedelta(hours=9))


def test_dates_and_times_are_read_by_the_language_layer():
    [moment] = moments("２０２６年３月４日（水）９時１０分頃")  # full-width, as pasted from a page
    assert (moment.value, moment.approximate, moment.start, moment.end) == (
        datetime(2026, 3, 4, 9, 10, tzinfo=JST),
        True,
        0,
        len("２０２６年３月４日（水）９時１０分頃"),
    )
    assert moments("2026年3月31日 24時00分")[0].value == datetime(2026, 4, 1, 0, 0, tzinfo=JST)
    assert moments("午後三時", datetime(2026, 3, 1, tzinfo=JST))[0].value == datetime(2026, 3, 1, 15, 0, tzinfo=JST)
    start, end = moments("3月4日 9:10頃 〜 5日 10:00", datetime(2026, 1, 1, tzinfo=JST))
    assert (start.value, end.value) == (
        datetime(2026, 3, 4, 9, 10, tzinfo=JST),
        datetime(2026, 3, 5, 10, 0, tzinfo=JST),  # a day alone takes the month before it
    )
    assert moments("3月4日") == [] and moments("2026年6月") == []  # no year to place it, no day


def test_a_period_of_whole_days_runs_to_the_end_of_its_last_day():
    period = period_line("2026年12月29日(火)〜2027年1月3日(日)")
    assert period is not None and period.dates_only
    assert (period.start, period.end) == (
        datetime(2026, 12, 29, 0, 0, tzinfo=JST),
        datetime(2027, 1, 3, 23, 59, tzinfo=JST),
    )
    timed = period_line("2026年3月4日 9:10頃 〜 11:45頃")
    assert timed is not None and not timed.dates_only


def test_a_state_after_a_period_is_its_note_not_lost():
    period = period_line("東海地方：2026年9月10日 13:40頃 〜 15:20頃(復旧済み)")
    assert period is not None and (period.scope, period.status, period.text_note) == (
        "東海地方",
        "復旧済み",
        "復旧済み",
    )


def _imported(root, *names: str, notice: str):
    result = run(root, "import", *[str(DATA / name) for name in names], "--id", notice)
    assert result.exit_code == 0, result.stderr
    return result.stderr.splitlines()


def test_region_status_bullets_outside_the_periods_become_periods_with_their_state(empty_root):
    notes = _imported(empty_root, "telecom-incident-r1.txt", "telecom-incident-r2.txt", notice="telecom-incident")
    assert any(
        line.endswith(
            "telecom-incident-r2.txt:16:1: import: note: period: 東海地方(愛知県、静岡県の一部): this bullet of "
            "'影響地域と復旧状況' is a period, its state '復旧済み' as its note"
        )
        for line in notes
    )
    data = json.loads(run(empty_root, "show", "telecom-incident", "--rev", "2", "--format", "json").stdout)
    assert [(p["scope"], p.get("end"), p.get("note")) for p in data["periods"]] == [
        ("関東地方(東京都、神奈川県、埼玉県、千葉県の一部)", None, "順次回復中"),
        ("東海地方(愛知県、静岡県の一部)", "2026-09-10T15:20:00+09:00", "復旧済み"),
    ]
    assert "影響地域と復旧状況" not in [s.get("heading") for s in data["sections"]]
    # report 1's one period, split by region in report 2: a recovery and a region still ongoing
    events = json.loads(run(empty_root, "diff", "telecom-incident", "1", "2", "--format", "json").stdout)["events"]
    kinds = [(e["type"], e.get("scope")) for e in events if e["type"].startswith("period")]
    assert kinds == [
        ("period-split", "関東地方(東京都、神奈川県、埼玉県、千葉県の一部)"),
        ("period-ended", "東海地方(愛知県、静岡県の一部)"),
    ]


def test_timeline_lines_are_named_as_possible_updates_with_their_time(empty_root):
    notes = _imported(empty_root, "saas-incident.txt", notice="saas-incident")
    timeline = [line for line in notes if "timeline: could be an update" in line]
    assert [line.split(":")[1] for line in timeline] == ["41", "42", "43"]
    assert "at 2026-03-04T09:50:00+09:00 (approx.): “通知遅延を検知し、障害対応体制を立ち上げ”" in timeline[0]
    # a time in a sentence, or a schedule (8:30より受付開始), is no timeline entry
    notes = _imported(empty_root, "hospital-closure.txt", notice="hospital-closure")
    assert not any("timeline:" in line for line in notes)
