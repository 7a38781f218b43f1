"""The polarity of Japanese text, by morphology: where it negates something.

Every negation form is read from the words' part of speech and lemma
(language/morphology.py), not by counting strings:

- the negating auxiliaries ない, ず/ぬ/ん (助動詞 with lemma ない or ず:
  〜ません, 〜ず, 〜ぬ, 〜なかった) and the adjective ない/なし (無い);
- かねる after a verb (接尾辞 or auxiliary verb 兼ねる): 承りかねます, the polite
  impossibility, is a negation; 〜かねない ("may well") is not, and neither
  is its ない;
- a negating prefix 不, 未, 非, 無 anywhere in a clause: as a prefix of its own
  (未|対応) or as the first character of a word (不要, 未定, 不可, 無効), unless
  the word does not negate (未明, 不具合, 無料: language/flips.py NOT_NEGATED);
- a word whose meaning is a negation or a stop (中止, 停止, 欠航, 運休, 見合わせ:
  data/same-meaning.json ``negative_words``, a supplement);
- a negation that negates nothing is not counted: idioms (申し訳ございません,
  かもしれません, すみません, やむを得ず, 思わぬ).

``said_not`` reads the polarity of a whole text (language/evidence.py): the
negations, and the words that say "no"
with none (お断り, 禁止, ご遠慮ください, なくなり次第).
"""

from __future__ import annotations

from kokuchi.language.flips import (
    IDIOM_HEADS,
    NEGATING_PREFIXES,
    NOT_NEGATED,
    REFUSALS,
    asks_not_to_at,
    in_an_adverb,
    made_a_verb,
    prefix_negated,
)
from kokuchi.language.morphology import Morph

NEGATING_AUXILIARIES = frozenset({"ない", "ず", "ぬ"})
NEGATIVE_ADJECTIVES = frozenset({"無い", "ない", "無し", "なし"})
# Lexicalized ぬ/ず: the negation is part of a word that means something else.
_IDIOM_BEFORE = frozenset({"得る", "止む", "已む", "思う", "絶える", "相変わる", "少ない", "見知る", "知る"})
# 無くなる ("run out": なくなり次第, as 売り切れ次第, a negative word of same-meaning.json): a "not" of polarity's.
GONE = frozenset({"無くなる"})
_HOPS = frozenset({"ます", "です", "御座る", "有る", "が", "は", "も", "で", "を", "得る"})


def negations(morphs: tuple[Morph, ...] | list[Morph], negative_words: frozenset[str] = frozenset()) -> list[int]:
    """The positions of *morphs* that negate something."""
    found: list[int] = []
    for i, m in enumerate(morphs):
        if m.kind != "word":
            continue
        if _negating_auxiliary(morphs, i) or _kaneru(morphs, i):
            found.append(i)
        elif m.head in ("形容詞", "名詞") and m.lemma in NEGATIVE_ADJECTIVES and not _idiom(morphs, i):
            if not in_an_adverb(morphs, i) and not made_a_verb(morphs, i):  # 遠慮なく: "freely", one adverb
                found.append(i)
        elif m.head == "接頭辞" and m.text in NEGATING_PREFIXES and i + 1 < len(morphs):
            if m.text + morphs[i + 1].text not in NOT_NEGATED:
                found.append(i)
        elif m.head in ("名詞", "形状詞") and prefix_negated(m.text):
            found.append(i)
        elif m.lemma in negative_words or m.text in negative_words:
            found.append(i)
    return found


def _negating_auxiliary(morphs, i: int) -> bool:
    m = morphs[i]
    if m.head != "助動詞" or m.lemma not in NEGATING_AUXILIARIES:
        return False
    before = morphs[i - 1] if i > 0 else None
    if before is None or before.head not in ("動詞", "助動詞", "形容詞", "接尾辞"):
        return False  # 誠ぬ is a slip, not a negation
    return not _idiom(morphs, i) and not in_an_adverb(morphs, i)  # (遠慮せずに: "freely")


def _kaneru(morphs, i: int) -> bool:
    """承りかねます: かねる after a verb, and not 〜かねない."""
    m = morphs[i]
    if m.lemma != "兼ねる" or i == 0 or morphs[i - 1].head != "動詞" or m.head not in ("接尾辞", "動詞"):
        return False
    after = morphs[i + 1] if i + 1 < len(morphs) else None
    return not (after is not None and after.head == "助動詞" and after.lemma in NEGATING_AUXILIARIES)


def _idiom(morphs, i: int) -> bool:
    """A negation whose head makes it mean something else (申し訳ない, すみません, やむを得ず, かねない)."""
    if i > 0 and morphs[i - 1].lemma in _IDIOM_BEFORE and morphs[i].text in ("ず", "ぬ"):
        return True
    for k in range(i - 1, max(-1, i - 5), -1):
        m = morphs[k]
        if m.lemma in IDIOM_HEADS or m.text in IDIOM_HEADS or m.lemma == "兼ねる":
            return True
        if m.lemma in ("済む", "知れる", "申し訳", "仕方", "違い"):
            return True
        if m.lemma not in _HOPS and m.head != "助動詞":
            return False
    return False


def said_not(morphs: tuple[Morph, ...] | list[Morph], negative_words: frozenset[str] = frozenset()) -> list[int]:
    """The positions of *morphs* that say "not", for the polarity of a whole text: the negations, and the words
    that say "no" with none (language/flips.py reads them alike).

    - a refusal or a prohibition (お断りしております, 禁止です, flips.REFUSALS): いたしかねます and
      認められません say it with a negation;
    - 無くなる (なくなり次第: "run out", as 売り切れ, a negative word);
    - "please do not" said with no negation (ご遠慮ください, お控えください), as しないでください, whose ない is
      counted: the request is one "not" however it is said.
    """
    lemmas = [_plain_lemma(m) for m in morphs]
    # (Leave granted, 〜て構いません, still counts here: uncounted, 問題ございません would read as 問題がございます
    # in the proofs of the same words. The flip finder reads it as no "not".)
    found = set(negations(morphs, negative_words))
    texts = [m.text for m in morphs]
    for i, m in enumerate(morphs):
        if m.kind != "word" or i in found:
            continue
        if lemmas[i] in REFUSALS or (m.head == "動詞" and m.lemma in GONE):
            found.add(i)
        elif asks_not_to_at(lemmas, texts, i):
            found.add(i)
    return sorted(found)


def _plain_lemma(m: Morph) -> str:
    """おやめください: UniDic's 止める (or 辞める) written やめる, the lemma flips.py's token reader gives it."""
    return "やめる" if m.lemma in ("止める", "辞める") and m.text.startswith("やめ") else m.lemma
