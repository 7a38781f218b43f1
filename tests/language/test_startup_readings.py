"""What a small command reads without compiling a pattern reads as the pattern did.

Sets and str.find stand for character classes used only to ask whether a text
holds one of their characters (kana, a sentence break), and an ASCII text needs
no pattern to be escaped.
"""

from __future__ import annotations

import re

import pytest

from kokuchi.catalog import merge
from kokuchi.core import controls
from kokuchi.diff.textdiff import WordBoundaries
from kokuchi.language import scripts

BMP = [chr(point) for point in range(0x10000) if not 0xD800 <= point < 0xE000]


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


@pytest.mark.parametrize("mark", ["。", "！", "？", "\n"])
def test_a_sentence_break_bounds_the_words_around_it(mark):
    text = f"晴天です{mark}明日は雨です"
    words = WordBoundaries(text).between_words
    assert words(text.index(mark))  # at the break (the window ends there)
    assert words(text.index(mark) + 1)  # right after it (the next window starts there)
    assert not words(1)  # inside 晴天, in the window before the break
    assert not words(text.index("雨") + 2)  # inside です, in the window after it
