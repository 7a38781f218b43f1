"""Red team 21's gate families (catalog/gate_terms.py): values named in words, and the terms of a value a
translation must not reverse. New sentences for each family, the right English accepted and the wrong refused."""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit

NO_GLOSSARY = Glossary({}, ())


def accepted(source: str, translation: str) -> bool:
    return check_unit(source, translation, NO_GLOSSARY) == []


RIGHT = [
    # Roman numerals after the name of a part (第N部, 第N章, 第N期)
    ("第3章では、契約の解除について説明します。", "Chapter III explains how to cancel the contract."),
    ("第2期の募集は、来月始まります。", "Applications for Phase II open next month."),
    ("第1部の講演は、10時に始まります。", "The Part I lectures begin at 10:00 a.m."),
    ("第Ⅱ部は、13時から始まります。", "Part II begins at 1:00 p.m."),
    # twice a year by its adverb
    ("浄化槽の清掃は、年2回行います。", "The septic tank is cleaned semiannually."),
    ("会報は、年に2回発行しています。", "The newsletter is published biannually."),
    ("健康診断は、年2回実施します。", "Health checkups are held twice a year."),
    # every day of the year
    ("このコンビニは、365日営業しています。", "This convenience store is open all year round."),
    ("コールセンターは、24時間365日対応しています。", "The call center is staffed 24 hours a day, year-round."),
    # the floor at street level
    (
        "総合案内は、1階の正面入口横にあります。",
        "The information desk is next to the main entrance on the ground floor.",
    ),
    (
        "総合案内は、1階の正面入口横にあります。",
        "The information desk is next to the main entrance on the first floor.",
    ),
    # two or three, said loosely
    ("修理には2、3日かかります。", "Repairs take a couple of days."),
    ("空席は、残り2、3席です。", "Only a few seats are left."),
    ("結果は2、3週間後にお知らせします。", "We will send the results in two or three weeks."),
    # the direction of a count
    ("5名以上でご来店の場合は、ご予約ください。", "Parties of 5 or more should book ahead."),
    ("8歳以下のお子様は、入場無料です。", "Children 8 and under enter free."),
    ("1回のご注文は、20個以内でお願いします。", "Please order no more than 20 items at a time."),
    # from / until
    ("受付は、開演の1時間前から始まります。", "Check-in opens from 1 hour before the show."),
    ("受付は、正午まで行っております。", "Reception is open until noon."),
    ("割引は、5月1日から適用されます。", "The discount applies from May 1."),
    # a school year
    ("小学4年生以上のお子様は、大人料金です。", "Children in 4th grade and above pay the adult fare."),
    ("中学1年生を対象とした説明会です。", "This session is for first-year junior high school students."),
    # a span counted from an event
    ("手術後3日間は、入浴をお控えください。", "Please do not bathe for 3 days after surgery."),
    (
        "退院後2週間は、激しい運動を避けてください。",
        "Avoid strenuous exercise during the first two weeks after discharge.",
    ),
    ("返却期限は貸出日から2週間です。", "Items are due two weeks after checkout."),
    # the period of a frequency
    ("ゴミの回収は、週2回です。", "Garbage is collected twice a week."),
    ("定例会は、月1回開催します。", "The regular meeting is held once a month."),
    ("服薬は、1日3回です。", "Take the medicine three times a day."),
    # past midnight
    ("応募の締切は、6月30日24時です。", "The entry deadline is midnight at the end of June 30."),
    ("応募の締切は、6月30日24時です。", "The entry deadline is 24:00 on June 30."),
    ("応募の締切は、6月30日24時です。", "The entry deadline is midnight on June 30 (0:00 on July 1)."),
    (
        "映画は、3月7日(金)26時から上映します。",
        "The film screens at 2:00 a.m. on Saturday, after the Friday, March 7 program.",
    ),
    ("応募の締切は、6月30日24時です。", "The entry deadline is 0:00 on July 1."),
    ("映画は、3月7日(金)26時から上映します。", "The film screens from 2:00 a.m. on Saturday, March 8."),
    # the weekend
    ("毎週土曜日と日曜日は、休業です。", "We are closed on weekends."),
    ("土日は、駐車場が満車になります。", "The car park fills up at weekends."),
    ("毎週日曜日は、休業です。", "We are closed on Sundays."),
    # units
    ("会場は、駅から約2kmです。", "The venue is about 2 km from the station."),
    ("会場は、駅から約2kmです。", "The venue is about 2 kilometres from the station."),
    ("荷物は、1個20kgまでです。", "Each bag may weigh up to 20 kg."),
    ("本日の最低気温は、5度の予想です。", "Today's low is forecast to be 5°C."),
    # tax
    ("ランチセットは、1,200円（税抜）です。", "The lunch set is 1,200 yen plus tax."),
    ("ランチセットは、1,320円（税込）です。", "The lunch set is 1,320 yen including tax."),
    ("会費は、年額3,000円（税別）です。", "The annual fee is 3,000 yen, excluding tax."),
    # per person, per group
    ("整理券は、お一人様2枚までです。", "Numbered tickets are limited to 2 per person."),
    ("駐車券は、1組1枚までです。", "Parking tickets are limited to 1 per group."),
    ("抽選券は、1家族1枚です。", "One lottery ticket per family."),
]

