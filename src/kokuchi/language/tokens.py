"""Words: the unit that diffs, matching and line breaking agree on.

Text is first cut into runs by writing system (``scripts.runs``): white space,
web addresses, Latin words and numbers, Japanese script, punctuation. Latin
runs are whole tokens, so versions, IDs, dates and times (``3.1.8``,
``ID:728``, ``2026-03-27``, ``12:15``) never split. Japanese runs go to a
morphological analyzer, fugashi (MeCab) with the unidic-lite dictionary, which
gives morphemes with their part of speech and dictionary form (なかっ → ない).
Why fugashi and not SudachiPy: docs/diff.md, "Choosing the analyzer".

The analyzer is loaded on the first call, so only commands that diff or match
pay for it. Without it (not installed, or failing to load), Japanese runs are
cut where the script changes (kanji, hiragana, katakana): coarser, never
wrong about what is a boundary of a run. ``analyzer()`` says which is in use.

No token boundary falls inside a grapheme cluster, and the tokens rebuild the
text exactly.

**Reader words** (``reader_starts``) are what a reader sees as one word, built
from the analyzer's units by their part of speech: a numeral with its counter
and the suffixes on it (``7時``, ``3営業日``, ``28日分``, ``三月``), a prefix
with the word it binds to (``第一報``, ``約30分``, ``ご来店``), consecutive
katakana nouns (``スマートフォン``, ``ポイントカード``) and a Latin word written
onto them (``Webサイト``). The diff snaps its hunks to these.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from functools import cache, lru_cache
from typing import NamedTuple

from kokuchi.language.scripts import (
    char_class,
    grapheme_starts,
    is_katakana,
    is_letters,
    may_join_cluster,
    runs,
    script_runs,
)


class Token(NamedTuple):
    text: str  # surface, exactly as in the input
    start: int  # offset in the input string
    end: int
    kind: str  # "word" | "number" | "space" | "punct" | "symbol"
    pos: tuple[str, ...]  # part of speech from the analyzer; () for non-Japanese tokens
    lemma: str  # dictionary form (ない for なかっ); casefolded NFKC form for Latin


_KIND = {"newline": "space", "space": "space", "url": "word", "punct": "punct", "other": "symbol"}
# Fields of a UniDic feature line: part of speech 0-3, dictionary form (orthBase) 10.
_POS_FIELDS = 4
_ORTH_BASE = 10

_FALLBACK = "character-type runs (no morphological analyzer: install fugashi and unidic-lite)"


@cache
def _tagger(options: str = ""):
    """The MeCab tagger over unidic-lite, or None when it cannot be loaded."""
    try:
        import fugashi
        import unidic_lite
    except ImportError:
        return None
    dicdir = unidic_lite.DICDIR
    try:
        return fugashi.GenericTagger(f'-d "{dicdir}" -r "{dicdir}/mecabrc" {options}')
    except RuntimeError:
        return None


def tagger():
    """The one analyzer's tagger, or None: for the modules that read more of its analysis (language/morphology.py)."""
    return _tagger()


@lru_cache(maxsize=1 << 12)
def word_offsets(run: str) -> frozenset[int]:
    """Where the words of a run of Japanese script start, and its end: the diff's question, asked often.

    Never inside a grapheme cluster (a run may hold combining marks).
    """
    offsets = _analyzed_offsets(run)
    if may_join_cluster(run):
        offsets &= grapheme_starts(run)
    return frozenset(offsets)


def _analyzed_offsets(run: str) -> set[int]:
    """MeCab's own word splitting (``-Owakati``) answers a few times faster
    than walking the analyzed nodes; a run has no spaces, so the pieces are
    the words.
    """
    if _tagger() is not None and (wakati := _tagger("-Owakati")) is not None:
        offsets, position = {0}, 0
        for word in wakati.parse(run).split():
            position += len(word)
            offsets.add(position)
        if position == len(run):
            return offsets
    return {word[0] for word in _morphemes(run)} | {len(run)}


def analyzer() -> str:
    """What cuts Japanese text into words, with versions."""
    if _tagger() is None:
        return _FALLBACK
    # Package metadata costs more to load than the tokenizer; only --version asks.
    from importlib import metadata

    return f"fugashi {metadata.version('fugashi')} (MeCab), unidic-lite {metadata.version('unidic-lite')}"


