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
- an edit **told by its words**: reworded around its names, by politeness,
  notation and the order of its phrases (お忘れ物は、受付で1か月間お預かり
  します → 忘れ物は、受付にて1か月間保管いたします), it scores low on the
  characters and may share no rare 5-gram. Each message's key is its content
  words' UniDic lemmas (下さい and ください are 下さる, いす 椅子), without
  honorific affixes, particles, auxiliaries, numbers and their counters; two
  messages whose sorted keys score DEFAULT_SIMILARITY and that each keep
  WORDS_KEPT of the other's words and compounds by weight (the content test,
  on words: another service written from the same phrases has other words)
  are an edit, among the WORD_CANDIDATES closest candidates at most
  WORDS_APART content characters apart; in a catalog of up to REPHRASED_MAX
  messages, also among those sharing the most content-character trigrams
  (for an edit sharing no 5-gram with its origin);
- a short message **reworded around its words** (受付は…から開始いたします →
  受付開始は…からとなります; お酒を飲んだ後 → 飲酒後), which the ratio and the
  sorted keys both score low: in a message of at most LEMMAS_SHORT content
  characters, the bags of words (`_Key.bag`: lemmas without okurigana, without
  the nouns that frame a clause, nor the verbs of compound particles (について,
  による); a compound said in its parts kept, a native verb and a compound of
  its kanji one word (返す, 返却), and two words whose JMdict glosses are alike
  (準備, 用意), asked of the GLOSSED_CANDIDATES best by their bags alone:
  `_bag_kept`, `_glossed_alike`) of the
  LEMMA_CANDIDATES best candidates of each search (and, in a catalog of up to
  REPHRASED_MAX, of the short messages sharing the most content characters) are
  compared; the one each
  keeps LEMMAS_KEPT of by weight is an edit when it stands out (the next keeps
  at most LEMMAS_MARGIN of that share), one of the two lacks at most
  LEMMAS_REPLACED of the other's words, and the rarest word of one is kept;
