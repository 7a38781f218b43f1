"""One act said with an action's noun against its verb: 降車時に / お降りの際に, 退室時 / 部屋を出る際.

The proofs here read JMdict's glosses (through ``synonyms``, which loads jamdict lazily) and UniDic's parts of
speech; each is linear in the words compared.

- An occasion of an act said with a Sino-Japanese action's noun (降車時, 降車の際, ご返却の際) in one text and with
  a native verb in the other (お降りの際, 降りる際, お返しになる際 are not read here: only お + the verb's stem + の, or
  the verb's attributive form, before 際 or 時): the noun holds one of the verb's kanji, and a gloss of the noun's
  first sense is the gerund of a gloss of the verb ("getting off" / "to get off"). A verb's object may stand
  before it where the noun's gloss names it too (退室 "exit from a room" / 部屋を出る: "room", "to exit").
"""

from __future__ import annotations

import re

from kokuchi.language.morphology import Morph
from kokuchi.language.synonyms import first_sense_glosses, jmdict_entries, kanji_of

# The nouns that say the moment of an act ("when"): 際, and 時 read ジ after a noun or トキ after a verb; and 後,
# "after" it, against 後 alone (飲酒後 / お酒を飲んだ後), after a verb only in the past. 前 is never read here.
_WHEN = frozenset({"際", "時"})
_AFTER = "後"
_MOMENTS = _WHEN | {_AFTER}


def _moment(m: Morph) -> bool:
    """A noun of ``_MOMENTS`` (never 後 read ウシロ, "behind")."""
    return m.head in ("名詞", "接尾辞") and m.lemma in _MOMENTS and m.pron != "ウシロ"


def _relation(m: Morph) -> str:
    """ "when" for 際 and 時, "after" for 後."""
    return "after" if m.lemma == _AFTER else "when"


def _words(span: list[Morph]) -> list[Morph]:
    return [m for m in span if m.kind == "word"]


def _bare(gloss: str) -> str:
    """A gloss without its parenthesized notes, lowercased, its spaces single."""
    return " ".join(re.sub(r"\([^)]*\)", " ", gloss).lower().split())


def _gerunds(gloss: str) -> set[str]:
    """The gerund phrases a verb's gloss ("to get off") may be said as: its first word + ing, with a final e
    dropped or a final consonant doubled (getting off, leaving, exiting)."""
    words = _bare(gloss).split()
    if len(words) < 2 or words[0] != "to" or words[1] == "be":
        return set()
    verb, rest = words[1], words[2:]
    forms = {verb + "ing"}
    if verb.endswith("e") and not verb.endswith("ee"):
        forms.add(verb[:-1] + "ing")
    if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms.add(verb + verb[-1] + "ing")
    return {" ".join([form, *rest]) for form in forms}


def _verb_glosses(lemma: str) -> list[str]:
    """Every gloss of every sense of JMdict's entries spelt *lemma* (a verb: its later senses too, where
    降りる "to get off (a vehicle)" stands after "to descend")."""
    return [g.text for e in jmdict_entries(lemma) for sense in e.senses for g in sense.gloss]


def noun_says_the_verb(noun: str, verbs: list[str], object_noun: str = "") -> bool:
    """A Sino-Japanese action's noun (降車) says what one of *verbs* (降りる, 降る: the spellings a stem may be
    read as) says: it holds a kanji of the verb's, and a gloss of its first sense is the gerund of a gloss of
    the verb ("getting off" / "to get off"). With *object_noun* (部屋 before を), the noun's gloss is the verb's
    gerund + a gloss of the object ("exit from a room": "to exit", "room"), the object said inside the noun.
    False without JMdict."""
    if len(noun) < 2 or not kanji_of(noun) or kanji_of(noun) != set(noun):
        return False
    try:
        noun_glosses = [_bare(g) for g in first_sense_glosses(noun)]
        objects = {_bare(g) for g in first_sense_glosses(object_noun)} if object_noun else set()
        for verb in verbs:
            glosses = _verb_glosses(verb)
            if not object_noun:
                # one act: a kanji shared, and the noun's gloss the verb's gerund (getting off / to get off)
                gerunds = {form for gloss in glosses for form in _gerunds(gloss)}
                if kanji_of(verb) & kanji_of(noun) and any(said in gerunds for said in noun_glosses):
                    return True
                continue
            # the object inside the noun: its gloss the verb's (its gerund, or the same word as a noun: "exit")
            # followed by the object's, its last word (exit from a room / to exit, room); the verb's first sense
            # alone, as no kanji is shared (出る's later "to enter (an event)" is no "entering a room")
            first = first_sense_glosses(verb)
            heads = {form for gloss in first for form in _gerunds(gloss)}
            heads |= {" ".join(_bare(gloss).split()[1:]) for gloss in first if _gerunds(gloss)}
            if any(
                said.split()[-1] in objects and any(said.startswith(head + " ") for head in heads)
                for said in noun_glosses
            ):
                return True
    except ImportError:
        return False
    return False


