"""The Japanese-aware character diff: exact cases and properties."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kokuchi.diff.textdiff import DELETE, EQUAL, INSERT, diff, lf_endings
from kokuchi.language.scripts import grapheme_starts, graphemes


def rebuild(ops, side):
    skip = INSERT if side == "old" else DELETE
    return "".join(text for op, text in ops if op != skip)


def boundaries(text):
    return grapheme_starts(text)


def assert_grapheme_safe(ops, old, new):
    old_ok, new_ok = boundaries(old), boundaries(new)
    pos_old = pos_new = 0
    for op, text in ops:
        assert pos_old in old_ok and pos_new in new_ok, (ops, pos_old, pos_new)
        if op != INSERT:
            pos_old += len(text)
        if op != DELETE:
            pos_new += len(text)
    assert pos_old in old_ok and pos_new in new_ok


def test_time_change_shows_the_hour_with_its_counter():
    # 7時 is one word to a reader: the hunk is the hour, not the digit alone.
    assert diff("2023年7月14日 午後7時00分頃", "2023年7月14日 午後5時00分頃") == [
        (EQUAL, "2023年7月14日 午後"),
        (DELETE, "7時"),
        (INSERT, "5時"),
        (EQUAL, "00分頃"),
    ]


def test_a_rewritten_clause_keeps_the_lead_and_the_tail():
    ops = diff(
        "恒久対策が完了したため、以下の暫定対策は必要です。",
        "恒久対策が完了したため、以下の暫定対策は不要となりました。",
    )
    assert ops == [
        (EQUAL, "恒久対策が完了したため、以下の暫定対策は"),
        (DELETE, "必要です"),
        (INSERT, "不要となりました"),
        (EQUAL, "。"),
    ]


def test_edits_in_different_sentences_stay_apart():
    ops = diff("文一。文二。\n文三。", "文一。文二を修正。\n文三。新文。")
    assert ops == [(EQUAL, "文一。文二"), (INSERT, "を修正"), (EQUAL, "。\n文三。"), (INSERT, "新文。")]


def test_plain_semantic_cleanup_would_merge_across_sentences():
    # diff-match-patch's own cleanup, for contrast: two sentences become one replacement.
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    old, new = "東京は復旧。大阪は調査中。", "東京で障害。大阪も復旧。"
    plain = dmp.diff_main(old, new)
    dmp.diff_cleanupSemantic(plain)
    assert plain == [(EQUAL, "東京"), (DELETE, "は復旧。大阪は調査中"), (INSERT, "で障害。大阪も復旧"), (EQUAL, "。")]
    assert diff(old, new) == [
        (EQUAL, "東京"),
        (DELETE, "は復旧"),
        (INSERT, "で障害"),
        (EQUAL, "。大阪"),
        (DELETE, "は調査中"),
        (INSERT, "も復旧"),
        (EQUAL, "。"),
    ]


def test_crlf_and_lf_compare_equal():
    assert diff("一行目\r\n二行目", "一行目\n二行目") == [(EQUAL, "一行目\n二行目")]


def test_every_line_ending_is_lf_and_no_crlf_is_left():
    # CR + CRLF once came back as CR + LF, a new CRLF (one grapheme cluster):
    # a lone CR is a line ending as well (universal newlines), so none is left.
    assert diff("\n\r\r\n", "\r\r\n") == [(EQUAL, "\n\n"), (DELETE, "\n")]
    assert diff("一行目\r二行目", "一行目\n二行目") == [(EQUAL, "一行目\n二行目")]
    assert lf_endings(lf_endings("a\r\r\nb\r")) == lf_endings("a\r\r\nb\r") == "a\n\nb\n"


def test_identical_and_empty():
    assert diff("", "") == []
    assert diff("同じ", "同じ") == [(EQUAL, "同じ")]
    assert diff("", "新規") == [(INSERT, "新規")]
    assert diff("削除", "") == [(DELETE, "削除")]


def test_combining_mark_is_never_split():
    ops = diff("カ\u3099イド、キ", "カイド、キ")
    assert ops == [(DELETE, "カ\u3099イド"), (INSERT, "カイド"), (EQUAL, "、キ")]


def test_variation_selector_is_never_split():
    ops = diff("葛\U000e0100、城", "葛、城")
    assert ops == [(DELETE, "葛\U000e0100"), (INSERT, "葛"), (EQUAL, "、城")]


def test_emoji_zwj_sequence_is_never_split():
    ops = diff("👨\u200d👩\u200d👧 家族", "👨\u200d👩 家族")
    assert ops == [(DELETE, "👨\u200d👩\u200d👧"), (INSERT, "👨\u200d👩"), (EQUAL, " 家族")]


def test_ignore_width_compares_nfkc_but_shows_the_original():
    assert diff("ＩＤ：７２８　確認", "ID:728 確認", ignore_width=True) == [(EQUAL, "ID:728 確認")]
    ops = diff("ＩＤ：７２８の確認", "ID:729の確認", ignore_width=True)
    assert ops == [(DELETE, "ＩＤ：７２８"), (INSERT, "ID:729"), (EQUAL, "の確認")]
    assert diff("ｶﾞｲﾄﾞ", "ガイド", ignore_width=True) == [(EQUAL, "ガイド")]


def test_ignore_space():
    assert diff("全角　スペース と 半角", "全角スペースと半角", ignore_space=True) == [(EQUAL, "全角スペースと半角")]
    assert diff("段落一\n段落二", "段落一段落二", ignore_space=True) != [(EQUAL, "段落一段落二")]


def test_without_options_width_and_space_are_changes():
    assert diff("ＩＤ", "ID") != [(EQUAL, "ID")]
    assert diff("a b", "ab") != [(EQUAL, "ab")]


# Random text: Japanese scripts, Latin, digits, punctuation, line breaks,
# combining marks, variation selectors, ZWJ, astral emoji and CJK extension B.
ALPHABET = st.sampled_from(
    list("あいうえおかきくけこのはをにがでしたカキクケコアイウーン漢字対策不要必要有効無効化障害復旧確認")
    + list("abcXYZ0123456789 、。「」（）・\n\r！？ＡＢ１２　")
    + ["\u3099", "\u309a", "\U000e0100", "\u200d", "\U0001f468", "\U0001f469", "\U00020b9f", "\ufe0f", "ｶ", "ﾞ"]
)
TEXT = st.lists(ALPHABET, max_size=60).map("".join)


def _mutate(draw, text):
    chars = list(text)
    for _ in range(draw(st.integers(0, 5))):
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        at = draw(st.integers(0, len(chars)))
        if action == "insert" or not chars:
            chars[at:at] = list(draw(TEXT))[:5]
        elif action == "delete":
            del chars[min(at, len(chars) - 1)]
        else:
            chars[min(at, len(chars) - 1)] = draw(ALPHABET)
    return "".join(chars)


@st.composite
def text_pairs(draw):
    old = draw(TEXT)
    new = _mutate(draw, old) if draw(st.booleans()) else draw(TEXT)
    return old, new


@settings(max_examples=400, deadline=None)
@given(text_pairs())
def test_ops_rebuild_both_texts_exactly(pair):
    old, new = pair
    ops = diff(old, new)
    assert rebuild(ops, "old") == lf_endings(old)
    assert rebuild(ops, "new") == lf_endings(new)
    assert all(text for _, text in ops)
    assert all(a[0] != b[0] for a, b in zip(ops, ops[1:]))


@settings(max_examples=400, deadline=None)
@given(text_pairs())
@example(("\n\r\r\n", "\r\r\n"))  # CR + CRLF: replacing CRLF alone made a new CRLF, one cluster
def test_no_boundary_splits_a_grapheme_cluster(pair):
    ops = diff(*pair)
    assert not any("\r" in text for _, text in ops)  # every line ending comes back as LF
    assert_grapheme_safe(ops, *(lf_endings(t) for t in pair))


def _nfkc(text):
    return "".join(unicodedata.normalize("NFKC", c) for c in graphemes(text))


def _no_space(text):
    return "".join(c for c in graphemes(text) if c == "\n" or not c.isspace())


@settings(max_examples=300, deadline=None)
@given(text_pairs(), st.booleans(), st.booleans())
def test_normalization_options(pair, width, space):
    old, new = (lf_endings(t) for t in pair)
    ops = diff(old, new, ignore_width=width, ignore_space=space)

    def norm(text):
        if space:
            text = _no_space(text)
        return _nfkc(text) if width else text

    # The new text is rebuilt exactly; the old one up to what the options ignore.
    assert rebuild(ops, "new") == new
    assert norm(rebuild(ops, "old")) == norm(old)
    assert_grapheme_safe(ops, rebuild(ops, "old"), new)
    if norm(old) == norm(new):
        assert all(op == EQUAL for op, _ in ops)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["第一文。", "第二文。", "改行\n", "同じ文。", "別の文！", ""]), max_size=30),
    st.lists(st.sampled_from(["第一文。", "第二文。", "改行\n", "同じ文。", "新しい文？", ""]), max_size=30),
)
def test_repeated_sentences_align(a, b):
    old, new = "".join(a), "".join(b)
    ops = diff(old, new)
    assert rebuild(ops, "old") == old and rebuild(ops, "new") == new


def test_ignored_whitespace_never_joins_a_deleted_combining_mark():
    # Found by the property test: a lone variation selector replaced by U+3000.
    ops = diff("\ufe0f", "\u3000", ignore_space=True)
    assert rebuild(ops, "new") == "\u3000"
    assert _no_space(rebuild(ops, "old")) == "\ufe0f"


# --- the bounded diff (issue 20) ---------------------------------------------

_ALPHABET = "ab。\nログイン画面12 "


def _rebuilds(ops, old: str, new: str) -> bool:
    return "".join(t for o, t in ops if o != 1) == old and "".join(t for o, t in ops if o != -1) == new


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=400), st.text(alphabet=_ALPHABET, max_size=400))
def test_the_greedy_fallback_is_a_correct_diff(old, new):
    from kokuchi.diff.textdiff import greedy_diff

    assert _rebuilds(greedy_diff(old, new), old, new)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=300), st.text(alphabet=_ALPHABET, max_size=300), st.integers(0, 2000))
def test_a_diff_past_its_budget_is_still_correct(old, new, budget):
    # Any budget, from none at all to enough for the exact diff: both texts rebuild.
    assert _rebuilds(diff(old, new, budget=budget), lf_endings(old), lf_endings(new))


def test_the_budget_counts_work_not_time():
    """Two heavily edited 10,000-character paragraphs: the exact bisection would
    take tens of seconds; past the budget the diff is greedy, the same on every
    run (steps are counted, not seconds), and still rebuilds both texts."""
    import random

    from kokuchi.diff import textdiff

    rng = random.Random(20)
    words = "ログイン 画面 表示 事象 発生 お客様 サービス 復旧 対応 影響 範囲 調査 原因 設定 変更".split()
    old = "".join(rng.choice(words) for _ in range(3500))[:10_000]
    chars = list(old)
    for _ in range(4000):
        at = rng.randrange(len(chars))
        chars[at : at + rng.randrange(1, 4)] = rng.choice(words)
    new = "".join(chars)
    engine = textdiff._CountedDiff(textdiff.WORK_BUDGET)
    with pytest.raises(textdiff._OverBudget):
        engine.diff_main(old, new, False)
    ops = diff(old, new)
    assert _rebuilds(ops, old, new)
    assert ops == diff(old, new) == diff(old, new, budget=0)
