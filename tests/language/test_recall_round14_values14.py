"""Issue 21, fourteenth round (values14): English forms of values the gate refused, and 午後12時.

The gate accepts what a professional writes: frequency compounds (a twice-weekly course, thrice daily, weekly for
週1回), "every two weeks" for 2週間に1回, CLDR's short date with a two-digit year (3/7/26), its en_IN lakh
grouping (15,00,000) and en_AU currency code (JPY3,000); it still refuses the same forms of another value. The
guard no longer auto-updates 午後0時 → 午後12時 (noon to kokuchi, midnight to the law), and a meal word that
translates the source's own word (夕食 "dinner") no longer blocks a moved time.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import decide

NO_GLOSSARY = Glossary({}, ())


@pytest.mark.parametrize(
    ("source", "english"),
    [
        ("ヨガ教室は週2回のコースです。", "The yoga class is a twice-weekly course."),
        ("ピアノ教室は週3回のコースもあります。", "The piano school also has a thrice-weekly course."),
        ("水泳教室は週3回のコースもあります。", "The swimming school also has a three-times-a-week course."),
        ("会報は年2回発行します。", "The newsletter is published twice-yearly."),
        ("点眼薬は1日2回使用してください。", "Use the eye drops twice-daily."),
        ("古紙回収は週1回です。", "Waste paper is collected weekly."),
        ("消火器は3か月に1回点検します。", "Fire extinguishers are inspected every three months."),
        ("フィルターは2週間に1回交換してください。", "Please replace the filter every two weeks."),
        ("水槽の水は10日に1回替えます。", "The tank water is changed every 10 days."),
        ("説明会は2026年3月7日(土)です。", "The briefing is on 3/7/26."),
        ("賞金は150万円です。", "The prize is 15,00,000 yen."),
        ("参加費は3,000円です。", "The fee is JPY3,000."),
    ],
)
def test_correct_forms_pass(source, english):
    assert check_unit(source, english, NO_GLOSSARY) == []


@pytest.mark.parametrize(
    ("source", "english"),
    [
        ("ヨガ教室は週2回のコースです。", "The yoga class is a thrice-weekly course."),
        ("ピアノ教室は週3回のコースもあります。", "The piano school also has a twice-weekly course."),
        ("水泳教室は週2回のコースもあります。", "The swimming school also has a three-times-a-week course."),
        ("会報は年3回発行します。", "The newsletter is published twice-yearly."),
        ("消火器は3か月に1回点検します。", "Fire extinguishers are inspected every four months."),
        ("フィルターは2週間に1回交換してください。", "Please replace the filter every three weeks."),
        ("フィルターは2週間に1回交換してください。", "Please replace the filter within two weeks."),
        ("水槽の水は10日に1回替えます。", "The tank water is changed on the 10th."),
        ("説明会は2026年3月7日(土)です。", "The briefing is on 3/8/26."),
        ("説明会は2026年3月7日(土)です。", "The briefing is on 3/7/25."),
        ("賞金は150万円です。", "The prize is 1,50,00,000 yen."),
        ("参加費は3,000円です。", "The fee is JPY30,000."),
    ],
)
def test_wrong_values_are_refused(source, english):
    assert check_unit(source, english, NO_GLOSSARY) != []


def test_a_hyphen_compound_of_no_frequency_says_no_count():
    # two-way is an idiom, no count: 2回 still needs its count in the English.
    assert check_unit("2回まで往復できます。", "You may make the two-way trip.", NO_GLOSSARY) != []


def test_a_date_after_which_once_comes_is_still_a_date():
    # 15日に1回目の抽選: the 1st draw on the 15th, not once every 15 days.
    assert check_unit("15日に1回目の抽選を行います。", "The first draw is on the 15th.", NO_GLOSSARY) == []


@pytest.mark.parametrize(
    ("old", "old_en", "new"),
    [
        ("ランチの受付は午後0時までです。", "Lunch orders are taken until noon.", "ランチの受付は午後12時までです。"),
        ("窓口は午後0時に閉まります。", "The counter closes at 12:00 p.m.", "窓口は午後12時に閉まります。"),
        ("工事は午前0時に始まります。", "Works begin at midnight.", "工事は午前12時に始まります。"),
    ],
)
def test_twelve_oclock_written_so_that_readers_differ_is_a_change(old, old_en, new):
    assert decide(old, old_en, new).kind == "change"


def test_a_clock_time_moved_beside_the_source_s_own_meal_word_is_rewritten():
    # 17時 (afternoon) → 18時30分 (evening): 17時30分 still reaches the afternoon, and "dinner" is 夕食's.
    decision = decide(
        "夕食は、17時、17時30分、18時からお選びください。",
        "Please choose dinner at 5:00 p.m., 5:30 p.m. or 6:00 p.m.",
        "夕食は、18時30分、17時30分、18時からお選びください。",
    )
    assert (decision.kind, decision.translation) == (
        "auto",
        "Please choose dinner at 6:30 p.m., 5:30 p.m. or 6:00 p.m.",
    )


def test_a_meal_time_moved_out_of_every_time_of_its_part_of_the_day_is_a_change():
    # Every afternoon time gone (17時30分 → 18時30分, 17時 → 19時): the word is the source's, the times no longer.
    decision = decide(
        "夕食は、17時、17時30分からお選びください。",
        "Please choose dinner at 5:00 p.m. or 5:30 p.m.",
        "夕食は、19時、18時30分からお選びください。",
    )
    assert decision.kind == "change"


@pytest.mark.parametrize(
    ("old", "old_en", "new"),
    [
        # The meal word is the translator's, not the source's: it says the old time.
        ("お食事は11時30分から提供します。", "Lunch is served from 11:30 a.m.", "お食事は18時から提供します。"),
        ("公演は14時開演です。", "The matinee starts at 2:00 p.m.", "公演は18時開演です。"),
        ("軽食は7時から提供します。", "Breakfast is served from 7:00 a.m.", "軽食は19時から提供します。"),
    ],
)
def test_a_meal_word_the_source_does_not_say_still_blocks(old, old_en, new):
    assert decide(old, old_en, new).kind == "change"


@pytest.mark.parametrize(
    ("source", "english"),
    [
        # A month with its year must lie in the year, or the fiscal year, the source names.
        ("令和8年度の予算案を公表します。", "We publish the draft budget for fiscal 2026 (April 2026 to March 2028)."),
        ("2026年度の入学説明会です。", "This is the admissions briefing for fiscal 2026 (from April 2027)."),
        ("2027年末で終了します。", "It ends at the end of 2027 (end of December 2028)."),
        # A number a grouped amount is made of is no number the English may write alone.
        ("マスクは1箱1,200円、お一人様1箱までです。", "Masks are ¥1,200 a box, limited to 2 boxes per person."),
        ("入場料は3,500円で、1人1枚までです。", "Admission is ¥3,500, limited to 3 tickets per person."),
        # An ordinal whose suffix is not its number's says no number for sure.
        ("会議室は3階です。", "The meeting room is on the 3th floor."),
        ("第22回大会を開催します。", "We hold the 22th tournament."),
    ],
)
def test_more_wrong_values_are_refused(source, english):
    assert check_unit(source, english, NO_GLOSSARY) != []


@pytest.mark.parametrize(
    ("source", "english"),
    [
        ("令和8年度の予算案を公表します。", "We publish the draft budget for fiscal 2026 (April 2026 to March 2027)."),
        ("2026年度の入学説明会です。", "This is the admissions briefing for fiscal 2026 (from April 2026)."),
        ("2027年末で終了します。", "It ends at the end of 2027 (end of December 2027)."),
        ("2026年4月から新料金です。", "New prices apply from April 2026."),
        ("マスクは1箱1,200円、お一人様2箱までです。", "Masks are ¥1,200 a box, limited to 2 boxes per person."),
        ("会議室は3階、受付は11階です。", "The meeting room is on the 3rd floor and the reception on the 11th."),
        ("第22回、第101回、第112回の記録です。", "These are the records of the 22nd, 101st and 112th meetings."),
    ],
)
def test_their_correct_forms_pass(source, english):
    assert check_unit(source, english, NO_GLOSSARY) == []


@pytest.mark.parametrize(
    ("source", "english", "passes"),
    [
        # CLDR's medium time: its seconds, zero, say the minute.
        ("受付開始は午後2時です。", "Reception opens at 2:00:00 PM.", True),
        ("受付開始は14時です。", "Reception opens at 14:00:00.", True),
        ("受付開始は午後2時です。", "Reception opens at 3:00:00 PM.", False),
        ("受付開始は14時です。", "Reception opens at 14:00:30.", False),
        # "12 noon" ends a range whose first end is then in the morning.
        ("窓口は10時〜12時です。", "The counter is open 10 to 12 noon.", True),
        ("窓口は10時30分〜12時です。", "The counter is open 10:30–noon.", True),
        ("窓口は10時〜12時です。", "The counter is open 11 to 12 noon.", False),
        ("窓口は22時〜12時です。", "The counter is open 10 to 12 noon.", False),
    ],
)
def test_clock_forms_of_cldr_and_prose(source, english, passes):
    assert (check_unit(source, english, NO_GLOSSARY) == []) == passes


@pytest.mark.parametrize(
    ("source", "english", "passes"),
    [
        # 3年生: a school year, an ordinal (never three years).
        ("2年生の遠足は10月です。", "The second-year field trip is in October.", True),
        ("2年生の遠足は10月です。", "The 2nd-grade field trip is in October.", True),
        ("2年生の遠足は10月です。", "The Year 2 field trip is in October.", True),
        ("2年生の遠足は10月です。", "The third-year field trip is in October.", False),
        ("2年生の遠足は10月です。", "The 3rd-grade field trip is in October.", False),
        # 20代: an age's decade, the plural of its tens.
        ("40代の方を対象とした講座です。", "This course is for people in their forties.", True),
        ("40代の方を対象とした講座です。", "This course is for people in their fifties.", False),
        # 半額, 2分の1: "halved" is one half.
        ("参加費が半額になります。", "The participation fee is halved.", True),
        ("参加費が3分の1になります。", "The participation fee is halved.", False),
        # 2週間以上: at least, "or more", never "for two weeks".
        ("納品まで3週間以上かかります。", "Delivery takes three weeks or more.", True),
        ("納品まで3週間以上かかります。", "Delivery takes four weeks or more.", False),
        ("納品まで3週間かかります。", "Delivery takes three weeks or more.", False),
        # "the end of May 31": the date, at its end, not the end of May.
        ("応募は8月31日24時までです。", "Entries close at midnight at the end of August 31.", True),
        ("応募は8月31日24時までです。", "Entries close at midnight at the end of August 30.", False),
    ],
)
def test_school_years_decades_halves_and_ends(source, english, passes):
    assert (check_unit(source, english, NO_GLOSSARY) == []) == passes


def test_a_school_year_moved_is_rewritten_as_the_translator_wrote_it():
    decision = decide(
        "3年生の保護者は体育館にお集まりください。",
        "Parents of third-year students, please gather in the gymnasium.",
        "1年生の保護者は体育館にお集まりください。",
    )
    assert (decision.kind, decision.translation) == (
        "auto",
        "Parents of first-year students, please gather in the gymnasium.",
    )


@pytest.mark.parametrize(
    ("source", "english", "passes"),
    [
        # A clock time with CLDR's day period in words: the period says the half of the day.
        ("説明会は午後2時に始まります。", "The briefing starts at two in the afternoon.", True),
        ("説明会は午後2時に始まります。", "The briefing starts at 2 o'clock in the afternoon.", True),
        ("説明会は午前2時に始まります。", "The briefing starts at two in the afternoon.", False),
        ("説明会は午後2時に始まります。", "The briefing starts at three in the afternoon.", False),
        ("花火は夜8時に始まります。", "The fireworks start at 8 in the evening.", True),
        ("花火は夜8時に始まります。", "The fireworks start at 8 in the morning.", False),
        ("作業は深夜1時に終わります。", "The work ends at 1 at night.", True),
        # A count before a day period, or a word ending in "an", is no clock time.
        (
            "相談会は午前と午後に1回ずつです。",
            "There are two sessions, one in the morning and one in the afternoon.",
            True,
        ),
        ("本日は午前より混雑しています。", "It is busier than in the morning today.", True),
        # 2026.3.7: the date as Japanese notices write it, kept by the translation.
        ("受付は2026.3.7までです。", "Applications close on 2026.3.7.", True),
        ("受付は2026年3月7日までです。", "Applications close on 2026.3.7.", True),
        ("受付は2026年3月7日までです。", "Applications close on 2026.3.17.", False),
    ],
)
def test_times_in_words_and_dotted_dates(source, english, passes):
    assert (check_unit(source, english, NO_GLOSSARY) == []) == passes


def test_a_time_said_with_its_day_period_is_not_rewritten():
    # "at two in the afternoon" → 午後4時: the words are the translator's; the old English stays a suggestion.
    decision = decide(
        "説明会は午後2時に始まります。", "The briefing starts at two in the afternoon.", "説明会は午後4時に始まります。"
    )
    assert decision.kind == "fuzzy"
