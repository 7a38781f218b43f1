"""Fuzzy suggestions for new messages, and the guards that refuse wrong ones.

The only user of rapidfuzz. A brute-force search compares every new message
with every old one (msgmerge's cost grows that way); here an index of each old
message's rarest character bigrams narrows the search to the few messages that
share a rare bigram with the new one, and rapidfuzz scores those. Japanese has
no spaces, so characters are the right grain: bigrams of kanji and kana are
already rare enough to identify a sentence.

The guards live here too: a meaning flip (必要 → 不要, 有効化 → 無効化, ...)
between the old and the new source means the old translation says the
opposite, so it is never offered.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from . import yamlio
from .errors import KokuchiError

DEFAULT_SIMILARITY = 80.0  # rapidfuzz ratio, 0 to 100: enough to suggest a translation
# A looser match is still worth telling the translator about when it flips the
# meaning: 「機能Xを無効化してください」 → 「…不要になりました。機能Xを再度有効化してください」
# is far from a copy, yet GNU msgmerge (at 60) offers the old translation.
RELATED_SIMILARITY = 60.0


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


class FuzzyIndex:
    """Old messages of one role, searchable for the most similar to a new one."""

    def __init__(self, texts: list[str], similarity: float = DEFAULT_SIMILARITY):
        self.texts = texts
        self.similarity = similarity
        grams = [_bigrams(text) for text in texts]
        self.frequency: Counter[str] = Counter()
        for g in grams:
            self.frequency.update(g)
        self.postings: dict[str, list[int]] = {}
        for index, g in enumerate(grams):
            for gram in self._prefix(g):
                self.postings.setdefault(gram, []).append(index)

    def _prefix(self, grams: set[str]) -> list[str]:
        """The rarest quarter of a text's bigrams (at least two): its signature.

        Two texts similar enough to be suggested share most bigrams, so they
        share at least one of their rarest ones (prefix filtering).
        """
        frequency = self.frequency
        # Sorted by text first so that ties in frequency break the same way every run.
        known = sorted(sorted(grams & frequency.keys()), key=frequency.__getitem__)
        return known[: max(2, math.ceil(len(known) / 4) + 1)]

    def best(self, text: str) -> tuple[str, float] | None:
        """The most similar old text at or above the similarity, and its score."""
        candidates: set[int] = set()
        for gram in self._prefix(_bigrams(text)):
            candidates.update(self.postings.get(gram, ()))
        if not candidates:
            return None
        choices = [self.texts[i] for i in sorted(candidates)]
        found = process.extractOne(text, choices, scorer=fuzz.ratio, score_cutoff=self.similarity)
        return (found[0], found[1]) if found else None


@dataclass(frozen=True)
class FlipPairs:
    negations: tuple[tuple[str, str], ...]
    antonyms: tuple[tuple[str, str], ...]


def _count(text: str, word: str, longer: str) -> int:
    """Occurrences of *word* in *text*, not counting those inside *longer*."""
    total = text.count(word)
    if word in longer and word != longer:
        total -= text.count(longer) * longer.count(word)
    return total


def _delta(old: str, new: str, word: str, other: str) -> int:
    return _count(new, word, other) - _count(old, word, other)


def meaning_flip(old: str, new: str, pairs: FlipPairs) -> tuple[str, str] | None:
    """The pair whose change flips the meaning of *old* into *new*, if any.

    A negation pair flips when the negative word is inserted or removed; an
    antonym pair when one word goes out and the other comes in.
    """
    for positive, negative in pairs.negations:
        if _delta(old, new, negative, positive) != 0:
            return positive, negative
    for a, b in pairs.antonyms:
        da, db = _delta(old, new, a, b), _delta(old, new, b, a)
        if da * db < 0:
            return a, b
    return None


def load_flip_pairs(project_file: Path | None = None) -> FlipPairs:
    """kokuchi's pairs, extended by the project's locales/meaning-flips.yaml if present."""
    sources = [("kokuchi/data/meaning-flips.yaml", resources.files("kokuchi").joinpath("data/meaning-flips.yaml").read_bytes())]
    if project_file is not None and project_file.is_file():
        sources.append((project_file.as_posix(), project_file.read_bytes()))
    negations: list[tuple[str, str]] = []
    antonyms: list[tuple[str, str]] = []
    for name, raw in sources:
        data = yamlio.parse_config(raw, name) or {}
        if not isinstance(data, dict):
            raise KokuchiError(f"{name}: expected negations: and antonyms: lists of pairs")
        for key, target in (("negations", negations), ("antonyms", antonyms)):
            for i, pair in enumerate(data.get(key) or []):
                if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) and w for w in pair)):
                    raise KokuchiError(f"{name}: {key}[{i}]: expected a pair of words, like [必要, 不要]")
                target.append((pair[0], pair[1]))
    return FlipPairs(tuple(negations), tuple(antonyms))
