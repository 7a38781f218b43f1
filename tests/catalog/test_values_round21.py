"""Values of the twenty-first round (issue 21): spans the gate read with the wrong relation (red team 35).

- a span left open between two acts (12週間あけて, 2時間以上空けて, the object of 空ける) is a minimum: "leave at
  least 12 weeks" says it, as "leave 12 weeks" does; a list of spans the one verb governs (男性は12週間、女性は
  16週間あけて) is read so throughout;
- a span granted before an act ("allow seven days from delivery before contacting us", "give us three days before
  changing") is a wait, never a deadline (7日以内, 3日前まで); "allow 3 business days for delivery", "allow 30
  minutes before the show" and "three days notice before changing" keep their own relation.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import decide

NO_TERMS = Glossary({}, ())
DONATION = "男性は12週間、女性は16週間あけてください。"
GAP = "献血の間隔は2時間以上空けてください。"
RETURNS = "返品は商品到着から7日以内にご連絡ください。"
CHANGES = "ご予約の変更は3日前までにお願いします。"

ACCEPTED = [
    (DONATION, "Men should leave at least 12 weeks between donations and women 16 weeks."),
    (DONATION, "Men should leave 12 weeks between donations and women 16 weeks."),
    (DONATION, "Men must wait 12 weeks and women 16 weeks before donating again."),
    (GAP, "Leave at least 2 hours between donations."),
    (GAP, "Leave 2 hours or more between donations."),
    (RETURNS, "Please contact us about returns within seven days of delivery."),
    (CHANGES, "Please change your reservation at least three days in advance."),
    (CHANGES, "Please give us three days notice before changing your reservation."),
    (CHANGES, "Please give us three days' notice before changing your reservation."),
    ("開演30分前までにお越しください。", "Please allow 30 minutes before the show starts."),
    ("3営業日以内にお届けします。", "Please allow 3 business days for delivery."),
]

REFUSED = [
    (DONATION, "Men should leave at least 12 weeks between donations and women 15 weeks."),
    (DONATION, "Men should leave at most 12 weeks between donations and women 16 weeks."),
    (RETURNS, "Please allow seven days from delivery before contacting us about returns."),
    (RETURNS, "Please wait seven days from delivery before contacting us about returns."),
    (CHANGES, "Please give us three days before changing your reservation."),
    # a span kept (保管し) before another left open is no gap
    ("3日間保管し、2日あけてください。", "Keep it for at least 3 days and leave 2 days."),
]


@pytest.mark.parametrize(("source", "translation"), ACCEPTED)
def test_the_gate_accepts_the_span_said_with_its_relation(source, translation):
    assert check_unit(source, translation, NO_TERMS) == []


@pytest.mark.parametrize(("source", "translation"), REFUSED)
def test_the_gate_refuses_the_span_said_with_another_relation(source, translation):
    assert check_unit(source, translation, NO_TERMS)


@pytest.mark.parametrize(
    ("old", "old_en", "new", "new_en"),
    [
        (
            DONATION,
            "Men should leave at least 12 weeks between donations and women 16 weeks.",
            "男性は14週間、女性は18週間あけてください。",
            "Men should leave at least 14 weeks between donations and women 18 weeks.",
        ),
        (
            GAP,
            "Leave at least 2 hours between donations.",
            GAP.replace("2時間", "3時間"),
            "Leave at least 3 hours between donations.",
        ),
    ],
)
def test_a_gap_left_open_is_rewritten_with_its_bound(old, old_en, new, new_en):
    decision = decide(old, old_en, new)
    assert (decision.kind, decision.translation) == ("auto", new_en)


@pytest.mark.parametrize(
    ("source", "translation", "accepted"),
    [
        # a span said at its longest (最大, 最長) is said with its bound; a span alone is no bound
        ("1回あたり最大60秒間停止します。", "Each outage lasts up to 60 seconds.", True),
        ("最長2週間お預かりします。", "We keep it for up to two weeks.", True),
        ("最長2週間お預かりします。", "We keep it for at most two weeks.", True),
        ("2週間お預かりします。", "We keep it for two weeks.", True),
        ("2週間お預かりします。", "We keep it for up to two weeks.", False),
        ("2週間お預かりします。", "We keep it for at most two weeks.", False),
    ],
)
def test_a_span_at_its_longest_and_a_span_alone(source, translation, accepted):
    assert (check_unit(source, translation, NO_TERMS) == []) == accepted
