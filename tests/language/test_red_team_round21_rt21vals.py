"""Red team 21's value rewrites (rt21-025..030): a word of the English that names a period of the calendar, an
age group, a rate's period or the "first" of 先着 says the old value, which no rewrite of the number reaches."""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import AUTO, CHANGE, FUZZY, decide
from kokuchi.language.worded_values import (
    AGE_STEMS,
    CALENDAR_STEMS,
    _age_words,
    _calendar_words,
    age_groups,
    calendar_periods,
)

NO_TERMS = Glossary({}, ())


def _rewritten(old: str, english: str, new: str, expected: str) -> None:
    decision = decide(old, english, new)
    assert (decision.kind, decision.translation) == (AUTO, expected)
    assert not check_unit(new, decision.translation, NO_TERMS)


def _declined(old: str, english: str, new: str, said: str) -> None:
    decision = decide(old, english, new)
    assert decision.kind == CHANGE, decision
    assert decision.flip is not None and f"(the English: {said})" in decision.flip.new


# -- a period of the calendar: the year's or the month's end, a season, the weekend ---------------------------


@pytest.mark.parametrize(
    ("old", "english", "new", "said"),
    [
        (  # the year's end, written "year-end", left for January
            "寄付の受付は、12月28日まで行っています。",
            "Donations are accepted until year-end, December 28.",
            "寄付の受付は、1月15日まで行っています。",
            "year-end",
        ),
        (  # the month's end (JMdict's 下旬: the 21st on) left for the middle of the next month
            "会費のお支払いは、3月31日までにお願いします。",
            "Please pay the fee by the end of the month, March 31.",
            "会費のお支払いは、4月15日までにお願いします。",
            "end of the month",
        ),
        (
            "報告書は、3月25日までに提出してください。",
            "Please submit your report by the end of the fiscal year, March 25.",
            "報告書は、4月10日までに提出してください。",
            "end of the fiscal year",
        ),
        (  # a season (the Meteorological Agency's months), a month-only date
            "屋上ビアガーデンは、7月に開店します。",
            "The rooftop beer garden opens this summer, in July.",
            "屋上ビアガーデンは、10月に開店します。",
            "summer",
        ),
        (  # "fall" as a season, with a possessive: the period itself
            "入試説明会は、10月15日に開催します。",
            "This fall's admissions briefing is on October 15.",
            "入試説明会は、1月20日に開催します。",
            "fall",
        ),
        (  # a winter across the new year, left for spring
            "雪灯りの散策会は、1月24日に行います。",
            "The snow lantern walk takes place in winter, on January 24.",
            "雪灯りの散策会は、4月4日に行います。",
            "winter",
        ),
        (  # the weekend (CLDR's Saturday and Sunday) left for a Monday
            "保護者面談は、6月7日(土)に行います。",
            "Parent meetings are held on the weekend, on Saturday, June 7.",
            "保護者面談は、6月9日(月)に行います。",
            "weekend",
        ),
        (  # the weekdays left for a Saturday
            "窓口相談は、6月9日(月)に行います。",
            "Counter consultations are held on a weekday, Monday, June 9.",
            "窓口相談は、6月14日(土)に行います。",
            "weekday",
        ),
        (  # no weekday written: a day moved by less than a week may leave the weekend
            "植木市は、6月7日に開催します。",
            "The plant fair is this weekend, June 7.",
            "植木市は、6月10日に開催します。",
            "weekend",
        ),
    ],
)
def test_a_date_moved_out_of_the_period_the_english_names_is_a_change(old, english, new, said):
    _declined(old, english, new, said)


