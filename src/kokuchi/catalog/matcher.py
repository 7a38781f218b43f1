"""Fuzzy suggestions for new messages: which old message, if any, a new one is an edit of.

The only user of rapidfuzz and numpy: numpy through grams.py, for a catalog
of more than SMALL messages; a smaller one is indexed in dicts, the same
grams and the same answers without numpy's ~100 ms import. Notices are
written from stock phrases (ご不便をおかけし…, …をご利用いただけません), so a
new message shares much of its text with many old ones without being an edit
of any. Two measures, on
character n-grams (Japanese has no spaces):

- the **candidates** are the old messages that share the most of the new
  one's rarest 5-grams (its signature: the SIGNATURE 5-grams that fewest old
  messages contain). A 5-gram spans the seam between two words (向けデータ連,
  の振込予約), so even in a catalog of a small vocabulary the signature names
  the combination that makes a message itself. Postings of rare grams are
  short, so gathering them stays near-linear in the catalog; they are
  counted, and only the best CANDIDATES are scored, by rapidfuzz's ratio (the
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
  when they keep the content. In a message of any length, content
  characters all found in the other's, in order, keep the content (すべて →
  全て, ください → 下さい change rare bigrams all through a message);
- an edit that **moved its phrases** (路面補修工事のため、本日夜間に →
  本日夜間に、路面補修工事のため) scores low on the sequence: among the best
  candidates, one with the same characters in another order (REORDERED of
  the longer text's characters, as a multiset) is an edit too.

What is done with a suggestion (flip, auto-update, fuzzy) is suggest.py's decision.
Where the matcher finds no edit, ``closest`` gives the message most similar by
the ratio alone; merge.py asks the guard whether it keeps the meaning (a synonym
swapped in a short message) and suggests it only on that proof.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from typing import Protocol

from rapidfuzz import fuzz, process

DEFAULT_SIMILARITY = 80.0  # rapidfuzz ratio, 0 to 100: enough to suggest a translation
# A looser match is still worth telling the translator about when it flips the
# meaning: 「機能Xを無効化してください」 → 「…不要になりました。機能Xを再度有効化してください」
# is far from a copy, yet GNU msgmerge (at 60) offers the old translation.
RELATED_SIMILARITY = 60.0
# Down to this, the closest message is worth asking the guard whether it keeps the meaning (`closest`).
CLOSEST_SIMILARITY = 50.0
CONTENT_KEPT = 0.8  # share of one message's weighted bigrams found in the other, for an edit
REORDERED = 0.95  # share of the characters (as a multiset) two texts share, for an edit that moved its phrases
REORDER_CANDIDATES = 5  # the best candidates looked at for one
SIGNATURE_GRAM = 5  # characters per gram of the signature
SIGNATURE = 12  # rarest grams per message that the candidate search goes by
CANDIDATES = 100  # candidates scored per new message
POSTINGS_BUDGET = 4000  # postings gathered per new message, at most (beyond the two rarest grams)

PREFETCH_BATCH = 500  # new messages whose candidates are searched in one batch

MIN_CONTENT = 4  # content characters a message needs for its content alone to make it an edit
MAX_COMPARED_CONTENT = 400  # content characters: a longer text is not compared character by character
SHORT = 40  # characters: a message this short is measured on its content characters too
SMALL = 3000  # messages of one role: up to this many, the index is dicts; above, numpy arrays (grams.py)
START, END = "\x01" * 3, "\x00"  # around every text, so that one-character messages have a 5-gram too


def _fold(text: str) -> str:
    """Full-width forms as half-width (NFKC) and runs of white space as one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


# Digits, and the kanji numerals of counts (二十名, 二割引), as 0: a value edit keeps the content.
_DIGITS = str.maketrans("123456789一二三四五六七八九", "000000000000000000")
_HIRAGANA = re.compile(r"[\u3041-\u309f、。・「」\s]+")


def _mask(text: str) -> str:
    """Every digit as 0: a number edit keeps the content (3,980円 and 4,280円 are 0,000円; 二十名 and
    三十名 are 0十名)."""
    return text.translate(_DIGITS)


def _content_characters(text: str) -> str:
    """What a folded text says without its hiragana and punctuation: 請求金額確認 (digits as 0)."""
    return _mask(_HIRAGANA.sub("", text))


def _in_order(part: str, whole: str) -> bool:
    """Every character of *part* is in *whole*, in the same order."""
    rest = iter(whole)
    return all(char in rest for char in part)


def content_changed(text: str, other: str) -> int:
    """How many content characters (kanji, katakana, Latin letters, digits as 0) one of two texts has
    that the other lacks, the larger of the two counts; a long text counts as all changed (the
    sequence matcher's time grows with the square of the length)."""
    mine, theirs = _content_characters(_fold(text)), _content_characters(_fold(other))
    if max(len(mine), len(theirs)) > MAX_COMPARED_CONTENT:
        return max(len(mine), len(theirs))
    common = sum(block.size for block in SequenceMatcher(None, mine, theirs, autojunk=False).get_matching_blocks())
    return max(len(mine), len(theirs)) - common


