"""Issue 21's entity forms, read by the entity layer and compared by the gate: every correct form passes, every wrong value fails.

One test per form a professional writes (and per wrong value a translator might), so that a form the layer stops
reading shows up by name.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.language.entities import find

NO_GLOSSARY = Glossary({}, ())


def _values(text):
    return [(e.kind, e.value) for e in find(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Kanji numerals: proposed by kanjize, decided by the morphology.
        ("一月一日から", [("date", (None, 1, 1))]),  # 一日 is one word to the analyzer; after a month, the 1st
        ("四月一日付で", [("date", (None, 4, 1))]),
        ("毎月一日に", [("date", (None, None, 1))]),
        ("一日も早い復旧に努めます。", []),  # "as soon as possible": no day
        ("一日中ご利用いただけません。", []),  # "all day"
        ("一時、サービスがご利用いただけない状態でした。", []),  # "for a while", not 01:00
        ("午後一時から", [("time", (13, 0))]),
        ("三億円", [("number", (300_000_000,))]),
        ("二割引", [("number", (20,))]),  # a rate: 20%
        ("2割5分", [("number", (25,))]),
        ("1.5万円", [("number", (15_000,))]),  # not a version 1.5
        ("1,200万円", [("number", (12_000_000,))]),  # grouped digits before 万: 12,000,000 yen, not 1,200
        ("3,500億円", [("number", (350_000_000_000,))]),
        ("二分の一", [("fraction", (1, 2))]),
        ("2分の1を補助", [("fraction", (1, 2))]),  # a fraction, not two minutes
        # Clock times: the half of the day said by a word, times past 24:00.
        ("夜10時", [("time", (22, 0))]),
        ("夜十時", [("time", (22, 0))]),
        ("夕方5時", [("time", (17, 0))]),
        ("朝9時", [("time", (9, 0))]),
        ("深夜2時", [("time", (2, 0))]),
        ("夜10時〜11時", [("time", (22, 0)), ("time", (23, 0))]),
        ("25時30分", [("time", (25, 30))]),
        # Durations keep their half hour and their relation.
        ("1時間半", [("duration", ("hour", 1, 30))]),
        ("二時間半以内", [("duration", ("hour", 2, 30))]),
        # A range of days written with a bare number at its end, or with 日 once.
        ("6/9〜12", [("date", (None, 6, 9)), ("date", (None, 6, 12))]),
        ("8月4〜6日", [("date", (None, 8, 4)), ("date", (None, 8, 6))]),
        # A range of durations: the first end takes the unit of the second (not the 6th of the month).
        ("返金まで4〜6日かかります", [("duration", ("day", 4)), ("duration", ("day", 6))]),
        ("20〜25分", [("duration", ("minute", 20)), ("duration", ("minute", 25))]),
        # 1日 before a count is a rate, not the 1st.
        ("1日3便", [("duration", ("day", 1)), ("number", (3,))]),
        ("1日9時から", [("date", (None, None, 1)), ("time", (9, 0))]),
        ("料金は半額です", [("fraction", (1, 2))]),
    ],
)
def test_japanese_forms(text, expected):
    assert _values(text) == expected


def test_a_duration_keeps_its_relation_with_kanji_numerals():
    (within,) = find("三日以内")
    assert (within.value, within.relation) == (("day", 3), "within")


CORRECT = [
    # 24時 and times past midnight.
    ("24時に終了します。", "Ends at 12:00 AM."),
    ("24時に終了します。", "Ends at midnight."),
    ("24時に終了します。", "Ends at 24:00."),
    ("24時に終了します。", "Ends at 12 a.m."),
    ("25時30分に終了します。", "Ends at 1:30 AM."),
    ("25時30分に終了します。", "Ends at 25:30."),
    # Years, dates, months, days.
    ("令和8年に改定します。", "Revised in 2026."),
    ("令和8年3月に改定します。", "Revised in March 2026."),
    ("6/9に実施します。", "On June 9."),
    ("6/9に実施します。", "On 9 June."),
    ("2023年7月18日に公開。", "Published on 18 July 2023."),
    ("2023年7月18日に公開。", "Published on July 18, 2023."),
    ("2023年7月18日に公開。", "Published on 2023-07-18."),
    ("2023年7月18日に公開。", "Published on July 18th, 2023."),
    ("2023年7月18日に公開。", "Published on the 18th of July 2023."),
    ("2023年7月18日に公開。", "Published on 7/18/2023."),
    ("2023年7月18日に公開。", "Published on 18/7/2023."),
    ("27日に締め切ります。", "Closes on the 27th."),
    ("10月中旬に再開します。", "Resumes in mid-October."),
    ("5月に再開します。", "Resumes in May."),
    ("5月〜7月に実施します。", "Held May–July."),
    ("一月一日から適用します。", "Applies from January 1."),
    ("6/9〜12に実施します。", "Held June 9 to 12."),
    ("2月14日(水)と21日(水)に実施します。", "On Wednesday, February 14 and Wednesday, February 21."),
    ("5月3日〜5日は休業します。", "Closed May 3–5."),
    ("12日、19日、26日に開催します。", "Held on the 12th, 19th, and 26th."),
    # Clock times in words and ranges sharing one AM/PM.
    ("午後三時に再開します。", "Resumes at 3 PM."),
    ("夜10時に閉店します。", "Closes at 10 PM."),
    ("9時〜11時に実施します。", "Held 9–11 AM."),
    ("14時〜17時に実施します。", "Held from 2 to 5 p.m."),
    ("14時〜17時に実施します。", "Held from 2:00 to 5:00 PM."),
    ("10時に開店します。", "Opens at 10 o'clock."),
    # Ordinals and fractions in kanji.
    ("障害のお知らせ(第一報)", "Incident notice (First report)"),
    ("障害のお知らせ(第一報)", "Incident notice (1st report)"),
    ("費用の二分の一を補助します。", "We cover one-half of the cost."),
    ("費用の2分の1を補助します。", "We cover half of the cost."),
    # Durations.
    ("1時間半で復旧します。", "Restored in 90 minutes."),
    ("1時間半で復旧します。", "Restored in 1.5 hours."),
    ("1時間半で復旧します。", "Restored in an hour and a half."),
    ("2時間半で復旧します。", "Restored in two and a half hours."),
    ("30分で復旧します。", "Restored in half an hour."),
    ("三日以内にご返送ください。", "Please return it within 3 days."),
    # Numbers with separators, money, rates.
    ("定員は1,000名です。", "Capacity is 1,000 people."),
    ("定員は1,000名です。", "Capacity is 1000 people."),
    ("手数料は1,000円です。", "The fee is ¥1,000."),
    ("手数料は1,000円です。", "The fee is JPY 1,000."),
    ("手数料は1万円です。", "The fee is 10,000 yen."),
    ("手数料は1.5万円です。", "The fee is 15,000 yen."),
    ("手数料は五千円です。", "The fee is 5,000 yen."),
    ("総額は三億円です。", "The total is 300 million yen."),
    ("総額は3億円です。", "The total is ¥300 million."),
    ("全品2割引です。", "Everything is 20% off."),
    ("一日も早い復旧に努めます。", "We are working to restore service as soon as possible."),
    ("一時、サービスがご利用いただけない状態でした。", "The service was temporarily unavailable."),
    # Relations said after the duration, ranges of durations, rates, halves.
    ("受付は開演の15分前までです。", "Entry closes at least 15 minutes before the show."),
    ("2週間前までにご連絡ください。", "Please let us know at least 2 weeks in advance."),
    ("返金まで4〜6日かかります。", "Refunds take 4 to 6 days."),
    ("返金まで4〜6日かかります。", "Refunds take 4–6 days."),
    ("1日3便運航します。", "We operate 3 sailings per day."),
    ("1日3便運航します。", "We operate 3 sailings a day."),
    ("学生は入館料が半額です。", "Students pay half price."),
    ("学生は入館料が半額です。", "Students get 50% off admission."),
    # A weekday alone: named, or said by a word that names none.
    ("毎週土曜日に開催します。", "Held every Saturday."),
    ("月曜日は休館です。", "Closed on Mondays."),
    ("土曜日と日曜日は休業です。", "Closed on weekends."),
    ("4日(日)に開催します。", "Held on Sunday the 4th."),
    ("4日(日)に開催します。", "Held on the 4th (Sun)."),
    ("第3四半期の決算を発表します。", "We will announce our third-quarter results."),
    ("返却期限は貸出日から2週間です。", "Items are due two weeks after checkout."),
    ("半年後に更新します。", "It will be renewed after six months."),
    ("正午に再開します。", "Resumes at midday."),
    # 午後12時 is read both ways, as its writers mean it both ways.
    ("午後12時に終了します。", "Ends at midnight."),
    # One of a counter before another number is a rate (per lesson, per person): English need not say it.
    ("体験レッスンは1回50分、2,000円です。", "Trial lessons last 50 minutes and cost 2,000 yen."),
    ("体験レッスンは1回50分、2,000円です。", "Trial lessons cost 2,000 yen for 50 minutes each."),
    ("お一人様1人2点までとさせていただきます。", "Limited to 2 items per customer."),
    ("整理券は1名3枚までです。", "Up to 3 tickets per person."),
    ("整理券は1名3枚までです。", "Each person may take up to 3 tickets."),
    ("1件500円の手数料がかかります。", "A fee of 500 yen applies to each transaction."),
    # Grouped digits before 万/億.
    ("年収1,200万円以下の世帯が対象です。", "Households with an annual income of ¥12,000,000 or less are eligible."),
    ("年収1,200万円以下の世帯が対象です。", "Households earning 12 million yen or less are eligible."),
    ("午後12時に終了します。", "Ends at noon."),
]


@pytest.mark.parametrize("source,translation", CORRECT)
def test_the_gate_accepts_every_correct_form(source, translation):
    assert check_unit(source, translation, NO_GLOSSARY) == []


WRONG = [
    # "weekends" is Saturday and Sunday: not a Saturday alone (red team 21, catalog/gate_terms.py)
    ("土曜日は休業です。", "Closed on weekends."),
    ("25時30分に終了します。", "Ends at 1:30 PM."),
    ("24時に終了します。", "Ends at 12:00 PM."),
    ("令和8年に改定します。", "Revised in 8 years."),
    ("6/9に実施します。", "On June 6."),
    ("2023年7月18日に公開。", "Published on 18 July 2024."),
    ("2023年7月18日(火)に公開。", "Published on Wednesday, 18 July 2023."),
    ("27日に締め切ります。", "Closes on the 26th."),
    ("10月中旬に再開します。", "Resumes in mid-November."),
    ("午後三時に再開します。", "Resumes at 5 PM."),
    ("夜10時に閉店します。", "Closes at 10 AM."),
    ("21時〜23時に実施します。", "Held 9–11 AM."),
    ("障害のお知らせ(第一報)", "Incident notice (Second report)"),
    ("三日以内にご返送ください。", "Please return it within 5 days."),
    ("3日以内にご返送ください。", "Please return it 3 days later."),
    ("2時間半で復旧します。", "Restored in 2 hours."),
    ("費用の2分の1を補助します。", "We cover 2 minutes of the cost."),
    ("手数料は1,000円です。", "The fee is 10,000 yen."),
    ("手数料は五千円です。", "The fee is 3,000 yen."),
    ("総額は3億円です。", "The total is 30 million yen."),
    ("全品2割引です。", "Everything is 2% off."),
    ("受付は開演の15分前までです。", "Entry closes 15 minutes after the show starts."),
    ("返金まで4〜6日かかります。", "Refunds take 3 to 6 days."),
    ("1日3便運航します。", "We operate 4 sailings per day."),
    ("学生は入館料が半額です。", "Students get 30% off admission."),
    ("毎週土曜日に開催します。", "Held every Sunday."),
    ("月曜日は休館です。", "Closed on Tuesdays."),
    ("4日(日)に開催します。", "Held on Saturday the 4th."),
    ("4日(日)に開催します。", "Held on the 4th (Sat.)."),
    ("午後12時に終了します。", "Ends at 1 PM."),
    ("12時に終了します。", "Ends at midnight."),
    # A rate's one may go unsaid, but its other number must still be right, and a one that names is no rate.
    ("体験レッスンは1回50分です。", "Trial lessons last 40 minutes."),
    ("体験レッスンは1回50分です。", "2 lessons last 50 minutes."),
    ("1号車3番の座席です。", "Seat 3 in Car 2."),
    ("年収1,200万円以下の世帯が対象です。", "Households with an annual income of ¥1,200 or less are eligible."),
    ("年収1,200万円以下の世帯が対象です。", "Households with an annual income of ¥120,000,000 or less are eligible."),
]


@pytest.mark.parametrize("source,translation", WRONG)
def test_the_gate_refuses_every_wrong_value(source, translation):
    assert check_unit(source, translation, NO_GLOSSARY), translation
