"""The eleventh red team's holes closed (tests/data/safety/open/redteam11.yaml): によりましては, a title beside a
surname that is also a place or a thing, and a value the English says in a unit of its own ("a week" for 7日).

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it. The sentences are new, none a line of the corpus.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import AUTO, FUZZY, decide
from kokuchi.language.evidence import _a_surname
from kokuchi.language.morphology import analyze

# ---- によりましては: によっては said politely, "depending on", never the whole of what で names ---------------

DEPENDING_DROPPED = [
    # "at some venues" → "at the venue": the polite によりましては read as によっては, its ます past the verb
    ("会場によりましては、駐車場がございません。", "会場では、駐車場がございません。"),
    (
        "お申し込みの時期によりましては、ご希望に添えない場合がございます。",
        "お申し込みの時期では、ご希望に添えない場合がございます。",
    ),
    ("ご契約のプランによりましては、追加料金が発生いたします。", "ご契約のプランでは、追加料金が発生いたします。"),
    # the plain form, already blocked, stays so
    ("商品によっては、お届けに時間がかかります。", "商品では、お届けに時間がかかります。"),
]


@pytest.mark.parametrize(("old", "new"), DEPENDING_DROPPED)
def test_depending_on_said_politely_is_no_place_of_all(old, new):
    assert not reused(old, new)


DEPENDING_KEPT = [
    # the polite and the plain form of one "depending on"
    ("会場によりましては、駐車場がございません。", "会場によっては、駐車場がございません。"),
    (
        "ご契約のプランによっては、追加料金が発生いたします。",
        "ご契約のプランによりましては、追加料金が発生いたします。",
    ),
    # によりまして as a cause (no は after it) is still により and で
    ("大雨によりまして、運転を見合わせております。", "大雨により、運転を見合わせております。"),
]


@pytest.mark.parametrize(("old", "new"), DEPENDING_KEPT)
def test_depending_on_polite_or_plain_is_offered(old, new):
    assert reused(old, new)


# ---- a title beside a surname UniDic reads as a place or a thing in the sentence --------------------------------


@pytest.mark.parametrize("surname", ["千葉", "長野", "森", "林"])
def test_a_surname_read_as_a_place_or_a_thing_is_read_as_a_name_with_a_title(surname):
    (alone, *_) = analyze(surname + "が")
    assert not alone.pos_is("名詞", "固有名詞", "人名")  # the sentence's reading: a place, a forest
    assert _a_surname(alone)


@pytest.mark.parametrize("noun", ["講師", "アナウンサー", "現金", "会場", "東京"])
def test_a_common_noun_or_a_city_is_no_surname(noun):
    (morph, *_) = analyze(noun + "が")
    assert not _a_surname(morph)


ONE_PERSON_MADE_TWO = [
    ("受付には、主任・森がおります。", "受付には、主任と森がおります。"),
    ("本日の担当は、看護師長、長野です。", "本日の担当は、看護師長と長野です。"),
    ("開会の挨拶は、理事長・千葉先生が行います。", "開会の挨拶は、理事長と千葉先生が行います。"),
    ("ご質問には、店長・林がお答えします。", "ご質問には、店長と林がお答えします。"),
    # a title spelt in a compound whose first kanji UniDic may read as a given name (和): the title's last noun
    # is what is asked
    ("本日の実演は、和菓子職人・森が行います。", "本日の実演は、和菓子職人と森が行います。"),
]


@pytest.mark.parametrize(("old", "new"), ONE_PERSON_MADE_TWO)
def test_a_title_beside_a_surname_read_as_a_place_is_one_person(old, new):
    assert not reused(old, new)


STILL_LISTS = [
    # two names (or two places): a list either way
    ("長野・千葉の各店舗で、セールを開催します。", "長野と千葉の各店舗で、セールを開催します。"),
    ("森さん・林さんが受付を担当します。", "森さんと林さんが受付を担当します。"),
    # a place with its suffix after the separator: no surname (千葉県 is the prefecture)
    ("担当地域は、東京都・千葉県です。", "担当地域は、東京都と千葉県です。"),
    # two roles, two things: no name at all
    ("講師・スタッフが会場をご案内します。", "講師とスタッフが会場をご案内します。"),
    ("貴重品・現金はお手元でお持ちください。", "貴重品と現金はお手元でお持ちください。"),
]


@pytest.mark.parametrize(("old", "new"), STILL_LISTS)
def test_lists_of_names_roles_or_things_stay_lists(old, new):
    assert reused(old, new)


# ---- a value the English says in a unit of its own, in words --------------------------------------------------

SAID_IN_WORDS = [
    # the English wrote the old value in another unit ("a week" for 7日): the new one is written in the source's
    (
        "ご注文から7日以内に発送いたします。",
        "We will ship within a week of your order.",
        "ご注文から5日以内に発送いたします。",
        "We will ship within five days of your order.",
    ),
    (
        "カウンセリングは60分です。",
        "Counseling takes an hour.",
        "カウンセリングは120分です。",
        "Counseling takes 120 minutes.",
    ),
    (
        "この会員証は、発行から12か月有効です。",
        "This membership card is valid for one year from issue.",
        "この会員証は、発行から18か月有効です。",
        "This membership card is valid for 18 months from issue.",
    ),
]


@pytest.mark.parametrize(("old", "old_en", "new", "new_en"), SAID_IN_WORDS)
def test_a_value_said_in_another_unit_is_rewritten_in_the_sources(old, old_en, new, new_en):
    decision = decide(old, old_en, new)
    assert (decision.kind, decision.translation) == (AUTO, new_en)


def test_a_value_said_in_words_keeps_its_relation():
    # "within a week" (7日以内) → 7日後: another relation, never rewritten
    decision = decide(
        "ご注文から7日以内に発送いたします。",
        "We will ship within a week of your order.",
        "ご注文から7日後に発送いたします。",
    )
    assert decision.kind != AUTO


HALVES_IN_WORDS = [
    # the English says the old value in words the auto-update cannot write again: the old value, said plainly
    (
        "送迎バスは、開演の30分前に出発します。",
        "The shuttle bus leaves half an hour before the show.",
        "送迎バスは、開演の45分前に出発します。",
    ),
    ("試験時間は90分です。", "The exam lasts an hour and a half.", "試験時間は100分です。"),
]


@pytest.mark.parametrize(("old", "old_en", "new"), HALVES_IN_WORDS)
def test_a_value_said_in_words_that_cannot_be_rewritten_is_a_change(old, old_en, new):
    assert not reused(old, new, old_en)


def test_a_value_the_english_leaves_out_is_still_the_translators():
    # no value in the English: the edit stays a fuzzy suggestion, for the translator to write the value
    old, new = "試験時間は90分です。", "試験時間は100分です。"
    assert decide(old, "Please arrive early for the exam.", new).kind == FUZZY
