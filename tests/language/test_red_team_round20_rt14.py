"""Issue 21, red team 14: a case particle dropped between two nouns makes them one compound, another thing.

職員に駐車場を開放します opens a car park to staff; 職員駐車場を開放します opens the staff car park. Before an
action's noun standing alone the compound says the particle's object or subject alike (熱中症を予防 / 熱中症予防,
道路が渋滞 / 道路渋滞), and a noun of time (本日) is no part of a compound: those stay offered.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new",
    [
        ("夏休み中は児童に図書室を開放します。", "夏休み中は児童図書室を開放します。"),
        ("祝日は市民に会議室を貸し出します。", "祝日は市民会議室を貸し出します。"),
        ("土曜日は会員に駐車場をご利用いただけます。", "土曜日は会員駐車場をご利用いただけます。"),
    ],
)
def test_a_particle_dropped_between_two_nouns_is_a_change(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # before an action's noun: its object or its subject, in the compound too
        ("ゴミを分別するため、袋を分けてください。", "ゴミ分別のため、袋を分けてください。"),
        ("受付に掲示のとおり、入場は先着順です。", "受付掲示のとおり、入場は先着順です。"),
        ("利用者が増加しているため、混雑が予想されます。", "利用者増加のため、混雑が予想されます。"),
        # a noun of time
        ("本日に窓口を開けます。", "本日窓口を開けます。"),
    ],
)
def test_a_particle_dropped_before_an_act_or_after_a_time_stays_offered(old: str, new: str) -> None:
    assert reused(old, new)
