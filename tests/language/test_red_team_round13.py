"""The seventh red team's notation, slips and a day's 24時 (tests/data/safety/open/redteam7.yaml).

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.language.entities import a_day_apart
from kokuchi.language.evidence import another_word

# ---- kana given the kanji of another word -------------------------------------------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # あいている (開く "open", UniDic's guess 空く) → 空いている "not busy" (redteam7-001)
        (
            "窓口があいている時間に、お手続きください。",
            "Please complete the procedure while the counter is open.",
            "窓口が空いている時間に、お手続きください。",
        ),
        (
            "窓口が開いている時間に、お手続きください。",
            "While the counter is open.",
            "窓口があいている時間に、お手続きください。",
        ),
        # 生もの (ナマモノ) → 生物 (セイブツ), one lemma 生物 (redteam7-002)
        (
            "会場内への生もののお持ち込みはご遠慮ください。",
            "Please do not bring perishable food into the venue.",
            "会場内への生物のお持ち込みはご遠慮ください。",
        ),
        # みる → 診る, とる → 撮る: UniDic's lemma 見る, 取る, the kanji not the lemma's (redteam7-003, 004)
        (
            "診察の間、看護師がお子様をみております。",
            "During the consultation, a nurse will look after your child.",
            "診察の間、看護師がお子様を診ております。",
        ),
        (
            "審議会では、事務局が会議の記録をとります。",
            "At council meetings, the secretariat takes the minutes.",
            "審議会では、事務局が会議の記録を撮ります。",
        ),
        # 入りません → いりません (要る), read as the は of 箸は cut into はいり (redteam7-005)
        (
            "こちらのお弁当には、お箸は入りません。",
            "Chopsticks are not included with this bento.",
            "こちらのお弁当には、お箸はいりません。",
        ),
    ],
)
def test_kana_given_the_kanji_of_another_word_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,new",
    [
        ("ご不明な点は、お問い合わせください。", "ご不明な点は、お問合せください。"),
        ("手続きは窓口で行います。", "手続は窓口で行います。"),
        ("申込は受付で承ります。", "申し込みは受付で承ります。"),
        ("受付でお名前をお伝えください。", "受付でお名前をお伝え下さい。"),
        ("ご迷惑をおかけし、申し訳ございません。", "ご迷惑をお掛けし、申し訳ございません。"),
        # the kana of the lemma's own kanji
        ("お子様を見ております。", "お子様をみております。"),
        ("会議の記録を取ります。", "会議の記録をとります。"),
        ("声がけください。", "声掛けください。"),
        # the kanji's word one reading of the kana: 空いて → あいて (the English read 空く, the kana says it too)
        ("現在、駐車場は空いております。", "現在、駐車場はあいております。"),
    ],
)
def test_the_same_word_spelt_otherwise_stays_offered(old, new):
    assert reused(old, new, "The English.")
    assert another_word(old, new) is None


# ---- ら抜き and 一日 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        # られる (respect, passive, potential) → れる (potential only) (redteam7-056, 024)
        (
            "途中で会場から出られる方は、再入場券をお受け取りください。",
            "If you leave the hall during the performance, please take a re-entry ticket.",
            "途中で会場から出れる方は、再入場券をお受け取りください。",
        ),
        (
            "講師の先生が来られる日は、教室が変わります。",
            "On days when the instructor comes, classes are held in a different room.",
            "講師の先生が来れる日は、教室が変わります。",
        ),
        # the English says "can", but another word changed beside the ら抜き
        (
            "途中で会場から出られる方は、再入場券をお受け取りください。",
            "Those who can leave the hall, please take a re-entry ticket.",
            "途中で会場から出れる方は、入場券をお受け取りください。",
        ),
        # 一日 read イチニチ "one day" → 1日, a date (redteam7-057)
        (
            "院長不在のため、一日休診いたします。",
            "As the director is away, the clinic will be closed for one day.",
            "院長不在のため、1日休診いたします。",
        ),
    ],
)
def test_a_slip_into_another_word_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # an English "can" chose the potential the ら抜き says
        (
            "途中で会場から出られる方は、再入場券をお受け取りください。",
            "Those who can leave the hall during the performance, please take a re-entry ticket.",
            "途中で会場から出れる方は、再入場券をお受け取りください。",
        ),
        # 一日 read ツイタチ, a date, as 1日
        ("4月一日から営業いたします。", "We open on April 1.", "4月1日から営業いたします。"),
    ],
)
def test_the_same_word_beside_the_slips_stays_offered(old, english, new):
    assert reused(old, new, english)


# ---- 24時 and 0時 of a day named earlier in the clause ---------------------------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("金曜日は、24時からシステムを停止いたします。", "金曜日は、0時からシステムを停止いたします。"),  # redteam7-059
        ("土曜日は、0時から工事を行います。", "土曜日は、24時から工事を行います。"),  # redteam7-060
        ("本日は、メンテナンスのため24時から停止します。", "本日は、メンテナンスのため0時から停止します。"),
    ],
)
def test_24_and_0_of_a_day_named_in_the_sentence_are_a_day_apart(old, new):
    assert a_day_apart(old, new) is not None
    assert not reused(old, new, "From midnight (24:00).")


@pytest.mark.parametrize(
    "old,new",
    [
        ("24時まで営業いたします。", "0時まで営業いたします。"),  # no day: "until midnight" either way
        ("当店は、24時まで営業いたします。", "当店は、0時まで営業いたします。"),
        ("5月31日24時まで受け付けます。", "6月1日0時まで受け付けます。"),  # the same moment
        # a closing hour after a topic: "until midnight" either way (as 平日は24時まで, red team 6)
        ("本日は、24時まで受け付けます。", "本日は、0時まで受け付けます。"),
        # a day in another sentence counts nothing
        ("金曜日は休館です。24時まで受け付けます。", "金曜日は休館です。0時まで受け付けます。"),
    ],
)
def test_24_and_0_without_a_day_in_the_sentence_stay_offered(old, new):
    assert reused(old, new, "Until midnight.")
