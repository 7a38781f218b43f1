"""A place or a thing said more specifically, where the old English already names it.

``named_as_the_english_says(old, new)`` gives the new text back the old word where the new one names, more
specifically, what the old word said and the old English already names: the caller then compares the texts as
any edit (the rest must be proven as ever). Three forms, each read from JMdict's first senses (``means_said``:
every word of a gloss of the noun's first sense is in the old English):

- 場内 → 駐車場内 ("inside the car park"): a noun of a place + 内 (場内, 館内, 園内, 店内, 車内) with a noun
  before it that ends with the place's own character, 駐車|場 + 内: the same 内 of the place now named. The
  place named must be one the English says (駐車場: "car park"); 駐輪場内 ("parking area for bicycles"), or
  駐車場内 under "in the hall", stay changes.
- 車内 → バスの中 ("on the bus"): the same place + 内 said X + の + 中, where X is the place's own character
  (駐車場の中 for 場内) or a thing the old word's first gloss names (車内, "inside a car (train, bus, etc.)":
  bus), and the English names X. 電車の中 under "on the bus" stays a change.
- 小学 → 小学校 ("elementary school"): an abbreviation written out, the old word with one or two characters
  more that is a JMdict word with the very same first-sense glosses, named by the English. 大学 → 大学院
  ("graduate school") stays a change.

In each, the old text itself must not name the place or the word (場内では飲食禁止です。駐車場では…: the English
names the car park for 駐車場, and 場内 may be the hall). Nothing else of the texts is read here: a limit
added (駐車場内のみ), a negation, another particle stay in the rewritten text for the comparison to judge.
"""

from __future__ import annotations

import re

from kokuchi.language.morphology import Morph, analyze
from kokuchi.language.synonyms import first_sense_glosses, means_said

_INSIDE = "内"
# What a run of one compound noun is made of (駐車|場|内, 小|学校): UniDic's nouns, prefixes and suffixes.
_COMPOUND_HEADS = ("名詞", "接頭辞", "接尾辞")


def named_as_the_english_says(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with the first more specific naming of the new text (see the module) given back as the old
    word; None where there is none."""
    a, b = analyze(old), analyze(new)
    if not a or not b:
        return None
    old_words = {m.text for m in a if m.kind == "word" and m.head == "名詞" and len(m.text) >= 2}
    if not old_words:
        return None
    for start, end in _compound_runs(b):
        run = b[start:end]
        text = "".join(m.text for m in run)
        if text in old:
            continue  # (the old text says it too: nothing named anew)
        offset = sum(len(m.text) for m in b[:start])
        found = _place_before_inside(text, run, old_words, old) or _place_said_inside(text, b, end, old_words, old)
        if found is None:
            found = _abbreviation_written_out(text, run, old_words, old)
        if found is None:
            continue
        lo, hi, word = found
        return old, new[: offset + lo] + word + new[offset + hi :]
    return None


def _compound_runs(morphs: tuple[Morph, ...]) -> list[tuple[int, int]]:
    """The maximal runs of words of one compound noun, as (start, end) indices."""
    runs, start = [], None
    for k, m in enumerate(morphs):
        inside = m.kind == "word" and m.head in _COMPOUND_HEADS
        if inside and start is None:
            start = k
        elif not inside and start is not None:
            runs.append((start, k))
            start = None
    if start is not None:
        runs.append((start, len(morphs)))
    return runs


def _bounds(run: tuple[Morph, ...]) -> set[int]:
    """The character offsets in the run's text where one of its words ends."""
    ends, at = set(), 0
    for m in run:
        at += len(m.text)
        ends.add(at)
    return ends


def _places_inside(old_words: set[str]) -> list[str]:
    """The old words that say a place + 内 (場内, 車内), in a fixed order."""
    return sorted(w for w in old_words if len(w) == 2 and w[1] == _INSIDE and w[0] != _INSIDE)


def _place_before_inside(
    text: str, run: tuple[Morph, ...], old_words: set[str], old: str
) -> tuple[int, int, str] | None:
    """駐車場内 for the old 場内: the compound ends with the old word, which ends its words (駐車|場|内, 動物|園内),
    and the place before 内 (駐車場, 動物園) ends with the old word's place and is named by the English."""
    if not text.endswith(_INSIDE):
        return None
    ends = _bounds(run)
    for word in _places_inside(old_words):
        apart = len(text) - 1 in ends or len(text) - len(word) in ends
        if len(text) > len(word) and text.endswith(word) and apart and _said_place(text[:-1], word[0], old):
            return 0, len(text), word
    return None


def _place_said_inside(
    text: str, morphs: tuple[Morph, ...], end: int, old_words: set[str], old: str
) -> tuple[int, int, str] | None:
    """バスの中 for the old 車内: the compound, then の and the noun 中 (its inside), where the compound ends with
    the old word's place (駐車場の中 for 場内) or is a thing the old word's first gloss names (bus), and the
    English names it."""
    if end + 1 >= len(morphs):
        return None
    genitive, inside = morphs[end], morphs[end + 1]
    if not (genitive.pos_is("助詞", "格助詞") and genitive.lemma == "の"):
        return None
    if not (inside.text == "中" and inside.lemma == "中" and inside.head == "名詞") or text in old:
        return None
    for word in _places_inside(old_words):
        if _said_place(text, word[0], old) or (_glossed_in(text, word) and means_said(text)):
            return 0, len(text) + len(genitive.text) + len(inside.text), word
    return None


def _said_place(place: str, own: str, old: str) -> bool:
    """*place* is more than the old word's place character *own*, ends with it, and the English names it; the
    old text does not (場内では飲食禁止です。駐車場では…: "the car park" of the English is that of 駐車場, and
    場内 may be the hall)."""
    return len(place) > len(own) and place.endswith(own) and place not in old and means_said(place)


def _glossed_in(thing: str, word: str) -> bool:
    """A gloss of *thing*'s first sense is a word of a first-sense gloss of *word* (bus, in 車内's "inside a car
    (train, bus, etc.)")."""
    try:
        names = {g.lower() for g in first_sense_glosses(thing) if re.fullmatch(r"[a-z]+", g.lower())}
        glosses = first_sense_glosses(word)
    except ImportError:
        return False
    said = {w for gloss in glosses for w in re.findall(r"[a-z]+", gloss.lower())}
    return bool(names & said)


def _abbreviation_written_out(
    text: str, run: tuple[Morph, ...], old_words: set[str], old: str
) -> tuple[int, int, str] | None:
    """小学校 for the old 小学: the old word with one or two characters more, ending a word of the run, a JMdict
    word with the same first-sense glosses as the old one, named by the English and absent from the old text."""
    ends = _bounds(run)
    for word in sorted(old_words):
        at = text.find(word)
        if at < 0:
            continue
        for extra in (1, 2):
            hi = at + len(word) + extra
            written = text[at:hi]
            if hi not in ends or hi > len(text) or written in old:
                continue
            try:
                same = first_sense_glosses(written) == first_sense_glosses(word) != frozenset()
            except ImportError:
                return None
            if same and means_said(written):
                return at, hi, word
    return None
