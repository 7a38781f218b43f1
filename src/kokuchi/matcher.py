"""Fuzzy suggestions for new messages, and the guards that refuse wrong ones.

The only user of rapidfuzz. A brute-force search compares every new message
with every old one (msgmerge's cost grows that way); here an index of each old
message's rarest character bigrams narrows the search to the few messages that
share a rare bigram with the new one, and rapidfuzz scores those. Japanese has
no spaces, so characters are the right grain: bigrams of kanji and kana are
already rare enough to identify a sentence.

What is done with a match (flip, auto-update, fuzzy) is suggest.py's decision.
"""

from __future__ import annotations

import math
from collections import Counter

from rapidfuzz import fuzz, process

# The catalog command imports the flip pairs from here until it moves to the command layer.
from .language.flips import load_flip_pairs  # noqa: F401

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
