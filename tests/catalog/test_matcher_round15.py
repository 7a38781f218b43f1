"""Round 15, matcher15: a short message reworded in other words of the same meaning finds its origin
(matcher._lemmas_edit, the bags of words).

Three readings of the bags, each from an open resource: a native verb and a Sino-Japanese compound of its kanji
are one word (返す and 返却, 扱う and 取扱, 守る and 厳守: the stem kanji, UniDic's lemma with its okurigana); two
words whose first senses JMdict glosses alike are one word (準備 and 用意, 遠慮 and 控える, 処分 and 捨てる); the
verbs of compound particles (について, に関して, による) are no content words. What must stay no edit: another
subject in the same phrases (its rarest word swapped), a message as near to two old ones, words JMdict glosses
with one loose word only (残す and 預ける, "to leave"), and anything without JMdict that needs it.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog import matcher
from kokuchi.catalog.matcher import DEFAULT_SIMILARITY, RELATED_SIMILARITY, FuzzyIndex

OLD = [
    "貸出中の傘は、翌日までにご返却ください。",
    "館内の備品は、丁寧にお取り扱いください。",
    "提出期限は、厳守してください。",
    "雨具は、各自でご用意ください。",
    "ご来場の際は、時間に余裕をもってお越しください。",
    "ロビーでの通話は、ご遠慮ください。",
    "試着室のご利用は、お一人様3点までとなります。",
    "使用済みのタオルは、回収ボックスへお入れください。",
    "不要になった書類は、シュレッダーで処分してください。",
    "貴重品は、フロントにお預けください。",
    "駐輪場は、午後9時に閉鎖いたします。",
    "作品には手を触れないでください。",
    "ご不明な点は、係員におたずねください。",
    "粗大ごみは、指定の集積所へお出しください。",
]

REWORDED = [  # (old, new): a rental counter, a library, a school, a hike, a hotel lobby, an office
    ("貸出中の傘は、翌日までにご返却ください。", "お貸しした傘は、次の日までにお返しください。"),
    ("館内の備品は、丁寧にお取り扱いください。", "館内にある備品は、大切に扱っていただきますようお願いします。"),
    ("提出期限は、厳守してください。", "提出の期限は、必ず守るようにしてください。"),
    ("雨具は、各自でご用意ください。", "雨具については、ご自身で準備をお願いいたします。"),
    ("ロビーでの通話は、ご遠慮ください。", "ロビーでは、電話でお話しになるのはお控えください。"),
    ("不要になった書類は、シュレッダーで処分してください。", "不要な書類を捨てる際は、シュレッダーをお使いください。"),
]


def without_the_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bags as the last round read them: no stems, no glosses, the verbs of compound particles as words."""
    monkeypatch.setattr(matcher._Key, "stems", lambda self: frozenset())
    monkeypatch.setattr(matcher, "_glossed_alike", lambda *args: set())
    monkeypatch.setattr(matcher, "_PARTICLE_VERBS", frozenset())


@pytest.mark.parametrize(("old", "new"), REWORDED)
def test_a_message_reworded_in_other_words_of_the_same_meaning_finds_its_origin(old, new, monkeypatch):
    found = FuzzyIndex(OLD, RELATED_SIMILARITY).best(new)
    assert found is not None and found[0] == old and found[1] >= DEFAULT_SIMILARITY, (new, found)
    without_the_readings(monkeypatch)
    before = FuzzyIndex(OLD, RELATED_SIMILARITY).best(new)
    assert before is None or before[1] < DEFAULT_SIMILARITY, (new, before)


@pytest.mark.parametrize(
    "new",
    [
        "お貸しした自転車は、次の日までにお返しください。",  # the bicycle, not the umbrella: the rarest word swapped
        "館内にある備品は、勝手に持ち出さないでください。",  # taking out, not handling
        "雨具については、受付で販売しております。",  # sold here, not brought
        "貴重品は、車内に残さないでください。",  # left in the car, not deposited (残す and 預ける: "to leave" alone)
    ],
)
def test_another_message_of_the_same_words_is_no_edit(new):
    found = FuzzyIndex(OLD, RELATED_SIMILARITY).best(new)
    assert found is None or found[1] < DEFAULT_SIMILARITY, (new, found)


