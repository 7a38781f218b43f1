"""The sixth red team's holes closed (tests/data/safety/open/redteam6.yaml): a day's 24時, 既に, a change of state
in time.

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import AUTO, FUZZY, decide
from kokuchi.language.entities import a_day_apart
from kokuchi.language.morphology import analyze
from kokuchi.language.synonyms import says_already

# ---- 24時 / 0時 after a day that is no full date: a day apart -----------------------------------------------------

DAY_APART = [
    # redteam6-049..054: the English writes 24:00 / 0:00, which an auto-update could rewrite, but "on the day
    # before", "on the last day" would then say the other end of the day: blocked before any rewrite
    (
        "キャンセルは、前日24時まで受け付けております。",
        "Cancellations are accepted until 24:00 on the day before.",
        "キャンセルは、前日0時まで受け付けております。",
    ),
    (
        "乗車券は、購入当日の24時まで有効です。",
        "Tickets are valid until 24:00 on the day of purchase.",
        "乗車券は、購入当日の0時まで有効です。",
    ),
    (
        "オンライン申請は、毎週金曜日24時で締め切ります。",
        "Online applications close at 24:00 every Friday.",
        "オンライン申請は、毎週金曜日0時で締め切ります。",
    ),
    (
        "レポートの提出期限は、受付最終日の24時です。",
        "The report deadline is 24:00 on the last day of submissions.",
        "レポートの提出期限は、受付最終日の0時です。",
    ),
    (
        "新春イベントは、元日0時から開始いたします。",
        "The New Year event starts at 0:00 on New Year's Day.",
        "新春イベントは、元日24時から開始いたします。",
    ),
    (
        "セール価格は、5/31 24:00までです。",
        "Sale prices apply until 24:00 on May 31.",
        "セール価格は、5/31 0:00までです。",
    ),
    # the English says "midnight", which no auto-update rewrites: a fuzzy suggestion the checks would pass
    (
        "キャンセルは、前日24時まで受け付けております。",
        "Cancellations are accepted until midnight at the end of the day before.",
        "キャンセルは、前日0時まで受け付けております。",
    ),
    ("受付は31日24時までです。", "Entries close at midnight on the 31st.", "受付は31日0時までです。"),
    ("受付は金曜24時までです。", "Entries close at midnight on Friday.", "受付は金曜0時までです。"),
]


@pytest.mark.parametrize("old,english,new", DAY_APART)
def test_24_and_0_after_any_day_are_a_day_apart(old, english, new):
    assert not reused(old, new, english)
    assert a_day_apart(old, new) is not None


@pytest.mark.parametrize(
    "old,new",
    [
        # two days that are no full dates: no moment computed (前日24時 is 当日0時): the doubt is blocked
        ("前日24時まで", "当日0時まで"),
    ],
)
def test_a_day_no_moment_can_be_computed_of_is_a_day_apart(old, new):
    assert a_day_apart(old, new) is not None


def test_the_same_moment_and_times_without_a_day_stay_as_they_were():
    # 5月31日24時 is 6月1日0時, written with a slash as with 月日
    assert a_day_apart("セール価格は、5/31 24:00までです。", "セール価格は、6/1 0:00までです。") is None
    decision = decide(
        "セール価格は、5/31 24:00までです。",
        "Sale prices apply until 24:00 on May 31.",
        "セール価格は、6/1 0:00までです。",
    )
    assert decision.kind == AUTO and decision.translation == "Sale prices apply until 0:00 on June 1."
    assert reused(
        "キャンペーンは、5月31日24時まで受け付けます。",
        "キャンペーンは、6月1日0時まで受付いたします。",
        "Campaign entries are accepted until midnight at the end of May 31.",
    )
    # another clock face after a day: a value edit as any, rewritten where the English can show it
    decision = decide(
        "キャンセルは、前日24時まで受け付けております。",
        "Cancellations are accepted until 24:00 on the day before.",
        "キャンセルは、前日23時まで受け付けております。",
    )
    assert decision.kind == AUTO and "until 23:00 on the day before" in decision.translation
    # the day and the time unchanged, another word edited: no day apart
    assert reused(
        "乗車券は、購入当日の24時まで有効です。",
        "乗車券は、購入当日24時まで有効です。",
        "Tickets are valid until midnight on the day of purchase.",
    )
    # no day right before the time (a closing hour, a topic between): "until midnight" either way, as before
    assert decide("営業は24時までです。", "We are open until midnight.", "営業は0時までです。").kind == FUZZY
    assert a_day_apart("平日は24時まで営業しております。", "平日は0時まで営業しております。") is None
    assert a_day_apart("10時から24時まで", "10時から0時まで") is None


# ---- 済み → ている with 既に: done only where the ている can say nothing else -----------------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # redteam6-025, 026, 029: an action that lasts (点検, 回収, 改修): 既に + ている may say it under way
        (
            "対象の車両は、既に点検済みです。",
            "The affected vehicles have already been inspected.",
            "対象の車両は、既に点検しております。",
        ),
        (
            "対象商品は、すでに回収済みです。",
            "The affected products have already been recalled.",
            "対象商品は、すでに回収しております。",
        ),
        (
            "館内は既に改修済みです。",
            "The interior of the building has already been renovated.",
            "館内は既に改修しております。",
        ),
        # 既に another predicate's (お申し込み, 配布した), even before a change of state's ている
        (
            "既にお申し込みの方の受付は終了済みです。",
            "Registration for those who have already applied has ended.",
            "既にお申し込みの方の受付は終了しております。",
        ),
        (
            "既に配布した教材は、消毒済みです。",
            "The teaching materials already handed out have been disinfected.",
            "既に配布した教材は、消毒しております。",
        ),
    ],
)
def test_zumi_said_as_te_iru_after_already_of_an_action_that_lasts_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # a change of state (JMdict's first gloss: end, moving): its ている after 既に is the change reached; the
        # English asked as before, "has already closed" a perfect (the adverb between, as "has recently closed")
        ("受付は既に終了済みです。", "Registration has already closed.", "受付は既に終了しております。"),
        ("受付は既に終了済みです。", "Registration has already closed.", "受付はすでに終了いたしております。"),
        ("対象店舗は既に移転済みです。", "The store has already moved.", "対象店舗はすでに移転しております。"),
        # ている → 済み: the new text says done (the ninth round's rule, unchanged)
        (
            "対象の車両は、既に点検しております。",
            "We have already inspected the affected vehicles.",
            "対象の車両は、既に点検済みです。",
        ),
    ],
)
def test_zumi_said_as_te_iru_after_already_of_a_change_of_state_stays_offered(old, english, new):
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "text,want",
    [
        ("受付は既に終了しております。", True),
        ("既に終わっております。", True),
        ("既に、受付を終了しております。", True),
        ("対象の車両は、既に点検しております。", False),
        ("既にお申し込みの方の受付は終了しております。", False),
        ("既に配布した教材は、消毒しております。", False),
        ("受付は終了しております。", False),
    ],
)
def test_already_says_done_only_a_change_of_states_te_iru_in_its_clause(text, want):
    assert says_already(analyze(text)) is want


# ---- ている / humble non-past of a change of state in a time named as a start or an end ------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # redteam6-019..024 under an English that says no perfect: a start (から, より), an end (をもって, まで),
        # 以降 does not make ている a state: the change reached, or ahead
        (
            "4月から窓口業務を休止しております。",
            "Counter services are suspended from April.",
            "4月から窓口業務を休止いたします。",
        ),
        (
            "今月より営業時間を変更しております。",
            "Our business hours change as of this month.",
            "今月より営業時間を変更いたします。",
        ),
        (
            "秋から新しいダイヤに変更しております。",
            "A new timetable applies from autumn.",
            "秋から新しいダイヤに変更いたします。",
        ),
        (
            "本サービスは、年度末をもって終了しております。",
            "This service ends at the end of the fiscal year.",
            "本サービスは、年度末をもって終了いたします。",
        ),
        (
            "4月以降、窓口業務を休止しております。",
            "Counter services are suspended from April.",
            "4月以降、窓口業務を休止いたします。",
        ),
        ("3月末まで休業しております。", "We are closed until the end of March.", "3月末まで休業いたします。"),
    ],
)
def test_a_change_of_state_in_a_time_named_as_a_point_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # a recurring time, a period the state holds in: the state in that time (the fifth round's rule, unchanged)
        ("毎週月曜日は休館いたします。", "The museum is closed on Mondays.", "毎週月曜日は休館しております。"),
        ("年末年始は休業いたします。", "We are closed over the New Year holidays.", "年末年始は休業しております。"),
        ("毎日18時に閉店しております。", "The store closes at 6 p.m. every day.", "毎日18時に閉店いたします。"),
        ("平日は18時に閉店いたします。", "On weekdays the store closes at 6 p.m.", "平日は18時に閉店しております。"),
    ],
)
def test_a_change_of_state_in_a_recurring_time_stays_offered(old, english, new):
    assert reused(old, new, english)
