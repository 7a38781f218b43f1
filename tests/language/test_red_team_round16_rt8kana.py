"""The eighth red team's notation and humble "can" closed (tests/data/safety/open/redteam8.yaml, 001-005, 061-066).

A word written in kana rewritten in the kanji of another word read alike (とまる meant 泊まる, made 止まる) is
notation only where JMdict reads the kana as that one word; else the kanji picked a word, offered only where
the old English says it. お/ご + an action + できる (the writer's humble "can") said + いただける (the reader's)
is offered only where the old English says the reader acts. The nearest same-meaning edits stand beside each.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import FUZZY, KEPT, decide


@pytest.mark.parametrize(
    "old,english,new",
    [
        # とまる (泊まる, stay the night) given the kanji of 止まる, "stop" (redteam8-001)
        (
            "ホテルにとまる場合は、宿泊費の領収書を提出してください。",
            "If you stay at a hotel, please submit the receipt for your accommodation.",
            "ホテルに止まる場合は、宿泊費の領収書を提出してください。",
        ),
        # かう (飼う, keep an animal) given the kanji of 買う, "buy" (redteam8-003)
        (
            "この団地では、うさぎをかうことはできません。",
            "Keeping rabbits is not allowed in this housing complex.",
            "この団地では、うさぎを買うことはできません。",
        ),
        # やさしい (易しい, easy) given the kanji of 優しい, "kind" (redteam8-004)
        (
            "試験はやさしい問題から順に出題されます。",
            "The exam starts with the easy questions.",
            "試験は優しい問題から順に出題されます。",
        ),
        # おたずね (訪ねる, visit) given the kanji of 尋ねる, "ask": JMdict's お尋ね ("an inquiry") proves nothing
        # of the humble お + another verb (redteam8-005)
        (
            "来週、担当者がご自宅をおたずねします。",
            "Next week, a member of our staff will visit your home.",
            "来週、担当者がご自宅をお尋ねします。",
        ),
        # もの: 物 or 者 ("a person"); the English says neither
        (
            "不要なものは、受付にお申し出ください。",
            "Please tell reception if you have some you do not need.",
            "不要な物は、受付にお申し出ください。",
        ),
        # a compound the kana's object makes with other kanji: ブラシ掛け is no proof of 賭け
        (
            "お帰りの際は、玄関でブラシをかけてください。",
            "Please brush yourself off at the entrance when you leave.",
            "お帰りの際は、玄関でブラシ賭けをお願いします。",
        ),
        # the kanji the English does not say, the kana read by UniDic as the kanji's word: a guess, not a proof
        (
            "駐輪場にとまる自転車は、すべて登録が必要です。",
            "All bicycles parked in the bicycle lot must be registered.",
            "駐輪場に泊まる自転車は、すべて登録が必要です。",
        ),
    ],
)
def test_a_kanji_that_picks_another_word_read_alike_is_a_change(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # わかる: 分かる alone in JMdict; ください: 下さい; いただける: 頂ける
        (
            "詳細がわかり次第、ホームページでお知らせします。",
            "We will post details on our website as soon as they are known.",
            "詳細が分かり次第、ホームページでお知らせします。",
        ),
        (
            "会場内では、携帯電話の電源をお切りください。",
            "Please switch off your mobile phone inside the venue.",
            "会場内では、携帯電話の電源をお切り下さい。",
        ),
        (
            "休憩室は、どなたでも自由にご利用いただけます。",
            "Anyone is welcome to use the break room.",
            "休憩室は、どなたでも自由にご利用頂けます。",
        ),
        # うえ read by a construction in both texts (のうえ / 上で, "having done"): no other word
        (
            "内容をご確認のうえ、同意書にご署名ください。",
            "Please read the contents carefully and then sign the consent form.",
            "内容をご確認の上、同意書にご署名ください。",
        ),
        # かける after 迷惑を: JMdict's phrase 迷惑をかける is spelt 迷惑を掛ける, and no other word
        (
            "工事期間中はご迷惑をおかけしますが、ご協力をお願いします。",
            "We apologize for the inconvenience during the construction and ask for your cooperation.",
            "工事期間中はご迷惑をお掛けしますが、ご協力をお願いします。",
        ),
    ],
)
def test_kanji_of_the_one_word_the_kana_reads_stay_a_spelling(old, english, new):
    assert decide(old, english, new).kind == KEPT


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the English says the word the kanji chose: "ask" (尋ねる), "buy" (買う), "view" (見る)
        (
            "ご不明な点は、お近くの係員におたずねください。",
            "If anything is unclear, please ask a staff member nearby.",
            "ご不明な点は、お近くの係員にお尋ねください。",
        ),
        (
            "入場券は、売店でかうことができます。",
            "You can buy admission tickets at the shop.",
            "入場券は、売店で買うことができます。",
        ),
        (
            "展示室では、当時の写真をみることができます。",
            "In the exhibition room, you can view photographs from that time.",
            "展示室では、当時の写真を見ることができます。",
        ),
    ],
)
def test_a_kanji_the_english_says_is_offered_never_kept(old, english, new):
    assert decide(old, english, new).kind == FUZZY


@pytest.mark.parametrize(
    "old,english,new",
    [
        # もの said 物 under "things"; すすめ said 勧め under "recommend"
        (
            "不要なものは、各自でお持ち帰りください。",
            "Please take home any things you no longer need.",
            "不要な物は、各自でお持ち帰りください。",
        ),
        (
            "雨の日は、長靴をおすすめします。",
            "On rainy days, we recommend rubber boots.",
            "雨の日は、長靴をお勧めします。",
        ),
        # JMdict's compound of the kana's object and the kanji: モップがけ is モップ掛け alone
        (
            "閉店後は、床にモップをかけてください。",
            "After closing, please mop the floor.",
            "閉店後は、床にモップ掛けをお願いします。",
        ),
    ],
)
def test_a_kanji_shown_the_kanas_word_is_offered(old, english, new):
    assert reused(old, new, english)


def test_the_kanji_picked_is_never_kept_even_where_the_english_says_it():
    decision = decide("売店でかうことができます。", "You can buy it at the shop.", "売店で買うことができます。")
    assert decision.kind == FUZZY


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the writer's humble "can", said as the reader's (redteam8-061..066)
        (
            "領収書は、窓口でお出しできます。",
            "We can issue a receipt at the counter.",
            "領収書は、窓口でお出しいただけます。",
        ),
        (
            "ご注文の品は、ご自宅までお届けできます。",
            "We can deliver your order to your home.",
            "ご注文の品は、ご自宅までお届けいただけます。",
        ),
        (
            "大きなお荷物は、フロントでお預かりできます。",
            "Our staff can look after large luggage at the front desk.",
            "大きなお荷物は、フロントでお預かりいただけます。",
        ),
        # no one said to act: the writer's humble ability may be meant
        (
            "ご予約の日時は、お電話でご変更できます。",
            "Changes to the reservation date and time are possible by phone.",
            "ご予約の日時は、お電話でご変更いただけます。",
        ),
        # a passive beside "our": the office may be the one acting
        (
            "申込書は、当事務所でお受け取りできます。",
            "Application forms can be collected from our office.",
            "申込書は、当事務所でお受け取りいただけます。",
        ),
        # "you can" beside "we can": who acts in this clause is not shown
        (
            "資料は、受付でお渡しできます。",
            "You can ask at reception, and we can give you the materials there.",
            "資料は、受付でお渡しいただけます。",
        ),
        # a passive names no one who acts (red team 9): the reader collecting, or the writer handing over?
        (
            "申込書は、各支所の窓口でお受け取りできます。",
            "Application forms can be collected at the counter of each branch.",
            "申込書は、各支所の窓口でお受け取りいただけます。",
        ),
        # the other way round: the reader's いただける said できる under an English of the writer acting
        (
            "修理の状況は、メールでご確認いただけます。",
            "We can check the repair status for you by email.",
            "修理の状況は、メールでご確認できます。",
        ),
    ],
)
def test_a_humble_can_said_as_the_readers_is_a_change(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # ご利用できます as notices write it, "you can use": the English says the reader acts (with nothing done to
        # named: 市民プールは, a topic thing, makes it the humble can of a service since round 19, rt12who)
        (
            "どなたでもご利用できます。",
            "You can use it regardless of residence.",
            "どなたでもご利用いただけます。",
        ),
        # the other way round, under "you can"
        (
            "修理の状況は、メールでご確認いただけます。",
            "You can check the repair status by email.",
            "修理の状況は、メールでご確認できます。",
        ),
    ],
)
def test_a_can_the_english_gives_the_reader_is_offered_never_kept(old, english, new):
    assert decide(old, english, new).kind == FUZZY
