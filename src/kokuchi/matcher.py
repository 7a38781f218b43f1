"""Fuzzy suggestions for new messages: which old message, if any, a new one is an edit of.

The only user of rapidfuzz. Notices are written from stock phrases (ご不便を
おかけし…, …をご利用いただけません), so a new message shares much of its text
with many old ones without being an edit of any. Two measures, both on
character bigrams (Japanese has no spaces; bigrams of kanji and kana are
already words or parts of words):

- the **candidates** are the old messages that share the most of the new
  one's rarest bigrams (its signature: the SIGNATURE bigrams that fewest old
  messages contain). Postings of rare bigrams are short, so gathering them
  stays near-linear in the catalog; numpy counts them, and only the best
  CANDIDATES are scored, by rapidfuzz's ratio (the edit-distance similarity
  GNU msgmerge also uses);
- the best of those is an **edit** only if one of the two messages keeps
  almost all of the other's distinctive content: bigrams weighted by rarity
  (inverse document frequency, so stock phrases weigh little and names,
  functions and symptoms a lot), at least CONTENT_KEPT of the weight of one
  message found in the other. A typo, a number, a clause added or a stock
  phrase reworded keeps the content; another service's notice written from
  the same phrases does not. Such a message scores at most RELATED_SIMILARITY:
  related (worth telling about if the meaning flipped), never a suggestion.

What is done with a suggestion (flip, auto-update, fuzzy) is suggest.py's decision.
"""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process

# The catalog command imports the flip pairs from here until it moves to the command layer.
from .language.flips import load_flip_pairs  # noqa: F401

DEFAULT_SIMILARITY = 80.0  # rapidfuzz ratio, 0 to 100: enough to suggest a translation
# A looser match is still worth telling the translator about when it flips the
# meaning: 「機能Xを無効化してください」 → 「…不要になりました。機能Xを再度有効化してください」
# is far from a copy, yet GNU msgmerge (at 60) offers the old translation.
RELATED_SIMILARITY = 60.0
CONTENT_KEPT = 0.8  # share of one message's weighted bigrams found in the other, for an edit
SIGNATURE = 12  # rarest bigrams per message that the candidate search goes by
CANDIDATES = 200  # candidates scored per new message
POSTINGS_BUDGET = 4000  # postings gathered per new message, at most (beyond the two rarest bigrams)

_END = "\x00"  # ends every text, so that one-character messages have a bigram too
_CODE_BITS = 21  # a code point fits in 21 bits; a bigram is two of them


