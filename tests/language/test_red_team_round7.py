"""The fifth red team's holes closed (tests/data/safety/open/redteam5.yaml): aspect, and a day's 24時.

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import AUTO, FUZZY, decide
from kokuchi.language.entities import a_day_apart
from kokuchi.language.morphology import analyze
from kokuchi.language.synonyms import changes_state

# ---- 済み → ている: the new text no longer says the action done ------------------------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # redteam5-043..045: done → a routine or an action going on, though the old English says done
        (
            "貸出用のシューズは、消毒済みです。",
            "The rental shoes have been disinfected.",
            "貸出用のシューズは、消毒しております。",
        ),
        ("対象製品は、回収済みです。", "The affected products have been recalled.", "対象製品は、回収しております。"),
        ("エレベーターは、修理済みです。", "The elevator has been repaired.", "エレベーターは、修理しております。"),
        (
            "対象商品は店頭から撤去済みです。",
            "The products have been removed from stores.",
            "対象商品は店頭から撤去しております。",
        ),
    ],
)
def test_zumi_said_as_te_iru_is_a_change_whatever_the_english(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # ている → 済み where the English says the ている done (the ninth round's rule, unchanged)
        (
            "なお、対象商品は既に店頭から撤去しております。",
            "The affected products have already been removed from store shelves.",
            "なお、対象商品はすでに店頭から撤去済みです。",
        ),
        (
            "貸出用のシューズは、消毒しております。",
            "The rental shoes have been disinfected.",
            "貸出用のシューズは、消毒済みです。",
        ),
        # 既に before the ている of a change of state: the new text says done too, and the English is asked as before
        # (an action that lasts, 撤去, may be under way after 既に: tests/language/test_red_team_round10.py)
        (
            "対象店舗は既に移転済みです。",
            "The store has already moved.",
            "対象店舗はすでに移転しております。",
        ),
        # 中 → ている (going on either way) stays as it was
        (
            "商店街の共通商品券は、加盟店の店頭にて販売中です。",
            "Shopping street gift certificates are on sale at member stores.",
            "商店街共通商品券は、加盟店店頭で販売しております。",
        ),
    ],
)
def test_te_iru_said_done_and_zumi_with_already_stay_offered(old, english, new):
    assert reused(old, new, english)


# ---- ている ↔ humble non-past of a change of state ----------------------------------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # redteam5-046..048: already started / ended / applied → will start / end / apply
        (
            "クレジットカードのお取り扱いを開始しております。",
            "We now accept credit cards.",
            "クレジットカードのお取り扱いを開始いたします。",
        ),
        (
            "この商品の販売は、終了しております。",
            "We no longer sell this product.",
            "この商品の販売は、終了いたします。",
        ),
        (
            "駐車場では、新料金を適用しております。",
            "New rates now apply in the parking lot.",
            "駐車場では、新料金を適用いたします。",
        ),
        # a change of state by its JMdict gloss ("start", "end"), whatever the English says
        (
            "クレジットカードのお取り扱いを開始しております。",
            "We accept credit cards.",
            "クレジットカードのお取り扱いを開始いたします。",
        ),
        ("この商品の販売は、終了いたします。", "Sales of this product end.", "この商品の販売は、終了しております。"),
        # 現在 names the present, no period: the change reached
        (
            "現在、クレジットカードのお取り扱いを開始しております。",
            "We accept credit cards.",
            "現在、クレジットカードのお取り扱いを開始いたします。",
        ),
        # the English says a state reached (now, no longer, already) of an activity's ている
        (
            "駐車場では、新料金を適用しております。",
            "New rates already apply in the parking lot.",
            "駐車場では、新料金を適用いたします。",
        ),
    ],
)
def test_a_change_of_state_reached_said_as_ahead_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # activities: ている says what we do, as the humble non-past does (the read sets' same-meaning edits)
        (
            "予約の変更は、お電話にて承ります。",
            "Appointment changes can be made by phone.",
            "予約の変更は、電話で受け付けております。",
        ),
        (
            "会議やイベント用の大量注文にも対応いたします。",
            "We also handle large orders for meetings and events.",
            "会議やイベント用の大量注文にも対応しております。",
        ),
        (
            "レンタル用品は、管理棟受付にてお貸し出しいたします。",
            "Rental equipment can be borrowed at the reception in the management building.",
            "レンタル用品は、管理棟の受付で貸し出しております。",
        ),
        (
            "プレゼント用のラッピングは、無料にて承ります。",
            "We provide gift wrapping free of charge.",
            "プレゼント用のラッピングは無料で承っております。",
        ),
        # a change of state in a time the sentence names (a period, a recurring day): the state in that time
        ("毎週月曜日は休館いたします。", "The museum is closed on Mondays.", "毎週月曜日は休館しております。"),
        ("年末年始は休業いたします。", "We are closed over the New Year holidays.", "年末年始は休業しております。"),
        ("毎日18時に閉店しております。", "The store closes at 6 p.m. every day.", "毎日18時に閉店いたします。"),
        # (an activity's ている said in a plain present, to the humble non-past said with いたす: blocked since
        # red team 11, "New rates apply" or "will apply"; test_red_team_round19_rt11asp.py)
    ],
)
def test_an_activity_said_as_te_iru_or_humbly_stays_offered(old, english, new):
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "word,want",
    [("開始", True), ("終了", True), ("中止", True), ("移転", True), ("変更", True), ("閉店", True)]
    + [("受け付け", False), ("承り", False), ("対応", False), ("販売", False), ("開催", False), ("適用", False)],
)
def test_a_change_of_state_is_read_from_the_first_jmdict_gloss(word, want):
    morph = next(m for m in analyze(word + "します。") if m.text == word)
    assert changes_state(morph) is want


# ---- 24時 and 0時 of one date: a day apart --------------------------------------------------------------------

EN = "Campaign entries are accepted until midnight at the end of May 31."


def test_24_and_0_of_one_date_are_a_day_apart():
    # redteam5-013: the deadline a whole day earlier, beside another edit
    old = "キャンペーンは、5月31日24時まで受け付けます。"
    assert not reused(old, "キャンペーンは、5月31日0時まで受付いたします。", EN)
    # the value alone: "midnight" is both, so no auto-update, and no fuzzy the checks would pass
    assert not reused(old, "キャンペーンは、5月31日0時まで受け付けます。", EN)
    assert not reused(
        "キャンペーンは、5月31日0時から受け付けます。",
        "キャンペーンは、5月31日24時から受け付けます。",
        "Entries open at midnight on May 31.",
    )
    assert a_day_apart(old, "キャンペーンは、5月31日の0時まで受け付けます。") == ("24時", "0時")


def test_the_same_moment_and_other_values_stay_offered():
    old = "キャンペーンは、5月31日24時まで受け付けます。"
    # 5月31日24時 is 6月1日0時: the same moment, said otherwise
    assert a_day_apart(old, "キャンペーンは、6月1日0時まで受付いたします。") is None
    assert reused(old, "キャンペーンは、6月1日0時まで受付いたします。", EN)
    assert reused(old, "キャンペーンは、6月1日0時まで受け付けます。", EN)
    assert a_day_apart("12月31日24時まで", "1月1日0時まで") is None
    # another clock face: a value edit as any, rewritten where the English can show it
    decision = decide(old, EN, "キャンペーンは、5月31日23時まで受け付けます。")
    assert decision.kind == AUTO and "11:00 PM" in decision.translation
    # 24:00 could be rewritten, but the English may say which end of the day it means: a day apart is blocked
    # before any auto-update (redteam6-049..054, tests/language/test_red_team_round10.py)
    assert not reused(
        old, "キャンペーンは、5月31日0時まで受け付けます。", "Entries are accepted until 24:00 on May 31."
    )
    # a closing hour without its date: "until midnight" either way
    assert decide("営業は24時までです。", "We are open until midnight.", "営業は0時までです。").kind == FUZZY
    assert reused("営業は24時まで承ります。", "営業は0時まで受け付けております。", "We are open until midnight.")
