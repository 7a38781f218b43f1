"""Same meaning, shown by grammar (issue 21, seventeenth round, lead): a noun whose lemma is a godan verb's stem
(買取: 買い取り) names an act, as a suru-noun does: 買取には…必要 is 買取の際は…必要. New sentences of several domains,
and the meaning changes nearest to it, which stay blocked.

Two more proofs of the round were taken back after red team 24 and are changes: the suffix 内 said as の + 中 (正門内,
the grounds beyond the gate, is no 正門の中, the gateway), and お避けください in the please-do-not group (with food,
drink or a habit, お控え is "cut down" and おやめ "quit", where お避け is "none at all").
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import CHANGE, FLIP, FLIP_KINDS, decide

OFFERED = [
    # an act named by a verb's stem
    ("買取には身分証明書が必要です。", "買取の際は身分証明書が必要です。", "ID is required for purchases."),
    ("支払いには現金が必要です。", "支払いの際は現金が必要です。", "Payment must be made in cash."),
    (
        "貸し出しには利用者カードが必要です。",
        "貸し出しの際は利用者カードが必要です。",
        "A library card is needed to borrow.",
    ),
]

BLOCKED = [
    # taken back after red team 24: 内 said as の中, and お避け in the please-do-not group
    (
        "会場内では飲食をご遠慮ください。",
        "会場の中では飲食をご遠慮ください。",
        "Please do not eat or drink inside the venue.",
    ),
    (
        "面会室内での撮影はできません。",
        "面会室の中での撮影はできません。",
        "Photography is not allowed in the visiting room.",
    ),
    (
        "敷地内への車両の乗り入れは禁止です。",
        "敷地の中への車両の乗り入れは禁止です。",
        "Vehicles may not enter the grounds.",
    ),
    (
        "施設の中ではボール遊びをしないでください。",
        "施設内ではボール遊びをしないでください。",
        "Please do not play ball in the facility.",
    ),
    (
        "グループの中で資料を共有してください。",
        "グループ内で資料を共有してください。",
        "Please share the materials within your group.",
    ),
    ("高温の場所での保管はご遠慮ください。", "高温の場所での保管はお避けください。", "Do not store in hot places."),
    ("混雑時のご来館はお控えください。", "混雑時のご来館はお避けください。", "Please avoid visiting at busy times."),
    (
        "保護者の方の車は、正門内に駐車しないでください。",
        "保護者の方の車は、正門の中に駐車しないでください。",
        "Do not park inside the main gate.",
    ),
    (
        "妊娠中は、カフェインを含む飲み物をお避けください。",
        "妊娠中は、カフェインを含む飲み物をお控えください。",
        "Avoid caffeinated drinks while pregnant.",
    ),
    # inside / outside, the middle, or nothing said of inside at all
    (
        "会場内では飲食をご遠慮ください。",
        "会場の外では飲食をご遠慮ください。",
        "Please do not eat or drink inside the venue.",
    ),
    (
        "会場内では飲食をご遠慮ください。",
        "会場の中央では飲食をご遠慮ください。",
        "Please do not eat or drink inside the venue.",
    ),
    ("車の中でお待ちください。", "車でお待ちください。", "Please wait in the car."),
    ("箱の中に入れてください。", "箱の上に置いてください。", "Please put it in the box."),
    # a noun + 中 that is a word of its own: the whole house, all over town
    (
        "ご希望があれば、家の中の消毒も承ります。",
        "ご希望があれば、家中の消毒も承ります。",
        "On request, we also disinfect inside the house.",
    ),
    ("町の中に案内板を設置しました。", "町中に案内板を設置しました。", "We have put up signs in the town."),
    # 中 read チュウ: during, not inside
    ("期間内にお申し込みください。", "期間中にお申し込みください。", "Please apply within the period."),
    # a person, a time after the act, another act
    ("会員には身分証明書が必要です。", "会員の際は身分証明書が必要です。", "Members need ID."),
    ("買取には身分証明書が必要です。", "買取後は身分証明書が必要です。", "ID is required for purchases."),
    ("買取には身分証明書が必要です。", "販売の際は身分証明書が必要です。", "ID is required for purchases."),
    # please avoid, and its opposite
    ("高温の場所での保管はお避けください。", "高温の場所での保管をお願いします。", "Do not store in hot places."),
    ("直射日光を避けて保管してください。", "直射日光に当てて保管してください。", "Store out of direct sunlight."),
]


@pytest.mark.parametrize(("old", "new", "english"), OFFERED)
def test_the_same_meaning_is_offered(old: str, new: str, english: str) -> None:
    decision = decide(old, english, new)
    assert decision.kind not in FLIP_KINDS and decision.translation == english, decision


@pytest.mark.parametrize(("old", "new", "english"), BLOCKED)
def test_the_nearest_meaning_change_is_blocked(old: str, new: str, english: str) -> None:
    assert decide(old, english, new).kind in (CHANGE, FLIP)
