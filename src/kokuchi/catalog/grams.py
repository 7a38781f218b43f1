"""The matcher's n-gram index as numpy arrays, for catalogs above matcher.SMALL messages.

The same index as matcher._GramDict (the same grams, weights, signatures,
postings and candidates: see matcher.py's docstring), built and searched with
numpy so that a catalog of 10,000s of messages is indexed in near-linear time.
Importing numpy costs ~100 ms of CPU, more than a small catalog's whole merge:
matcher.FuzzyIndex imports this module only for a large catalog.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from kokuchi.catalog.matcher import CANDIDATES, END, POSTINGS_BUDGET, SIGNATURE, SIGNATURE_GRAM, START

_CHUNK = 20_000  # texts per chunk when building the index
_CODE_BITS = 21  # a code point fits in 21 bits: a bigram is exact in an int64
_HASH_MULTIPLIER = 0x9E3779B97F4A7C15 - (1 << 64)  # a longer gram is hashed (as a signed int64)


def _masked(chars: np.ndarray) -> np.ndarray:
    """The code points with every digit as 0 (as _mask, on an array)."""
    chars[(chars >= 0x31) & (chars <= 0x39)] = 0x30
    return chars


def _characters(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The code points of all texts, each between START and END, and the text each belongs to."""
    joined = "".join(START + text + END for text in texts)
    chars = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    lengths = np.fromiter((len(text) + len(START) + 1 for text in texts), dtype=np.int64, count=len(texts))
    return chars, np.repeat(np.arange(len(texts), dtype=np.int32), lengths)