@pytest.mark.parametrize(
    ("old", "english", "new", "expected"),
    [
        (  # to the year's last day, the one day "year-end" is certain of (December 26 is a change: red team 22)
            "寄付の受付は、12月28日まで行っています。",
            "Donations are accepted until year-end, December 28.",
            "寄付の受付は、12月31日まで行っています。",
            "Donations are accepted until year-end, December 31.",
        ),
        (  # the end of another month
            "会費のお支払いは、3月31日までにお願いします。",
            "Please pay the fee by the end of the month, March 31.",
            "会費のお支払いは、4月30日までにお願いします。",
            "Please pay the fee by the end of the month, April 30.",
        ),
        (
            "屋上ビアガーデンは、7月に開店します。",
            "The rooftop beer garden opens this summer, in July.",
            "屋上ビアガーデンは、8月に開店します。",
            "The rooftop beer garden opens this summer, in August.",
        ),
        (
            "入試説明会は、10月15日に開催します。",
            "This fall's admissions briefing is on October 15.",
            "入試説明会は、11月20日に開催します。",
            "This fall's admissions briefing is on November 20.",
        ),
        (  # Saturday to Sunday: still the weekend
            "保護者面談は、6月7日(土)に行います。",
            "Parent meetings are held on the weekend, on Saturday, June 7.",
            "保護者面談は、6月8日(日)に行います。",
            "Parent meetings are held on the weekend, on Sunday, June 8.",
        ),
        (
            "窓口相談は、6月9日(月)に行います。",
            "Counter consultations are held on a weekday, Monday, June 9.",
            "窓口相談は、6月10日(火)に行います。",
            "Counter consultations are held on a weekday, Tuesday, June 10.",
        ),
        (  # a whole week later: the same weekday in any year
            "植木市は、6月7日に開催します。",
            "The plant fair is this weekend, June 7.",
            "植木市は、6月14日に開催します。",
            "The plant fair is this weekend, June 14.",
        ),
        (  # the period's word speaks of another date, whose month the edit keeps
            "年内は12月27日まで営業し、1月5日から営業を再開します。",
            "We are open until the end of the year, December 27, and reopen on January 5.",
            "年内は12月27日まで営業し、1月6日から営業を再開します。",
            "We are open until the end of the year, December 27, and reopen on January 6.",
        ),
        (  # a thing named after the period, before its noun ("the weekend and holiday timetable")
            "5月3日〜5日は、土休日ダイヤで運行します。",
            "Buses run on the weekend and holiday timetable from May 3 to 5.",
            "5月4日〜6日は、土休日ダイヤで運行します。",
            "Buses run on the weekend and holiday timetable from May 4 to 6.",
        ),
        (  # the English translates the source's own word (冬): it says what the source says
            "冬季限定メニューは、12月から2月まで提供します。",
            "The winter-only menu is served from December to February.",
            "冬季限定メニューは、11月から3月まで提供します。",
            "The winter-only menu is served from November to March.",
        ),
        (  # "fall" as a verb names no season
            "料金は、10月1日から改定されます。",
            "Prices will fall from October 1.",
            "料金は、1月1日から改定されます。",
            "Prices will fall from January 1.",
        ),
    ],
)
def test_a_date_that_stays_in_the_period_is_still_rewritten(old, english, new, expected):
    _rewritten(old, english, new, expected)


def test_the_calendar_words_are_read_as_written():
    found = {
        period.phrase: period.unit for period in calendar_periods("until the end of the year, this spring; weekends")
    }
    assert found == {"end of the year": "month", "spring": "month", "weekends": "weekday"}
    assert calendar_periods("Soak in the hot spring. Prices fall.") == []
    assert calendar_periods("The winter program", source="冬の特別番組") == []


# -- an age group ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "english", "new", "said"),
    [
        (  # 幼児: JMdict's "child over 1 but not yet of school age" (6)
            "3歳以下のお子様は、乗船無料です。",
            "Toddlers aged 3 and under ride the ferry free.",
            "7歳以下のお子様は、乗船無料です。",
            "Toddlers",
        ),
        (  # 乳児: JMdict's "infant (below 1 year old)"
            "1歳未満のお子様は、航空券が不要です。",
            "Infants under 1 do not need a ticket.",
            "2歳未満のお子様は、航空券が不要です。",
            "Infants",
        ),
        (
            "65歳以上の方は、入館料が半額です。",
            "Senior citizens aged 65 and over pay half the admission.",
            "50歳以上の方は、入館料が半額です。",
            "Senior citizens",
        ),
        (
            "18歳未満の方は、ご入場いただけません。",
            "Minors under 18 may not enter.",
            "20歳未満の方は、ご入場いただけません。",
            "Minors",
        ),
    ],
)
def test_an_age_moved_out_of_the_group_the_english_names_is_a_change(old, english, new, said):
    # (since red team 22 an age moved within such a group is a change too: test_red_team_round22_rt22vals.py)
    _declined(old, english, new, said)


