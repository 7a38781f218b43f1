"""Round 14, matcher14: a short message reworded around its words is an edit of the old one (matcher._lemmas_edit).

The characters of a heavy rewording score low (遠慮ください → お断りしております, 飲食 → 飲んだり食べたり), and
no earlier measure finds its origin; the bag of its content words (UniDic lemmas without okurigana, without the
nouns that only frame a clause, compounds said in their parts) does. What must stay no edit: a message of the
same phrases about another subject (its rarest word swapped, several words replaced), one as near to two old
messages, a long one, and any without the analyzer.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog import matcher
from kokuchi.catalog.matcher import DEFAULT_SIMILARITY, RELATED_SIMILARITY, FuzzyIndex

OLD = [
    "館内での携帯電話による通話はご遠慮ください。",
    "駐輪場は、午後9時に閉鎖いたします。",
    "会員証を紛失された場合は、速やかに窓口へお申し出ください。",
    "展示室内での飲食はご遠慮ください。",
    "ご予約の変更は、前日までにお問い合わせください。",
    "貸出中の資料は、予約することができます。",
    "雨天の場合、屋外プールは休業となります。",
    "館内では、係員の指示に従ってください。",
    "お荷物は、コインロッカーをご利用ください。",
    "ペットを連れてのご入園はご遠慮ください。",
    "整理券は、開演の1時間前から配布いたします。",
    "作品には手を触れないでください。",
    "降車の際は、足元にご注意ください。",
    "車内での飲酒はご遠慮ください。",
]

REWORDED = [  # (old, new): a library, a zoo, a gym, a train, a museum, a hall
    ("館内での携帯電話による通話はご遠慮ください。", "館内で携帯電話を使って通話するのはお控えください。"),
    ("ペットを連れてのご入園はご遠慮ください。", "ペットを連れての入園は、お断りしております。"),
    (
        "会員証を紛失された場合は、速やかに窓口へお申し出ください。",
        "会員証を紛失された際は、すぐに窓口までお申し出下さい。",
    ),
    ("車内での飲酒はご遠慮ください。", "車内でお酒を飲むことはご遠慮願います。"),
    ("作品には手を触れないでください。", "作品に触れることは、お控えください。"),
    ("館内では、係員の指示に従ってください。", "係員が指示した際は、それに従うようお願いします。"),
]


def without_the_stage(monkeypatch: pytest.MonkeyPatch) -> FuzzyIndex:
    index = FuzzyIndex(OLD, RELATED_SIMILARITY)
    monkeypatch.setattr(index, "_lemmas_edit", lambda folded, candidates: None)
    return index


@pytest.mark.parametrize(("old", "new"), REWORDED)
def test_a_short_message_reworded_around_its_words_finds_its_origin(old, new, monkeypatch):
    found = FuzzyIndex(OLD, RELATED_SIMILARITY).best(new)
    assert found is not None and found[0] == old and found[1] >= DEFAULT_SIMILARITY, new
    # No earlier measure makes it an edit: at most related, which a merge suggests only on the guard's proof.
    before = without_the_stage(monkeypatch).best(new)
    assert before is None or before[1] < DEFAULT_SIMILARITY, new


@pytest.mark.parametrize(
    "new",
    [
        "駐車場の閉鎖は午後9時となります。",  # the rarest word of both swapped: the car park, not the bicycles'
        "会員証を汚された場合は、係員へお申し出ください。",  # soiled, not lost, and told to another
        "展示室内で走ったり騒いだりすることはご遠慮ください。",  # running, not eating
        "車内での喫煙はご遠慮ください。",  # smoking, not drinking
    ],
)
def test_another_subject_in_the_same_phrases_is_no_edit_by_its_words(new):
    found = FuzzyIndex(OLD, RELATED_SIMILARITY).best(new)
    assert found is None or found[1] < DEFAULT_SIMILARITY, (new, found)


def test_a_message_as_near_to_two_old_ones_is_an_edit_of_neither():
    """The next candidate keeps as much of the words: neither is singled out (館内 / 場内)."""
    index = FuzzyIndex(["館内では、係員の指示に従ってください。", "場内では、係員の指示に従ってください。"])
    new = matcher._fold("係員が指示した際は、それに従うようお願いします。")
    assert index._lemmas_edit(new, index.candidates(new)) is None
    alone = FuzzyIndex(["館内では、係員の指示に従ってください。", "貸出中の資料は、予約することができます。"])
    assert alone._lemmas_edit(new, alone.candidates(new)) is not None


def test_a_long_message_is_not_compared_by_its_words():
    """Its words are a small part of it each: the same rewording after a long shared opening is not told by them."""
    old, new = REWORDED[0]
    opening = "西館3階の閲覧室および東館2階の学習室をご利用の皆様へ、"
    index = FuzzyIndex([opening + old, *OLD[1:]])
    folded = matcher._fold(opening + new)
    assert len(matcher._content_characters(folded)) > matcher.LEMMAS_SHORT
    assert index._lemmas_edit(folded, index.candidates(folded)) is None
    short = FuzzyIndex(OLD)
    folded = matcher._fold(new)
    assert short._lemmas_edit(folded, short.candidates(folded)) == (old, DEFAULT_SIMILARITY)


def test_without_the_analyzer_no_short_message_is_told_by_its_words(monkeypatch):
    from kokuchi.language import tokens

    monkeypatch.setattr(tokens, "tagger", lambda: None)
    index = FuzzyIndex(OLD, RELATED_SIMILARITY)
    for _, new in REWORDED:
        found = index.best(new)
        assert found is None or found[1] < DEFAULT_SIMILARITY, new


def bag(text: str) -> dict[str, float]:
    index = FuzzyIndex(OLD)
    key = index._key(matcher._fold(text))
    assert key is not None
    return key.bag()


def test_a_lemma_is_compared_without_its_okurigana():
    assert matcher._skeleton("問い合わせる") == matcher._skeleton("問い合わせ") == "問合"
    assert matcher._skeleton("申し込み") == "申込"
    assert matcher._skeleton("いる") == "いる"  # no kanji: the lemma itself
    assert "問合" in bag("店舗へ直接お問い合わせください。") and "問合" in bag("店舗へ直接お問合せ下さい。")


def test_nouns_that_frame_a_clause_are_left_out_of_the_bag_and_things_in_kana_are_not():
    assert set(bag("充電中は、車両から離れないでください。")) == set(
        bag("充電している間は、車両から離れないでください。")
    )
    assert "事" not in bag("録音することはご遠慮ください。")
    assert "椅子" in bag("机といすを元に戻してください。")  # いす names a thing: its lemma is two kanji
    assert "当日" in bag("当日の正午にお知らせします。")  # a noun of time in two kanji is content


def test_a_compound_is_kept_in_its_parts_and_only_in_all_of_them():
    drink = {"飲酒": 1.0, "遠慮": 1.0}
    said = {"酒": 1.0, "飲": 1.0, "遠慮": 1.0}
    assert matcher._bag_kept(drink, said) == {"飲酒", "遠慮"}
    assert matcher._bag_kept(said, drink) == {"酒", "飲", "遠慮"}
    half = {"酒": 1.0, "遠慮": 1.0}  # the drink without the drinking: 飲酒 is not said
    assert matcher._bag_kept(drink, half) == {"遠慮"}
    assert matcher._bag_kept(half, drink) == {"遠慮"}


def test_a_short_rewording_sharing_no_two_characters_in_a_row_is_found_by_its_characters(monkeypatch):
    """犬の散歩は、公園内では → 公園の中で犬を散歩させる: no 5-gram and one content trigram in common; the short
    old messages sharing the most of its characters are looked at too."""
    old, new = "犬の散歩は、公園内ではご遠慮ください。", "公園の中で犬を散歩させるのはお控えください。"
    index = FuzzyIndex([*OLD, old], RELATED_SIMILARITY)
    assert index.best(new) == (old, DEFAULT_SIMILARITY)
    blind = FuzzyIndex([*OLD, old], RELATED_SIMILARITY)
    monkeypatch.setattr(blind, "_sharing_characters", lambda content: [])
    assert blind.best(new) is None
