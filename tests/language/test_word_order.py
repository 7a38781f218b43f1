"""Issue 21, eleventh round: an edit that only moves phrases keeps the meaning (language/evidence.py
``_in_old_order``): the same phrases, with the same content, the same roles and the same polarity.

A time said bare before its predicate (本日, 毎朝, 来週) is a phrase of its own, which may move within its
clause; a phrase whose particles changed is found by what it says, and the particles are then judged as
ever. The edits beside each, which move a time to another clause or into a noun, move a limit or a
negation's scope, or exchange who acts, must stay blocked.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.language import evidence
from kokuchi.language.evidence import CHANGE, compare
from kokuchi.language.morphology import analyze

RICE = "精米したてのお米を、店頭で毎朝販売しております。"
REPORTS = "起案者からの活動報告は、マイページでご確認いただけます。"
RODS = "釣り竿とリールは、ご希望の方に無料で貸し出しております。"


@pytest.mark.parametrize(
    "old,new",
    [
        # A time moved to the front, past an object (精米したての: a light verb inside a noun, no clause).
        (RICE, "毎朝、店頭で精米したてのお米を販売しております。"),
        ("店頭で毎朝販売しております。", "毎朝、店頭で販売しております。"),
        ("本日、窓口で受け付けます。", "窓口で本日受け付けます。"),
        ("当日、会場で受け付けます。", "会場で当日受け付けます。"),
        ("来週、全店舗で休業します。", "全店舗で来週休業します。"),
        ("会議室で、本日説明会を開催します。", "本日、会議室で説明会を開催します。"),
        # The topic said as the object, moved after the place (whose で UniDic reads as the copula's).
        (REPORTS, "マイページで、起案者からの活動報告をご確認いただけます。"),
        # The topic said as the object and a に said には, the two phrases exchanged.
        (RODS, "ご希望の方には、釣り竿とリールを無料で貸し出しております。"),
    ],
)
def test_phrases_moved_keep_the_meaning(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # A time moved to another clause, or into a noun it then names (which things, not when).
        ("本日受付し、明日発送します。", "明日受付し、本日発送します。"),
        ("本日受付、明日発送します。", "明日受付、本日発送します。"),
        ("本日受付分は、明日発送します。", "明日受付分は、本日発送します。"),
        ("明日届いた荷物を発送します。", "届いた荷物を明日発送します。"),
        ("本日ご予約の方に、明日ご連絡します。", "明日ご予約の方に、本日ご連絡します。"),
        ("毎朝焼いたパンを、店頭で販売します。", "焼いたパンを、店頭で毎朝販売します。"),
        ("店頭で、焼いたパンを毎朝販売します。", "毎朝、店頭で焼いたパンを販売します。"),
        ("土曜日は営業し、日曜日は休業します。", "日曜日は営業し、土曜日は休業します。"),
        # A modifier moved to another noun.
        ("新しい店舗の商品を毎朝販売しております。", "店舗の新しい商品を毎朝販売しております。"),
        # A limit moved to another phrase.
        ("店頭でだけ毎朝販売しております。", "毎朝だけ店頭で販売しております。"),
        ("店頭で毎朝だけ販売しております。", "毎朝店頭でだけ販売しております。"),
        (RODS, "ご希望の方にだけ、釣り竿とリールを無料で貸し出しております。"),
        # The は that limits a negation moved to another phrase ("not at the store" / "not every morning").
        ("毎朝、店頭では販売しておりません。", "店頭で、毎朝は販売しておりません。"),
        ("店頭では、毎朝販売しておりません。", "毎朝は、店頭で販売しておりません。"),
        ("会議室では、本日説明会を開催しません。", "本日は、会議室で説明会を開催しません。"),
        # The polarity, the time or a word changed with the move.
        ("店頭で毎朝販売しております。", "毎朝、店頭で販売しておりません。"),
        ("店頭で毎朝販売しております。", "毎晩、店頭で販売しております。"),
        ("店頭で毎朝販売しております。", "毎朝、店頭でのみ販売しております。"),
        (REPORTS, "マイページで、起案者への活動報告をご確認いただけます。"),
        ("活動報告は、マイページでご確認いただけません。", "マイページで、活動報告をご確認いただけます。"),
        (RODS, "ご希望の方には、釣り竿とリールを有料で貸し出しております。"),
        (RODS, "ご希望の方に、釣り竿とリールは無料で貸し出しておりません。"),
        # A changed particle that changes who acts, or what is given to whom.
        ("係員がお客様をご案内します。", "お客様が係員をご案内します。"),
        ("当社がお客様を毎朝ご案内します。", "毎朝、お客様が当社をご案内します。"),
        ("当社がお客様を、本日ご案内します。", "本日、お客様が当社をご案内します。"),
        ("係員がお客様にご連絡します。", "お客様が係員にご連絡します。"),
        ("田中様に、山田様からご連絡します。", "田中様から、山田様にご連絡します。"),
        (RODS, "ご希望の方は、釣り竿とリールを無料で貸し出しております。"),
        # Particles exchanged between two phrases, each keeping its words.
        (
            "保安検査場では、パスポートと搭乗券をご用意ください。",
            "パスポートと搭乗券では、保安検査場をご用意ください。",
        ),
        ("受付に、係員が書類をお持ちします。", "書類に、係員が受付をお持ちします。"),
    ],
)
def test_the_edits_beside_a_move_stay_blocked(old: str, new: str) -> None:
    assert not reused(old, new)


def _phrases(text: str) -> list[str]:
    morphs = analyze(text)
    assert morphs is not None
    dropped: set[int] = set()
    keyed = evidence._keyed(morphs, evidence.default_lexicon(), dropped)
    return [
        "".join(m.text for _, span in keyed[p.start : p.end] for m in span if m.text != "、")
        for p in evidence._phrases(keyed, dropped)
    ]


def test_a_time_before_its_predicate_is_a_phrase_of_its_own() -> None:
    assert _phrases("店頭で毎朝販売しております。") == ["店頭で", "毎朝", "販売しております。"]
    assert _phrases("全店舗で来週休業します。") == ["全店舗で", "来週", "休業します。"]
    # Before a noun it names the noun (本日受付分: the things taken today); before a noun with no predicate
    # (本日受付、) it stays with it.
    assert _phrases("本日受付分は、明日発送します。")[0] == "本日受付分は"
    assert _phrases("本日受付、明日発送します。")[0] == "本日受付"
    # A date is a time; a number that counts (3名) is none.
    assert _phrases("5月1日開店します。") == ["5月1日", "開店します。"]
    assert _phrases("3名受け付けます。") == ["3名受け付けます。"]


def test_a_light_verb_before_a_nominal_suffix_is_inside_a_noun() -> None:
    morphs = analyze("精米したてのお米を販売します。")
    assert morphs is not None
    dropped: set[int] = set()
    keyed = evidence._keyed(morphs, evidence.default_lexicon(), dropped)
    first = evidence._phrases(keyed, dropped)[0]
    assert not first.bound  # 精米したての: a noun's modifier, not a clause's head


def test_a_particle_changed_is_still_judged() -> None:
    # Matched by what it says, the phrase's particles are compared as ever: に said から is a change.
    verdict = compare("書類は、受付にご提出ください。", "受付から、書類をご提出ください。")
    assert verdict.kind == CHANGE
