"""Issue 21, twelfth round (order12): an occasion said with a noun, moved among its predicate's phrases.

お申し込みの際に、連絡先をお知らせください / 連絡先を、お申し込み時にお知らせください: the occasion (an action's noun
+ 際/時/後/まで, no verb in it) is read as an adjunct of the next predicate, and may trade places with that
predicate's objects and with an adverb of manner (お気軽に). Each proof is tested beside the edits closest to it that
say something else: those must stay blocked.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new",
    [
        # an occasion and an object of the request, exchanged (際 said 時 too)
        (
            "ご出発の際に、パスポートをカウンターにご提示ください。",
            "パスポートを、ご出発時にカウンターにご提示ください。",
        ),
        ("ご乗車の際に、整理券をお取りください。", "整理券を、ご乗車時にお取りください。"),
        ("ご見学の際は、ヘルメットを必ず着用してください。", "ヘルメットを、ご見学の際は必ず着用してください。"),
        ("ご返却の際に、貸出カードを窓口にご提示ください。", "貸出カードを、ご返却の際に窓口にご提示ください。"),
        (
            "ご注文の際に、アレルギーの有無をスタッフにお伝えください。",
            "アレルギーの有無を、ご注文時にスタッフにお伝えください。",
        ),
        # after, before, by an action, and an object or a goal
        ("ご使用後は、鍵を管理人室にお返しください。", "鍵を、ご使用後は管理人室にお返しください。"),
        ("ご使用後は、鍵を管理人室にお返しください。", "管理人室に、ご使用後は鍵をお返しください。"),
        ("ご使用前に、説明書をお読みください。", "説明書を、ご使用前にお読みください。"),
        ("ご来店までに、書類をご用意ください。", "書類を、ご来店までにご用意ください。"),
        # an occasion that names no action, moved among the objects (雨天の場合は)
        ("雨天の場合は、集合場所を体育館に変更します。", "集合場所を、雨天の場合は体育館に変更します。"),
        # 案内所まで (an action's noun + まで) and an adverb of manner, exchanged
        ("お困りの方は、案内所までお気軽にお越しください。", "お困りの方は、お気軽に案内所までお越しください。"),
    ],
)
def test_an_occasion_moved_among_its_predicates_objects_is_offered(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # a time moved from one verb's clause to another's
        ("10時までに受付をして、会場に入ってください。", "受付をして、10時までに会場に入ってください。"),
        # an object moved out of a negated clause into the next: another thing waited with
        ("書類を提出せずに、会場でお待ちください。", "提出せずに、書類を会場でお待ちください。"),
        # the occasion now after a place, a means or a deadline: it may say where or how one acts on arrival
        ("ご来店の際に、受付で会員証をご提示ください。", "受付で、ご来店の際に会員証をご提示ください。"),
        ("ご予約の際は、お電話でお申し込みください。", "お電話で、ご予約の際はお申し込みください。"),
        ("ご予約の際に、前日までにお電話ください。", "前日までに、ご予約の際にお電話ください。"),
        # a restricting adverb or one that says what is required, moved across the occasion
        ("ご使用の際に、特別に受付までお申し出ください。", "特別に、ご使用の際に受付までお申し出ください。"),
        ("ご来店の際に、必ず会員証をご提示ください。", "必ず、ご来店の際に会員証をご提示ください。"),
        # a recipient (に) said as a place (で)
        ("ご来場の際に、係員にチケットをお見せください。", "係員で、ご来場の際にチケットをお見せください。"),
        # も / は / のみ moved or added: "also", a contrast, "only"
        ("ご利用の際は、会員証をご提示ください。", "会員証も、ご利用の際はご提示ください。"),
        ("ご来店の際も、会員証をご提示ください。", "会員証も、ご来店の際にご提示ください。"),
        ("ご来店の際は、会員証もご提示ください。", "会員証は、ご来店の際もご提示ください。"),
        ("ご出発の際は、パスポートのみをご提示ください。", "パスポートは、ご出発の際のみご提示ください。"),
        # "by" said "until", before said after, a goal said as a place, a negation, "also"
        ("ご来店までに、書類をご用意ください。", "書類を、ご来店までご用意ください。"),
        ("ご使用前に、説明書をお読みください。", "説明書を、ご使用後にお読みください。"),
        ("ご使用後は、鍵を管理人室にお返しください。", "ご使用後は鍵を、管理人室でお返しください。"),
        ("ご使用後は、鍵を管理人室にお返しください。", "鍵を、ご使用後は管理人室にお返しにならないでください。"),
        ("ご使用後は、鍵を管理人室にお返しください。", "鍵は、ご使用後も管理人室にお返しください。"),
        # another occasion, a negation, another adverb
        ("ご乗車の際に、整理券をお取りください。", "整理券を、ご降車の際にお取りください。"),
        ("ご使用の際は、手袋を着用してください。", "手袋を、ご使用の際は着用しないでください。"),
        ("お困りの方は、案内所までお気軽にお越しください。", "お困りの方は、特別に案内所までお越しください。"),
    ],
)
def test_a_phrase_moved_to_another_head_or_role_stays_a_change(old: str, new: str) -> None:
    assert not reused(old, new)


# ブラシをかけてください / ブラシ掛けをお願いいたします: the object said as the first part of the verb's noun, when
# JMdict names the compound an action ("brushing"); a compound that names a thing (鍵掛け "key hook", タオル掛け
# "towel rack"), another verb, a negation or another request stays a change.


@pytest.mark.parametrize(
    "old,new",
    [
        ("作業後は、床にモップをかけてください。", "作業後は、床にモップ掛けをお願いします。"),
        ("返却前に、シャツにアイロンをかけてください。", "返却前に、シャツにアイロン掛けをしてください。"),
        ("練習後は、コートにブラシをかけてください。", "練習後は、コートにブラシ掛けをお願いいたします。"),
    ],
)
def test_an_object_said_inside_the_verbs_noun_is_offered(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("退室時は、鍵をかけてください。", "退室時は、鍵掛けをお願いします。"),
        ("洗面所では、タオルをかけてください。", "洗面所では、タオル掛けをお願いします。"),
        ("練習後は、コートにブラシをかけてください。", "練習後は、コートにブラシ掛けをしないでください。"),
        ("練習後は、コートにブラシをかけてください。", "練習後は、コートにモップ掛けをお願いいたします。"),
        ("練習後は、コートにブラシをかけてください。", "練習前は、コートにブラシ掛けをお願いいたします。"),
        ("練習後は、コートにブラシをかけてください。", "練習後は、コートにブラシ洗いをお願いいたします。"),
        ("作業後は、床にモップをかけてください。", "作業後は、床にモップ掛けは不要です。"),
    ],
)
def test_a_thing_another_act_or_a_negation_stays_a_change(old: str, new: str) -> None:
    assert not reused(old, new)
