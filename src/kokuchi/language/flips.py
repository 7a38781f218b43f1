"""Meaning flips: edits that make a Japanese sentence say the opposite.

A translation of 「ご利用いただけます」 is wrong for 「ご利用いただけません」, so
the catalog update must never offer it. The flip is found on the words
(language/tokens.py) of the clauses the edit touched, not on substrings:

- **polarity**: the number of negations in the changed clauses changes parity.
  A negation is a negating auxiliary (ない, ぬ/ん/ず, by part of speech), the
  adjective ない and the noun なし, a negating prefix (不, 未, 非, 無) unless the
  word is one where it does not negate (未明, 不具合, 不可欠, ...), or the
  negative word of a negation pair (不要, 無効, 対象外, ...). So 必要です →
  必要ありません is a flip, 不要です → 必要ありません is not, and
  しなければなりません (two negations) says the same as する.
  Idioms whose negation negates nothing (申し訳ございません, かもしれません,
  すみません) do not count, nor does leave granted (〜て構いません). What says
  "no" with no negation counts one: a noun negated by its first character
  (不良, as すぐれない), a refusal or a prohibition (お断り, 禁止: REFUSALS) and
  "please do not" (ご遠慮ください, as しないでください). A clause moved whole,
  its words said in the other side's changed clauses, is read with them;
- **antonyms**: a word of an antonym pair goes out and its partner comes in,
  compared by dictionary form (再開 ⇄ 停止, 含む ⇄ 除く, 上り ⇄ 下り);
- **swap**: two terms exchange places (AからBへ → BからAへ), unless they are
  merely listed together (AとB → BとA).

A clause added or removed whole is not a flip (a new sentence is translated
anew, not reversed), nor is a typo: one or two characters dropped or added
inside a word (押せない → 押せな).

The pairs are in data/meaning-flips.json; a project adds its own in
locales/meaning-flips.yaml (the same lists, in YAML).
"""

from __future__ import annotations

import difflib
import json
import os
import re
import unicodedata
from collections import Counter
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from kokuchi.language.entities import MONTH_PARTS
from kokuchi.language.morphology import Morph, analyze
from kokuchi.language.synonyms import adverb_without, before_prefixed
from kokuchi.language.tokens import Token, tokenize

NEGATING_AUXILIARIES = {"ない", "無い", "ぬ", "ず"}
NEGATING_PREFIXES = {"不", "未", "非", "無"}
# Words where a negating prefix does not reverse the rest: 未明 is the small hours, not "not bright".
NOT_NEGATED = {
    "未明",
    "不具合",
    "不便",
    "不可欠",
    "不正",
    "不審",
    "不安",
    "不満",
    "不足",
    "非常",
    "無事",
    "無理",
    "無論",
    "無線",
    "不動産",
    "未来",
    "未満",
    "不特定",
    "無数",
    "不意",
    "無休",
    "不惑",
    "非常時",
    "無料",
    "不定期",
    "不規則",
    "不特定多数",
    "無償",
    "無人",
}
# A negation after these says something else: 申し訳ございません (sorry), かもしれません (may), すみません.
IDIOM_HEADS = {
    "申し訳",
    "すむ",
    "済む",
    "しれる",
    "知れる",
    "違い",
    "すぎる",
    "過ぎる",
    "かねる",
    "仕方",
    "しかた",
    "たまる",
    "やむ",
    "止む",
    "いけ",
}
_AUXILIARY_HOPS = {"ある", "ござる", "ます", "です", "が", "は", "も", "で", "得る", "を"}
_CLAUSE_ENDS = {"、", "。", "！", "？", "!", "?", ",", "\n", "；", ";"}
_COORDINATORS = {"と", "や", "、", "・", "及び", "および", "または", "又は", "か", ","}
_COORDINATORS |= {"もしくは", "若しくは", "あるいは", "或いは", "並びに", "ならびに", "や、", "と、"}


class Flip(NamedTuple):
    old: str  # what the old source said: 必要, いただけます, A…B
    new: str  # what the new source says instead: 不要, いただけません, B…A
    kind: str  # polarity, antonym, swap


class FlipPairs:
    """The meaning-flip pairs: negations (affirmative, negative) and antonyms.

    Compared and hashed by its pairs, and never changed once made (like a frozen
    dataclass, which costs a command's start-up the generated methods it compiles)."""

    __slots__ = ("negations", "antonyms", "__dict__")  # __dict__: the cached properties

    negations: tuple[tuple[str, str], ...]  # (affirmative, negative): 必要, 不要
    antonyms: tuple[tuple[str, str], ...]

    def __init__(self, negations: tuple[tuple[str, str], ...], antonyms: tuple[tuple[str, str], ...]) -> None:
        object.__setattr__(self, "negations", negations)
        object.__setattr__(self, "antonyms", antonyms)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"FlipPairs is read-only: cannot set {name}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FlipPairs):
            return NotImplemented
        return (self.negations, self.antonyms) == (other.negations, other.antonyms)

    def __hash__(self) -> int:
        return self._hash

    @cached_property
    def _hash(self) -> int:  # (hashed once: the pairs are a cache's key at every search, and are hundreds)
        return hash((self.negations, self.antonyms))

    def __repr__(self) -> str:
        return f"FlipPairs({len(self.negations)} negations, {len(self.antonyms)} antonyms)"

    @cached_property
    def negatives(self) -> frozenset[str]:
        return frozenset(negative for _, negative in self.negations)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return self.negatives | {word for pair in self.antonyms for word in pair}

    @cached_property
    def signal_pieces(self) -> tuple[str, ...]:
        """The stems of the words (含む → 含, to find 含み and 含め too) and the pieces of a negation,
        longest first."""
        stems = {word[:-1] if len(word) > 1 and "\u3041" <= word[-1] <= "\u3096" else word for word in self.vocabulary}
        pieces = stems | {"ない", "なし", "ぬ", "ず", "ん", "ざる", "無い", "無し", "かね", "兼ね"} | NEGATING_PREFIXES
        return tuple(sorted(pieces, key=lambda p: (-len(p), p)))

    @cached_property
    def signals(self) -> re.Pattern:
        """The signal pieces as one alternation, longest first."""
        return re.compile("|".join(re.escape(piece) for piece in self.signal_pieces))

    @cached_property
    def signal_counts(self) -> _SignalCounter:
        """How often each signal piece occurs in a text, as ``Counter(signals.findall(text))``."""
        return _SignalCounter(self)