@pytest.mark.parametrize(
    ("old", "english", "new", "expected"),
    [
        (  # "children" names no band of its own
            "12歳以下のお子様は、無料です。",
            "Children aged 12 and under are free.",
            "15歳以下のお子様は、無料です。",
            "Children aged 15 and under are free.",
        ),
        (  # the English translates the source's 未就学児, which the new source keeps with its new age
            "未就学児(5歳以下)は、無料です。",
            "Preschoolers (5 and under) are free.",
            "未就学児(4歳以下)は、無料です。",
            "Preschoolers (4 and under) are free.",
        ),
    ],
)
def test_an_age_that_stays_in_the_group_is_still_rewritten(old, english, new, expected):
    _rewritten(old, english, new, expected)


def test_the_age_nouns_come_from_jmdict_glosses():
    nouns = [noun for noun, _ in age_groups("toddlers, babies, senior citizens, pre-schoolers, young children")]
    assert nouns == ["toddlers", "babies", "senior citizens", "pre-schoolers", "young children"]
    assert age_groups("Children aged 3 and under; adults") == [("adults", None)]  # "aged" is no noun


# -- a rate's period and the "first" of 先着 --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        (
            "1日3回、食後に服用してください。",
            "Take three times a day after meals.",
            "2日に1回、食後に服用してください。",
        ),
        ("1時間に1本、シャトルバスが出ます。", "One shuttle bus leaves an hour.", "2時間に1本、シャトルバスが出ます。"),
        (
            "先着1組様に、ペア招待券を差し上げます。",
            "A pair ticket goes to the first group.",
            "先着3組様に、ペア招待券を差し上げます。",
        ),
        ("最初の1名は、参加費が無料です。", "The first participant pays no fee.", "最初の2名は、参加費が無料です。"),
    ],
)
def test_a_word_that_says_a_rate_or_first_is_not_rewritten_as_a_number(old, english, new):
    decision = decide(old, english, new)
    assert decision.kind in (FUZZY, CHANGE) and decision.kind != AUTO


@pytest.mark.parametrize(
    ("old", "english", "new", "expected"),
    [
        (
            "週1回、館内を清掃します。",
            "We clean the building once a week.",
            "週2回、館内を清掃します。",
            "We clean the building twice a week.",
        ),
        (
            "2日に1回、水をあげてください。",
            "Water the plants once every two days.",
            "3日に1回、水をあげてください。",
            "Water the plants once every three days.",
        ),
        (
            "1日以内に返信します。",
            "We will reply within a day.",
            "2日以内に返信します。",
            "We will reply within two days.",
        ),
        (
            "先着10名様に、記念品を差し上げます。",
            "A gift goes to the first 10 visitors.",
            "先着20名様に、記念品を差し上げます。",
            "A gift goes to the first 20 visitors.",
        ),
        (
            "1位の方に、賞品を贈ります。",
            "The first-place finisher receives a prize.",
            "2位の方に、賞品を贈ります。",
            "The second-place finisher receives a prize.",
        ),
        (
            "会場は、1階です。",
            "The venue is on the first floor.",
            "会場は、2階です。",
            "The venue is on the second floor.",
        ),
    ],
)
def test_a_count_and_an_ordinal_of_their_own_are_still_rewritten(old, english, new, expected):
    _rewritten(old, english, new, expected)


def test_every_phrase_holds_the_word_that_lets_jmdict_be_opened():
    assert all(CALENDAR_STEMS.search(" ".join(words)) for words in _calendar_words()[1])
    assert all(AGE_STEMS.search(" ".join(words)) for words in _age_words()[1])
