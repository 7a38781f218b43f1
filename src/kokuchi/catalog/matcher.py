"""Fuzzy suggestions for new messages: which old message, if any, a new one is an edit of.

The only user of rapidfuzz and numpy. Notices are written from stock phrases
(ご不便をおかけし…, …をご利用いただけません), so a new message shares much of
its text with many old ones without being an edit of any. Two measures, on
character n-grams (Japanese has no spaces):

- the **candidates** are the old messages that share the most of the new
  one's rarest 5-grams (its signature: the SIGNATURE 5-grams that fewest old
  messages contain). A 5-gram spans the seam between two words (向けデータ連,
  の振込予約), so even in a catalog of a small vocabulary the signature names
  the combination that makes a message itself. Postings of rare grams are
  short, so gathering them stays near-linear in the catalog; numpy counts
  them, and only the best CANDIDATES are scored, by rapidfuzz's ratio (the
  edit-distance similarity GNU msgmerge also uses);
- the best of those is an **edit** only if one of the two messages keeps
  almost all of the other's distinctive content: bigrams weighted by rarity
  (smoothed inverse document frequency, so stock phrases weigh little and
  names, functions and symptoms a lot), at least CONTENT_KEPT of the weight of
  one message found in the other. A typo, a number, a clause added or a stock
  phrase reworded keeps the content; another service's notice written from
  the same phrases does not: it is a new message, not a suggestion. (A match
  below DEFAULT_SIMILARITY, down to RELATED_SIMILARITY, is only related:
  worth telling about if the meaning flipped.) Digits weigh as digits, not
  as the rare bigrams they are (3,980円 → 4,280円 keeps its content: the
  value is the entity layer's business);
- a short edit of politeness or wording (ご請求金額を確認してください →
  ご請求金額をご確認ください) scores low on the whole text, because the
  hiragana that changed are much of a short message. Its **content
  characters** (kanji, katakana, Latin letters and digits, what remains
  without the hiragana of inflection and politeness; at least MIN_CONTENT of
  them) are measured too in a message under SHORT characters, the better
  measure counting: an edit when they score at least DEFAULT_SIMILARITY, or
  when they keep the content.

What is done with a suggestion (flip, auto-update, fuzzy) is suggest.py's decision.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
from rapidfuzz import fuzz, process

DEFAULT_SIMILARITY = 80.0  # rapidfuzz ratio, 0 to 100: enough to suggest a translation
# A looser match is still worth telling the translator about when it flips the
# meaning: 「機能Xを無効化してください」 → 「…不要になりました。機能Xを再度有効化してください」
# is far from a copy, yet GNU msgmerge (at 60) offers the old translation.
RELATED_SIMILARITY = 60.0
CONTENT_KEPT = 0.8  # share of one message's weighted bigrams found in the other, for an edit
SIGNATURE_GRAM = 5  # characters per gram of the signature
SIGNATURE = 12  # rarest grams per message that the candidate search goes by
CANDIDATES = 100  # candidates scored per new message
POSTINGS_BUDGET = 4000  # postings gathered per new message, at most (beyond the two rarest grams)

MIN_CONTENT = 4  # content characters a message needs for its content alone to make it an edit
SHORT = 40  # characters: a message this short is measured on its content characters too
_CHUNK = 20_000  # texts per chunk when building the index
_START, _END = "\x01" * 3, "\x00"  # around every text, so that one-character messages have a 5-gram too
_CODE_BITS = 21  # a code point fits in 21 bits: a bigram is exact in an int64
_HASH_MULTIPLIER = 0x9E3779B97F4A7C15 - (1 << 64)  # a longer gram is hashed (as a signed int64)


def _fold(text: str) -> str:
    """Full-width forms as half-width (NFKC) and runs of white space as one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


_DIGITS = str.maketrans("123456789", "000000000")
_HIRAGANA = re.compile(r"[\u3041-\u309f、。・「」\s]+")


def _mask(text: str) -> str:
    """Every digit as 0: a number edit keeps the content (3,980円 and 4,280円 are 0,000円)."""
    return text.translate(_DIGITS)


def _masked(chars: np.ndarray) -> np.ndarray:
    """The code points with every digit as 0 (as _mask, on an array)."""
    chars[(chars >= 0x31) & (chars <= 0x39)] = 0x30
    return chars


def _content_characters(text: str) -> str:
    """What a folded text says without its hiragana and punctuation: 請求金額確認 (digits as 0)."""
    return _mask(_HIRAGANA.sub("", text))


