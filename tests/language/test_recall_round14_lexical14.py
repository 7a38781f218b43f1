"""Issue 21, fourteenth round (lexical14): the translation as a witness of two words.

自転車は指定の場所に / 指定の位置に under "the designated place": the old English says "place", the head (first
gloss) of JMdict's main sense of 場所 and of 位置, two senses that share three glosses or more on each side and half
of each one's. The translator's English fits the new word as it fitted the old. Words that share an umbrella
gloss and differ stay changes: 帰る/戻る "return" (戻る's main sense is "to turn back"), 修正/変更 "revision" (the
head of neither), 入金/出金 and 延長/延期 (one kanji swapped), 搬入/搬出 (JMdict's antonyms), 薬/薬品 "medicine"
(one gloss of six), 見本/試供品 ("(free) sample", a noted head), 投函/郵送 and 掲示/通知 (two glosses shared);
直ちに/至急 under "immediately" too (three glosses shared, but "immediately" heads neither, and a shared gloss
that heads neither also witnesses 一切/全て, 変更/改正, 戻す/返す). Nothing is witnessed outside a decision, by
English that says another gloss, or by an entry of another reading (分割 read ぶわり, "rate").
"""

from __future__ import annotations

import pytest
from guard_cases import reused, word

from kokuchi.language import synonyms


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        # cycling: a parking rule
        (
            "自転車は、指定の場所に止めてください。",
            "自転車は、指定の位置に止めてください。",
            "Please park your bicycle in the designated place.",
        ),
        # theatre: where to wait
        (
            "開演までは、係員が案内する場所でお待ちください。",
            "開演までは、係員が案内する位置でお待ちください。",
            "Until the show starts, please wait in the place the staff show you.",
        ),
        # shop: a nominal of place, another head (the compound path, 場所 a word of its own here)
        (
            "返品された商品は、元の場所に並べてください。",
            "返品された商品は、元の位置に並べてください。",
            "Please put returned items back in their original place on the shelf.",
        ),
        # a museum: where to stand
        (
            "写真撮影は、床の印の場所からお願いします。",
            "写真撮影は、床の印の位置からお願いします。",
            "Please take photos from the place marked on the floor.",
        ),
    ],
)
def test_a_word_the_old_english_witnesses_is_offered(old: str, new: str, old_en: str) -> None:
    assert reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        # the English says neither word's head
        (
            "自転車は、指定の場所に止めてください。",
            "自転車は、指定の位置に止めてください。",
            "Please park your bicycle in the designated area.",
        ),
        # 直ちに/至急 share "at once", "right away", "without delay", but neither heads both
        (
            "ガス漏れに気づいた場合は、直ちに窓を開けてください。",
            "ガス漏れに気づいた場合は、至急窓を開けてください。",
            "If you notice a gas leak, please open the windows immediately.",
        ),
        (
            "水漏れを見つけたら、直ちに管理会社へ連絡してください。",
            "水漏れを見つけたら、至急管理会社へ連絡してください。",
            "If you find a water leak, contact the management company at once.",
        ),
        # 場所/位置 under "location", a gloss of both but the head of neither
        (
            "自転車は、指定の場所に止めてください。",
            "自転車は、指定の位置に止めてください。",
            "Please park your bicycle at the designated location.",
        ),
        # 帰る/戻る share "return", the head of 帰る's main sense only: go home, or come back
        (
            "点検が終わりましたら、各自お帰りください。",
            "点検が終わりましたら、各自お戻りください。",
            "When the inspection is over, please return home individually.",
        ),
        (
            "休憩の後は、それぞれ席にお戻りください。",
            "休憩の後は、それぞれ席にお帰りください。",
            "After the break, please return to your seats.",
        ),
        # 修正/変更 share "revision", the head of neither: correct a mistake, or change
        (
            "申込内容の修正は、10日まで受け付けます。",
            "申込内容の変更は、10日まで受け付けます。",
            "Revisions to your application are accepted until the 10th.",
        ),
        # 入金/出金 share "payment": one kanji swapped, the other direction
        (
            "入金の確認には2営業日かかります。",
            "出金の確認には2営業日かかります。",
            "It takes two business days to confirm the payment.",
        ),
        # 延長/延期: one kanji swapped
        (
            "会期の延長が決まりました。",
            "会期の延期が決まりました。",
            "The extension of the exhibition period has been decided.",
        ),
        # 薬/薬品 share "medicine", one gloss of 薬's six (薬品 also "chemicals")
        (
            "薬は受付でお渡しします。",
            "薬品は受付でお渡しします。",
            "Medicine is handed out at the reception desk.",
        ),
        # 見本/試供品: "(free) sample" is no "sample"
        (
            "見本は持ち出さないでください。",
            "試供品は持ち出さないでください。",
            "Please do not take the samples out of the store.",
        ),
        # 投函/郵送 share "mailing" and "posting" only: dropped in a box, or sent by post
        (
            "申込書は、受付横の箱に投函してください。",
            "申込書は、受付横の箱に郵送してください。",
            "Please post the application form in the box next to the reception desk.",
        ),
        # the witnessed word kept, the request negated
        (
            "使った道具は、元の場所に戻してください。",
            "使った道具は、元の位置に戻さないでください。",
            "Please put the tools you used back in their original place.",
        ),
        # the witnessed word kept, another actor
        (
            "荷物は、スタッフが指定の場所へ運びます。",
            "荷物は、お客様が指定の位置へ運びます。",
            "The staff will carry your luggage to the designated place.",
        ),
    ],
)
def test_words_the_english_does_not_witness_stay_changes(old: str, new: str, old_en: str) -> None:
    assert not reused(old, new, old_en)


