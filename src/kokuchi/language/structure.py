"""One noun phrase said with another structure and the same words: an action's noun said as a clause.

仏壇の処分について / 仏壇を処分することについて: the act itself, its object marked by を where the noun phrase marks
it by の (``act_nominalized``), read from UniDic's parts of speech. Each check reads the words next to the
difference once: linear.

The relation a genitive の leaves open (whose, about what, where, what for) is never read as said by other words
(X の Y / X に関する Y, X にある Y): 講演の資料 may be the lecture's own handouts, 店内の写真 photographs of the
shop's interior, where 講演に関する資料 and 店内にある写真 are papers about it and pictures hung in it (red team
22). Those edits stay changes.
"""

from __future__ import annotations

from kokuchi.language.morphology import Morph
from kokuchi.language.synonyms import a_person_noun

# The last kanji of nouns that name a body that may act (市, 県庁, 協会, 病院, 学校, 店, 事務所): X の + an act's
# noun may say who acts, as ``a_person_noun`` says of people. A short supplement: UniDic gives no class of agents.
_BODIES_THAT_ACT = frozenset("市県国府都道町村区庁省局署課部室会団組協院校園館店所社")


def _a_thing(m: Morph | None) -> bool:
    """A common noun of a thing (UniDic's 普通名詞-一般, or a noun's suffix, 案内|板), no person (客, 会員, 担当|者:
    ``a_person_noun``)."""
    things = (("名詞", "普通名詞", "一般"), ("接尾辞", "名詞的", "一般"))
    return m is not None and m.pos[:3] in things and not a_person_noun(m)


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
