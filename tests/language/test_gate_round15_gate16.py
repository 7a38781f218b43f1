"""The gate and English as professional translators write it (issue 21, fifteenth round: gate16).

Each family the gate now reads is accepted in sentences of several domains, and the same sentence with a
wrong value in that form is refused: the gate must never accept a wrong value to accept a correct one.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit


def refused(source: str, english: str) -> bool:
    return bool(check_unit(source, english, Glossary({}, ())))


# A time with its minutes after a full stop (7.30pm), as British English writes it with its half of the day.
DOTTED = [
    ("花火大会は午後7時30分から午後8時30分まで開催します。", "The fireworks run from 7.30pm to 8.30pm."),
    ("受付は午前9時30分から午前11時30分までです。", "Reception is open 9.30–11.30 am."),
    ("ごみは午前8時30分までに出してください。", "Put your rubbish out by 8.30 am."),
    ("開演は午後6時15分です。", "The show starts at 6.15 p.m."),
]
DOTTED_WRONG = [
    ("花火大会は午後7時30分から午後8時30分まで開催します。", "The fireworks run from 7.30am to 8.30pm."),
    ("花火大会は午後7時30分から午後8時30分まで開催します。", "The fireworks run from 7.45pm to 8.30pm."),
    ("受付は午前9時30分から午前11時30分までです。", "Reception is open 9.30–11.30 pm."),
    ("ごみは午前8時30分までに出してください。", "Put your rubbish out by 8.40 am."),
    ("開演は午後6時15分です。", "The show starts at 7.15 p.m."),
]

# The hour said with the minutes before or after it: half past two, a quarter to ten in the evening.
SAID_CLOCK = [
    ("最終バスは21時45分発です。", "The last bus leaves at a quarter to ten in the evening."),
    ("3年生は午後2時30分に下校します。", "Third-year pupils go home at half past two."),
    ("集合は午前10時15分です。", "Please gather at quarter past ten."),
    ("開場は午後6時20分です。", "Doors open at 20 minutes past 6."),
    ("朝礼は8時45分からです。", "Morning assembly starts at a quarter to nine in the morning."),
]
SAID_CLOCK_WRONG = [
    ("最終バスは21時45分発です。", "The last bus leaves at a quarter past ten in the evening."),
    ("最終バスは21時45分発です。", "The last bus leaves at a quarter to ten in the morning."),
    ("最終バスは21時45分発です。", "The last bus leaves at a quarter to eleven in the evening."),
    ("3年生は午後2時30分に下校します。", "Third-year pupils go home at half past three."),
    ("集合は午前10時15分です。", "Please gather at quarter to ten."),
    ("開場は午後6時20分です。", "Doors open at 25 minutes past 6."),
]

# A span said in words: a fortnight, a quarter of an hour, three quarters of an hour.
SPAN_WORDS = [
    ("健康診断の結果は約2週間後に郵送します。", "Results will be posted about a fortnight later."),
    ("無料体験期間は14日間です。", "The free trial lasts a fortnight."),
    ("診察は1人あたり約15分です。", "Each consultation lasts about a quarter of an hour."),
    ("移動に45分かかります。", "The transfer takes three quarters of an hour."),
]
SPAN_WORDS_WRONG = [
    ("健康診断の結果は約3週間後に郵送します。", "Results will be posted about a fortnight later."),
    ("健康診断の結果は約2週間後に郵送します。", "Results will be posted within a fortnight."),
    ("無料体験期間は7日間です。", "The free trial lasts a fortnight."),
    ("診察は1人あたり約20分です。", "Each consultation lasts about a quarter of an hour."),
    ("移動に30分かかります。", "The transfer takes three quarters of an hour."),
]

# A count said by a word for the group: a dozen, half a dozen, a couple of.
GROUP_COUNTS = [
    ("12個入り1,200円", "A dozen for ¥1,200"),
    ("卵6個入りパック", "Eggs, half a dozen per pack"),
    ("DVDの貸出は1人2点までです。", "You may borrow a couple of DVDs at a time."),
    ("24本セットでお届けします。", "Delivered in sets of two dozen."),
]
GROUP_COUNTS_WRONG = [
    ("10個入り1,200円", "A dozen for ¥1,200"),
    ("卵12個入りパック", "Eggs, half a dozen per pack"),
    ("DVDの貸出は1人3点までです。", "You may borrow a couple of DVDs at a time."),
    ("12本セットでお届けします。", "Delivered in sets of two dozen."),
]

# A range of days with its month after the second ordinal: from the 8th to the 22nd of January.
DAY_RANGES = [
    ("出願期間は1月8日〜1月22日です。", "Applications are accepted from the 8th to the 22nd of January."),
    ("大会は5月3日から5日まで開催されます。", "The tournament runs from the 3rd to the 5th of May."),
]
DAY_RANGES_WRONG = [
    ("出願期間は1月8日〜1月22日です。", "Applications are accepted from the 8th to the 23rd of January."),
    ("出願期間は1月8日〜1月22日です。", "Applications are accepted from the 8th to the 22nd of February."),
    ("大会は5月3日から5日まで開催されます。", "The tournament runs from the 4th to the 5th of May."),
]

# Business hours as two bare hours: from 9 to 5, open weekdays, 9 to 3.
BARE_HOURS = [
    ("窓口の営業時間は平日午前9時から午後3時までです。", "Branch counters are open weekdays, 9 to 3."),
    ("サポート窓口は平日9時〜18時です。", "Support is available from 9 to 6 on weekdays."),
    ("子育て広場は10時から12時まで開いています。", "The parenting space is open from 10 to 12."),
    ("相談会は13時から16時まで行います。", "Advice sessions run from 1 to 4 every Saturday."),
]
BARE_HOURS_WRONG = [
    ("窓口の営業時間は平日午前9時から午後3時までです。", "Branch counters are open weekdays, 9 to 4."),
    ("窓口の営業時間は平日午前9時から午後3時までです。", "Branch counters are open weekdays, 10 to 3."),
    ("サポート窓口は平日9時〜18時です。", "Support is available from 9 to 5 on weekdays."),
    ("子育て広場は10時から12時まで開いています。", "The parenting space is open from 10 to 11."),
    # A value the source does not have is still refused where a count is meant: not read as hours.
    ("対象は9歳から12歳の児童です。", "For children from 9 to 13 years old."),
    ("定員は10名から12名です。", "Groups of from 10 to 14 people."),
]


@pytest.mark.parametrize(
    ("source", "english"), DOTTED + SAID_CLOCK + SPAN_WORDS + GROUP_COUNTS + DAY_RANGES + BARE_HOURS
)
def test_professional_forms_are_accepted(source: str, english: str) -> None:
    assert not refused(source, english), check_unit(source, english, Glossary({}, ()))


@pytest.mark.parametrize(
    ("source", "english"),
    DOTTED_WRONG + SAID_CLOCK_WRONG + SPAN_WORDS_WRONG + GROUP_COUNTS_WRONG + DAY_RANGES_WRONG + BARE_HOURS_WRONG,
)
def test_a_wrong_value_in_the_same_form_is_refused(source: str, english: str) -> None:
    assert refused(source, english)


def test_a_value_the_source_does_not_say_is_still_refused() -> None:
    # The new readings add nothing a translation may write unchecked.
    assert refused("受付は窓口で行います。", "Reception is open from 9 to 5.")
    assert refused("受付は窓口で行います。", "Reception opens at 8.30 am.")
    assert refused("受付は窓口で行います。", "Reception opens at half past eight.")
    assert refused("結果は後日郵送します。", "Results will be posted within a fortnight.")


def test_a_bare_range_before_a_counted_word_is_no_time() -> None:
    # "9 to 12 people" counts; it never meets 9:00 and 12:00.
    assert refused("受付は9時から12時までです。", "We accept 9 to 12 people.")


def test_one_of_a_counter_before_what_it_holds_in_parentheses_is_a_rate() -> None:
    # 1袋(5kg): "a 5 kg bag"; the one goes unsaid as in 1回30分, what is held is compared as usual.
    assert not refused("お米1袋(5kg)1,980円", "Rice, 5 kg bag: ¥1,980")
    assert not refused("ボールペン1本(3色)150円", "Three-colour ballpoint pen: ¥150")
    assert refused("お米1袋(5kg)1,980円", "Rice, 6 kg bag: ¥1,980")
    assert refused("お米1袋(5kg)1,980円", "Rice, 2 bags of 5 kg: ¥1,980")
    # Not a counter to the morphology (a name of a floor): the 1 is a value the English must show.
    assert refused("会場1階(2F)", "Venue: 2F")


@pytest.mark.parametrize(
    ("source", "english", "wrong"),
    [
        # between 7 and 9 AM: a range joined by "and" after "between"
        (
            "午前7時から午前9時までは混雑します。",
            "Trains are crowded between 7 and 9 AM.",
            "Trains are crowded between 7 and 9 PM.",
        ),
        (
            "午後1時から午後3時まで断水します。",
            "Water is off between 1 and 3 p.m.",
            "Water is off between 2 and 3 p.m.",
        ),
        (
            "平日9時〜17時に対応します。",
            "We answer between 9 and 5 on weekdays.",
            "We answer between 9 and 6 on weekdays.",
        ),
        # ¥100K: CLDR's short compact currency (Babel's format_compact_currency)
        ("2026年度の予算は10万円です。", "The FY2026 budget is ¥100k.", "The FY2026 budget is ¥10k."),
        ("賞金総額150万円", "Total prize money: ¥1.5M", "Total prize money: ¥1.6M"),
        # fortnightly, quarterly: once in each span
        ("2週間に1回入荷します。", "New stock arrives fortnightly.", "New stock arrives quarterly."),
        ("3か月ごとに利息を支払います。", "Interest is paid quarterly.", "Interest is paid fortnightly."),
    ],
)
def test_ranges_compact_amounts_and_span_adverbs(source: str, english: str, wrong: str) -> None:
    assert not refused(source, english), check_unit(source, english, Glossary({}, ()))
    assert refused(source, wrong)


def test_compact_scale_only_after_the_yen() -> None:
    # 5K may be a race's kilometres: no amount there; a count after "between" is still a count.
    assert not refused("5キロの部", "The 5K race")
    assert refused("定員は9名から12名です。", "Between 9 and 13 people.")
    assert refused("賞金総額150万円", "Total prize money: 1.5M")
