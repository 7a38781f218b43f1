"""Sixteenth round: a verb is shown alike only by the first sense of its own entry."""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import FLIP_KINDS, decide


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        ("本日は午後からお休みします。", "We will be closed this afternoon.", "本日は午後から休憩いたします。"),
        ("店長は本日お休みします。", "The manager is off today.", "店長は本日休憩します。"),
        (
            "講師の都合により、明日は休みます。",
            "The instructor will be absent tomorrow.",
            "講師の都合により、明日は休憩します。",
        ),
        ("明日の練習は休みます。", "Tomorrow's practice is cancelled.", "明日の練習は休憩します。"),
    ],
)
def test_a_verb_matched_only_by_a_later_sense_is_a_change(old, english, new):
    # 休む is first "to be absent; to take a day off" (a shop closed, a class missed); only its noun 休み and a
    # later sense say "rest; break", all that 休憩 says
    assert decide(old, english, new).kind in FLIP_KINDS
