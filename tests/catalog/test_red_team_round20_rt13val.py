"""Red team 13's value families (rt13val): an auto-update that would write wrong English.

- the same number with another counter: 2026年 → 2026年度 is the calendar year against the fiscal year from April;
  "for 2026" cannot say which, so the edit is a change (a fiscal year to a fiscal year is rewritten);
- a word tied to a time of day that CLDR's day periods do not name (lunch, dinner, breakfast, matinee: JMdict's
  glosses of words spelt with 朝, 昼, 夕, 晩 or 夜; "rush hour" a documented supplement) beside a time moved into
  another day period: a change; a time kept in its period, or a moved time beside no such word, is rewritten;
- a named day outside Japan's public holidays (Christmas Eve, Halloween, Valentine's Day, Mother's Day: the
  `holidays` package's United States calendar in all its categories) beside a date moved off it: a change; the
  day kept, a date that may still bear the name, or a name that modifies a noun (a thing called after the day)
  is rewritten.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import AUTO, CHANGE, decide

CHANGES = [
    # the calendar year → the fiscal year, and back (library, city budget)
    (
        "2026年の利用統計を図書館だよりに掲載しました。",
        "Usage statistics for 2026 are printed in the library newsletter.",
        "2026年度の利用統計を図書館だよりに掲載しました。",
    ),
    (
        "2026年度の予算書は、窓口で閲覧できます。",
        "The budget for fiscal 2026 can be viewed at the counter.",
        "2026年の予算書は、窓口で閲覧できます。",
    ),
    (
        "2026年の会費は、口座から引き落とします。",
        "Membership fees for 2026 will be debited from your account.",
        "2027年度の会費は、口座から引き落とします。",
    ),
    # meals and times of day beside a time moved into another period (café, inn, caterer, railway)
    ("ランチの提供は11時30分からです。", "Lunch service starts at 11:30 a.m.", "ランチの提供は18時からです。"),
    (
        "ご夕食は20時までにお済ませください。",
        "Please finish dinner by 8:00 p.m.",
        "ご夕食は15時までにお済ませください。",
    ),
    ("お弁当は12時30分にお届けします。", "Lunches are delivered at 12:30 p.m.", "お弁当は18時にお届けします。"),
    (
        "朝食会場は7時に開きます。",
        "The breakfast room opens at 7:00 a.m.",
        "朝食会場は17時に開きます。",
    ),
    (
        "9時までは、自転車の持ち込みはできません。",
        "Bicycles may not be brought on board during rush hour, until 9:00 a.m.",
        "14時までは、自転車の持ち込みはできません。",
    ),
    # a named day outside the public holidays beside a date moved off it (bakery, event hall)
    (
        "12月24日は、18時で閉店いたします。",
        "On Christmas Eve, December 24, the bakery closes at 6:00 p.m.",
        "12月23日は、18時で閉店いたします。",
    ),
    (
        "10月31日は、仮装コンテストを開催します。",
        "A costume contest will be held on Halloween, October 31.",
        "10月30日は、仮装コンテストを開催します。",
    ),
    (
        "5月10日(日)は、全品1割引きです。",
        "On Mother's Day, Sunday, May 10, everything is 10% off.",
        "5月17日(日)は、全品1割引きです。",
    ),
]

REWRITTEN = [
    # a fiscal year to a fiscal year, a calendar year to a calendar year
    (
        "2026年度の予算書は、窓口で閲覧できます。",
        "The budget for fiscal 2026 can be viewed at the counter.",
        "2027年度の予算書は、窓口で閲覧できます。",
        "The budget for fiscal 2027 can be viewed at the counter.",
    ),
    (
        "2026年の営業カレンダーを配布しています。",
        "We are handing out our business calendar for 2026.",
        "2027年の営業カレンダーを配布しています。",
        "We are handing out our business calendar for 2027.",
    ),
    # a meal's time kept in its day period; a time moved beside no word of a time of day ("early" is none)
    (
        "ランチの提供は11時30分からです。",
        "Lunch service starts at 11:30 a.m.",
        "ランチの提供は11時からです。",
        "Lunch service starts at 11:00 a.m.",
    ),
    (
        "博物館は9時に開館します。",
        "The museum opens at 9:00 a.m.",
        "博物館は13時に開館します。",
        "The museum opens at 1:00 p.m.",
    ),
    (
        "受付は8時30分に始まります。",
        "Check-in starts at 8:30 a.m. Please arrive early.",
        "受付は13時に始まります。",
        "Check-in starts at 1:00 p.m. Please arrive early.",
    ),
    # "late" is JMdict's gloss of 晩い, an adjective (遅い's other spelling), no noun of a time of day; "night" in
    # "Late-night" is CLDR's, read with its reach (the evening to the small hours)
    (
        "受付は8時30分からです。遅れて来られた方はお待ちください。",
        "Check-in starts at 8:30 a.m. Late arrivals please wait.",
        "受付は13時からです。遅れて来られた方はお待ちください。",
        "Check-in starts at 1:00 p.m. Late arrivals please wait.",
    ),
    (
        "夜間割増は、22時から翌5時までです。",
        "The late-night surcharge applies from 10:00 p.m. to 5:00 a.m.",
        "夜間割増は、23時から翌6時までです。",
        "The late-night surcharge applies from 11:00 p.m. to 6:00 a.m.",
    ),
    # the named day's date stays (only the time moves), or the new date may bear the name in some year
    (
        "2月14日は、10時から営業します。",
        "On Valentine's Day, February 14, the café opens at 10:00 a.m.",
        "2月14日は、11時から営業します。",
        "On Valentine's Day, February 14, the café opens at 11:00 a.m.",
    ),
    (
        "5月11日(日)は、8時から営業します。",
        "On Mother's Day, Sunday, May 11, we open at 8:00 a.m.",
        "5月10日(日)は、8時から営業します。",
        "On Mother's Day, Sunday, May 10, we open at 8:00 a.m.",
    ),
    # the day's name modifying a noun names a thing (cakes sold on other days too); a writer's own holidays
    (
        "ケーキは12月24日にお受け取りいただけます。",
        "Christmas Eve cakes ordered online can be picked up on December 24.",
        "ケーキは12月23日にお受け取りいただけます。",
        "Christmas Eve cakes ordered online can be picked up on December 23.",
    ),
    (
        "事務所は12月29日から1月3日まで休業します。",
        "The office is closed for the New Year holidays from December 29 to January 3.",
        "事務所は12月28日から1月3日まで休業します。",
        "The office is closed for the New Year holidays from December 28 to January 3.",
    ),
]


@pytest.mark.parametrize(("old", "old_en", "new"), CHANGES)
def test_a_value_the_english_also_says_otherwise_is_a_change(old, old_en, new):
    decision = decide(old, old_en, new)
    assert decision.kind == CHANGE, decision


@pytest.mark.parametrize(("old", "old_en", "new", "new_en"), REWRITTEN)
def test_a_value_nothing_else_in_the_english_says_is_rewritten(old, old_en, new, new_en):
    decision = decide(old, old_en, new)
    assert (decision.kind, decision.translation) == (AUTO, new_en), decision