def _same_or(text: str, folded: str) -> str:
    """*text* itself when folding left it as it was: one string in memory, not two."""
    return text if folded == text else folded


def _characters(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The code points of all texts, each between _START and _END, and the text each belongs to."""
    joined = "".join(_START + text + _END for text in texts)
    chars = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    lengths = np.fromiter((len(text) + len(_START) + 1 for text in texts), dtype=np.int64, count=len(texts))
    return chars, np.repeat(np.arange(len(texts), dtype=np.int32), lengths)


def _grams(chars: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The code of the n-gram at every position, and where one lies within a text (ending at most at its _END).

    Bigrams are exact; longer grams are hashed into 64 bits, where a rare
    collision only adds a candidate.
    """
    size = max(len(chars) - n + 1, 0)
    codes = chars[:size].copy()
    inside = chars[:size] != 0
    with np.errstate(over="ignore"):
        for k in range(1, n):
            if n * _CODE_BITS < 64:
                codes <<= _CODE_BITS
                codes |= chars[k : k + size]
            else:
                codes *= _HASH_MULTIPLIER  # wraps around, as a hash should
                codes += chars[k : k + size]
            if k < n - 1:
                inside &= chars[k : k + size] != 0
    return codes, inside


def _codes(text: str, n: int) -> np.ndarray:
    """The distinct n-gram codes of one text, sorted."""
    chars = np.frombuffer((_START + text + _END).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    codes = np.sort(_grams(chars, n)[0])
    return codes[np.concatenate(([True], codes[1:] != codes[:-1]))] if len(codes) else codes


def _distinct(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct codes, sorted, and how often each occurs (sorting beats numpy's hash-based unique here)."""
    ordered = np.sort(codes)
    if not len(ordered):
        return ordered, np.zeros(0, dtype=np.int64)
    edges = np.flatnonzero(ordered[1:] != ordered[:-1]) + 1
    return ordered[np.concatenate(([0], edges))], np.diff(np.concatenate(([0], edges, [len(ordered)])))


def _inside(grams: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    codes, inside = grams
    return codes[inside]


def _merged(parts) -> tuple[np.ndarray, np.ndarray]:
    """The distinct codes of several (codes, counts) parts, with their counts summed."""
    parts = list(parts)
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    joined, weights = np.concatenate([codes for codes, _ in parts]), np.concatenate([counts for _, counts in parts])
    order = np.argsort(joined, kind="stable")
    joined, weights = joined[order], weights[order]
    edges = np.flatnonzero(joined[1:] != joined[:-1]) + 1
    starts = np.concatenate(([0], edges))
    return joined[starts], np.add.reduceat(weights, starts) if len(joined) else weights


def _known(vocabulary: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """The positions in *vocabulary* of the *codes* it has."""
    if not len(vocabulary):
        return np.zeros(0, dtype=np.int64)
    at = np.searchsorted(vocabulary, codes).clip(max=len(vocabulary) - 1)
    return at[vocabulary[at] == codes]


class FuzzyIndex:
    """Old messages of one role, searchable for the one a new message is an edit of."""

    def __init__(self, texts: list[str], similarity: float = DEFAULT_SIMILARITY):
        self.texts = list(texts)
        # Compared as read: ０１２０ is 0120 (a width-only edit is an edit).
        self.folded = [_same_or(text, _fold(text)) for text in self.texts]
        self.choices = np.array(self.folded, dtype=object)  # picked by index at C speed
        self._content_choices: np.ndarray | None = None  # content characters, made when first asked
        self.similarity = similarity
        count = len(self.texts)
        # Built in chunks of texts, so that memory stays a small multiple of the catalog.
        chunks = [(lo, self.folded[lo : lo + _CHUNK]) for lo in range(0, count, _CHUNK)]
        # Content: bigrams weighted by rarity (smoothed IDF: stock phrases weigh little).
        self.bigrams, frequency = _merged(
            _distinct(_inside(_grams(_masked(_characters(chunk)[0]), 2))) for _, chunk in chunks
        )
        self.weight = np.log((1 + count) / (1 + frequency)) + 1.0
        self.unknown_weight = float(np.log(1 + count) + 1.0)
        # Candidates: postings of each text's signature, its SIGNATURE rarest 5-grams.
        self.grams, self.df = _merged(
            _distinct(_inside(_grams(_characters(chunk)[0], SIGNATURE_GRAM))) for _, chunk in chunks
        )
        signatures = [self._signatures(lo, chunk) for lo, chunk in chunks]
        owners = np.concatenate([o for o, _ in signatures]) if signatures else np.zeros(0, dtype=np.int32)
        ids = np.concatenate([i for _, i in signatures]) if signatures else np.zeros(0, dtype=np.int32)
        by_gram = np.argsort(ids, kind="stable")
        self.postings = owners[by_gram]
        self.starts = np.searchsorted(ids[by_gram], np.arange(len(self.grams) + 1))

    def _signatures(self, lo: int, chunk: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(text, gram id) of the SIGNATURE rarest 5-grams of each text of a chunk starting at text *lo*."""
        chars, owner = _characters(chunk)
        codes, inside = _grams(chars, SIGNATURE_GRAM)
        codes, owners = codes[inside], owner[: len(inside)][inside]
        local, inverse = np.unique(codes, return_inverse=True)
        ids = np.searchsorted(self.grams, local).astype(np.int32)[inverse]
        # Positions are grouped by text already: sort each text's rarest first.
        order = np.argsort((owners.astype(np.int64) << 32) | self.df[ids], kind="stable")
        starts = np.searchsorted(owners, np.arange(len(chunk) + 1, dtype=np.int32))
        chosen = order[np.arange(len(order)) - starts[owners] < SIGNATURE]
        return owners[chosen] + np.int32(lo), ids[chosen]

    def candidates(self, text: str) -> list[int]:
        """The old messages sharing most of *text*'s rarest 5-grams, best first (at most CANDIDATES)."""
        ids = _known(self.grams, _codes(_fold(text), SIGNATURE_GRAM))
        if not len(ids):
            return []
        signature = ids[np.argsort(self.df[ids], kind="stable")[:SIGNATURE]]
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

    def content_kept(self, text: str, index: int) -> float:
        """How much of the distinctive content of one of *text* and old message *index* the other keeps (0 to 1).

        Measured on the whole texts and on their content characters (without
        the hiragana of politeness and inflection), the better of the two: in
        a short message, ください → 下さい is many bigrams of few.
        """
        kept = self._kept(_mask(_fold(text)), _mask(self.folded[index]))
        if kept >= 1.0 or min(len(text), len(self.folded[index])) >= SHORT:
            return kept
        mine, theirs = _content_characters(_fold(text)), _content_characters(self.folded[index])
        if len(mine) >= MIN_CONTENT and len(theirs) >= MIN_CONTENT:
            kept = max(kept, self._kept(mine, theirs))
        return kept

    def _kept(self, text: str, other: str) -> float:
        mine, theirs = _codes(text, 2), _codes(other, 2)
        shared = self._weight(np.intersect1d(mine, theirs, assume_unique=True))
        return max(shared / self._weight(mine), shared / self._weight(theirs))

    def _weight(self, codes: np.ndarray) -> float:
        at = np.searchsorted(self.bigrams, codes).clip(max=max(len(self.bigrams) - 1, 0))
        known = self.bigrams[at] == codes
        return float(self.weight[at[known]].sum()) + int(len(codes) - known.sum()) * self.unknown_weight

    def best(self, text: str) -> tuple[str, float] | None:
        """The old text *text* is most likely an edit of, at or above the similarity, and its score.

        None when there is none, or when the closest is as close as an edit
        but does not keep its distinctive content (another subject written
        from the same phrases).
        """
        folded = _fold(text)
        candidates = self.candidates(folded)
        if not candidates:
            return None
        found = process.extractOne(folded, self.choices[candidates], scorer=fuzz.ratio, score_cutoff=self.similarity)
        if found and found[1] >= DEFAULT_SIMILARITY:
            index, score = candidates[found[2]], found[1]
            if self.content_kept(folded, index) >= CONTENT_KEPT:
                return self.texts[index], score
            return None  # as close as an edit, but about something else: a new message
        short = self._content_edit(folded, candidates)
        if short is not None:
            return short
        return (self.texts[candidates[found[2]]], found[1]) if found else None

    def _content_edit(self, folded: str, candidates: list[int]) -> tuple[str, float] | None:
        """An edit whose content characters match and keep the content (a short reworded message)."""
        content = _content_characters(folded)
        if len(content) < MIN_CONTENT or len(folded) >= SHORT:
            return None
        if self._content_choices is None:
            self._content_choices = np.array([_content_characters(text) for text in self.folded], dtype=object)
        found = process.extractOne(
            content, self._content_choices[candidates], scorer=fuzz.ratio, score_cutoff=DEFAULT_SIMILARITY
        )
        if not found:
            return None
        index = candidates[found[2]]
        if self.content_kept(folded, index) < CONTENT_KEPT:
            return None
        return self.texts[index], found[1]
