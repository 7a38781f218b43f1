"""Who acts, said by politeness: the same action by another actor is another meaning.

ご/お + an action + する/いたす/申し上げる is the writer acting (humble); ご/お + an
action + いただく/くださる is the reader acting (させていただく is the writer again).
れる/られる on a plain verb or suru-noun is respect or passive, and a passive names
another actor, so it is a change unless the source shows respect (an honorific
prefix, which a passive never takes, or お〜になる). The ご of a noun (ご指定の日時)
names the reader's act, while a bare passive (指定された日時) may name ours.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# Humble (we act) against the reader's act (you act).


@pytest.mark.parametrize(
    "old,new",
    [
        ("先日ご請求した金額は、明細書に記載しております。", "先日ご請求いただいた金額は、明細書に記載しております。"),
        ("先日ご依頼した修繕工事は、来週実施いたします。", "先日ご依頼いただいた修繕工事は、来週実施いたします。"),
        (
            "お電話した際にお伝えした予約番号をご用意ください。",
            "お電話いただいた際にお伝えした予約番号をご用意ください。",
        ),
        (
            "ご連絡する場合は、会員登録のメールアドレスを使用します。",
            "ご連絡いただく場合は、会員登録のメールアドレスを使用します。",
        ),
        # (siblings)
        ("先日お送りした書類をご確認ください。", "先日お送りいただいた書類をご確認ください。"),
        ("ご案内した資料は、受付にございます。", "ご案内くださった資料は、受付にございます。"),
        ("ご説明する際は、資料をお持ちします。", "ご説明いただく際は、資料をお持ちします。"),
        ("お届けした商品に不備がございました。", "お届けいただいた商品に不備がございました。"),
        ("ご報告申し上げた内容に誤りがございました。", "ご報告いただいた内容に誤りがございました。"),
        ("お問い合わせいただいた件について、回答いたします。", "お問い合わせした件について、回答いたします。"),
    ],
)
def test_the_same_action_by_another_actor_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("内容をご確認ください。", "内容をご確認いただきますようお願いします。"),
        ("担当者からご連絡いたします。", "担当者からご連絡させていただきます。"),
        ("駐車場をご利用いただけます。", "駐車場をご利用になれます。"),
        # (siblings)
        ("ご来場いただいた皆様に、記念品を差し上げます。", "ご来場くださった皆様に、記念品を差し上げます。"),
        ("詳細は後日ご案内します。", "詳細は後日ご案内いたします。"),
        ("書類をお送りしました。", "書類をお送りいたしました。"),
    ],
)
def test_the_same_actor_said_another_way_is_offered(old, new):
    assert reused(old, new)


# Respect or passive: a bare れる/られる is not proof of respect.


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "契約を解除した方は、解約返戻金の有無をご確認ください。",
            "契約を解除された方は、解約返戻金の有無をご確認ください。",
        ),
        ("推薦した方は、推薦書を期日までにご提出ください。", "推薦された方は、推薦書を期日までにご提出ください。"),
        ("扶養している方は、申請書の2枚目もご提出ください。", "扶養されている方は、申請書の2枚目もご提出ください。"),
        ("当薬局を紹介した方には、クーポンを差し上げます。", "当薬局を紹介された方には、クーポンを差し上げます。"),
        # (siblings)
        ("口座を凍結した方は、窓口にお越しください。", "口座を凍結された方は、窓口にお越しください。"),
        ("招待した方は、受付で招待状をご提示ください。", "招待された方は、受付で招待状をご提示ください。"),
        ("採用した方には、後日ご連絡します。", "採用された方には、後日ご連絡します。"),
    ],
)
def test_a_bare_passive_form_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("駐車場を利用した方は、駐車券をお持ちください。", "駐車場をご利用された方は、駐車券をお持ちください。"),
        ("会場を予約した方は、受付にお越しください。", "会場をご予約された方は、受付にお越しください。"),
        ("駐車場を利用した方は、駐車券をお持ちください。", "駐車場をご利用になった方は、駐車券をお持ちください。"),
    ],
)
def test_respect_shown_by_its_prefix_is_offered(old, new):
    assert reused(old, new)


# The ご of a noun names the reader's act; a bare passive may name ours.


@pytest.mark.parametrize(
    "old,new",
    [
        ("点検の立会いは、指定された日時にお願いいたします。", "点検の立会いは、ご指定の日時にお願いいたします。"),
        ("返送された書類は、当社で保管しております。", "ご返送の書類は、当社で保管しております。"),
        # (siblings, both directions)
        ("ご指定の日時にお伺いします。", "指定された日時にお伺いします。"),
        ("送付された書類をご確認ください。", "ご送付の書類をご確認ください。"),
        ("ご依頼の書類を同封いたします。", "依頼された書類を同封いたします。"),
    ],
)
def test_a_noun_s_go_against_a_bare_passive_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("ご予約された資料は、窓口でお受け取りください。", "ご予約の資料は、窓口でお受け取りください。"),
        ("ご指定いただいた日時にお伺いします。", "ご指定の日時にお伺いします。"),
        ("ご登録のメールアドレスにお送りします。", "ご登録いただいたメールアドレスにお送りします。"),
    ],
)
def test_a_noun_s_go_against_the_reader_s_act_is_offered(old, new):
    assert reused(old, new)
