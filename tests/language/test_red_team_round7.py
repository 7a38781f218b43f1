"""The fifth red team's holes closed (tests/data/safety/open/redteam5.yaml): aspect, and a day's 24時.

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

from kokuchi.catalog.suggest import AUTO, FLIP_KINDS, FUZZY, decide
from kokuchi.language.entities import a_day_apart


def offered(old: str, english: str, new: str) -> bool:
    return decide(old, english, new).kind not in FLIP_KINDS


# ---- 24時 and 0時 of one date: a day apart --------------------------------------------------------------------

EN = "Campaign entries are accepted until midnight at the end of May 31."


def test_24_and_0_of_one_date_are_a_day_apart():
    # redteam5-013: the deadline a whole day earlier, beside another edit
    old = "キャンペーンは、5月31日24時まで受け付けます。"
    assert not offered(old, EN, "キャンペーンは、5月31日0時まで受付いたします。")
    # the value alone: "midnight" is both, so no auto-update, and no fuzzy the checks would pass
    assert not offered(old, EN, "キャンペーンは、5月31日0時まで受け付けます。")
    assert not offered(
        "キャンペーンは、5月31日0時から受け付けます。",
        "Entries open at midnight on May 31.",
        "キャンペーンは、5月31日24時から受け付けます。",
    )
    assert a_day_apart(old, "キャンペーンは、5月31日の0時まで受け付けます。") == ("24時", "0時")


def test_the_same_moment_and_other_values_stay_offered():
    old = "キャンペーンは、5月31日24時まで受け付けます。"
    # 5月31日24時 is 6月1日0時: the same moment, said otherwise
    assert a_day_apart(old, "キャンペーンは、6月1日0時まで受付いたします。") is None
    assert offered(old, EN, "キャンペーンは、6月1日0時まで受付いたします。")
    assert offered(old, EN, "キャンペーンは、6月1日0時まで受け付けます。")
    assert a_day_apart("12月31日24時まで", "1月1日0時まで") is None
    # another clock face: a value edit as any, rewritten where the English can show it
    decision = decide(old, EN, "キャンペーンは、5月31日23時まで受け付けます。")
    assert decision.kind == AUTO and "11:00 PM" in decision.translation
    # 24:00 can be written right: the auto-update still rewrites it
    decision = decide(
        old, "Entries are accepted until 24:00 on May 31.", "キャンペーンは、5月31日0時まで受け付けます。"
    )
    assert decision.kind == AUTO and decision.translation == "Entries are accepted until 0:00 on May 31."
    # a closing hour without its date: "until midnight" either way
    assert decide("営業は24時までです。", "We are open until midnight.", "営業は0時までです。").kind == FUZZY
    assert offered("営業は24時まで承ります。", "We are open until midnight.", "営業は0時まで受け付けております。")
