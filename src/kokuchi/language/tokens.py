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
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from kokuchi.language.scripts import grapheme_starts, may_join_cluster, runs, script_runs


@dataclass(frozen=True, slots=True)
class Token:
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
def _morphemes(run: str) -> tuple[tuple[int, int, tuple[str, ...], str], ...]:
    """(start, end, pos, lemma) of each word in a run of Japanese script."""
    tagger = _tagger()
    words: list[tuple[int, int, tuple[str, ...], str]] = []
    if tagger is not None:
        offset = 0
        for node in tagger(run):
            surface = node.surface
            if not surface or not run.startswith(surface, offset):
                break
            fields = node.feature_raw.split(",")
            pos = tuple(field for field in fields[:_POS_FIELDS] if field != "*")
            lemma = fields[_ORTH_BASE] if len(fields) > _ORTH_BASE and fields[_ORTH_BASE] != "*" else surface
            words.append((offset, offset + len(surface), pos, lemma))
            offset += len(surface)
        if offset == len(run):
            return tuple(words)
        words = []  # the analyzer did not give back the run as it was: do without it
    for start, end in script_runs(run):
        words.append((start, end, (), run[start:end]))
    return tuple(words)


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
            for word_start, word_end, pos, lemma in _morphemes(piece):
                word_kind = "punct" if pos[:1] == ("補助記号",) else "word"
                tokens.append(
                    Token(piece[word_start:word_end], start + word_start, start + word_end, word_kind, pos, lemma)
                )
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
