"""Issue 21, fifteenth round (lead): 隔週, 隔月, 隔日 and 隔年, once in each span of two.

The gate read no value in 隔週 (every other week), so it refused "every two weeks" for 隔週水曜日, a correct
translation, and let "every Wednesday" through, a wrong one. 隔 + a unit is now the span of two, once in each,
as 2週間に1回 is; "every other …" and "alternate …" show it, and "biweekly"/"bimonthly" show it or the two of
週2回, the English words being both.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit


def refused(source: str, english: str) -> bool:
    return bool(check_unit(source, english, Glossary({}, ())))


@pytest.mark.parametrize(
    "source,english",
    [
        (
            "資源ごみは、隔週水曜日に回収します。",
            "Recyclables are collected every other Wednesday.",
        ),  # waste collection
        ("資源ごみは、隔週水曜日に回収します。", "Recyclables are collected on alternate Wednesdays."),
        ("資源ごみは、隔週水曜日に回収します。", "Recyclables are collected every two weeks, on Wednesdays."),
        ("資源ごみは、隔週水曜日に回収します。", "Recyclables are collected fortnightly on Wednesdays."),
        ("資源ごみは、隔週水曜日に回収します。", "Recyclables are collected biweekly on Wednesdays."),
        ("会報は隔月で発行しております。", "The newsletter is published every other month."),  # association
        ("会報は隔月で発行しております。", "The newsletter is published bimonthly."),
        ("透析は隔日で行います。", "Dialysis is done on alternate days."),  # clinic
        ("総会は隔年で開催します。", "The general meeting is held every other year."),  # residents' association
        ("ヨガ教室は週2回です。", "Yoga classes are held biweekly."),  # biweekly: twice a week too
    ],
)
def test_every_other_span_is_read(source: str, english: str) -> None:
    assert not refused(source, english)


@pytest.mark.parametrize(
    "source,english",
    [
        ("資源ごみは、隔週水曜日に回収します。", "Recyclables are collected every Wednesday."),
        ("資源ごみは、隔週水曜日に回収します。", "Recyclables are collected every three weeks on Wednesday."),
        ("資源ごみは、隔週水曜日に回収します。", "Recyclables are collected every other Thursday."),
        ("会報は隔月で発行しております。", "The newsletter is published every month."),
        ("会報は隔月で発行しております。", "The newsletter is published every other week."),
        ("ヨガ教室は週2回です。", "Yoga classes are held every other week."),  # once in two weeks, not twice a week
    ],
)
def test_another_span_is_refused(source: str, english: str) -> None:
    assert refused(source, english)


def test_an_interval_is_no_span_of_two() -> None:
    # 間隔 is "an interval": its 隔 names no period, and the five days are the value.
    assert not refused("点検の間隔は5日です。", "Inspections are 5 days apart.")


@pytest.mark.parametrize(
    "source,english",
    [
        ("ヨガ教室は、毎週火曜日に開催します。", "Yoga classes are held every other Tuesday."),  # red team 19
        ("理事会は、月1回開催します。", "The board of directors meets fortnightly."),  # red team 19
        ("会報は毎月発行しております。", "The newsletter is published bimonthly."),
    ],
)
def test_a_span_of_two_the_source_does_not_say_is_refused(source: str, english: str) -> None:
    assert refused(source, english)


@pytest.mark.parametrize(
    "source,english",
    [
        ("理事会は、年4回開催します。", "The board of directors meets quarterly."),  # four times a year
        ("理事会は、3か月ごとに開催します。", "The board of directors meets quarterly."),
        ("透析は1日おきに行います。", "Dialysis is done every other day."),  # 1日おき: no 1st of the month
        ("散水は1週間おきに行います。", "Watering is done every other week."),
    ],
)
def test_quarterly_and_every_other_day_are_read(source: str, english: str) -> None:
    assert not refused(source, english)


@pytest.mark.parametrize(
    "source,english",
    [
        ("ランチ営業は10時から14時までです。", "Lunch is served from 2 to 10."),  # red team 19
        ("窓口は9時から17時までです。", "The counter is open from 5 to 9."),
    ],
)
def test_bare_hours_in_the_other_order_are_refused(source: str, english: str) -> None:
    assert refused(source, english)


@pytest.mark.parametrize(
    "source,english",
    [
        ("ランチ営業は10時から14時までです。", "Lunch is served from 10 to 2."),
        ("窓口は平日9時から17時までです。", "Open weekdays, 9 to 5."),
    ],
)
def test_bare_hours_in_the_sources_order_are_read(source: str, english: str) -> None:
    assert not refused(source, english)


@pytest.mark.parametrize(
    "source,english",
    [
        (
            "1名1室ご利用の場合は、1泊につき3,000円の追加料金がかかります。",
            "For a twin room, a surcharge of ¥3,000 per night applies.",
        ),
        ("2名1室のご利用で、お一人様8,000円です。", "A single room costs ¥8,000 per person."),
        ("1歳児クラスに若干名の空きがあります。", "There are a few places left in the under-ones' class."),
        ("理事会は年3回開催します。", "The board of directors meets once a quarter."),
    ],
)
def test_red_team_20s_wrong_english_is_refused(source: str, english: str) -> None:
    assert refused(source, english)


@pytest.mark.parametrize(
    "source,english",
    [
        ("理事会は年4回開催します。", "The board of directors meets once a quarter."),
        ("不燃ごみは隔週水曜日に収集します。", "Non-burnable waste is collected every second Wednesday."),
        ("このお薬は1日おきに服用してください。", "Take this medicine every second day."),
        ("2025年度の決算を公表しました。", "The statements for the 2025–26 financial year have been published."),
        ("毎月第2日曜日は草刈りのため休業します。", "Closed every second Sunday of the month for mowing."),
        ("乳児は入館無料です。", "Admission is free for babies under one."),
    ],
)
def test_red_team_20s_right_english_is_accepted(source: str, english: str) -> None:
    assert not refused(source, english)
