"""Hunks on word boundaries, over revisions written like real notices (tests/data/edits.txt)."""

from __future__ import annotations

import pytest
from edit_cases import load_edits, read_golden, render, word_splits

from kokuchi.diff.textdiff import DELETE, EQUAL, INSERT, diff

EDITS = load_edits()
GOLDEN = read_golden()


def test_the_set_is_large_and_bilingual():
    assert len(EDITS) >= 40
    assert sum(name.startswith("en-") for name, _, _ in EDITS) >= 15
    assert set(GOLDEN) == {name for name, _, _ in EDITS}


@pytest.mark.parametrize(("name", "old", "new"), EDITS, ids=[name for name, _, _ in EDITS])
def test_hunks_match_the_golden_and_split_no_word(name, old, new):
    ops = diff(old, new)
    assert render(ops) == GOLDEN[name]
    assert word_splits(ops, old, new) == 0


def test_a_numeral_and_its_counter_are_one_word():
    # A reader sees 7時 as one word (seven o'clock), not 7 and 時: the hunk holds both.
    assert render(diff("午後7時00分頃", "午後5時00分頃")) == "午後[-7時-]{+5時+}00分頃"
    assert render(diff("三月三日まで", "三月五日まで")) == "三月[-三日-]{+五日+}まで"


def test_the_minimal_hunk_stays_when_it_is_already_on_a_boundary():
    assert render(diff("障害は本日復旧しました", "障害は昨日復旧しました")) == "障害は[-本日-]{+昨日+}復旧しました"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("本日中に実施します。", "明日中に実施します。", "[-本日-]{+明日+}中に実施します。"),
        ("応答までに30秒", "応答までに60秒", "応答までに[-30秒-]{+60秒+}"),
        ("本設定は必要です。", "本設定は不要です。", "本設定は[-必要-]{+不要+}です。"),
        ("発生しております。", "発生しておりました。", "発生しており[-ます-]{+ました+}。"),
        ("They remain in the queue.", "They are not in the queue.", "They [-remain-]{+are not+} in the queue."),
        ("Kumo Proxy 3.1.9", "Kumo Proxy 3.1.10", "Kumo Proxy [-3.1.9-]{+3.1.10+}"),
    ],
)
def test_edges_move_out_to_whole_words(old, new, expected):
    assert render(diff(old, new)) == expected


def test_a_hunk_does_not_cross_a_sentence_end_when_only_words_changed():
    old = "影響は東京リージョンです。復旧は16時頃の見込みです。"
    new = "影響は大阪リージョンです。復旧は17時頃の見込みです。"
    hunks = [text for op, text in diff(old, new) if op != EQUAL]
    assert hunks == ["東京", "大阪", "16時頃", "17時頃"]


def test_word_snapping_works_with_ignored_width():
    ops = diff("影響時間：約３０分です。", "影響時間：約45分です。", ignore_width=True)
    assert ops == [(EQUAL, "影響時間："), (DELETE, "約３０分"), (INSERT, "約45分"), (EQUAL, "です。")]


def test_long_sentences_are_tokenized_in_windows():
    sentence = "障害の影響により一部のお客様環境において接続がしづらい事象が発生しており" * 40
    ops = diff(sentence + "ます", sentence + "ました")
    assert ops[-2:] == [(DELETE, "ます"), (INSERT, "ました")] or ops[-3:] == [(DELETE, "ます"), (INSERT, "ました")]
    assert word_splits(ops, sentence + "ます", sentence + "ました") == 0


@pytest.mark.parametrize("context", [4, 8, 20])
def test_elided_context_starts_and_ends_between_words(context):
    from kokuchi.diff.textdiff import ELIDED, elide
    from kokuchi.language.tokens import tokenize

    for name, old, new in EDITS:
        ops = diff(old, new)
        shown = elide(ops, context)
        for index, (op, _text) in enumerate(shown):
            if op != ELIDED:
                continue
            before, after = shown[index - 1][1] if index else "", shown[index + 1][1] if index + 1 < len(shown) else ""
            # The kept head ends, and the kept tail starts, on a word boundary of the new text.
            if before:
                at = new.index(before) + len(before) if before in new else None
                assert at is None or at in {t.start for t in tokenize(new)} | {len(new)}, (name, before)
            if after:
                at = new.rfind(after)
                assert at < 0 or at in {t.start for t in tokenize(new)}, (name, after)


def test_elision_keeps_the_changed_sentence_whole():
    """Issue 24: shortened context once cut "was not automatically" out of a changed English sentence."""
    from kokuchi.diff.textdiff import ELIDED, elide

    old = "Some customers using Hikari Object Storage in the Tokyo region are experiencing errors."
    new = "Some customers using Hikari Object Storage in the Tokyo region experienced errors."
    assert elide(diff(old, new), 20) == diff(old, new)
    before = "The feature was not automatically re-enabled after recovery. We checked every environment again. "
    shown = elide(diff(before + old, before + new), 20)
    assert shown[0] == (ELIDED, "…")
    assert shown[1] == (EQUAL, " Some customers using Hikari Object Storage in the Tokyo region ")