class _SignalCounter:
    """``Counter(pairs.signals.findall(text))``, without compiling the alternation for a short run.

    The alternation of several hundred words costs ``re`` about a millisecond to
    compile, more than a small merge's every reading of it. Until BUDGET
    characters are read, each text is read as the alternation reads it: at each
    position the longest piece found there (the alternation's order), the
    reading going on after it, else one character on; then the alternation is
    compiled for the rest.
    """

    BUDGET = 10_000  # characters read by hand, at most, before the alternation is compiled

    def __init__(self, pairs: FlipPairs) -> None:
        self._pairs = pairs
        self._by_first: dict[str, list[str]] = {}  # the pieces that start with a character, in the alternation's order
        for piece in pairs.signal_pieces:
            self._by_first.setdefault(piece[:1], []).append(piece)
        self._budget = self.BUDGET
        # An empty piece (a project's list holding an empty word) matches between characters too:
        # the alternation reads it.
        self._compiled: re.Pattern | None = pairs.signals if "" in self._by_first else None

    def __call__(self, text: str) -> Counter[str]:
        if self._compiled is None and self._budget < len(text):
            self._compiled = self._pairs.signals
        if self._compiled is not None:
            return Counter(self._compiled.findall(text))
        self._budget -= len(text)
        counts: Counter[str] = Counter()
        by_first = self._by_first
        position, end = 0, len(text)
        while position < end:
            for piece in by_first.get(text[position], ()):
                if text.startswith(piece, position):
                    counts[piece] += 1
                    position += len(piece)
                    break
            else:
                position += 1
        return counts


# Tokens on one side times tokens on the other above which the changed clauses
# are aligned in linear time (about 700 × 700 tokens: a few clauses of a notice
# are far below it).
EXACT_PAIRS = 500_000


def find_flip(old: str, new: str, pairs: FlipPairs | None = None) -> Flip | None:
    """How *new* reverses the meaning of *old*, or None if it does not."""
    if old == new:
        return None
    pairs = pairs if pairs is not None else default_pairs()
    if not _could_flip(old, new, pairs):
        return None
    read = _clauses_read(*changed_clauses(old, new), pairs)
    if not isinstance(read, _ClausesRead):
        return read  # the changed clauses alone decide: no flip, a swap or an antonym
    # (a purpose is read in the whole texts: what follows よう、 may lie beyond the changed clauses)
    start = _clauses_start(old, new)
    before = _negations(read.old_clauses, read.old_words, pairs, read.said_a, _purposes(old, new, start), new)
    after = _negations(read.new_clauses, read.new_words, pairs, read.said_b, _purposes(new, old, start), old)
    if len(before) % 2 != len(after) % 2:
        return Flip(_span(read.a, read.opcodes, 1), _span(read.b, read.opcodes, 3), "polarity")
    return None


class _ClausesRead(NamedTuple):
    """What find_flip reads of the changed clauses alone, for the negations it then counts (never changed once
    made: _clauses_read gives the same one again)."""

    a: list[Token]
    b: list[Token]
    opcodes: list[tuple[str, int, int, int, int]]
    old_clauses: list[Token]
    new_clauses: list[Token]
    old_words: list[tuple[int, int, str]]
    new_words: list[tuple[int, int, str]]
    said_a: frozenset[str]
    said_b: frozenset[str]


@lru_cache(maxsize=1 << 12)
def _clauses_read(old: str, new: str, pairs: FlipPairs) -> Flip | _ClausesRead | None:
    """find_flip's reading of the changed clauses *old* and *new* (``changed_clauses``): its answer where they alone
    decide it (None: a typo, nothing changed, a clause added or removed whole; a swap; an antonym), else what the
    count of negations reads. A function of the clauses and *pairs* alone, cached: a catalog's edits change the
    same clauses in message after message (818 searches of a 10,000-message merge, 602 pairs of clauses)."""
    a, b = _words(old), _words(new)
    texts_a, texts_b = [t.text for t in a], [t.text for t in b]
    opcodes: list[tuple[str, int, int, int, int]]
    if len(a) * len(b) <= EXACT_PAIRS:
        opcodes = list(difflib.SequenceMatcher(None, texts_a, texts_b, autojunk=False).get_opcodes())
    else:  # SequenceMatcher is quadratic: a long clause edited throughout gets a linear alignment
        from kokuchi.core.align import greedy_opcodes

        opcodes = greedy_opcodes(texts_a, texts_b)
    opcodes = [op for op in opcodes if op[0] != "equal"]
    if not opcodes or _typo(old, new, a):
        return None
    swap = _swap(a, b)
    if swap:
        return swap
    old_whole: list[tuple[int, int]] = []
    new_whole: list[tuple[int, int]] = []
    old_clauses, new_clauses = _changed_clauses(a, opcodes, 1, old_whole), _changed_clauses(b, opcodes, 3, new_whole)
    if not old_clauses or not new_clauses:
        return None  # a clause added or removed whole
    # 授業がない日でもご利用になれます → 授業のない日にも、ご利用いただけます: a clause said whole on one side with
    # words the other side's changed clauses say is moved there, not added: its negation is read with them.
    old_clauses, new_clauses = (
        old_clauses + _moved(a, old_whole, new_clauses),
        new_clauses + _moved(b, new_whole, old_clauses),
    )
    old_words, new_words = _occurrences(old_clauses, pairs.vocabulary), _occurrences(new_clauses, pairs.vocabulary)
    old_count, new_count = Counter(w for _, _, w in old_words), Counter(w for _, _, w in new_words)
    # An antonym flips where its first word went (fewer in the new clauses) and its second came (more): the words
    # that went and came are found once, and the pairs (a hundred and more) are read only when both are some; the
    # first pair in the list's order, each way round, as before.
    went = {word for word, count in old_count.items() if count > new_count.get(word, 0)}
    came = {word for word, count in new_count.items() if count > old_count.get(word, 0)} if went else set()
    if came:
        for x, y in pairs.antonyms:
            for first, second in ((x, y), (y, x)):
                if first in went and second in came:
                    return Flip(first, second, "antonym")
    said_a = _said_before(new_clauses) if "未" in old else frozenset()
    said_b = _said_before(old_clauses) if "未" in new else frozenset()
    return _ClausesRead(a, b, opcodes, old_clauses, new_clauses, old_words, new_words, said_a, said_b)


