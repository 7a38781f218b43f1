"""Issue 21, sixteenth round (keigo16): につきましては read as については before a request to tell, and the なく
or ず of an adverb JMdict lists whole (遠慮なく "freely") read as part of the adverb, not as a negation.

A request of "please tell" after an action's noun as its topic is told apart by what it asks for (お知らせ:
tell us of it; お申し付け: ask us to do it). The topic was found after について but not after the polite
につきまして, whose ます hid the phrase: there a request to be told and a request to act met as one key, and
ご連絡ください / ご連絡をお願いします did not meet at all.

遠慮なく and 心置きなく are adverbs in JMdict whose glosses share no word with their noun's ("without
reservation; freely" against 遠慮 "reserve; hesitation"); their ない says no "not" of the predicate, and
遠慮せずに is the same adverb said with the verb. Where the adverb is glossed as "without" the noun's own thing
(予告なく "without prior notice", 休みなく "without rest"), the negation stays one.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import FLIP, decide
from kokuchi.language.flips import find_flip
from kokuchi.language.morphology import analyze
from kokuchi.language.polarity import negations


@pytest.mark.parametrize(
    "old,new",
    [
        # a clinic: the request said with the noun and お願い, the topic said humbly
        ("工事の日程変更は、事務局までご連絡ください。", "工事の日程変更につきましては、事務局までご連絡をお願いいたします。"),
        # a gym: the same under につきましては on both sides
        ("会員種別の変更につきましては、受付にお知らせください。", "会員種別の変更につきましては、受付にご連絡をお願いします。"),
        # a school: ご一報
        ("欠席の連絡は、担任にご一報ください。", "欠席の連絡につきましては、担任にご一報をお願いいたします。"),
    ],
)
def test_request_to_tell_after_the_polite_topic_is_offered(old: str, new: str) -> None:
    assert reused(old, new, "Please let us know.")


@pytest.mark.parametrize(
    "old,new",
    [
        # told of the change (done), or asked to make it: another request
        ("鍵の交換につきましては、管理人にお知らせください。", "鍵の交換につきましては、管理人にお申し付けください。"),
        ("車両の点検は、整備担当にお申し付けください。", "車両の点検につきましては、整備担当にご連絡をお願いします。"),
        ("部屋の清掃につきましては、フロントにお申し付けください。", "部屋の清掃につきましては、フロントにご一報ください。"),
    ],
)
def test_told_and_asked_stay_apart_under_the_polite_topic(old: str, new: str) -> None:
    assert not reused(old, new, "Please let us know.")


@pytest.mark.parametrize(
    "old,new",
    [
        ("お気軽にお問い合わせください。", "遠慮なくお問い合わせください。"),  # a shop
        ("ご不明な点は、遠慮なくスタッフにお尋ねください。", "ご不明な点は、遠慮せずにスタッフにお尋ねください。"),  # a museum
        ("心置きなくお過ごしください。", "ゆっくりお過ごしください。"),  # an inn
    ],
)
def test_adverb_with_nai_is_no_polarity_flip(old: str, new: str) -> None:
    assert find_flip(old, new) is None


@pytest.mark.parametrize("text", ["遠慮なくご相談ください。", "遠慮せずにご相談ください。", "心置きなくお楽しみください。"])
def test_adverb_with_nai_counts_no_negation(text: str) -> None:
    morphs = analyze(text)
    assert morphs is not None
    assert negations(morphs) == []


@pytest.mark.parametrize(
    "old,new",
    [
        # "freely" against "please do not": the opposite request, a flip (before, a mere change)
        ("遠慮なくお申し付けください。", "ご遠慮ください。"),
        ("荷物の持ち込みは遠慮なくどうぞ。", "荷物の持ち込みはご遠慮ください。"),
        # "without notice", "without rest": the adverb says the noun's own thing, a negation
        ("予告なく内容を変更する場合があります。", "予告して内容を変更する場合があります。"),
        ("休みなく運行しています。", "休んで運行しています。"),
        # a negated predicate, not the adverb
        ("遠慮しないでお申し出ください。", "遠慮してお申し出ください。"),
        # the predicate negated beside the adverb
        ("遠慮なく召し上がってください。", "遠慮なく召し上がらないでください。"),
        ("間もなく発車します。", "間もなく発車しません。"),
    ],
)
def test_negations_beside_or_against_the_adverb_still_flip(old: str, new: str) -> None:
    assert decide(old, "The old translation.", new).kind == FLIP


@pytest.mark.parametrize("text", ["予告なく変更します。", "休みなく営業します。", "遠慮はしません。"])
def test_without_the_nouns_own_thing_is_a_negation(text: str) -> None:
    morphs = analyze(text)
    assert morphs is not None
    assert negations(morphs) != []