def test_nothing_is_witnessed_outside_a_decision() -> None:
    assert not synonyms.same_word(word("場所"), word("位置"))
    with synonyms.translated_as("Please keep it in a cool place."):
        assert synonyms.same_word(word("場所"), word("位置"))
    with synonyms.translated_as("Please keep it in a cool position."):  # a gloss of both, the head of 位置 only
        assert not synonyms.same_word(word("場所"), word("位置"))


@pytest.mark.parametrize(
    "a,b,english",
    [
        ("入金", "出金", "Payment can be confirmed online."),
        ("上限", "下限", "The limit is shown on the screen."),
        ("搬入", "搬出", "Carrying in and bringing in are done at the back door."),
        ("請求", "求め", "Billing is done at the end of the month."),
        ("求め", "請求", "Purchases are made at the counter."),
        ("時刻", "時期", "The time will be announced later."),
        ("帰り", "戻り", "Your return will be recorded."),
        ("入会", "編入", "Admission and enrollment are open all year."),
        ("公表", "発令", "An official announcement will follow."),
        ("一切", "全て", "Everything, the whole and the entirety are covered."),
        ("変更", "改正", "The revision and alteration and amendment take effect in April."),
        ("掲示", "通知", "A notice and posting will follow."),
        ("戻す", "返す", "Please return and restore it and put it back."),
        ("下降", "落下", "A descent, a drop and a fall."),
        ("分割", "割合", "The rate is fixed."),  # 分割 read ぶわり is "rate": another word spelt alike
        # one kanji swapped: necessary, or compulsory (the two senses share "necessary", "essential" and more)
        ("必要", "必須", "Registration is necessary and essential."),
    ],
)
def test_umbrella_glosses_witness_nothing(a: str, b: str, english: str) -> None:
    with synonyms.translated_as(english):
        assert not synonyms.same_word(word(a), word(b))
        assert not synonyms.same_word(word(b), word(a))


def test_antonyms_one_kanji_swapped_and_numbers_are_never_asked() -> None:
    assert synonyms._antonyms(word("搬入"), word("搬出"))
    assert synonyms._one_kanji_swapped("入金", "出金")
    assert not synonyms._one_kanji_swapped("場所", "位置")
    assert not synonyms._one_kanji_swapped("発熱", "熱")
    assert synonyms._numeral(word("三"))


def test_an_entry_is_read_as_the_analyzer_reads_the_word() -> None:
    rate = [h for _, h, _ in synonyms._main_senses(("分割",), frozenset(), frozenset({"ブンカツ"}))]
    assert frozenset({"rate"}) not in rate and rate
    assert not synonyms._main_senses(("つく",), frozenset())  # 着く, 付く, 突く...: a kana spelling of many


def test_a_main_sense_is_the_first_of_its_part_of_speech() -> None:
    verbs = [glosses for cls, _, glosses in synonyms._main_senses(("戻る",), frozenset()) if cls == "verb"]
    assert verbs and not any("return" in gloss for glosses in verbs for gloss in glosses)  # its second sense
    adverbs = [h for c, h, _ in synonyms._main_senses(("至急",), frozenset()) if c == "adverb"]
    assert adverbs == [frozenset({"urgently"})]  # its noun sense says "urgent", its adverb sense "urgently"


def test_a_noted_head_says_nothing_alone() -> None:
    assert synonyms._head("(free) sample") == frozenset()
    assert synonyms._head("to return (something)") == frozenset()
    assert synonyms._head("Places") == frozenset({"places", "place"})
