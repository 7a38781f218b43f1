"""Issue 21, thirteenth round (rec13c): two particles that mark one role, read from UniDic's analysis.

1. が and を on a thing under いただける: ご利用いただけます is the potential of 頂く (UniDic reads いただけ as
   頂く conjugated as an ichidan verb, イタダケル), and under a potential the object may take が. So
   マイナ保険証がご利用いただけます is マイナ保険証をご利用いただけます. On a noun of people (お子様, 会員の方,
   保護者, 担当医, a name) が may say who can act: those stay changes, as does が/を under a verb that is no
   potential (係員がご案内いたします).
2. は and を (or が) under a request not to: 補聴器は水に濡らさないようご注意ください asks the same as
   補聴器を…: the は limits nothing the request does not. A negated statement keeps its scope (全員は参加
   できません), and so does a noun of quantity or time (UniDic's 副詞可能: 全部, 全員), a number, a counting
   prefix (各部屋) and staff (スタッフは呼ばないでください: who acts).
3. A number word joined by a hyphen to what it counts (a six-mat room) is a value the English says: an
   entity-only edit rewrites it, and the article before it (an eight-mat room).

Each proof is tested with the edits beside it that say something else: those must stay blocked.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import AUTO, decide
from kokuchi.language import english


@pytest.mark.parametrize(
    "old,new",
    [
        ("全館で無料Wi-Fiがご利用いただけます。", "全館で無料Wi-Fiをご利用いただけます。"),
        ("当日は、貸出用の傘がお使いいただけます。", "当日は、貸出用の傘をお使いいただけます。"),
        ("見学の際は、館内の展示物がご覧いただけます。", "見学の際は、館内の展示物をご覧いただけます。"),
        ("各種電子マネーがお使いいただけます。", "各種電子マネーをお使いいただけます。"),
        ("ロビーの自動販売機がご利用いただけます。", "ロビーの自動販売機をご利用いただけます。"),
    ],
)
def test_object_under_the_potential_of_itadaku_takes_ga_or_wo(old: str, new: str) -> None:
    assert reused(old, new)
    assert reused(new, old)


@pytest.mark.parametrize(
    "old,new",
    [
        # a person: who can act, or who is acted on
        ("お子様がご利用いただけます。", "お子様をご利用いただけます。"),
        ("会員の方がご利用いただけます。", "会員の方をご利用いただけます。"),
        ("保護者がお迎えいただけます。", "保護者をお迎えいただけます。"),
        ("担当医がご紹介いただけます。", "担当医をご紹介いただけます。"),
        ("ご家族がお連れいただけます。", "ご家族をお連れいただけます。"),
        # no potential: the doer and what is done
        ("係員がご案内いたします。", "係員をご案内いたします。"),
        # another thing, a negation, another time
        ("現金がご利用いただけます。", "カードをご利用いただけます。"),
        ("会議室がご予約いただけます。", "会議室をご予約いただけません。"),
        ("本日から駐車場がご利用いただけます。", "明日から駐車場をご利用いただけます。"),
    ],
)
def test_ga_and_wo_near_the_potential_that_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("補聴器は水に濡らさないようご注意ください。", "補聴器を水に濡らさないようご注意ください。"),
        ("傘は館内に持ち込まないでください。", "傘を館内に持ち込まないでください。"),
        ("お酒は客席に持ち込まないようお願いいたします。", "お酒を客席に持ち込まないようお願いいたします。"),
        ("展示品は素手で触らないようお願いします。", "展示品を素手で触らないようお願いします。"),
        ("お子様は売り場で走らないようご注意ください。", "お子様が売り場で走らないようご注意ください。"),
    ],
)
def test_topic_under_a_request_not_to_is_the_object(old: str, new: str) -> None:
    assert reused(old, new)
    assert reused(new, old)


@pytest.mark.parametrize(
    "old,new",
    [
        # a noun of quantity, a number, a counting prefix: the は limits what is not to be done
        ("全部は持ち帰らないでください。", "全部を持ち帰らないでください。"),
        ("2個は持ち帰らないでください。", "2個を持ち帰らないでください。"),
        ("各部屋は施錠しないでください。", "各部屋を施錠しないでください。"),
        # staff: who acts, or who is called
        ("スタッフは呼ばないでください。", "スタッフを呼ばないでください。"),
        # a negated statement, not a request: the は is its scope
        ("クレジットカードは使えません。", "クレジットカードを使えません。"),
        ("全員は参加できません。", "全員が参加できません。"),
        # another thing, the request made positive
        ("傘は館内に持ち込まないでください。", "靴を館内に持ち込まないでください。"),
        ("傘は館内に持ち込まないでください。", "傘を館内に持ち込んでください。"),
        # people as the topic the request addresses, then as the subject the reader is to keep from it
        ("参加者は会場内で喫煙しないでください。", "参加者が会場内で喫煙しないようにしてください。"),
    ],
)
def test_topic_and_object_near_a_request_not_to_that_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)


# 3. A number word joined by a hyphen to what it counts (a six-mat room): a value the English says, which an
#    entity-only edit rewrites with its article (a six-mat → an eight-mat). One so joined is an idiom (one-way,
#    one-time), and so is two-way: no count.


@pytest.mark.parametrize(
    "old,old_en,new,new_en",
    [
        (
            "6畳間の畳の張り替えは、通常2日間で完了いたします。",
            "Re-covering the tatami of a six-mat room normally takes two days.",
            "8畳間の畳の張り替えは、通常3日間で完了いたします。",
            "Re-covering the tatami of an eight-mat room normally takes three days.",
        ),
        (
            "8人乗りの送迎車をご用意しております。",
            "An eight-seat shuttle van is available.",
            "6人乗りの送迎車をご用意しております。",
            "A six-seat shuttle van is available.",
        ),
        (
            "4人用のテントを貸し出しております。",
            "We rent out a four-person tent.",
            "11人用のテントを貸し出しております。",
            "We rent out an eleven-person tent.",
        ),
    ],
)
def test_hyphenated_number_word_rewritten_with_its_article(old: str, old_en: str, new: str, new_en: str) -> None:
    decision = decide(old, old_en, new)
    assert decision.kind == AUTO
    assert decision.translation == new_en


@pytest.mark.parametrize(
    "text",
    ["Please buy a one-way ticket.", "This pass is for one-time users.", "It is a two-way street.", "twenty-one"],
)
def test_idioms_joined_by_a_hyphen_are_no_count(text: str) -> None:
    assert not [m for m in english.read(text) if m.kind == "number"]