def _could_flip(old: str, new: str, pairs: FlipPairs) -> bool:
    """A quick look before the words: did anything change that can reverse a meaning?

    A swap keeps the same characters; an antonym, a negative word or a
    negation changes how often a word's stem (含む → 含, to find 含み too) or
    a negating piece (ない, ん, ず, 不, 未...) occurs.
    """
    if len(old) == len(new) and sorted(old) == sorted(new):
        return True
    counts = pairs.signal_counts
    return counts(old) != counts(new)


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> list[Token]:
    """The tokens of a clause but the spaces (cached: stock clauses come back in message after message)."""
    return [t for t in tokenize(text) if t.kind != "space"]


_SENTENCE_ENDS = {"。", "！", "？", "!", "?", "\n"}


def changed_sentences(old: str, new: str) -> tuple[str, str]:
    """The sentences around everything that changed, in each text."""
    return changed_clauses(old, new, _SENTENCE_ENDS)


def common_prefix(a: str, b: str) -> int:
    """``len(os.path.commonprefix([a, b]))``, found by halving: slices compared at C speed, not character by
    character in Python (the guard asks it of every pair of texts, a few times)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def changed_clauses(old: str, new: str, ends: frozenset[str] | set[str] = _CLAUSE_ENDS) -> tuple[str, str]:
    """The clauses around everything that changed, in each text: only they are read word by word.

    (With *ends* the sentence ends: the sentences around it.)
    """
    prefix = common_prefix(old, new)
    suffix = common_prefix(old[prefix:][::-1], new[prefix:][::-1])
    start = max((old.rfind(end, 0, prefix) for end in ends), default=-1) + 1
    tail = old[len(old) - suffix :]
    stop = min((i for i in (tail.find(end) for end in ends) if i >= 0), default=len(tail))
    return old[start : len(old) - suffix + stop + 1], new[start : len(new) - suffix + stop + 1]


def is_typo(old: str, new: str) -> bool:
    """*new* is *old* with a slip of the keyboard, and nothing else.

    A kana dropped, added or mistyped inside a word (see _typo); a kana typed
    twice (しております → してております, おります → おりります) or a doubled one
    dropped; one kana mistyped in a katakana word of four or more
    (ストレージ → ストロージ: a loanword, not another word).
    """
    if old == new:
        return False
    # A slip leaves the words it touches unreadable to the analyzer (申しし訳ございません is no
    # longer the idiom): what the writer typed is the test, every piece of a negation where it was.
    if _unfinished_masen(old, new) or _unfinished_masen(new, old):
        return True  # ません losing or mistyping its ん: ませ cannot end a word
    if not _same_negation_pieces(old, new):
        return False
    slip = (
        _doubled(old, new)
        or _doubled(new, old)
        or _katakana_slip(old, new)
        or _neighbour_slip(old, new)
        or _dropped_kana(old, new)
    )
    if not slip:
        clause_old, clause_new = changed_clauses(old, new)
        slip = _typo(clause_old, clause_new, _words(clause_old))
    # バス → パス: one kana, and another word of the dictionary (asked last: it analyzes the clause again)
    return slip and not _another_word(old, new)


def _another_word(old: str, new: str) -> bool:
    """One character changed, and where it stands each text reads one word of the dictionary, the same span in
    both, with different lemmas: バス → パス, カート → カード, ダイヤ → タイヤ. A word substituted, not a slip.

    A slip makes no word: the analyzer does not know what it reads there (ダオル), or cuts it otherwise
    (パスワード → バス|ワード), or reads the same lemma. A proper noun is a word only where JMdict knows it too
    (ビン, as the bottle; not ちよ, a given name read in ちよっと). Whether the two words mean the same is then
    for the synonym proofs (language/evidence.py).
    """
    if abs(len(old) - len(new)) == 1:
        return _word_dropped(old, new) if len(new) < len(old) else _word_dropped(new, old)
    i = _one_difference(old, new)
    if i is None:
        return False
    start, stop = _clause_around(old, i)
    a, b = _word_at(old[start:stop], i - start), _word_at(new[start:stop], i - start)
    if a is None or b is None or a[0] != b[0]:
        return False
    return a[1].lemma != b[1].lemma and _known(a[1]) and _known(b[1])


def _word_dropped(long_: str, short: str) -> bool:
    """One kana fewer, and a word meant: the honorific prefix left out (おかわり → かわり: compare decides
    whether it was politeness), or a word that reads another word of the dictionary one kana shorter
    (おしぼり → しぼり, each one word of UniDic's, with different lemmas)."""
    i = next((k for k, (x, y) in enumerate(zip(long_, short)) if x != y), len(short))
    if long_[:i] + long_[i + 1 :] != short:
        return False
    start, stop = _clause_around(long_, i)
    clause = long_[start:stop]
    if unicodedata.normalize("NFKC", clause) != clause:
        return False
    position = 0
    for m in analyze(clause) or ():
        if position == i - start and m.head == "接頭辞" and m.lemma == "御" and len(m.text) == 1:
            return True
        position += len(m.text)
    a, b = _word_at(clause, i - start, 1), _word_at(short[start : stop - 1], i - start, 1)
    if a is None or b is None or (a[0][0], a[0][1] - 1) != b[0]:
        return False
    return a[1].lemma != b[1].lemma and _known(a[1]) and _known(b[1])


def _clause_around(text: str, i: int) -> tuple[int, int]:
    start = max(text.rfind(end, 0, i) for end in _CLAUSE_ENDS) + 1
    stops = [k for k in (text.find(end, i) for end in _CLAUSE_ENDS) if k >= 0]
    return start, min(stops) if stops else len(text)


def _word_at(clause: str, i: int, shortest: int = 2) -> tuple[tuple[int, int], Morph] | None:
    """The span and the word (UniDic's reading, *shortest* characters or more) at offset *i* of *clause*."""
    if unicodedata.normalize("NFKC", clause) != clause:
        return None  # (the analysis is of the NFKC text: its offsets would not be the clause's)
    morphs = analyze(clause)
    position = 0
    for m in morphs or ():
        end = position + len(m.text)
        if position <= i < end:
            return ((position, end), m) if m.kind == "word" and len(m.text) >= shortest else None
        position = end
    return None


def _known(m: Morph) -> bool:
    """UniDic knows the word (an unknown word is a noun with no sub-class: ダオル), a proper noun JMdict knows
    too. An adverb or a conjunction has no sub-class in UniDic either, and is known (まだ/また)."""
    if not m.pos or (len(m.pos) < 2 and m.head == "名詞"):
        return False
    if "固有名詞" not in m.pos:
        return True
    from kokuchi.language.synonyms import in_jmdict

    return in_jmdict(m.text)


def _same_negation_pieces(old: str, new: str) -> bool:
    pieces = "んずぬな" + "".join(NEGATING_PREFIXES)
    return Counter(ch for ch in old if ch in pieces) == Counter(ch for ch in new if ch in pieces)


def _doubled(old: str, new: str) -> bool:
    """*new* is *old* with one kana typed twice."""
    if len(new) != len(old) + 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(old, new)) if x != y), len(old))
    # The extra character is new[i]; it doubles its neighbour on either side.
    if new[:i] + new[i + 1 :] != old or not "\u3041" <= new[i] <= "\u30ff":
        return False
    return (i > 0 and new[i - 1] == new[i]) or (i + 1 < len(new) and new[i + 1] == new[i])


