"""Round 14, values15: value-only edits the auto-update now rewrites (a day in the month of the date before it, a
decimal inside a name, a count said after "of", a multiple said in words, a decimal against a whole number, a stay
in nights and days, two equal values told apart by their nouns), and the near-misses it must still decline."""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import AUTO, FLIP_KINDS, decide

REWRITTEN = [
    # A day written alone is in the month of the date before it, which moved.
    (
        "6月7日（土）・8日（日）は臨時休館します。",
        "The library will be closed on Saturday, June 7 and Sunday, June 8.",
        "7月12日（土）・13日（日）は臨時休館します。",
        "The library will be closed on Saturday, July 12 and Sunday, July 13.",
    ),
    (
        "9月3日・4日に健康診断を行います。",
        "Health checks will be held on September 3 and September 4.",
        "10月1日・2日に健康診断を行います。",
        "Health checks will be held on October 1 and October 2.",
    ),
    # The day alone in the English too: the month is the date's before it, rewritten with it.
    (
        "9月3日・4日に健康診断を行います。",
        "Health checks will be held on September 3 and the 4th.",
        "10月1日・2日に健康診断を行います。",
        "Health checks will be held on October 1 and the 2nd.",
    ),
    # The decimal inside a name: the frequency of a station.
    (
        "FM82.1MHzで放送しています。",
        "We broadcast on FM 82.1 MHz.",
        "FM84.7MHzで放送しています。",
        "We broadcast on FM 84.7 MHz.",
    ),
    # A count said after "of" and a noun.
    (
        "紅茶は10袋入り1箱500円です。",
        "Tea comes in boxes of ten for 500 yen a box.",
        "紅茶は12袋入り1箱600円です。",
        "Tea comes in boxes of twelve for 600 yen a box.",
    ),
    (
        "卵は6個入りで販売しています。",
        "Eggs are sold in cartons of six.",
        "卵は20個入りで販売しています。",
        "Eggs are sold in cartons of 20.",
    ),
    # A multiple said in words.
    (
        "繁忙期の料金は通常の2倍です。",
        "The peak-season rate is twice the usual rate.",
        "繁忙期の料金は通常の1.5倍です。",
        "The peak-season rate is 1.5 times the usual rate.",
    ),
    (
        "会員はポイントが2倍になります。",
        "Members earn twice the points.",
        "会員はポイントが3倍になります。",
        "Members earn three times the points.",
    ),
    (
        "休日の駐車料金は平日の3倍です。",
        "Parking on holidays costs three times the weekday rate.",
        "休日の駐車料金は平日の2.5倍です。",
        "Parking on holidays costs 2.5 times the weekday rate.",
    ),
    # A decimal against a whole number, the other way.
    (
        "夜間の料金は昼間の1.5倍です。",
        "The night rate is 1.5 times the day rate.",
        "夜間の料金は昼間の2倍です。",
        "The night rate is 2 times the day rate.",
    ),
    # A stay in nights and days.
    (
        "2泊3日の研修に参加します。",
        "We will attend a two-night, three-day training course.",
        "3泊4日の研修に参加します。",
        "We will attend a three-night, four-day training course.",
    ),
    (
        "宿泊プランは1泊2日で12,000円です。",
        "The lodging plan costs 12,000 yen for 1 night and 2 days.",
        "宿泊プランは3泊4日で30,000円です。",
        "The lodging plan costs 30,000 yen for 3 nights and 4 days.",
    ),
    (
        "修学旅行は3泊4日です。",
        "The school trip is a 3-night/4-day trip.",
        "修学旅行は1泊2日です。",
        "The school trip is a 1-night/2-day trip.",
    ),
    # A holiday mark the date loses, said in a parenthesis of its own after the date.
    (
        "説明会は、11月3日（月・祝）に行います。",
        "The briefing will be held on Monday, November 3 (public holiday).",
        "説明会は、11月8日（土）に行います。",
        "The briefing will be held on Saturday, November 8.",
    ),
    (
        "植木市は3月20日（金・祝）に開きます。",
        "The plant fair opens on Friday, March 20 (holiday).",
        "植木市は3月27日（金）に開きます。",
        "The plant fair opens on Friday, March 27.",
    ),
    # A list of clock times grown or shrunk by one, the count of times with it.
    (
        "見学は1日2回（10:00、14:00）です。",
        "Tours are held twice a day (10:00 and 14:00).",
        "見学は1日3回（10:00、13:00、15:00）です。",
        "Tours are held three times a day (10:00, 13:00 and 15:00).",
    ),
    (
        "送迎バスは9:00、11:00、13:00に出発します。",
        "The shuttle leaves at 9:00 a.m., 11:00 a.m., and 1:00 p.m.",
        "送迎バスは9:00、13:00に出発します。",
        "The shuttle leaves at 9:00 a.m. and 1:00 p.m.",
    ),
    (
        "点呼は8:30、12:30、16:30です。",
        "Roll calls are at 8:30, 12:30 and 16:30.",
        "点呼は8:30、12:30、16:30、20:30です。",
        "Roll calls are at 8:30, 12:30, 16:30 and 20:30.",
    ),
    # A number of times said in one word.
    (
        "点検は月2回行います。",
        "Inspections take place twice a month.",
        "点検は月1回行います。",
        "Inspections take place once a month.",
    ),
    (
        "毎月2回開催します。",
        "It is held twice a month.",
        "毎月3回開催します。",
        "It is held three times a month.",
    ),
    (
        "図書の入れ替えは週1回です。",
        "Books are rotated once a week.",
        "図書の入れ替えは週2回です。",
        "Books are rotated twice a week.",
    ),
    # Two equal values told apart by the nouns JMdict glosses.
    (
        "第2試合は2番コートで行います。",
        "Court 2 will host Match 2.",
        "第3試合は5番コートで行います。",
        "Court 5 will host Match 3.",
    ),
    (
        "4号車は4番線から発車します。",
        "Car 4 departs from Track 4.",
        "6号車は2番線から発車します。",
        "Car 6 departs from Track 2.",
    ),
]


