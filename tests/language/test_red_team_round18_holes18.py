"""Red-team meaning changes of the open sets the guard still offered, closed in the eighteenth round (holes18).

Each proof narrowed keeps its same-meaning edits offered: they stand beside the changes it now blocks.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# ---- an action + には before a requirement, said with の際は (rt24-009, rt24-011) -----------------------------
# "Needed for the act" and "needed when doing it" ask the same only for a thing needed at the act, and only where
# the requirement is affirmed.


@pytest.mark.parametrize(
    "old,english,new",
    [
        # a thing shown, handed over or paid at the act: "needed for" is "needed when"
        (
            "ご入館には、身分証明書が必要です。",
            "You need photo ID to enter the building.",
            "ご入館の際は、身分証明書が必要です。",
        ),
        (
            "駐輪場のご利用には、利用券が必要です。",
            "A ticket is required to use the bicycle parking.",
            "駐輪場のご利用の際は、利用券が必要です。",
        ),
        (
            "ご返品には、納品書が必要です。",
            "Returns require the delivery note.",
            "ご返品の場合は、納品書が必要です。",
        ),
        (
            "粗大ごみの収集には、処理券が必要です。",
            "A disposal sticker is required for bulky waste collection.",
            "粗大ごみの収集の際は、処理券が必要です。",
        ),
    ],
)
def test_a_thing_required_for_an_act_is_required_at_it(old, english, new):
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # a requirement denied: "free" becomes "nothing to pay at that moment" (rt24-009)
        (
            "自転車のお預かりには、料金は不要です。",
            "Bicycle storage is free of charge.",
            "自転車のお預かりの際は、料金は不要です。",
        ),
        (
            "会議室のご利用には、予約は不要です。",
            "No booking is needed to use the meeting room.",
            "会議室のご利用の際は、予約は不要です。",
        ),
        (
            "ご入館には、料金はかかりません。",
            "Admission is free.",
            "ご入館の際は、料金はかかりません。",
        ),
        (
            "ご入会には、入会金は必要ありません。",
            "There is no joining fee.",
            "ご入会の際は、入会金は必要ありません。",
        ),
        (
            "証明書の発行には、手数料は必要ございません。",
            "There is no fee for issuing certificates.",
            "証明書の発行の場合は、手数料は必要ございません。",
        ),
        # and the other way round
        (
            "ご入館の際は、料金はかかりません。",
            "No fee is charged when you enter.",
            "ご入館には、料金はかかりません。",
        ),
    ],
)
def test_a_requirement_denied_for_an_act_is_not_denied_at_it(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # an act required: a step of its own before the act, done once, or a step at each occasion (rt24-011)
        (
            "補助金の交付には、申請が必要です。",
            "You must apply to receive the subsidy.",
            "補助金の交付の際は、申請が必要です。",
        ),
        (
            "施設のご利用には、会員登録が必要です。",
            "Membership registration is required to use the facility.",
            "施設のご利用の際は、会員登録が必要です。",
        ),
        (
            "講座の受講には、事前の予約が必要です。",
            "Booking in advance is required to attend the course.",
            "講座の受講の際は、事前の予約が必要です。",
        ),
        (
            "年金の受給には、お申し込みが必要です。",
            "You need to apply to receive a pension.",
            "年金の受給の際は、お申し込みが必要です。",
        ),
        (
            "奨学金の支給には、手続きが必要です。",
            "A procedure is required for the scholarship to be paid.",
            "奨学金の支給の場合は、手続きが必要です。",
        ),
    ],
)
def test_an_act_required_for_an_act_may_be_a_step_before_it(old, english, new):
    assert not reused(old, new, english)


# ---- a gloss shared that one word says again of another act (rt22-005) -------------------------------------
# 開く "to open" / 開放 "opening (a door, window)": 開く also glosses "to hold (meeting, party); to give; to open"
# and "to found; to open (a new business)", acts 開放 never names; the object alone says which.


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "来月から英会話教室を開きます。",
            "We will open an English conversation class next month.",
            "来月から英会話教室を開放します。",
        ),
        (
            "駅前に新しい店を開きます。",
            "We will open a new shop in front of the station.",
            "駅前に新しい店を開放します。",
        ),
        (
            "保護者向けの説明会を開きます。",
            "We will open an information session for parents.",
            "保護者向けの説明会を開放します。",
        ),
        # the other way: a room thrown open, said with the verb that may hold a class in it
        (
            "土曜日は図書室を開放します。",
            "The library room is open on Saturdays.",
            "土曜日は図書室を開きます。",
        ),
        # 開ける/開放, both saying "open" in several senses (red team 27): a door opened or left open, a way made,
        # a shop opened for business, a place thrown open to the public. The windows opened for ventilation, once
        # offered here, are a change too: the price of it.
        (
            "換気のため、窓を開けております。",
            "The windows are open for ventilation.",
            "換気のため、窓を開放しております。",
        ),
        (
            "救急車が通りますので、道を開けてください。",
            "An ambulance is coming through, so please make way.",
            "救急車が通りますので、道を開放してください。",
        ),
        (
            "夜間は、非常口の扉を開けないでください。",
            "Please do not open the emergency exit door at night.",
            "夜間は、非常口の扉を開放しないでください。",
        ),
    ],
)
def test_a_gloss_one_word_says_of_another_act_is_no_proof(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # a gloss heading each sense it is said in, said once by the other word: one act in several uses
        (
            "館内では、携帯電話を使わないでください。",
            "Please do not use mobile phones in the building.",
            "館内では、携帯電話を使用しないでください。",
        ),
        (
            "読み終えた雑誌は、ラックに返してください。",
            "Please return magazines to the rack when you have finished.",
            "読み終えた雑誌は、ラックに返却してください。",
        ),
        (
            "9時から受付を始めます。",
            "Reception opens at 9:00.",
            "9時から受付を開始します。",
        ),
    ],
)
def test_a_gloss_that_heads_each_of_its_senses_is_still_a_proof(old, english, new):
    assert reused(old, new, english)
