"""Meaning changes a second red team found the guard let through: terms, "than", and equivalences that do not hold.

1. A genitive の dropped between two nouns is the same words only where the
   two nouns make a free compound (バスの車内 / バス車内). Where the compound is
   a term of its own (JMdict has it, UniDic reads it as one word) or its first
   noun describes (a noun of time, an adjectival noun), it names a kind:
   親の会社 / 親会社, 当日のチケット / 当日チケット.
2. より before a word of comparison (先, 優先, an adjective or adverb of degree)
   is "than", never "from": 会員から先に / 会員より先に.
3. Equivalences that hold only in some places: 未X / X前 (only where JMdict
   glosses 未X "before"/"pre-"), 初回の / 最初の, お持ちください / ご持参ください,
   お持ちでない / お手元にない.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


def both_ways(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return pairs + [(new, old) for old, new in pairs]


# 1. A genitive dropped into a term.

TERM_RED_TEAM = [
    ("親の会社の健康保険に加入している方は、対象外です。", "親会社の健康保険に加入している方は、対象外です。"),
    (
        "当日のチケットをお持ちの方は、西ゲートからご入場ください。",
        "当日チケットをお持ちの方は、西ゲートからご入場ください。",
    ),
    ("一般の会員の方は、平日のみご利用いただけます。", "一般会員の方は、平日のみご利用いただけます。"),
    ("試合を観戦の際は、指定の席にお座りください。", "試合を観戦の際は、指定席にお座りください。"),
    ("深夜の電力をご利用の方は、割引の対象となります。", "深夜電力をご利用の方は、割引の対象となります。"),
    ("前期の日程は、学生ポータルで公開しております。", "前期日程は、学生ポータルで公開しております。"),
    ("国民の健康保険に関するご相談は、2番窓口です。", "国民健康保険に関するご相談は、2番窓口です。"),
]
TERM_SIBLINGS = [
    ("自由の席をご利用ください。", "自由席をご利用ください。"),
    ("普通の列車は各駅に停車します。", "普通列車は各駅に停車します。"),
    ("深夜の料金は別途いただきます。", "深夜料金は別途いただきます。"),
    ("子供の会の行事は中止します。", "子供会の行事は中止します。"),
]
FREE_COMPOUNDS = [
    (
        "申請書の様式は、当庁のウェブサイトからダウンロードできます。",
        "申請書の様式は、当庁ウェブサイトからダウンロードできます。",
    ),
    ("バスの車内での飲酒は、ご遠慮ください。", "バス車内での飲酒は、ご遠慮ください。"),
    ("船内の売店は、休業中です。", "船内売店は、休業中です。"),
    ("申請書は、市役所の窓口で配布しています。", "申請書は、市役所窓口で配布しています。"),
    ("番号は本体の側面に記載しています。", "番号は本体側面に記載しています。"),
    ("ガス機器の点検のお知らせ", "ガス機器点検のお知らせ"),
]


@pytest.mark.parametrize("old,new", both_ways(TERM_RED_TEAM), ids=lambda s: s)
def test_a_genitive_dropped_into_a_term_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(TERM_SIBLINGS), ids=lambda s: s)
def test_a_genitive_dropped_into_a_term_sibling(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(FREE_COMPOUNDS), ids=lambda s: s)
def test_a_genitive_dropped_into_a_free_compound_is_offered(old, new):
    assert reused(old, new)


# 2. より before a word of comparison is "than".

THAN_RED_TEAM = [
    ("先行販売では、一般会員から先にご案内いたします。", "先行販売では、一般会員より先にご案内いたします。"),
    ("優先搭乗のお客様から先に、お手荷物をお返しします。", "優先搭乗のお客様より先に、お手荷物をお返しします。"),
    ("ジュニア会員から優先してコートをご利用いただけます。", "ジュニア会員より優先してコートをご利用いただけます。"),
    ("断水の復旧作業は、病院から優先して行います。", "断水の復旧作業は、病院より優先して行います。"),
    ("被害の大きい地域から優先して、損害調査を行います。", "被害の大きい地域より優先して、損害調査を行います。"),
]
THAN_SIBLINGS = [
    ("高齢の方から先にお呼びします。", "高齢の方より先にお呼びします。"),
    ("予約の方から優先的にご案内します。", "予約の方より優先的にご案内します。"),
    ("1階から早く点検します。", "1階より早く点検します。"),
    ("東口から近い駐車場をご利用ください。", "東口より近い駐車場をご利用ください。"),
]
FROM_SAME = [
    ("受付は10時から開始します。", "受付は10時より開始します。"),
    ("担当者からご連絡いたします。", "担当者よりご連絡いたします。"),
    ("詳細はマイページからご確認いただけます。", "詳細はマイページよりご確認いただけます。"),
    ("ツアーは正門から出発します。", "ツアーは正門より出発します。"),
]


@pytest.mark.parametrize("old,new", both_ways(THAN_RED_TEAM), ids=lambda s: s)
def test_yori_before_a_comparison_is_than(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(THAN_SIBLINGS), ids=lambda s: s)
def test_yori_before_a_comparison_sibling(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(FROM_SAME), ids=lambda s: s)
def test_yori_as_a_starting_point_is_kara(old, new):
    assert reused(old, new)


# 3. Equivalences that do not hold everywhere.

NOT_EQUIVALENT_RED_TEAM = [
    ("ワクチン未接種の方は、受付で体温を測定してください。", "ワクチン接種前の方は、受付で体温を測定してください。"),
    ("未受験の方は、本学の追試験の対象となります。", "受験前の方は、本学の追試験の対象となります。"),
    ("未搭乗の方のお手荷物は、機内から降ろします。", "搭乗前の方のお手荷物は、機内から降ろします。"),
    ("初回の方は、体験チケットをご利用いただけます。", "最初の方は、体験チケットをご利用いただけます。"),
    (
        "マイナンバーカードをお持ちでない方は、通知カードをご提示ください。",
        "マイナンバーカードがお手元にない方は、通知カードをご提示ください。",
    ),
    ("会場内の飲み物は、ご自由にお持ちください。", "会場内の飲み物は、ご自由にご持参ください。"),
]
NOT_EQUIVALENT_SIBLINGS = [
    ("書類が未提出の方は、窓口へお越しください。", "書類が提出前の方は、窓口へお越しください。"),
    ("保険に未加入の方は、お申し出ください。", "保険に加入前の方は、お申し出ください。"),
    ("初回のお客様には、粗品を差し上げます。", "最初のお客様には、粗品を差し上げます。"),
    ("保険証をお持ちでない方は、受付にお申し出ください。", "保険証がお手元にない方は、受付にお申し出ください。"),
    ("パンフレットはご自由にお持ちください。", "パンフレットはご自由にご持参ください。"),
    # (arguable: "unused" and "before use" meet for a thing, but JMdict glosses 未使用 "unused", no "before":
    # without proof the default holds)
    ("使用前の商品に限り返品できます。", "未使用の商品に限り返品できます。"),
]
EQUIVALENT_SAME = [
    ("未就学のお子様は、無料でご宿泊いただけます。", "就学前のお子様は、無料でご宿泊いただけます。"),
    ("印鑑をご持参ください。", "印鑑をご持参くださいますようお願いいたします。"),
]


@pytest.mark.parametrize("old,new", both_ways(NOT_EQUIVALENT_RED_TEAM), ids=lambda s: s)
def test_an_equivalence_that_does_not_hold_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(NOT_EQUIVALENT_SIBLINGS), ids=lambda s: s)
def test_an_equivalence_that_does_not_hold_sibling(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(EQUIVALENT_SAME), ids=lambda s: s)
def test_an_equivalence_that_holds_is_offered(old, new):
    assert reused(old, new)
