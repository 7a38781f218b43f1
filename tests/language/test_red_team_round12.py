"""The sixth red team's holes closed (tests/data/safety/open/redteam6.yaml): honorifics, people, adverbs.

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.language.synonyms import names_a_person

# ---- an honorific of several plain verbs said as one of them, under an English that names none ----------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # 召し上がる "eat or drink" said as 飲む under an English that names no act (redteam6-032, 033)
        ("ロビーでは召し上がれます。", "Food and drinks are permitted in the lobby.", "ロビーでは飲めます。"),
        (
            "車内で召し上がる際は、周りのお客様へのご配慮をお願いいたします。",
            "When having refreshments on board, please be considerate of other passengers.",
            "車内で飲む際は、周りのお客様へのご配慮をお願いいたします。",
        ),
        # いらっしゃる "come, go, be" said as 来る or 行く under "is at", "will be in", "stay" (redteam6-034..036)
        (
            "ご家族が病院にいらっしゃらない場合は、お電話でご連絡いたします。",
            "If no family member is at the hospital, we will contact you by phone.",
            "ご家族が病院に来ない場合は、お電話でご連絡いたします。",
        ),
        (
            "午後は、先生方は体育館にいらっしゃいます。",
            "In the afternoon, the teachers will be in the gymnasium.",
            "午後は、先生方は体育館に行きます。",
        ),
        (
            "お子様の診療中、保護者の方は待合室にいらっしゃってください。",
            "While your child is being treated, parents are asked to stay in the waiting room.",
            "お子様の診療中、保護者の方は待合室に来てください。",
        ),
    ],
)
def test_an_honorific_of_several_verbs_said_as_one_the_english_does_not_name_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the English names the plain verb's act, as a verb, and no other
        ("ロビーでは召し上がれます。", "You may drink in the lobby.", "ロビーでは飲めます。"),
        (
            "店内で召し上がる方は、カップを返却口へお戻しください。",
            "If you are having your drink in the store, please return the cup to the return counter.",
            "店内で飲む方は、カップを返却口へお戻しください。",
        ),
        (
            "車内で召し上がる際は、周りのお客様へのご配慮をお願いいたします。",
            "When drinking on board, please be considerate of other passengers.",
            "車内で飲む際は、周りのお客様へのご配慮をお願いいたします。",
        ),
        (
            "診察券を持って、受付にいらっしゃってください。",
            "Please come to the reception desk with your patient card.",
            "診察券を持って、受付に来てください。",
        ),
        (
            "お子様の診療中、保護者の方は待合室にいらっしゃってください。",
            "While your child is being treated, parents are asked to stay in the waiting room.",
            "お子様の診療中、保護者の方は待合室にいてください。",
        ),
        (
            "午後は、先生方は体育館にいらっしゃいます。",
            "In the afternoon, the teachers will go to the gymnasium.",
            "午後は、先生方は体育館に行きます。",
        ),
        # heldout2 credit-card-b-07, heldout10 smartphone-repair-j-07: 伺う said as 尋ねる, 聞く under "ask"
        (
            "当社の社員が、お電話で暗証番号をお尋ねすることは一切ございません。",
            "Our employees will never ask for your PIN over the phone.",
            "当社社員が、電話で暗証番号をお伺いすることは一切ありません。",
        ),
        (
            "端末をお預かりする際は、ロック解除のパスコードをお伺いいたします。",
            "When we take in your device, we will ask you for the passcode to unlock it.",
            "端末をお預かりする際は、ロック解除のパスコードをお聞きします。",
        ),
        # 承る, one act, stays as it was: the English need not name it (heldout2 clinic-dental-b-06)
        (
            "予約の変更は、お電話にて承ります。",
            "Appointment changes can be made by phone.",
            "予約の変更は、電話で受け付けております。",
        ),
    ],
)
def test_an_honorific_said_as_the_plain_verb_the_english_names_stays_offered(old, english, new):
    assert reused(old, new, english)


# ---- は and を on a noun of a person who may act for the writer ------------------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "講師は、駅まで車で送迎いたします。",
            "The instructor will drive you to and from the station.",
            "講師を、駅まで車で送迎いたします。",
        ),
        (
            "添乗員は、空港までお見送りいたします。",
            "The tour conductor will see you off at the airport.",
            "添乗員を、空港までお見送りいたします。",
        ),
        (
            "ボランティアは、会場までご案内いたします。",
            "Volunteers will guide you to the venue.",
            "ボランティアを、会場までご案内いたします。",
        ),
        (
            "運転手は、ホテルまでお送りいたします。",
            "The driver will take you to the hotel.",
            "運転手を、ホテルまでお送りいたします。",
        ),
        (
            "警備員は、駐車場まで誘導いたします。",
            "Security guards will direct you to the car park.",
            "警備員を、駐車場まで誘導いたします。",
        ),
        (
            "通訳は、診察室までご案内いたします。",
            "An interpreter will show you to the consultation room.",
            "通訳を、診察室までご案内いたします。",
        ),
    ],
)
def test_ha_and_wo_on_a_person_who_may_act_for_the_writer_are_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the people served are the guided either way
        (
            "お客様は、会場までご案内いたします。",
            "We will show you to the venue.",
            "お客様を、会場までご案内いたします。",
        ),
        (
            "参加者は、会場までご案内いたします。",
            "We will guide participants to the venue.",
            "参加者を、会場までご案内いたします。",
        ),
        # は said が on the person: the doer either way
        (
            "講師は、駅まで車で送迎いたします。",
            "The instructor will drive you to and from the station.",
            "講師が、駅まで車で送迎いたします。",
        ),
        # things (heldout2 pharmacy-b-07, library-b-07)
        (
            "処方箋はFAXで事前にお送りいただくと、待ち時間を短縮できます。",
            "You can shorten your waiting time by faxing your prescription in advance.",
            "処方箋を事前にFAXでお送りいただくと、待ち時間を短縮できます。",
        ),
        (
            "館内では、携帯電話はマナーモードに設定して下さい。",
            "Please set your mobile phone to silent mode inside the library.",
            "館内では、携帯電話をマナーモードに設定してください。",
        ),
    ],
)
def test_ha_and_wo_on_the_people_served_or_on_things_stay_offered(old, english, new):
    assert reused(old, new, english)


def test_a_person_is_read_from_jmdicts_nouns_of_persons():
    for noun in ("講師", "添乗員", "ボランティア", "運転手", "警備員", "通訳", "ガイド", "先生", "スタッフ", "係員"):
        assert names_a_person(noun), noun
    for noun in ("お客様", "参加者", "保護者", "会員", "利用者", "患者", "処方箋", "ロッカー", "ポスター", "会場"):
        assert not names_a_person(noun), noun


# ---- an adverb moved across a phrase that is not the object of its predicate -----------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # redteam6-037, 038, 042: 必ず moved from the day, the doer, the vehicle to the next phrase
        (
            "必ず平日に、窓口へお越しください。",
            "Please be sure to visit the counter on a weekday.",
            "平日に、必ず窓口へお越しください。",
        ),
        (
            "必ず保護者の方が、お子様の送迎をしてください。",
            "Children must be dropped off and picked up by a parent or guardian.",
            "保護者の方が、必ずお子様の送迎をしてください。",
        ),
        (
            "必ず教習車で、所内コースを走行してください。",
            "Be sure to drive on the in-school course only in a training car.",
            "教習車で、必ず所内コースを走行してください。",
        ),
        # 必ず across a place (redteam6-042's shape: what was round9's neighbour, the rule it was offered by
        # now refused: 必ず受付で says where it must be done)
        ("必ず受付で、検温をお願いします。", "(translated)", "受付で、必ず検温をお願いします。"),
        # まず, and 必ず across a time right before the predicate
        (
            "まず平日に、窓口へお越しください。",
            "First, please visit the counter on a weekday.",
            "平日に、まず窓口へお越しください。",
        ),
        ("平日に必ずお越しください。", "Please be sure to come on a weekday.", "必ず平日にお越しください。"),
    ],
)
def test_an_adverb_moved_across_a_phrase_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # across the object of its predicate, right before the predicate in one text (heldout4 appliance-maker-d-07,
        # water-park-d-05)
        (
            "本製品をお使いになる前に、取扱説明書を必ずお読みください。",
            "Before using this product, be sure to read the instruction manual.",
            "本製品のご使用前に、必ず取扱説明書をお読みください。",
        ),
        (
            "安全のため、監視員の指示に必ず従ってください。",
            "For your safety, please be sure to follow the lifeguards' instructions.",
            "安全のため、必ず監視員の指示に従うようお願いします。",
        ),
        ("ぜひ会場へお越しください。", "Please do come to the venue.", "会場へぜひお越しください。"),
        (
            "ご利用後は、机と椅子を必ず元の位置に戻してください。",
            "(translated)",
            "ご利用後は、必ず椅子と机を元の位置にお戻しください。",
        ),
        # an adverb of how wholly (全く "completely") is said of its predicate wherever it stands
        ("全く問題がありません。", "There is no problem at all.", "問題が全くありません。"),
        # the adverb in place, a particle said otherwise
        (
            "必ず平日に、窓口へお越しください。",
            "Please be sure to visit the counter on a weekday.",
            "必ず平日に、窓口にお越しください。",
        ),
    ],
)
def test_an_adverb_moved_across_the_object_of_its_predicate_stays_offered(old, english, new):
    assert reused(old, new, english)


# ---- ご on what something depends on, or on an action's noun the writer's humble act hands on ---------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # redteam6-043..045: whose circumstances, decision, schedule decide (により)
        (
            "事情により、レッスンを振替とさせていただく場合があります。",
            "Due to unforeseen circumstances, lessons may be rescheduled.",
            "ご事情により、レッスンを振替とさせていただく場合があります。",
        ),
        (
            "判断により、契約内容を変更できます。",
            "The terms of the contract may be changed at our discretion.",
            "ご判断により、契約内容を変更できます。",
        ),
        (
            "予定により、担当スタイリストが変わる場合がございます。",
            "Depending on scheduling, your stylist may change.",
            "ご予定により、担当スタイリストが変わる場合がございます。",
        ),
        # redteam6-046, 047: the association's requests handed on, or the readers'
        (
            "アンケートの結果をまとめ、要望を市にお伝えいたします。",
            "We will compile the survey results and submit requests to the city.",
            "アンケートの結果をまとめ、ご要望を市にお伝えいたします。",
        ),
        (
            "保護者会として、希望を学校にお伝えいたします。",
            "As the parents' association, we will convey requests to the school.",
            "保護者会として、ご希望を学校にお伝えいたします。",
        ),
        # redteam6-048: a thing handed on (お送り "send"): the tutor's feedback, or the student's comments
        (
            "レッスン後に、感想をメールでお送りいたします。",
            "After each lesson, we will email you feedback.",
            "レッスン後に、ご感想をメールでお送りいたします。",
        ),
    ],
)
def test_a_prefix_that_says_whose_cause_or_whose_request_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the English says "your": the reader's either way
        (
            "アンケートの結果をまとめ、要望を市にお伝えいたします。",
            "We will compile the survey results and pass your requests on to the city.",
            "アンケートの結果をまとめ、ご要望を市にお伝えいたします。",
        ),
        # により said によって: no prefix moved
        (
            "事情により、レッスンを振替とさせていただく場合があります。",
            "Due to unforeseen circumstances, lessons may be rescheduled.",
            "事情によって、レッスンを振替とさせていただく場合があります。",
        ),
        # a thing kept in a humble act: the reader's either way
        ("荷物をお預かりします。", "Luggage storage is available.", "お荷物をお預かりします。"),
        # a thing handed on, under an English that says "your"
        (
            "レッスン後に、感想をメールでお送りいたします。",
            "After each lesson, we will email you your feedback.",
            "レッスン後に、ご感想をメールでお送りいたします。",
        ),
    ],
)
def test_a_prefix_the_english_shows_or_on_a_thing_stays_offered(old, english, new):
    assert reused(old, new, english)


@pytest.mark.slow
def test_the_person_heads_are_those_of_jamdicts_own_look_up():
    """_person_heads asks jamdict's database directly (a quarter of the time): the same heads as jamdict's wildcard
    look-up of the nouns spelt with each suffix of persons, their first senses' glosses."""
    from kokuchi.language import synonyms

    heads = set()
    for suffix in synonyms._PERSON_SUFFIXES:
        found = synonyms._jmdict().lookup("%" + suffix, strict_lookup=True, lookup_chars=False, lookup_ne=False)
        for entry in found.entries:
            if entry.senses:
                heads.update(synonyms._gloss_head(gloss.text) for gloss in entry.senses[0].gloss)
    expected = {h for h in heads if h in synonyms._PERSON_WORDS or synonyms._AGENT_NOUN.search(h)}
    assert synonyms._person_heads() == expected
    assert len(expected) > 500  # (the nouns of persons JMdict has: 講師, 運転手, 警備員 …)