def _same_or(text: str, folded: str) -> str:
    """*text* itself when folding left it as it was: one string in memory, not two."""
    return text if folded == text else folded


class _Found(Protocol):
    """Candidates searched ahead: an array of old messages' numbers."""

    def tolist(self) -> list[int]: ...


class _Grams(Protocol):
    """An n-gram index of the folded texts of one role (_GramDict here, grams.ArrayGrams in numpy)."""

    def candidates(self, folded: str) -> list[int]: ...

    def kept(self, text: str, other: str) -> float: ...


def _ngrams(text: str, n: int) -> list[str]:
    """The n-grams of *text* between START and END, in order."""
    framed = START + text + END
    return [framed[i : i + n] for i in range(len(framed) - n + 1)]


_HASH_MULTIPLIER = 0x9E3779B97F4A7C15  # grams.py's hash of a 5-gram, here in Python's integers


def _code(gram: str) -> int:
    """The 64-bit code grams.py gives a 5-gram (a signed int64), which orders equally rare grams."""
    code = ord(gram[0])
    for char in gram[1:]:
        code = (code * _HASH_MULTIPLIER + ord(char)) & 0xFFFF_FFFF_FFFF_FFFF
    return code - (1 << 64) if code >= 1 << 63 else code


class _GramDict:
    """The n-gram index in dicts: for a catalog of up to SMALL messages, built in a few ms.

    Grams are counted by occurrence: a bigram's weight is the smoothed inverse
    of how often the catalog writes it, a 5-gram's rarity how often it occurs.
    """

    def __init__(self, folded: list[str]):
        count = len(folded)
        bigrams: Counter[str] = Counter()
        grams: Counter[str] = Counter()
        texts = []
        for text in folded:
            bigrams.update(_ngrams(_mask(text), 2))
            mine = _ngrams(text, SIGNATURE_GRAM)
            grams.update(mine)
            texts.append(mine)
        self.weight = {gram: math.log((1 + count) / (1 + seen)) + 1.0 for gram, seen in bigrams.items()}
        self.unknown_weight = math.log(1 + count) + 1.0
        self.df = grams
        # Each text's signature: its SIGNATURE rarest 5-grams (in text order among equals), as postings.
        self.postings: defaultdict[str, list[int]] = defaultdict(list)
        for owner, mine in enumerate(texts):
            for gram in sorted(mine, key=grams.__getitem__)[:SIGNATURE]:
                self.postings[gram].append(owner)

    def candidates(self, folded: str) -> list[int]:
        known = [gram for gram in dict.fromkeys(_ngrams(folded, SIGNATURE_GRAM)) if gram in self.df]
        # Equally rare grams in the order of their codes in grams.py: the same signature as there.
        signature = sorted(known, key=lambda gram: (self.df[gram], _code(gram)))[:SIGNATURE]
        shared: Counter[int] = Counter()
        gathered = 0
        for rank, gram in enumerate(signature):  # the rarest first, until enough postings are gathered
            postings = self.postings.get(gram, [])
            gathered += len(postings)
            if gathered > POSTINGS_BUDGET and rank >= 2:
                break
            shared.update(postings)
        best = sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:CANDIDATES]
        return [owner for owner, _ in best]

    def kept(self, text: str, other: str) -> float:
        mine, theirs = set(_ngrams(text, 2)), set(_ngrams(other, 2))
        shared = self._weight(mine & theirs)
        return max(shared / self._weight(mine), shared / self._weight(theirs))

    def _weight(self, grams: set[str]) -> float:
        return sum(self.weight.get(gram, self.unknown_weight) for gram in grams)


