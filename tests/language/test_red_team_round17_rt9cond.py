"""The ninth red team's holes closed (tests/data/safety/open/redteam9.yaml), two families: ましたら ("when", the
event taken as sure) said as た場合は ("if", a contingency), and より "than" before a verb of a change of degree
read as から, "since".

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it. The sentences are new, not the red team's.
"""

from __future__ import annotations

import pytest
from guard_cases import reused, word

from kokuchi.language.morphology import analyze
from kokuchi.language.synonyms import _changes_degree, compared, conditions_said

# ---- たら against 場合: the English says "when" or "if" --------------------------------------------------------

WHEN_MADE_IF = [
    # たら → 場合 under an English "when", "once", "as soon as", "after": a promise becomes a contingency
    (
        "書類が届きましたら、担当者よりご連絡します。",
        "Our staff will contact you when the documents arrive.",
        "書類が届いた場合は、担当者よりご連絡します。",
    ),
    (
        "準備が整いましたら、お呼びいたします。",
        "We will call you as soon as everything is ready.",
        "準備が整った場合は、お呼びいたします。",
    ),
    (
        "検査の結果が出ましたら、メールでお知らせします。",
        "Once the test results are out, we will email you.",
        "検査の結果が出た場合は、メールでお知らせします。",
    ),
    (
        "修理が完了しましたら、お電話いたします。",
        "We will call you after the repair is completed.",
        "修理が完了した場合は、お電話いたします。",
    ),
    # the other way: 場合 → たら under an English "when" still asks which the new text says
    (
        "代金の入金を確認した場合は、商品を発送します。",
        "We will ship the item when we have confirmed your payment.",
        "代金の入金を確認しましたら、商品を発送します。",
    ),
    # an English that says neither: no proof of the condition
    (
        "席が空きましたら、ご案内いたします。",
        "Seating is by order of arrival.",
        "席が空いた場合は、ご案内いたします。",
    ),
    # "should" as an obligation is no condition
    (
        "試験に合格しましたら、修了証を受け取ってください。",
        "You should collect your certificate at the office.",
        "試験に合格した場合は、修了証を受け取ってください。",
    ),
]


@pytest.mark.parametrize("old,english,new", WHEN_MADE_IF)
def test_tara_said_as_baai_under_an_english_when_is_a_change(old, english, new):
    assert not reused(old, new, english)


IF_KEPT = [
    # the English says a condition: たら and 場合 say the same "if"
    (
        "電車が遅れましたら、振替輸送をご利用ください。",
        "If the train is delayed, please use the alternative transport.",
        "電車が遅れた場合は、振替輸送をご利用ください。",
    ),
    (
        "雨が降りましたら、体育館で行います。",
        "In case it rains, the event will be held in the gym.",
        "雨が降った場合は、体育館で行います。",
    ),
    (
        "お荷物が破損しましたら、すぐにご連絡ください。",
        "Should your parcel be damaged, please contact us at once.",
        "お荷物が破損した場合は、すぐにご連絡ください。",
    ),
    (
        "書類に不備がありましたら、ご連絡いたします。",
        "We will contact you if there are any errors in your documents.",
        "書類に不備がある場合は、ご連絡いたします。",
    ),
]


@pytest.mark.parametrize("old,english,new", IF_KEPT)
def test_tara_said_as_baai_under_an_english_if_stays_offered(old, english, new):
    assert reused(old, new, english)


def test_conditions_said_counts_tara_and_baai_apart():
    assert conditions_said(analyze("書類が届きましたら、ご連絡します。")) == (1, 0)
    assert conditions_said(analyze("書類が届いた場合は、ご連絡します。")) == (0, 1)
    # a state's たら is the condition あれば says: no "when" to ask about
    assert conditions_said(analyze("ご質問がありましたら、お尋ねください。")) == (0, 0)
    # 場合がある ("it may happen") is no condition
    assert conditions_said(analyze("遅れる場合があります。")) == (0, 0)


# ---- より "than" before a verb of a change of degree -----------------------------------------------------------

THAN_MADE_SINCE = [
    (
        "当店の来客数は、先週より増えました。",
        "We had more visitors than last week.",
        "当店の来客数は、先週から増えました。",
    ),
    (
        "今月の電気料金は、前月より上がっております。",
        "This month's electricity charges are higher than last month's.",
        "今月の電気料金は、前月から上がっております。",
    ),
    (
        "川の水位は、昨日より下がりました。",
        "The river is lower than it was yesterday.",
        "川の水位は、昨日から下がりました。",
    ),
    (
        "会員数は、前年より大きく伸びました。",
        "Membership grew strongly compared with the previous year.",
        "会員数は、前年から大きく伸びました。",
    ),
    (
        "お問い合わせの件数は、前週より窓口で減少しました。",
        "Fewer enquiries came to the counter than the week before.",
        "お問い合わせの件数は、前週から窓口で減少しました。",
    ),
    (
        "今年度の応募者は、昨年度より定員を上回りました。",
        "This year's applicants exceeded the quota by more than last year.",
        "今年度の応募者は、昨年度から定員を上回りました。",
    ),
]


@pytest.mark.parametrize("old,english,new", THAN_MADE_SINCE)
def test_yori_before_a_change_of_degree_is_no_kara(old, english, new):
    assert not reused(old, new, english)


FROM_KEPT = [
    # より before a verb of starting, sending or opening: a starting point, as から is
    ("本日より受付を開始いたします。", "Applications open today.", "本日から受付を開始いたします。"),
    ("商品は、倉庫より発送いたします。", "Items are shipped from our warehouse.", "商品は、倉庫から発送いたします。"),
    ("当館は、10時より営業しております。", "We are open from 10 a.m.", "当館は、10時から営業しております。"),
    ("窓口よりお申し込みください。", "Please apply at the counter.", "窓口からお申し込みください。"),
]


@pytest.mark.parametrize("old,english,new", FROM_KEPT)
def test_yori_as_a_starting_point_stays_kara(old, english, new):
    assert reused(old, new, english)


def test_a_change_of_degree_is_read_from_jmdict_glosses():
    assert _changes_degree(word("増える"))
    assert _changes_degree(word("減る"))
    assert not _changes_degree(word("届く"))
    assert not _changes_degree(word("始まる"))
    # する leans on another word (JMdict's 為る holds なる, "to grow"): no degree of its own
    morphs = analyze("心よりお待ちしております。")
    assert not compared(morphs, 1)
    morphs = analyze("前年より売上が伸びております。")
    assert compared(morphs, [m.text for m in morphs].index("より"))


def test_at_once_is_no_when():
    assert reused(
        "機器が故障しましたら、直ちに使用を中止してください。",
        "機器が故障した場合は、直ちに使用を中止してください。",
        "If the device breaks down, stop using it at once.",
    )