def _dropped_kana(old: str, new: str) -> bool:
    """One hiragana left out (しております → しおります), not one that negates, tells the tense or adds (も, か)."""
    if len(new) + 1 != len(old):
        return False
    i = next((k for k, (x, y) in enumerate(zip(old, new)) if x != y), len(new))
    # The negation the writer typed is still there (いただけません → いただけせん), even where the
    # analyzer no longer reads it.
    return old[:i] + old[i + 1 :] == new and "\u3041" <= old[i] <= "\u3096" and old[i] not in "んずぬなたもか"


def _neighbour_slip(old: str, new: str) -> bool:
    """One kana typed as its voiced, unvoiced, small or full-size form (か → が, て → で, サ → ザ, ょ → よ),
    negating nothing.

    A slip of the input method; not one that makes or unmakes a negation
    (ん, ず, ぬ, な) or changes how many negations the text has.
    """
    i = _one_difference(old, new)
    if i is None:
        return False
    x, y = old[i], new[i]
    kana = all("\u3041" <= ch <= "\u3096" for ch in (x, y)) or all("\u30a1" <= ch <= "\u30f6" for ch in (x, y))
    if abs(ord(x) - ord(y)) != 1 or not kana or _kana_letter(x) != _kana_letter(y):
        return False  # の and は are neighbours in Unicode, not on the keyboard: a particle changed
    return not {x, y} & set("んずぬなン")


def _kana_letter(kana: str) -> str:
    """A kana without its voicing marks, full size (が, か: か; っ, つ: つ; ザ, サ: サ)."""
    base = unicodedata.normalize("NFD", kana)[0]
    name = unicodedata.name(base)
    return unicodedata.lookup(name.replace(" SMALL", "")) if " SMALL " in name else base


def _one_difference(old: str, new: str) -> int | None:
    """Where two texts of one length differ, if in one character only."""
    if len(old) != len(new):
        return None
    differ = [i for i, (x, y) in enumerate(zip(old, new, strict=True)) if x != y]
    return differ[0] if len(differ) == 1 else None


def _katakana_slip(old: str, new: str) -> bool:
    """One katakana mistyped inside a katakana word of four or more."""
    i = _one_difference(old, new)
    if i is None:
        return False
    katakana = re.compile(r"[\u30a1-\u30ffー]")
    if not (katakana.match(old[i]) and katakana.match(new[i])):
        return False
    start, end = i, i + 1
    while start > 0 and katakana.match(old[start - 1]):
        start -= 1
    while end < len(old) and katakana.match(old[end]):
        end += 1
    return end - start >= 4


def _typo(old: str, new: str, tokens: list[Token]) -> bool:
    """One or two kana dropped or added inside a word, or one mistyped, not a whole word: 押せない → 押せな.

    (A kanji is not typed by slip: 要 → 不要 is meant.) ません losing or
    mistyping its ん leaves ませ, which cannot end a word: a slip too.
    """
    if _unfinished_masen(old, new) or _unfinished_masen(new, old):
        return True
    if len(old) == len(new):
        i = _one_difference(old, new)
        if i is None or not all("\u3041" <= ch <= "\u3096" for ch in (old[i], new[i])):
            return False  # (a katakana word changed is a word changed: オン → オフ)
        if _another_function_word(i, tokens, _words(new)):
            return False
        return any(
            not (i in {t.start for t in side} and i + 1 in {t.end for t in side}) for side in (tokens, _words(new))
        )  # one kana mistyped inside a word: ございません → ごしいません
    short, long_ = (new, old) if len(new) < len(old) else (old, new)
    k = len(long_) - len(short)
    if not 1 <= k <= 2:
        return False
    prefix = 0
    while prefix < len(short) and short[prefix] == long_[prefix]:
        prefix += 1
    candidates = [
        i
        for i in range(max(0, prefix - 3), prefix + 1)
        if long_[:i] + long_[i + k :] == short and all("\u3041" <= ch <= "\u30ff" for ch in long_[i : i + k])
    ]
    if not candidates:
        return False
    # Kana between two words of the shorter text that the analyzer reads alone as a binding or adverbial particle
    # (のみ, だけ, しか, も, など) are that particle added or dropped (お茶|を → お茶のみを, "only"), however it reads
    # the longer text (茶飲み, "tea-drinking"): a word meant, no slip (押せな|事象 lost the い of ない).
    shorter = {t.start for t in _words(short)} | {len(short)}
    if any(i in shorter and _a_particle_alone(long_[i : i + k]) for i in candidates):
        return False
    if len(new) > len(old):
        tokens = _words(new)
    boundaries = {t.start for t in tokens} | {t.end for t in tokens}
    return all(not (i in boundaries and i + k in boundaries) for i in candidates)