@lru_cache(maxsize=1 << 12)
def nodes(run: str) -> tuple[tuple[str, str], ...]:
    """(surface, feature line) of each node the analyzer gives for *run*; () without the analyzer.

    Cached: the diff's words (``_morphemes``) and the guard's reading (language/morphology.py) ask
    the one analyzer about the same runs of a text, and its answer depends on the run alone.
    """
    tagger = _tagger()
    if tagger is None:
        return ()
    return tuple([(node.surface, node.feature_raw) for node in tagger(run)])


@lru_cache(maxsize=1 << 12)
def _morphemes(run: str) -> tuple[tuple[int, int, tuple[str, ...], str], ...]:
    """(start, end, pos, lemma) of each word in a run of Japanese script."""
    words: list[tuple[int, int, tuple[str, ...], str]] = []
    if _tagger() is not None:
        offset = 0
        for surface, feature in nodes(run):
            if not surface or not run.startswith(surface, offset):
                break
            fields = feature.split(",", _ORTH_BASE + 1)  # (the fields read and no more: a line has 26)
            pos = tuple([field for field in fields[:_POS_FIELDS] if field != "*"])
            lemma = fields[_ORTH_BASE] if len(fields) > _ORTH_BASE and fields[_ORTH_BASE] != "*" else surface
            words.append((offset, offset + len(surface), pos, lemma))
            offset += len(surface)
        if offset == len(run):
            return tuple(words)
        words = []  # the analyzer did not give back the run as it was: do without it
    for start, end in script_runs(run):
        words.append((start, end, (), run[start:end]))
    return tuple(words)


def _token(fields: tuple) -> Token:
    """A Token of its six fields, made at C speed (Token(...) is a Python call): runs are read by the thousand."""
    return tuple.__new__(Token, fields)


@lru_cache(maxsize=1 << 12)
def _japanese_tokens(run: str) -> tuple[Token, ...]:
    """The tokens of a run of Japanese script, as if it began the text: a run comes back in clause after clause."""
    return tuple(
        [
            _token((run[a:b], a, b, "punct" if pos[:1] == ("補助記号",) else "word", pos, lemma))
            for a, b, pos, lemma in _morphemes(run)
        ]
    )


def _latin_kind(text: str) -> str:
    return "number" if unicodedata.category(text[0]) == "Nd" else "word"


def tokenize(text: str, *, analyzed: bool = True) -> list[Token]:
    """The tokens of *text*, in order; their texts joined give *text* back.

    Without *analyzed*, Japanese words carry no part of speech or dictionary
    form: a few times faster, for callers that only ask where words are.
    """
    tokens: list[Token] = []
    for kind, start, end in runs(text):
        piece = text[start:end]
        if kind == "japanese" and not analyzed:
            cuts = sorted(word_offsets(piece))
            tokens.extend(
                Token(piece[a:b], start + a, start + b, "word", (), piece[a:b]) for a, b in zip(cuts, cuts[1:])
            )
        elif kind == "japanese":
            words = _japanese_tokens(piece)
            if start:
                words = tuple([_token((word, a + start, b + start, *rest)) for word, a, b, *rest in words])
            tokens.extend(words)
        elif kind == "latin":
            tokens.append(
                Token(piece, start, end, _latin_kind(piece), (), unicodedata.normalize("NFKC", piece).casefold())
            )
        else:
            tokens.append(Token(piece, start, end, _KIND[kind], (), piece))
    if may_join_cluster(text):
        tokens = _whole_clusters(text, tokens)
    return tokens


def word_starts(text: str) -> set[int]:
    """Where the tokens of *text* start, and its end: ``tokenize`` without building tokens."""
    starts = {len(text)}
    for kind, start, end in runs(text):
        if kind == "japanese":
            starts.update(start + offset for offset in word_offsets(text[start:end]))
        else:
            starts.add(start)
    if may_join_cluster(text):
        starts &= grapheme_starts(text)
    return starts


def _whole_clusters(text: str, tokens: list[Token]) -> list[Token]:
    """Join tokens whose boundary falls inside a grapheme cluster."""
    starts = grapheme_starts(text)
    joined: list[Token] = []
    for token in tokens:
        if joined and token.start not in starts:
            last = joined[-1]
            joined[-1] = Token(
                last.text + token.text, last.start, token.end, last.kind, last.pos, last.lemma + token.text
            )
        else:
            joined.append(token)
    return joined


