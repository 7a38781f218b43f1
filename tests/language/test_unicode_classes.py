"""The standard-``re`` patterns for SIMPLE text (language/unicode_classes.py) answer as the ``regex`` ones.

The classes are checked against ``regex`` itself, for every code point, rather than against
``unicodedata``: ``regex`` is what answers for all other text and what answered for all text before, and
its Unicode version is not the running Python's (``unicodedata`` lacks scripts, blocks and grapheme-break
properties in any case).
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from kokuchi.diff import textdiff
from kokuchi.language import scripts
from kokuchi.language import unicode_classes as uc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import regen_unicode_classes as regen  # noqa: E402

EVERY = "".join(map(chr, range(0x110000)))
SIMPLE_TEXT = "".join(regex.findall(f"[{uc.SIMPLE}]", EVERY))


def test_the_generated_module_is_current():
    assert regen.TARGET.read_text(encoding="utf-8") == regen.source(), "run python tests/regen_unicode_classes.py"


def test_simple_is_the_common_blocks_without_joining_characters():
    joining = set(regex.findall(regen.JOINING, EVERY))
    expected = [chr(p) for lo, hi in regen.BLOCKS for p in range(lo, hi + 1) if chr(p) not in joining or p == 0x0D]
    assert SIMPLE_TEXT == "".join(expected)
    assert scripts.is_simple(SIMPLE_TEXT)
    simple = set(SIMPLE_TEXT)
    outside = "".join(ch for ch in EVERY if ch not in simple)
    assert len(outside) + len(SIMPLE_TEXT) == 0x110000
    assert not any(scripts.is_simple(ch) for ch in outside)


def test_simple_text_is_told_alike_one_character_at_a_time_and_by_the_compiled_class():
    # Before its budget is spent, is_simple looks each character up in SIMPLE's ranges; after, it uses the class.
    by_ranges = scripts._SimpleText()
    by_ranges._budget = 2 * 0x110000
    by_class = scripts._SimpleText()
    by_class._budget = 0
    simple = set(SIMPLE_TEXT)
    for char in EVERY:
        assert by_ranges(char) == by_class(char) == (char in simple), hex(ord(char))
    assert by_class._compiled is not None and by_ranges._compiled is None
    for text in (SIMPLE_TEXT, SIMPLE_TEXT + "\u0300", "東京 Tokyo 〜 ２０２６", "ｱﾞ", "한국어", ""):
        assert by_ranges(text) == by_class(text) == (set(text) <= simple)


def test_each_class_is_its_regex_class_cut_to_simple_for_every_code_point():
    for name, prop in regen.CLASSES.items():
        cut = getattr(uc, name)
        ours = re.findall(f"[{cut}]", SIMPLE_TEXT)
        theirs = regex.findall(prop if prop.startswith("[") else f"[{prop}]", SIMPLE_TEXT)
        assert ours == theirs, name
        if not cut.startswith("^"):  # and nothing outside SIMPLE
            assert re.findall(f"[{cut}]", EVERY) == theirs, name


def test_single_characters_are_classified_as_by_regex():
    """char_class and is_cjk look one SIMPLE character up in range tables, any other in ``regex``."""
    sample = SIMPLE_TEXT + "".join(random.Random(7).sample(EVERY, 20000))
    for name in ("han", "hiragana", "katakana", "digit", "latin", "cjk"):
        full = regex.compile(scripts._SOURCES[name][0])
        assert [ch for ch in sample if scripts._in_class(name, ch)] == full.findall(sample), name


def test_a_cluster_of_simple_text_is_one_character_or_cr_lf():
    """No SIMPLE character but CR can join a cluster (UAX #29: every rule that keeps two characters
    together involves one of another grapheme-break class), so \\X splits SIMPLE text into characters."""
    rng = random.Random(1)
    for order in range(4):
        chars = list(SIMPLE_TEXT.replace("\r", ""))
        if order:
            rng.shuffle(chars)
        text = "".join(chars)
        assert regex.findall(r"\X", text) == list(text)
    assert regex.findall(r"\X", "a\r\nb\r\r\n\n\r") == ["a", "\r\n", "b", "\r", "\r\n", "\n", "\r"]


# An alphabet around every class boundary of the SIMPLE patterns, and the literals they name.
def _alphabet() -> list[str]:
    points = set()
    for name in regen.CLASSES:
        for lo, hi in regen.ranges([ord(ch) for ch in re.findall(f"[{getattr(uc, name)}]", SIMPLE_TEXT)]):
            points.update({lo - 1, lo, hi, hi + 1})
    points.update(map(ord, "\r\n\t 　.:/-_'’．：／－,。！？「」『』（）)\"“‘!?ー々〆ヶ〇ｰabcXYZ0123456789あア漢字"))
    return sorted(chr(p) for p in points if 0 <= p < 0x110000 and scripts.is_simple(chr(p)))


ALPHABET = _alphabet()
TEXTS = st.text(alphabet=st.sampled_from(ALPHABET), max_size=40)


def _both(name: str):
    return scripts.pattern(name, True), scripts.pattern(name, False)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_simple_patterns_match_as_the_regex_ones(text):
    for name in ("grapheme", "run", "kana_run"):
        ours, theirs = _both(name)
        assert [(m.lastgroup, m.span()) for m in ours.finditer(text)] == [
            (m.lastgroup, m.span()) for m in theirs.finditer(text)
        ], name
    for name in ("katakana_word", "letters"):
        ours, theirs = _both(name)
        for start in range(len(text)):
            for end in range(start, min(len(text), start + 6) + 1):
                assert (ours.fullmatch(text, start, end) is None) == (theirs.fullmatch(text, start, end) is None)
    ours, theirs = _both("joining")
    assert (ours.search(text) is None) == (theirs.search(text) is None)
    assert [m.span() for m in textdiff._sentence_end(True).finditer(text)] == [
        m.span() for m in textdiff._sentence_end(False).finditer(text)
    ]
    assert textdiff._paragraph_break(True).split(text) == textdiff._paragraph_break(False).split(text)


def test_other_text_is_answered_by_regex():
    text = "ｶﾞ は カ\u3099 と 👨\u200d👩\u200d👧 と 🇯🇵"
    assert not scripts.is_simple(text)
    assert scripts.graphemes(text)[:1] == ["ｶﾞ"]
    assert "カ\u3099" in scripts.graphemes(text) and "🇯🇵" in scripts.graphemes(text)
    assert scripts.is_katakana("カ\u3099ラス")


def test_simple_text_loads_no_regex():
    code = (
        "import sys\n"
        "from kokuchi.language import scripts\n"
        "from kokuchi.diff.textdiff import diff, elide\n"
        "text = 'サーバーの再起動は3月27日（金）12:15に完了しました。詳細はhttps://example.jp/を参照。'\n"
        "list(scripts.runs(text)); scripts.graphemes(text); scripts.char_class('漢'); scripts.is_cjk('あ')\n"
        "elide(diff(text, text.replace('完了しました', '完了しませんでした')))\n"
        "assert 'regex' not in sys.modules, 'regex loaded'\n"
    )
    src = str(Path(scripts.__file__).resolve().parents[2])
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONPATH": src})
