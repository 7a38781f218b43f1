"""Issue 21, sixteenth round (verbs16): two native verbs headed alike, the old English their witness.

``synonyms._two_verbs_headed_alike`` : two native verbs (UniDic's
動詞-一般, a lemma of kanji and kana) whose first JMdict verb senses have the same head, are both transitive or
both intransitive, and share half of each one's glosses or more, where the old English says that head (使って /
用いて under "Please use": "to use (a thing, method, etc.)", "to use"). Two verbs under other heads (貸す/借りる,
送る/届ける, 着る/履く), a transitive and an intransitive verb (開く/開ける), a third act (借りる for 使う),
an English that says neither verb's head, a negation, and no English at all stay changes.
"""

from __future__ import annotations

import pytest
from guard_cases import reused, word

from kokuchi.language import synonyms
from kokuchi.language.synonyms import translated_as


@pytest.mark.parametrize(
    "old,new,english",
    [
        # workshop: a cart for the tools
        (
            "工具はこちらの台車を使って運んでください。",
            "工具はこちらの台車を用いて運んでください。",
            "Please use this cart to carry the tools.",
        ),
        # laboratory: what the staff do, the other way round
        (
            "この装置を用いて試料を測定します。",
            "この装置を使って試料を測定します。",
            "We use this device to measure the samples.",
        ),
        # polling station: the pen at the booth
        (
            "記載台に備え付けの鉛筆を使ってご記入ください。",
            "記載台に備え付けの鉛筆を用いてご記入ください。",
            "Please use the pencil provided at the booth to fill in the form.",
        ),
        # ward office: the fee (払う "to pay (e.g. money, bill)", 支払う "to pay")
        (
            "手数料は窓口で払ってください。",
            "手数料は窓口で支払ってください。",
            "Please pay the fee at the counter.",
        ),
    ],
)
def test_two_verbs_headed_alike_under_their_head_are_offered(old: str, new: str, english: str) -> None:
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,new,english",
    [
        # library: lend or borrow, two acts
        ("本を一冊貸してください。", "本を一冊借りてください。", "Please lend me one book."),
        # post office: send or deliver (another head)
        ("荷物はこちらから送ってください。", "荷物はこちらから届けてください。", "Please send your parcel from here."),
        # dressing room: 着る and 履く, two ways of wearing ("wear (in modern Japanese, ...)")
        ("上着を着てください。", "上着を履いてください。", "Please wear a jacket."),
        # shop: the shop opens, or someone opens it (intransitive and transitive)
        ("店が開く時間です。", "店を開ける時間です。", "It is time for the shop to open."),
        # meeting room: use, or borrow (a third act)
        ("会議室を使ってください。", "会議室を借りてください。", "Please use the meeting room."),
        # the English says neither verb's head
        (
            "工具はこちらの台車を使って運んでください。",
            "工具はこちらの台車を用いて運んでください。",
            "Please carry the tools on this cart.",
        ),
        # the closest acts the brief's pairs sit next to: write / submit, carry / bring, exchange / return,
        # a change that happens / a change someone makes
        ("申込書にお名前を書いてください。", "申込書にお名前をご提出ください。", "Please write your name on the form."),
        ("会員証を常に携帯してください。", "会員証を常に持参してください。", "Please carry your card at all times."),
        (
            "初期不良の交換は、一週間以内に承ります。",
            "初期不良の返品は、一週間以内に承ります。",
            "We accept exchanges of faulty items within a week.",
        ),
        (
            "症状に変化があれば、お知らせください。",
            "症状に変更があれば、お知らせください。",
            "If anything changes, tell us.",
        ),
        # a negation with the other verb
        ("道具を使ってください。", "道具を用いないでください。", "Please use the tools."),
        ("タオルを使わないでください。", "タオルを用いてください。", "Please do not use the towels."),
    ],
)
def test_other_acts_and_unwitnessed_verbs_stay_changes(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)


def test_the_rule_asks_for_two_native_verbs_and_the_english() -> None:
    use, employ = word("使う"), word("用いる")
    with translated_as("Please use it."):
        assert synonyms._two_verbs_headed_alike(use, employ)
        assert synonyms._two_verbs_headed_alike(employ, use)
        assert not synonyms._two_verbs_headed_alike(use, word("借りる"))  # "to borrow"
        assert not synonyms._two_verbs_headed_alike(word("開く"), word("開ける"))  # intransitive / transitive
    with translated_as("Please employ it."):
        assert not synonyms._two_verbs_headed_alike(use, employ)  # the English says no head of theirs
    assert not synonyms._two_verbs_headed_alike(use, employ)  # outside a decision: no English, no proof


def test_the_first_verb_sense_keeps_its_transitivity_and_drops_an_argument_note() -> None:
    ((head, glosses, transitive),) = synonyms._first_verb_senses(("使う",), frozenset())
    assert head == "use"
    assert {"use", "make use of"} <= glosses
    assert transitive == "transitive"
