"""Red team 22's value rewrites (rt22-022..024): a part of a month ("mid-May") holds the date's day, not only its
month; an English age group's noun ("toddlers", "teens") has no band a Japanese word's JMdict or legal band can
stand for, so an age moved beside one is a change, but for the teens (13 to 19, English's own)."""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import AUTO, CHANGE, decide
from kokuchi.language.worded_values import age_groups, calendar_periods, leaves_period

NO_TERMS = Glossary({}, ())


def _rewritten(old: str, english: str, new: str, expected: str) -> None:
    decision = decide(old, english, new)
    assert (decision.kind, decision.translation) == (AUTO, expected)
    assert not check_unit(new, decision.translation, NO_TERMS)


def _declined(old: str, english: str, new: str, said: str) -> None:
    decision = decide(old, english, new)
    assert decision.kind == CHANGE, decision
    assert decision.flip is not None and f"(the English: {said})" in decision.flip.new


# -- a part of a month, a year's end: the day must stay in it --------------------------------------------------


@pytest.mark.parametrize(
    ("old", "english", "new", "said"),
    [
        (  # rt22-022's shape: the month and the weekday kept, the day out of 中旬's 11th to 20th
            "店舗の改装は、6月16日(火)に終わる予定です。",
            "The store renovation should finish in mid-June, on Tuesday, June 16.",
            "店舗の改装は、6月30日(火)に終わる予定です。",
            "mid-June",
        ),
        (  # into the first ten days
            "健康診断は、3月24日に実施します。",
            "Health checkups take place in late March, on March 24.",
            "健康診断は、3月12日に実施します。",
            "late March",
        ),
        (  # the same band of another month than the one the phrase names
            "苗木の配布は、4月3日に行います。",
            "Seedlings are handed out in early April, on April 3.",
            "苗木の配布は、5月3日に行います。",
            "early April",
        ),
        (  # a month's end is certain only of its last day
            "原稿の締め切りは、5月31日です。",
            "Manuscripts are due at the end of May, on May 31.",
            "原稿の締め切りは、5月27日です。",
            "end of May",
        ),
        (  # the year's end likewise: December 20 is in December, and no "end of the year" English agrees on
            "受付は、12月31日で終了します。",
            "Registration closes at the end of the year, December 31.",
            "受付は、12月20日で終了します。",
            "end of the year",
        ),
        (
            "家賃は、6月1日までにお支払いください。",
            "Please pay the rent by the start of the month, June 1.",
            "家賃は、6月8日までにお支払いください。",
            "start of the month",
        ),
        (  # a phrase before a noun still tells the date ("the mid-July deadline")
            "応募は、7月15日に締め切ります。",
            "The mid-July deadline for entries is July 15.",
            "応募は、7月25日に締め切ります。",
            "mid-July",
        ),
    ],
)
def test_a_date_moved_out_of_the_days_the_english_names_is_a_change(old, english, new, said):
    _declined(old, english, new, said)


@pytest.mark.parametrize(
    ("old", "english", "new", "expected"),
    [
        (  # within 中旬's days
            "古本市は、6月14日に開催します。",
            "The used book fair is held in mid-June, on June 14.",
            "古本市は、6月18日に開催します。",
            "The used book fair is held in mid-June, on June 18.",
        ),
        (
            "健康診断は、3月24日に実施します。",
            "Health checkups take place in late March, on March 24.",
            "健康診断は、3月28日に実施します。",
            "Health checkups take place in late March, on March 28.",
        ),
        (  # to the month's last day
            "原稿の締め切りは、5月29日です。",
            "Manuscripts are due at the end of May, on May 29.",
            "原稿の締め切りは、5月31日です。",
            "Manuscripts are due at the end of May, on May 31.",
        ),
        (  # the same day of another month, the phrase naming none
            "家賃は、6月1日までにお支払いください。",
            "Please pay the rent by the start of the month, June 1.",
            "家賃は、7月1日までにお支払いください。",
            "Please pay the rent by the start of the month, July 1.",
        ),
        (  # the source says the part of the month itself: its English is the date, rewritten whole
            "植樹祭は、4月中旬に行います。",
            "The tree-planting festival is held in mid-April.",
            "植樹祭は、5月下旬に行います。",
            "The tree-planting festival is held in late May.",
        ),
        (  # "mid-May" speaks of another date, of May; the one moved is of June
            "申込みは5月15日まで、結果発表は6月5日です。",
            "Applications close in mid-May, on May 15; results are announced on June 5.",
            "申込みは5月15日まで、結果発表は6月8日です。",
            "Applications close in mid-May, on May 15; results are announced on June 8.",
        ),
    ],
)
def test_a_date_that_stays_in_the_days_the_english_names_is_still_rewritten(old, english, new, expected):
    _rewritten(old, english, new, expected)


