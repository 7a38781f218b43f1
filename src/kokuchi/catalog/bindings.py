"""Which value belongs to which thing: two values of the source given to each other's things in the English.

男性は12週間、女性は16週間あけてください said "men must wait 16 weeks and women 12 weeks", or 大人1,000円、
子ども500円 said "¥500 for adults and ¥1,000 for children": every value is still said, so the entity checks pass.
Here each value of a list is bound to the noun the source writes right before it (its owner: 男性, 大人), and
the English words of that noun are JMdict's (the words of the first sense's glosses, as their lemmas by
lemminflect). The English must then say each value next to its own owner's words.

Refused only on proof: every value of the list said once in the English, each with a word of exactly one owner
on one side of it, all on the same side (the words before the values, "men must wait 12 weeks and women 16
weeks", or after them, "¥1,000 for adults and ¥500 for children"; the side may differ from one English sentence
to the next, "¥480 for adults. Elementary school children pay ¥180."), and one of them another owner's. An
English that names the owners otherwise ("kids", "seniors"), or on no consistent side, is not read: accepted.
Bounded: a list is one sentence's (or one value a sentence, over the unit), of at most ``_MOST`` values, at most
``_MOST_LISTS`` lists a unit; each side read within its sentence.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from kokuchi.language.english import Mention
from kokuchi.language.entities import Entity, keys

# The kinds of value a list gives each of its things.
_KINDS = ("number", "duration", "time", "fraction", "phone")
# A list longer than this is read no further (a table, not a sentence's pairs).
_MOST = 10
# How many lists of a unit are read: each is weighed against the whole source and translation, so a long unit
# (a page of tables) stays linear; past this many its lists are not read.
_MOST_LISTS = 32
# How far before a value its owner may be written (男性は約12週間: the noun, a particle and a prefix).
_REACH = 24
# Gloss words that name no thing of their own.
_STOP = frozenset(
    "a an the of to for and or in on at by with as from one ones person people thing things etc "
    "who which that be is are something someone".split()
)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")  # a hyphenated word one word ("non-members", not "members")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
# Where an English sentence ends, past the full stops of "a.m." and "p.m." (a capital, or the end, after it).
_ENGLISH_SENTENCE_END = re.compile(r";|[.!?](?=\s+[A-Z\"“(]|\s*$)")
_SOURCE_SENTENCE_END = re.compile(r"[。！？!?\n]")


class _Owned(NamedTuple):
    entity: Entity
    owner: str  # the noun before the value, as written
    words: frozenset[str]  # its English words (JMdict's glosses), as lemmas in lower case


class Binding(NamedTuple):
    value: str  # the source's value (16週間)
    owner: str  # its owner in the source (女性)
    other: str  # the owner whose words the English says it beside (男性)


def _in_noun(morph) -> bool:
    """A part of a noun as written: a noun (not a numeral), a nominal suffix (小学|生), a Latin word (S|席)."""
    return (
        (morph.pos_is("名詞") and not morph.pos_is("名詞", "数詞"))
        or morph.pos_is("接尾辞", "名詞的")
        or (morph.kind == "word" and not morph.pos and morph.text.isascii())
    )


def _longest_start(run: list[str]) -> str | None:
    """The longest start of a run of nouns that JMdict has (一般会員, 中学生 of 中学生以上), else its head."""
    for length in range(len(run), 0, -1):
        if _english_words("".join(run[:length])):
            return "".join(run[:length])
    return run[-1] if run else None


def _label(digits: str, entity: Entity) -> str | None:
    """The noun in parentheses right after *entity* (3,000円(一般)、1,500円(高校生以下): 一般, 高校生)."""
    from kokuchi.language.morphology import analyze

    label = re.match(r"\s*(?:円|ドル)?\s*[（(]([^）)]{1,16})[）)]", digits[entity.end :])
    run: list[str] = []
    for morph in (analyze(label.group(1)) or ()) if label else ():
        if not _in_noun(morph):
            break
        run.append(morph.text)
    return _longest_start(run) if run else None


def _owner(digits: str, entity: Entity) -> str | None:
    """The noun written right before *entity* in its clause (男性 in 男性は約12週間, 大人 in 大人1,000円, 中学生 in
    中学生以上500円), past a count before it (小型ロッカーが1日500円: 1日 is a rate's, the locker the owner); else
    the noun it describes (1日400円の小型ロッカー)."""
    from kokuchi.language.morphology import analyze

    before = digits[max(0, entity.start - _REACH) : entity.start]
    morphs = list(analyze(re.split(r"[、。,，;；\n]", before)[-1]) or ())
    for _ in range(2):  # the owner, or the owner before a count
        while morphs and (morphs[-1].kind == "space" or morphs[-1].pos_is("接頭辞")):
            morphs.pop()  # 約, 各
        if morphs and (morphs[-1].text in ("は", "が", "も", "を", ":", "：", "(", "（", "】", "]", "］", "」")):
            morphs.pop()  # (【大人】400円: a label in brackets before its value)
        run: list[str] = []
        while morphs and _in_noun(morphs[-1]):
            run.insert(0, morphs.pop().text)
        if run and morphs and morphs[-1].pos_is("接頭辞"):
            run.insert(0, morphs.pop().text)  # 非会員, ご家族: the prefix the noun is written with
        if run and morphs and morphs[-1].kind == "number":
            morphs.pop()  # 1日, 1個: a count, not what the value belongs to
            continue
        if run:
            return _longest_start(run)
        break
    # (no noun before it: the noun it describes, 1日400円の小型ロッカー)
    described = re.match(r"\s*[\u4e00-\u9fff]{0,2}の", digits[entity.end :])
    if described:
        run = []
        for morph in analyze(digits[entity.end + described.end() : entity.end + described.end() + _REACH]) or ():
            if not _in_noun(morph) and not (not run and morph.pos_is("接頭辞")):
                break
            run.append(morph.text)
        if run:
            return _longest_start(run)
    return None


@lru_cache(maxsize=1 << 10)
def _english_words(noun: str) -> frozenset[str]:
    """The content words of JMdict's first-sense glosses of *noun*, as their lemmas (lower case)."""
    if noun.isascii() and len(noun) <= 2:
        return frozenset()  # a letter or two (S席's S, AB席): a name, no owner of its own
    try:
        from kokuchi.language.synonyms import first_sense_glosses

        glosses = first_sense_glosses(noun)
    except ImportError:  # without JMdict: no owner's words, nothing refused
        return frozenset()
    words: set[str] = set()
    for gloss in glosses:
        for word in _WORD.findall(re.sub(r"\([^)]*\)", " ", gloss)):
            words |= _forms(word)
    return frozenset(words)


@lru_cache(maxsize=1 << 12)
def _forms(word: str) -> frozenset[str]:
    """A word and its lemmas in every part of speech lemminflect gives it (children: child; opening: open), less
    the words that name no thing."""
    from lemminflect import getAllLemmas

    lower = word.lower()
    forms = {lower, *(lemma.lower() for lemmas in getAllLemmas(lower).values() for lemma in lemmas)}
    return frozenset(form for form in forms if form not in _STOP and len(form) > 2)


def _source_nouns(digits: str) -> list[str]:
    """Every noun of the source with English words: each run of nouns whole (where JMdict has it) and each noun."""
    from kokuchi.language.morphology import analyze

    nouns: list[str] = []
    run: list[str] = []
    for morph in [*(analyze(digits) or ()), None]:
        if morph is not None and morph.pos_is("名詞") and not morph.pos_is("名詞", "数詞"):
            run.append(morph.text)
            continue
        if len(run) > 1:
            nouns.append("".join(run))
        nouns.extend(run)
        run = []
    return [noun for noun in dict.fromkeys(nouns) if _english_words(noun)]


def _written_once(digits: str, noun: str) -> bool:
    """*noun* written once in the source, as a word that no kanji or katakana before it makes another (会員 beside
    非会員 is once)."""
    return len(re.findall(rf"(?<![\u30a0-\u30ff\u4e00-\u9fff]){re.escape(noun)}", digits)) == 1


def _unit(digits: str, entity: Entity) -> str:
    """What a number counts (円, 社, 名), in its text or right after it: a list's values count one thing."""
    if entity.kind != "number":
        return ""
    written = re.search(r"[^\d,.\s]+$", entity.text)
    after = re.match(r"\s*([\u4e00-\u9fff\u30a0-\u30ff]{1,2})", digits[entity.end :])
    return written.group() if written else after.group(1) if after else ""


def _owned(digits: str, entities: list[Entity]) -> list[list[_Owned]]:
    """The lists of the source: values of one kind (and one unit) in one sentence, each with an owner of its own
    that the source names once, and English words for it."""
    # A list is a sentence's: values of one kind and unit in one sentence, read only where there are two or more.
    ends = [match.end() for match in _SOURCE_SENTENCE_END.finditer(digits)]
    # (the second ends of ranges, 平日10時〜20時、土日祝10時〜18時, a list of their own, each its range's owner's)
    candidates: dict[tuple[int, str, str, bool], list[Entity]] = {}
    starts: dict[int, Entity] = {}
    for previous, entity in zip([None, *entities], entities, strict=False):
        if entity.kind in _KINDS:
            sentence = bisect.bisect_right(ends, entity.start)
            key = (sentence, entity.kind, _unit(digits, entity), entity.joined)
            candidates.setdefault(key, []).append(entity)
            if entity.joined and previous is not None:
                starts[entity.start] = previous
    # (a list said a value a sentence, 大人1,500円です。小学生は700円となります: one list, where no sentence says two)
    across: dict[tuple[str, str, bool], list[Entity | None]] = {}
    for (_, kind, unit, joined), listed in candidates.items():
        across.setdefault((kind, unit, joined), []).append(listed[0] if len(listed) == 1 else None)
    for (kind, unit, joined), firsts in across.items():
        if len(firsts) >= 2 and all(firsts):
            candidates[(-1, kind, unit, joined)] = [entity for entity in firsts if entity]
    groups: list[list[_Owned]] = []
    for listed in [listed for listed in candidates.values() if 2 <= len(listed) <= _MOST][:_MOST_LISTS]:
        # Labels in parentheses where every value has one of its own (3,000円(一般)、1,500円(高校生以下)), else the
        # nouns the values are written with (a label said of each alike, (税込), names none of them).
        heads = [starts.get(entity.start, entity) for entity in listed]  # a range's end is its start's
        labels = [_label(digits, entity) for entity in listed]
        owners = labels if all(labels) and len(set(labels)) == len(labels) else [_owner(digits, e) for e in heads]
        # (a value the list gives twice, 中学生300円 and 65歳以上300円, tells neither: left out of it)
        repeated = Counter(entity.meaning for entity in listed)
        group = []
        for entity, owner in zip(listed, owners, strict=True):
            words = _english_words(owner) if owner else frozenset()
            if owner and words and _written_once(digits, owner) and repeated[entity.meaning] == 1:
                group.append(_Owned(entity, owner, words))
        groups.append(group)
    lists = []
    for owned in groups:
        distinct = {item.owner for item in owned}
        if 2 <= len(owned) <= _MOST and len(distinct) == len(owned):
            # Each owner's own words: a word two owners share (中学生, 小学生: "school") tells neither.
            every = [item.words for item in owned]
            lists.append(
                [
                    item._replace(words=item.words.difference(*every[:i], *every[i + 1 :]))
                    for i, item in enumerate(owned)
                ]
            )
    return lists


def _named(forms: frozenset[str], owned: list[_Owned], nouns: list[str]) -> int | None:
    """The owner (its index) an English word (its *forms*) names, if it names one alone: no other owner, and no
    other noun of the source (入会金 for "fee" beside 年会費), has the word."""
    holders = [j for j, item in enumerate(owned) if forms & item.words]
    if len(holders) != 1:
        return None
    owner = owned[holders[0]].owner
    if any(forms & _english_words(noun) for noun in nouns if noun not in owner and owner not in noun):
        return None
    return holders[0]


def _side(
    translation: str, spans: list[tuple[int, int]], owned: list[_Owned], nouns: list[str], before: bool
) -> list[int | None]:
    """For each value's mention, the owner (its index) named by the nearest word on one side that names one,
    within its sentence and short of the next value; None where that word names another noun of the source too."""
    found: list[int | None] = []
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    every = frozenset().union(*[item.words for item in owned])
    for rank, i in enumerate(order):
        start, end = spans[i]
        if before:
            lo = spans[order[rank - 1]][1] if rank else 0
            words = list(reversed(_WORD.findall(_SENTENCE_END.split(translation[lo:start])[-1])))
        else:
            hi = spans[order[rank + 1]][0] if rank + 1 < len(order) else len(translation)
            words = _WORD.findall(_SENTENCE_END.split(translation[end:hi])[0])
        nearest = next((forms for word in words if (forms := _forms(word)) & every), None)
        found.append(_named(nearest, owned, nouns) if nearest else None)
    result: list[int | None] = [None] * len(spans)
    for rank, i in enumerate(order):
        result[i] = found[rank]
    return result


def _named_once(translation: str, owned: list[_Owned]) -> bool:
    """Each owner named in one place of the English: its words in one run ("elementary school children" once)."""
    counts = [0] * len(owned)
    previous: set[int] = set()
    for word in _WORD.findall(translation):
        forms = _forms(word)
        if not forms:
            continue  # a stop word does not end a run ("Department of Health")
        naming = {j for j, item in enumerate(owned) if forms & item.words}
        for j in naming - previous:
            counts[j] += 1
        previous = naming
    return all(count == 1 for count in counts)


def _one_side_a_sentence(
    translation: str, spans: list[tuple[int, int]], sides: list[list[int | None]]
) -> list[int | None] | None:
    """The owner of each value, read in each English sentence from the one side that names every owner of that
    sentence's values ("¥480 for adults. Elementary school children pay ¥180.": after, then before); None where a
    sentence has no such side, or two."""
    sentence_of = [len(_ENGLISH_SENTENCE_END.findall(translation, 0, start)) for start, _ in spans]
    named: list[int | None] = [None] * len(spans)
    for sentence in set(sentence_of):
        members = [i for i, at in enumerate(sentence_of) if at == sentence]
        complete = [side for side in sides if all(side[i] is not None for i in members)]
        if len(complete) != 1:
            return None
        for i in members:
            named[i] = complete[0][i]
    return named


_RESPECTIVELY = re.compile(r"(?i)\brespectively\b")


def _respectively(
    translation: str, spans: list[tuple[int, int]], owned: list[_Owned], nouns: list[str]
) -> list[int | None] | None:
    """The owner of each value where one English sentence says the values and the owners each in a row, then
    "respectively" ("¥600 and ¥300 for adults and children respectively"): the first value the first owner's, and
    so on, in the order the English says them. None where the English says otherwise."""
    sentences = [0, *(match.end() for match in _ENGLISH_SENTENCE_END.finditer(translation)), len(translation) + 1]
    at = bisect.bisect_right(sentences, spans[0][0]) - 1
    start, end = sentences[at], sentences[at + 1]
    if not all(start <= a and b <= end for a, b in spans) or not _RESPECTIVELY.search(translation, start, end):
        return None
    # (each owner's first word in the sentence, outside the values: _named_once has shown each named in one place)
    places: dict[int, int] = {}
    for word in _WORD.finditer(translation, start, end):
        owner = _named(_forms(word.group(0)), owned, nouns)
        if owner is not None and owner not in places:
            places[owner] = word.start()
    if len(places) != len(owned):
        return None
    owners = sorted(places, key=places.__getitem__)
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    if not (max(spans[i][1] for i in order) <= min(places.values()) or max(places.values()) <= spans[order[0]][0]):
        return None  # values and owners not each in a row
    named: list[int | None] = [None] * len(spans)
    for rank, i in enumerate(order):
        named[i] = owners[rank]
    return named


def given_to_others(digits: str, entities: list[Entity], translation: str, mentions: list[Mention]) -> list[Binding]:
    """Each value of a list of the source the English says beside another owner's words (see the module)."""
    bindings: list[Binding] = []
    lists = _owned(digits, entities)
    nouns = _source_nouns(digits) if lists else []
    for owned in lists:
        spans = []
        for item in owned:
            own = keys(item.entity)
            others = set().union(*[keys(other.entity) for other in owned if other is not item])
            shown = [m for m in mentions if m.keys & own and not m.keys & others]
            if len(shown) != 1:
                break
            spans.append((shown[0].start, shown[0].end))
        else:
            if not _named_once(translation, owned):
                continue  # each owner named in one place of the English, or the English is not read
            sides = [_side(translation, spans, owned, nouns, before) for before in (True, False)]
            named = _respectively(translation, spans, owned, nouns) or _one_side_a_sentence(translation, spans, sides)
            if named is None:
                continue  # in some sentence, no side names every owner, or both do: not read
            for index, (item, owner) in enumerate(zip(owned, named, strict=True)):
                if owner is not None and owner != index:
                    bindings.append(Binding(item.entity.text, item.owner, owned[owner].owner))
    return bindings