class FuzzyIndex:
    """Old messages of one role, searchable for the one a new message is an edit of."""

    def __init__(self, texts: list[str], similarity: float = DEFAULT_SIMILARITY):
        self.texts = list(texts)
        # Compared as read: ０１２０ is 0120 (a width-only edit is an edit).
        self.folded = [_same_or(text, _fold(text)) for text in self.texts]
        self._content: dict[int, str] = {}  # content characters of old messages, each made when first asked
        self._ready: dict[str, _Found] = {}  # candidates searched ahead (prefetch), by folded text
        self._last: tuple[str | None, list[int]] = (None, [])  # the last text's candidates
        self.similarity = similarity
        self.index: _Grams
        if len(self.texts) <= SMALL:
            self.index = _GramDict(self.folded)
        else:
            from kokuchi.catalog.grams import ArrayGrams

            self.index = ArrayGrams(self.folded)

    def prefetch(self, texts: list[str]) -> None:
        """Search the candidates of all *texts* at once, ahead of asking for each (numpy's
        index answers a batch for the cost of a few single questions)."""
        many = getattr(self.index, "candidates_many", None)
        if many is None:
            return
        folded = list(dict.fromkeys(_fold(text) for text in texts))
        for lo in range(0, len(folded), PREFETCH_BATCH):  # the postings a batch gathers stay a few MB
            batch = folded[lo : lo + PREFETCH_BATCH]
            self._ready.update(zip(batch, many(batch), strict=True))

    def candidates(self, text: str) -> list[int]:
        """The old messages sharing most of *text*'s rarest 5-grams, best first (at most CANDIDATES)."""
        folded = _fold(text)
        if self._last[0] == folded:  # `closest` after `best`, of one message
            return self._last[1]
        ready = self._ready.pop(folded, None)  # asked once: searched again if ever asked twice
        found = ready.tolist() if ready is not None else self.index.candidates(folded)
        self._last = (folded, found)
        return found

    def content_kept(self, text: str, index: int) -> float:
        """How much of the distinctive content of one of *text* and old message *index* the other keeps (0 to 1).

        Measured on the whole texts and on their content characters (without
        the hiragana of politeness and inflection), the better of the two: in
        a short message, ください → 下さい is many bigrams of few.
        """
        kept = self._kept(_mask(_fold(text)), _mask(self.folded[index]))
        if kept >= 1.0:
            return kept
        mine, theirs = _content_characters(_fold(text)), self._content_of(index)
        if len(mine) >= MIN_CONTENT and len(theirs) >= MIN_CONTENT:
            if _in_order(mine, theirs) or _in_order(theirs, mine):
                return 1.0  # all the content of one, in its order, is in the other: only kana changed, or added
            if min(len(text), len(self.folded[index])) < SHORT:
                kept = max(kept, self._kept(mine, theirs))
        return kept

    def _content_of(self, index: int) -> str:
        """The content characters of old message *index* (only candidates are ever asked about)."""
        content = self._content.get(index)
        if content is None:
            content = self._content[index] = _content_characters(self.folded[index])
        return content

    def _kept(self, text: str, other: str) -> float:
        return self.index.kept(text, other)

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
        found = process.extractOne(
            folded, [self.folded[i] for i in candidates], scorer=fuzz.ratio, score_cutoff=self.similarity
        )
        if found and found[1] >= DEFAULT_SIMILARITY:
            index, score = candidates[found[2]], found[1]
            if self.content_kept(folded, index) >= CONTENT_KEPT:
                return self.texts[index], score
            return None  # as close as an edit, but about something else: a new message
        short = self._content_edit(folded, candidates)
        if short is not None:
            return short
        moved = self._reordered(folded, candidates)
        if moved is not None:
            return moved
        return (self.texts[candidates[found[2]]], found[1]) if found else None

    def closest(self, text: str) -> tuple[str, float] | None:
        """The candidate most similar to *text* by the ratio alone, at CLOSEST_SIMILARITY or above, whatever
        its content: not an edit by the matcher's measures, but one the guard may still show keeps the
        meaning (merge.py asks it: 降りるときにお支払いください → 降車時にお支払いいただきますよう
        お願いいたします scores 52)."""
        folded = _fold(text)
        candidates = self.candidates(folded)
        found = process.extractOne(
            folded, [self.folded[i] for i in candidates], scorer=fuzz.ratio, score_cutoff=CLOSEST_SIMILARITY
        )
        return (self.texts[candidates[found[2]]], found[1]) if found else None

    def _reordered(self, folded: str, candidates: list[int]) -> tuple[str, float] | None:
        """An edit that moved its phrases (本日夜間に、路面補修工事のため ↔ 路面補修工事のため、本日夜間に):
        the same characters in another order, which the ratio on the sequence scores low. Whether the
        meaning kept is the guard's to say, as for any other edit."""
        mine = Counter(_mask(folded))
        for index in candidates[:REORDER_CANDIDATES]:
            other = _mask(self.folded[index])
            longest = max(len(folded), len(other))
            if longest - min(len(folded), len(other)) > (1 - REORDERED) * longest:
                continue
            if sum((mine & Counter(other)).values()) >= REORDERED * longest:
                return self.texts[index], self.similarity
        return None

    def _content_edit(self, folded: str, candidates: list[int]) -> tuple[str, float] | None:
        """An edit whose content characters match and keep the content (a short reworded message)."""
        content = _content_characters(folded)
        if len(content) < MIN_CONTENT or len(folded) >= SHORT:
            return None
        found = process.extractOne(
            content, [self._content_of(i) for i in candidates], scorer=fuzz.ratio, score_cutoff=DEFAULT_SIMILARITY
        )
        if not found:
            return None
        index = candidates[found[2]]
        if self.content_kept(folded, index) < CONTENT_KEPT:
            return None
        return self.texts[index], found[1]
