"""Issue 21, eighth round: proofs of the same meaning found from the misses of the read sets.

Each proof is tested with the edits beside it that say something else: those must stay blocked.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# "Before an action": a verb + 前 and a suru-noun + 前 (使用前, 使用する前, ご使用になる前) are one
# "before N" when the verb and the noun are shown the same word.


@pytest.mark.parametrize(
    "old,new",
    [
        # A verb + 前 said as its noun + する + 前 (混み合う / 混雑する: shown the same by both resources).
        ("混み合う前に、お早めにご予約ください。", "混雑する前に、お早めにご予約ください。"),
        # お + the verb's stem + になる + 前 said as ご + its noun + 前.
        ("本製品をお使いになる前に、説明書をお読みください。", "本製品のご使用前に、説明書をお読みください。"),
        ("ご使用前に、説明書をお読みください。", "使う前に、説明書をお読みください。"),
        ("作業を始める前に、必ず手を洗ってください。", "作業を開始する前に、必ず手を洗ってください。"),
        # The verb's stem said as its honorific noun before 前 is the same verb's "before" (as it was read before).
        ("商品のお受け取り前に、内容をご確認ください。", "商品を受け取る前に、内容をご確認ください。"),
        ("お使い前に説明書をお読みください。", "使う前に説明書をお読みください。"),
        ("お受け取りの前に、内容をご確認ください。", "受け取る前に、内容をご確認ください。"),
    ],
)
def test_before_an_action_said_as_a_verb_or_its_noun(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # Before is not after, nor during.
        ("混み合う前に、お早めにご予約ください。", "混雑した後に、お早めにご予約ください。"),
        ("混み合う前に、お早めにご予約ください。", "混み合った後に、お早めにご予約ください。"),
        ("ご使用前に、説明書をお読みください。", "お使いになった後に、説明書をお読みください。"),
        ("ご使用前に、説明書をお読みください。", "ご使用中に、説明書をお読みください。"),
        ("ご使用前に、説明書をお読みください。", "使った後に、説明書をお読みください。"),
        # Another action: the words are not shown the same.
        ("作業を始める前に、必ず手を洗ってください。", "作業を終える前に、必ず手を洗ってください。"),
        ("作業を始める前に、必ず手を洗ってください。", "作業を終了する前に、必ず手を洗ってください。"),
        ("出発する前に、お手洗いをお済ませください。", "到着する前に、お手洗いをお済ませください。"),
        ("ご出発前に、お手洗いをお済ませください。", "到着する前に、お手洗いをお済ませください。"),
        ("お使い前に説明書をお読みください。", "お使い後に説明書をお読みください。"),
        ("お使いの前に説明書をお読みください。", "お使いの後に説明書をお読みください。"),
        # A negation, or the verb in another tense, is no "before".
        ("ご使用前に、説明書をお読みください。", "使わない時に、説明書をお読みください。"),
        # A verb and a noun of another action that share a kanji (入る / 入金).
        ("お店に入る前に、マスクをお着けください。", "ご入金前に、マスクをお着けください。"),
    ],
)
def test_before_an_action_siblings_stay_blocked(old: str, new: str) -> None:
    assert not reused(old, new)


# "For": the suffix 用 inside a noun compound (室内用シューズ, 冬用タイヤ: UniDic reads 冬用 as one word) says
# what the compound without it says (室内シューズ, 冬タイヤ); only between two nouns.


@pytest.mark.parametrize(
    "old,new",
    [
        ("室内シューズに履き替えてから、お入りください。", "室内用シューズに履き替えてから、お入りください。"),
        ("冬用タイヤへの交換は、お早めにご予約ください。", "冬タイヤへの交換は、お早めにご予約ください。"),
        ("男性用トイレは2階にございます。", "男性トイレは2階にございます。"),
    ],
)
def test_for_inside_a_compound(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # Not inside a compound: "is for indoors" is not "is indoors"; "a children's bicycle" is not "the child's".
        ("このシューズは室内用です。", "このシューズは室内です。"),
        ("子供用の自転車を販売しております。", "子供の自転車を販売しております。"),
        # Another word: "exclusively for members", another place, another season.
        ("会員用駐車場をご利用ください。", "会員専用駐車場をご利用ください。"),
        ("室内用シューズに履き替えてください。", "屋外用シューズに履き替えてください。"),
        ("室内用シューズに履き替えてください。", "屋外シューズに履き替えてください。"),
        ("冬用タイヤへの交換は、お早めにご予約ください。", "夏タイヤへの交換は、お早めにご予約ください。"),
        ("冬用タイヤへの交換は、お早めにご予約ください。", "夏用タイヤへの交換は、お早めにご予約ください。"),
    ],
)
def test_for_inside_a_compound_siblings_stay_blocked(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # A particle where 用 was: "bicycles for children" is not "the child's bicycle".
        ("子供用自転車を販売しております。", "子供の自転車を販売しております。"),
        ("室内用シューズをご持参ください。", "室内のシューズをご持参ください。"),
    ],
)
def test_for_said_with_a_particle_stays_blocked(old: str, new: str) -> None:
    assert not reused(old, new)


# An action's noun said as its verb with れる before an occasion (キャンセルされる場合), where the other text
# says the noun with の (キャンセルの場合): the noun names no actor and no voice, and each reading of the verb
# (respect: "if you cancel"; passive: "if it is cancelled") is one of the noun's. Only with no other word in
# the clause: with an object, the passive may make the reader suffer the act (料金を請求される場合, "if you are
# charged"), which 料金をご請求の場合 never says.


@pytest.mark.parametrize(
    "old,new",
    [
        ("キャンセルの場合は、3日前までにご連絡下さい。", "キャンセルされる場合は、3日前までにご連絡ください。"),
        ("退去の際は、1か月前までに書面でお知らせください。", "退去される時は、1か月前までに書面でお知らせください。"),
        ("ご退会の際は、受付にお申し出ください。", "退会される際は、受付にお申し出ください。"),
        ("キャンセルされる場合は、3日前までにご連絡ください。", "キャンセルの場合は、3日前までにご連絡ください。"),
        # A godan verb's stem after お, and the verb with れる.
        ("お申し込みの際は、身分証をご提示ください。", "申し込まれる際は、身分証をご提示ください。"),
    ],
)
def test_a_noun_of_occasion_said_as_its_verb(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # An object, a subject or an agent in the clause: the passive says another thing.
        ("料金のご請求の際は、受付にお申し出ください。", "料金を請求される際は、受付にお申し出ください。"),
        ("ご請求の際は、受付にお申し出ください。", "料金を請求される際は、受付にお申し出ください。"),
        (
            "キャンセルの場合は、3日前までにご連絡ください。",
            "予約がキャンセルされる場合は、3日前までにご連絡ください。",
        ),
        (
            "キャンセルの場合は、3日前までにご連絡ください。",
            "教室にキャンセルされる場合は、3日前までにご連絡ください。",
        ),
        # Another tense, a negation, a causative, another action.
        ("キャンセルの場合は、3日前までにご連絡ください。", "キャンセルされた場合は、3日前までにご連絡ください。"),
        ("キャンセルの場合は、3日前までにご連絡ください。", "キャンセルされない場合は、3日前までにご連絡ください。"),
        ("キャンセルの場合は、3日前までにご連絡ください。", "キャンセルさせる場合は、3日前までにご連絡ください。"),
        ("キャンセルの場合は、3日前までにご連絡ください。", "変更される場合は、3日前までにご連絡ください。"),
        ("お申し込みの際は、身分証をご提示ください。", "申し込まれた際は、身分証をご提示ください。"),
        ("お申し込みの際は、身分証をご提示ください。", "申し込ませる際は、身分証をご提示ください。"),
        ("お申し込みの際は、身分証をご提示ください。", "書類を申し込まれる際は、身分証をご提示ください。"),
        # られる may say "can" (来られる場合: "if you can come").
        ("ご来場の際は、受付にお申し出ください。", "来られる際は、受付にお申し出ください。"),
        ("お受け取りの際は、受付にお申し出ください。", "受け取れる際は、受付にお申し出ください。"),
        # A person, not an occasion.
        ("キャンセルの場合は、3日前までにご連絡ください。", "キャンセルされる方は、3日前までにご連絡ください。"),
    ],
)
def test_a_noun_of_occasion_said_as_its_verb_siblings_stay_blocked(old: str, new: str) -> None:
    assert not reused(old, new)


def test_a_word_ending_in_yo_that_jmdict_knows_is_no_for() -> None:
    """専用, 利用, 信用 are words of their own (JMdict), not a noun + 用: the noun before 用 is no proof there."""
    from kokuchi.language.morphology import analyze
    from kokuchi.language.synonyms import made_for

    for text in ("専用駐車場", "利用料金", "信用金庫"):
        assert made_for(analyze(text), 0) is None
    (winter, tire) = analyze("冬用タイヤ")
    assert made_for((winter, tire), 0) is not None


# The old text's れる (respect or passive) said by the new text as the plain active (キャンセルされる場合 →
# キャンセルする場合): the active is the respect reading, one of the old text's; the old English says which the
# translator read, and a passive there blocks (catalog/suggest.py). Only that way round: an active made れる may
# name another actor (キャンセルした場合 → キャンセルされた場合, "if it was cancelled").


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        (
            "キャンセルされる場合は、前日までにお電話でご連絡ください。",
            "キャンセルする場合は、前日までに電話でご連絡下さい。",
            "If you need to cancel, please call us by the day before.",
        ),
        (
            "図書館カードを紛失された場合は、カウンターまでお申し出ください。",
            "図書館カードを紛失した場合は、カウンターまで申し出てください。",
            "If you have lost your library card, please notify the service counter.",
        ),
        (
            "申し込まれる際は、身分証をご提示ください。",
            "申し込む際は、身分証をご提示ください。",
            "When applying, show ID.",
        ),
    ],
)
def test_respect_or_passive_said_as_the_active(old: str, new: str, old_en: str) -> None:
    assert reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        # The other way round: the active made れる.
        (
            "キャンセルする場合は、前日までにご連絡ください。",
            "キャンセルされる場合は、前日までにご連絡ください。",
            "If you cancel, please contact us by the day before.",
        ),
        (
            "カードを紛失した場合は、直ちにご連絡ください。",
            "カードを紛失された場合は、直ちにご連絡ください。",
            "If you have lost your card, contact us immediately.",
        ),
        # The old English read the passive.
        (
            "カードを盗まれた場合は、直ちにご連絡ください。",
            "カードを盗んだ場合は、直ちにご連絡ください。",
            "If your card is stolen, contact us immediately.",
        ),
        (
            "キャンセルされた場合は、前日までにご連絡ください。",
            "キャンセルした場合は、前日までにご連絡ください。",
            "If the lesson is cancelled, we will contact you by the day before.",
        ),
        # A subject or an agent in the clause, another tense, a causative.
        (
            "予約がキャンセルされた場合は、ご連絡ください。",
            "予約がキャンセルした場合は、ご連絡ください。",
            "If the booking is cancelled, contact us.",
        ),
        (
            "係員に確認された場合は、ご連絡ください。",
            "係員に確認した場合は、ご連絡ください。",
            "If checked by staff, contact us.",
        ),
        (
            "キャンセルされる場合は、前日までにご連絡ください。",
            "キャンセルした場合は、前日までにご連絡ください。",
            "If you need to cancel, contact us by the day before.",
        ),
        (
            "キャンセルされる場合は、前日までにご連絡ください。",
            "キャンセルさせる場合は、前日までにご連絡ください。",
            "If you need to cancel, contact us by the day before.",
        ),
    ],
)
def test_respect_or_passive_said_as_the_active_siblings_stay_blocked(old: str, new: str, old_en: str) -> None:
    assert not reused(old, new, old_en)


def test_an_active_with_a_named_subject_is_no_proof() -> None:
    """お客様が入力された場合 may be "if we entered it for you" (no passive in the English); お客様が入力した場合 not."""
    assert not reused(
        "お客様が入力された場合は、ご連絡ください。",
        "お客様が入力した場合は、ご連絡ください。",
        "If we have entered it for you, please contact us.",
    )
