"""Two different words shown the same by two open resources, and constructions shown equal by morphology.

A SudachiDict synonym group only proposes; JMdict's English glosses confirm.
Each resource alone would let a meaning change through (延長/延期 share a
group, 入金/出金 a gloss): the pairs below are checked with both, and the
constructions each checked not to open a flip.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from kokuchi.catalog.suggest import FLIP_KINDS, decide
from kokuchi.language import evidence, synonyms
from kokuchi.language.morphology import analyze


def word(text: str):
    (morph,) = analyze(text)
    return morph


def reused(old: str, new: str) -> bool:
    return decide(old, "The old translation.", new).kind not in FLIP_KINDS


@pytest.mark.parametrize("a,b", [("至急", "早急"), ("混み合う", "混雑"), ("詳細", "詳しい"), ("完了", "終了")])
def test_words_both_resources_show_the_same(a, b):
    assert synonyms.same_word(word(a), word(b))


@pytest.mark.parametrize(
    "a,b",
    [
        ("延長", "延期"),  # extension, postponement: one synonym group, no gloss in common
        ("開館", "休館"),  # open, closed
        ("入金", "出金"),  # deposit, withdrawal: both "payment" in JMdict, no synonym group
        ("開始", "終了"),
        ("出発", "到着"),
        ("請求", "返金"),
        ("拡大", "縮小"),
        ("増加", "減少"),
        ("当選", "落選"),
        ("有料", "無料"),
        ("以下", "未満"),  # a limit is never asked about
        ("上昇", "下落"),
    ],
)
def test_words_that_differ_are_not_shown_the_same(a, b):
    assert not synonyms.same_word(word(a), word(b))


def test_each_resource_alone_would_be_wrong():
    def groups(text):
        return synonyms._groups(synonyms._spellings(synonyms._forms(word(text))))

    assert groups("延長") & groups("延期")  # a candidate, and no synonym
    assert not synonyms._confirmed(("延長",), ("延期",))
    assert synonyms._confirmed(("入金",), ("出金",))  # a shared gloss, and no synonym
    assert not groups("入金") & groups("出金")


def test_a_verb_is_confirmed_with_a_suru_noun_of_the_same_gloss():
    # 混み合う "to be crowded", 混雑 "crowding": one gloss without "to be" and inflection.
    assert synonyms._normalized("to be crowded") & synonyms._normalized("crowding")
    assert not synonyms._normalized("the following") & synonyms._normalized("following")


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "ご登録内容に不備がございますので、至急ご確認ください。",
            "ご登録内容に不備がございますので、早急にご確認ください。",
        ),
        ("履修登録期間中は、窓口が混み合います。", "履修登録期間中は、窓口が混雑いたします。"),
        ("詳細は市ホームページをご覧ください。", "詳しくは市ホームページをご覧ください。"),
        # The same word as a verb's stem and as the noun it makes.
        ("窓口までお問い合わせください。", "窓口までお問い合わせくださいますようお願いいたします。"),
    ],
)
def test_synonym_edits_are_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("受付期間を延長いたします。", "受付期間を延期いたします。"),
        ("本日は開館しております。", "本日は休館しております。"),
        ("口座への入金を確認いたしました。", "口座への出金を確認いたしました。"),
        ("至急ご確認ください。", "至急ご確認いただく必要はありません。"),  # the polarity is read apart
        ("窓口が混み合います。", "窓口が混雑いたしません。"),
    ],
)
def test_synonym_candidates_that_change_the_meaning_are_not_offered(old, new):
    assert not reused(old, new)


# Constructions.


@pytest.mark.parametrize(
    "old,new",
    [
        ("本件の担当は、総務課です。", "本件の担当は総務課となります。"),
        ("本件の担当は総務課でございます。", "本件の担当は総務課となっております。"),
        ("会場は第二体育館です。", "会場は第二体育館になります。"),
        (
            "障害の詳細は、ステータスページでご確認いただけます。",
            "障害の詳細につきましては、ステータスページにてご確認いただけます。",
        ),
        ("料金は変更ありません。", "料金については変更ありません。"),
        ("料金は変更ありません。", "料金に関しましては変更ありません。"),
        ("下記の番号までご連絡ください。", "以下の番号までご連絡ください。"),
        ("住所が不明のため、下記の番号までご連絡ください。", "住所が不明のため、以下の番号までご連絡ください。"),
        ("上記の内容をご確認ください。", "以上の内容をご確認ください。"),
    ],
)
def test_constructions_that_say_the_same_are_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # となる keeps its own polarity and tense: only the non-past copula is です.
        ("本件の担当は総務課です。", "本件の担当は総務課となりません。"),
        ("本件の担当は総務課となります。", "本件の担当は総務課ではありません。"),
        ("本件の担当は総務課です。", "本件の担当は総務課となりました。"),
        ("今回の変更の対象です。", "今回の変更の対象外となります。"),
        ("利用料は有料です。", "利用料は無料となります。"),
        # につきましては is は, and no more.
        ("詳細につきましては、窓口でご確認いただけます。", "詳細は、窓口でご確認いただけません。"),
        ("料金については変更ありません。", "料金については変更があります。"),
        # 以下 after a noun or a number is a limit, not "the following".
        ("中学生以下の方は無料です。", "中学生以上の方は無料です。"),
        ("18歳以下の方は無料です。", "18歳未満の方は無料です。"),
        ("下記の方は無料です。", "18歳以下の方は無料です。"),
        ("以下の番号までご連絡ください。", "以上の番号までご連絡ください。"),
        ("下記の番号までご連絡ください。", "上記の番号までご連絡ください。"),
    ],
)
def test_constructions_open_no_flip(old, new):
    assert not reused(old, new)


def test_the_resources_load_only_when_a_pair_needs_them():
    code = (
        "import sys\n"
        "from kokuchi.catalog.suggest import decide\n"
        "decide('確認して下さい。', 'x', '確認してください。')\n"
        "decide('担当は総務課です。', 'x', '担当は総務課となります。')\n"
        "assert 'sudachipy' not in sys.modules and 'jamdict' not in sys.modules, 'loaded early'\n"
        "decide('至急ご確認ください。', 'x', '早急にご確認ください。')\n"
        "assert 'sudachipy' in sys.modules and 'jamdict' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_without_the_resources_no_two_words_are_the_same(monkeypatch):
    def missing():
        raise ImportError("not installed")

    caches = (synonyms._senses, synonyms._groups, synonyms._spellings)
    for loader in ("_jmdict", "_sudachi"):
        monkeypatch.setattr(synonyms, loader, missing)
    for cached in caches:
        cached.cache_clear()
    try:
        assert not synonyms.same_word(word("至急"), word("早急"))
        assert not reused("至急ご確認ください。", "早急にご確認ください。")
    finally:
        for cached in caches:
            cached.cache_clear()


@pytest.mark.parametrize(
    "old,new",
    [
        ("後日あらためて日程を調整させていただきます。", "後日あらためて日程を調整いたします。"),
        ("処方箋の受付は、午後6時30分までとさせていただきます。", "処方箋の受付は、午後6時30分までとなります。"),
        ("ご乗船の際は、係員の指示に従ってください。", "乗船時は、係員の指示に従ってください。"),
        ("緊急の際は、下記までご連絡ください。", "緊急時は、以下までご連絡ください。"),
        # The same characters, read otherwise by the analyzer beside another word.
        ("お持ちの方は、至急当薬局までご連絡ください。", "お持ちの方は、早急に当薬局までご連絡ください。"),
    ],
)
def test_humble_forms_and_occasions_are_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("後日あらためて日程を調整させていただきます。", "後日あらためて日程を調整させていただけません。"),
        ("後日あらためて日程を調整させていただきます。", "後日あらためて日程の調整を中止させていただきます。"),
        ("受付は午後6時までとさせていただきます。", "受付は午後6時までとさせていただきました。"),
        ("受付は午後6時までとさせていただきます。", "受付は午後6時からとさせていただきます。"),
        ("ご乗船の際は、係員の指示に従ってください。", "下船時は、係員の指示に従ってください。"),
        ("ご乗船の際は、係員の指示に従ってください。", "乗船後は、係員の指示に従ってください。"),
    ],
)
def test_humble_forms_and_occasions_open_no_flip(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("弊社にて送料を負担いたします。", "送料を弊社にて負担いたします。", True),
        ("普通預金から定期預金へ振り替えます。", "定期預金へ普通預金から振り替えます。", True),
        # The particles go with their words: another word with each particle is another sentence.
        ("当社がお客さまを招待します。", "お客さまが当社を招待します。", False),
        ("東京から大阪まで運休します。", "大阪から東京まで運休します。", False),
        ("弊社にて送料を負担いたします。", "送料を弊社にて負担いたしません。", False),
        ("弊社が送料を負担いたします。", "送料が弊社を負担いたします。", False),
    ],
)
def test_phrases_reordered_with_their_particles(old, new, offered):
    assert reused(old, new) is offered


def test_a_noun_becoming_what_the_next_is_is_the_compound():
    assert reused("対象となる車両の使用者にお知らせします。", "対象車両の使用者にお知らせします。")
    assert not reused("対象となる車両の使用者にお知らせします。", "対象外となる車両の使用者にお知らせします。")
    assert not reused("対象となる車両の使用者にお知らせします。", "対象とならない車両の使用者にお知らせします。")


def test_one_lemma_read_as_another_word_is_no_synonym():
    # いただく (a request) and いただける ("can") share the lemma 頂く.
    assert evidence.compare("こちらでご確認いただきます。", "こちらでご確認いただけます。").kind == evidence.CHANGE
    # Nor is it a typing slip: one kana made the request a "can".
    assert not reused("こちらでご確認いただきます。", "こちらでご確認いただけます。")
    assert not reused("窓口でお受け取りいただきます。", "窓口でお受け取りいただけます。")
