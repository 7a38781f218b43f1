"""The resultative state of a transitive action: the verb + てある, and what it was once read as.

記載してあります and 記載してございます ("it is written") say one thing. The passive + ている/おる
(記載されております, 置かれている) was read as the same until red team 32: the passive names no actor
(国の天然記念物に指定されております: the state designated it), てある the writer's own purposeful act, and
nothing in the sentence tells whose. Each pair below changes the meaning or may, and stays blocked.
"""

from __future__ import annotations

import pytest

from kokuchi.language import evidence


def same(old: str, new: str) -> bool:
    return evidence.compare(old, new).kind != evidence.CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        ("Wi-Fiのパスワードは、レシートに記載されております。", "Wi-Fiのパスワードは、レシートに記載してあります。"),
        ("傘は入口に用意されております。", "傘は入口に用意してあります。"),
        ("注意事項が壁に貼られています。", "注意事項が壁に貼ってあります。"),
        ("料金表は受付に掲示されております。", "料金表は受付に掲示してあります。"),
        ("鍵は受付に置かれている。", "鍵は受付に置いてある。"),
        ("詳細は裏面に記載されていました。", "詳細は裏面に記載してありました。"),
    ],
)
def test_the_passive_state_and_te_aru_are_no_longer_the_same(old, new):
    assert not same(old, new)
    assert not same(new, old)


@pytest.mark.parametrize(
    "old,new",
    [
        ("傘は入口に用意してあります。", "傘は入口に用意してございます。"),
        ("注意事項が壁に貼ってあります。", "注意事項が壁に貼ってございます。"),
    ],
)
def test_te_aru_said_humbly_is_the_same(old, new):
    assert same(old, new)
    assert same(new, old)


@pytest.mark.parametrize(
    "old,new",
    [
        ("詳細はレシートに記載されておりません。", "詳細はレシートに記載してあります。"),  # negation
        ("詳細はレシートに記載されました。", "詳細はレシートに記載してあります。"),  # a past event
        ("鍵は受付に置かれます。", "鍵は受付に置いてあります。"),  # an action to come
        ("お客様が記載されております。", "お客様が記載してあります。"),  # respect: the customer is writing
        ("お客様が用紙に記載されております。", "用紙に記載してあります。"),
        ("詳細はレシートに記載されていました。", "詳細はレシートに記載してあります。"),  # tense
        ("詳細はレシートに記載されております。", "詳細はレシートに記載してありません。"),
        ("傘は入口に用意されております。", "傘は入口に記載してあります。"),  # another verb
        ("詳細はレシートに記載しております。", "詳細はレシートに記載されております。"),  # active, passive
        ("扶養している方は、", "扶養されている方は、"),
    ],
)
def test_what_the_resultative_is_not_stays_blocked(old, new):
    assert not same(old, new)
    assert not same(new, old)


def test_the_active_teiru_against_te_aru_rests_on_the_old_english():
    # 記載しております may say "we write it" or "we are writing it" as well as the state (struct14): never shown by
    # the words alone; the old English must say no progressive and no future, and, of the old ている, the act done.
    from kokuchi.catalog.suggest import FLIP_KINDS, decide

    old, new = "詳細はレシートに記載しております。", "詳細はレシートに記載してあります。"
    assert evidence.compare(old, new).aspect == evidence.DONE  # the old ている: its English must say it done
    assert decide(old, "Details are printed on the receipt.", new).kind not in FLIP_KINDS
    assert decide(old, "We are printing the details on the receipt.", new).kind in FLIP_KINDS
    assert decide(old, "Details will be printed on the receipt.", new).kind in FLIP_KINDS
    assert decide(old, "We write the details on the receipt.", new).kind in FLIP_KINDS  # what we do, not done
    # the old てある against a new ている, which may say what we do or are doing (red team 16): no English decides
    assert decide(new, "The details are on the receipt.", old).kind in FLIP_KINDS


def test_a_passive_the_old_english_reads_as_going_on_is_no_resultative():
    # 検討されております may say the action going on ("is being considered"), which 検討してあります never says:
    # the old English decides, as for ている.
    from kokuchi.catalog.suggest import FLIP_KINDS, decide

    old, new = (
        "新しい料金プランについては、現在検討されております。",
        "新しい料金プランについては、現在検討してあります。",
    )
    assert decide(old, "The new price plan is being considered.", new).kind in FLIP_KINDS
    # (and, since red team 32, under any English: the passive names no actor, てある the writer)
    assert decide(old, "The new price plan has been considered.", new).kind in FLIP_KINDS
