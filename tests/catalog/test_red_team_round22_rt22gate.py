"""Red team 22's gate holes (catalog/gate_terms.py, checks.py): strict against inclusive bounds, surcharges,
a bare 度, the day periods of 午前のみ, a source that says both members of a pair, and three right translations
the gate refused. New sentences for each, the right English accepted and the wrong refused."""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit

NO_GLOSSARY = Glossary({}, ())


def accepted(source: str, translation: str) -> bool:
    return check_unit(source, translation, NO_GLOSSARY) == []


RIGHT = [
    # strict and inclusive bounds
    ("12歳未満のお子様は、保護者の同伴が必要です。", "Children under 12 must be accompanied by a guardian."),
    ("12歳未満のお子様は、保護者の同伴が必要です。", "Children younger than 12 must be accompanied by a guardian."),
    ("5,000円を超えるご注文は、送料無料です。", "Orders over ¥5,000 ship free."),
    ("荷物は20kg以下にしてください。", "Luggage must weigh 20 kg or less."),
    ("荷物は20kg以下にしてください。", "Luggage may weigh at most 20 kg."),
    ("参加者は10名以上で催行します。", "The tour runs with 10 or more participants."),
    ("参加者は10名以上で催行します。", "The tour runs with over 10 participants."),  # (以上 said loosely, kept)
    # a discount said as a fraction, a surcharge said as one
    ("本日は全品5割引です。", "Everything is half price today."),
    ("休日の利用料は、平日の5割増しです。", "The holiday fee is 50% higher than the weekday fee."),
    # a bare 度 in Celsius
    ("室温が28度を超えたら、冷房を入れてください。", "Turn on the air conditioning when the room exceeds 28°C."),
    # the half of the day
    ("窓口の受付は、午前のみです。", "The counter is open in the morning only."),
    ("夜間の受付は、午後のみです。", "Night reception is open in the evening only."),
    (
        "2泊以上の方の清掃は、午前のみ行います。",
        "For stays of 2 nights or more, rooms are cleaned in the morning only.",
    ),
    # both members of a pair, each amount with its own
    ("コースは税抜5,000円（税込5,500円）です。", "The course is ¥5,000 before tax (¥5,500 including tax)."),
    ("宿泊料は1泊8,000円（税抜）、8,800円（税込）です。", "A night costs ¥8,000 excluding tax, ¥8,800 including tax."),
    (
        "貸切は1組20,000円、個人参加はお一人様5,000円です。",
        "Private hire costs ¥20,000 per group; individual places cost ¥5,000 per person.",
    ),
    (
        "貸切は1組20,000円、個人参加はお一人様5,000円です。",
        "Individual places cost ¥5,000 per person, and private hire ¥20,000 per group.",
    ),
    # right English the gate refused
    ("抜歯後2日間は、飲酒を控えてください。", "Please do not drink alcohol until 2 days after the extraction."),
    ("毎週日曜日に「ウィークエンドヨガ」を開きます。", "Weekend Yoga is held every Sunday."),
    ("閉店は、6月7日(金)26時です。", "We close at 2:00 a.m. on the night of Friday, June 7."),
]

WRONG = [
    # an inclusive English bound for a strict source bound, and the other way round
    ("12歳未満のお子様は、保護者の同伴が必要です。", "Children aged 12 and under must be accompanied by a guardian."),
    ("12歳未満のお子様は、保護者の同伴が必要です。", "Children 12 or younger must be accompanied by a guardian."),
    ("5,000円を超えるご注文は、送料無料です。", "Orders of ¥5,000 or more ship free."),
    ("5,000円を超えるご注文は、送料無料です。", "Orders of at least ¥5,000 ship free."),
    ("荷物は20kg以下にしてください。", "Luggage must weigh less than 20 kg."),
    ("荷物は20kg以下にしてください。", "Luggage must weigh under 20 kg."),
    ("参加者は10名以上で催行します。", "The tour runs with 10 or fewer participants."),  # (the direction, as before)
    # a surcharge said as a fraction of the whole
    ("休日の利用料は、平日の5割増しです。", "The holiday fee is half the weekday fee."),
    ("深夜は料金が50%アップします。", "Late at night, the fare is half."),
    # a bare 度 in Fahrenheit
    ("室温が28度を超えたら、冷房を入れてください。", "Turn on the air conditioning when the room exceeds 28°F."),
    # a day period that names no part of the morning, for 午前のみ
    ("窓口の受付は、午前のみです。", "The counter is open in the evening only."),
    ("窓口の受付は、午前のみです。", "The counter is open at night only."),
    ("窓口の受付は、午前のみです。", "The counter is open evenings only."),
    ("夜間の受付は、午後のみです。", "Night reception is open in the morning only."),
    # both members of a pair, the terms swapped between the amounts
    ("コースは税抜5,000円（税込5,500円）です。", "The course is ¥5,000 including tax (¥5,500 before tax)."),
    ("宿泊料は1泊8,000円（税抜）、8,800円（税込）です。", "A night costs ¥8,000 including tax, ¥8,800 excluding tax."),
    (
        "貸切は1組20,000円、個人参加はお一人様5,000円です。",
        "Private hire costs ¥20,000 per person; individual places cost ¥5,000 per group.",
    ),
    ("体験料はお一人様2,500円です（1組6名様まで）。", "The fee is ¥2,500 per group (up to 6 people per group)."),
    # near misses of the right English above
    ("抜歯後2日間は、飲酒を控えてください。", "Please do not drink alcohol 2 days after the extraction."),
    ("毎週日曜日にヨガ教室を開きます。", "Yoga classes are held on weekends."),
    ("閉店は、6月7日(金)26時です。", "We close at 2:00 a.m. on Friday, June 7."),
]


@pytest.mark.parametrize(("source", "translation"), RIGHT)
def test_right_english_is_accepted(source: str, translation: str) -> None:
    assert check_unit(source, translation, NO_GLOSSARY) == []


@pytest.mark.parametrize(("source", "translation"), WRONG)
def test_wrong_english_is_refused(source: str, translation: str) -> None:
    assert not accepted(source, translation)