def _grams(chars: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The code of the n-gram at every position, and where one lies within a text (ending at most at its END).

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
    chars = np.frombuffer((START + text + END).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    codes = np.sort(_grams(chars, n)[0])
    return codes[np.concatenate(([True], codes[1:] != codes[:-1]))] if len(codes) else codes


def _distinct(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct codes, sorted, and how often each occurs (sorting beats numpy's hash-based unique here)."""
    return _runs(np.sort(codes))


def _runs(ordered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of a sorted array and how often each occurs (np.unique's answer, without its sort)."""
    if not len(ordered):
        return ordered, np.zeros(0, dtype=np.int64)
    edges = np.flatnonzero(ordered[1:] != ordered[:-1]) + 1
    return ordered[np.concatenate(([0], edges))], np.diff(np.concatenate(([0], edges, [len(ordered)])))


def _stable_order(keys: np.ndarray) -> np.ndarray:
    """``np.argsort(keys, kind="stable")`` of non-negative integer keys: each key and its position packed in one
    int64 and sorted by value (unstable, and several times faster than a stable argsort: the packed values are
    all distinct, and equal keys come out in the order of their positions), when both fit in 63 bits."""
    count = len(keys)
    shift = max(count - 1, 1).bit_length()
    if not count or int(keys.max()).bit_length() + shift > 63:
        return np.argsort(keys, kind="stable")
    packed = (keys.astype(np.int64) << shift) | np.arange(count, dtype=np.int64)
    packed.sort()
    return packed & ((1 << shift) - 1)


def _inside(grams: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    codes, inside = grams
    return codes[inside]


def _merged(parts: Iterable[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """The distinct codes of several (codes, counts) parts, with their counts summed."""
    every = list(parts)
    if not every:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    joined, weights = np.concatenate([codes for codes, _ in every]), np.concatenate([counts for _, counts in every])
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


class ArrayGrams:
    """The n-gram index of the folded texts of one role, in numpy arrays."""

    def __init__(self, folded: list[str]):
        count = len(folded)
        # Built in chunks of texts, so that memory stays a small multiple of the catalog.
        chunks = [(lo, folded[lo : lo + _CHUNK]) for lo in range(0, count, _CHUNK)]
        # Content: bigrams weighted by rarity (smoothed IDF: stock phrases weigh little).
        self.bigrams, frequency = _merged(
            _distinct(_inside(_grams(_masked(_characters(chunk)[0]), 2))) for _, chunk in chunks
        )
        self.weight = np.log((1 + count) / (1 + frequency)) + 1.0
        self.unknown_weight = float(np.log(1 + count) + 1.0)
        # Candidates: postings of each text's signature, its SIGNATURE rarest 5-grams.
        if len(chunks) == 1:  # one chunk: its grams are the vocabulary, counted and numbered in one sort
            codes, owners = self._positions(folded)
            self.grams, ids, self.df = np.unique(codes, return_inverse=True, return_counts=True)
            signatures = [self._chosen(0, len(folded), owners, ids.reshape(-1).astype(np.int32))]
        else:
            self.grams, self.df = _merged(
                _distinct(_inside(_grams(_characters(chunk)[0], SIGNATURE_GRAM))) for _, chunk in chunks
            )
            signatures = [self._signatures(lo, chunk) for lo, chunk in chunks]
        owners = np.concatenate([o for o, _ in signatures]) if signatures else np.zeros(0, dtype=np.int32)
        ids = np.concatenate([i for _, i in signatures]) if signatures else np.zeros(0, dtype=np.int32)
        by_gram = _stable_order(ids)
        self.postings = owners[by_gram]
        self.starts = np.searchsorted(ids[by_gram], np.arange(len(self.grams) + 1))
        self._weights: dict[int, float] | None = None  # bigram code → weight, made when first asked

    @staticmethod
    def _positions(chunk: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The code of every 5-gram of a chunk's texts, and the text (in the chunk) each is in."""
        chars, owner = _characters(chunk)
        codes, inside = _grams(chars, SIGNATURE_GRAM)
        return codes[inside], owner[: len(inside)][inside]

    def _signatures(self, lo: int, chunk: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(text, gram id) of the SIGNATURE rarest 5-grams of each text of a chunk starting at text *lo*."""
        codes, owners = self._positions(chunk)
        local, inverse = np.unique(codes, return_inverse=True)
        ids = np.searchsorted(self.grams, local).astype(np.int32)[inverse.reshape(-1)]
        return self._chosen(lo, len(chunk), owners, ids)

    def _chosen(self, lo: int, count: int, owners: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(text, gram id) of the SIGNATURE rarest of the grams *ids* at positions of texts *owners*."""
        # Positions are grouped by text already: sort each text's rarest first.
        rarity = self.df[ids]
        order = _stable_order((owners.astype(np.int64) << int(rarity.max(initial=0)).bit_length()) | rarity)
        starts = np.searchsorted(owners, np.arange(count + 1, dtype=np.int32))
        chosen = order[np.arange(len(order)) - starts[owners] < SIGNATURE]
        return owners[chosen] + np.int32(lo), ids[chosen]

    def candidates(self, folded: str) -> list[int]:
        """The texts sharing most of *folded*'s rarest 5-grams, best first (at most CANDIDATES)."""
        ids = _known(self.grams, _codes(folded, SIGNATURE_GRAM))
        if not len(ids):
            return []
        signature = ids[np.argsort(self.df[ids], kind="stable")[:SIGNATURE]]
        # The rarest first, until enough postings are gathered: long postings say little.
        lengths = np.cumsum(self.starts[signature + 1] - self.starts[signature])
        signature = signature[: max(2, int(np.searchsorted(lengths, POSTINGS_BUDGET, side="right")))]
        gathered = np.concatenate([self.postings[self.starts[i] : self.starts[i + 1]] for i in signature])
        if not len(gathered):
            return []
        gathered.sort(kind="stable")  # sorted runs, a gram's postings each (candidates_many)
        edges = np.flatnonzero(np.diff(gathered)) + 1
        found = gathered[np.concatenate(([0], edges))]
        shared = np.diff(np.concatenate(([0], edges, [len(gathered)])))
        if len(found) > CANDIDATES:
            top = np.argpartition(-shared, CANDIDATES)[:CANDIDATES]
            found, shared = found[top], shared[top]
        result: list[int] = found[np.lexsort((found, -shared))].tolist()
        return result

    def candidates_many(self, texts: list[str]) -> list[np.ndarray]:
        """``candidates`` of each of *texts* (folded), all searched at once: the same lists (as
        arrays, a tenth of the memory while they wait), in a few array operations for the lot
        instead of a dozen for each text."""
        if not texts or not len(self.grams) or any("\x00" in text for text in texts):
            return [np.array(self.candidates(text), dtype=np.int64) for text in texts]
        chars, owner = _characters(texts)
        codes, inside = _grams(chars, SIGNATURE_GRAM)
        codes, queries = codes[inside], owner[: len(inside)][inside].astype(np.int64)
        # Each text's distinct grams the catalog has, by text, then gram id (candidates' order).
        at = np.searchsorted(self.grams, codes).clip(max=len(self.grams) - 1)
        known = self.grams[at] == codes
        pairs = _distinct((queries[known] << 32) | at[known])[0]  # not np.unique, which imports numpy.ma
        queries, ids = pairs >> 32, pairs & 0xFFFF_FFFF
        # Its signature: the SIGNATURE rarest (equally rare: by id, as the stable sort there).
        order = np.lexsort((ids, self.df[ids], queries))
        queries, ids = queries[order], ids[order]
        first = np.searchsorted(queries, queries, side="left")
        rank = np.arange(len(ids)) - first
        chosen = rank < SIGNATURE
        queries, ids, rank = queries[chosen], ids[chosen], rank[chosen]
        # The rarest first, while the postings gathered stay within the budget (at least two grams).
        lengths = self.starts[ids + 1] - self.starts[ids]
        running = np.cumsum(lengths)
        group = np.searchsorted(queries, queries, side="left")
        within = running - np.concatenate(([0], running))[group]
        kept = (within <= POSTINGS_BUDGET) | (rank < 2)
        queries, ids, lengths = queries[kept], ids[kept], lengths[kept]
        total = int(lengths.sum())
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        positions = np.repeat(self.starts[ids] - offsets, lengths) + np.arange(total)
        gathered = (np.repeat(queries, lengths) << 32) | self.postings[positions].astype(np.int64)
        # How many signature grams each (text, old message) shares. The postings of a gram are in text order
        # and the texts' in query order: a few thousand sorted runs, which a stable sort (timsort) merges in a
        # fraction of the time a full sort takes. A gram's postings grow with the catalog, and so does this.
        gathered.sort(kind="stable")
        found, shared = _runs(gathered)
        owners, texts_of = found & 0xFFFF_FFFF, found >> 32
        bounds = np.searchsorted(texts_of, np.arange(len(texts) + 1))
        result: list[np.ndarray] = []
        for index in range(len(texts)):
            lo, hi = bounds[index], bounds[index + 1]
            mine, counts = owners[lo:hi], shared[lo:hi].astype(np.int64)
            if hi - lo > CANDIDATES:  # the same selection as candidates makes, ties and all
                top = np.argpartition(-counts, CANDIDATES)[:CANDIDATES]
                mine, counts = mine[top], counts[top]
            result.append(mine[np.lexsort((mine, -counts))])
        return result

    def kept(self, text: str, other: str) -> float:
        """How much of the weighted bigrams of one of two (masked) texts the other has (0 to 1)."""
        mine, theirs = _bigram_codes(text), _bigram_codes(other)
        shared = self._weight([code for code in mine if code in theirs])
        return max(shared / self._weight(mine), shared / self._weight(theirs))

    def bigram_weights(self, grams: list[str]) -> list[float]:
        """The weight of each bigram (a two-character string), as ``kept`` weighs it."""
        if self._weights is None:
            self._weights = dict(zip(self.bigrams.tolist(), self.weight.tolist(), strict=True))
        get, unknown = self._weights.get, self.unknown_weight
        return [get((ord(gram[0]) << _CODE_BITS) | ord(gram[1]), unknown) for gram in grams]

    def _weight(self, codes: Iterable[int]) -> float:
        """The summed weight of sorted bigram codes: numpy's sum of the known ones' (the same
        float, to the last bit, as summing them in an array), and the unknown ones'."""
        if self._weights is None:
            self._weights = dict(zip(self.bigrams.tolist(), self.weight.tolist(), strict=True))
        found = list(map(self._weights.get, codes))
        weights = [weight for weight in found if weight is not None]
        known = np.array(weights, dtype=np.float64)
        unknown = len(found) - len(weights)
        return float(np.add.reduce(known)) + unknown * self.unknown_weight  # what known.sum() calls


def _bigram_codes(text: str) -> dict[int, None]:
    """The distinct bigram codes of one text between START and END, sorted (as _codes(text, 2), in Python)."""
    codes = list(map(ord, START + text + END))
    return dict.fromkeys(sorted({(a << _CODE_BITS) | b for a, b in zip(codes, codes[1:])}))
