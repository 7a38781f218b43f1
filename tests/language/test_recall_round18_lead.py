"""The eighteenth round's guard fixes by the lead (issue 21).

An approximation belongs to its number: 程度 (ほど, くらい) after one number is never read as the 約 of the number
after it, so "about" moved from one value to another is a change (red team 24's 019), while 約 before a number and
程度 after the same number stay one "about".
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import decide

REUSED = ("fuzzy", "kept", "auto")

MOVED = [
    # "about" moved from the span to the frequency, or back
    (
        "この目薬は、1日3回、約2週間さしてください。",
        "Use these drops three times a day for about two weeks.",
        "この目薬は、1日3回程度、2週間さしてください。",
    ),
    (
        "散水は、週2回、約30分ずつ行います。",
        "Watering takes place twice a week for about 30 minutes each time.",
        "散水は、週2回ほど、30分ずつ行います。",
    ),
    (
        "説明会は、約1時間、定員20名で行います。",
        "The briefing lasts about an hour, with room for 20 people.",
        "説明会は、1時間、定員20名程度で行います。",
    ),
]


@pytest.mark.parametrize("old,old_en,new", MOVED, ids=[case[2] for case in MOVED])
def test_about_moved_to_another_value_is_a_change(old, old_en, new):
    assert decide(old, old_en, new).kind not in REUSED


SAME = [
    # 約 before the number and 程度 (ほど) after it: one "about", wherever said
    (
        "この目薬は、1日3回、約2週間さしてください。",
        "Use these drops three times a day for about two weeks.",
        "この目薬は、1日3回、2週間程度さしてください。",
    ),
    ("散水は、約30分かかります。", "Watering takes about 30 minutes.", "散水は、30分ほどかかります。"),
]


@pytest.mark.parametrize("old,old_en,new", SAME, ids=[case[2] for case in SAME])
def test_about_said_after_the_same_number_is_offered(old, old_en, new):
    assert decide(old, old_en, new).kind in REUSED
