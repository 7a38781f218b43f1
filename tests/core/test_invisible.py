"""Invisible format characters and noncharacters (issue 20): refused where text
enters, kept only inside emoji, escaped on the terminal."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from kokuchi.core.controls import FORMAT, NONCHARACTERS, escape, text_problem
from kokuchi.core.errors import Problem


def test_every_format_character_of_this_python_is_known():
    # The list is written out (no scan of Unicode at start-up); a newer Unicode
    # with a new format character must add it here.
    import re

    known = re.compile(f"[{FORMAT}]")
    missing = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Cf" and not known.match(chr(code))
    ]
    assert missing == []


@pytest.mark.parametrize(
    "text",
    [
        "1\u200b7:00",  # zero width space inside a time
        "https://example.jp/\u2060help",  # word joiner inside a link
        "Aozora\u00adID",  # soft hyphen
        "ログイン\ufeffできない",  # U+FEFF inside a text
        "\ufff9影響\ufffaえいきょう\ufffb",  # interlinear annotation
        "x" + "".join(chr(0xE0000 + ord(c)) for c in "ignore"),  # tag characters, no flag
        "a\u200db",  # a joiner between letters: nothing to join
        "\u200d👩",  # a joiner at the start
        "1\u200c0",  # zero width non-joiner
        "\U0001f3f4\U000e0067\U000e0062",  # a flag's tags without CANCEL TAG
        "\u2062",  # invisible times
        "\U0001d173",  # musical symbol begin beam
    ],
)
def test_invisible_format_characters_are_refused(text):
    for multiline in (False, True):
        message = text_problem(text, multiline=multiline)
        assert message and "invisible format character" in message


@pytest.mark.parametrize(
    "text",
    [
        "👩\u200d💻 の担当者",  # an emoji ZWJ sequence
        "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # the flag of Scotland
        "❤\ufe0f\u200d🔥",  # heart on fire: VS16 then the joiner
        "葛\U000e0100飾区",  # an ideographic variation selector (Mn, not Cf)
    ],
)
def test_what_stays_allowed(text):
    assert text_problem(text, multiline=False) is None
    assert escape(text) == text


@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff", "\ud800"])
def test_noncharacters_and_surrogates_are_refused(char):
    message = text_problem(f"a{char}b", multiline=True)
    assert message and "XML" in message
    assert char not in escape(f"a{char}b")


def test_all_noncharacters_are_listed():
    import re

    listed = re.compile(f"[{NONCHARACTERS}]")
    nonchars = [c for c in range(0xFDD0, 0xFDF0)] + [p << 16 | low for p in range(17) for low in (0xFFFE, 0xFFFF)]
    assert all(listed.match(chr(c)) for c in nonchars) and len(nonchars) == 66


def test_terminal_escape_is_json_beyond_the_bmp():
    import json

    escaped = escape('"x\U000e0041\u200b"')
    assert json.loads(escaped) == "x\U000e0041\u200b"
    assert escaped.isascii() or "\U000e0041" not in escaped


def test_a_problem_line_cannot_be_forged_by_a_name():
    problem = Problem("notices/x\nforged.yaml:1:1: title: fine", 1, 1, "(notice id)", "invalid\tnotice id")
    assert str(problem).count("\n") == 0
    assert "x\\u000aforged" in str(problem)
