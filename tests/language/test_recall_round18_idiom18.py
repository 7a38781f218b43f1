"""Same meaning, shown by JMdict (issue 21, eighteenth round, idiom18).

- Leave granted however it is worded: 〜てもよい, 〜てもいい, 〜ていい (良い, whose sense JMdict notes as permission:
  "OK; all right; fine; no problem", "as て(も)良い …; indicates permission") and the negated words JMdict records as
  expressions glossed as that sense (構わない, 構いません "no problem; it doesn't matter", 問題ない "no problem; all
  right"). Their negation says "you may", no "not".
- "Depending on" however it is worded: N + に応じて / によって / により before a predicate JMdict glosses as a
  varying (変わる "to vary", 異なる "to differ", 違う "to differ (from)", 変動 "fluctuation"): に応じて "depending
  on", 応じて "according to; depending on", によって "according to; …".
- The writer going to do an act, humbly, however it is worded: お/ご + an act + に + a verb JMdict marks humble in a
  sense glossed as a movement (参る "to go; to come", 伺う "to visit", 上がる "to go; to visit").

New sentences of several domains, and the meaning changes nearest to each proof, which stay blocked.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import CHANGE, FLIP, FLIP_KINDS, decide
from kokuchi.language.morphology import analyze
from kokuchi.language.synonyms import (
    DEPENDING_ON,
    HUMBLY_GOING,
    PERMITTED,
    construction_keys,
    grants_leave,
    humbly_goes,
    leaves_granted,
    says_a_varying,
)

OFFERED = [
    # leave granted: よい / いい / 構わない / 構いません / 問題ない
    ("館内では写真を撮ってもよいです。", "館内では写真を撮っても構いません。", "You may take photos in the hall."),
    ("荷物はここに置いていいです。", "荷物はここに置いて構いません。", "You may leave your bags here."),
    ("お支払いは現金でもいいです。", "お支払いは現金でも構いません。", "You may also pay in cash."),
    ("靴のまま入ってもいいです。", "靴のまま入っても構わないです。", "You may keep your shoes on."),
    ("汚れてもよい服装でご参加ください。", "汚れても構わない服装でご参加ください。", "Wear clothes you can get dirty."),
    ("途中で退席しても構いません。", "途中で退席してもよいです。", "You may leave partway through."),
    ("説明会は途中から参加してもよい。", "説明会は途中から参加しても問題ない。", "You may join the session late."),
    # need not, said with either word of leave: the two negations of need (なくて) stay, the leave's goes
    ("印鑑は持参しなくてもよいです。", "印鑑は持参しなくても構いません。", "You need not bring your seal."),
    # depending on: に応じて / によって / により before a varying
    ("送料は地域に応じて異なります。", "送料は地域によって異なります。", "Shipping varies by region."),
    ("保険料は年齢によって変わります。", "保険料は年齢に応じて変わります。", "Premiums vary with age."),
    (
        "所要時間は道路状況により変動します。",
        "所要時間は道路状況に応じて変動します。",
        "Travel time varies with traffic.",
    ),
    ("貸出期間は資料の種類に応じて違います。", "貸出期間は資料の種類によって違います。", "Loan periods vary by item."),
    # humbly going to do an act
    ("ご自宅までお迎えにあがります。", "ご自宅までお迎えに伺います。", "We will come to your home to pick you up."),
    ("担当者がご説明に参ります。", "担当者がご説明に伺います。", "Our representative will come to explain."),
    ("商品はスタッフがお届けにあがります。", "商品はスタッフがお届けに参ります。", "Our staff will deliver the item."),
]

BLOCKED = [
    # leave refused, or never granted
    ("館内では写真を撮ってもよいです。", "館内では写真を撮ってはいけません。", "You may take photos in the hall."),
    ("館内では写真を撮っても構いません。", "館内では写真を撮っては困ります。", "You may take photos in the hall."),
    ("館内では写真を撮ってもよいです。", "館内では写真を撮ってもよくないです。", "You may take photos in the hall."),
    ("館内では写真を撮っても構いません。", "館内では写真を撮っても構います。", "You may take photos in the hall."),
    ("資料は持ち帰っても構わない。", "資料は持ち帰っても構う。", "You may take the handouts home."),
    # need not against may: the negation before ても is one
    ("印鑑は持参しなくてもよいです。", "印鑑は持参しても構いません。", "You need not bring your seal."),
    ("印鑑は持参しても構いません。", "印鑑は持参しなくても構いません。", "You may bring your seal."),
    # another time: leave granted then
    ("途中で退席してもよいです。", "途中で退席しても構わなかったです。", "You may leave partway through."),
    # no expression of leave JMdict glosses so: 差し支えない "(having) no objection; allowable"
    ("途中で退席してもよいです。", "途中で退席しても差し支えありません。", "You may leave partway through."),
    # 良い said of a noun after a noun's でも: "good", no leave
    (
        "雨の日でも良い写真が撮れます。",
        "雨の日でも構わない写真が撮れます。",
        "You can take good photos even on rainy days.",
    ),
    # regardless, not leave
    ("雨が降っても構わず出航します。", "雨が降ってもよく出航します。", "We sail regardless of rain."),
    # depending on: an agent, a cause, an act, a past event, a part
    ("案内はスタッフによって行います。", "案内はスタッフに応じて行います。", "Staff will guide you."),
    (
        "資料は担当者によって変更されます。",
        "資料は担当者に応じて変更されます。",
        "The documents are changed by the staff in charge.",
    ),
    (
        "運行時刻は事故によって変わりました。",
        "運行時刻は事故に応じて変わりました。",
        "The timetable changed due to an accident.",
    ),
    ("料金は人数によって変えます。", "料金は人数に応じて変えます。", "We change the fee by group size."),
    ("川の水位は大雨によって上がります。", "川の水位は大雨に応じて上がります。", "The river rises with heavy rain."),
    (
        "会場によっては開始時刻が異なります。",
        "会場に応じて開始時刻が異なります。",
        "Start times differ at some venues.",
    ),
    # humbly going: no purpose before it, another actor, a plain verb, another time, another act
    ("係員が2階にあがります。", "係員が2階に伺います。", "The attendant will go up to the second floor."),
    ("明日お宅に参ります。", "明日お宅に伺います。", "We will come to your home tomorrow."),
    ("ご意見を伺います。", "ご意見をいただきます。", "We will hear your opinions."),
    ("ご自宅までお迎えにあがります。", "ご自宅までお迎えにいらっしゃいます。", "We will come to pick you up."),
    ("ご自宅までお迎えにあがります。", "ご自宅までお迎えに行きます。", "We will come to pick you up."),
    ("ご自宅までお迎えにあがりました。", "ご自宅までお迎えに伺います。", "We came to pick you up."),
    ("ご自宅までお迎えにあがります。", "ご自宅までお見送りにあがります。", "We will come to pick you up."),
    ("ご自宅までお迎えにあがります。", "ご自宅までお迎えにあがりません。", "We will come to pick you up."),
    # によって against a means or a place: not proven
    ("多言語による案内を行っています。", "多言語での案内を行っています。", "We offer guidance in several languages."),
]


@pytest.mark.parametrize(("old", "new", "english"), OFFERED)
def test_the_same_meaning_is_offered(old: str, new: str, english: str) -> None:
    decision = decide(old, english, new)
    assert decision.kind not in FLIP_KINDS and decision.translation == english, decision


@pytest.mark.parametrize(("old", "new", "english"), BLOCKED)
def test_the_nearest_meaning_change_is_blocked(old: str, new: str, english: str) -> None:
    assert decide(old, english, new).kind in (CHANGE, FLIP)


def test_jmdict_glosses_the_words_of_leave_as_the_permission_of_good() -> None:
    assert grants_leave("構わない") and grants_leave("構いません") and grants_leave("問題ない")
    assert not grants_leave("差し支えない")  # "(having) no objection; allowable": no gloss shared
    assert not grants_leave("いけない") and not grants_leave("困らない")


def test_jmdict_glosses_the_varyings() -> None:
    assert says_a_varying("変わる", False) and says_a_varying("異なる", False) and says_a_varying("違う", False)
    assert says_a_varying("変動", True) and says_a_varying("変化", True)
    assert not says_a_varying("変える", False)  # transitive: an agent changes it
    assert not says_a_varying("変更", True) and not says_a_varying("上がる", False)


def test_jmdict_marks_the_humble_verbs_of_going() -> None:
    assert humbly_goes("参る") and humbly_goes("伺う") and humbly_goes("上がる")
    assert not humbly_goes("いらっしゃる")  # respectful: the reader goes
    assert not humbly_goes("行く") and not humbly_goes("来る") and not humbly_goes("申し上げる")


def test_the_keys_of_the_constructions() -> None:
    going = analyze("お迎えにあがります")
    assert going is not None and HUMBLY_GOING in construction_keys(going).values()
    rising = analyze("2階にあがります")
    assert rising is not None and HUMBLY_GOING not in construction_keys(rising).values()
    leave = analyze("写真を撮っても構いません")
    assert leave is not None and PERMITTED in construction_keys(leave).values()
    assert leaves_granted(leave) == [len(leave) - 1]  # the ん of 構いません
    refused = analyze("写真を撮っても構わずに")
    assert refused is not None and not leaves_granted(refused)
    depending = analyze("料金は距離に応じて変わります")
    assert depending is not None and DEPENDING_ON in construction_keys(depending).values()
    said_of_an_act = analyze("料金は距離に応じて決めます")
    assert said_of_an_act is not None and DEPENDING_ON not in construction_keys(said_of_an_act).values()