def _noun_occasion(words: list[Morph]) -> tuple[str, str] | None:
    """降車|時, 降車|の|際, ご|降車|の|際, 飲酒|後: the action's noun whose moment the words name, and the moment's
    relation (``_relation``), or None."""
    if words and words[0].head == "接頭辞" and words[0].lemma == "御":
        words = words[1:]
    if len(words) == 3 and words[1].pos_is("助詞", "格助詞") and words[1].lemma == "の":
        words = [words[0], words[2]]
    if len(words) != 2 or not _moment(words[1]):
        return None
    noun = words[0]
    if noun.pos[:3] != ("名詞", "普通名詞", "サ変可能"):
        return None
    return noun.text, _relation(words[1])


def _verb_occasion(words: list[Morph]) -> tuple[list[str], str, str] | None:
    """お|降り|の|際, 降りる|際, 部屋|を|出る|時, お酒|を|飲ん|だ|後: the spellings the verb may be read as, its
    object's noun (or ""), and the moment's relation, where the words name the moment of one act by its verb;
    else None. 際 and 時 after the verb's non-past only (降りた時 is after getting off), 後 after its past only."""
    if len(words) < 2 or words[-1].head != "名詞" or not _moment(words[-1]):
        return None
    body, relation = words[:-1], _relation(words[-1])
    if relation == "after":
        if not (len(body) >= 2 and body[-1].head == "助動詞" and body[-1].lemma == "た"):
            return None
        verb = body[-2]
        if not (verb.head == "動詞" and verb.cform.startswith("連用形")):
            return None
        body = [*body[:-2], verb]  # 飲ん|だ|後: the verb, its past the "after"
    obj = ""
    if body and body[0].head == "接頭辞" and body[0].lemma == "御" and len(body) >= 4 and body[2].lemma == "を":
        body = body[1:]  # お|部屋|を|出る: the object honoured, the reader's
    if len(body) >= 3 and body[1].pos_is("助詞", "格助詞") and body[1].lemma == "を" and body[0].head == "名詞":
        obj, body = body[0].lemma, body[2:]
    if len(body) == 1 and body[0].head == "動詞" and (relation == "after" or body[0].cform.startswith("連体形")):
        return [body[0].lemma], obj, relation  # 降りる|際: the plain act (no れる: 出られる may say "can leave")
    if (
        len(body) == 3
        and body[0].head == "接頭辞"
        and body[0].lemma == "御"
        and body[2].pos_is("助詞", "格助詞")
        and body[2].lemma == "の"
    ):
        stem = body[1]
        if stem.head == "動詞" and stem.cform.startswith("連用形"):
            return [stem.lemma], obj, relation
        if stem.head == "名詞" and stem.text[-1:] in _I_ROW and len(stem.text) >= 2 and kanji_of(stem.text[0]):
            # お|降り: UniDic may read the stem as a noun (降り, "rainfall"); it spells an ichidan verb (降りる) or
            # a godan one (降る), and the other text's noun tells which, by its glosses.
            return [stem.text + "る", stem.text[:-1] + _I_ROW[stem.text[-1]]], obj, relation
    return None


def _moment_after(span: list[Morph]) -> list[Morph]:
    """The first word of *span*, past a genitive の (退室|の際: the の read with the moment)."""
    words = _words(span)
    if words and words[0].pos_is("助詞", "格助詞") and words[0].lemma == "の":
        words = words[1:]
    return words[:1]


_I_ROW = dict(zip("いきぎしちにびみり", "うくぐすつぬぶむる", strict=True))


def one_act_by_noun_and_verb(x: list[Morph], y: list[Morph], after_x: list[Morph], after_y: list[Morph]) -> bool:
    """*x* and *y* name the moment of one act, one with the action's noun (降車時に), the other with its verb
    (お降りの際に), shown the same by ``noun_says_the_verb``. Particles after the moment must be the same ones;
    nothing else may stand in either (no negation, no other act, no れる). Where neither holds its moment, the
    words after each (*after_x*, *after_y*: what the diff found equal) must be the moment
    (退室|時 / お部屋を出る|時)."""

    def cut(words: list[Morph]) -> tuple[list[Morph], tuple[str, ...]]:
        k = len(words)
        while k and words[k - 1].head == "助詞" and words[k - 1].lemma != "の":
            k -= 1
        return words[:k], tuple(m.lemma for m in words[k:])

    (bx, px), (by, py) = cut(_words(x)), cut(_words(y))
    if px != py:
        return False
    if not any(b and _moment(b[-1]) for b in (bx, by)):
        if px or py:
            return False
        nx, ny = _moment_after(after_x), _moment_after(after_y)
        if not (nx and ny and nx[0].lemma in _WHEN and ny[0].lemma in _WHEN):
            return False
        bx, by = bx + nx, by + ny
    for nouns, verbs in ((bx, by), (by, bx)):
        noun = _noun_occasion(nouns)
        said = _verb_occasion(verbs)
        if noun and said and noun[1] == said[2] and noun_says_the_verb(noun[0], said[0], said[1]):
            return True
    return False
