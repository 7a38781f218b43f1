"""Red team 12's value families closed (tests/data/safety/open/redteam12.yaml, 013 … 019): a clock time or a date
rewritten by the auto-update while the English also says the old value in a word the entity layer does not read,
a part of the day ("tonight", "this morning") or a holiday's name ("Culture Day", "Golden Week").

The attacks are changes (the old English is not offered: it says the old value); the nearest edits whose word
stays true of the new value must still be rewritten.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import AUTO, CHANGE, decide
from kokuchi.language.worded_values import day_parts, holidays_named, may_be_named, time_periods

# ---- a part of the day beside a time moved into another part ----------------------------------------------------

DAY_PART_CONTRADICTED = [
    # (old, old English, new): the word names the old time's part of the day, not the new one's
    (
        "本日のライブは、19時開演です。",
        "Tonight's concert starts at 7:00 p.m.",
        "本日のライブは、14時開演です。",
    ),
    (
        "本日の内覧会は、9時30分から受付を開始します。",
        "Registration for this morning's open house opens at 9:30 a.m.",
        "本日の内覧会は、15時30分から受付を開始します。",
    ),
    (
        "日曜日の窓口は、8時から11時まで開いています。",
        "The office is open Sunday mornings from 8:00 to 11:00 a.m.",
        "日曜日の窓口は、13時から16時まで開いています。",
    ),
    (
        "本日は、22時まで延長営業いたします。",
        "We are open late tonight, until 10:00 p.m.",
        "本日は、15時まで延長営業いたします。",
    ),
    (
        "明日は、14時から避難訓練を実施します。",
        "An evacuation drill will be held tomorrow afternoon from 2:00 p.m.",
        "明日は、20時から避難訓練を実施します。",
    ),
    (
        "本日は、19時から花火大会を開催します。",
        "The fireworks display will begin this evening at 7:00 p.m.",
        "本日は、10時から花火大会を開催します。",
    ),
]


@pytest.mark.parametrize(("old", "old_en", "new"), DAY_PART_CONTRADICTED)
def test_a_time_moved_out_of_the_part_of_the_day_the_english_names_is_a_change(old, old_en, new):
    decision = decide(old, old_en, new)
    assert decision.kind == CHANGE, decision
    assert "the English:" in decision.note


DAY_PART_KEPT = [
    # the word names the new time too: rewritten
    (
        "本日の公演は、18時30分開演です。",
        "Tonight's show begins at 6:30 p.m.",
        "本日の公演は、19時開演です。",
        "Tonight's show begins at 7:00 p.m.",
    ),
    (
        "本日の相談会は、10時から開始します。",
        "This morning's consultation session begins at 10:00 a.m.",
        "本日の相談会は、9時から開始します。",
        "This morning's consultation session begins at 9:00 a.m.",
    ),
    # 21時 → 23時: evening1 to night1 in CLDR, both a night's
    (
        "本日は、21時まで臨時バスを運行します。",
        "Extra buses will run tonight until 9:00 p.m.",
        "本日は、23時まで臨時バスを運行します。",
        "Extra buses will run tonight until 11:00 p.m.",
    ),
    # 11時 → 12時: noon ends a morning (written "noon", as style guides write 12:00 in a.m./p.m. English)
    (
        "土曜日の受付は、9時から11時までです。",
        "Saturday morning reception hours are 9:00 a.m. to 11:00 a.m.",
        "土曜日の受付は、9時から12時までです。",
        "Saturday morning reception hours are 9:00 a.m. to noon.",
    ),
    # the afternoon's end moved into the evening: "afternoon" names the start the edit leaves alone
    (
        "午前の部は9時から11時、午後の部は13時から16時です。",
        "Morning sessions run from 9:00 to 11:00 a.m., and afternoon sessions from 1:00 to 4:00 p.m.",
        "午前の部は9時から11時、午後の部は13時から18時です。",
        "Morning sessions run from 9:00 to 11:00 a.m., and afternoon sessions from 1:00 to 6:00 p.m.",
    ),
    # the time stays in its part of the day: no word is asked
    (
        "夕方17時に正門前に集合してください。",
        "Please meet in front of the main gate this evening at 5:00 p.m.",
        "夕方16時に正門前に集合してください。",
        "Please meet in front of the main gate this evening at 4:00 p.m.",
    ),
]


@pytest.mark.parametrize(("old", "old_en", "new", "rewritten"), DAY_PART_KEPT)
def test_a_time_the_part_of_the_day_still_names_is_rewritten(old, old_en, new, rewritten):
    assert (decide(old, old_en, new).kind, decide(old, old_en, new).translation) == (AUTO, rewritten)


def test_the_parts_of_the_day_are_cldrs_hours():
    assert time_periods((13, 0)) == {"afternoon1"}
    assert time_periods((12, 0)) >= {"noon", "afternoon1"}
    assert "evening1" in time_periods((19, 30)) and "night1" in time_periods((22, 0))
    assert "small hours" in time_periods((25, 30))  # 1:30 the next day, still a night's
    words = dict(day_parts("Tonight and Saturday mornings; the afternoon; midnight"))
    assert set(words) == {"Tonight", "mornings", "afternoon"}  # midnight is a clock time, read as one
    assert day_parts("a nightly bus leaves at midnight") == []


# ---- a holiday's name beside a date moved off the holiday -------------------------------------------------------

HOLIDAY_CONTRADICTED = [
    (
        "5月5日(月・祝)は、こどもの日イベントを開催します。",
        "On Children's Day, Monday, May 5, we will hold a special event.",
        "5月12日(月)は、こどもの日イベントを開催します。",
    ),
    (
        "11月23日(日・祝)は、臨時休業いたします。",
        "We will be closed on Sunday, November 23 (Labor Thanksgiving Day).",
        "11月30日(日)は、臨時休業いたします。",
    ),
    (
        "4月29日(火・祝)から、春の特別展を開催します。",
        "The spring special exhibition opens during Golden Week, on Tuesday, April 29.",
        "5月20日(火)から、春の特別展を開催します。",
    ),
    (
        "2026年1月12日(月・祝)は、成人式のため休館します。",
        "The hall will be closed on Coming of Age Day, Monday, January 12, 2026.",
        "2026年1月19日(月)は、成人式のため休館します。",
    ),
]


@pytest.mark.parametrize(("old", "old_en", "new"), HOLIDAY_CONTRADICTED)
def test_a_date_moved_off_the_holiday_the_english_names_is_a_change(old, old_en, new):
    decision = decide(old, old_en, new)
    assert decision.kind == CHANGE, decision
    assert "the English:" in decision.note


HOLIDAY_KEPT = [
    # the holiday's date stays; another value changes
    (
        "1月1日(木・祝)は休業し、1月2日(金)は10時から営業します。",
        "We will be closed on New Year's Day, Thursday, January 1, and open at 10:00 a.m. on Friday, January 2.",
        "1月1日(木・祝)は休業し、1月2日(金)は11時から営業します。",
        "We will be closed on New Year's Day, Thursday, January 1, and open at 11:00 a.m. on Friday, January 2.",
    ),
    # another date moves, not the holiday's
    (
        "1月1日(木・祝)は休業し、1月5日(月)から通常営業します。",
        "We will be closed on New Year's Day, Thursday, January 1, and resume normal hours on Monday, January 5.",
        "1月1日(木・祝)は休業し、1月6日(火)から通常営業します。",
        "We will be closed on New Year's Day, Thursday, January 1, and resume normal hours on Tuesday, January 6.",
    ),
    # the same holiday another year: November 3 is Culture Day in both
    (
        "2025年11月3日は開館いたします。",
        "The museum will be open on Culture Day, November 3, 2025.",
        "2026年11月3日は開館いたします。",
        "The museum will be open on Culture Day, November 3, 2026.",
    ),
    # a date moved within Golden Week
    (
        "5月3日(土・祝)は、臨時窓口を開設します。",
        "A temporary counter will open during Golden Week, on Saturday, May 3.",
        "5月4日(日・祝)は、臨時窓口を開設します。",
        "A temporary counter will open during Golden Week, on Sunday, May 4.",
    ),
]


@pytest.mark.parametrize(("old", "old_en", "new", "rewritten"), HOLIDAY_KEPT)
def test_a_holiday_name_still_true_of_its_date_is_kept(old, old_en, new, rewritten):
    decision = decide(old, old_en, new)
    assert (decision.kind, decision.translation) == (AUTO, rewritten), decision


def test_the_holidays_are_the_calendars():
    assert holidays_named("open on Monday, November 3 (Culture Day)") == ["Culture Day"]
    assert holidays_named("New Year's Eve soba, the New Year holidays") == []  # no single holiday
    assert may_be_named("Culture Day", (None, 11, 3)) and not may_be_named("Culture Day", (None, 11, 10))
    # a Happy Monday holiday moves with the year: 2026-01-12 is Coming of Age Day, 2025-01-12 is not
    assert may_be_named("Coming of Age Day", (2026, 1, 12)) and not may_be_named("Coming of Age Day", (2025, 1, 12))
    assert may_be_named("Golden Week", (None, 5, 4)) and not may_be_named("Golden Week", (None, 5, 17))
