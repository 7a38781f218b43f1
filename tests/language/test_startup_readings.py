"""What a small command reads without compiling a pattern reads as the pattern did.

Sets and str.find stand for character classes used only to ask whether a text
holds one of their characters (kana, a sentence break), the meaning flips'
signal pieces are counted by hand until a run has read enough to compile their
alternation, an ASCII text needs no pattern to be escaped, and an entity
pattern is tried (and compiled) only where its matches can start.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from kokuchi.catalog import merge
from kokuchi.core import controls
from kokuchi.diff.textdiff import WordBoundaries
from kokuchi.language import entities, flips, scripts
from kokuchi.language.flips import FlipPairs, default_pairs
from kokuchi.project import yamlio

SAFETY = Path(__file__).resolve().parents[1] / "data" / "safety"
BMP = [chr(point) for point in range(0x10000) if not 0xD800 <= point < 0xE000]


def _texts() -> list[str]:
    """The Japanese texts of the safety sets (but heldout12, which is measured only by hand)."""
    texts = []
    for path in sorted(SAFETY.glob("*.yaml")):
        if path.name == "heldout12.yaml":
            continue
        for case in yamlio.parse_config(path.read_bytes(), path.name).data:
            texts += [str(case.get("old", "")), str(case.get("new", ""))]
    return texts


def test_the_kana_set_is_the_kana_class():
    kana = re.compile(r"[\u3041-\u3096\u309d\u309f\u30a1-\u30fa\u30fd\u30ff\u31f0-\u31ff\uff66-\uff9d]")
    assert {char for char in BMP if kana.match(char)} == merge._KANA


@pytest.mark.parametrize("text", ["", "abc", "お知らせ。", "Done!", "一行目\n二行目", "全角．", "半角?", "ＡＢＣ"])
def test_a_sentence_break_is_found_as_the_class_found_it(text):
    assert scripts.has_sentence_break(text) == (re.search(r"[。．！？!?\n]", text) is not None)


def test_every_character_breaks_a_sentence_as_the_class_says():
    breaks = re.compile(r"[。．！？!?\n]")
    assert [char for char in BMP if scripts.has_sentence_break(f"a{char}b")] == [
        char for char in BMP if breaks.search(f"a{char}b")
    ]


@pytest.mark.parametrize("newlines", [True, False])
def test_ascii_is_escaped_as_the_patterns_escape_it(newlines):
    pattern = controls._terminal() if newlines else controls._name()
    for point in range(128):
        for text in (chr(point), f"a{chr(point)}b", f"x\n{chr(point)}\ty"):
            assert controls.escape(text, newlines=newlines) == pattern.sub(controls._visible, text), repr(text)


def test_text_beyond_ascii_still_goes_through_the_patterns():
    assert controls.escape("a\u202eb") == "a\\u202eb"
    assert controls.escape("a\u200bb") == "a\\u200bb"
    assert controls.escape("お知らせ\n", newlines=False) == "お知らせ\\u000a"


def _signal_counts_by_pattern(pairs: FlipPairs, text: str) -> Counter[str]:
    return Counter(pairs.signals.findall(text))


def test_signal_pieces_are_counted_as_the_alternation_finds_them():
    pairs = default_pairs()
    counter = flips._SignalCounter(pairs)
    counter._budget = 10**9  # by hand throughout
    texts = _texts()
    assert len(texts) > 2000
    for text in texts:
        assert counter(text) == _signal_counts_by_pattern(pairs, text), text
    # Overlapping pieces: the longest at a position wins, and the reading goes on after it.
    for text in ("不要不要", "ないない", "無しなし", "不可能", "含み含め", "ざるをえない", "OFFOFF", "ん"):
        assert counter(text) == _signal_counts_by_pattern(pairs, text), text


def test_the_alternation_is_compiled_once_the_budget_is_read():
    pairs = FlipPairs((("必要", "不要"),), (("再開", "停止"),))
    counter = flips._SignalCounter(pairs)
    counter._budget = 10
    assert counter("不要です") == Counter({"不要": 1})
    assert counter._compiled is None
    assert counter("運転を再開します。運転を停止します。") == Counter({"再開": 1, "停止": 1})
    assert counter._compiled is pairs.signals


def test_an_empty_piece_leaves_the_reading_to_the_alternation():
    pairs = FlipPairs((("必要", ""),), ())
    counter = flips._SignalCounter(pairs)
    assert counter._compiled is not None
    assert counter("不要") == _signal_counts_by_pattern(pairs, "不要")


@pytest.mark.parametrize("mark", ["。", "！", "？", "\n"])
def test_a_sentence_break_bounds_the_words_around_it(mark):
    text = f"晴天です{mark}明日は雨です"
    words = WordBoundaries(text).between_words
    assert words(text.index(mark))  # at the break (the window ends there)
    assert words(text.index(mark) + 1)  # right after it (the next window starts there)
    assert not words(1)  # inside 晴天, in the window before the break
    assert not words(text.index("雨") + 2)  # inside です, in the window after it


def _start_items() -> list[tuple[str, ...]]:
    return sorted({items for items in entities._cues().starts.values()})


def test_a_start_test_accepts_what_the_class_of_its_items_matches():
    sample = BMP[:0x3100] + [chr(point) for point in range(0x3100, 0x10000, 97)]
    sample += sorted({char for items in _start_items() for item in items for char in item})
    for items in _start_items() + [("\\w", "-"), ("\\D",), ("a-c", "\\-", "\\]")]:
        test = entities.StartTest(items)
        pattern = re.compile(f"[{''.join(items)}]")
        assert [char for char in sample if test(char)] == [char for char in sample if pattern.match(char)], items


def test_a_pattern_is_compiled_only_where_a_match_can_start():
    candidates, each = entities.combine([("era", r"(?P<era>令和|平成)\d+年"), ("year", r"(?P<y>\d{4})年")])
    candidates._cues, candidates._first, candidates._folds = [None, None], [("令", "平"), ("\\d",)], ""
    found = [(index, match.group(0)) for index, match in entities.scan(candidates, each, "2026年のお知らせ")]
    assert found == [(1, "2026年")]
    assert 0 not in each._compiled  # no 令 or 平 in the text: never tried
    found = [(index, match.group(0)) for index, match in entities.scan(candidates, each, "令和8年、2026年")]
    assert found == [(0, "令和8年"), (1, "2026年")]


@pytest.mark.parametrize("name", sorted(scripts._WORDS))
def test_a_word_pattern_is_its_two_classes(name):
    first, rest = scripts._WORDS[name].first, scripts._WORDS[name].rest
    assert scripts._SOURCES[name][1] == f"{first}{rest}*"
    simple = re.compile(f"[{scripts.uc.SIMPLE}]")
    for text in (first, rest):
        compiled = re.compile(text)
        chars = [char for char in BMP if simple.match(char)]
        assert [char for char in chars if scripts._in_simple_class(text, char)] == [
            char for char in chars if compiled.match(char)
        ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ア",
        "スマートフォン",
        "ｽﾏｰﾄ",
        "ー",
        "カタカナ語",
        "アプリA",
        "Wi-Fi",
        "IC",
        "3G",
        "Web",
        "ｗｅｂ",
        "Ａ１",
        "e-mail",
        "-a",
    ],
)
def test_katakana_and_latin_words_are_told_as_the_patterns_tell_them(text):
    assert scripts.is_katakana(text) == (scripts.pattern("katakana_word", True).fullmatch(text) is not None)
    assert scripts.is_letters(text) == (scripts.pattern("letters", True).fullmatch(text) is not None)


def test_the_tokens_of_the_safety_sets_are_told_as_the_patterns_tell_them():
    from kokuchi.language.tokens import tokenize

    for text in _texts()[::7]:
        for token in tokenize(text):
            word = token.text
            if scripts.is_simple(word):
                assert scripts.is_katakana(word) == (scripts.pattern("katakana_word", True).fullmatch(word) is not None)
                assert scripts.is_letters(word) == (scripts.pattern("letters", True).fullmatch(word) is not None)


def test_sentences_are_read_by_hand_as_the_pattern_reads_them():
    import random

    pattern = re.compile(scripts._SENTENCE)
    by_hand = scripts._Sentences()
    by_hand._budget = 10**9
    rng = random.Random(22)
    texts = ["", "\n", "。", "a", "お知らせです。", "一。\n二！！\n\n三？", "。。\n\nあ", "終わりなし"]
    texts += ["".join(rng.choice("ab。！？\n．!") for _ in range(rng.randrange(12))) for _ in range(5000)]
    texts += _texts()
    for text in texts:
        assert by_hand(text) == pattern.findall(text), repr(text)


def test_sentences_are_read_by_the_pattern_once_the_budget_is_read():
    reader = scripts._Sentences()
    reader._budget = 5
    assert reader("一。二") == ["一。", "二"] and reader._compiled is None
    assert reader("一。二。三") == ["一。", "二。", "三"] and reader._compiled is not None
