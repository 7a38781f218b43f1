"""Red team 10, three families (rt10who): who acts, and in which state, where politeness alone seemed to differ.

- ご入院の方 / 入院している方: ている of a change of state says the state reached (inpatients), ご〜の方 the act
  at hand (those being admitted); UniDic and JMdict cannot tell such a verb from an activity, so the old English
  must say the state (currently, already, "who have").
- ご用意いただいた資料を、…配布いたします / 用意した資料を: beside an act of the writer's said humbly, the plain past
  reads as the writer's own; いただく was the only word saying the reader acted.
- お渡しいただけます / お渡しできます: an act JMdict glosses as a transfer (hand over, send, sell, receive,
  deliver) has a direction, which the humble できる may turn ("we can give you"), whatever the English.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        # A change of state under an English of the act at hand: those joining, not members already.
        (
            "ご入学の方は、制服の採寸にお越しください。",
            "入学している方は、制服の採寸にお越しください。",
            "New students enrolling, please come for a uniform fitting.",
        ),
        (
            "ご入庫の方は、駐車券をお取りください。",
            "入庫している方は、駐車券をお取りください。",
            "Drivers entering the car park, please take a parking ticket.",
        ),
        (
            "ご契約の方には、記念品を差し上げます。",
            "契約している方には、記念品を差し上げます。",
            "Everyone who signs a contract will receive a gift.",
        ),
        # "have to" is no possession.
        (
            "ご入館の方は、受付で名前を記入してください。",
            "入館している方は、受付で名前を記入してください。",
            "Visitors entering the building have to sign in at reception.",
        ),
    ],
)
def test_the_act_at_hand_said_as_a_state_is_blocked(old, new, old_en):
    assert not reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        (
            "図書館カードをお持ちの方は、自動貸出機をご利用ください。",
            "図書館カードを持っている方は、自動貸出機をご利用ください。",
            "Those who have a library card, please use the self-checkout machine.",
        ),
        (
            "現在ご入院の方は、面会時間にご注意ください。",
            "現在入院している方は、面会時間にご注意ください。",
            "Patients currently in hospital, please note the visiting hours.",
        ),
    ],
)
def test_a_state_the_english_says_is_offered(old, new, old_en):
    assert reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        (
            "ご記入いただいた用紙を、窓口で回収いたします。",
            "記入した用紙を、窓口で回収いたします。",
            "We will collect the forms you filled in at the counter.",
        ),
        (
            "ご作成いただいた作品を、ロビーに展示いたします。",
            "作成した作品を、ロビーに展示いたします。",
            "We will display the works you made in the lobby.",
        ),
        (
            "ご予約いただいた席は、当日までお取り置きします。",
            "予約した席は、当日までお取り置きします。",
            "We will hold the seats you reserved until the day.",
        ),
        # The other way: the plain act given to the reader beside our humble act.
        (
            "撮影した写真を、ホームページに掲載いたします。",
            "ご撮影いただいた写真を、ホームページに掲載いたします。",
            "We will post the photos we took on our website.",
        ),
    ],
)
def test_the_readers_act_said_plainly_beside_ours_is_blocked(old, new, old_en):
    assert not reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        # No act of the writer's in the sentence: the plain past is still the reader's.
        (
            "ご購入いただいた商品は、レシートと一緒に保管してください。",
            "購入した商品は、レシートと一緒に保管してください。",
            "Please keep the items you bought together with the receipt.",
        ),
        # The reader's act still said with ご: no actor dropped.
        (
            "ご参列の皆様に、心よりお礼申し上げます。",
            "ご参列いただいた皆様に、心よりお礼申し上げます。",
            "We sincerely thank all who attended.",
        ),
    ],
)
def test_the_readers_act_without_our_act_is_offered(old, new, old_en):
    assert reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        (
            "不要な家具は、店舗でお引き取りいただけます。",
            "不要な家具は、店舗でお引き取りできます。",
            "You can leave unwanted furniture at the store.",
        ),
        (
            "入館証は、受付でお受け取りいただけます。",
            "入館証は、受付でお受け取りできます。",
            "You can collect your pass at reception.",
        ),
        (
            "領収書は、メールでお送りいただけます。",
            "領収書は、メールでお送りできます。",
            "You can send the receipt by email.",
        ),
        (
            "古本は、店頭でお売りいただけます。",
            "古本は、店頭でお売りできます。",
            "You can sell used books at the shop.",
        ),
        # The other way round, under an English of ours.
        (
            "鍵は、管理室でお渡しできます。",
            "鍵は、管理室でお渡しいただけます。",
            "We can give you the key at the office.",
        ),
    ],
)
def test_a_transfer_with_its_actor_turned_is_blocked(old, new, old_en):
    assert not reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        (
            "会議室は、平日の夜もご利用いただけます。",
            "会議室は、平日の夜もご利用できます。",
            "You can use the meeting room on weekday evenings.",
        ),
        (
            "説明会には、どなたでもご参加いただけます。",
            "説明会には、どなたでもご参加できます。",
            "Anyone can attend the briefing; you can join too.",
        ),
    ],
)
def test_an_act_without_direction_under_you_can_is_offered(old, new, old_en):
    assert reused(old, new, old_en)