def test_a_native_verb_and_a_compound_of_its_kanji_are_one_word():
    assert matcher._bag_kept({"返": 1.0, "傘": 1.0}, {"返却": 1.0, "傘": 1.0}, frozenset({"返"})) == {"返", "傘"}
    assert matcher._bag_kept({"返却": 1.0, "傘": 1.0}, {"返": 1.0, "傘": 1.0}, frozenset(), frozenset({"返"})) == {
        "返却",
        "傘",
    }
    # Without the stem (a noun of one kanji, as 箱 or 店 of a compound's own), the compound is not said by it.
    assert matcher._bag_kept({"返": 1.0, "傘": 1.0}, {"返却": 1.0, "傘": 1.0}) == {"傘"}
    # A kanji of the compound that is no stem of the other's (返信 and 返却 share 返, and are two acts).
    assert matcher._bag_kept({"返信": 1.0}, {"返却": 1.0}, frozenset(), frozenset()) == set()


def test_a_stem_is_a_verb_or_adjective_of_one_kanji_written_with_okurigana():
    index = FuzzyIndex(OLD)
    key = index._key(matcher._fold("お貸しした傘は、新しいものにお取り替えします。"))
    assert key is not None
    assert {"貸", "新"} <= key.stems()
    assert "傘" not in key.stems()  # a noun of one kanji names a thing


def test_words_jmdict_glosses_alike_share_two_glosses_or_a_phrase():
    alike = matcher._glosses_alike
    assert alike(matcher._first_glosses("準備"), matcher._first_glosses("用意"))
    assert alike(matcher._first_glosses("遠慮"), matcher._first_glosses("控える"))  # "hold back"
    assert not alike(matcher._first_glosses("残す"), matcher._first_glosses("預ける"))  # "leave" only
    assert not alike(matcher._first_glosses("開始"), matcher._first_glosses("終了"))


def test_a_message_as_near_to_two_old_ones_is_an_edit_of_neither():
    """The next candidate keeps as much of the words (the day after, or this week): neither is singled out."""
    new = matcher._fold("お貸しした傘は、次の日までにお返しください。")
    both = FuzzyIndex(["貸出中の傘は、翌日までにご返却ください。", "貸出中の傘は、今週中にご返却ください。"])
    assert both._lemmas_edit(new, both.candidates(new)) is None
    alone = FuzzyIndex(["貸出中の傘は、翌日までにご返却ください。", "作品には手を触れないでください。"])
    assert alone._lemmas_edit(new, alone.candidates(new)) is not None


def test_the_verb_of_a_compound_particle_is_no_content_word():
    def lemmas(text: str) -> list[str]:
        words = matcher._words(matcher._mask(matcher._fold(text)))
        assert words is not None
        return [lemma for lemma, _, _ in words]

    assert lemmas("返品については、店舗にお問い合わせください。") == lemmas(
        "返品に関しては、店舗にお問い合わせください。"
    )
    assert "因る" not in lemmas("車内での携帯電話による通話")
    assert "着く" in lemmas("駅に着いたら、お電話ください。")  # arriving at the station: a verb after に, no particle


def test_without_jmdict_no_words_are_glossed_alike(monkeypatch):
    from kokuchi.language import synonyms

    def missing(form: str) -> frozenset[str]:
        raise ImportError("jamdict")

    monkeypatch.setattr(synonyms, "first_sense_glosses", missing)
    matcher._first_glosses.cache_clear()
    try:
        assert matcher._first_glosses("準備") == frozenset()
        old, new = REWORDED[3]  # 用意 → 準備: told by JMdict only
        found = FuzzyIndex(OLD, RELATED_SIMILARITY).best(new)
        assert found is None or found[1] < DEFAULT_SIMILARITY
    finally:
        matcher._first_glosses.cache_clear()