def test_the_parts_of_a_month_are_read_with_the_month_they_name():
    found = {
        (period.phrase, period.month, period.certain)
        for period in calendar_periods("mid-May; late in the month; the end of June; the beginning of the month")
    }
    assert found == {
        ("mid-May", 5, "band"),
        ("late in the month", None, "band"),
        ("end of June", 6, "last"),
        ("beginning of the month", None, "first"),
    }
    assert calendar_periods("Classes start May 10 and end May 30.") == []
    assert calendar_periods("until midnight at the end of May 31") == []  # the end of a day


def test_the_last_day_is_read_in_the_year_written_or_in_every_year():
    (end_of_month,) = calendar_periods("by the end of the month")
    # February 28 without its year is not surely the month's last day (a leap year has a 29th); in 2027 it is
    assert leaves_period(end_of_month, (None, 1, 31), None, (None, 2, 28), None)
    assert not leaves_period(end_of_month, (2027, 1, 31), None, (2027, 2, 28), None)


# -- an age group: a band is English's own or none ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "english", "new", "said"),
    [
        (  # rt22-023's shape: 幼児's band (to 6) is not what "toddler" (about 1 to 3) means
            "3歳以下のお子様は、プレイルームを無料でご利用いただけます。",
            "Toddlers aged 3 and under may use the playroom free of charge.",
            "5歳以下のお子様は、プレイルームを無料でご利用いただけます。",
            "Toddlers",
        ),
        (  # rt22-024's shape: the teens are 13 to 19, not 十代's 10 to 19
            "13歳以上の方は、一般料金となります。",
            "Teens aged 13 and over pay the general rate.",
            "10歳以上の方は、一般料金となります。",
            "Teens",
        ),
        (  # within what a Japanese source would call 高齢者: "senior" has no age English agrees on
            "65歳以上の方は、入館料が半額です。",
            "Senior citizens aged 65 and over pay half the admission.",
            "70歳以上の方は、入館料が半額です。",
            "Senior citizens",
        ),
        (
            "18歳未満の方は、夜間の利用ができません。",
            "Minors under 18 may not use the facility at night.",
            "16歳未満の方は、夜間の利用ができません。",
            "Minors",
        ),
        (
            "2歳未満のお子様は、座席が不要です。",
            "Infants under 2 do not need a seat.",
            "1歳未満のお子様は、座席が不要です。",
            "Infants",
        ),
    ],
)
def test_an_age_moved_beside_an_age_group_is_a_change(old, english, new, said):
    _declined(old, english, new, said)


@pytest.mark.parametrize(
    ("old", "english", "new", "expected"),
    [
        (  # within the teens, English's own band
            "13歳以上の方は、一般料金となります。",
            "Teens aged 13 and over pay the general rate.",
            "15歳以上の方は、一般料金となります。",
            "Teens aged 15 and over pay the general rate.",
        ),
        (  # "the adult fare" is a fare named after the group, whose ages the notice itself sets
            "12歳以上の方は、大人運賃となります。",
            "Passengers aged 12 and over pay the adult fare.",
            "13歳以上の方は、大人運賃となります。",
            "Passengers aged 13 and over pay the adult fare.",
        ),
    ],
)
def test_an_age_beside_the_teens_or_a_thing_named_after_a_group_is_still_rewritten(old, english, new, expected):
    _rewritten(old, english, new, expected)


def test_only_the_teens_have_a_band():
    assert age_groups("teens, toddlers, seniors") == [("teens", (13, 19)), ("toddlers", None), ("seniors", None)]
    assert age_groups("a senior discount and the Infant Seat area") == []
    assert age_groups("Each adult must hold a ticket") == [("adult", None)]