WRONG = [
    # a Roman numeral is a value: another part is refused
    ("第3章では、契約の解除について説明します。", "Chapter IV explains how to cancel the contract."),
    ("第2期の募集は、来月始まります。", "Applications for Phase III open next month."),
    ("第Ⅱ部は、13時から始まります。", "Part III begins at 1:00 p.m."),
    # semiannually is twice a year, not twice a month or three times a year
    ("浄化槽の清掃は、月2回行います。", "The septic tank is cleaned semiannually."),
    ("浄化槽の清掃は、年3回行います。", "The septic tank is cleaned semiannually."),
    # all year round is 365日, never 300日
    ("このプールは、年間300日営業しています。", "The pool is open all year round."),
    # the ground floor is 1階 only
    ("総合案内は、2階にあります。", "The information desk is on the ground floor."),
    ("売店は、地下1階にあります。", "The shop is on the ground floor."),
    # a few is two or three, never a count of 2 alone or the 2nd and 3rd of a month
    ("修理には3日かかります。", "Repairs take a few days."),
    ("5月2、3日は休館します。", "The museum is closed for a couple of days."),
    # the direction of a count reversed
    ("5名以上でご来店の場合は、ご予約ください。", "Parties of 5 or fewer should book ahead."),
    ("5名以上でご来店の場合は、ご予約ください。", "Parties of up to 5 should book ahead."),
    ("8歳以下のお子様は、入場無料です。", "Children 8 and over enter free."),
    ("18歳未満の方は、ご購入いただけません。", "Customers aged 18 or older cannot purchase."),
    # from / until reversed
    ("受付は、開演の1時間前から始まります。", "Check-in is open until 1 hour before the show."),
    ("割引は、5月1日から適用されます。", "The discount applies until May 1."),
    ("受付は、17時まで行っております。", "Reception is open from 5:00 p.m."),
    # a school year said as an age
    ("小学4年生以上のお子様は、大人料金です。", "Children aged 4 and above pay the adult fare."),
    ("中学1年生を対象とした説明会です。", "This session is for 1-year-olds."),
    # a span counted from an event said as a point after it
    ("手術後3日間は、入浴をお控えください。", "Please do not bathe 3 days after surgery."),
    # another period of a frequency
    ("ゴミの回収は、週2回です。", "Garbage is collected twice a month."),
    ("定例会は、月1回開催します。", "The regular meeting is held once a year."),
    ("服薬は、1日3回です。", "Take the medicine three times a week."),
    # past midnight put at the start of the date
    ("応募の締切は、6月30日24時です。", "The entry deadline is 0:00 on June 30."),
    ("応募の締切は、6月30日24時です。", "The entry deadline is 12:00 a.m. on June 30."),
    ("映画は、3月7日(金)26時から上映します。", "The film screens at 2:00 a.m. on Friday, March 7."),
    ("映画は、3月7日(金)26時から上映します。", "The film screens from 2:00 a.m. on Sunday, March 8."),
    # the weekend for one of its days, or for another day
    ("毎週日曜日は、休業です。", "We are closed on weekends."),
    ("毎週金曜日は、ノー残業デーです。", "Weekends are no-overtime days."),
    # another unit of the same measure
    ("会場は、駅から約2kmです。", "The venue is about 2 miles from the station."),
    ("荷物は、1個20kgまでです。", "Each bag may weigh up to 20 lb."),
    ("プールの水深は、1.2mです。", "The pool is 1.2 ft deep."),
    # tax reversed
    ("ランチセットは、1,200円（税抜）です。", "The lunch set is 1,200 yen including tax."),
    ("ランチセットは、1,320円（税込）です。", "The lunch set is 1,320 yen plus tax."),
    ("会費は、年額3,000円（税別）です。", "The annual fee is 3,000 yen, tax included."),
    # per person, per group reversed
    ("整理券は、お一人様2枚までです。", "Numbered tickets are limited to 2 per family."),
    ("駐車券は、1組1枚までです。", "Parking tickets are limited to 1 per person."),
]


@pytest.mark.parametrize("source,translation", RIGHT)
def test_the_right_english_is_accepted(source: str, translation: str) -> None:
    assert check_unit(source, translation, NO_GLOSSARY) == []


@pytest.mark.parametrize("source,translation", WRONG)
def test_the_wrong_english_is_refused(source: str, translation: str) -> None:
    assert check_unit(source, translation, NO_GLOSSARY) != []


def test_a_source_that_says_both_terms_leaves_either() -> None:
    # 税込1,650円（税抜1,500円）: both prices, so either word is the translator's
    assert accepted("1,650円（税抜1,500円）です。", "1,650 yen (1,500 yen plus tax).")
    assert accepted("1,650円（税込）、税抜1,500円です。", "1,650 yen including tax (1,500 yen plus tax).")


def test_a_range_of_weekdays_may_be_the_weekend() -> None:
    assert accepted("土曜日〜日曜日は、休業です。", "We are closed on weekends.")


def test_worded_values_are_not_met_by_an_unrelated_word() -> None:
    # "Class C" and "Section D" are letters, no numerals; "I" alone is a pronoun
    assert accepted("Cクラスの受付はこちらです。", "Class C registration is here.")
    assert accepted("ご不明な点は、お問い合わせください。", "If I can help, please contact us.")
