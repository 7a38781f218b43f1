"""Issue 21, thirteenth round (rec13d): 〜ないようにしてください is "please do not", as 〜ないでください is.

立たないでください / 立たないようにしてください: the verb negated, then よう + に + して + ください, a request that the
reader see to it that they do not (UniDic: 様 the auxiliary's stem, 為る in its connective form, 下さる). It joins
〜ないでください and 〜ないようお願いします in the group of ご遠慮ください. The affirmative (走るようにしてください),
a statement of what we do (走らないようにしております), another actor named (お子様が), another verb, object,
place or time stay changes.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import decide
from kokuchi.language.morphology import analyze
from kokuchi.language.synonyms import asked_not_to


@pytest.mark.parametrize(
    "old,new,english",
    [
        (
            "展示室では作品に触れないでください。",
            "展示室では作品に触れないようにしてください。",
            "Please do not touch the works in the exhibition room.",
        ),
        (
            "エレベーターの扉に寄りかからないでください。",
            "エレベーターの扉に寄りかからないようにしてください。",
            "Please do not lean against the elevator doors.",
        ),
        (
            "診察室では携帯電話を使用しないでください。",
            "診察室では携帯電話を使用しないようにしてください。",
            "Please do not use mobile phones in the consultation room.",
        ),
        # The other way, and against the group of ご遠慮ください.
        (
            "ゴミは川に捨てないようにしてください。",
            "ゴミは川に捨てないでください。",
            "Please do not throw rubbish into the river.",
        ),
        (
            "客室内での喫煙はご遠慮ください。",
            "客室内では喫煙しないようにしてください。",
            "Please refrain from smoking in the guest rooms.",
        ),
    ],
)
def test_not_so_that_please_is_please_do_not(old: str, new: str, english: str) -> None:
    assert reused(old, new, english)


def test_the_request_is_read_as_one_please_not() -> None:
    morphs = analyze("作品に触れないようにしてください。")
    assert [morphs[i].text for i in asked_not_to(morphs)] == ["ない"]
    assert asked_not_to(analyze("作品に触れないようにしております。")) == []


@pytest.mark.parametrize(
    "old,new",
    [
        # The antonym: asked to do it.
        ("展示室では作品に触れないでください。", "展示室では作品に触れるようにしてください。"),
        # What we do, no request.
        ("ロビーでは大声で話さないでください。", "ロビーでは大声で話さないようにしております。"),
        # Another actor: the reader is asked to keep someone else from it.
        ("お子様はプールサイドで走らないでください。", "お子様がプールサイドで走らないようにしてください。"),
        ("プールサイドで走らないでください。", "お子様がプールサイドで走らないようにしてください。"),
        # Another verb, the opposite verb, another object, another place, another time.
        ("夜間は窓を開けないでください。", "夜間は窓を閉めないようにしてください。"),
        ("会場内では写真を撮らないでください。", "会場内では動画を撮らないようにしてください。"),
        ("会場内では写真を撮らないでください。", "ロビーでは写真を撮らないようにしてください。"),
        ("明日は駐車場を使わないでください。", "本日は駐車場を使わないようにしてください。"),
        # The negation on another verb: 忘れない (remember) is not 持参しない.
        ("傘を持参しないでください。", "傘を忘れないようにしてください。"),
    ],
)
def test_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new, "The old translation.")


@pytest.mark.parametrize(
    "old,new,english,expected",
    [
        # A range's lower bound made 1: the noun after the range agrees with its upper bound.
        (
            "1グループの人数は2名から6名までです。",
            "1グループの人数は1名から5名までです。",
            "Each group can have 2 to 6 people.",
            "Each group can have 1 to 5 people.",
        ),
        (
            "貸出は1回につき3冊から10冊までです。",
            "貸出は1回につき1冊から10冊までです。",
            "You can borrow 3 to 10 books at a time.",
            "You can borrow 1 to 10 books at a time.",
        ),
    ],
)
def test_a_ranges_lower_bound_made_one_is_rewritten(old: str, new: str, english: str, expected: str) -> None:
    decision = decide(old, english, new)
    assert decision.kind == "auto"
    assert decision.translation == expected


def test_a_count_of_its_own_made_one_still_agrees() -> None:
    decision = decide("チケットは2枚までです。", "Up to 2 tickets.", "チケットは1枚までです。")
    assert decision.translation != "Up to 1 tickets."
