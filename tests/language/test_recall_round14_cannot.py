"""Issue 21, fourteenth round: the polite impossibility said plainly.

できかねます and いたしかねます say "cannot" as politely as できません says it plainly: できる + かねる is できる + ない,
and いたす + かねる, which names no act of its own, is できる + ない too. Before, the flip finder counted the
negation of できません and not the かねる of できかねます, so an edit that only raised the politeness was shown to
the translator as a reversal (受付時間を過ぎますと、手続きはできません → 過ぎた場合、手続きはできかねます). かねる
after another verb (承りかねます, 入場しかねます) keeps its verb, and a negation added or dropped is still a flip.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import FLIP, decide
from kokuchi.language.flips import find_flip


@pytest.mark.parametrize(
    "old,new",
    [
        ("この回数券は、払い戻しできません。", "この回数券は、払い戻しできかねます。"),  # transit: refund
        ("お電話での予約変更はできません。", "お電話での予約変更はいたしかねます。"),  # clinic: by phone
        ("開演後のご入場はできかねます。", "開演後のご入場はできません。"),  # theatre: the other way
        ("ペットを連れての入館はいたしかねます。", "ペットを連れての入館はできかねます。"),  # museum: two polite forms
        ("こちらのクーポンは、セール品にはご利用できません。", "こちらのクーポンは、セール品にはご利用できかねます。"),
    ],
)
def test_the_polite_cannot_is_the_plain_one(old, new):
    assert reused(old, new, "This cannot be done.")


def test_kaneru_is_a_negation_to_the_flip_finder():
    # できません and できかねます: no reversal; either against できます: a reversal
    assert find_flip("当日の手続きはできません。", "当日の手続きはできかねます。") is None
    assert find_flip("当日の手続きはできます。", "当日の手続きはできかねます。") is not None
    assert decide("ご予約を承ります。", "We accept reservations.", "ご予約を承りかねます。").kind == FLIP


@pytest.mark.parametrize(
    "old,new",
    [
        ("お電話での受付はいたしかねます。", "お電話での受付はいたしません。"),  # cannot / will not
        ("予約なしでは入場できません。", "予約なしでは入場しかねます。"),  # another verb before かねる
        ("当日の手続きはできません。", "当日の手続きはできなくなりました。"),  # no longer possible: a change of state
        ("駐車場はご利用できかねます。", "駐車場はご利用できます。"),  # the negation dropped
        ("雨天の場合は中止になりかねません。", "雨天の場合は中止になります。"),  # かねない, "may well", is no negation
    ],
)
def test_near_misses_stay_changes(old, new):
    assert not reused(old, new, "This cannot be done.")
