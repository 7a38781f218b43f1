"""Issue 21, thirteenth round (rec13a): conditions said in another order.

投票所入場券が届かない場合でも、名簿に登録されていれば投票できます / 名簿に登録されていれば、入場券が届かない場合
でも投票できます: two clauses of condition (ば, たら, ても, 場合/際/時 + its particle), each said of the sentence's
last predicate, exchanged whole. "If A, then if B, C" is "if B, then if A, C": conditions commute. The new text
is read with its clauses in the old order and compared as any edit. A clause that changed, a limit (のみ, だけ)
inside a clause moved, a predicate that needs what stands before it (しなければなりません, してもいい, しても
構いません), a clause moved past the predicate or into another sentence stay changes.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import FUZZY, decide
from kokuchi.language.evidence import conditions_in_old_order, topic_of_an_action_said_with_no


@pytest.mark.parametrize(
    "old,new",
    [
        # library: a concessive occasion and a condition
        (
            "貸出カードをお忘れの場合でも、身分証をお持ちであれば本をお借りいただけます。",
            "身分証をお持ちであれば、貸出カードをお忘れの場合でも本をお借りいただけます。",
        ),
        # gym: a condition with たら and an occasion with は
        (
            "雨天の場合は、10時までに連絡をいただいたら振替レッスンを受けられます。",
            "10時までに連絡をいただいたら、雨天の場合は振替レッスンを受けられます。",
        ),
        # hospital: two verb conditions, ても and ば
        (
            "予約時間に遅れても、受付で名前を伝えれば診察を受けられます。",
            "受付で名前を伝えれば、予約時間に遅れても診察を受けられます。",
        ),
        # shop: an occasion with 際は and a condition with なら
        (
            "返品の際は、未開封の商品なら全額を返金いたします。",
            "未開封の商品なら、返品の際は全額を返金いたします。",
        ),
        # the clauses exchanged in the second of two sentences
        (
            "本日は営業しております。雨が降っても、屋根の下であれば観覧できます。",
            "本日は営業しております。屋根の下であれば、雨が降っても観覧できます。",
        ),
    ],
)
def test_conditions_exchanged_whole_are_offered(old: str, new: str) -> None:
    assert conditions_in_old_order(old, new) is not None
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # a clause's own words changed while moving: a negation
        (
            "貸出カードをお忘れの場合でも、身分証をお持ちであれば本をお借りいただけます。",
            "身分証をお持ちでなければ、貸出カードをお忘れの場合でも本をお借りいただけます。",
        ),
        # the antonym: 遅れても → 早くても
        (
            "予約時間に遅れても、受付で名前を伝えれば診察を受けられます。",
            "受付で名前を伝えれば、予約時間より早くても診察を受けられます。",
        ),
        # another time in a clause moved
        (
            "雨天の場合は、10時までに連絡をいただいたら振替レッスンを受けられます。",
            "12時までに連絡をいただいたら、雨天の場合は振替レッスンを受けられます。",
        ),
        # another actor in a clause moved
        (
            "返品の際は、未開封の商品なら全額を返金いたします。",
            "未開封の商品なら、交換の際は全額を返金いたします。",
        ),
        # the main predicate changed besides (another scope: only a part refunded)
        (
            "返品の際は、未開封の商品なら全額を返金いたします。",
            "未開封の商品なら、返品の際は半額を返金いたします。",
        ),
        # the main predicate negated
        (
            "予約時間に遅れても、受付で名前を伝えれば診察を受けられます。",
            "受付で名前を伝えれば、予約時間に遅れても診察を受けられません。",
        ),
    ],
)
def test_a_clause_changed_while_moving_stays_a_change(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # a limit inside a moved clause: "only if" is said of what follows it
        (
            "雨天の場合のみ、事前に申し込めば屋内で参加できます。",
            "事前に申し込めば、雨天の場合のみ屋内で参加できます。",
        ),
        (
            "雨天の場合は、会員だけが申し込めば屋内で参加できます。",
            "会員だけが申し込めば、雨天の場合は屋内で参加できます。",
        ),
        # ば + なりません is "must": no condition, the clause cannot move
        (
            "外国籍の方の場合は、在留カードを提示しなければなりません。",
            "在留カードを提示しなければ、外国籍の方の場合はなりません。",
        ),
        # ても + 構いません is permission
        (
            "体調が悪い場合は、途中で退席しても構いません。",
            "途中で退席しても、体調が悪い場合は構いません。",
        ),
        # ば + いい is advice
        (
            "ご不明な場合は、窓口で聞けばいいです。",
            "窓口で聞けば、ご不明な場合はいいです。",
        ),
        # a condition moved past the predicate (after it, it is said of nothing)
        (
            "雨天の場合は、予約していれば屋内で参加できます。",
            "予約していれば屋内で参加できます、雨天の場合は。",
        ),
        # a condition moved into another sentence
        (
            "雨天の場合は、予約していれば屋内で参加できます。詳しくはお問い合わせください。",
            "予約していれば屋内で参加できます。雨天の場合は、詳しくはお問い合わせください。",
        ),
    ],
)
def test_conditions_that_may_not_move(old: str, new: str) -> None:
    assert conditions_in_old_order(old, new) is None
    assert not reused(old, new)


def test_an_occasion_said_of_a_noun_ends_no_clause() -> None:
    # 場合の料金 is a topic, not a condition: one clause of condition, nothing exchanged by this proof (the topic
    # moved is another proof's, which reads it as a phrase)
    old = "雨天の場合の料金は、予約していれば半額になります。"
    assert conditions_in_old_order(old, "予約していれば、雨天の場合の料金は半額になります。") is None


def test_the_order_changed_is_offered_never_kept() -> None:
    old = "予約時間に遅れても、受付で名前を伝えれば診察を受けられます。"
    new = "受付で名前を伝えれば、予約時間に遅れても診察を受けられます。"
    assert decide(old, "Even if you are late, you can see the doctor if you give your name.", new).kind == FUZZY


def test_the_predicate_compared_as_any_edit_after_the_exchange() -> None:
    # politeness in the predicate besides the exchange (返金いたします / 返金します): still shown
    assert reused(
        "返品の際は、未開封の商品なら全額を返金いたします。", "未開封の商品なら、返品の際は全額を返金します。"
    )


def test_nothing_moved_is_no_reordering() -> None:
    text = "雨天の場合は、予約していれば屋内で参加できます。"
    assert conditions_in_old_order(text, text) is None
    assert conditions_in_old_order(text, "雨天の場合は、予約していれば屋外で参加できます。") is None


# お/ご + an action's noun as the topic, said as the genitive of another action's noun ---------------------------
# ご注文は、11月1日から受付を開始します / 11月1日から、ご注文の受付を開始します: the reader's act (お/ご + a
# suru-noun) is no agent of the writer's act; as the topic it is what that act is done on, as its genitive is.


@pytest.mark.parametrize(
    "old,new",
    [
        # print shop (the old says the topic)
        (
            "名刺印刷のご注文は、来月から受付を再開します。",
            "来月から、名刺印刷のご注文の受付を再開します。",
        ),
        # hotel (the new says the topic)
        (
            "本日から、ご宿泊のご予約の受付を開始いたします。",
            "ご宿泊のご予約は、本日から受付を開始いたします。",
        ),
        # clinic: the second noun said with ご too
        (
            "ご予約は、前日までキャンセルを承ります。",
            "前日までご予約のキャンセルを承ります。",
        ),
        # school
        (
            "お申し込みは、窓口で確認を行います。",
            "窓口でお申し込みの確認を行います。",
        ),
    ],
)
def test_the_readers_act_as_topic_and_as_genitive(old: str, new: str) -> None:
    assert topic_of_an_action_said_with_no(old, new) is not None
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # the topic without お/ご may be the agent (運営は: the organizers check; 運営の確認: checking them)
        ("運営は、窓口で確認を行います。", "窓口で運営の確認を行います。"),
        # a person (お客様) is no action: the customer stops, or we stop the customer's use
        ("お客様は、本日からご利用を停止しております。", "本日からお客様のご利用を停止しております。"),
        # another action's noun
        ("名刺印刷のご注文は、来月から受付を再開します。", "来月から、名刺印刷のご注文の発送を再開します。"),
        # another topic
        ("名刺印刷のご注文は、来月から受付を再開します。", "来月から、名刺印刷のご返品の受付を再開します。"),
        # another time
        ("名刺印刷のご注文は、来月から受付を再開します。", "再来月から、名刺印刷のご注文の受付を再開します。"),
        # the antonym and the negation of the predicate
        ("名刺印刷のご注文は、来月から受付を再開します。", "来月から、名刺印刷のご注文の受付を停止します。"),
        ("ご予約は、前日までキャンセルを承ります。", "前日までご予約のキャンセルを承りません。"),
        # the topic said of a noun already modified (会員の受付): another scope
        ("ご注文は、来月から会員の受付を再開します。", "来月から、ご注文の会員の受付を再開します。"),
    ],
)
def test_topic_and_genitive_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)
