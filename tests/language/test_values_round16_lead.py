"""Sixteenth round: clock times rewritten across midnight and beside "the next morning"."""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import AUTO, decide

NO_TERMS = Glossary({}, ())


@pytest.mark.parametrize(
    ("old", "english", "new", "expected"),
    [
        (
            "救急の電話相談は、午後7時から翌朝7時まで受け付けております。",
            "Emergency telephone advice is available from 7:00 p.m. to 7:00 a.m. the next morning.",
            "救急の電話相談は、午後5時から翌朝7時まで受け付けております。",
            "Emergency telephone advice is available from 5:00 p.m. to 7:00 a.m. the next morning.",
        ),
        (
            "駐車場のゲートは、22時から翌朝6時まで閉鎖します。",
            "The car park gates are locked from 22:00 to 6:00 the next morning.",
            "駐車場のゲートは、17時から翌朝8時まで閉鎖します。",
            "The car park gates are locked from 17:00 to 8:00 the next morning.",
        ),
    ],
)
def test_the_next_morning_is_read_as_the_morning_it_names(old, english, new, expected):
    decision = decide(old, english, new)
    assert decision.kind == AUTO and decision.translation == expected
    assert not check_unit(new, decision.translation, NO_TERMS)


def test_a_night_the_english_names_still_declines_a_start_moved_into_the_afternoon():
    decision = decide(
        "夜間の電話相談は、午後7時から翌朝7時まで受け付けております。",
        "Night-time telephone advice is available from 7:00 p.m. to 7:00 a.m. the next morning.",
        "夜間の電話相談は、午後5時から翌朝7時まで受け付けております。",
    )
    assert decision.kind != AUTO


def test_a_time_moved_out_of_the_morning_the_english_names_is_still_a_change():
    decision = decide(
        "窓口は午前9時に開きます。", "The counter opens at 9:00 in the morning.", "窓口は午後1時に開きます。"
    )
    assert decision.kind != AUTO


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        ("The bowling alley is open from 10:00 to 23:00.", "The bowling alley is open from 10:00 to midnight."),
        ("The bowling alley is open from 10 a.m. to 11 p.m.", "The bowling alley is open from 10 a.m. to midnight."),
        (
            "The bowling alley is open from 10:00 AM to 11:00 PM. Shoes can be rented.",
            "The bowling alley is open from 10:00 AM to midnight. Shoes can be rented.",
        ),
    ],
)
def test_midnight_as_a_closing_time_is_written_midnight(english, expected):
    old = "ボウリング場の営業時間は午前10時から午後11時までです。"
    new = "ボウリング場の営業時間は午前10時から午前0時までです。"
    decision = decide(old, english, new)
    assert decision.kind == AUTO and decision.translation == expected
    assert not check_unit(new, decision.translation, NO_TERMS)


def test_a_full_stop_inside_the_time_stays_inside_a_sentence():
    decision = decide(
        "夜間窓口は午後11時まで開いています。",
        "The night counter is open until 11 p.m. on weekdays.",
        "夜間窓口は午前0時まで開いています。",
    )
    assert decision.kind == AUTO and decision.translation == "The night counter is open until midnight on weekdays."


def test_midnight_kept_in_the_24_hour_form_the_source_writes():
    decision = decide("最終受付は23時です。", "Last admission is at 23:00.", "最終受付は24時です。")
    assert decision.kind == AUTO and decision.translation == "Last admission is at 24:00."


def test_midnight_beside_a_date_stays_in_digits():
    # "midnight on June 1" is read by many as the end of June 1: the rewrite keeps the form of the English
    decision = decide(
        "応募の締切は、5月31日23時です。", "Entries close at 23:00 on May 31.", "応募の締切は、6月1日0時です。"
    )
    assert decision.kind == AUTO and decision.translation == "Entries close at 0:00 on June 1."