# Reader words. The roles a token can play, from its part of speech (UniDic)
# and its script: a numeral (digits, or 名詞-数詞), a prefix (接頭辞), a suffix
# (接尾辞), a noun (名詞 other than 数詞, 形状詞), a katakana noun, a Latin word.
_NUMERAL, _PREFIX, _SUFFIX, _NOUN, _KATAKANA, _LATIN, _OTHER = range(7)
# What the word being built continues with: after a prefix, anything that is a
# word; after a numeral, more numerals or its counter; after the counter, more
# counters and suffixes (時間 + 目, 日 + 分, 営業 + 日); after katakana, katakana.
_AFTER_PREFIX, _AFTER_NUMERAL, _AFTER_COUNTER, _AFTER_KATAKANA, _ENDED = range(5)


def _role(text: str, kind: str, pos: tuple[str, ...]) -> int:
    if kind == "number" or pos[:2] == ("名詞", "数詞"):
        return _NUMERAL
    if kind != "word":
        return _OTHER
    if not pos:  # a Latin word, or Japanese cut by script runs (no analyzer)
        if is_letters(text):
            return _LATIN
        if is_katakana(text):
            return _KATAKANA
        return _NOUN if char_class(text[0]) == "han" else _OTHER
    head = pos[0]
    if head == "接頭辞":
        return _PREFIX
    if head in ("名詞", "形状詞", "接尾辞"):
        if is_katakana(text):
            return _KATAKANA
        return _SUFFIX if head == "接尾辞" else _NOUN
    return _OTHER


def _is_counter(text: str, role: int, pos: tuple[str, ...]) -> bool:
    """A unit that stays on a counted word: a suffix, a noun that UniDic says can
    count (助数詞可能), or a one-character noun (日, 頃, 前)."""
    return role == _SUFFIX or (role in (_NOUN, _KATAKANA) and ("助数詞可能" in pos or len(text) == 1))


def _continues(state: int, role: int, counter: bool) -> bool:
    """Whether a unit of *role* (a counter or not: _is_counter) continues the word being built."""
    if state == _AFTER_PREFIX:
        return role != _OTHER
    if state == _AFTER_NUMERAL:
        return role in (_NUMERAL, _PREFIX, _SUFFIX, _NOUN, _KATAKANA)
    if state == _AFTER_COUNTER:
        return counter
    if state == _AFTER_KATAKANA:
        return role == _KATAKANA
    return False


def _next_state(state: int, joined: bool, role: int) -> int:
    if role == _PREFIX:
        return _AFTER_PREFIX
    if role == _NUMERAL:
        return _AFTER_NUMERAL
    if joined and state in (_AFTER_NUMERAL, _AFTER_COUNTER):
        return _AFTER_COUNTER
    if role in (_KATAKANA, _LATIN):
        return _AFTER_KATAKANA
    return _ENDED


@lru_cache(maxsize=1 << 10)
def _pos_by_number(word: str, pos: tuple[str, ...], after: bool) -> tuple[str, ...]:
    """The part of speech of a word as it stands next to a number, after it or
    before it: 本 alone (本増発) is a prefix, in 4本 a counter; 第 alone is a
    noun, in 第3 a prefix. The analyzer reads the word with a digit beside it;
    when that cuts the word otherwise, the word's own analysis stays."""
    if _tagger() is None:
        return pos
    if after:
        words = _morphemes("1" + word)
        return words[1][2] if len(words) == 2 and words[0][1] == 1 else pos
    words = _morphemes(word + "1")
    return words[0][2] if len(words) == 2 and words[0][1] == len(word) else pos


@lru_cache(maxsize=1 << 12)
def _unit(text: str, kind: str, pos: tuple[str, ...]) -> tuple[int, bool]:
    """The role of a unit, and whether it is a counter (cached: a function of the three, and the words of
    a catalog repeat: 16,040 units of 605 kinds at 10k)."""
    role = _role(text, kind, pos)
    return role, _is_counter(text, role, pos)


@lru_cache(maxsize=1 << 12)
def _japanese_units(run: str) -> tuple[tuple[int, int, bool], ...]:
    """(offset, role, counter) of each analyzer unit of a run of Japanese script: reader_starts reads a run in
    every window around a change, and an old text and its edit share most of theirs."""
    return tuple([(a, *_unit(run[a:b], "word", pos)) for a, b, pos, _ in _morphemes(run)])


