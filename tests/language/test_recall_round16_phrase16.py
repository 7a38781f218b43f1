"""Issue 21, sixteenth round (phrase16): functional expressions said another way, shown the same.

One proof: **a polite できます ending a reason's clause** (``synonyms._ends_the_sentence``). 取り寄せが可能です
and 取り寄せができます both say "you can" at the end of a sentence; before a reason (ので, which UniDic reads as
の|で, or から and a comma) the clause still ends in a finite polite predicate, so its "you can" is the same
(お取り寄せが可能ですので / お取り寄せができますので). できません (ん after ます), 不可能, できましたら ("if":
ます in the past, then ら), できる方 ("who can": no ます) and できますが ("but", no reason) stay changes.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new",
    [
        # craft shop: ordering in
        (
            "在庫のない色は取り寄せが可能ですので、店頭でお申し付けください。",
            "在庫のない色は取り寄せができますので、店頭でお申し付けください。",
        ),
        # cycling path: bicycles on the train
        (
            "この車両は自転車の持ち込みが可能ですので、前方の扉からご乗車ください。",
            "この車両は自転車の持ち込みができますので、前方の扉からご乗車ください。",
        ),
        # library: renewal online, the reason said with から
        (
            "貸出の延長が可能ですから、ウェブサイトをご確認ください。",
            "貸出の延長ができますから、ウェブサイトをご確認ください。",
        ),
        # campsite: the other way round
        (
            "ペットの同伴ができますので、受付でお知らせください。",
            "ペットの同伴が可能ですので、受付でお知らせください。",
        ),
    ],
)
def test_can_before_a_reason_is_the_same_can(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # negated: "you cannot"
        (
            "在庫のない色は取り寄せが可能ですので、店頭でお申し付けください。",
            "在庫のない色は取り寄せができませんので、店頭でお申し付けください。",
        ),
        # the antonym 不可能
        (
            "貸出の延長が不可能ですので、期限内にご返却ください。",
            "貸出の延長ができますので、期限内にご返却ください。",
        ),
        # a condition, "if you could"
        (
            "ペットの同伴が可能ですので、受付でお知らせください。",
            "ペットの同伴ができましたら、受付でお知らせください。",
        ),
        # a relative clause: "those who can"
        (
            "ペットの同伴が可能な方は、受付でお知らせください。",
            "ペットの同伴ができる方は、受付でお知らせください。",
        ),
        # another act
        (
            "荷物のお預かりが可能ですので、フロントへお声がけください。",
            "荷物のお届けができますので、フロントへお声がけください。",
        ),
        # negated the other way: 可能ではありません / できますので
        (
            "荷物のお預かりは可能ではありませんので、ご注意ください。",
            "荷物のお預かりはできますので、ご注意ください。",
        ),
    ],
)
def test_near_misses_of_can_before_a_reason_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)


def test_cannot_before_a_reason_is_still_cannot() -> None:
    # できませんので on both sides: the negation is kept, and 不可能ですので is its same-polarity twin
    assert not reused(
        "駐車場のご利用ができませんので、ご了承ください。", "駐車場のご利用ができますので、ご了承ください。"
    )
