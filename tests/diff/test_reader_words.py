"""Hunks on reader-sized words (tests/data/reader_words.yaml): a hunk never splits a
word a reader sees, where the analyzer's units are smaller (スマート|フォン, 7|時,
第|一報, 約|30|分)."""

from __future__ import annotations

from collections import Counter

import pytest
from edit_cases import render
from reader_cases import expected_ops, load_cases, split_edges

from kokuchi.diff.textdiff import diff

CASES = load_cases()
IDS = [case["id"] for case in CASES]


def test_the_set_is_large_varied_and_consistent():
    assert len(CASES) >= 80
    assert len(set(IDS)) == len(IDS)
    assert len({case["domain"] for case in CASES}) >= 10
    kinds = Counter(case["kind"] for case in CASES)
    for kind in ("counter", "katakana", "kanji-numeral", "prefix", "kanji-katakana"):
        assert kinds[kind] >= 2, kind
    for case in CASES:
        # The expected diff rebuilds both texts and changes something.
        ops = expected_ops(case["expect"])
        assert "".join(text for op, text in ops if op != 1) == case["old"], case["id"]
        assert "".join(text for op, text in ops if op != -1) == case["new"], case["id"]
        assert any(op != 0 for op, _ in ops), case["id"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_no_hunk_edge_falls_inside_a_changed_reader_word(case):
    assert split_edges(diff(case["old"], case["new"]), case["expect"]) == 0


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_hunks_are_the_readers_words(case):
    assert render(diff(case["old"], case["new"])) == case["expect"]


def test_split_edges_counts_what_a_word_level_diff_gets_wrong():
    # The measure itself: 午後[-7-]{+5+}時 ends its deletion and its insertion inside 7時 / 5時.
    expect = "午後[-7時-]{+5時+}に"
    assert split_edges(expected_ops("午後[-7-]{+5+}時に"), expect) == 2
    assert split_edges(expected_ops(expect), expect) == 0
    assert split_edges(expected_ops("[-午後7時-]{+午後5時+}に"), expect) == 0