@lru_cache(maxsize=1 << 12)
def _units(run: str, after_digit: bool, before_digit: bool) -> tuple[tuple[int, int, bool], ...]:
    """_japanese_units of a run, its first unit read after a digit, its last before one, as they stand.

    Next to digits a word may be another part of speech (the analyzer never sees the digits: they are a run of
    their own). Cached as _japanese_units is, on all three arguments: a run beside a number (時から, 名様) comes
    back in message after message of a catalog (1,797 of a 10,000-message merge's 2,944 runs read, 129 of them
    distinct), and its units were read anew each time.
    """
    if not (after_digit or before_digit):
        return _japanese_units(run)
    words = [(run[a:b], a, pos) for a, b, pos, _ in _morphemes(run)]
    if after_digit:
        word, at, pos = words[0]
        words[0] = (word, at, _pos_by_number(word, pos, True))
    if before_digit:
        word, at, pos = words[-1]
        words[-1] = (word, at, _pos_by_number(word, pos, False))
    return tuple([(at, *_unit(word, "word", pos)) for word, at, pos in words])


@lru_cache(maxsize=1 << 12)
def reader_starts(text: str) -> frozenset[int]:
    """Where the words a reader sees start in *text*, and its end.

    A subset of the token starts: analyzer units merged by part of speech into
    numerals with their counters (``午後|7時|00分頃``, ``3営業日``, ``十二月|二十九日``),
    prefixed words (``第一報``, ``約30分``, ``ご来店``), katakana compounds
    (``スマートフォン``) and a Latin word with the katakana on it (``Webサイト``).
    A space or punctuation always ends a word. Never inside a grapheme cluster.
    """
    pieces = list(runs(text))
    starts = {len(text)}
    _read_words(text, pieces, 0, len(pieces), starts)
    if may_join_cluster(text):
        starts &= grapheme_starts(text)
    return frozenset(starts)


def _read_words(text: str, pieces: list[tuple[str, int, int]], first: int, last: int, starts: set[int]) -> None:
    """Add the reader-word starts of the runs pieces[first:last] of *text* to *starts*, reading from the first."""
    state = _ENDED
    for index in range(first, last):
        kind, start, end = pieces[index]
        if kind == "japanese":
            units = _units(
                text[start:end],
                index > 0 and pieces[index - 1][0] == "latin" and text[start - 1].isdigit(),
                index + 1 < len(pieces) and pieces[index + 1][0] == "latin" and text[end].isdigit(),
            )
        else:
            unit = text[start:end]
            units = ((0, *_unit(unit, _latin_kind(unit) if kind == "latin" else _KIND[kind], ())),)
        for at, role, counter in units:
            joined = _continues(state, role, counter)
            if not joined:
                starts.add(start + at)
            state = _next_state(state, joined, role)


# Runs that are one unit of their own (_KIND: space, punctuation, a symbol) and end any reader word: the
# state that reader_starts reads on with starts again after one.
_ENDING_RUNS = frozenset({"newline", "space", "punct", "other"})


class ReaderWords:
    """``reader_starts(text)``, as a container of offsets read a stretch at a time.

    A run that ends every reader word (_ENDING_RUNS) starts one, and the words
    after it are read as from the text's start: each stretch of runs between
    two of them has the same reader words alone as in the whole text. So only
    the stretches holding an offset asked about are analyzed: the diff asks
    about the positions around its changes, and the analyzer's time is most of
    the diff's. A text with characters that join a grapheme cluster is read whole.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces = list(runs(text))
        self.bounds = [start for _, start, _ in self.pieces]
        self.whole = reader_starts(text) if may_join_cluster(text) else None
        # The stretch of each run, as (its first run, the run after its last), and each stretch's starts once read.
        self.stretch: list[tuple[int, int]] = []
        first = 0
        for index, (kind, _, _) in enumerate(self.pieces):
            if kind in _ENDING_RUNS:
                self.stretch.extend([(first, index)] * (index - first))
                self.stretch.append((index, index + 1))
                first = index + 1
        self.stretch.extend([(first, len(self.pieces))] * (len(self.pieces) - first))
        self.read: dict[int, set[int]] = {}

    def __contains__(self, offset: object) -> bool:
        if self.whole is not None:
            return offset in self.whole
        if not isinstance(offset, int) or offset < 0 or offset > len(self.text):
            return False
        if offset == len(self.text):
            return True
        index = bisect_right(self.bounds, offset) - 1
        if index < 0 or offset >= self.pieces[index][2]:
            return False
        first, last = self.stretch[index]
        starts = self.read.get(first)
        if starts is None:
            starts = self.read[first] = set()
            _read_words(self.text, self.pieces, first, last, starts)
        return offset in starts


@lru_cache(maxsize=1 << 12)
def reader_words(text: str) -> ReaderWords:
    """``ReaderWords(text)``, one for each text (a diff asks about the same sentence of two texts)."""
    return ReaderWords(text)
