"""The fifth red team's holes closed (tests/data/safety/open/redteam5.yaml).

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# ---- an honorific verb said plainly: the old English names an act the plain verb does not gloss ------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # いらっしゃる "come" said as いる "be, stay" (redteam5-061)
        (
            "診察券を持って、受付にいらっしゃってください。",
            "Please come to the reception desk with your patient card.",
            "診察券を持って、受付にいてください。",
        ),
        # 伺う "ask" said as 訪問 "visit" (redteam5-063)
        (
            "この件については、改めて伺います。",
            "We will ask you about this matter again later.",
            "この件については、改めて訪問します。",
        ),
        # 召し上がる "eat or drink" narrowed to 飲む (redteam5-064), "drink" said as 食べる (redteam5-065)
        (
            "店内で召し上がる場合は、税率10%となります。",
            "If you eat or drink in the store, the 10% tax rate applies.",
            "店内で飲む場合は、税率10%となります。",
        ),
        (
            "店内で召し上がる方は、カップを返却口へお戻しください。",
            "If you are having your drink in the store, please return the cup to the return counter.",
            "店内で食べる方は、カップを返却口へお戻しください。",
        ),
        # the other way: the plain verb said with the honorific, where the English names the other act
        (
            "この件については、改めて訪問します。",
            "We will visit you and ask about this matter again.",
            "この件については、改めて伺います。",
        ),
    ],
)
def test_an_honorific_said_as_a_plain_verb_the_english_does_not_say_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the plain verb the English names ("be", an auxiliary here, is no act of いらっしゃる's)
        (
            "お車でいらっしゃる方は、事前にご連絡ください。",
            "If you are coming by car, please contact us in advance.",
            "お車で来る方は、事前にご連絡ください。",
        ),
        (
            "診察券を持って、受付にいらっしゃってください。",
            "Please come to the reception desk with your patient card.",
            "診察券を持って、受付に来てください。",
        ),
        (
            "この件については、改めて伺います。",
            "We will ask you about this matter again later.",
            "この件については、改めてお聞きします。",
        ),
        (
            "この件については、改めて伺います。",
            "We will visit you again about this matter.",
            "この件については、改めて訪問します。",
        ),
        (
            "店内で召し上がる場合は、税率10%となります。",
            "If you drink in the store, the 10% tax rate applies.",
            "店内で飲む場合は、税率10%となります。",
        ),
        (
            "店内で召し上がる方は、カップを返却口へお戻しください。",
            "If you are having your drink in the store, please return the cup to the return counter.",
            "店内で飲む方は、カップを返却口へお戻しください。",
        ),
        # heldout10 smartphone-repair-j-07, heldout2 credit-card-b-07: 伺う and 聞く / 尋ねる, "ask"
        (
            "端末をお預かりする際は、ロック解除のパスコードをお伺いいたします。",
            "When we take in your device, we will ask you for the passcode to unlock it.",
            "端末をお預かりする際は、ロック解除のパスコードをお聞きします。",
        ),
        (
            "当社の社員が、お電話で暗証番号をお尋ねすることは一切ございません。",
            "Our employees will never ask for your PIN over the phone.",
            "当社社員が、電話で暗証番号をお伺いすることは一切ありません。",
        ),
        # heldout2 clinic-dental-b-06: 承る said "can be made", no act of its own named
        (
            "予約の変更は、お電話にて承ります。",
            "Appointment changes can be made by phone.",
            "予約の変更は、電話で受け付けております。",
        ),
    ],
)
def test_an_honorific_said_as_the_plain_verb_the_english_names_stays_offered(old, english, new):
    assert reused(old, new, english)


# ---- an adverb that restricts moved within its clause: it is said of the phrase after it -----------------


@pytest.mark.parametrize(
    "old,new",
    [
        # redteam5-055, 058, 060
        ("なるべく公共交通機関で、お早めにお越しください。", "公共交通機関で、なるべくお早めにお越しください。"),
        ("主に土日に、駐車場が混雑します。", "土日に、主に駐車場が混雑します。"),
        ("特に雨の日は、車での送迎をお控えください。", "雨の日は、特に車での送迎をお控えください。"),
        # the phrase after it moved before it: the adverb now said of the predicate
        ("主に土日に、駐車場が混雑します。", "土日に、駐車場が主に混雑します。"),
        ("ほぼ毎日、店頭で販売しております。", "毎日、店頭でほぼ販売しております。"),
    ],
)
def test_a_restricting_adverb_moved_to_another_phrase_is_blocked(old, new):
    assert not reused(old, new, "(translated)")


@pytest.mark.parametrize(
    "old,new",
    [
        # the adverb keeps the phrase after it: another phrase moved around both
        ("主に土日に、駐車場が混雑します。", "駐車場が、主に土日に混雑します。"),
        ("駐車場は、主に土日に混雑します。", "主に土日に、駐車場は混雑します。"),
        ("なるべく公共交通機関で、お早めにお越しください。", "お早めに、なるべく公共交通機関でお越しください。"),
        # an adverb that restricts nothing (必ず "without fail") moves across an object of its predicate
        ("安全のため、監視員の指示に必ず従ってください。", "安全のため、必ず監視員の指示に従ってください。"),
    ],
)
def test_a_restricting_adverb_that_keeps_its_phrase_or_an_adverb_that_restricts_nothing_stays_offered(old, new):
    assert reused(old, new, "(translated)")


# ---- お/ご added on a noun: whose thing, where the old English says it is not the reader's ---------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the writer's humble act (お + a verb's stem + する/いたす) done with an action's noun before a noun, or,
        # under an English that says "our", with any noun, now honoured: the reader's (redteam5-051, 053)
        (
            "返金は、指定口座へお振り込みいたします。",
            "Refunds are transferred to the designated account.",
            "返金は、ご指定口座へお振り込みいたします。",
        ),
        (
            "管理組合として、要望を市にお伝えします。",
            "As the management association, we will convey our requests to the city.",
            "管理組合として、ご要望を市にお伝えします。",
        ),
        # a thing the English says is ours (redteam5-050)
        ("連絡先が変更になりました。", "Our contact details have changed.", "ご連絡先が変更になりました。"),
    ],
)
def test_a_thing_honoured_the_old_english_does_not_say_is_the_readers_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the English says the reader's
        (
            "車を玄関前までお回しします。",
            "We will bring your car around to the entrance.",
            "お車を玄関前までお回しします。",
        ),
        (
            "返金は、指定口座へお振り込みいたします。",
            "Refunds are transferred to the account you designated.",
            "返金は、ご指定口座へお振り込みいたします。",
        ),
        ("連絡先が変更になりました。", "Your contact details have been changed.", "ご連絡先が変更になりました。"),
        # a bare noun in a humble act under an English that says nothing of whose: the reader's either way here
        # (redteam5-054, お車 / 車 under "the (hotel) car", stays open: the words cannot tell them apart)
        ("荷物をお預かりします。", "Luggage storage is available.", "お荷物をお預かりします。"),
        # 掛ける serves the noun (UniDic's 非自立可能): what the reader is caused, the reader's either way
        (
            "手数をおかけしますが、よろしくお願いいたします。",
            "Sorry for the trouble, and thank you.",
            "お手数をおかけしますが、よろしくお願いいたします。",
        ),
        ("不便をおかけしております。", "(translated)", "ご不便をおかけしております。"),
        # no humble act of ours (承る is a verb of its own; a request; heldout7 flower-shop-h-07, a recommendation)
        ("予約は、電話で承ります。", "Reservations are accepted by phone.", "ご予約は、電話で承ります。"),
        ("当社スタッフに連絡してください。", "Please contact our staff.", "当社スタッフにご連絡ください。"),
        (
            "切り花を長持ちさせるには、毎日水を替えることをおすすめします。",
            "To make cut flowers last longer, we recommend changing the water every day.",
            "切り花を長持ちさせるためには、毎日お水を替えるのがお勧めです。",
        ),
    ],
)
def test_a_thing_honoured_the_english_says_is_the_readers_or_no_act_of_ours_stays_offered(old, english, new):
    assert reused(old, new, english)
