"""One noun phrase said with another structure and the same words: the relation a genitive の leaves open, said.

X の Y leaves the relation of X to Y open (whose, about what, where, what for). Two edits say that relation in
words; each is the same meaning only where the words around the の allow no other reading, read from UniDic's
parts of speech and readings. Each check reads the words next to the difference once: linear.

- X の Y / X に関する Y (についての, に関しての: synonyms' CONCERNING): "about", where X is an action's noun (UniDic's
  サ変可能: 年末調整の資料, 工事の情報) and Y a thing of written content (JMdict glosses it "materials",
  "information", "document": ``_CONTENT_GLOSSES``, a supplement): an action owns nothing, so of its papers the
  の says what they are about (受付の窓口 is the reception desk, no desk for questions about it). Never X a
  person, a company or a thing (会社の資料 may be the company's own papers, 会社に関する資料 are papers about
  it), never Y an act (予約の変更 changes the booking; 予約に関する変更 are changes to the rules about
  bookings), nor a person.
- X の Y / X に ある Y: "in", where X says a place as the inside of something (one noun ending in 内 read ナイ
  that JMdict glosses so: 館内 "in the building", 店内 "inside of a shop"; or 中 read ナカ: 建物の中) and Y a
  thing: what is inside a place, of a thing, is where it is. Only ある in its plain attributive form (not あった,
  ない, あります), and never a noun that is no inside (会社の車 may be the company's car, 会社にある車 a car at
  the company; 年内, "by the end of the year", and 案内, "guidance", are no places).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kokuchi.language.morphology import Morph
from kokuchi.language.synonyms import CONCERNING, a_person_noun, jmdict_entries

# The last kanji of nouns that name a body that may act (市, 県庁, 協会, 病院, 学校, 店, 事務所): X の + an act's
# noun may say who acts, as ``a_person_noun`` says of people. A short supplement: UniDic gives no class of agents.
_BODIES_THAT_ACT = frozenset("市県国府都道町村区庁省局署課部室会団組協院校園館店所社")


def _genitive(words: list[Morph]) -> bool:
    return len(words) == 1 and words[0].pos_is("助詞", "格助詞") and words[0].lemma == "の"


def _a_thing(m: Morph | None) -> bool:
    """A common noun of a thing (UniDic's 普通名詞-一般, or a noun's suffix, 案内|板), no person (客, 会員, 担当|者:
    ``a_person_noun``)."""
    things = (("名詞", "普通名詞", "一般"), ("接尾辞", "名詞的", "一般"))
    return m is not None and m.pos[:3] in things and not a_person_noun(m)


# A gloss that says the inside of a place: "in the building", "inside of a shop", "within a school", "(in) the
# premises", "on-board ship"; not "within" alone, "by the end of the year", "guidance".
_INSIDE_GLOSS = re.compile(r"\(?(in|inside|within|on)\)?[ -](of )?(the |a |an )?[a-z]")


@lru_cache(maxsize=1 << 8)
def _glossed_as_an_inside(form: str) -> bool:
    """JMdict's first sense of *form* has a gloss that says the inside of a place (``_INSIDE_GLOSS``)."""
    try:
        entries = jmdict_entries(form)
    except ImportError:
        return False  # no dictionary: no proof
    for entry in entries:
        return bool(entry.senses) and any(_INSIDE_GLOSS.match(g.text.lower()) for g in entry.senses[0].gloss)
    return False


# What JMdict glosses a noun of written content with (資料 "materials; data", 情報 "information", 書類 "document",
# 案内書 "guidebook" is no single word here): of such a thing the の of an action says what it is about. A short
# supplement read against JMdict's own glosses; a desk, a fee or a room (受付の窓口: the reception desk, not a
# desk for questions about it) is no content.
_CONTENT_GLOSSES = frozenset(
    "document documents material materials data information papers paper notice notices news report record "
    "records literature leaflet pamphlet brochure booklet manual handout".split()
)