@pytest.mark.parametrize(("old", "old_en", "new", "new_en"), REWRITTEN)
def test_a_value_edit_is_rewritten(old, old_en, new, new_en):
    decision = decide(old, old_en, new)
    assert (decision.kind, decision.translation) == (AUTO, new_en)


DECLINED = [
    # The day alone left the month before it (2日: the next month's?): which month?
    (
        "6月7日（土）・8日（日）は休館します。",
        "Closed on Saturday, June 7 and Sunday, June 8.",
        "6月30日（月）・2日（水）は休館します。",
    ),
    # Another name around the decimal: another band, another unit.
    ("FM82.1MHzで放送しています。", "We broadcast on FM 82.1 MHz.", "AM82.1MHzで放送しています。"),
    ("FM82.1MHzで放送しています。", "We broadcast on FM 82.1 MHz.", "FM82.1kHzで放送しています。"),
    # The count's word twice in the English, or after no noun, or becoming one.
    (
        "卵は6個入りで販売しています。",
        "Eggs are sold in cartons of six, six days a week.",
        "卵は10個入りで販売しています。",
    ),
    ("定員は6名です。", "The room seats up to six.", "定員は8名です。"),
    ("卵は6個入りで販売しています。", "Eggs are sold in cartons of six.", "卵は1個入りで販売しています。"),
    # "twice" may be the unchanged 2回's, the changed one being unsaid: which is it?
    (
        "会議は週2回、1日2回の点検があります。",
        "Meetings are held twice a week, with daily inspections.",
        "会議は週2回、1日3回の点検があります。",
    ),
    # Two multiple words; a multiple of one.
    ("月2回、ポイント2倍の日があります。", "Twice a month, points are doubled.", "月2回、ポイント3倍の日があります。"),
    ("料金は通常の2倍です。", "The rate is twice the usual rate.", "料金は通常の1倍です。"),
    # A stay the English does not write as the source had it; an article that would change.
    ("1泊2日で参加します。", "We will join for 2 nights and 3 days.", "2泊3日で参加します。"),
    ("1泊2日の旅行です。", "It is a 1-night/2-day trip.", "8泊9日の旅行です。"),
    # A holiday said elsewhere too, or not in a parenthesis of its own.
    (
        "説明会は、11月3日（月・祝）に行います。",
        "The briefing will be held on Monday, November 3 (public holiday), a holiday.",
        "説明会は、11月8日（土）に行います。",
    ),
    (
        "植木市は3月20日（金・祝）に開きます。",
        "The holiday plant fair opens on Friday, March 20.",
        "植木市は3月27日（金）に開きます。",
    ),
    # The English list in another order, or a list that changed beside other words.
    (
        "点呼は8:30、12:30、16:30です。",
        "Roll calls are at 8:30, 16:30 and 12:30.",
        "点呼は8:30、12:30、16:30、20:30です。",
    ),
    # "once" that is no frequency (a conjunction), and a second frequency word.
    ("受付後、1回ご連絡します。", "Once you apply, we will contact you.", "受付後、2回ご連絡します。"),
    ("受付後、2回ご連絡します。", "Once you apply, we will contact you twice.", "受付後、3回ご連絡します。"),
    # Equal values whose nouns the English does not gloss: which is which?
    ("第3戦は3番で行います。", "Game 3 is played at Gate 3.", "第4戦は5番で行います。"),
]


@pytest.mark.parametrize(("old", "old_en", "new"), DECLINED)
def test_a_value_edit_that_cannot_be_written_is_declined(old, old_en, new):
    decision = decide(old, old_en, new)
    assert decision.kind != AUTO or decision.translation == old_en, decision


CHANGED = [
    (
        "点呼は8:30、12:30、16:30です。",
        "Roll calls are at 8:30, 12:30 and 16:30.",
        "点呼は8:30、12:30、16:30、20:30の予定です。",
    ),
    # More than a value changed beside the stay, or the decimal is a version's.
    ("1泊2日で参加します。", "We will join for 1 night and 2 days.", "2泊3日で参加を予定しています。"),
    ("Ver.1.5に更新します。", "We will update to Ver. 1.5.", "Ver.2に更新しません。"),
]


@pytest.mark.parametrize(("old", "old_en", "new"), CHANGED)
def test_an_edit_beyond_the_values_is_no_auto_update(old, old_en, new):
    assert decide(old, old_en, new).kind in FLIP_KINDS
