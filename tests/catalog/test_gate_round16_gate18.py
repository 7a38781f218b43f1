"""The gate and more English forms of a value (issue 21, sixteenth round: gate18).

Each form the gate now reads is accepted in sentences of several domains (new sentences, not the round's corpus),
and the same form beside another value, or the sentence with a wrong value, is refused: the gate never accepts a
wrong value to accept a correct one.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.language.english import read


def refused(source: str, english: str) -> bool:
    return bool(check_unit(source, english, Glossary({}, ())))


ACCEPTED = [
    # day two, Day 3, Year 2: the Nth of a span (N日目, N年生)
    ("合宿の3日目は自由行動です。", "Day 3 of the camp is free time."),
    ("研修の2日目は工場見学です。", "On day two of the training, we visit the factory."),
    ("4日目の夕食はバーベキューです。", "Dinner on Day 4 is a barbecue."),
    ("2年生は10時に集合してください。", "Year 2 pupils should gather at 10 am."),
    # runner-up: second place
    ("第2位のチームには賞状を贈ります。", "The runner-up team receives a certificate."),
    ("コンテスト2位の作品を展示します。", "The runner-up entry in the contest is on display."),
    ("第3位の作品を展示します。", "The second runner-up entry is on display."),
    ("2位のチームに賞品を贈ります。", "The 1st runner-up team receives a prize."),
    # a number word that shows one value leaves the other shown by its own words
    ("2回目の塗装は1回目の2週間後に行います。", "The second coat goes on two weeks after the first."),
    ("2回目の面談は1回目の3日後です。", "The second interview is three days after the first."),
    # a half of the day named alone, said as that half
    ("窓口は午前のみの受付です。", "The counter is open mornings only."),
    ("土曜日は午後休診です。", "Closed on Saturday afternoons."),
    ("土曜日は午後休診です。", "Saturdays: mornings only."),  # the same by the negation
    ("土曜日は午前のみ診療します。", "On Saturdays we are closed in the afternoon."),
    ("午前中(9時〜12時)のみ開館します。", "Open 9 am to 12 pm only."),  # the pm of a clock time
    ("午前は予約制、午後は自由来館です。", "Mornings by appointment; afternoons open to all."),
    # from 9 until 5: two bare hours joined by until / till
    ("事務所は9時から17時まで開いています。", "The office is open from 9 until 5."),
    ("売店は10時から16時まで営業します。", "The kiosk is open from 10 till 4."),
    # two pairs of bare hours after the days they are kept on, the second after "and"; a bare time with its minutes
    ("窓口は平日9時〜12時、13時〜16時です。", "The desk is open weekdays 9–12 and 1–4."),
    ("土曜日は10時〜14時の営業です。", "Open Sat 10–2."),
    ("昼休みは11時30分から12時30分までです。", "Lunch is from 11.30 to 12.30."),
    ("受付は8時45分から11時15分までです。", "Reception: 8.45 to 11.15."),
    ("送料は1.50ドルから2.50ドルです。", "Shipping costs from 1.50 to 2.50."),
    # one and a half times (1.5倍), two and a half times
    ("休日の料金は平日の1.5倍です。", "Holiday rates are one and a half times the weekday rate."),
    ("深夜の作業費は2.5倍です。", "Night work is charged at two and a half times the rate."),
    # the ground floor (1階)
    ("受付は1階です。", "Reception is on the ground floor."),
    ("ATMは本館1階にあります。", "The ATM is on the ground floor of the main building."),
    # a percentage said as a fraction
    ("会員は入場料が50%引きです。", "Members get in at half price."),
    ("キャンセル料は料金の50%です。", "The cancellation fee is half the charge."),
    ("中途解約の場合は25%を返金します。", "If you cancel early, a quarter of the fee is refunded."),
    ("工事は75%完了しました。", "The works are three-quarters complete."),
    ("5割引で販売します。", "On sale at half price."),
    # the one of a rate, unsaid, beside a count the source explains
    ("証明書は1通500円です。", "Certificates cost ¥500 each."),
    ("1回2錠を服用してください。", "Take two tablets per dose."),
    ("貸しボートは1艘30分800円です。", "Rowing boats are ¥800 for 30 minutes."),
]

REFUSED = [
    # day N with another N; day N read only where it numbers a day
    ("合宿の3日目は自由行動です。", "Day 4 of the camp is free time."),
    ("研修の2日目は工場見学です。", "On day three of the training, we visit the factory."),
    ("4日目の夕食はバーベキューです。", "Dinner on Day 5 is a barbecue."),
    # runner-up is second place, never third; "second runner-up" is third place
    ("第3位のチームには賞状を贈ります。", "The runner-up team receives a certificate."),
    ("第2位のチームには賞状を贈ります。", "The second runner-up team receives a certificate."),
    ("第4位の作品を展示します。", "The second runner-up entry is on display."),
    # the word already said for another value says no second one
    ("2回目の塗装は1回目の2週間後に行います。", "The second coat goes on a month after the first."),
    ("2回目の塗装は1回目の2週間後に行います。", "The second coat goes on a week after the first."),
    ("3回目の面談は2回目の3日後です。", "The third interview is a day after the second."),
    # the other half of the day
    ("窓口は午前のみの受付です。", "The counter is open afternoons only."),
    ("窓口は午前のみの受付です。", "The counter is open p.m. only."),
    ("土曜日は午後のみ診療します。", "On Saturdays, mornings only."),
    ("窓口は午前中だけ開いています。", "The counter is open only in the afternoon."),
    ("土曜日は午前中のみ営業します。", "On Saturdays we open in the afternoon only."),
    # until: the ends still compared
    ("事務所は9時から17時まで開いています。", "The office is open from 9 until 4."),
    ("売店は10時から16時まで営業します。", "The kiosk is open from 11 till 4."),
    ("窓口は平日9時〜12時、13時〜16時です。", "The desk is open weekdays 9–12 and 1–5."),
    ("土曜日は10時〜14時の営業です。", "Open Sat 10–3."),
    ("昼休みは11時30分から12時30分までです。", "Lunch is from 11.30 to 12.45."),
    ("昼休みは11時30分から12時30分までです。", "Lunch is from 12.30 to 11.30."),
    ("受付は8時45分から11時15分までです。", "Reception: 8.15 to 11.15."),
    # another multiple
    ("休日の料金は平日の2.5倍です。", "Holiday rates are one and a half times the weekday rate."),
    ("深夜の作業費は1.5倍です。", "Night work is charged at two and a half times the rate."),
    ("深夜の作業費は1.5倍です。", "Night work is charged at double the rate."),
    # the ground floor is 1階 only
    ("受付は2階です。", "Reception is on the ground floor."),
    ("ATMは本館3階にあります。", "The ATM is on the ground floor of the main building."),
    # another share
    ("会員は入場料が30%引きです。", "Members get in at half price."),
    ("キャンセル料は料金の50%です。", "The cancellation fee is a third of the charge."),
    ("中途解約の場合は20%を返金します。", "If you cancel early, a quarter of the fee is refunded."),
    ("工事は70%完了しました。", "The works are three-quarters complete."),
    # a count in words no value of the source explains, where the source's rate is one
    ("証明書は1通500円です。", "Certificates cost ¥500 for three copies."),
    ("貸しボートは1艘30分800円です。", "Two rowing boats are ¥800 for 30 minutes."),
]


@pytest.mark.parametrize(("source", "english"), ACCEPTED)
def test_the_english_form_is_accepted(source: str, english: str) -> None:
    assert not refused(source, english), check_unit(source, english, Glossary({}, ()))


@pytest.mark.parametrize(("source", "english"), REFUSED)
def test_a_wrong_value_in_the_same_form_is_refused(source: str, english: str) -> None:
    assert refused(source, english)


@pytest.mark.parametrize(
    "english",
    [
        "Open 7 days a week 9 to 5.",  # a week | 9: a rate's unit, no week numbered
        "Take twice a day 2 tablets.",
        "Every day 3 sessions are held.",
        "The course runs for 2 days.",
    ],
)
def test_a_span_word_before_a_number_numbers_nothing(english: str) -> None:
    assert not [m for m in read(english) if m.kind == "ordinal" and m.style.startswith("numbered")]


def test_day_n_in_digits_is_a_value_the_source_must_have():
    assert refused("研修は2日間です。", "Training lasts 2 days; day 3 is optional.")
    assert not refused("研修は3日間で、3日目は任意です。", "Training lasts 3 days; day 3 is optional.")


@pytest.mark.parametrize("english", ["Groups of weekdays 9–12 people.", "Ages: 6.30 to 8.15 metres.", "Mon 3 to 5 kg"])
def test_bare_hours_are_read_only_before_the_end_of_a_clause(english: str) -> None:
    assert not [m for m in read(english) if m.kind == "time"]


def test_a_bare_time_with_its_minutes_meets_either_half_of_the_day():
    times = {m.value for m in read("Lunch is from 11.30 to 12.30.") if m.kind == "time"}
    assert times == {(11, 30), (12, 30)}
    assert not refused("昼休みは23時30分から24時30分までです。", "Lunch is from 11.30 to 12.30.")
    assert refused("昼休みは11時から12時までです。", "Lunch is from 11.30 to 12.30.")