def _a_particle_alone(kana: str) -> bool:
    """*kana*, read alone, is one binding or adverbial particle (も, は, のみ, だけ, しか, など): a word of scope."""
    words = [t for t in _words(kana) if t.kind == "word"]
    return len(words) == 1 and words[0].text == kana and words[0].pos[:2] in (("助詞", "係助詞"), ("助詞", "副助詞"))


def _another_function_word(i: int, old: list[Token], new: list[Token]) -> bool:
    """The kana at *i* makes one particle or auxiliary another, each a word the analyzer knows: ので → のに
    ("because" → "although"), a word meant, no slip."""
    a = next((t for t in old if t.start <= i < t.end), None)
    b = next((t for t in new if t.start <= i < t.end), None)
    if a is None or b is None or len(a.text) < 2 or len(b.text) < 2:
        return False
    function = (("助詞",), ("助動詞",))
    return a.pos[:1] in function and b.pos[:1] in function and a.lemma != b.lemma


def _unfinished_masen(old: str, new: str) -> bool:
    """*new* is *old* with the ん of one ません dropped or mistyped (いただけませ。, いただけませを。)."""
    at = old.find("ません")
    while at >= 0:
        head, rest = old[: at + 2], old[at + 3 :]
        if new == head + rest:
            return True
        if len(new) == len(old) and new.startswith(head) and new.endswith(rest) and "\u3041" <= new[at + 2] <= "\u3096":
            return True
        at = old.find("ません", at + 1)
    return False


def _swap(a: list[Token], b: list[Token]) -> Flip | None:
    """Two terms exchanged: AからBへ → BからAへ (and not AとB → BとA)."""
    x, y = [t.text for t in a], [t.text for t in b]
    if len(x) != len(y) or x == y:
        return None
    lo = 0
    while lo < len(x) and x[lo] == y[lo]:
        lo += 1
    hi = len(x)
    while hi > lo and x[hi - 1] == y[hi - 1]:
        hi -= 1
    old, new = x[lo:hi], y[lo:hi]
    for p in range(1, min(6, len(old)) + 1):
        for q in range(1, min(6, len(old) - p) + 1):
            middle = old[p : len(old) - q]
            if old[:p] == new[len(new) - p :] and old[len(old) - q :] == new[:q] and middle == new[q : len(new) - p]:
                if not all(t.kind == "word" and t.text not in MONTH_PARTS for t in a[lo : lo + p] + a[hi - q : hi]):
                    # numbers exchanged are entities changed (1時2分 → 2時1分), not terms; so are the parts of
                    # months (7月下旬〜8月中旬 → 7月中旬〜8月下旬)
                    return None
                # (または may be read また|は: the coordinator is the middle's text whole)
                listed = not middle or "".join(middle) in _COORDINATORS
                if listed or "。" in middle or "\n" in middle:
                    return None  # listed together (AとB), or not within one sentence
                if (
                    hi < len(a)
                    and a[lo + p].pos[:1] == ("助詞",)
                    and a[hi].text == a[lo + p].text
                    and [t for t in middle if t not in ("、", ",", "，")] == [a[hi].text]
                ):
                    # シャワールームは、混雑時は → 混雑時は、シャワールームは: two phrases side by side, each term with
                    # the particle it had (the same after both), so neither takes the other's role; evidence's order
                    # proof judges them
                    return None
                first_pair = a[lo : hi - q]  # (with the middle but its comma: 大人は窓口|で、)
                if (
                    middle
                    and middle[-1] in ("、", ",", "，")
                    and _topic_pair(first_pair[:-1])
                    and _topic_pair(a[hi - q : hi])
                ):
                    # 大人は窓口で、子どもは券売機で → 子どもは券売機で、大人は窓口で: topics exchanged with what each
                    # says, each pair whole; evidence's order proof judges them (``_pairs_exchanged``)
                    return None
                first, second = "".join(old[:p]), "".join(old[len(old) - q :])
                return Flip(f"{first}…{second}", f"{second}…{first}", "swap")
    return None


def _topic_pair(tokens: list[Token]) -> bool:
    """Nouns + は and what is said of them (大人は窓口で, チェックインは15時から): one は, neither first nor last."""
    tops = [n for n, t in enumerate(tokens) if t.pos[:2] == ("助詞", "係助詞") and t.text == "は"]
    return (
        len(tops) == 1
        and 0 < tops[0] < len(tokens) - 1
        and all(t.pos[:1] == ("名詞",) or t.pos[:1] == ("接頭辞",) for t in tokens[: tops[0]])
    )


def _clause_bounds(tokens: list[Token]) -> tuple[list[int], list[int]]:
    """For every index, where its clause starts and ends (the clause end not
    included): one pass each way, so that a long clause is not walked again for
    every token an edit touched (that was quadratic in the clause's length)."""
    starts, ends = [0] * (len(tokens) + 1), [len(tokens)] * (len(tokens) + 1)
    start = 0
    for i, token in enumerate(tokens):
        starts[i] = start
        if token.text in _CLAUSE_ENDS:
            start = i + 1
    starts[len(tokens)] = start
    end = len(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].text in _CLAUSE_ENDS:
            end = i
        ends[i] = end
    return starts, ends


