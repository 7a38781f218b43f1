"""Values in the forms of build4 (issue 21, thirteenth round): each class with new sentences, and its near misses.

- a kanji ordinal the analyzer cuts into several numerals (第二十一回: 二十 + 一) is one number, 21;
- 午前 ⇄ 午後 (朝 ⇄ 夜) before the same clock number is a flip of the half of the day, never a value rewritten;
- a number whose counter names another thing (円 → ユーロ, 個 → 箱) is a change, never a value rewritten;
- a count's noun may be followed by a past participle or a postpositive adjective after a longer phrase ("1
  package scheduled for", "1 meeting room left"), and the count still agrees;
- a weekday in parentheses may carry the holiday mark ("(Mon., holiday)" for (月・祝)).
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import AUTO, FLIP, FLIP_KINDS, FUZZY, decide
from kokuchi.language.entities import read

NO_GLOSSARY = Glossary({}, ())


# Kanji ordinals cut into several numerals ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [("第二十一回定期演奏会", 21), ("第百二十三条", 123), ("第十一回の会合", 11), ("第三十回", 30), ("第一報", 1)],
)
def test_a_kanji_ordinal_cut_into_several_numerals_is_one_number(text, value):
    entities = read(text)[1]
    assert [entity.value[0] for entity in entities] == [value]


def test_a_kanji_ordinal_is_rewritten_with_its_own_suffix():
    decision = decide(
        "第二十回定期演奏会を開催します。",
        "We will hold the 20th Regular Concert.",
        "第二十一回定期演奏会を開催します。",
    )
    assert (decision.kind, decision.translation) == (AUTO, "We will hold the 21st Regular Concert.")
    decision = decide(
        "第九十九回総会を開きます。", "The 99th general meeting will be held.", "第百一回総会を開きます。"
    )
    assert decision.translation == "The 101st general meeting will be held."


@pytest.mark.parametrize(
    "translation,refused",
    [("The 21st Regular Concert", False), ("The 201st Regular Concert", True), ("The 20th Regular Concert", True)],
)
def test_the_gate_reads_a_kanji_ordinal_whole(translation, refused):
    assert bool(check_unit("第二十一回定期演奏会", translation, NO_GLOSSARY)) is refused


# The half of the day swapped before the same number ----------------------------------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        ("夜間窓口は午後8時に閉まります。", "The night counter closes at 8 p.m.", "夜間窓口は午前8時に閉まります。"),
        ("朝7時から清掃を行います。", "Cleaning starts at 7 in the morning.", "夜7時から清掃を行います。"),
        ("点検は午前9時30分に終わります。", "The inspection ends at 9:30 AM.", "点検は午後9時30分に終わります。"),
    ],
)
def test_the_other_half_of_the_day_before_the_same_number_is_a_flip(old, english, new):
    decision = decide(old, english, new)
    assert decision.kind == FLIP and decision.translation == ""


@pytest.mark.parametrize(
    "old,english,new,rewritten",
    [
        # Another number too: a value set anew, rewritten as before.
        (
            "点検は午前10時に始まります。",
            "The inspection starts at 10:00 a.m.",
            "点検は午後1時に始まります。",
            "1:00 p.m.",
        ),
        # The same half, another number.
        (
            "夜間窓口は午後8時に閉まります。",
            "The night counter closes at 8 p.m.",
            "夜間窓口は午後9時に閉まります。",
            "9 p.m.",
        ),
    ],
)
def test_a_clock_time_set_anew_is_still_rewritten(old, english, new, rewritten):
    decision = decide(old, english, new)
    assert decision.kind == AUTO and rewritten in decision.translation


# A number counting another thing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        ("入館料は500円です。", "Admission is 500 yen.", "入館料は5ユーロです。"),
        (
            "お一人様3個までお求めいただけます。",
            "You can buy up to 3 per person.",
            "お一人様5箱までお求めいただけます。",
        ),
        ("送料として800円を頂戴します。", "A shipping fee of ¥800 applies.", "送料として6ドルを頂戴します。"),
    ],
)
def test_a_number_whose_counter_names_another_thing_is_a_change(old, english, new):
    assert decide(old, english, new).kind in FLIP_KINDS


@pytest.mark.parametrize(
    "old,english,new",
    [
        # The same counter with another number and another wording: offered, as before.
        ("入館料は500円です。", "Admission is 500 yen.", "入館料は800円となります。"),
        # Lengths of time in other units: durations the entity layer compares, no count of another thing.
        ("3日以内にご連絡します。", "We will contact you within 3 days.", "1週間以内にご連絡いたします。"),
        # 千円 / 1,000円: the same counter (UniDic's 円-助数詞 and 円), the same value in other numerals.
        (
            "券売機では千円札がご利用になれます。",
            "The ticket machine accepts 1,000-yen bills.",
            "券売機では1,000円札が使用できます。",
        ),
    ],
)
def test_a_value_of_the_same_kind_is_not_a_change(old, english, new):
    assert decide(old, english, new).kind == FUZZY


# A count's noun followed by a participle or an adjective ---------------------------------------------------------


@pytest.mark.parametrize(
    "old,english,new,written",
    [
        (
            "会議室の空きは残り1室です。",
            "There is 1 meeting room left.",
            "会議室の空きは残り2室です。",
            "There are 2 meeting rooms left.",
        ),
        (
            "本日発送予定の商品は1点です。",
            "There is 1 item scheduled for shipment today.",
            "本日発送予定の商品は4点です。",
            "There are 4 items scheduled for shipment today.",
        ),
        (
            "未使用のクーポンが1枚あります。",
            "You have 1 discount coupon remaining.",
            "未使用のクーポンが3枚あります。",
            "You have 3 discount coupons remaining.",
        ),
        (
            "返却待ちの図書は3冊です。",
            "There are 3 books requested by other readers.",
            "返却待ちの図書は1冊です。",
            "There is 1 book requested by other readers.",
        ),
    ],
)
def test_a_count_agrees_past_a_participle_or_an_adjective_after_its_noun(old, english, new, written):
    decision = decide(old, english, new)
    assert (decision.kind, decision.translation) == (AUTO, written)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # A verb in the present after the noun agrees with the count: declined, not guessed.
        ("本日の出荷は1件です。", "1 order ships today.", "本日の出荷は2件です。"),
        # A verb later in the clause may agree with the count.
        ("本日発送予定の商品は1点です。", "There is 1 item that is scheduled today.", "本日発送予定の商品は4点です。"),
    ],
)
def test_a_count_whose_verb_may_agree_is_still_declined(old, english, new):
    assert decide(old, english, new).kind == FUZZY


# The holiday mark beside a weekday ------------------------------------------------------------------------------


def test_a_weekday_with_the_holiday_mark_is_rewritten():
    old, english = "5月6日(水・振休)は休診します。", "The clinic is closed on May 6 (Wed., holiday)."
    decision = decide(old, english, "9月23日(水・祝)は休診します。")
    assert (decision.kind, decision.translation) == (AUTO, "The clinic is closed on September 23 (Wed., holiday).")
    decision = decide(old, english, "1月12日(月・祝)は休診します。")
    assert decision.translation == "The clinic is closed on January 12 (Mon., holiday)."


def test_a_holiday_in_the_english_is_not_kept_for_a_working_day():
    old, english = "5月6日(水・振休)は休診します。", "The clinic is closed on May 6 (Wed., holiday)."
    assert decide(old, english, "9月24日(木)は休診します。").kind == FUZZY


@pytest.mark.parametrize(
    "translation,refused",
    [
        ("Closed on September 21 (Mon., holiday).", False),
        ("Closed on September 21 (Mon./Public Holiday).", False),
        ("Closed on September 21 (Tue., holiday).", True),  # the weekday beside the mark is read and checked
        ("Closed on September 22 (Mon., holiday).", True),
    ],
)
def test_the_gate_reads_the_weekday_beside_the_holiday_mark(translation, refused):
    assert bool(check_unit("9月21日(月・祝)は休館します。", translation, NO_GLOSSARY)) is refused
