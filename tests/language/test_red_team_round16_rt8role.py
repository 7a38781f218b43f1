"""The eighth red team's holes closed (tests/data/safety/open/redteam8.yaml), two families: ご added to the act done
first (確認の上 → ご確認の上) before an act of the writer's, and ている (done) said as the humble non-past under
an English that says the act in the past.

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it. The sentences are new, not the red team's.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import _past_said, decide
from kokuchi.language.evidence import prefixed_act_before_ours
from kokuchi.language.morphology import analyze

# ---- お/ご on the act done first (の上, の後, 後) -------------------------------------------------------------------

FIRST_ACT_MOVED = [
    # the writer's humble act after it: said plainly, the first act is the writer's; with ご, the reader's
    (
        "在庫を確認の上、折り返しお電話いたします。",
        "We will check our stock and call you back.",
        "在庫をご確認の上、折り返しお電話いたします。",
    ),
    (
        "申込書を審査の上、結果を通知いたします。",
        "We will review the application and notify you of the result.",
        "申込書をご審査の上、結果を通知いたします。",
    ),
    (
        "寄付金は、理事会で審議の上、配分いたします。",
        "The board will deliberate and then allocate the donations.",
        "寄付金は、理事会でご審議の上、配分いたします。",
    ),
    # お + a verb's stem + します is humble too, and the English says "you" elsewhere: no proof of the reader
    (
        "破損の状況を確認の後、修理の日程をお知らせします。",
        "After we inspect the damage, we will let you know the repair schedule.",
        "破損の状況をご確認の後、修理の日程をお知らせします。",
    ),
    # 後 right after the noun
    (
        "参加費を入金後、参加証を郵送いたします。",
        "We will mail your participant card after we receive payment.",
        "参加費をご入金後、参加証を郵送いたします。",
    ),
    # the prefix dropped: the reader's act becomes one the writer may do
    (
        "参加費をご入金後、参加証を郵送いたします。",
        "After you pay the fee, we will mail your participant card.",
        "参加費を入金後、参加証を郵送いたします。",
    ),
    # a plain verb after it, and the English says "we": the writer's act
    (
        "書類を確認の上、手続きを進めます。",
        "We will check the documents and then proceed.",
        "書類をご確認の上、手続きを進めます。",
    ),
    # a plain verb, and an English that says nobody: whose is not shown
    (
        "書類を確認の上、手続きを進めます。",
        "The procedure goes ahead after the documents are checked.",
        "書類をご確認の上、手続きを進めます。",
    ),
    # させていただきます: the writer acts, by the reader's leave (いただく alone would be the reader's act)
    (
        "内容を確認の上、返金させていただきます。",
        "We will check the details and then refund you.",
        "内容をご確認の上、返金させていただきます。",
    ),
    # a request later in the sentence does not make the humble act the reader's
    (
        "寸法を確認の上、商品を発送いたしますので、ご了承ください。",
        "We will ship the item after checking its size; thank you for your understanding.",
        "寸法をご確認の上、商品を発送いたしますので、ご了承ください。",
    ),
]


@pytest.mark.parametrize("old,english,new", FIRST_ACT_MOVED)
def test_an_honoured_first_act_before_the_writers_act_is_a_change(old, english, new):
    assert not reused(old, new, english)


FIRST_ACT_THE_READERS = [
    # a request after it: the reader acts first either way
    (
        "利用規約に同意の上、お申し込みください。",
        "Please apply after agreeing to the terms of use.",
        "利用規約にご同意の上、お申し込みください。",
    ),
    (
        "申請書に記入の上、窓口へご提出ください。",
        "Fill in the application form and submit it at the counter.",
        "申請書にご記入の上、窓口へご提出ください。",
    ),
    # お願いいたします: a request, though いたす is humble
    (
        "日程を調整の上、改めてご連絡をお願いいたします。",
        "Please arrange your schedule and contact us again.",
        "日程をご調整の上、改めてご連絡をお願いいたします。",
    ),
    # the reader's act (いただけます), and the prefix dropped under a request
    (
        "内容を確認の上、ご署名いただけます。",
        "You may sign after checking the contents.",
        "内容をご確認の上、ご署名いただけます。",
    ),
    (
        "会場の地図をご確認の後、ご来場ください。",
        "Please check the venue map before you come.",
        "会場の地図を確認の後、ご来場ください。",
    ),
    # a plain verb, and an English that makes the reader act alone
    (
        "会員登録の後、すべての機能を利用できます。",
        "After you register, you can use every feature.",
        "会員ご登録の後、すべての機能を利用できます。",
    ),
    # no act after it: a time, the reader's purchase either way
    (
        "ご購入後2週間以内の返品は無料です。",
        "Returns within two weeks of purchase are free.",
        "購入後2週間以内の返品は無料です。",
    ),
]


@pytest.mark.parametrize("old,english,new", FIRST_ACT_THE_READERS)
def test_the_readers_first_act_stays_offered(old, english, new):
    assert reused(old, new, english)


def test_the_first_act_is_named_on_each_side():
    assert prefixed_act_before_ours("在庫を確認の上、お送りします。", "在庫をご確認の上、お送りします。") == (
        "確認",
        "ご確認",
        "we",
    )
    assert prefixed_act_before_ours("在庫をご確認の上、お送りします。", "在庫を確認の上、お送りします。") == (
        "ご確認",
        "確認",
        "we",
    )
    # ご利用の際 is the time of another act, not the act done first; before いたします, _actors reads it
    assert prefixed_act_before_ours("利用の際、ご案内いたします。", "ご利用の際、ご案内いたします。") is None
    assert prefixed_act_before_ours("確認いたします。", "ご確認いたします。") is None


def test_the_note_names_the_first_act():
    decision = decide(
        "料金を確認の上、お振り込みいたします。",
        "We will check the fee and transfer it.",
        "料金をご確認の上、お振り込みいたします。",
    )
    assert decision.flip is not None and decision.flip.new == "ご確認"


# ---- ている said as the humble non-past, the English in the past -------------------------------------------------

DONE_SAID_AHEAD = [
    # a regular past after "we"
    (
        "よくある質問のページを更新しております。",
        "We recently updated the FAQ page.",
        "よくある質問のページを更新いたします。",
    ),
    # an irregular past, read by lemminflect
    (
        "会員の皆様に案内状を送付しております。",
        "We sent the invitations to all members.",
        "会員の皆様に案内状を送付いたします。",
    ),
    (
        "修理した傘は、受付でお返ししております。",
        "We returned the repaired umbrellas at the front desk.",
        "修理した傘は、受付でお返しいたします。",
    ),
    (
        "落とし物は、事務所でお預かりしております。",
        "We kept the lost items at the office.",
        "落とし物は、事務所でお預かりいたします。",
    ),
]


@pytest.mark.parametrize("old,english,new", DONE_SAID_AHEAD)
def test_a_te_iru_under_an_english_past_is_not_the_humble_non_past(old, english, new):
    assert not reused(old, new, english)


WHAT_WE_DO = [
    # the simple present: what we do, as both say it (承る; an act said with いたす after the old ている may say
    # it ahead, blocked since red team 11: test_red_team_round19_rt11asp.py)
    ("電話で予約を承っております。", "We accept reservations by phone.", "電話で予約を承ります。"),
]


@pytest.mark.parametrize("old,english,new", WHAT_WE_DO)
def test_a_te_iru_of_what_we_do_stays_offered(old, english, new):
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "english,past",
    [
        ("We shipped the parcel.", True),
        ("We already sent it.", True),
        ("The cards were mailed.", True),
        ("It opened in May.", True),
        ("We ship the parcel.", False),
        ("Registered members may enter.", False),  # a participle before a noun, no past tense
        ("Return the form you received.", False),  # the reader's past
        ("We put the bins out on Mondays.", False),  # put: past or present, not shown
    ],
)
def test_the_english_past_is_read_after_a_subject(english, past):
    assert _past_said(english) is past


def test_the_words_are_read_as_expected():
    # the two families rest on UniDic: 上 a noun after の, 後 a suffix right after the noun
    assert [m.lemma for m in analyze("確認の上")] == ["確認", "の", "上"]
    assert [m.pos[0] for m in analyze("入金後")] == ["名詞", "接尾辞"]