- an edit that **moved its phrases** (路面補修工事のため、本日夜間に →
  本日夜間に、路面補修工事のため) scores low on the sequence: among the best
  candidates, one with the same characters in another order (REORDERED of
  the longer text's characters, as a multiset) is an edit too.

What is done with a suggestion (flip, auto-update, fuzzy) is suggest.py's decision.
Where the matcher finds no edit, or only a related one the guard refuses,
``nearby`` gives the messages most similar by the ratio alone (and, in a short
message, the one whose content characters are the most alike); merge.py asks the
guard of each in turn whether it keeps the meaning (a synonym swapped in a short
message) and suggests the first it shows so, on that proof only.

Once every new message was searched, ``leftover_edits`` takes a **second look** at
the short ones given no previous source, among the old messages left over (those
the template no longer has and no new message came from): there, the near rivals
that made the first search decline are gone, and words the resources give a
meaning in common (synonyms.may_mean_the_same: 予定 / スケジュール) count as kept.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
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

# An edit told by its words (`_worded`): the content words' lemmas (UniDic), without honorific prefixes,
# politeness auxiliaries, particles or numbers, in any order. Two messages are one edited when their keys are
# as similar as an edit's text (DEFAULT_SIMILARITY, as a ratio of the sorted keys) and each keeps WORDS_KEPT of
# the other's words and compounds by weight (rarity in the catalog); at most WORDS_APART content characters
# (kanji, katakana, letters) apart, in any order, for the words to be read at all.
WORDS_KEPT = 0.7
WORDS_APART = 5
REPHRASED_SHARED = 2  # content trigrams a candidate of `_rephrased` shares at least
REPHRASED_MAX = 3000  # messages of one role: up to this many, `_rephrased` searches them
WORD_CANDIDATES = 3  # the candidates most similar by the ratio whose words are compared, at CLOSEST_SIMILARITY
# A short message reworded around its words (`_lemmas_edit`): each keeps LEMMAS_KEPT of the other's words by
# weight, and the next candidate keeps at most LEMMAS_MARGIN of that share.
LEMMAS_KEPT = 0.6
LEMMAS_MARGIN = 0.6
LEMMAS_REPLACED = 2  # words at most that one of the two lacks of the other's (the fewer of the two counts)
LEMMAS_SHORT = 24  # content characters: a message this short is compared by its words' bags
LEMMA_CANDIDATES = 8  # candidates of each search whose words are compared
# The second look (`leftover_edits`), once every new message was searched: a short new message (at most
# LEMMAS_SHORT content characters) the merge gave no previous source and an old message no new one came from and
# the template no longer has (both left over) are one edited when one of the two has at most LEFTOVER_CHANGED
# content characters the other lacks (a loanword for a kanji word is many: ウォータープルーフ for 耐水性), each
# keeps or says alike (synonyms by JMdict or SudachiDict, `_said_alike`) LEFTOVER_KEPT of the other's words by
# weight, at most LEFTOVER_UNSAID words of the two are said by one only, and each is the other's best match.
LEFTOVER_CHANGED = 10
LEFTOVER_KEPT = 0.5
LEFTOVER_UNSAID = 2
MIN_CONTENT = 4  # content characters a message needs for its content alone to make it an edit
MAX_COMPARED_CONTENT = 400  # content characters: a longer text is not compared character by character
SHORT = 40  # characters: a message this short is measured on its content characters too
SMALL = 3000  # messages of one role: up to this many, the index is dicts; above, numpy arrays (grams.py)
START, END = "\x01" * 3, "\x00"  # around every text, so that one-character messages have a 5-gram too


def _fold(text: str) -> str:
    """Full-width forms as half-width (NFKC) and runs of white space as one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


# Digits, and the kanji numerals of counts (二十名, 二割引), as 0: a value edit keeps the content.
_DIGITS = re.compile("[123456789一二三四五六七八九]")
_HIRAGANA = re.compile(r"[\u3041-\u309f、。・「」\s]+")


def _mask(text: str) -> str:
    """Every digit as 0: a number edit keeps the content (3,980円 and 4,280円 are 0,000円; 二十名 and
    三十名 are 0十名)."""
    return _DIGITS.sub("0", text)  # (a character class: str.translate would look up every character in a dict)


@lru_cache(maxsize=1 << 12)
def _content_characters(text: str) -> str:
    """What a folded text says without its hiragana and punctuation: 請求金額確認 (digits as 0). Cached: a new
    message is asked about against each of its candidates (6,536 reads of 4,426 texts at 10k)."""
    return _mask(_HIRAGANA.sub("", text))


def _in_order(part: str, whole: str) -> bool:
    """Every character of *part* is in *whole*, in the same order."""
    rest = iter(whole)
    return all(char in rest for char in part)


@lru_cache(maxsize=1 << 12)
def _counted_content(text: str) -> tuple[str, Counter[str]]:
    """A text's content characters, and how many times each (the merge asks of one new message against a few old
    ones, and of an old one against the new ones near it)."""
    content = _content_characters(_fold(text))
    return content, Counter(content)


def content_changed(text: str, other: str, limit: int | None = None) -> int:
    """How many content characters (kanji, katakana, Latin letters, digits as 0) one of two texts has
    that the other lacks, the larger of the two counts; a long text counts as all changed (the
    sequence matcher's time grows with the square of the length).

    With *limit*, a count above it may come back as a smaller one still above it, found without aligning the
    texts: the difference of their lengths, or the characters one lacks in any order (``_apart``), which it
    lacks in the other's order too.
    """
    (mine, my_counts), (theirs, their_counts) = _counted_content(text), _counted_content(other)
    if max(len(mine), len(theirs)) > MAX_COMPARED_CONTENT:
        return max(len(mine), len(theirs))
    if limit is not None:
        # Lower bounds of the count below (the characters in common in order are fewer still), the cheaper first.
        apart = abs(len(mine) - len(theirs))
        if apart <= limit:
            apart = _apart(my_counts, their_counts)
        if apart > limit:
            return apart
    common = sum(block.size for block in SequenceMatcher(None, mine, theirs, autojunk=False).get_matching_blocks())
    return max(len(mine), len(theirs)) - common


# Words that say how, not what: particles, auxiliaries (ます, です, れる, ない), punctuation, pronouns and
# adnominals (この, その), conjunctions; verbs and adjectives that may stand as auxiliaries (ください, いただく,
# する, なる, いる, おる, できる, ない), numbers (the entity layer's), the stems of auxiliaries (よう, そう).
_FUNCTION_POS = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白", "接続詞", "感動詞", "代名詞", "連体詞"})
_FUNCTION_SUBPOS = frozenset({"非自立可能", "数詞", "助動詞語幹"})
# Affixes of honour (お・ご・御 as a prefix, 様 as a suffix) and of a list (等, as など is a particle).
_COURTESY_AFFIXES = frozenset({"御", "様", "等"})
_FIELDS_LEMMA = 7  # a unidic-lite feature line's lemma (下さる for ください and 下さい; 椅子 for いす)
# The verbs that, right after the particle に, make a compound particle (UniDic reads に + a verb): について and
# につきましては (つく), に関して (関する), による and により (因る), において (於く), に対して (対する), に際して
# (際する). They say how a word stands, as a particle does. A short supplement to UniDic's parts of speech.
_PARTICLE_VERBS = frozenset({"つく", "就く", "関する", "因る", "於く", "対する", "際する"})


def _words(masked: str, framing: set[str] | None = None) -> list[tuple[str, int, int]] | None:
    """The content words of a folded, masked text, in order: (lemma, start, end); None without the analyzer.
    *framing* (when given) receives the lemmas of the words that only frame a clause (`_framing`)."""
    from kokuchi.language.tokens import tagger

    framing = set() if framing is None else framing

    tag = tagger()
    if tag is None:
        return None
    words, at, number, particle = [], 0, -1, -1
    for node in tag(masked):
        surface = node.surface
        start = masked.find(surface, at)
        start = at if start < 0 else start
        at = start + len(surface)
        fields = node.feature_raw.split(",")
        if surface == "に" and fields[0] == "助詞":
            particle = at
            continue
        if start == particle and len(fields) > _FIELDS_LEMMA and fields[_FIELDS_LEMMA] in _PARTICLE_VERBS:
            continue  # (について, に関して, による: a compound particle)
        if len(fields) > 1 and fields[1] == "数詞":
            number = at
            continue
        if start == number and any(field.startswith("助数詞") for field in fields[1:3]):
            number = at  # a number's counter (10時, 3月, 500円): the value's, as the number is
            continue
        if fields[0] in _FUNCTION_POS or (len(fields) > 1 and fields[1] in _FUNCTION_SUBPOS):
            continue
        lemma = fields[_FIELDS_LEMMA] if len(fields) > _FIELDS_LEMMA and fields[_FIELDS_LEMMA] else surface
        lemma = lemma.split("-")[0]  # ガラス-glass: a loanword's lemma names its origin
        if fields[0] in ("接頭辞", "接尾辞") and lemma in _COURTESY_AFFIXES:
            continue
        words.append((lemma, start, at))
        if _framing(fields, surface):
            framing.add(lemma)
    return words


_KANA_ONLY = re.compile(r"[\u3041-\u309f]+")
_KANJI_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_OKURIGANA = re.compile(r"[\u3041-\u309f]")


def _framing(fields: list[str], surface: str) -> bool:
    """A noun that frames a clause rather than names a thing (UniDic): one of time or circumstance written in
    one character (時, 際, 間, 後, 中: 副詞可能), or a formal noun, written in hiragana for a lemma of one
    kanji (こと 事, ため 為, もの 物: いす is 椅子, a thing). 充電中は / 充電している間は, 遊ばれる際は /
    遊ぶ場合は, 録画は / 録画することは say one thing."""
    if fields[0] not in ("名詞", "接尾辞"):
        return False
    if len(fields) > 2 and fields[2] == "副詞可能" and len(surface) == 1:
        return True
    lemma = fields[_FIELDS_LEMMA] if len(fields) > _FIELDS_LEMMA else ""
    return len(lemma) == 1 and bool(_KANA_ONLY.fullmatch(surface))


def _skeleton(lemma: str) -> str:
    """A lemma written with kanji, without its okurigana: 問い合わせる and 問い合わせ are 問合, 申し込み
    申込, 付き添う 付添 (a verb and its noun, or one word written with more or fewer kana)."""
    bare = _OKURIGANA.sub("", lemma)
    return bare if bare and any("\u4e00" <= char <= "\u9fff" for char in bare) else lemma


class _Key:
    """A message's matching key: its content words' lemmas, each weighed by the rarity (in the catalog) of the
    characters it is written with, and the lemmas sorted (for a ratio blind to the words' order)."""

    __slots__ = ("framing", "lemmas", "sorted", "total", "weights")

    def __init__(
        self, words: list[tuple[str, int, int]], masked: str, index: _Grams, framing: frozenset[str] = frozenset()
    ):
        self.framing = framing
        framed = START + masked + END
        grams: list[str] = []
        spans = []
        for _, start, end in words:  # each word's bigrams in the text: the one before it, its own, the one after
            lo, hi = start + len(START), end + len(START)
            spans.append((len(grams), hi - lo - 1))
            grams.extend(framed[i : i + 2] for i in range(lo - 1, hi))
        weight = index.bigram_weights(grams)
        self.weights: dict[str, float] = {}
        previous = None
        for (lemma, start, end), (first, inner) in zip(words, spans, strict=True):
            if inner:  # a word is at least as rare as its rarest bigram
                mine = max(weight[first + 1 : first + 1 + inner])
            else:  # a character is at most as rare as the bigrams it is in
                mine = min(weight[first], weight[first + 1])
            self.weights[lemma] = self.weights.get(lemma, 0.0) + mine
            # Two words written together (経費|精算|システム): their seam weighs as the bigram across it, so
            # that a compound's other parts (経費精算システム → 勤怠管理システム) count, as the text's bigrams do.
            if previous is not None and previous[1] == start:
                seam = previous[0] + "|" + lemma
                self.weights[seam] = self.weights.get(seam, 0.0) + weight[first]
            previous = (lemma, end)
        self.lemmas = frozenset(self.weights)
        self.total = sum(self.weights.values())
        self.sorted = " ".join(sorted(lemma for lemma, _, _ in words))

    def kept(self, other: _Key) -> float:
        """The share of this key's weight in words the other has."""
        return sum(self.weights[lemma] for lemma in self.lemmas & other.lemmas) / self.total if self.total else 0.0

    def bag(self) -> dict[str, float]:
        """The words alone, by weight: each lemma without okurigana (`_skeleton`), without the seams of compounds
        (受付|開始 is 受付開始 in one text, 開始 of 受付 in the other) or the nouns that only frame a clause."""
        bag: dict[str, float] = {}
        for lemma, weight in self.weights.items():
            if "|" not in lemma and lemma not in self.framing:
                word = _skeleton(lemma)
                bag[word] = bag.get(word, 0.0) + weight
        return bag

    def spelt(self) -> dict[str, str]:
        """Each word of the bag (`bag`) and the lemma it was read from (控 from 控える), to look it up by."""
        return {_skeleton(lemma): lemma for lemma in self.weights if "|" not in lemma and lemma not in self.framing}

    def stems(self) -> frozenset[str]:
        """The words of the bag that are the one kanji of a verb or adjective written with its okurigana (返 of
        返す, 扱 of 扱う, 新 of 新しい): the native word a compound of that kanji (返却, 取扱, 新品) says in Sino-
        Japanese, which `_bag_kept` reads as the same word."""
        return frozenset(
            word
            for lemma in self.weights
            if "|" not in lemma and lemma not in self.framing and len(word := _skeleton(lemma)) == 1 and word != lemma
        )


def _closest(folded: str, choices: list[str], limit: int) -> list[tuple[str, float, int]]:
    """The *limit* *choices* most similar to *folded* by the ratio, at CLOSEST_SIMILARITY or above, best first:
    (choice, score, its place among *choices*)."""
    return process.extract(folded, choices, scorer=fuzz.ratio, limit=limit, score_cutoff=CLOSEST_SIMILARITY)


def _trigrams(content: str) -> list[str]:
    """The trigrams of a text's content characters (a shorter one is its own)."""
    return [content[i : i + 3] for i in range(len(content) - 2)] or ([content] if content else [])


def _bag_kept(
    mine: dict[str, float],
    theirs: dict[str, float],
    my_stems: frozenset[str] = frozenset(),
    their_stems: frozenset[str] = frozenset(),
) -> set[str]:
    """The words of one bag that the other has, or says in parts: a compound of kanji whose every character is
    in the other's words (飲酒 in お酒を飲んだ, 休業 in 営業を休止), and the words that are parts of such a
    compound of the other's (酒 and 飲む of 飲酒). With the bags' stems (`_Key.stems`), a native verb and a
    compound of its kanji are one word said in two registers (返す and 返却, 扱う and 取扱, 守る and 厳守,
    使う and 使用): a stem of mine in a compound of theirs, a compound of mine holding a stem of theirs."""
    my_characters, their_characters = set("".join(mine)), set("".join(theirs))
    # The characters of the other's compounds said here in parts.
    parted = {char for word in theirs if _compound(word) and my_characters.issuperset(word) for char in word}
    compounded = {char for word in theirs if _compound(word) for char in word} if my_stems else set()
    return {
        word
        for word in mine
        if word in theirs
        or (_compound(word) and their_characters.issuperset(word))
        or (_KANJI_ONLY.fullmatch(word) is not None and parted.issuperset(word))
        or (word in my_stems and word in compounded)
        or (_compound(word) and not their_stems.isdisjoint(word))
    }


# Glosses two words' first senses share, at least, for JMdict to show them one word said otherwise (準備 and
# 用意: "preparation", "arrangements", "getting ready"; 余裕 and ゆとり: "room", "leeway", "margin"): one shared
# word is often a loose one (残す and 預ける are both "to leave"). One shared phrase of several words names the
# act itself (遠慮 "holding back" and 控える "to hold back"; 処分 "throwing away" and 捨てる "to throw away").
GLOSSES_SHARED = 2
# The candidates of a short reworded message whose words are looked up in JMdict (the best by their bags alone).
GLOSSED_CANDIDATES = 2


def _glossed_alike(
    mine: dict[str, float],
    theirs: dict[str, float],
    kept: set[str],
    spelt: dict[str, str],
    their_kept: set[str],
    their_spelt: dict[str, str],
) -> set[str]:
    """The words of one bag, not kept, whose lemma's first senses in JMdict share GLOSSES_SHARED glosses with
    those of a word of the other not kept either (`_first_glosses`); none without JMdict."""
    theirs_left = [_first_glosses(their_spelt.get(word, word)) for word in theirs if word not in their_kept]
    if not theirs_left:
        return set()
    return {
        word
        for word in mine
        if word not in kept
        and any(_glosses_alike(_first_glosses(spelt.get(word, word)), their) for their in theirs_left)
    }


def _glosses_alike(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """GLOSSES_SHARED glosses in common, or one phrase of several words."""
    shared = mine & theirs
    return len(shared) >= GLOSSES_SHARED or any(" " in gloss for gloss in shared)


@lru_cache(maxsize=1 << 12)
def _first_glosses(lemma: str) -> frozenset[str]:
    """The glosses of the first sense of JMdict's entries for *lemma*, lower case, without notes in parentheses,
    an infinitive's "to" or a gerund's "-ing" (控える "to hold back" and 遠慮 "holding back" are "hold back");
    empty without JMdict."""
    from kokuchi.language.synonyms import first_sense_glosses

    try:
        glosses = first_sense_glosses(lemma)
    except ImportError:
        return frozenset()
    said = set()
    for gloss in glosses:
        words = re.sub(r"\([^)]*\)", "", gloss).lower().split()
        if words[:1] == ["to"]:
            words = words[1:]
        if words and words[0].endswith("ing") and len(words[0]) >= 6:
            stem = words[0][:-3]  # holding: hold; getting: get (not filling: fil)
            words[0] = stem[:-1] if stem[-1] == stem[-2] and stem[-1] in "bdgmnprt" else stem
        if words:
            said.add(" ".join(words))
    return frozenset(said)


def _said_alike(
    mine: list[tuple[frozenset[str], str]], theirs: list[tuple[frozenset[str], str]]
) -> tuple[set[str], set[str]]:
    """The words of each side said alike: each side's words not kept as (the words, the lemma to look up), that
    the resources give a meaning in common with one of the other's (synonyms.may_mean_the_same: 予定 /
    スケジュール, 鍵 / キー; 耐水 / ウォーター + プルーフ, two words written together looked up as one):
    candidates, no proof, which the second look (`FuzzyIndex.leftover_edits`) reads as one word said otherwise."""
    from kokuchi.language.synonyms import may_mean_the_same

    mine_said: set[str] = set()
    theirs_said: set[str] = set()
    for words, lemma in mine:
        for their_words, their_lemma in theirs:
            if may_mean_the_same(lemma, their_lemma):
                mine_said |= words
                theirs_said |= their_words
    return mine_said, theirs_said


def _left_spellings(key: _Key, bag: dict[str, float], kept: set[str]) -> list[tuple[frozenset[str], str]]:
    """The words of *bag* not *kept*, each as (itself, the lemma it was read from), and two of them written
    together (a seam of the key: ウォーター|プルーフ) as (both, the two lemmas as one word)."""
    spelt = key.spelt()
    left = [(frozenset({word}), spelt.get(word, word)) for word in bag if word not in kept]
    for seam in key.weights:
        first, _, second = seam.partition("|")
        if second and {_skeleton(first), _skeleton(second)}.isdisjoint(kept) and _skeleton(first) in bag:
            if _skeleton(second) in bag:
                left.append((frozenset({_skeleton(first), _skeleton(second)}), first + second))
    return left


def _leftover_rule(share: float, mine: int, theirs: int) -> bool:
    """The second look's test (`FuzzyIndex._said_otherwise`): each keeps or says alike LEFTOVER_KEPT of the other's
    words (*share*, the smaller), and the words said by one only (*mine*, *theirs*) are at most LEFTOVER_UNSAID:
    a word swapped for an unrelated one on each side, or a word added and another dropped, and no more (a
    message that says another act of the same things, 釣れたらスタッフにお声がけ / 釣った魚はお持ち帰り, has
    more of its own)."""
    return share >= LEFTOVER_KEPT and mine + theirs <= LEFTOVER_UNSAID


def _alone_best(scores: Sequence[tuple[float, object]], which: object, share: float) -> bool:
    """*which* scores *share*, the best of *scores*, and no other scores as much."""
    return all(other == which or score < share for score, other in scores) and share >= max(s for s, _ in scores)


def _share(bag: dict[str, float], words: set[str]) -> float:
    """The share of a bag's weight in *words*."""
    total = sum(bag.values())
    return sum(bag[word] for word in words) / total if total else 0.0


def _compound(word: str) -> bool:
    """Two kanji or more and nothing else (飲酒, 休業)."""
    return len(word) > 1 and _KANJI_ONLY.fullmatch(word) is not None


def _apart(mine: Counter[str], theirs: Counter[str]) -> int:
    """How many content characters one of two texts has that the other lacks, in any order (the larger count)."""
    # (mine - theirs).total() and (theirs - mine).total(), which differ by the difference of the totals: one
    # pass over one text's characters instead of four (Counter subtraction walks both Counters, in Python).
    more = sum(count - theirs[char] for char, count in mine.items() if count > theirs[char])
    return max(more, more + theirs.total() - mine.total())


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

    def bigram_weights(self, grams: list[str]) -> list[float]: ...


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

    def bigram_weights(self, grams: list[str]) -> list[float]:
        return [self.weight.get(gram, self.unknown_weight) for gram in grams]


def _shared_within_budget(keys: Iterable[str], postings_of: dict[str, list[int]]) -> Counter[int]:
    """How many of *keys* (each counted once) every old message holds, read from *postings_of* the rarest key
    first, until POSTINGS_BUDGET postings are gathered: a common key would cost a posting per message."""
    shared: Counter[int] = Counter()
    gathered = 0
    for key in sorted(dict.fromkeys(keys), key=lambda key: len(postings_of.get(key, ()))):
        postings = postings_of.get(key, [])
        gathered += len(postings)
        if gathered > POSTINGS_BUDGET:
            break
        shared.update(postings)
    return shared


class FuzzyIndex:
    """Old messages of one role, searchable for the one a new message is an edit of."""

    def __init__(self, texts: list[str], similarity: float = DEFAULT_SIMILARITY):
        self.texts = list(texts)
        # Compared as read: ０１２０ is 0120 (a width-only edit is an edit).
        self.folded = [_same_or(text, _fold(text)) for text in self.texts]
        self._content: dict[int, str] = {}  # content characters of old messages, each made when first asked
        self._keys: dict[int, _Key | None] = {}  # matching keys of old messages, each made when first asked
        self._rephrasings: defaultdict[str, list[int]] | None = None  # content trigrams' postings (`_rephrased`)
        self._characters: defaultdict[str, list[int]] | None = None  # short messages' characters (`_lemmas_edit`)
        self._ready: dict[str, _Found] = {}  # candidates searched ahead (prefetch), by folded text
        self._last: tuple[str | None, list[int]] = (None, [])  # the last text's candidates
        # The last text's nearest candidates by the ratio (`best` finds them, then `nearby` is asked of one text).
        self._nearest: tuple[str | None, list[tuple[str, float, int]]] = (None, [])
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
        folded = _fold(text)
        mine, theirs = _content_characters(folded), self._content_of(index)
        content = len(mine) >= MIN_CONTENT and len(theirs) >= MIN_CONTENT
        # Asked first, as it costs less than weighing the bigrams (and answers most edits: 1.0, all kept).
        if content and (_in_order(mine, theirs) or _in_order(theirs, mine)):
            return 1.0  # all the content of one, in its order, is in the other: only kana changed, or added
        kept = self._kept(_mask(folded), _mask(self.folded[index]))
        if kept < 1.0 and content and min(len(text), len(self.folded[index])) < SHORT:
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
            return self._worded(folded, self._rephrased(folded, ())) or self._lemmas_edit(folded, [])
        choices = list(map(self.folded.__getitem__, candidates))
        found = process.extractOne(folded, choices, scorer=fuzz.ratio, score_cutoff=self.similarity)
        if found and found[1] >= DEFAULT_SIMILARITY:
            index, score = candidates[found[2]], found[1]
            if self.content_kept(folded, index) >= CONTENT_KEPT:
                return self.texts[index], score
            # As close as an edit, but about something else (a new message), unless the words say otherwise.
            return self._worded(folded, [index]) or self._lemmas_edit(folded, candidates)
        short = self._content_edit(folded, candidates)
        if short is not None:
            return short
        nearest = self._nearest_of(folded, choices)
        near = [candidates[at] for _, _, at in nearest]
        worded = self._worded(folded, near) or self._worded(folded, self._rephrased(folded, near))
        if worded is not None:
            return worded
        moved = self._reordered(folded, candidates)
        if moved is not None:
            return moved
        reworded = self._lemmas_edit(folded, candidates)
        if reworded is not None:
            return reworded
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

    def nearby(self, text: str, limit: int = WORD_CANDIDATES) -> list[tuple[str, float]]:
        """The *limit* candidates most similar to *text* by the ratio alone, at CLOSEST_SIMILARITY or above, best
        first: `closest` and the next ones, which the guard may show keep the meaning where the closest (a stock
        phrase said of something else: 影響はありません for 再起動する必要はありません) does not; then, in a
        message under SHORT characters, the candidate whose content characters are the most similar, at
        DEFAULT_SIMILARITY or above (再起動は不要です: its kana are much of a short message, its words not)."""
        folded = _fold(text)
        candidates = self.candidates(folded)
        if limit == WORD_CANDIDATES and self._nearest[0] == folded:
            found = self._nearest[1]  # `best` found them
        else:
            found = _closest(folded, [self.folded[i] for i in candidates], limit)
        near = [(candidates[at], score) for _, score, at in found]
        content = _content_characters(folded)
        if len(content) >= MIN_CONTENT and len(folded) < SHORT:
            alike = process.extractOne(
                content, [self._content_of(i) for i in candidates], scorer=fuzz.ratio, score_cutoff=DEFAULT_SIMILARITY
            )
            if alike and all(index != candidates[alike[2]] for index, _ in near):
                near.append((candidates[alike[2]], alike[1]))
        return [(self.texts[index], score) for index, score in near]

    def _nearest_of(self, folded: str, choices: list[str]) -> list[tuple[str, float, int]]:
        """The WORD_CANDIDATES *choices* (the candidates' folded texts) most similar to *folded* by the ratio, at
        CLOSEST_SIMILARITY or above, best first: kept for `nearby`, asked next of the same text."""
        nearest = _closest(folded, choices, WORD_CANDIDATES)
        self._nearest = (folded, nearest)
        return nearest

    def _worded(self, folded: str, candidates: list[int]) -> tuple[str, float] | None:
        """The first of *candidates* whose words are those of *folded*, told apart only by politeness, notation
        and order (ご利用後は、机といすを → ご使用後は、机・椅子を; 下さい/ください; お忘れ物/忘れ物), and its
        score: the ratio of the two keys' sorted lemmas. Whether the meaning kept is the guard's to say."""
        content, counted = _counted_content(folded)
        # A word or two said otherwise changes a few content characters; another subject's names change many.
        near = [i for i in candidates if abs(len(self._content_of(i)) - len(content)) <= WORDS_APART]
        if near:  # (an old message's folded text is its own fold: its content characters counted once)
            near = [i for i in near if _apart(counted, _counted_content(self.folded[i])[1]) <= WORDS_APART]
        if not near:
            return None
        mine = self._key(folded)
        if mine is None:
            return None
        for index in near:
            theirs = self._key_of(index)
            if theirs is None:
                continue
            score = fuzz.ratio(mine.sorted, theirs.sorted, score_cutoff=DEFAULT_SIMILARITY)
            if score and min(mine.kept(theirs), theirs.kept(mine)) >= WORDS_KEPT:
                return self.texts[index], score
        return None

    def _rephrased(self, folded: str, seen: Iterable[int]) -> list[int]:
        """Old messages (other than *seen*) that share the most content-character trigrams with *folded*, in
        any order, at CLOSEST_SIMILARITY or above: the candidates of an edit that reworded the text around
        its names (自習室は、授業がない日でも → 授業のない日にも、自習室を) and shares no 5-gram with it.
        Searched in a catalog of up to REPHRASED_MAX messages (the postings, made when first asked, cost about
        15 ms a thousand messages), whichever its index."""
        best = self._sharing_trigrams(folded, seen)
        return [best[at] for _, _, at in _closest(folded, [self.folded[i] for i in best], WORD_CANDIDATES)]

    def _sharing_trigrams(self, folded: str, seen: Iterable[int] = ()) -> list[int]:
        """Old messages (other than *seen*) that share the most content-character trigrams with *folded* (at
        least REPHRASED_SHARED), most first, at most CANDIDATES; none in a catalog of over REPHRASED_MAX."""
        if len(self.folded) > REPHRASED_MAX:
            return []
        postings_of = self._rephrasings
        if postings_of is None:
            postings_of = self._rephrasings = defaultdict(list)
            for owner in range(len(self.folded)):
                for gram in dict.fromkeys(_trigrams(self._content_of(owner))):
                    postings_of[gram].append(owner)
        shared = _shared_within_budget(_trigrams(_content_characters(folded)), postings_of)
        excluded = set(seen)
        return [
            owner
            for owner, count in sorted(shared.items(), key=lambda item: (-item[1], item[0]))
            if count >= REPHRASED_SHARED and owner not in excluded
        ][:CANDIDATES]

    def _sharing_characters(self, content: str) -> list[int]:
        """The LEMMA_CANDIDATES short old messages (at most twice LEMMAS_SHORT content characters) that share
        the most of *content*'s characters, at least REPHRASED_SHARED of them, the rarest first within the
        budget: a short text reworded keeps its kanji, not always two in a row (タオルを湯船に浸けない →
        湯船の中にタオルを入れない; 待ったは、いかなる場合も認められません → どのような場合でも、待ったは禁止).
        Searched in a catalog of up to REPHRASED_MAX messages, as `_rephrased`."""
        if len(self.folded) > REPHRASED_MAX:
            return []
        postings_of = self._characters
        if postings_of is None:
            postings_of = self._characters = defaultdict(list)
            for owner in range(len(self.folded)):
                mine = self._content_of(owner)
                if len(mine) <= 2 * LEMMAS_SHORT:
                    for char in dict.fromkeys(mine):
                        postings_of[char].append(owner)
        shared = _shared_within_budget(content.replace("0", ""), postings_of)
        best = sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:LEMMA_CANDIDATES]
        return [owner for owner, count in best if count >= REPHRASED_SHARED]

    def _lemmas_edit(self, folded: str, candidates: list[int]) -> tuple[str, float] | None:
        """A short message reworded around the same words (受付は午前8時15分から開始いたします → 受付開始は午前
        8時15分からとなります; 商品の在庫につきましては…お問い合わせください → 在庫については…お問合せ下さい):
        the old message whose words (`_Key.bag`) each of the two keeps LEMMAS_KEPT of by weight, when no other
        of the LEMMA_CANDIDATES looked at comes near (the next keeps at most LEMMAS_MARGIN of the best's share:
        a message of the same stock phrases about something else is not singled out). Only in a message of at
        most LEMMAS_SHORT content characters, whose every word is much of it; at most LEMMA_CANDIDATES from each
        search (the rarest 5-grams', the content trigrams'), each read once."""
        content, _ = _counted_content(folded)
        if not MIN_CONTENT <= len(content) <= LEMMAS_SHORT:
            return None
        looked = list(
            dict.fromkeys(
                [
                    *candidates[:LEMMA_CANDIDATES],
                    *self._sharing_trigrams(folded)[:LEMMA_CANDIDATES],
                    *self._sharing_characters(content),
                ]
            )
        )
        # Reworded, a short text keeps at least half its content characters' count (a longer one is another text).
        looked = [
            i
            for i in looked
            if 2 * min(len(self._content_of(i)), len(content)) >= max(len(self._content_of(i)), len(content))
        ]
        if not looked:
            return None
        mine = self._key(folded)
        if mine is None:
            return None
        my_bag, my_stems = mine.bag(), mine.stems()
        kept = []
        for index in looked:
            theirs = self._key_of(index)
            if theirs is not None:
                their_bag, their_stems = theirs.bag(), theirs.stems()
                mine_kept = _bag_kept(my_bag, their_bag, my_stems, their_stems)
                kept.append((index, theirs, their_bag, mine_kept, _bag_kept(their_bag, my_bag, their_stems, my_stems)))

        # Words said otherwise that JMdict glosses alike (遠慮/控える, 準備/用意): each lemma's glosses are looked up
        # once (`_first_glosses` keeps them), about a millisecond each, and only for the GLOSSED_CANDIDATES whose
        # bags share the most without them (the others keep their shares).
        shares = [min(_share(my_bag, item[3]), _share(item[2], item[4])) for item in kept]
        glossed = set(sorted(range(len(kept)), key=lambda n: -shares[n])[:GLOSSED_CANDIDATES])
        my_spelt, scores = mine.spelt(), []
        for n, (index, theirs, their_bag, mine_kept, theirs_kept) in enumerate(kept):
            if n not in glossed:
                scores.append((shares[n], index, their_bag, mine_kept, theirs_kept))
                continue
            their_spelt = theirs.spelt()
            mine_kept, theirs_kept = (
                mine_kept | _glossed_alike(my_bag, their_bag, mine_kept, my_spelt, theirs_kept, their_spelt),
                theirs_kept | _glossed_alike(their_bag, my_bag, theirs_kept, their_spelt, mine_kept, my_spelt),
            )
            share = min(_share(my_bag, mine_kept), _share(their_bag, theirs_kept))
            scores.append((share, index, their_bag, mine_kept, theirs_kept))
        scores.sort(key=lambda item: -item[0])
        if not scores or scores[0][0] < LEMMAS_KEPT:
            return None
        if len(scores) > 1 and scores[1][0] > LEMMAS_MARGIN * scores[0][0]:
            return None
        _, index, their_bag, mine_kept, theirs_kept = scores[0]
        # A word or two said otherwise (在庫につきまして → 在庫について, 直ちに → 至急); another message of the
        # same stock phrases names other things in several words on both sides (会員サイトのレポート → 外貨
        # 預金サービスのポイント).
        if min(len(my_bag) - len(mine_kept), len(their_bag) - len(theirs_kept)) > LEMMAS_REPLACED:
            return None
        # The rarest word of one at least is the other's too: a name swapped for another, the rarest of both
        # (駐車場の閉鎖は午後9時 and 駐輪場は、午後9時に閉鎖), is another subject.
        if max(my_bag, key=my_bag.__getitem__) not in mine_kept and (
            max(their_bag, key=their_bag.__getitem__) not in theirs_kept
        ):
            return None
        return self.texts[index], DEFAULT_SIMILARITY

    def leftover_edits(self, news: list[str], olds: list[str]) -> dict[str, str]:
        """The second look, once every new message was searched: which of *olds* (old messages of this index
        that no new message came from and the template no longer has) each of *news* (new messages given no
        previous source) is an edit of, its words said otherwise (出店スケジュール → 出店予定; 身分証明書 →
        本人確認書類; 下足箱 → 下駄箱), as {new: old}.

        Among all the old messages, one as near (a message of the same notice, the same stock phrases) makes
        `_lemmas_edit` decline, and a synonym swapped for the rarest word reads as another subject. Among those
        left over, a near one that is still in the template or was the origin of another new message is no
        rival: an edit's origin is a message that left the template. A short new message (at most LEMMAS_SHORT
        content characters: the bags read words that are each much of a message) and an old one are an edit
        when one of the two has at most LEFTOVER_CHANGED content characters the other lacks, their words are
        those of one message said otherwise (`_said_otherwise`), and each is the other's best such match,
        alone."""
        found: list[tuple[float, str, int]] = []
        shorts = [(text, folded) for text in dict.fromkeys(news) if self._short(folded := _fold(text))]
        if not shorts:
            return {}
        where = {text: at for at, text in enumerate(self.texts)}
        # The left-over old messages by their content characters: one at most LEFTOVER_CHANGED characters from a
        # new message lacks at most that many of its distinct characters, so it holds one of any more of them.
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for index in dict.fromkeys(where[text] for text in olds if text in where):
            content = self._content_of(index)
            if MIN_CONTENT <= len(content) <= LEMMAS_SHORT + LEFTOVER_CHANGED:
                for char in dict.fromkeys(content):
                    postings[char].append(index)
        for text, folded in shorts:
            content, _ = _counted_content(folded)
            rarest = sorted(set(content), key=lambda char: len(postings.get(char, ())))[: LEFTOVER_CHANGED + 1]
            near = sorted({index for char in rarest for index in postings.get(char, ())})
            near = [i for i in near if content_changed(folded, self.folded[i], LEFTOVER_CHANGED) <= LEFTOVER_CHANGED]
            mine = self._key(folded) if near else None
            if mine is None:
                continue
            for index in near:
                share = self._said_otherwise(mine, index)
                if share is not None:
                    found.append((share, text, index))
        # Each the other's best, alone: a new message as near to two old ones (or an old one to two new ones) is
        # an edit of neither.
        best_of_new: dict[str, list[tuple[float, int]]] = {}
        best_of_old: dict[int, list[tuple[float, str]]] = {}
        for share, text, index in found:
            best_of_new.setdefault(text, []).append((share, index))
            best_of_old.setdefault(index, []).append((share, text))
        pairs = {}
        for share, text, index in found:
            if _alone_best(best_of_new[text], index, share) and _alone_best(best_of_old[index], text, share):
                pairs[text] = self.texts[index]
        return pairs

    @staticmethod
    def _short(folded: str) -> bool:
        """A message of MIN_CONTENT to LEMMAS_SHORT content characters, whose every word is much of it."""
        return MIN_CONTENT <= len(_counted_content(folded)[0]) <= LEMMAS_SHORT

    def _said_otherwise(self, mine: _Key, index: int) -> float | None:
        """The share of its words (by weight, `_Key.bag`) that each of a new message (*mine*) and old message
        *index* keeps or says alike of the other's, the smaller, when the two are an edit by `_leftover_rule`;
        else None. A word is kept as in `_lemmas_edit`
        (`_bag_kept`, `_glossed_alike`), or said alike: a word of one not kept that the resources give a meaning
        in common with a word of the other not kept (`_said_alike`)."""
        theirs = self._key_of(index)
        if theirs is None:
            return None
        my_bag, their_bag = mine.bag(), theirs.bag()
        if not my_bag or not their_bag:
            return None
        my_stems, their_stems = mine.stems(), theirs.stems()
        my_spelt, their_spelt = mine.spelt(), theirs.spelt()
        mine_kept = _bag_kept(my_bag, their_bag, my_stems, their_stems)
        theirs_kept = _bag_kept(their_bag, my_bag, their_stems, my_stems)
        mine_kept, theirs_kept = (
            mine_kept | _glossed_alike(my_bag, their_bag, mine_kept, my_spelt, theirs_kept, their_spelt),
            theirs_kept | _glossed_alike(their_bag, my_bag, theirs_kept, their_spelt, mine_kept, my_spelt),
        )
        mine_said, theirs_said = _said_alike(
            _left_spellings(mine, my_bag, mine_kept), _left_spellings(theirs, their_bag, theirs_kept)
        )
        mine_kept |= mine_said
        theirs_kept |= theirs_said
        # As in `_lemmas_edit`, the rarest word of one at least is the other's too, or said alike: a name swapped for
        # another, the rarest of both (駐車場の閉鎖は / 駐輪場は…閉鎖), is another subject.
        if max(my_bag, key=my_bag.__getitem__) not in mine_kept and (
            max(their_bag, key=their_bag.__getitem__) not in theirs_kept
        ):
            return None
        share = min(_share(my_bag, mine_kept), _share(their_bag, theirs_kept))
        return share if _leftover_rule(share, len(my_bag) - len(mine_kept), len(their_bag) - len(theirs_kept)) else None

    def _key(self, folded: str) -> _Key | None:
        masked = _mask(folded)
        framing: set[str] = set()
        words = _words(masked, framing)
        return None if not words else _Key(words, masked, self.index, frozenset(framing))

    def _key_of(self, index: int) -> _Key | None:
        """The matching key of old message *index* (only candidates are ever asked about)."""
        if index not in self._keys:
            self._keys[index] = self._key(self.folded[index])
        return self._keys[index]

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
