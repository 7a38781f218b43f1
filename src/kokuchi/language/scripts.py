"""Writing-system facts about text: grapheme clusters, scripts, sentences.

The standard ``re`` answers for common text: text whose characters are all in
``unicode_classes.SIMPLE`` (Latin, punctuation and symbols, kana, kanji, full-width
forms; no character that can join a grapheme cluster but CR, so each cluster is one
character or CR LF), with that module's classes, generated from the Unicode Character
Database and checked against ``regex`` for every code point. Any other text is
answered by the ``regex`` module (``\\X`` and Unicode properties that ``re`` lacks),
loaded only then: importing it costs a short command a quarter of its start-up.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from kokuchi.language import unicode_classes as uc

# A sentence ends at a line break or after 。！？ (with the line break that follows).
_SENTENCE = r"[^\n。！？]*(?:[。！？]+\n?|\n)|[^\n。！？]+"
_SENTENCE_ENDS = frozenset("。！？")
_SENTENCE_BREAKS = frozenset("。．！？!?\n")

# Runs that a tokenizer treats alike: line breaks, other white space, web
# addresses, Latin words and numbers (with the dots, colons, hyphens and
# slashes inside versions, IDs, dates and times: 3.1.8, ID:728, 12:15,
# 2026-03-27), Japanese script runs (for the morphological analyzer), and
# single grapheme clusters of punctuation or anything else. Marks and
# joiners stay with the run they follow, so no run boundary splits a cluster.
_LATIN_CHAR = r"[\p{Latin}\p{Nd}\p{M}\u200d]"
_JAPANESE_CHAR = r"[\p{Han}\p{Hiragana}\p{Katakana}ー々〆ヶ〇\uff70\uff9e\uff9f\p{M}\u200d]"
_RUN = (
    r"(?P<newline>[\r\n]+)"
    r"|(?P<space>[^\S\r\n]+)"
    r"|(?P<url>https?://[\x21-\x7e]*[0-9A-Za-z_/])"
    rf"|(?P<latin>{_LATIN_CHAR}+(?:(?:[.:/\-_'’．：／－]|(?<=\p{{Nd}}),(?=\p{{Nd}}{{3}}))+{_LATIN_CHAR}+)*)"
    rf"|(?P<japanese>{_JAPANESE_CHAR}+)"
    r"|(?P<punct>(?=\p{P})\X)"
    r"|(?P<other>\X)"
)
# The same patterns for text of SIMPLE characters alone: each class cut to
# SIMPLE, and a grapheme cluster (\X) is CR LF or one character.
_CLUSTER = r"(?s:\r\n|.)"
_SIMPLE_RUN = (
    r"(?P<newline>[\r\n]+)"
    rf"|(?P<space>[{uc.SPACE}]+)"
    r"|(?P<url>https?://[\x21-\x7e]*[0-9A-Za-z_/])"
    rf"|(?P<latin>[{uc.LATIN_CHAR}]+(?:(?:[.:/\-_'’．：／－]|(?<=[{uc.DIGIT}]),(?=[{uc.DIGIT}]{{3}}))+[{uc.LATIN_CHAR}]+)*)"
    rf"|(?P<japanese>[{uc.JAPANESE_CHAR}]+)"
    rf"|(?P<punct>(?=[{uc.PUNCTUATION}]){_CLUSTER})"
    rf"|(?P<other>{_CLUSTER})"
)
# name: (the pattern for any text (``regex``), the pattern for SIMPLE text (``re``)).
_SOURCES = {
    "grapheme": (r"\X", _CLUSTER),
    # A character whose grapheme-break property is not Other, LF or Control can
    # join a cluster (marks, ZWJ, variation selectors, regional indicators, Hangul
    # jamo, CR). Every rule that keeps two characters in one cluster involves such
    # a character on one side of the boundary.
    "joining": (
        r"[^\p{Grapheme_Cluster_Break=Other}\p{Grapheme_Cluster_Break=LF}\p{Grapheme_Cluster_Break=Control}]",
        r"\r",
    ),
    "run": (_RUN, _SIMPLE_RUN),
    "kana_run": (
        r"[\p{Han}々〆ヶ〇\p{M}\u200d]+|[\p{Hiragana}\p{M}\u200d]+|[\p{Katakana}ー\uff70\uff9e\uff9f\p{M}\u200d]+|\X",
        rf"[{uc.HAN_RUN}]+|[{uc.HIRAGANA_RUN}]+|[{uc.KATAKANA_RUN}]+|{_CLUSTER}",
    ),
    "katakana_word": (
        r"[\p{Katakana}ー\uff70\uff9e\uff9f][\p{Katakana}ー\uff70\uff9e\uff9f\p{M}\u200d]*",
        rf"[{uc.KATAKANA_FIRST}][{uc.KATAKANA_RUN}]*",
    ),
    "letters": (r"\p{Latin}[\p{Latin}\p{M}\p{Nd}\-_.'’]*", rf"[{uc.LATIN}][{uc.LETTERS_REST}]*"),
    "cjk": (
        r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Block=CJK_Symbols_and_Punctuation}"
        r"\p{Block=Halfwidth_and_Fullwidth_Forms}ー]",
        f"[{uc.CJK}]",
    ),
    "han": (r"[\p{Han}々〆ヶ]", f"[{uc.HAN_CLASS}]"),
    "hiragana": (r"\p{Hiragana}", f"[{uc.HIRAGANA}]"),
    "katakana": (r"[\p{Katakana}ー]", f"[{uc.KATAKANA_CLASS}]"),
    "digit": (r"\p{Nd}", f"[{uc.DIGIT}]"),
    "latin": (r"\p{Latin}", f"[{uc.LATIN}]"),
}


class _SimpleText:
    """Whether a text is made of ``unicode_classes.SIMPLE`` characters alone.

    Compiling SIMPLE as a class costs ``re`` a loop over each of its 33,000
    code points (a small command's largest pattern); until a run has read
    SIMPLE_BUDGET characters, each new character is looked up in SIMPLE's
    ranges once and remembered, then the class is compiled for the rest.
    """

    SIMPLE_BUDGET = 50_000  # characters read one by one, at most, before the class is compiled

    def __init__(self) -> None:
        bounds = uc.SIMPLE
        self._lows = [ord(bounds[i]) for i in range(0, len(bounds), 3)]
        self._highs = [ord(bounds[i + 2]) for i in range(0, len(bounds), 3)]
        assert all(bounds[i + 1] == "-" for i in range(0, len(bounds), 3)), "SIMPLE is ranges alone"
        self._known: set[str] = set()  # the characters found in SIMPLE so far
        self._budget = self.SIMPLE_BUDGET
        self._compiled: re.Pattern[str] | None = None

    def __call__(self, text: str) -> bool:
        if self._compiled is None and self._budget < len(text):
            self._compiled = re.compile(f"[{uc.SIMPLE}]*")
        if self._compiled is not None:
            return self._compiled.fullmatch(text) is not None
        self._budget -= len(text)
        known = self._known
        if known.issuperset(text):
            return True
        for char in set(text).difference(known):
            point = ord(char)
            index = bisect_right(self._lows, point) - 1
            if index < 0 or point > self._highs[index]:
                return False
            known.add(char)
        return True


is_simple = _SimpleText()


@cache
def pattern(name: str, simple: bool) -> Any:
    """The compiled pattern *name*: with ``re`` for SIMPLE text, with ``regex`` for any text."""
    full, cut = _SOURCES[name]
    if simple:
        return re.compile(cut)
    import regex

    return regex.compile(full)


def _for(name: str, text: str) -> Any:
    return pattern(name, is_simple(text))


@cache
def _ranges(name: str) -> tuple[bool, tuple[tuple[int, int], ...]]:
    """Whether the SIMPLE pattern *name*, a single class, is negated, and its code-point
    ranges: one character is looked up without compiling the class."""
    return _class_ranges(_SOURCES[name][1])


@cache
def _class_ranges(text: str) -> tuple[bool, tuple[tuple[int, int], ...]]:
    """Whether the class *text* (``[...]``, of SIMPLE characters) is negated, and its code-point ranges."""
    assert text[0] == "[" and text[-1] == "]", text
    negated = text[1] == "^"
    chars: list[str] = []  # an escaped character keeps its backslash: "\\-" is no range
    escaped = False
    for ch in text[2 if negated else 1 : -1]:
        if escaped or ch != "\\":
            chars.append("\\" + ch if escaped else ch)
        escaped = not escaped and ch == "\\"
    ranges = []
    index = 0
    while index < len(chars):
        if index + 2 < len(chars) and chars[index + 1] == "-":
            ranges.append((ord(chars[index][-1]), ord(chars[index + 2][-1])))
            index += 3
        else:
            ranges.append((ord(chars[index][-1]), ord(chars[index][-1])))
            index += 1
    return negated, tuple(ranges)


def _in_class(name: str, ch: str) -> bool:
    """Whether the one character *ch* matches the pattern *name*, a single class."""
    if not is_simple(ch):
        return pattern(name, False).match(ch) is not None
    point = ord(ch)
    negated, ranges = _ranges(name)
    return any(lo <= point <= hi for lo, hi in ranges) != negated


@cache
def _in_simple_class(text: str, ch: str) -> bool:
    """Whether the SIMPLE character *ch* matches the class *text*, without compiling it."""
    negated, ranges = _class_ranges(text)
    point = ord(ch)
    return any(lo <= point <= hi for lo, hi in ranges) != negated


class _Word:
    """Whether SIMPLE text is one character of the class *first* and any of the class *rest*
    (``[first][rest]*``), without compiling the pattern: each character is looked up in the
    classes' code-point ranges once, and those found in them are remembered."""

    def __init__(self, first: str, rest: str) -> None:
        self.first, self.rest = first, rest
        self._firsts: set[str] = set()  # the characters found in first
        self._rests: set[str] = set()  # and in rest

    def __call__(self, text: str) -> bool:
        if not text:
            return False
        head, tail = text[0], text[1:]
        if head not in self._firsts:
            if not _in_simple_class(self.first, head):
                return False
            self._firsts.add(head)
        if self._rests.issuperset(tail):
            return True
        for char in set(tail).difference(self._rests):
            if not _in_simple_class(self.rest, char):
                return False
            self._rests.add(char)
        return True


# The SIMPLE patterns of is_katakana and is_letters as the two classes they are made of (compiling
# the pattern costs a small command more than its every word).
_WORDS = {
    "katakana_word": _Word(f"[{uc.KATAKANA_FIRST}]", f"[{uc.KATAKANA_RUN}]"),
    "letters": _Word(f"[{uc.LATIN}]", f"[{uc.LETTERS_REST}]"),
}


def _is_word(name: str, text: str) -> bool:
    """Whether the pattern *name* matches the whole of *text*."""
    if not is_simple(text):
        return pattern(name, False).fullmatch(text) is not None
    return _WORDS[name](text)


# The char_class names of Japanese script.
KANA_CLASSES = frozenset({"han", "hiragana", "katakana"})
SENTENCE_END = frozenset("。．！？!?")
CLAUSE_PUNCTUATION = frozenset("、，,「」『』（）()【】［］[]〈〉《》・：:；;…‥〜～―-/／")
_SCRIPTS = ("han", "hiragana", "katakana", "digit", "latin")


def graphemes(text: str) -> list[str]:
    return _for("grapheme", text).findall(text)


def grapheme_spans(text: str) -> Iterator[tuple[int, str]]:
    """(start, cluster) for every grapheme cluster of *text*."""
    for match in _for("grapheme", text).finditer(text):
        yield match.start(), match.group()


def grapheme_starts(text: str) -> set[int]:
    """Positions where a grapheme cluster starts, and the end of the text."""
    starts = {match.start() for match in _for("grapheme", text).finditer(text)}
    starts.add(len(text))
    return starts


def may_join_cluster(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds a character that can join a cluster."""
    end = len(text) if end is None else end
    return pattern("joining", is_simple(text[start:end])).search(text, start, end) is not None


def runs(text: str) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of each run: newline, space, url, latin, japanese, punct or other."""
    for match in _for("run", text).finditer(text):
        yield match.lastgroup, match.start(), match.end()


@lru_cache(maxsize=1 << 12)
def is_katakana(text: str) -> bool:
    """Whether *text* is written in katakana alone (with ー, half-width forms, marks).

    Cached: the reader words ask it of every noun the analyzer reads (7,735 times of 348 words in a
    10,000-message merge), and the answer is the text's alone."""
    return _is_word("katakana_word", text)


def is_letters(text: str) -> bool:
    """Whether *text* is a Latin-script word that starts with a letter (IC, Web, Wi-Fi), not a number."""
    return _is_word("letters", text)


def script_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of one Japanese script (kanji, hiragana, katakana)."""
    for match in _for("kana_run", text).finditer(text):
        yield match.start(), match.end()


class _Sentences:
    """The sentences of a text, as ``re.findall(_SENTENCE, text)`` finds them.

    The pattern's classes of CJK punctuation cost ``re`` more to compile than a
    small command's every reading of them: until BUDGET characters are read,
    each text is read by hand (a sentence runs to a line break, or to a run of
    。！？ and the line break after it), then the pattern is compiled for the rest.
    """

    BUDGET = 20_000  # characters read by hand, at most, before the pattern is compiled

    def __init__(self) -> None:
        self._budget = self.BUDGET
        self._compiled: re.Pattern[str] | None = None

    def __call__(self, text: str) -> list[str]:
        if self._compiled is None and self._budget < len(text):
            self._compiled = re.compile(_SENTENCE)
        if self._compiled is not None:
            return self._compiled.findall(text)
        self._budget -= len(text)
        found: list[str] = []
        start, position, end = 0, 0, len(text)
        while position < end:
            char = text[position]
            position += 1
            if char in _SENTENCE_ENDS:
                while position < end and text[position] in _SENTENCE_ENDS:
                    position += 1
                if position < end and text[position] == "\n":
                    position += 1
            elif char != "\n":
                continue
            found.append(text[start:position])
            start = position
        if start < end:
            found.append(text[start:])
        return found


_sentences = _Sentences()


def sentences(text: str) -> list[str]:
    return _sentences(text)


def has_sentence_break(text: str) -> bool:
    return not _SENTENCE_BREAKS.isdisjoint(text)


def is_cjk(ch: str) -> bool:
    return _in_class("cjk", ch)


@cache
def char_class(ch: str) -> str:
    """newline, space, sentence-end, clause, han, hiragana, katakana, digit, latin or other."""
    if ch == "\n":
        return "newline"
    if ch.isspace():
        return "space"
    if ch in SENTENCE_END:
        return "sentence-end"
    if ch in CLAUSE_PUNCTUATION:
        return "clause"
    for name in _SCRIPTS:
        if _in_class(name, ch):
            return name
    return "other"
