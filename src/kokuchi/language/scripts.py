"""Writing-system facts about text: grapheme clusters, scripts, sentences.

The only user of the ``regex`` module (``\\X`` and Unicode properties that the
standard ``re`` lacks).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

_GRAPHEME = regex.compile(r"\X")
# A character whose grapheme-break property is not Other, LF or Control can
# join a cluster (marks, ZWJ, variation selectors, regional indicators, Hangul
# jamo, CR). Every rule that keeps two characters in one cluster involves such
# a character on one side of the boundary.
_JOINING = regex.compile(
    r"[^\p{Grapheme_Cluster_Break=Other}\p{Grapheme_Cluster_Break=LF}\p{Grapheme_Cluster_Break=Control}]"
)
# A sentence ends at a line break or after 。！？ (with the line break that follows).
_SENTENCE = regex.compile(r"[^\n。！？]*(?:[。！？]+\n?|\n)|[^\n。！？]+")
_SENTENCE_BREAK = regex.compile(r"[。．！？!?\n]")


@cache
def _cjk() -> regex.Pattern[str]:
    return regex.compile(
        r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Block=CJK_Symbols_and_Punctuation}"
        r"\p{Block=Halfwidth_and_Fullwidth_Forms}ー]"
    )


_SCRIPTS = (
    ("han", regex.compile(r"[\p{Han}々〆ヶ]")),
    ("hiragana", regex.compile(r"\p{Hiragana}")),
    ("katakana", regex.compile(r"[\p{Katakana}ー]")),
    ("digit", regex.compile(r"\p{Nd}")),
    ("latin", regex.compile(r"\p{Latin}")),
)
# Runs that a tokenizer treats alike: line breaks, other white space, web
# addresses, Latin words and numbers (with the dots, colons, hyphens and
# slashes inside versions, IDs, dates and times: 3.1.8, ID:728, 12:15,
# 2026-03-27), Japanese script runs (for the morphological analyzer), and
# single grapheme clusters of punctuation or anything else. Marks and
# joiners stay with the run they follow, so no run boundary splits a cluster.
_LATIN_CHAR = r"[\p{Latin}\p{Nd}\p{M}\u200d]"
_JAPANESE_CHAR = r"[\p{Han}\p{Hiragana}\p{Katakana}ー々〆ヶ〇\uff70\uff9e\uff9f\p{M}\u200d]"
_RUN = regex.compile(
    r"(?P<newline>[\r\n]+)"
    r"|(?P<space>[^\S\r\n]+)"
    r"|(?P<url>https?://[\x21-\x7e]*[0-9A-Za-z_/])"
    rf"|(?P<latin>{_LATIN_CHAR}+(?:(?:[.:/\-_'’．：／－]|(?<=\p{{Nd}}),(?=\p{{Nd}}{{3}}))+{_LATIN_CHAR}+)*)"
    rf"|(?P<japanese>{_JAPANESE_CHAR}+)"
    r"|(?P<punct>(?=\p{P})\X)"
    r"|(?P<other>\X)"
)


@cache
def _kana_run() -> regex.Pattern[str]:
    return regex.compile(
        r"[\p{Han}々〆ヶ〇\p{M}\u200d]+|[\p{Hiragana}\p{M}\u200d]+|[\p{Katakana}ー\uff70\uff9e\uff9f\p{M}\u200d]+|\X"
    )


# The char_class names of Japanese script.
KANA_CLASSES = frozenset({"han", "hiragana", "katakana"})
SENTENCE_END = frozenset("。．！？!?")
CLAUSE_PUNCTUATION = frozenset("、，,「」『』（）()【】［］[]〈〉《》・：:；;…‥〜～―-/／")


def graphemes(text: str) -> list[str]:
    return _GRAPHEME.findall(text)


def grapheme_spans(text: str) -> Iterator[tuple[int, str]]:
    """(start, cluster) for every grapheme cluster of *text*."""
    for match in _GRAPHEME.finditer(text):
        yield match.start(), match.group()


def grapheme_starts(text: str) -> set[int]:
    """Positions where a grapheme cluster starts, and the end of the text."""
    starts = {match.start() for match in _GRAPHEME.finditer(text)}
    starts.add(len(text))
    return starts


def may_join_cluster(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds a character that can join a cluster."""
    return _JOINING.search(text, start, len(text) if end is None else end) is not None


def runs(text: str) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of each run: newline, space, url, latin, japanese, punct or other."""
    for match in _RUN.finditer(text):
        yield match.lastgroup, match.start(), match.end()


_KATAKANA_WORD = regex.compile(r"[\p{Katakana}ー\uff70\uff9e\uff9f][\p{Katakana}ー\uff70\uff9e\uff9f\p{M}\u200d]*")
_LETTERS = regex.compile(r"\p{Latin}[\p{Latin}\p{M}\p{Nd}\-_.'’]*")


def is_katakana(text: str) -> bool:
    """Whether *text* is written in katakana alone (with ー, half-width forms, marks)."""
    return _KATAKANA_WORD.fullmatch(text) is not None


def is_letters(text: str) -> bool:
    """Whether *text* is a Latin-script word that starts with a letter (IC, Web, Wi-Fi), not a number."""
    return _LETTERS.fullmatch(text) is not None


def script_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of one Japanese script (kanji, hiragana, katakana)."""
    for match in _kana_run().finditer(text):
        yield match.start(), match.end()


def sentences(text: str) -> list[str]:
    return _SENTENCE.findall(text)


def has_sentence_break(text: str) -> bool:
    return _SENTENCE_BREAK.search(text) is not None


def is_cjk(ch: str) -> bool:
    return _cjk().match(ch) is not None


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
    for name, pattern in _SCRIPTS:
        if pattern.match(ch):
            return name
    return "other"
