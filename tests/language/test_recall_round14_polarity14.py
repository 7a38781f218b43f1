"""Issue 21, fourteenth round (polarity14): no false flip where both texts say "not" in other words.

A flip is a change of polarity; it is read by counting what says "not" (language/flips.py, and
polarity.said_not for the whole texts). Words that say "no" without a negation are counted as one: a refusal
or a prohibition (お断り, 禁止: flips.REFUSALS) as いたしかねます and 認められません, "please do not" said
with ご遠慮 / お控え as with しないでください, 無くなる as 売り切れ, a noun negated by its first character
(不良, 不在) as すぐれない and いただかなくても. A clause moved (its words said in the other side's changed
clauses) is read with them. These edits are no longer flips; they may still be changes. Real flips stay flips.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import decide
from kokuchi.language.flips import find_flip
from kokuchi.language.morphology import analyze
from kokuchi.language.polarity import said_not


@pytest.mark.parametrize(
    "old,new",
    [
        # a refusal against the polite impossibility and a negation
        ("未成年の方へのお酒の販売はお断りしております。", "未成年の方へのお酒の販売はいたしかねます。"),
        ("当日の予約変更はお断りしております。", "当日の予約変更はお受けできません。"),
        # a prohibition against a negation, a request not to
        ("館内での撮影は禁止です。", "館内では撮影できません。"),
        ("施設内での喫煙は、いかなる場合も認められません。", "施設内での喫煙は、禁止とさせていただきます。"),
        ("プールサイドを走らないでください。", "プールサイドを走ることは禁止です。"),
        ("図書館内での飲食は禁止です。", "図書館内での飲食はご遠慮ください。"),
        # a request not to, with a comma before お願い, against ないでください
        ("ベビーカーを通路に置かないよう、お願いいたします。", "通路には、ベビーカーを置かないでください。"),
        # a noun negated by its first character against a negation
        ("機器の不良の際は、窓口までお持ちください。", "機器の調子がよくない時は、窓口までお持ちください。"),
        ("配達時にご不在でも問題ございません。", "配達時にご在宅いただかなくても構いません。"),
        # 無くなる against 売り切れ
        ("限定パンは、なくなり次第終了です。", "限定パンは、売り切れ次第終了です。"),
        # a clause moved, its negation with it
        ("駐車場は、予約がない日でもご利用になれます。", "予約のない日にも、駐車場をご利用いただけます。"),
    ],
)
def test_the_same_not_said_otherwise_is_no_flip(old: str, new: str) -> None:
    assert find_flip(old, new) is None
    assert decide(old, "The English.", new).kind != "flip"


@pytest.mark.parametrize(
    "old,new",
    [
        # the refusal or the prohibition lifted
        ("未成年の方へのお酒の販売はお断りしております。", "未成年の方へのお酒の販売も承っております。"),
        ("館内での撮影は禁止です。", "館内での撮影は可能です。"),
        ("館内での撮影は禁止です。", "館内での撮影は禁止ではありません。"),
        ("図書館内での飲食はご遠慮ください。", "図書館内での飲食をお楽しみください。"),
        ("プールサイドを走らないでください。", "プールサイドを走ってください。"),
        # a prohibition said with the negation doubled
        ("当日の予約変更はお断りしております。", "当日の予約変更はお断りしておりません。"),
        # the noun negated against the plain one
        ("配達時にご不在でも問題ございません。", "配達時にご在宅でも問題ございません。"),
        # a moved clause that says the opposite, or another word
        ("駐車場は、予約がない日でもご利用になれます。", "予約のある日にも、駐車場をご利用いただけます。"),
        ("駐車場は、予約がない日でもご利用になれます。", "予約のない日には、駐車場をご利用いただけません。"),
    ],
)
def test_the_opposite_stays_blocked(old: str, new: str) -> None:
    assert decide(old, "The English.", new).kind in ("flip", "change")


@pytest.mark.parametrize(
    "old,new",
    [
        ("未成年の方へのお酒の販売はお断りしております。", "未成年の方へのお酒の販売も承っております。"),
        ("館内での撮影は禁止です。", "館内での撮影は禁止ではありません。"),
        ("プールサイドを走らないでください。", "プールサイドを走ってください。"),
        ("駐車場は、予約がない日でもご利用になれます。", "予約のない日には、駐車場をご利用いただけません。"),
        # "do not" against leave granted: 〜て構いません, 〜でも問題ございません say "you may"
        ("ロビーでは大きな声で話さないでください。", "ロビーでは大きな声で話していただいて構いません。"),
        ("会場内に飲み物を持ち込まないでください。", "会場内に飲み物を持ち込んでも差し支えありません。"),
        ("手術の前日の飲酒はお控えください。", "手術の前日の飲酒は問題ございません。"),
    ],
)
def test_a_real_flip_is_still_a_flip(old: str, new: str) -> None:
    assert decide(old, "The English.", new).kind == "flip"


def test_said_not_counts_the_words_that_say_no() -> None:
    def count(text: str) -> int:
        return len(said_not(analyze(text) or ()))

    assert count("入場はお断りしております。") == 1
    assert count("入場は禁止です。") == 1
    assert count("ご遠慮ください。") == 1
    assert count("おやめください。") == 1
    assert count("しないでください。") == 1
    assert count("なくなり次第終了です。") == 1
    # stopping the engine is no "please do not"; ご遠慮なく says "feel free"
    assert count("エンジンを止めてください。") == 0
    assert count("ご遠慮なくお申し付けください。") == 0  # (its なく is the adverb's: flips.in_an_adverb)


def test_leave_granted_is_no_negation_for_the_flip_finder() -> None:
    # 〜て構いません says "you may": against いただけます no flip, against しないでください one
    assert find_flip("お持ち込みいただいて構いません。", "お持ち込みいただけます。") is None
    assert find_flip("手ぶらでもご参加いただけます。", "手ぶらでも問題ございません。") is None
    assert find_flip("写真は撮らないでください。", "写真は撮っていただいて構いません。") is not None


@pytest.mark.parametrize(
    "old,new",
    [
        # "no problem" of something, and leave taken back: the negation counts (no proof of the same words)
        ("動作に問題はございません。", "動作に問題がございます。"),
        ("手ぶらでも問題ございません。", "手ぶらでも問題がございます。"),
        ("お持ち込みいただいて構いません。", "お持ち込みいただいて構います。"),
        ("撮影していただいても差し支えありません。", "撮影していただいても差し支えがございます。"),
    ],
)
def test_leave_taken_back_is_still_blocked(old: str, new: str) -> None:
    assert decide(old, "The English.", new).kind in ("flip", "change")


@pytest.mark.parametrize(
    "old,new",
    [
        ("受付が混み合わないよう、ご協力をお願いいたします。", "スムーズな受付へのご協力をお願いいたします。"),
        ("開演に遅れないようお早めにお越しください。", "開演前の着席のため、お早めにお越しください。"),
    ],
)
def test_a_purpose_of_a_verb_the_other_text_never_says_is_no_flip(old: str, new: str) -> None:
    assert find_flip(old, new) is None
    assert decide(old, "The English.", new).kind == "change"


@pytest.mark.parametrize(
    "old,new",
    [
        # the same verb, the purpose reversed
        ("受付が混み合わないよう、ご協力をお願いいたします。", "受付が混み合うよう、ご協力をお願いいたします。"),
        ("列車の発車が遅れないよう、お早めにご乗車ください。", "列車の発車が遅れるよう、お早めにご乗車ください。"),
        # another verb, but a purpose said with よう: reversed
        ("受付が混み合わないよう、ご協力をお願いいたします。", "受付が混雑するようにご協力をお願いいたします。"),
        # a request not to (よう + お願い, ようにしてください) is no purpose: it reverses
        ("ベビーカーを通路に置かないよう、お願いいたします。", "ベビーカーは通路に置いてください。"),
        ("展示物に触れないようにしてください。", "展示物に触れてください。"),
    ],
)
def test_a_purpose_reversed_is_still_a_flip(old: str, new: str) -> None:
    assert decide(old, "The English.", new).kind == "flip"
