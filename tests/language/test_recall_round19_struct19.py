"""Issue 21, nineteenth round (struct19): one sentence said in another arrangement of the same words.

Two proofs were built here and taken back after red team 30 got 19 of its 20 meaning changes through them: a place
said with に + ある / ござる or with the copula after it (受付は2階にございます / 受付は2階です: but 最寄り駅は品川です
names the station, 最寄り駅は品川にあります where it is), and the topic's は moved from its subject to another phrase
before an adjectival predicate (保険証は初診の際に必要です / 初診の際には保険証が必要です: but 川崎病は乳幼児に多い
says what the disease strikes, 乳幼児には川崎病が多い what strikes infants). Their cases stay changes, as do their
near-misses. Two holes of main, closed: は and が before the same active verb that may take an object are two
roles (evidence._topic_may_be_object, found by struct19), and so are は and が before an adjectival predicate that
ends the sentence, where が may list exhaustively and a moved topic may move a quantifier's scope
(evidence._adjectival_predicate_ends, red team 30: 本券は公演当日に有効です / 公演当日には本券が有効です).
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new,english",
    [
        # hotel: the front desk's floor
        (
            "フロントはロビー階の奥にございます。",
            "フロントはロビー階の奥です。",
            "The front desk is at the back of the lobby floor.",
        ),
        # museum: the cloakroom, the other way round
        (
            "クロークは地下一階の正面入口横です。",
            "クロークは地下一階の正面入口横にございます。",
            "The cloakroom is next to the main entrance on B1.",
        ),
        # campsite: plain forms
        (
            "炊事場はテントサイトの北側にある。",
            "炊事場はテントサイトの北側だ。",
            "The cooking area is north of the tent sites.",
        ),
        # clinic: two sentences, each turned its own way
        (
            "受付は一階の正面にございます。薬局は隣の建物です。",
            "受付は一階の正面です。薬局は隣の建物にございます。",
            "Reception is at the front of the ground floor. The pharmacy is in the next building.",
        ),
    ],
)
def test_place_said_with_the_copula_stays_a_change(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,new",
    [
        ("フロントはロビー階の奥にございます。", "フロントはロビー階の手前です。"),  # another place
        ("クロークは地下一階にございます。", "クロークは地下一階ではございません。"),  # negated
        ("クロークは地下一階にございます。", "クロークは地下一階でした。"),  # past: moved since
        ("炊事場は北側にございます。", "炊事場も北側です。"),  # も: another thing there too
        ("炊事場は北側にございます。", "シャワー室は北側です。"),  # another thing
        ("案内係は正面玄関におります。", "案内係は正面玄関です。"),  # a person's whereabouts (おる), not read
        ("送迎バスは駅前にございます。", "送迎バスは駅前からです。"),  # から: where it leaves from
        ("申込用紙は窓口にございます。", "申込用紙は窓口までです。"),  # まで: where it is handed in
        ("売店は二階にございます。", "売店は二階のみです。"),  # only there
    ],
)
def test_place_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new, "The old translation.")


@pytest.mark.parametrize(
    "old,new",
    [
        ("クロークは地下一階にもございます。", "クロークは地下一階です。"),  # にも: also there
        ("クロークは地下一階にはございません。", "クロークは地下一階ではございません。"),  # not read: negated
        ("クロークは地下一階にございました。", "クロークは地下一階でした。"),  # not read: past
        ("担当者は受付におります。", "担当者は受付です。"),
    ],
)
def test_place_reading_leaves_other_endings(old: str, new: str) -> None:
    assert not reused(old, new, "The old translation.")


@pytest.mark.parametrize(
    "old,new,english",
    [
        # clinic: the insurance card, needed at the first visit
        (
            "保険証は初診の際に必要です。",
            "初診の際には保険証が必要です。",
            "Your insurance card is needed at your first visit.",
        ),
        # fitness club: a form needed at joining, before a reason and a request
        (
            "同意書はご入会の手続きの際に必要となりますので、ご用意ください。",
            "ご入会の手続きの際には同意書が必要となりますので、ご用意ください。",
            "A consent form is required when you join, so please have one ready.",
        ),
        # ski resort: an adjective (多い), the topic moved back the other way
        (
            "週末のゲレンデには初心者の方が多いです。",
            "初心者の方は週末のゲレンデに多いです。",
            "There are many beginners on the slopes at weekends.",
        ),
    ],
)
def test_topic_moved_before_an_adjectival_predicate_stays_a_change(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,new",
    [
        ("保険証は初診の際に必要です。", "初診の際には保険証が不要です。"),  # the antonym
        ("保険証は初診の際に必要です。", "再診の際には保険証が必要です。"),  # another occasion
        ("保険証は初診の際に必要です。", "初診の際には診察券が必要です。"),  # another thing
        ("保険証は初診の際に必要です。", "初診の際には保険証も必要です。"),  # も: another besides
        ("保険証は初診の際に必要です。", "初診の際にも保険証が必要です。"),  # にも: another occasion besides
        ("保険証は初診の際に必要です。", "初診の際は保険証が必要です。"),  # に dropped: not the same phrase
        ("保険証は初診の際に必要です。", "初診の際には保険証が必要ではありません。"),  # negated
        ("私は会員番号が必要です。", "会員番号は私が必要です。"),  # は onto a が: roles swapped
        ("荷物は受付で預かります。", "受付では荷物が預かります。"),  # a verb: the topic its object, が its actor
    ],
)
def test_topic_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new, "The old translation.")


@pytest.mark.parametrize(
    "old,new",
    [
        # hotel: the luggage is what the desk keeps; が makes the luggage the keeper (a hole struct19 found on main,
        # closed by evidence._topic_may_be_object)
        ("お荷物はフロントの係で預かります。", "フロントの係ではお荷物が預かります。"),
        # office: the new staff are introduced, or introduce
        ("新入社員は朝礼で紹介します。", "新入社員が朝礼で紹介します。"),
        # library: the books are what is lent, or what lends
        ("新着図書は2階で貸し出します。", "新着図書が2階で貸し出します。"),
    ],
)
def test_topic_of_a_verb_made_its_actor_is_a_change(old: str, new: str) -> None:
    assert not reused(old, new, "The old translation.")


@pytest.mark.parametrize(
    "old,new",
    [
        ("スタッフは荷物をお預かりします。", "スタッフが荷物をお預かりします。"),  # the object said with を
        ("駐車場は無料でご利用いただけます。", "駐車場が無料でご利用いただけます。"),  # a potential: が its object
        ("受付は2階にあります。", "受付が2階にあります。"),  # no verb that acts on it
    ],
)
def test_topic_said_as_subject_where_it_cannot_be_the_object_is_offered(old: str, new: str) -> None:
    assert reused(old, new, "The old translation.")


@pytest.mark.parametrize(
    "old,new",
    [
        ("保険証は初診の際に必要です。", "保険証が初診の際に必要です。"),  # the topic dropped, none taking it
        ("お荷物はフロントの係で預かります。", "フロントの係ではお荷物が預かります。"),  # a verb
        ("保険証は初診の際に必要な場合がございます。", "初診の際には保険証が必要な場合がございます。"),  # a noun after
        ("三名は受付の際に必要です。", "受付の際には三名が必要です。"),  # a number
        ("会員は入会の際に必要書類を揃えます。", "入会の際には会員が必要書類を揃えます。"),  # 必要 starts a noun
        ("山道は雪で危険です。", "雪では山道が危険です。"),  # では: a condition ("in snow"), not the cause
        ("本館は駅から近いです。", "駅からは本館が近いです。"),  # からは: not read
    ],
)
def test_phrase_reading_leaves_other_arrangements(old: str, new: str) -> None:
    assert not reused(old, new, "The old translation.")
