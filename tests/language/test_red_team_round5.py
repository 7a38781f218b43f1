"""The fourth red team's holes closed in its second round (tests/data/safety/open/redteam4.yaml).

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# ---- aspect: the resultative (済み, てある) needs an old English that says the action done --------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # passive + ている said going on ("under repair") → てある, the repair done
        (
            "2号機エレベーターは、修理されております。",
            "Elevator No. 2 is under repair.",
            "2号機エレベーターは、修理してあります。",
        ),
        (
            "本件は、市と協議されております。",
            "This matter is under discussion with the city.",
            "本件は、市と協議してあります。",
        ),
        # ている said as what we do (a simple present) or as a noun of the action going on → 済み, done
        (
            "駅前の放置自転車は、撤去しております。",
            "We remove bicycles abandoned in front of the station.",
            "駅前の放置自転車は、撤去済みです。",
        ),
        ("投票用紙は、集計しております。", "Ballot counting is in progress.", "投票用紙は、集計済みです。"),
        (
            "お申し込み内容は、確認しております。",
            "Your application details are under review.",
            "お申し込み内容は、確認済みです。",
        ),
    ],
)
def test_a_resultative_the_old_english_does_not_say_done_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the English says the action done: a perfect, or a passive of the state it left (a passive + ている
        # against てある is no longer offered at all: red team 32, test_red_team_round19_fix32a.py)
        (
            "なお、対象商品は既に店頭から撤去しております。",
            "The affected products have already been removed from store shelves.",
            "なお、対象商品はすでに店頭から撤去済みです。",
        ),
        (
            "男女更衣室内での写真撮影は、禁止しております。",
            "Photography is prohibited in the changing rooms.",
            "男女更衣室内での写真撮影は、禁止されています。",
        ),
    ],
)
def test_a_resultative_the_old_english_says_done_stays_offered(old, english, new):
    assert reused(old, new, english)


# ---- aspect: 中 → ている where the English says the action unfinished ----------------------------------------


def test_going_on_said_unfinished_is_not_a_te_iru_that_may_say_it_done():
    old, new = "当院は、現在移転中です。", "当院は、現在移転しております。"
    assert not reused(old, new, "Our clinic is currently in the process of relocating.")
    assert not reused(old, new, "Our clinic has not yet relocated.")


def test_going_on_said_as_a_state_stays_offered():
    old = "商店街の共通商品券は、加盟店の店頭にて販売中です。"
    new = "商店街共通商品券は、加盟店店頭で販売しております。"
    assert reused(old, new, "Shopping street gift certificates are on sale at member stores.")
    # and the other way: ている → 中, blocked by a perfect as before, offered without one
    assert reused(new, old, "Shopping street gift certificates are on sale at member stores.")
    assert not reused("当院は、現在移転しております。", "当院は、現在移転中です。", "Our clinic has relocated.")


# ---- aspect: a humble non-past → ている on one named day ------------------------------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "本日の午前の診療は、11時30分で終了いたします。",
            "This morning's consultations end at 11:30.",
            "本日の午前の診療は、11時30分で終了しております。",
        ),
        ("ご注文の商品は、本日発送いたします。", "Your order ships today.", "ご注文の商品は、本日発送しております。"),
        (
            "ご注文の商品は、5月1日に発送いたします。",
            "Your order ships on May 1.",
            "ご注文の商品は、5月1日に発送しております。",
        ),
        ("明日、ご連絡いたします。", "We contact you tomorrow.", "明日、ご連絡しております。"),
    ],
)
def test_the_humble_non_past_of_one_day_is_no_standing_offer(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "予約の変更は、お電話にて承ります。",
            "Appointment changes can be made by phone.",
            "予約の変更は、電話で受け付けております。",
        ),
        (
            "会議やイベント用の大量注文にも対応いたします。",
            "We also handle large orders for meetings and events.",
            "会議やイベント用の大量注文にも対応しております。",
        ),
        (
            "お水の注文は、24時間いつでもウェブサイトから承ります。",
            "You can order water on our website at any time, 24 hours a day.",
            "お水のご注文は、24時間いつでもWebサイトから受け付けております。",
        ),
        # a month is no day: a standing offer still
        (
            "5月の間、ご相談を無料で承ります。",
            "We offer free consultations throughout May.",
            "5月の間、ご相談を無料で承っております。",
        ),
    ],
)
def test_a_standing_offer_with_no_day_named_stays_offered(old, english, new):
    assert reused(old, new, english)


# ---- お/ご and の方, 様 that say whose a thing or a person is --------------------------------------------------

EN = "Translation of the old sentence."


@pytest.mark.parametrize(
    "old,new",
    [
        # an action's noun + の + the thing it names: the writer's act, the reader's with ご
        ("指定の日時に、会場へお越しください。", "ご指定の日時に、会場へお越しください。"),
        ("確認の結果、不備があった場合は、再発行いたします。", "ご確認の結果、不備があった場合は、再発行いたします。"),
        ("健診結果は、指定の医療機関から郵送されます。", "健診結果は、ご指定の医療機関から郵送されます。"),
        # a party's particulars (都合, 住所): ours said plainly, yours with ご
        (
            "都合によりツアーが中止となった場合は、全額を返金いたします。",
            "ご都合によりツアーが中止となった場合は、全額を返金いたします。",
        ),
        ("都合がつかない場合は、講座を延期いたします。", "ご都合がつかない場合は、講座を延期いたします。"),
        ("下記のとおり、住所が変更となりました。", "下記のとおり、ご住所が変更となりました。"),
        ("住所を変更いたしました。", "ご住所を変更いたしました。"),  # the object of our own act, not a request
        # の方 after a noun of people who may be the writer's own (JMdict: staff, person in charge)
        ("提出書類は、担当者にお渡しください。", "提出書類は、担当者の方にお渡しください。"),
        ("見学当日は、職員が施設内をご案内します。", "見学当日は、職員の方が施設内をご案内します。"),
        ("入口で係員にお声がけください。", "入口で係員の方にお声がけください。"),
        # 皆 may count the writer in; 皆様 is the readers
        ("当日は、皆で会場の後片付けを行います。", "当日は、皆様で会場の後片付けを行います。"),
    ],
)
def test_a_prefix_or_an_honorific_that_says_whose_is_a_change(old, new):
    assert not reused(old, new, EN)
    assert not reused(new, old, EN)


@pytest.mark.parametrize(
    "old,new",
    [
        # ご before an action's noun in a request, an occasion or a topic: the reader's either way
        ("ご請求金額を確認してください。", "ご請求金額をご確認ください。"),
        ("ご乗船の際は、係員の指示に従ってください。", "乗船時は、係員の指示に従ってください。"),
        ("会議室の鍵は、ご使用後に事務室へご返却ください。", "会議室のカギは、使用後に事務室へ返却してください。"),
        (
            "お水の注文は、24時間いつでもウェブサイトから承ります。",
            "お水のご注文は、24時間いつでもWebサイトから受け付けております。",
        ),
        ("ご理解とご協力を賜りますようお願い申し上げます。", "ご理解とご協力のほど、よろしくお願いいたします。"),
        # a particular as the object of a request: the reader's either way
        ("申込書に住所をご記入ください。", "申込書にご住所をご記入ください。"),
        # の方 after a noun only the reader's people can be (JMdict: guardian, member)
        ("保護者の方は、受付までお越しください。", "保護者は、受付までお越しください。"),
        ("会員の方は、割引料金でご利用いただけます。", "会員は、割引料金でご利用いただけます。"),
        # 皆様 and 皆さま are the same readers
        ("皆様のご来場をお待ちしております。", "皆さまのご来場をお待ちしております。"),
    ],
)
def test_a_prefix_or_an_honorific_of_the_same_party_stays_offered(old, new):
    assert reused(old, new, EN)