def _bigram_keys(texts: list[str]) -> np.ndarray:
    """Sorted unique (text index << 42 | bigram code) of every text, in one pass at C speed."""
    joined = "".join(text + _END for text in texts)
    chars = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    lengths = np.fromiter((len(text) + 1 for text in texts), dtype=np.int64, count=len(texts))
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)[:-1]
    first, second = chars[:-1], chars[1:]
    keep = first != 0
    keys = (owner[keep] << (2 * _CODE_BITS)) | (first[keep] << _CODE_BITS) | second[keep]
    return _sorted_unique(keys)


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique by sorting in place (numpy's hash-based unique is slower on millions of keys)."""
    values.sort()
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _codes(text: str) -> np.ndarray:
    padded = text + _END
    return np.unique(np.fromiter(((ord(a) << _CODE_BITS) | ord(b) for a, b in zip(padded, padded[1:])), dtype=np.int64))


class FuzzyIndex:
    """Old messages of one role, searchable for the one a new message is an edit of."""

    def __init__(self, texts: list[str], similarity: float = DEFAULT_SIMILARITY):
        self.texts = list(texts)
        self.choices = np.array(self.texts, dtype=object)  # picked by index at C speed
        self.similarity = similarity
        keys = _bigram_keys(self.texts)
        owners = keys >> (2 * _CODE_BITS)
        codes = keys & ((1 << 2 * _CODE_BITS) - 1)
        del keys
        self.vocabulary = _sorted_unique(codes.copy())
        ids = np.searchsorted(self.vocabulary, codes)
        del codes
        df = np.bincount(ids, minlength=len(self.vocabulary))
        count = len(self.texts)
        self.df = df
        self.weight = np.log((1 + count) / (1 + df)) + 1.0  # smoothed IDF: stock phrases weigh little
        self.unknown_weight = float(np.log(1 + count) + 1.0)
        # Every text's bigram ids (keys are sorted by text), for the content measure.
        self.offsets = np.searchsorted(owners, np.arange(count + 1))
        self.ids = ids
        self.total = np.add.reduceat(self.weight[ids], self.offsets[:-1]) if len(ids) else np.zeros(count)
        # Postings of each text's signature, by bigram id.
        order = np.lexsort((ids, df[ids], owners))
        rank = np.arange(len(order)) - self.offsets[owners[order]]
        chosen = order[rank < SIGNATURE]
        by_gram = np.argsort(ids[chosen], kind="stable")
        self.postings = owners[chosen][by_gram].astype(np.int32)
        self.starts = np.searchsorted(ids[chosen][by_gram], np.arange(len(self.vocabulary) + 1))

    def _known(self, text: str) -> tuple[np.ndarray, int]:
        """The ids of *text*'s bigrams that old messages have, and how many they do not."""
        codes = _codes(text)
        at = np.searchsorted(self.vocabulary, codes).clip(max=len(self.vocabulary) - 1)
        known = self.vocabulary[at] == codes
        return at[known], int(len(codes) - known.sum())

    def candidates(self, text: str, ids: np.ndarray | None = None) -> list[int]:
        """The old messages sharing most of *text*'s rarest bigrams, best first (at most CANDIDATES)."""
        if ids is None:
            ids = self._known(text)[0]
        if not len(ids):
            return []
        signature = ids[np.lexsort((ids, self.df[ids]))[:SIGNATURE]]
        # The rarest first, until enough postings are gathered: long postings say little.
        lengths = np.cumsum(self.starts[signature + 1] - self.starts[signature])
        signature = signature[: max(2, int(np.searchsorted(lengths, POSTINGS_BUDGET, side="right")))]
        gathered = np.concatenate([self.postings[self.starts[i] : self.starts[i + 1]] for i in signature])
        if not len(gathered):
            return []
        gathered.sort()
        edges = np.flatnonzero(np.diff(gathered)) + 1
        found = gathered[np.concatenate(([0], edges))]
        shared = np.diff(np.concatenate(([0], edges, [len(gathered)])))
        if len(found) > CANDIDATES:
            top = np.argpartition(-shared, CANDIDATES)[:CANDIDATES]
            found, shared = found[top], shared[top]
        return found[np.lexsort((found, -shared))].tolist()

    def content_kept(self, text: str, index: int, ids: np.ndarray | None = None, unknown: int | None = None) -> float:
        """How much of the distinctive content of one of *text* and old message *index* the other keeps (0 to 1)."""
        if ids is None:
            ids, unknown = self._known(text)
        theirs = self.ids[self.offsets[index] : self.offsets[index + 1]]
        shared = float(self.weight[np.intersect1d(ids, theirs, assume_unique=True)].sum())
        mine = float(self.weight[ids].sum()) + unknown * self.unknown_weight
        return max(shared / mine if mine else 1.0, shared / float(self.total[index]) if self.total[index] else 1.0)

    def best(self, text: str) -> tuple[str, float] | None:
        """The old text *text* is most likely an edit of, at or above the similarity, and its score.

        A text that shares phrases but not content with its closest match
        scores at most RELATED_SIMILARITY.
        """
        ids, unknown = self._known(text)
        candidates = self.candidates(text, ids)
        if not candidates:
            return None
        found = process.extractOne(text, self.choices[candidates], scorer=fuzz.ratio, score_cutoff=self.similarity)
        if not found:
            return None
        score = found[1]
        if score > RELATED_SIMILARITY and self.content_kept(text, candidates[found[2]], ids, unknown) < CONTENT_KEPT:
            score = RELATED_SIMILARITY
            if score < self.similarity:
                return None
        return found[0], score
