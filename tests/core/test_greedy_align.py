"""The linear alignment used past an exact alignment's budget: always a correct one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kokuchi.core.align import greedy_opcodes

tokens = st.lists(st.sampled_from(["ログイン", "が", "できない", "。", "、", "本日", "17", "時"]), max_size=300)


@settings(max_examples=300, deadline=None)
@given(tokens, tokens)
def test_greedy_opcodes_align_both_sequences_whole(a, b):
    i = j = 0
    for tag, i1, i2, j1, j2 in greedy_opcodes(a, b):
        assert (i1, j1) == (i, j)  # contiguous, in order
        assert i1 < i2 or j1 < j2
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        else:
            assert tag == ("replace" if i1 < i2 and j1 < j2 else "delete" if i1 < i2 else "insert")
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))


def test_a_flip_is_still_found_in_a_long_clause_edited_throughout():
    """A 3,000-token clause without a clause end: aligned in linear time, and a
    negation added in it still found."""
    from kokuchi.language.flips import EXACT_PAIRS, find_flip

    old = "お客様による設定の変更" * 300 + "は必要です。"
    new = "お客様による設定の更新" * 300 + "は不要です。"
    assert len(old) ** 2 > EXACT_PAIRS  # the linear path (as tokens, about 4 per 11 characters)
    assert find_flip(old, new) is not None