@lru_cache(maxsize=1 << 8)
def _glossed_as_content(form: str) -> bool:
    """A gloss of JMdict's first sense of *form* is, or ends in, a word of written content (``_CONTENT_GLOSSES``)."""
    try:
        entries = jmdict_entries(form)
    except ImportError:
        return False  # no dictionary: no proof
    for entry in entries:
        glosses = [g.text.lower().split() for g in entry.senses[0].gloss] if entry.senses else []
        return any(words and words[-1] in _CONTENT_GLOSSES for words in glosses)
    return False


def _an_inside(m: Morph | None) -> bool:
    """館内, 店内: one common noun ending in 内 read ナイ that JMdict glosses as the inside of a place ("in the
    building"; not 年内, "by the end of the year", nor 案内, "guidance"); or 中 read ナカ (建物の中): a place said
    as an inside."""
    if m is None or m.kind != "word" or m.head != "名詞":
        return False
    if m.pos[:3] == ("名詞", "普通名詞", "一般") and m.text.endswith("内") and m.pron.endswith("ナイ"):
        return _glossed_as_an_inside(m.text)
    return m.lemma == "中" and m.pron == "ナカ"


def _located(words: list[Morph]) -> bool:
    """に + ある, ある plain and attributive (before the noun: no tense, no negation, no politeness after it)."""
    if len(words) != 2:
        return False
    particle, verb = words
    return (
        particle.pos_is("助詞", "格助詞")
        and particle.lemma == "に"
        and verb.head == "動詞"
        and verb.lemma == "有る"
        and verb.text == "ある"
        and verb.cform.startswith("連体形")
    )


def genitive_said_as_a_relation(
    genitive: list[Morph],
    relation: list[Morph],
    relation_keys: list[str],
    before: Morph | None,
    after: Morph | None,
) -> bool:
    """*genitive* is the の of X の Y in one text, *relation* the words of the other text in its place (their
    keys *relation_keys*), *before* X's last word and *after* Y's first: the other text says the relation the
    の says there (see the module's docstring)."""
    if not _genitive(genitive) or before is None or after is None or not _a_thing(after):
        return False
    if relation_keys == [CONCERNING]:
        return before.pos[:3] == ("名詞", "普通名詞", "サ変可能") and _glossed_as_content(after.text)
    if _located(relation):
        return _an_inside(before)
    return False


def act_nominalized(words: list[Morph], text: tuple[Morph, ...], where: dict[int, int]) -> bool:
    """*words* are こと alone, after an action's noun + する in *text*, and before a particle: 処分することについて
    says 処分について, the act itself, with its object marked by を where the noun phrase marks it by の.

    Only the plain する (not した, しない, できる, される: each a key of its own, or a word said more), こと before a
    particle (not ことがある / ことができる, which add a verb, nor こと ending a sentence, a rule: 処分すること。),
    and no subject marked before the noun (が or は: 仏壇が処分すること is no act on the altar). Its object,
    marked by を, must be a thing (``_a_thing``), never a person or a body that may act: 市の調査 may be the city's
    own survey, 市を調査すること is a survey of the city.
    """
    if len(words) != 1 or id(words[0]) not in where:
        return False
    at = where[id(words[0])]
    thing = words[0]
    if not (thing.head == "名詞" and thing.lemma == "事" and 2 <= at and at + 1 < len(text)):
        return False
    verb, noun, after = text[at - 1], text[at - 2], text[at + 1]
    if not (verb.head == "動詞" and verb.lemma == "為る" and verb.text == "する"):
        return False
    if noun.pos[:3] != ("名詞", "普通名詞", "サ変可能") or after.head != "助詞":
        return False
    if after.lemma in ("が", "は") and at + 2 < len(text) and text[at + 2].lemma in ("有る", "出来る"):
        return False  # ことがある, ことができる (a verb the other text does not say: read as a key anyway)
    marked = text[at - 3] if at >= 3 else None
    if marked is None or marked.head != "助詞":
        return True  # the act alone: 処分することについて / 処分について
    if marked.lemma != "を" or at < 4:
        return False  # a subject (仏壇が処分すること) or another relation: no act on the same thing
    # X の 処分 may say who acts (当社の処分, 市の調査: "the city's survey"); を makes X the object. Only a thing
    # is read, never a person or a body that acts (a supplement: the last kanji of an organisation or a facility).
    thing = text[at - 4]
    return _a_thing(thing) and thing.text[-1] not in _BODIES_THAT_ACT