def _changed_clauses(
    tokens: list[Token], opcodes: list, side: int, whole_clauses: list[tuple[int, int]] | None = None
) -> list[Token]:
    """The tokens of every clause an edit touched, on one side (1: old, 3: new).

    Empty when the edit only added (or only removed) whole clauses on that side; those go to *whole_clauses*
    (their spans), if given.
    """
    spans: set[tuple[int, int]] = set()
    starts, ends = _clause_bounds(tokens)
    for op in opcodes:
        lo, hi = op[side], op[side + 1]
        if lo == hi:
            if op[0] in ("insert", "delete"):
                # A clause added on the other side changes nothing here, unless it lands inside a clause.
                if 0 < lo < len(tokens) and tokens[lo - 1].text not in _CLAUSE_ENDS:
                    spans.add((starts[lo], ends[lo]))
            continue
        other_lo, other_hi = op[4 - side], op[5 - side]
        changed = tokens[lo:hi]
        whole = (lo == 0 or tokens[lo - 1].text in _CLAUSE_ENDS) and changed[-1].text in _CLAUSE_ENDS
        if op[0] in ("insert", "delete") and whole and other_lo == other_hi:
            if whole_clauses is not None:
                whole_clauses.append((lo, hi))
            continue  # whole clauses added or removed
        for i in range(lo, hi):
            spans.add((starts[i], ends[i]))
    return [tokens[i] for start, end in sorted(spans) for i in range(start, end)]


_CONTENT = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞"})


def _moved(tokens: list[Token], spans: list[tuple[int, int]], other: list[Token]) -> list[Token]:
    """The tokens of the whole clauses at *spans* whose every content word (noun, verb, adjective, adverb, by
    lemma) is in *other*, the changed clauses of the other side: a clause moved, not added."""
    lemmas = {t.lemma for t in other}
    moved: list[Token] = []
    for lo, hi in spans:
        content = [t.lemma for t in tokens[lo:hi] if t.pos[:1] and t.pos[0] in _CONTENT]
        if content and all(lemma in lemmas for lemma in content):
            moved.extend(tokens[lo:hi])
    return moved


def _span(tokens: list[Token], opcodes: list, side: int) -> str:
    lo = min(op[side] for op in opcodes)
    hi = max(op[side + 1] for op in opcodes)
    lo, hi = max(0, lo - 1), min(len(tokens), hi + 1)
    return "".join(t.text for t in tokens[lo:hi]).strip("、。")


def _occurrences(tokens: list[Token], vocabulary: frozenset[str]) -> list[tuple[int, int, str]]:
    """(position, tokens spanned, word) of every word of the vocabulary, by surface or dictionary form.

    A word may span a few tokens (無効|化) or sit inside a compound noun (上り線),
    but not after a negating prefix: 完了 in 未|完了 is not 完了.
    """
    found: set[tuple[int, int, str]] = set()
    beginnings, endings = _pieces(vocabulary)
    texts, lemmas, count = [t.text for t in tokens], [t.lemma for t in tokens], len(tokens)
    for i, token in enumerate(tokens):
        if i and texts[i - 1] in NEGATING_PREFIXES and _inside_longer(tokens, i):
            continue
        text = lemma = ""
        for k in range(i, min(i + 4, count)):
            text += texts[k]
            lemma += lemmas[k]
            if text in vocabulary:
                found.add((i, k - i + 1, text))
            if lemma in vocabulary:
                found.add((i, k - i + 1, lemma))
            if text not in beginnings and lemma not in beginnings:
                break  # no word of the vocabulary starts so: nor with more tokens
        surface = token.text
        if len(surface) > 2 and token.pos[:1] == ("名詞",):
            negated = surface[0] in NEGATING_PREFIXES
            for size in range(2, len(surface)):
                if surface[:size] in vocabulary:
                    found.add((i, 1, surface[:size]))
                if surface[-size:] in vocabulary and not negated:
                    found.add((i, 1, surface[-size:]))  # not 同期 inside 非同期
                if surface[:size] not in beginnings and surface[-size:] not in endings:
                    break  # no word of the vocabulary starts or ends so: nor with more characters
    return sorted(found)


