"""Issue 21, twenty-fifth round: readings of edits a build set of editors' weekly edits (build12) showed blocked, and
the holes beside them.

- a noun the old English gives as a cause ("due to heavy snow") said with につき before a comma, or with により in a
  sentence that says no past, is のため; without that English each stays itself;
- a conjunction opening a sentence is read outside the negation of the clause it joins (なお、…いただけません);
- a noun of the present opening a sentence before its comma (現在、, このたび、) added or removed;
- cushions (恐縮ですが) are courtesy;
- a word after a closing bracket is read as after a noun (4月1日（水）から: no conjunction);
- two sentences joined by a predicate's continuative form, by が or by a noun's のため, read as the two;
- a verb's stem after お before a word of occasion (お届け時に) names the act as a noun does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_cases import reused

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import FLIP_KINDS, decide
from kokuchi.project import yamlio

SAFETY = Path(__file__).parent.parent / "data" / "safety"


@pytest.mark.parametrize(
    "old,english,new,right",
    [
        # the English gives the noun as the cause: につき and により are のため
        (
            "改修工事のため、バラ園は立入禁止となっております。",
            "The rose garden is closed due to renovation work.",
            "改修工事につき、バラ園は立入禁止となっております。",
            True,
        ),
        (
            "大雪のため、高速道路は通行止めとなっております。",
            "Due to heavy snow, the expressway is closed.",
            "大雪により、高速道路は通行止めとなっております。",
            True,
        ),
        # without it, につき may say "regarding" and ため "for" (a purpose): no proof
        (
            "改修工事のため、バラ園は立入禁止となっております。",
            "The rose garden is closed for renovation work.",
            "改修工事につき、バラ園は立入禁止となっております。",
            False,
        ),
        # a cause the English gives to another noun proves nothing of this one
        (
            "書面により、通知いたします。",
            "Due to the change, we will notify you in writing.",
            "書面のため、通知いたします。",
            False,
        ),
        # a word of the noun at the head of a compound the English says ("roadworks")
        (
            "道路工事により、一部の便に遅れが出る場合があります。",
            "Due to roadworks, some buses may be delayed.",
            "道路工事のため、一部の便に遅れが出る場合があります。",
            True,
        ),
    ],
)
def test_a_cause_the_english_gives(old, english, new, right) -> None:
    assert (decide(old, english, new).kind not in FLIP_KINDS) == right


@pytest.mark.parametrize(
    "old,new,right",
    [
        ("なお、訓練当日は駐車場をご利用いただけません。", "訓練当日は駐車場をご利用いただけません。", True),
        ("訓練当日は駐車場をご利用いただけません。", "なお、訓練当日は駐車場をご利用いただけません。", True),
        ("現在、電話が大変つながりにくくなっております。", "電話が大変つながりにくくなっております。", True),
        ("このたび、冬期講習の受付を開始いたしました。", "冬期講習の受付を開始いたしました。", True),
        ("今般、冬期講習の受付を開始いたしました。", "冬期講習の受付を開始いたしました。", True),
        (
            "大変恐縮ですが、診察はご予約の方を優先させていただきます。",
            "診察はご予約の方を優先させていただきます。",
            True,
        ),
        # 現在 before a noun names which fee, no time the sentence speaks at
        ("現在の料金は500円です。", "料金は500円です。", False),
        # a weekday's bracket before から/より: the particle, "from"
        ("2026年4月1日（水）から、運賃を改定いたします。", "2026年4月1日（水）より、運賃を改定いたします。", True),
        # and the start a state reached has (since April 1st) or will have (from then): the weekday no wall
        ("4月1日（水）から有料となっております。", "4月1日（水）から有料となります。", False),
        # sentences joined or split
        (
            "イルカショーは1日3回開催しています。各回の開始時刻は掲示でご確認ください。",
            "イルカショーは1日3回開催しており、各回の開始時刻は掲示でご確認ください。",
            True,
        ),
        (
            "会場は2月16日（月）に開設します。受付時間は午前8時30分から午後4時までです。",
            "会場は2月16日（月）に開設し、受付時間は午前8時30分から午後4時までです。",
            True,
        ),
        (
            "本日の教習は、積雪のため休講となりました。学科教習は通常どおり行います。",
            "本日の教習は、積雪のため休講となりましたが、学科教習は通常どおり行います。",
            True,
        ),
        (
            "内見は予約制です。ご希望の日時を前日までにお知らせください。",
            "内見は予約制のため、ご希望の日時を前日までにお知らせください。",
            True,
        ),
        # an object moved across an occasion said with an honorific stem (お届け時), no verb of its own
        (
            "商品のお届け時に、前回の保冷箱を玄関先にご用意ください。",
            "前回の保冷箱を、商品のお届け時に玄関先にご用意ください。",
            True,
        ),
        # もらう after て said humbly, いただく
        ("保護者の方に記入してもらってください。", "保護者の方に記入していただいてください。", True),
        ("記入してもらえます。", "記入していただけます。", True),
        # a day word that begins a compound noun (当日仕上げ) names no day the predicate happens on
        ("当日仕上げを承ります。", "当日仕上げを承っております。", True),
        # (red team 47) respect dropped in a statement naming no doer: who acts?
        ("返品時の送料は、ご負担になります。", "返品時の送料は、負担します。", False),
        ("予約を取り消された場合は、全額を返金いたします。", "予約を取り消した場合は、全額を返金いたします。", False),
        ("お客様のお入りになる部屋です。", "お客様の入る部屋です。", True),
        # 中 of a change of state: under way, or (ている) reached
        ("当院は、駅前に移転中です。", "当院は、駅前に移転しております。", False),
        ("当店では、新商品を販売中です。", "当店では、新商品を販売しております。", True),
        # につきましては → は after a body that may act
        ("新しい管理会社につきましては、改めてご案内いたします。", "新しい管理会社は、改めてご案内いたします。", False),
        ("詳細につきましては、改めてご案内いたします。", "詳細は、改めてご案内いたします。", True),
        # (build13) a range before となっております is no start of the state; cushions
        ("投票時間は午前7時から午後8時までです。", "投票時間は午前7時から午後8時までとなっております。", True),
        ("4月から有料です。", "4月から有料となっております。", False),
        ("誠に勝手ながら、3月9日は運休いたします。", "3月9日は運休いたします。", True),
        ("炊事場は使用後に清掃してください。", "ご面倒ですが、炊事場は使用後に清掃してください。", True),
        # two topics of people still trade no places (red team 45)
        (
            "障がい者手帳をお持ちの方は、介助者は1名まで無料です。",
            "介助者は、障がい者手帳をお持ちの方は1名まで無料です。",
            False,
        ),
    ],
)
def test_readings_of_the_round(old, new, right) -> None:
    assert reused(old, new) == right


def _cases(name: str) -> list[dict]:
    return yamlio.parse_config((SAFETY / name).read_bytes(), name).data


BUILD_SETS = _cases("build12.yaml") + _cases("build13.yaml")
# The same-meaning edits of the round's build sets still blocked. build12: 002 持ってきて → お持ち ("bring" or
# "take"), 006 運転 → 運行, 007 紛失 → なくす, 009 キャンセル → 取り消す (pairs no resource shows alike with the
# English), 014 してもらって → ご記入いただいて (the act said once, by its noun), 015 相談 → ご相談 (whose: the English
# says no "your"), 026 and 028 phrases moved where the clause is cut at a bracket or 実施 takes its object
# (総合防災訓練を…実施), 052 承ります → 承っております (ahead, or under way). build13: 010 放置しないで →
# 置いたままにしないで (a paraphrase), 013 予約 → ご予約 (whose), 029 a list of a counted item reordered (写真一枚), 041
# 。ただし、→ が、 (the limit's conjunction dropped in the join), 042 です。→ で、 (the copula's continuative, a
# particle's spelling too), 053 訪問します → 訪問しております (a plain, not humble, non-past), 057 ただいま dropped
# inside the clause.
STILL_BLOCKED = {
    *(f"b12-{n:03}" for n in (2, 6, 7, 9, 14, 15, 26, 28, 52)),
    *(f"b13-{n:03}" for n in (10, 13, 29, 41, 42, 53, 57)),
}
# Its writers' English is right, both sides, but b12-068's old English, which adds a stage number ("The stage 1
# driving test") the source does not write: left to the override.
OLD_ENGLISH_REFUSED = {"b12-068"}


@pytest.mark.parametrize("case", BUILD_SETS, ids=[case["id"] for case in BUILD_SETS])
def test_the_build_sets_meaning_changes_are_blocked_and_same_meaning_edits_offered(case) -> None:
    decision = decide(case["old"], case["old_en"], case["new"])
    if case["kind"] == "meaning":
        assert decision.kind in FLIP_KINDS or decision.translation == case["new_en"], (case["note"], decision)
    else:
        assert (decision.kind in FLIP_KINDS) == (case["id"] in STILL_BLOCKED), (case["note"], decision)
    assert bool(check_unit(case["old"], case["old_en"], Glossary({}, ()))) == (case["id"] in OLD_ENGLISH_REFUSED)
    assert not check_unit(case["new"], case["new_en"], Glossary({}, ()))
