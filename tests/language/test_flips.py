"""Meaning flips on tokens: a realistic set of flips and same-meaning edits, and the rules one by one."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kokuchi.language.flips import find_flip, load_flip_pairs
from kokuchi.project import yamlio

DATA = yamlio.parse((Path(__file__).resolve().parents[1] / "data" / "flips.yaml").read_text("utf-8")).data
FLIPS = [tuple(pair) for pair in DATA["flips"]]
SAME = [tuple(pair) for pair in DATA["same_meaning"]]


def test_the_set_is_large_enough():
    assert len(FLIPS) >= 60 and len(SAME) >= 20
    assert len(set(FLIPS)) == len(FLIPS) and len(set(SAME)) == len(SAME)


@pytest.mark.parametrize("old,new", FLIPS, ids=[new for _, new in FLIPS])
def test_a_flip_is_blocked_both_ways(old, new):
    assert find_flip(old, new) is not None
    assert find_flip(new, old) is not None


@pytest.mark.parametrize("old,new", SAME, ids=[new for _, new in SAME])
def test_a_same_meaning_edit_is_not_a_flip(old, new):
    assert find_flip(old, new) is None
    assert find_flip(new, old) is None


def test_what_the_flip_names():
    assert find_flip("再起動が必要です。", "再起動が不要です。") == ("が必要です", "が不要です", "polarity")
    assert find_flip("サービスを再開しました。", "サービスを停止しました。") == ("再開", "停止", "antonym")
    assert find_flip("旧サーバーから新サーバーへ移行します。", "新サーバーから旧サーバーへ移行します。").kind == "swap"


def test_antonyms_compare_dictionary_forms():
    # 含みます and 除きます are 含む and 除く.
    assert find_flip("送料を含みます。", "送料を除きます。")[:2] == ("含む", "除く")


def test_double_negation_is_affirmative():
    assert find_flip("事前に申請してください。", "事前に申請しなければなりません。") is None


def test_idioms_are_not_negations():
    assert find_flip("大変申し訳ございません。", "大変失礼いたしました。") is None
    assert find_flip("遅延が発生します。", "遅延が発生するかもしれません。") is None


def test_a_typo_is_not_a_flip_but_a_dropped_negation_is():
    assert find_flip("ボタンが押せない。", "ボタンが押せな。") is None
    assert find_flip("ボタンが押せない。", "ボタンが押せる。") is not None
    # Whole words removed, not a slip of the keyboard.
    assert find_flip("障害は発生しておりませんでした。", "障害は発生しておりました。") is not None
    # A kanji is not typed by accident.
    assert find_flip("手続きは要です。", "手続きは不要です。") is not None
    # ません losing or mistyping its ん, a negation after a noun: slips that negate nothing.
    assert find_flip("ご利用いただけません。", "ご利用いただけませ。") is None
    assert find_flip("ご利用いただけません。", "ご利用いただけませを。") is None
    assert find_flip("誠に申し訳ございません。", "誠ぬ申し訳ございません。") is None


def test_a_sentence_added_whole_is_not_a_flip():
    old = "現在、原因を調査しております。"
    assert find_flip(old, old + "お客さまによる操作は不要です。") is None
    assert find_flip(old + "お客さまによる操作は不要です。", old) is None


def test_a_listed_pair_in_another_order_is_not_a_swap():
    assert find_flip("東京と大阪で発生しました。", "大阪と東京で発生しました。") is None
    assert find_flip("東京から大阪へ移行します。", "大阪から東京へ移行します。") is not None


def test_a_negating_prefix_unless_the_word_says_otherwise():
    assert find_flip("本機能は対応済みです。", "本機能は未対応です。") is not None
    assert find_flip("7月14日に発生しました。", "7月14日未明に発生しました。") is None
    assert find_flip("障害が発生しました。", "不具合が発生しました。") is None


@pytest.mark.parametrize(
    ("old", "new", "flipped"),
    [
        # なく before する is the verb 無くす, "lose" (the analyzer reads なくされた as 無い + さ): no negation
        ("紛失された日時と場所をお知らせください。", "なくされた日時と場所をお知らせください。", False),
        ("段差をなくしました。", "段差をなくしませんでした。", True),
        ("鍵をなくされた方は受付へ。", "鍵をなくされていない方は受付へ。", True),
        ("在庫があります。", "在庫がなくなりました。", True),
    ],
)
def test_nakusu_is_a_verb_not_a_negation(old, new, flipped):
    from kokuchi.catalog.suggest import FLIP, FLIP_KINDS, decide

    decision = decide(old, "x", new)
    assert (decision.kind == FLIP) == flipped and decision.kind in FLIP_KINDS


def test_a_time_change_is_not_a_flip():
    assert find_flip("午前9時に終了します。", "午後9時に終了します。") is None


def test_the_project_file_extends_the_defaults(tmp_path):
    extension = tmp_path / "meaning-flips.yaml"
    extension.write_text("antonyms:\n  - [晴天, 荒天]\n", "utf-8")
    pairs = load_flip_pairs(extension)
    assert find_flip("晴天のため運航します。", "荒天のため運航します。") is None
    assert find_flip("晴天のため運航します。", "荒天のため運航します。", pairs)[:2] == ("晴天", "荒天")
    # The defaults are still there.
    assert find_flip("運転を再開しました。", "運転を停止しました。", pairs) is not None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="あいう亜、。 ", max_size=12), st.text(alphabet="あいう亜、。 ", max_size=12))
def test_common_prefix_is_os_paths(a, b):
    import os

    from kokuchi.language.flips import common_prefix

    assert common_prefix(a, b) == len(os.path.commonprefix([a, b]))
    assert common_prefix(a, a + b) == len(a)


def _occurrences_read_in_full(tokens, vocabulary):
    """The vocabulary's words in tokens, every span and every part of a noun tried (``_occurrences`` stops early)."""
    from kokuchi.language.flips import NEGATING_PREFIXES

    found = set()
    for i, token in enumerate(tokens):
        if i > 0 and tokens[i - 1].text in NEGATING_PREFIXES and tokens[i - 1].pos[:1] == ("接頭辞",):
            continue
        text = lemma = ""
        for k in range(i, min(i + 4, len(tokens))):
            text += tokens[k].text
            lemma += tokens[k].lemma
            found.update((i, k - i + 1, word) for word in (text, lemma) if word in vocabulary)
        surface = token.text
        if token.pos[:1] == ("名詞",) and len(surface) > 2:
            for size in range(2, len(surface)):
                if surface[:size] in vocabulary:
                    found.add((i, 1, surface[:size]))
                if surface[-size:] in vocabulary and surface[0] not in NEGATING_PREFIXES:
                    found.add((i, 1, surface[-size:]))
    return sorted(found)