@lru_cache(maxsize=4)
def _pieces(vocabulary: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """How the words of *vocabulary* begin and end (each beginning and ending, "" too): where a text read on
    is none of them, no longer text is a word of it."""
    beginnings = frozenset(word[:size] for word in vocabulary for size in range(len(word) + 1))
    endings = frozenset(word[len(word) - size :] for word in vocabulary for size in range(len(word) + 1))
    return beginnings, endings


def _inside_longer(tokens: list[Token], i: int) -> bool:
    """完了 inside 未完了, 対応 inside 非対応: a prefix negates the word."""
    return i > 0 and tokens[i - 1].text in NEGATING_PREFIXES and tokens[i - 1].pos[:1] == ("接頭辞",)


def _said_before(tokens: list[Token]) -> frozenset[str]:
    """The nouns said with 前, "before" (就学前): 未 + the same noun (未就学) says the same, and negates nothing."""
    return frozenset(
        tokens[i].text
        for i in range(len(tokens) - 1)
        if tokens[i].pos[:1] == ("名詞",) and tokens[i + 1].text == "前" and tokens[i + 1].pos[:1] == ("名詞",)
    )


# "Please do not" said without a negation (ご遠慮ください, お控えください, おやめください, 見合わせてください: "hold
# off", a stop asked for), and the words of a request (ご遠慮いただいております asks it too).
_PLEASE_NOT = frozenset({"遠慮", "控える", "慎む", "やめる", "止める", "見合わせる"})
_REQUESTS = frozenset({"くださる", "下さる", "願う", "願い"})
_ASKED = _REQUESTS | {"いただく", "頂く"}
# Words that say "no" with no negation in them: a refusal or a prohibition (お断りしております, 禁止です), said as
# 〜かねます, 〜ません, 〜ないでください elsewhere. A short supplement to the negations read from the parts of
# speech: each counts as one negation, here and in polarity.py.
REFUSALS = frozenset({"断る", "禁止", "禁煙", "厳禁", "禁ずる", "禁じる", "謝絶", "拒否"})


def asks_not_to_at(lemmas: list[str], texts: list[str], i: int) -> bool:
    """ご遠慮|ください, お控え|ください, おやめ|ください, お止め|ください, ご遠慮|いただい|て|おり: "please do not"
    at *i*, with no negation (止める written so only after お: エンジンを止めてください asks to stop the engine)."""
    if lemmas[i] not in _PLEASE_NOT or (texts[i].startswith("止") and (i == 0 or texts[i - 1] != "お")):
        return False
    return any(lemma in _ASKED for lemma in lemmas[i + 1 : i + 3])


def permission_at(lemmas: list[str], i: int) -> bool:
    """The negation at *i* grants leave, no "not": 〜て構いません, 〜て差し支えありません ("you may"),
    〜でも問題ございません ("is fine even if").

    ます, ござる, ある, が, は between. 問題, 支障 and 差し支え only right after a て-form, も (the concession) or
    the topic's は (当日のシャンプーは問題ございません): 動作に問題はございません says "no problem" of something,
    the opposite of 問題があります. (The polarity of the proofs, polarity.said_not, counts them all.)
    """
    k = i - 1
    while k >= 0 and lemmas[k] in _PERMISSION_HOPS:
        k -= 1
    if k < 0:
        return False
    if lemmas[k] in ("構う", "かまう"):
        return True
    conceded = k > 0 and lemmas[k - 1] in ("も", "て", "は")
    return conceded and lemmas[k] in ("問題", "支障", "差し支え", "差し支える", "差支え")


_PERMISSION_HOPS = frozenset({"ます", "ござる", "御座る", "ある", "有る", "が", "は"})


_ASKED_FOR = frozenset({"願う", "願い", "くださる", "下さる"})


def purpose_not_at(words, i: int, other: frozenset[str] | set[str]) -> bool:
    """The ない at *i* says a purpose, "so that it does not", of a verb the other text never says (by lemma or
    surface, in *other*), and the other text says no purpose with よう: 進行が遅れないよう、ご協力を / 円滑な
    進行へのご協力を. It reverses nothing there (the other text says the purpose in other words, or not at
    all); said of the same verb or with よう (遅れないよう / 遅延するよう) it counts. Not a request not to
    (浸けないよう、お願いします, 立たないようにしてください: that is "please do not", one negation however it
    is said). *words*: tokens or morphs (text, lemma, pos). The other text's words, not its proofs: a synonym
    of the verb is no reason to count (what it says is a change, the other proofs decide).
    """
    n = len(words)
    if not (0 < i < n - 2 and words[i].pos[:1] == ("助動詞",) and words[i].lemma in ("ない", "無い")):
        return False
    verb = words[i - 1]
    if verb.pos[:1] != ("動詞",) or words[i + 1].text != "よう":
        return False
    j = i + 2
    while j < n and words[j].text in ("に", "、", ","):
        j += 1
    if j >= n or words[j].text in _CLAUSE_ENDS:
        return False
    if words[j].text in ("お", "ご", "御") and j + 1 < n:
        j += 1
    if words[j].lemma in _ASKED_FOR:
        return False  # (お)願いします, ください: asked not to
    if words[j].lemma in ("する", "為る") and j + 2 < n and words[j + 2].lemma in _ASKED_FOR:
        return False  # ようにしてください
    said = verb
    if verb.lemma in ("する", "為る") and i >= 2 and words[i - 2].pos[:1] == ("名詞",):
        said = words[i - 2]  # 混雑しないよう: 混雑
    # The other text says no purpose with よう (遅れないよう / 遅延するよう is a purpose reversed, whatever the verb).
    return said.lemma not in other and said.text not in other and "よう" not in other


def _purposes(text: str, other: str, start: int) -> frozenset[int]:
    """Where *text* says a purpose's ない of a verb *other* never says (``purpose_not_at``): the token starts,
    counted from *start* (where the changed clauses begin)."""
    if "ないよう" not in text:
        return frozenset()
    tokens, other_tokens = _words(text), _words(other)
    said = frozenset(t.lemma for t in other_tokens) | frozenset(t.text for t in other_tokens)
    return frozenset(tokens[k].start - start for k in range(len(tokens)) if purpose_not_at(tokens, k, said))


def _clauses_start(old: str, new: str) -> int:
    """Where ``changed_clauses`` cuts both texts' changed clauses from the start."""
    prefix = common_prefix(old, new)
    return max((old.rfind(end, 0, prefix) for end in _CLAUSE_ENDS), default=-1) + 1


_DONE_AS = frozenset({"為る", "する", "致す", "いたす", "為さる", "なさる"})  # the verb a suru-noun is done with


def in_an_adverb(words, i: int, other: str = "") -> bool:
    """The ない or ず at *i* (tokens or morphs) is part of an adverb JMdict lists whole, not a negation of the
    predicate: a noun + なく (遠慮なく, 心置きなく: ``synonyms.adverb_without``), and the same noun + する
    (なさる, いたす) + ず before に, a comma or a word (遠慮せずに, 遠慮なさらず): "freely", said as the adverb.
    A noun + なく JMdict does not list as an adverb (連絡なく, 問題なく), or lists as "without" the noun's own
    thing (予告なく "without prior notice", 休みなく "without rest"), keeps its negation, and so do 遠慮しない,
    遠慮しません and 遠慮はない (a predicate, or not next to the noun). Where the *other* text of a comparison says
    the same adverb, it counts alike on both sides whichever way it is read: JMdict is not asked (the flip finder
    may run where nothing else loads it), and the negation stands."""
    word = words[i]
    if word.text in ("なく", "無く"):
        noun_at = i - 1
    elif word.text == "ず" and i >= 2 and words[i - 1].lemma in _DONE_AS and i + 1 < len(words):
        if words[i + 1].text in _CLAUSE_ENDS - {"、", ","}:
            return False  # (遠慮せず。: no adverb of anything)
        noun_at = i - 2
    else:
        return False
    if noun_at < 0 or words[noun_at].pos[:1] != ("名詞",):
        return False
    if other and "".join(w.text for w in words[noun_at : i + 1]) in other:
        return False  # (遠慮なく in both texts: the same count either way)
    return adverb_without(words[noun_at].text)


def prefix_negated(text: str) -> bool:
    """不良, 不在, 無効: a noun whose first character is a negating prefix, and negates (not 無料, 未明, 不動産屋)."""
    return (
        len(text) > 1
        and text[0] in NEGATING_PREFIXES
        and text not in NOT_NEGATED
        and not any(text.startswith(word) for word in NOT_NEGATED)
    )


def _negations(
    tokens: list[Token],
    words: list[tuple[int, int, str]],
    pairs: FlipPairs,
    before: frozenset[str] = frozenset(),
    purposes: frozenset[int] = frozenset(),
    other: str = "",
) -> list[int]:
    """Where the clauses negate something, as token positions (未 + a noun of *before*: "before", no negation;
    nor the ない of a purpose at the token starts *purposes*: ``purpose_not_at``; nor the なく of an adverb
    JMdict lists whole, ``in_an_adverb``, unless the *other* text says the same adverb, counted alike there).

    "Please do not" is one negation however it is said: the ない of しないでください, ご遠慮ください, and
    a refusal or a prohibition (お断り, 禁止: REFUSALS); so is a noun negated by its first character (不良).
    """
    found: list[int] = []
    used: set[int] = set()
    negatives = pairs.negatives
    for i, n, word in sorted(words, key=lambda w: (-w[1], -len(w[2]), w[0])):
        following = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if word == "未" and following in before and before_prefixed(following):
            continue  # 未就学 / 就学前
        if word in negatives and not used.intersection(range(i, i + n)):
            used.update(range(i, i + n))
            found.append(i)
    lemmas, texts = [t.lemma for t in tokens], [t.text for t in tokens]
    for i, token in enumerate(tokens):
        if i in used:
            continue
        kind = token.pos[:1]
        # A negating auxiliary follows a verb, an adjective or another auxiliary (誠ぬ is a slip, not a negation).
        attached = i > 0 and tokens[i - 1].pos[:1] in (("動詞",), ("助動詞",), ("形容詞",))
        if (kind == ("助動詞",) and token.lemma in NEGATING_AUXILIARIES and attached) or (
            kind in (("形容詞",), ("名詞",)) and token.lemma in ("ない", "無い", "なし", "無し")
        ):
            # (干さないでください → 干していただいて構いません: "do not" against "you may", a flip)
            said = _idiom(tokens, i) or permission_at(lemmas, i) or in_an_adverb(tokens, i, other)
            said = said or made_a_verb(tokens, i)
            if not said and token.start not in purposes:
                found.append(i)
        elif _polite_impossibility(tokens, i):
            found.append(i)  # できません / できかねます: both say "cannot" (polarity.py reads かねる alike)
        elif kind == ("接頭辞",) and token.text in NEGATING_PREFIXES and i + 1 < len(tokens):
            if token.text == "未" and tokens[i + 1].text in before and before_prefixed(tokens[i + 1].text):
                continue  # 未就学 / 就学前 (not 未接種 / 接種前: "unvaccinated" is no "before vaccination")
            if token.text + tokens[i + 1].text not in NOT_NEGATED and i + 1 not in used:
                found.append(i)
        elif token.lemma in REFUSALS:
            found.append(i)  # お断りしております / いたしかねます, 禁止です / 認められません
        elif asks_not_to_at(lemmas, texts, i):
            found.append(i)  # ご遠慮ください / しないでください
        elif kind in (("名詞",), ("形状詞",)) and prefix_negated(token.text):
            found.append(i)  # 体調不良 / 体調がすぐれない (polarity.py reads the noun alike)
    return sorted(found)


def made_a_verb(words, i: int) -> bool:
    """なく before する (なくされた, なくします): the verb 無くする/無くす, "lose", "do away with", no negation (the
    analyzer reads なくされた as 無い + さ, 為る)."""
    after = words[i + 1] if i + 1 < len(words) else None
    return words[i].text in ("なく", "無く") and after is not None and after.lemma in ("為る", "する")


def _polite_impossibility(tokens: list[Token], i: int) -> bool:
    """かねる after a verb (承りかねます, できかねます), the polite "cannot"; not 〜かねない ("may well")."""
    token = tokens[i]
    if (
        token.lemma not in ("兼ねる", "かねる")
        or i == 0
        or tokens[i - 1].pos[:1] != ("動詞",)
        or token.pos[:1] not in (("接尾辞",), ("動詞",))
    ):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return not (after is not None and after.pos[:1] == ("助動詞",) and after.lemma in NEGATING_AUXILIARIES)


def _idiom(tokens: list[Token], i: int) -> bool:
    for k in range(i - 1, max(-1, i - 5), -1):
        lemma = tokens[k].lemma
        if lemma in IDIOM_HEADS or tokens[k].text in IDIOM_HEADS:
            return True
        if lemma not in _AUXILIARY_HOPS and tokens[k].pos[:1] != ("助動詞",):
            return False
    return False


BUILTIN_PAIRS = "data/meaning-flips.json"  # in the kokuchi package


def builtin_pairs() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """kokuchi's own negations and antonyms. JSON, read without a YAML parser; the tests check the file
    against schema/meaning-flips.schema.json, not every command that reads it (docs/catalogs.md)."""
    data = json.loads((Path(__file__).parent.parent / BUILTIN_PAIRS).read_bytes())
    return (
        [(a, b) for a, b in data.get("negations") or ()],
        [(a, b) for a, b in data.get("antonyms") or ()],
    )


@cache
def default_pairs() -> FlipPairs:
    return load_flip_pairs()


def load_flip_pairs(project_file: Path | None = None, name: str | None = None) -> FlipPairs:
    """kokuchi's pairs, extended by the project's locales/meaning-flips.yaml (*project_file*, called *name*
    in problems) if present. SettingsError with every problem of a file (schema/meaning-flips.schema.json)."""
    negations, antonyms = builtin_pairs()
    if project_file is not None and os.path.lexists(project_file):
        from kokuchi.project import settings  # the YAML reader and the schemas: for a project's file only

        more_negations, more_antonyms = settings.flip_pairs(project_file, name)
        negations += more_negations
        antonyms += more_antonyms
    return FlipPairs(tuple(negations), tuple(antonyms))