_PIECES = [
    "不",
    "未",
    "非",
    "無",
    "完了",
    "対応",
    "可能",
    "必要",
    "同期",
    "線",
    "上り",
    "効",
    "化",
    "有",
    "ない",
    "し",
    "",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet="不未非無完了対応可能必要同期線上り効化有ないし", min_size=1, max_size=5),
            st.sampled_from(_PIECES),
            st.sampled_from([(), ("名詞",), ("接頭辞",), ("名詞", "普通名詞")]),
        ),
        max_size=8,
    ),
    st.frozensets(st.sampled_from(_PIECES[:-1] + ["無効", "無効化", "不要", "上り線", "非同期", "可能性"]), max_size=8),
)
def test_occurrences_cut_short_find_what_a_full_reading_finds(words, vocabulary):
    """A span or a part of a noun is read no further once no word of the vocabulary starts (or ends) so."""
    from kokuchi.language.flips import _occurrences
    from kokuchi.language.tokens import Token

    tokens, at = [], 0
    for text, lemma, pos in words:
        tokens.append(Token(text, at, at + len(text), "word", pos, lemma or text))
        at += len(text)
    assert _occurrences(tokens, vocabulary) == _occurrences_read_in_full(tokens, vocabulary)


def test_occurrences_of_the_default_vocabulary_in_real_clauses():
    from kokuchi.language.flips import _occurrences, _words, default_pairs

    vocabulary = default_pairs().vocabulary
    for text in ("システムの未完了の処理は非同期で行います", "上り線は無効化されており、対応不要です"):
        tokens = _words(text)
        found = _occurrences(tokens, vocabulary)
        assert found and found == _occurrences_read_in_full(tokens, vocabulary)
