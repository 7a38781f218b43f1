"""Evidence that an edited Japanese sentence still says what the old one said.

The translation-safety guard (catalog/suggest.py) reuses an old translation
only on proof. This module looks for it, and says what it found:

1. Both texts are read as words (language/morphology.py) and each word gets a
   **key**, what it contributes to the meaning: its UniDic lemma (問合せ and
   問い合わせ, 下さい and ください share one), a verb's also its dictionary
   pronunciation (いただける, "can", is not いただく). Politeness contributes
   nothing: the honorific prefix お/ご, the polite auxiliaries ます/です, the
   light and humble verbs する/いたす/なさる/申し上げる, and the courtesy words of
   data/same-meaning.json (何卒, あらかじめ). A request, however polite
   (ください, いただきますようお願いいたします), is one key, REQUEST. おる and
   いる, ござる and ある are one; ござる after て is ある (用意してございます: 用意してあります).
2. Expressions of one ``equivalent`` group of data/same-meaning.json (時/際,
   すみません/申し訳ございません) become the group's key; case particles of one
   ``particles`` group (に/へ) too (が/を/は and の: never where the の makes a
   doer or an object the owner of a thing, ``_made_an_owner``, nor where a noun's role is exchanged,
   ``_role_exchanged``). Groups are a checked supplement, never the
   mechanism: a group from a synonym dictionary is no proof (延長 and 延期
   share one in sudachidict).
3. The key sequences are diffed. Each difference must be explained:
   - **notation**: the same words spelt otherwise, the same pronunciation and
     the kanji of one a part of the other's (問合せ/問い合わせ, 引落し/引き落とし;
     never a homophone such as 以上/異常), or one word the analyzer reads
     apart (声がけ/声掛け, など/等: ``spelt_otherwise``); the writer's own place
     said humbly (当社/弊社: ``ours``); の方 where the other text says 様 of the
     same noun (保護者の方 / 保護者様: ``_person_honoured``); お/ご + a verb's
     stem + の + 方 where the other says the verb + ている + 方 (お持ちの方 /
     持っている方: ``_honoured_state``);
   - **aspect**: ている ending a sentence where the other text's ends in a
     humble non-past (受け付けております / 承ります, ``_standing``; the old
     text's ている only against 承る or a change of state in a time named:
     開催しております → 開催いたします may say "will hold"), or 中 for ている
     (language/synonyms.py): the caller asks the old English;
   - **particle**: a case particle added or dropped (こちら → こちらから);
     two nouns of one list joined by と/および or by 、/・ (``_coordinated``);
   - **number**: digits changed and nothing else (the entity layer's call);
   - **synonym**: two words, or the two noun compounds around them (車検証 /
     自動車検査証), shown the same by language/synonyms.py; also a word
     removed where the other text says a courtesy adverb (事前に /
     あらかじめ), words UniDic cuts (いつ|も), and a list and the one word
     for it (土曜日・日曜日 / 土日); を + a verb and the verb's noun on the
     same noun, JMdict naming the compound an action (ブラシをかけて /
     ブラシ掛けを: ``_object_incorporated``);
   - **addition**: an adverb that restricts nothing added inside a clause
     (UniDic's 副詞, or an adjectival noun + に, whose JMdict glosses say no
     part, time, amount or condition: 直ちに, 速やかに; never 主に, 再び,
     新たに: ``synonyms.restricts_nothing``), with no negation or limiting
     word (``red_flags``); the nominalizer の; or a whole sentence added or
     removed. Any other word added inside a clause restricts what the clause
     is about (市内の高校生, 本日午後, 雨天の際は, 先着順で) or may: a change;
   otherwise the edit is a **change**: a content word (noun, verb, adjective,
   adverb, prefix, scope or quantity word, conditional phrase) substituted,
   removed or added with a limit, a negation or tense or modality altered.
4. Proofs compose: where the diff leaves a difference unexplained, the new
   text's phrases are read in the old text's order within each clause
   (``_in_old_order``: a phrase ends with its particles; a clause with a
   head that holds a predicate or an action + 後/際; a topic may cross a
   head of its sentence; a time said bare before its predicate, 毎朝販売, is a
   phrase of its own) and the diff is run again, so a phrase moved to the
   front composes with a politeness change, a particle dropped, a notation.
   A phrase whose particles changed (活動報告は → 活動報告を) is found by its
   other keys, in its clause, unless it takes another phrase's particles.
   An adverb that restricts (主に, 特に, なるべく) keeps the phrase after it.
   A topic that holds a relative clause (本日予定しておりました稽古は) crosses only coordinate clauses,
   and nothing crosses it in its clause; topics trade places with what each says, pairs whole.
   Nouns listed in a phrase (東京と大阪) are read in the old order too.
   A particle exchanged, a limit moved to another phrase, or a phrase moved
   across a head leaves a difference unexplained: a change. Where that
   shows nothing, an occasion said with a noun and no verb (お申し込みの際に,
   受付まで) is read as an adjunct of the next predicate, and may trade places
   with its objects and an adverb of manner (連絡先を、お申し込み時に).

``compare`` gives the verdict and, for a change, the words that changed and
whether the polarity (language/polarity.py) differs.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache, lru_cache, partial
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from kokuchi.language.entities import read as read_entities
from kokuchi.language.flips import changed_clauses, changed_sentences, common_prefix, purpose_not_at
from kokuchi.language.morphology import Morph, analyze
from kokuchi.language.polarity import negations, said_not
from kokuchi.language.restructured import one_act_by_noun_and_verb
from kokuchi.language.scripts import is_katakana
from kokuchi.language.structure import act_nominalized
from kokuchi.language.synonyms import (
    APPROXIMATE_SUFFIXES,
    APPROXIMATELY,
    BY_OR_DEPENDING,
    CONCERNING,
    HONOURING_SUFFIXES,
    IF,
    IF_DONE,
    PERSON,
    PLEASE_NOT,
    RESULT,
    TOGETHER_WITH,
    YOU_CAN_ACTION_TOO,
    YOU_CAN_TOO,
    a_coming,
    a_person_noun,
    abbreviated_list,
    accepted_or_undergone,
    active_occasions,
    an_action_first,
    an_online_medium,
    as_soon_as,
    before_key,
    changes_state,
    choice_witnessed,
    clock_time_or_span,
    compared,
    compound_said_as_object_and_verb,
    conditions_said,
    construction_keys,
    doings,
    done_or_ended,
    expression_said_with_noun,
    first_of_a_span,
    first_sense_glosses,
    first_session_or_earliest,
    first_time_people,
    genitive_term,
    homophone_kanji,
    honorific_becomes,
    honorific_genitives,
    honorific_makes_a_word,
    honoured_actions,
    humbly_one_act,
    in_jmdict,
    inside_a_compound,
    jmdict_entries,
    kanji_choose_a_word,
    kanji_of,
    known_intransitive,
    later_sense_glosses,
    leaves_granted,
    made_for,
    may_be_intransitive,
    means_said,
    names_a_person,
    names_a_transfer,
    names_an_action,
    names_now,
    not_yet,
    occasion_genitives,
    of_either_side,
    one_act_witnessed,
    one_word,
    ours,
    participles,
    passive_or_respect,
    people_said_as_many,
    polite_request,
    reader_did_beside_ours,
    referred_or_referrer,
    remembered_with_the_translation,
    respectful,
    restricts_nothing,
    resultatives,
    same_word,
    says_a_list,
    says_a_sequence,
    says_already,
    says_how_wholly,
    sends_on,
    spelt_otherwise,
    stem_verb,
    suffix_said_as_noun,
    taken_or_brought,
    takes_out_of,
    voiced_honoured,
    voiceless_occasions,
    writer_acts,
)
from kokuchi.language.synonyms import (
    causatives_joined as _causatives_joined,
)

NOTATION, PARTICLE, NUMBER, ADDITION, COURTESY, SYNONYM, CHANGE = (
    "notation",
    "particle",
    "number",
    "addition",
    "courtesy",
    "synonym",
    "change",
)
REQUEST = "⟨request⟩"
POLITE_VOLITION_OR_CONJECTURE = "⟨ましょう/でしょう⟩"  # ます/です in UniDic's 意志推量形: "let's", "probably"
_DROPPED_PUNCT = frozenset("、,，・「」『』\"'“”‘’ 　")
_LIGHT_VERBS = frozenset({"為る", "致す", "為さる", "申し上げる", "差し上げる", "申す"})
_REQUEST_VERBS = frozenset({"下さる", "願う", "願い", "頼む"})


class Lexicon(NamedTuple):
    courtesy: tuple[tuple[str, ...], ...]  # key sequences that say nothing but politeness
    equivalent: dict[tuple[str, ...], str]  # key sequence → the group's key
    particles: dict[str, str]  # particle → its group's key
    negative_words: frozenset[str]
    red_flags: frozenset[str]
    starting: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first key → (pattern, group or ""), longest first
    please_not: str = PLEASE_NOT  # the group's key of ご遠慮ください: しないでください says it too


class Verdict(NamedTuple):
    kind: str  # notation, courtesy (politeness, inflection, equivalents, particles), addition, number, change
    old: str = ""  # for a change: the words that changed, in the old text
    new: str = ""  # and in the new text
    polarity: bool = False  # for a change: the number of negations changed parity
    respect: bool = False  # shown only if a れる is respect, not passive: the caller asks the old English
    # Shown only if the old English agrees (the caller asks it): GOING_ON, a ている read as an action going on
    # (販売中です), not done; STANDING, a ている read as what we do (承ります), neither done, going on nor ahead;
    # DONE, a ている read as done (記載してあります), not going on nor ahead; DONE_SAID, DONE where the 済み is the new
    # text's (撤去済みです: a perfect only); GOING_ON_SAID, GOING_ON where the 中 is the old text's.
    aspect: str = ""


def compare(old: str, new: str, _depth: int = 0) -> Verdict:
    """What kokuchi can show about *new* as an edit of *old* (see the module's docstring).

    Only the clauses around what changed are read: the rest is the same words
    with the same polarity in both. Where they show no proof, the sentences
    around them are read (引き続き、 / 今後とも、 before よろしくお願いします: a
    construction may reach past a comma).
    """
    clauses = changed_clauses(old, new)
    chosen = _kanji_chosen(*clauses)
    if chosen is not None and not chosen[2]:
        # 山小屋にとまる → 山小屋に止まる: the kana may have been 泊まる; the kanji chose "stop"
        # (``kanji_choose_a_word``), which the English does not say.
        return Verdict(CHANGE, chosen[0], chosen[1])
    verdict = _compare(*clauses, _depth)
    if chosen is not None and verdict.kind == NOTATION:
        verdict = verdict._replace(kind=COURTESY)  # the English chose the word the kanji say: offered, never kept
    if verdict.kind == CHANGE:
        sentences = changed_sentences(old, new)
        # (Only the constructions of courtesy and of "you can" read past a comma: a quick test of their words first.)
        if sentences != clauses and any(word in sentences[0] + sentences[1] for word in _PAST_A_COMMA):
            wider = _compare(*sentences, _depth)
            if wider.kind != CHANGE:
                verdict = wider
    if verdict.kind != CHANGE and clauses != (old, new):
        # 4月から、利用は有料となります → 有料となっております: a start said in a clause of its own before the
        # comma is the start of the change the clause compared says reached or ahead (``_from_a_time``): the
        # proof must hold in the whole sentences.
        sentences = changed_sentences(old, new)
        # (リニューアル後は、…となっております: a start named by an event's time, ``_time_of``, is read there too,
        # wherever the clauses say なる; red team 31.)
        started = sentences != clauses and (
            any(start in sentences[0] for start in _STARTS)
            or any(form in clauses[0] + clauses[1] for form in ("なっ", "なり", "なる"))
        )
        if started and (wider := _compare(*sentences, _depth)).kind == CHANGE:
            return wider
    if verdict.aspect == REPORTED:
        if not _topic_said_in(changed_sentences(old, new)[0]):
            # 臨時バスを運行いたします → 臨時バスを運行しております: one event reported, announced ahead or under way
            return Verdict(CHANGE, "ます (ahead)", "ている")
        verdict = verdict._replace(aspect=STANDING)  # レンタル用品は、…お貸し出しいたします: what we do
    if verdict.aspect in (STANDING, STANDING_HELD) and any(map(_one_day, changed_sentences(old, new))):
        # 本日発送いたします → 本日発送しております: on one day, the non-past is that day's action and ている may
        # say it done ("was shipped today"), which no English of the old text can refuse.
        return Verdict(CHANGE, "ます (one day)", "ている")
    if verdict.kind != CHANGE:
        whole = _read_whole(old, new, clauses_cut=clauses != (old, new))
        if whole:
            return Verdict(CHANGE, *whole)
    return verdict


def _read_whole(old: str, new: str, clauses_cut: bool) -> tuple[str, str] | None:
    """The changes read from the whole texts, past the clauses compared, each asked only where a quick test of
    its words says it may apply (*clauses_cut*: the clauses compared were less than the texts). The first found,
    as (the old text's words, the new text's), or None.

    - 職員が / 職員の方が: our staff, or the host's (honoured); a request may end the sentence past a comma
      (職員の方は、…ご利用ください asks the staff, the readers, either way);
    - 全ての便では、…提供しておりませんので / 全ての便で、…: the は of a contrast limits a negation, which may stand
      past the comma (the clauses read hold no negation);
    - 鍵の交換は、管理人にお知らせください / お申し付けください: "tell us of it" or "ask us for it" (the clause
      compared alone has no action's noun before the request);
    - 服用していることは、…お伝えください / 服用しているのは: "that you take it" or "what you take" (the clause
      compared alone has no request after the comma);
    - お持ちください / ご持参ください: "take" or "bring" (ご来署の際は、…);
    - ご用意いただいた資料を、…配布いたします / 用意した資料を: the reader's act, or, beside the writer's humble
      act past the comma, the writer's own.
    """
    both = old + new
    checks = [
        check
        for wanted, check in (
            ("の方" in both, lambda a, b: _either_way(_staff_honoured, a, b)),
            (
                clauses_cut and any(p + "は" in both for p in _CONTRASTED),
                lambda a, b: _either_way(_contrast_under_negation, a, b),
            ),
            (any(word in both for word in _TELL_US_WORDS), _told_or_asked_apart),
            ("の" in both, _nominalized_apart),
            ("持" in both, lambda a, b: _either_way(taken_or_brought, a, b)),
            (
                any(joint in both for joint in _LIST_JOINTS),
                lambda a, b: _list_reordered_against_another(a, b, _bracketed(old, new)),
            ),
            (
                any(word in both for word in ("いただいた", "頂いた", "いただきました", "頂きました")),
                lambda a, b: _either_way(_reader_act_made_plain, a, b),
            ),
        )
        if wanted
    ]
    if not checks:
        return None
    a, b = analyze(old), analyze(new)
    if a is None or b is None:
        return None
    return next(filter(None, (check(a, b) for check in checks)), None)


# What may join the nouns of a list: particles (と, や, か), conjunctions (及び, 並びに, 又は, 若しくは, 或いは)
# and the marks 、 and ・ (a quick test of the characters first, then UniDic's part of speech).
_LIST_JOINTS = ("と", "や", "か", "及", "並", "又", "若", "或", "、", "・", ",")
_LIST_PARTICLES = frozenset({"と", "や", "か"})
_LIST_CONJUNCTIONS = frozenset({"及び", "並びに", "又", "若しくは", "或いは"})
_LIST_MARKS = frozenset("、・,，")
# "Respectively": what pairs the nouns of a list with something else of the sentence by their places. UniDic
# lemmas (それぞれ/其々, 各々/おのおの; 順, 順番, 順々 before に: 上から順に), and as a supplement the
# spellings the tagger misreads (夫々 as 夫 "husband" + 々, 夫れ夫れ).
_RESPECTIVELY = frozenset({"其々", "各々"})
_IN_TURN = frozenset({"順", "順番", "順々"})
_RESPECTIVELY_SPELT = ("夫々", "夫れ夫れ")


def _lists(morphs: tuple[Morph, ...]) -> list[tuple[int, list[str], str]]:
    """The lists of nouns of a text, in order: (its sentence, its items' words, its text). An item is a run of
    nominal words (nouns, their prefixes and suffixes, numbers, letters: 800円, 2番, 月額プラン); a list is
    two or more items, each joined to the next by a coordinator (``_LIST_PARTICLES``, ``_LIST_CONJUNCTIONS``,
    ``_LIST_MARKS``; または read as 又 + は) and nothing else. One pass over the words (``_list_spans``)."""
    return [
        (
            sentence,
            [_text(list(morphs[i:j])) for i, j in items],
            _text(list(morphs[items[0][0] : items[-1][1]])),
        )
        for sentence, items in _list_spans(morphs)
    ]


def _list_spans(morphs: tuple[Morph, ...], genitive: bool = False) -> list[tuple[int, list[tuple[int, int]]]]:
    """The lists of nouns of a text (``_lists``) as (its sentence, the (start, end) of each item among
    *morphs*). With *genitive*, a の between two nominal words is read inside an item (破損や部品の紛失: two
    items, 破損 and 部品の紛失). One pass over the words."""

    def nominal(m: Morph) -> bool:
        return m.head in ("名詞", "接頭辞", "接尾辞") or m.kind == "number" or (m.kind == "word" and not m.pos)

    def joint(n: int) -> int:
        """The number of words of a coordinator at *n* (または: 又 + は, two), or 0."""
        m = morphs[n]
        if m.head == "接続詞" and m.lemma == "又" and n + 1 < len(morphs) and morphs[n + 1].pos_is("助詞", "係助詞"):
            return 2 if morphs[n + 1].text == "は" else 0
        joins = (
            (m.head == "助詞" and m.lemma in _LIST_PARTICLES)
            or (m.head == "接続詞" and m.lemma in _LIST_CONJUNCTIONS)
            or m.text in _LIST_MARKS
        )
        return 1 if joins else 0

    found: list[tuple[int, list[tuple[int, int]]]] = []
    sentence = 0
    items: list[tuple[int, int]] = []  # the items of the list being read
    start = -1  # where the item being read starts, or -1
    end = 0  # where it ends (its last nominal word, + 1)
    joined = False  # the last words were a coordinator after an item

    def close() -> None:
        nonlocal start
        if start >= 0:
            items.append((start, end))
        if len(items) >= 2:
            found.append((sentence, list(items)))
        items.clear()
        start = -1

    n = 0
    while n < len(morphs):
        m = morphs[n]
        if nominal(m):
            if start < 0:
                start = n
            end, joined = n + 1, False
            n += 1
            continue
        if (
            genitive
            and start >= 0
            and end == n
            and m.text == "の"
            and m.pos_is("助詞", "格助詞")
            and n + 1 < len(morphs)
            and nominal(morphs[n + 1])
        ):
            n += 1  # 部品の紛失: the genitive inside the item
            continue
        width = joint(n) if start >= 0 and not joined else 0
        if width:
            items.append((start, end))
            start, joined = -1, True
            n += width
            continue
        joined = False  # (a coordinator with no noun after it, AとBと, 東京、: the list ends before it)
        close()
        sentence += m.text in _SENTENCE_ENDS or (m.kind == "space" and "\n" in m.text)
        n += 1
    close()
    return found


def _says_respectively(morphs: tuple[Morph, ...], sentence: int) -> bool:
    """A word of "respectively" in the *sentence*-th sentence (それぞれ, 各々, 上から順に; ``_RESPECTIVELY``)."""
    at, written = 0, []
    for n, m in enumerate(morphs):
        if at == sentence:
            written.append(m.text)
            if m.lemma in _RESPECTIVELY or (
                m.lemma in _IN_TURN
                and n + 1 < len(morphs)
                and morphs[n + 1].lemma == "に"
                and not (n > 0 and morphs[n - 1].head in ("名詞", "接尾辞"))  # 先着順に, 番号順に: another order
            ):
                return True
        at += m.text in _SENTENCE_ENDS or (m.kind == "space" and "\n" in m.text)
    return any(spelt in "".join(written) for spelt in _RESPECTIVELY_SPELT)


def _order_of(old: list[str], new: list[str]) -> list[int] | None:
    """Where each item of *old* stands in *new* (the same items in another order), or None."""
    if sorted(old) != sorted(new):
        return None
    spare = list(range(len(new)))
    order = []
    for item in old:
        place = next(k for k in spare if new[k] == item)
        spare.remove(place)
        order.append(place)
    return order


def _list_reordered_against_another(
    a: tuple[Morph, ...], b: tuple[Morph, ...], quoted: tuple[str, ...] = ()
) -> tuple[str, str] | None:
    """Nouns of a list in another order where their order is meaning: their sentence pairs them by place with
    another list of as many items (大人と子供の料金は、800円と400円です) or says "respectively" (それぞれ, 各々,
    順に), and the items paired with them were not moved with them. 大人と子供の料金は、それぞれ800円と400円です
    → 子供と大人の…: the prices are exchanged. Also where a word of the sentence makes the order meaning
    (``_order_said``: 優先, まず, 先に, から…まで), where the items are not said alike (``_list_may_move``: ranks,
    values, one a part of another, a modifier of the first item alone, a verb after the last), where the text
    names the items by place (前者, 後者) and where the list stands in brackets (*quoted*, the bracketed
    segments of the texts: a name or a title, 「春と秋の感謝祭」). The old list and the new one, or None.

    Elsewhere a list read in another order says the same (東京と大阪の会場で / 大阪と東京の会場で: ``_in_old_order``,
    ``list_in_old_order``).
    """
    old_lists = _list_spans(a)
    if not old_lists:
        return None  # (no list to reorder: the new text's need not be read; most texts)
    new_lists = _list_spans(b)
    if len(old_lists) != len(new_lists):
        return None

    def words(morphs: tuple[Morph, ...], items: list[tuple[int, int]]) -> list[str]:
        return [_text(list(morphs[i:j])) for i, j in items]

    orders = [_order_of(words(a, old[1]), words(b, new[1])) for old, new in zip(old_lists, new_lists, strict=True)]
    for (sentence, items), order, (new_sentence, new_items) in zip(old_lists, orders, new_lists, strict=True):
        if order is None or order == sorted(order):
            continue
        text = _text(list(a[items[0][0] : items[-1][1]]))
        new_text = _text(list(b[new_items[0][0] : new_items[-1][1]]))
        partners = [
            other_order
            for (other_sentence, other_items), other_order in zip(old_lists, orders, strict=True)
            if other_sentence == sentence and other_items is not items and len(other_items) == len(items)
        ]
        if partners and all(partner == order for partner in partners):
            continue  # the lists paired by place moved together (大人と子供…800円と400円 → 子供と大人…400円と800円)
        if partners or _says_respectively(a, sentence):
            return text, new_text
        if _paired_next_door(a, old_lists, orders, sentence, items, order):
            return text, new_text  # 一般と高校生で異なります。それぞれ800円、400円です: the prices exchanged
        if (
            _order_said(_sentence_words(a, sentence))
            or _order_said(_sentence_words(b, new_sentence))
            or not _list_may_move(a, items)
            or not _list_may_move(b, new_items)
            or any(m.lemma in _BY_PLACE for m in (*a, *b))
            or any(span in segment for segment in quoted for span in (text, new_text))
        ):
            return text, new_text
    return None


def _paired_next_door(
    a: tuple[Morph, ...],
    lists: list[tuple[int, list[tuple[int, int]]]],
    orders: list[list[int] | None],
    sentence: int,
    items: list[tuple[int, int]],
    order: list[int],
) -> bool:
    """A list of as many items in the sentence before or after the *sentence*-th of *a*, which did not move as the
    list did (*order*), and pairs with it by place: one of the two sentences says "respectively" (それぞれ, 各々,
    順に), or its items are values (800円、400円). 入館料は、一般と高校生で異なります。それぞれ800円、400円です:
    the sentences of one entry, read in turn, give each item its price."""
    for (other_sentence, other_items), other_order in zip(lists, orders, strict=True):
        if abs(other_sentence - sentence) != 1 or len(other_items) != len(items) or other_order == order:
            continue
        valued = all(any(m.kind == "number" for m in a[i:j]) for i, j in other_items)
        if valued or _says_respectively(a, sentence) or _says_respectively(a, other_sentence):
            return True
    return False


# Words that make the order of a list meaning, beside "respectively" (``_RESPECTIVELY``, ``_IN_TURN``), by
# UniDic lemma: a short supplement, for UniDic has no class of them. An order (順, 順番, 順序, 順々 with any
# particle, not after a noun: の順で, but not 先着順に). Priority and precedence (優先, 先ず, 最初,
# 最後, 初め, 始め, 以降, 以後, 先頭, 次いで), the difference or the ratio of two things (差, 差額, 比, 比率), the
# part or the rest of another item (他, 以外, 一部, 全部, 全体, 全域, 全般). 先, 後, 次, 前 only as adverbs,
# before に, で, から, は (先に, 後で, 次に); 前者 and 後者 anywhere in the text (they name the items by place).
_ORDER_WORDS = frozenset(
    {
        "優先", "先ず", "最初", "最後", "初め", "始め", "以降", "以後", "先頭", "次いで",
        "差", "差額", "比", "比率",
        "他", "以外", "一部", "全部", "全体", "全域", "全般",
    }
)  # fmt: skip
_IN_ORDER = _IN_TURN | {"順序"}
_ORDER_ADVERBS = frozenset({"先", "後", "次", "前"})
_ORDER_ADVERB_PARTICLES = frozenset({"に", "で", "から", "は"})
_BY_PLACE = frozenset({"前者", "後者"})
_QUOTED = re.compile(r"[「『【《〈〔][^」』】》〉〕]*[」』】》〉〕]")


def _bracketed(old: str, new: str) -> tuple[str, ...]:
    """The segments of the texts in brackets (「」, 『』, 【】…), NFKC as the analyzer reads them."""
    return tuple(_QUOTED.findall(unicodedata.normalize("NFKC", old + "\n" + new)))


def _content_keys(morphs: tuple[Morph, ...], start: int, end: int) -> tuple[str, ...]:
    """The content words of an item, as UniDic lemmas, in order: particles (の), marks and the honorific prefix
    御 say nothing of what the item names (手指消毒 / 手指の消毒 / ご消毒…)."""
    return tuple(
        m.lemma or m.text
        for m in morphs[start:end]
        if m.head not in ("助詞", "補助記号") and m.kind not in ("punct", "symbol", "space") and m.lemma != "御"
    )


def _sentence_words(morphs: tuple[Morph, ...], sentence: int) -> list[Morph]:
    """The words of the *sentence*-th sentence of *morphs* (as ``_lists`` counts them)."""
    at, words = 0, []
    for m in morphs:
        if at == sentence:
            words.append(m)
        at += m.text in _SENTENCE_ENDS or (m.kind == "space" and "\n" in m.text)
    return words


def _order_said(words: list[Morph]) -> bool:
    """A word of the sentence makes the order of its lists meaning: respectively or in turn (``_RESPECTIVELY``,
    ``_IN_TURN``), priority or precedence (``_ORDER_WORDS``, 先に, 後で), from … to (から and まで), values
    written apart by a slash (800円/400円: paired with the items by place)."""
    lemmas = [m.lemma for m in words]
    if any(lemma in _ORDER_WORDS or lemma in _RESPECTIVELY or lemma in _BY_PLACE for lemma in lemmas):
        return True
    for n, m in enumerate(words[:-1]):
        after = words[n + 1]
        if m.lemma in _IN_ORDER and not (n > 0 and words[n - 1].head in ("名詞", "接尾辞")):
            return True  # 受付、検温の順で, 上から順に; not 先着順に, 番号順に (another order: ``_says_respectively``)
        if (
            m.head == "名詞"
            and m.lemma in _ORDER_ADVERBS
            and after.head == "助詞"
            and after.text in _ORDER_ADVERB_PARTICLES
        ):
            return True
    if any(m.lemma == "から" and m.pos_is("助詞", "格助詞") for m in words):
        return True  # a start, in place or time (左から, 上から, 9時から…まで): the items may be read from it
    if any(
        (m.head in ("動詞", "副詞") or m.pos_is("名詞", "普通名詞", "サ変可能")) and says_a_sequence(m.lemma)
        for m in words
    ):
        return True  # JR線と路線バスを乗り継いで, 駅前、市役所を経由して, 課長と部長が順次: stops or steps, in turn
    written = "".join(m.text for m in words)
    if any(spelt in written for spelt in _RESPECTIVELY_SPELT):
        return True
    return ("/" in written or "／" in written) and sum(m.kind == "number" for m in words) >= 2


def _list_may_move(morphs: tuple[Morph, ...], items: list[tuple[int, int]]) -> bool:
    """Whether the items of a list (``_list_spans``) are said alike, so that their order says nothing of its
    own: no item holds a number (第1希望, 1位, 800円: ranks and values), no two share a content word (施設と
    施設内の売店: one a part of the other), nothing modifies the first item alone (新しい部品と工具, 会員の氏名と
    住所: a modifier before the list may be the first item's only), nothing after the last item may be its own
    (現金とカード（一括払いのみ）: a note in brackets after it; ベビーカー・車椅子用スロープ: a suffix in the last
    item, 用, may be said of every item, ``_productive_suffix``), and no verb follows the last (検温、消毒して
    から: acts in turn)."""
    if any(m.kind == "number" for i, j in items for m in morphs[i:j]):
        return False
    last_start, last_end = items[-1]
    if last_end < len(morphs) and morphs[last_end].text in _OPENING_BRACKETS:
        return False
    if _productive_suffix(morphs, last_start, last_end):
        return False
    keys = [key for i, j in items for key in _content_keys(morphs, i, j)]
    if len(set(keys)) != len(keys):
        return False
    first, last = items[0][0], items[-1][1]
    if first > 0:
        before = morphs[first - 1]
        if before.head in ("形容詞", "連体詞", "形状詞", "動詞", "助動詞") or (
            before.text == "の" and before.pos_is("助詞", "格助詞")
        ):
            return False
    return not (
        last < len(morphs) and morphs[last].head in ("動詞", "助動詞") and morphs[last].lemma not in ("だ", "です")
    )


def _productive_suffix(morphs: tuple[Morph, ...], start: int, end: int) -> bool:
    """A suffix after the first word of the item from *start* to *end* in a run of nouns JMdict has no word of
    (車椅子|用|スロープ: 用, "for", may be said of every item of the list; 筆記|用|具 and 付属|品 are words). Without
    JMdict, any suffix there."""
    run: list[Morph] = []
    for m in morphs[start:end]:
        if m.head not in ("名詞", "接尾辞"):
            if any(w.head == "接尾辞" for w in run[1:]) and not in_jmdict("".join(w.text for w in run)):
                return True
            run = []
            continue
        run.append(m)
    return any(w.head == "接尾辞" for w in run[1:]) and not in_jmdict("".join(w.text for w in run))


_OPENING_BRACKETS = frozenset("(（[［「『【〔〈《")


def _genitive_after(morphs: tuple[Morph, ...], end: int) -> bool:
    """A genitive の right after a list ending at *end* (平日または土曜日の午前中)."""
    return end < len(morphs) and morphs[end].text == "の" and morphs[end].pos_is("助詞", "格助詞")


def _matched(
    a: tuple[Morph, ...], old: list[tuple[int, int]], b: tuple[Morph, ...], new: list[tuple[int, int]]
) -> list[int] | None:
    """Where each item of the *old* list stands in the *new* one, matched by their content words
    (``_content_keys``: 手指消毒 / 手指の消毒), each to one; one item of each left over (メール / FAX against
    メール / ファクス) is matched to the other, for the comparison to judge. None if no such match."""
    if len(old) != len(new):
        return None
    new_keys = [_content_keys(b, i, j) for i, j in new]
    order: list[int | None] = []
    for i, j in old:
        keys = _content_keys(a, i, j)
        places = [k for k, other in enumerate(new_keys) if other == keys]
        if len(places) > 1:
            return None
        order.append(places[0] if places else None)
    left = [n for n, place in enumerate(order) if place is None]
    spare = [k for k in range(len(new)) if k not in order]
    if len(left) > 1 or len(left) != len(spare) or len(left) == len(old):
        return None
    if left:
        order[left[0]] = spare[0]
    return [place for place in order if place is not None]


def list_in_old_order(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with the items of a list of nouns in *new* put back in the order of *old*'s, or None.

    The nouns of a list (``_list_spans``: joined by と, や, か, 及び, 並びに, または, もしくは, ・, 、) are said in
    any order: 破損や部品の紛失 / 部品の紛失や破損, メールまたはFAX / FAXまたはメール. The items are matched by their
    content words (``_matched``; an item may also be said otherwise, 手指消毒 / 手指の消毒, メール / ファクス, which
    the comparison of the texts rewritten then judges as any edit). Never where the order is meaning: a word
    of it in the sentence (``_order_said``: それぞれ, 順に, 優先, まず, 先に, から…まで, 前者), another list of as
    many items in the sentence that did not move alike (大人と子供の料金は800円と400円), items not said alike
    (``_list_may_move``: ranks and values, one a part of another, a modifier of the first item, a verb after
    the last), a list inside a name or a title (in brackets: 「春と秋のフェア」).
    """
    a, b = analyze(old), analyze(new)
    quoted = _bracketed(old, new)
    if not a or not b or _list_reordered_against_another(a, b, quoted) is not None:
        return None
    if any(m.lemma in _BY_PLACE for m in (*a, *b)):
        return None
    # Items read as runs of nouns (東京と大阪の会場), then with their genitives (破損や部品の紛失, where the first
    # reading would match 部品 with 紛失 and find 部品の a modifier of the first item).
    rewritten = _lists_in_old_order(a, b, False, quoted) or _lists_in_old_order(a, b, True, quoted)
    return None if rewritten is None else (old, rewritten)


def _lists_in_old_order(
    a: tuple[Morph, ...], b: tuple[Morph, ...], genitive: bool, quoted: tuple[str, ...]
) -> str | None:
    """The text of *b* with its lists (``_list_spans`` with *genitive*) in the order of *a*'s, or None where
    none moved or one may not (``list_in_old_order``)."""
    old_lists, new_lists = _list_spans(a, genitive), _list_spans(b, genitive)
    moved: dict[int, tuple[int, list[int]]] = {}  # a new list → (the old one, where its items stand)
    orders: list[list[int] | None] = []  # where each old list's items stand in the new text, if known
    for _, items in old_lists:
        found = [(k, order) for k, (_, other) in enumerate(new_lists) if (order := _matched(a, items, b, other))]
        orders.append(found[0][1] if len(found) == 1 else None)
        if len(found) == 1 and found[0][1] != sorted(found[0][1]) and found[0][0] not in moved:
            moved[found[0][0]] = (len(orders) - 1, found[0][1])
    if not moved:
        return None
    words = [m.text for m in b]
    for k, (n, order) in moved.items():
        sentence, items = old_lists[n]
        new_sentence, new_items = new_lists[k]
        partners = [
            orders[p] for p, (s, other) in enumerate(old_lists) if p != n and s == sentence and len(other) == len(items)
        ]
        if any(partner != order for partner in partners):
            return None  # 大人と子供の料金は、800円と400円です: the items pair with another list's by place
        if _order_said(_sentence_words(a, sentence)) or _order_said(_sentence_words(b, new_sentence)):
            return None
        if not _list_may_move(a, items) or not _list_may_move(b, new_items):
            return None
        if any(_genitive_after(morphs, found[-1][1]) for morphs, found in ((a, items), (b, new_items))):
            return None  # 学生証または身分証明書のコピー: the copy may be the last item's alone
        spans = (_text(list(a[items[0][0] : items[-1][1]])), _text(list(b[new_items[0][0] : new_items[-1][1]])))
        if any(span in segment for segment in quoted for span in spans):
            return None  # a name or a title: 「春と秋のフェア」
        texts = ["".join(words[i:j]) for i, j in new_items]
        for place, (i, j) in enumerate(new_items):
            words[i] = texts[order[place]]
            words[i + 1 : j] = [""] * (j - i - 1)
    return "".join(words)


def _nominalized_apart(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """こと / の before a request to tell, in one text and not the other (``_told_nominalized``)."""
    told = _told_nominalized(a)
    if told == _told_nominalized(b):
        return None
    return ("の", "こと") if told else ("こと", "の")


_BEFORE = "⟨before⟩"  # the mark of synonyms.before_key
_BY = "⟨by⟩"  # the に of までに: a deadline, which no particle added or dropped explains
# (and "you can" said of an action named as the topic before a comma: 予約は、アプリから可能です; and "if you
# have X" before a request after the comma: ご不明な点がございましたら、お問い合わせください)
# (and お出しいただいてから、… ください: what the reader does before the request)
# (and ご不在でしたので、持ち帰りました: the past of a reason is read with the sentence's own)
# (and ご入会には、身分証明書が必要です: an action's には is its occasion before a requirement, synonyms.py)
# (and お問い合わせは、窓口までお願いします: まで before お願い is "to" only after the topic of what is sent or told)
# (and お手続きは、月末までにお済ませください: the act 済ませる asks done by the deadline is the topic's)
# (and 工事を行いますので、終電を繰り上げます: ので after a verb is ため where the sentence asks nothing after it)
# A start said before a comma (4月から、 / 今月より、 / 4月以降、): read in the whole sentences (``compare``).
_STARTS = tuple(word + comma for word in ("から", "より", "以降", "以来", "以後") for comma in "、,")
_PAST_A_COMMA = (
    "までお願",
    "よろしく",
    "宜しく",
    "詫び",
    "謝罪",
    "陳謝",
    "可能",
    "でき",
    "たら",
    "れば",
    "場合",
    "いただいてから",
    "でしたので",
    "だったので",
    "でしたから",
    "だったから",
    "必要",
    "不要",
    "済ませ",
    "あらかじめ",  # お電話の前に、あらかじめ…: the "before" the sentence said ahead of the comma (_courtesy_in_advance)
    "予め",
    # 工事を行いますので、終電を繰り上げます: ので after an event held read with what the sentence then says
    # (synonyms._event_held; the verbs' own forms, so that no other ので reads the wider sentences)
    "行いますので",
    "行うので",
    "施しますので",
    "施いたしますので",
    "催しますので",
    "催いたしますので",
)


@remembered_with_the_translation
def _compare(old: str, new: str, _depth: int) -> Verdict:
    a, b = analyze(old), analyze(new)
    if a is None or b is None:
        return Verdict(CHANGE, old, new)  # no analyzer: nothing can be shown
    # ご請求した / ご請求いただいた: one action, done by us and by the reader; politeness says who acts.
    if (exchanged := _actor_exchanged(a, b)) is not None:
        return Verdict(CHANGE, *exchanged)
    # 画面の上 / 画面上: the noun "top" after a genitive, the suffix "on" without it.
    if (made := _noun_made_suffix(a, b) or _noun_made_suffix(b, a)) is not None:
        return Verdict(CHANGE, *made)
    # 窓口があいている / 空いている, 生もの / 生物, 一日 / 1日, 出られる / 出れる: another word under one lemma.
    if (slipped := _another_word(_spoken(a), _spoken(b))) is not None:
        return Verdict(CHANGE, *slipped)
    if _same_notation(_spoken(a), _spoken(b)):
        return Verdict(NOTATION)
    lexicon = default_lexicon()
    dropped: set[int] = set()  # the words that say nothing but politeness, by identity
    ka, kb = _keyed(a, lexicon, dropped), _keyed(b, lexicon, dropped)
    # ご予約された資料 / ご予約の資料: a suru-noun's past participle is ご + the noun + の, where the other says so.
    ka, kb = _as_genitive(ka, a, b, lexicon, dropped), _as_genitive(kb, b, a, lexicon, dropped)
    # キャンセルされる場合 / キャンセルの場合: the verb's れる says nothing the noun does not (respect or passive).
    ka, kb = _voiceless(ka, a, b, dropped), _voiceless(kb, b, a, dropped)
    # キャンセルされる場合 → キャンセルする場合: the old れる (respect or passive) said active; the old English decides.
    ka, voiced = _made_active(ka, a, b, dropped)
    # ご希望の場合 / 希望される際, ご検討中の方 / 検討されている方: the れる is respect where the other text says the
    # reader's act with ご; it may be passive, so the old English decides, as above.
    ka, honoured_a = _voiced_honoured(ka, a, b, dropped)
    kb, honoured_b = _voiced_honoured(kb, b, a, dropped)
    voiced = voiced or honoured_a or honoured_b
    # 保護者の方 / 保護者様: the person honoured by の方 where the other text honours the same noun with 様.
    ka, kb = _person_honoured(ka, a, b, dropped), _person_honoured(kb, b, a, dropped)
    # 会員証をお持ちの方 / 会員証を持っている方: the people in a state, said with お + the verb's stem + の.
    ka, kb, in_state = _honoured_state(ka, a, kb, b, dropped)
    # 受け付けております / 承ります: the ている of a sentence whose other text says what we do, humbly.
    ka, standing_a = _standing(ka, kb, dropped, held=True)
    kb, standing_b = _standing(kb, ka, dropped)
    standing = standing_a or standing_b
    # 備え付けております / 備え付けてあります: the state the act left, or the act going on; the old English decides.
    ka, kb, result_held = _result_held(ka, a, kb, b)
    keys_a, keys_b = [k for k, _ in ka], [k for k, _ in kb]
    # Where each word stands in its text: a difference's words and the word after them are read from there
    # (前もっ + て), in time linear in the sentence.
    where_a, where_b = {id(m): i for i, m in enumerate(a)}, {id(m): i for i, m in enumerate(b)}
    settled: set[int] = (
        set()
    )  # 未就学 / 就学前: 未 says "before", not "not", where the other text says "before" of the same noun.
    for morphs, other, other_morphs in ((a, keys_b, b), (b, keys_a, a)):
        settled.update(id(morphs[k]) for k in not_yet(morphs) if before_key(morphs[k + 1]) in other)
        # 喫煙しないでください / ご遠慮ください: "please do not" is one "not" however it is said (polarity.said_not
        # counts ご遠慮 as the ない), as お断り / いたしかねます and 禁止 / 認められません are.
        # 進行が遅れないよう、ご協力を / 円滑な進行へのご協力を: a purpose's ない, of a verb the other text never
        # says, reverses nothing there.
        said = {m.lemma for m in other_morphs} | {m.text for m in other_morphs}
        settled.update(id(morphs[k]) for k in range(len(morphs)) if purpose_not_at(morphs, k, said))

    # 濡れてもよい / 濡れても構わない: the negation of a permission says "you may", no "not", where both texts
    # grant as many leaves (構いません / 構います: one granted, one not, and the ん is a "not").
    granted_a, granted_b = leaves_granted(a), leaves_granted(b)
    if granted_a and len(granted_a) == len(granted_b):
        settled.update(
            id(morphs[k]) for morphs, granted in ((a, granted_a), (b, granted_b)) for k in granted if k is not None
        )

    def explained(kb) -> Verdict:
        """The verdict on the differences of *ka* and *kb*, each explained or not."""
        keys_b = [k for k, _ in kb]

        def judged(
            i1: int, i2: int, j1: int, j2: int, whole: bool = True
        ) -> tuple[str | None, list[Morph], list[Morph], tuple[str, str], Verdict | None]:
            """The kind of one difference (None: unexplained), its words, their names, and a verdict on the
            whole texts where a compound read in the old one's place proves them (*whole*: the difference is
            the diff's own, not a part of one)."""
            x = [m for _, span in ka[i1:i2] for m in span]
            y = [m for _, span in kb[j1:j2] for m in span]
            cx, cy = [m for m in x if id(m) not in dropped], [m for m in y if id(m) not in dropped]
            # ご成約のお客様 / ご成約前のお客様: "before N" is the key's own meaning, so the same words with and
            # without it are no proof (未就学 / 就学前 have the one key, and meet as equal). Its 前 is read
            # with the particle after it: the change is named with that (ご成約の → ご成約前の).
            marked = _BEFORE in "".join(keys_a[i1:i2]) + "".join(keys_b[j1:j2])
            # 混み合う前 / 混雑する前, お使いになる前 / ご使用前: one "before" each, of two words shown the same.
            before = marked and _before_alike(keys_a[i1:i2], keys_b[j1:j2], cx, cy, lexicon)
            marked = marked and not before
            # 17時までに / 17時まで: "by" is no "until"; the に added or dropped is the change.
            marked = marked or _BY in keys_a[i1:i2] + keys_b[j1:j2]
            # 遅れる場合 / 遅れた場合: one occasion noun, two conditions (the past is in the key, not the words).
            conditions = [[k for k in keys if k in (IF, IF_DONE)] for keys in (keys_a[i1:i2], keys_b[j1:j2])]
            marked = marked or (i1 < i2 and j1 < j2 and conditions[0] != conditions[1])
            # 車椅子で入館できます / 車椅子でも入館できます: "you can" and "you can too" are the same words but も,
            # which the key holds: "also", "even", a scope the other text does not say.
            too = [
                [k for k in keys if k in (YOU_CAN_TOO, YOU_CAN_ACTION_TOO)] for keys in (keys_a[i1:i2], keys_b[j1:j2])
            ]
            marked = marked or too[0] != too[1]
            if marked:
                x = x + [m for _, span in ka[i2 : i2 + 1] for m in span]
                y = y + [m for _, span in kb[j2 : j2 + 1] for m in span]
            named = (_text(x) or _context(ka, i1), _text(y) or _context(kb, j1))
            if too[0] != too[1]:  # (the も that says it stands before, in the clause: named with its meaning)
                named = (named[0] + " (も, also)" * bool(too[0]), named[1] + " (も, also)" * bool(too[1]))
            # 会社の資料 / 会社についての資料: the words of "about" are not counted as content (their key is), so the
            # の left on each side would read as notation. "About" against a bare の is a change: 会社の資料 may be
            # the company's own papers, 講演の資料 the lecture's handouts (red team 22).
            if not marked and (keys_a[i1:i2] == [CONCERNING]) != (keys_b[j1:j2] == [CONCERNING]):
                if _genitive_alone(cx) or _genitive_alone(cy):
                    return None, x, y, named, None
            kind = SYNONYM if before else None
            if not marked and (
                _for_dropped(ka, kb, (i1, i2, j1, j2), a, b) or _for_dropped(kb, ka, (j1, j2, i1, i2), b, a)
            ):
                kind = COURTESY  # 室内用シューズ / 室内シューズ, 冬用タイヤ / 冬タイヤ: one compound
            # 職員に駐車場 / 職員駐車場: a particle dropped between two nouns makes them one compound, another thing
            fused = (not cy and _nouns_fused(cx, a, where_a)) or (not cx and _nouns_fused(cy, b, where_b))
            # 第2・第4土曜日 / 第2土曜日: a value removed or added whole as an item of a list, no part of another
            listed = (not cy and _item_of_a_list(cx, a, where_a)) or (not cx and _item_of_a_list(cy, b, where_b))
            connective = False
            if kind is None and not marked and bool(cx) != bool(cy):
                added, before_added = (y, kb[j1 - 1] if j1 else None) if cy else (x, ka[i1 - 1] if i1 else None)
                text, where = (b, where_b) if cy else (a, where_a)
                spoken = [m for m in added if m.kind == "word"]
                at = where.get(id(spoken[-1])) if spoken else None
                following = text[at + 1] if at is not None and at + 1 < len(text) else None
                if _sentence_connective(spoken, before_added, following):
                    kind = ADDITION  # なお、受付は…; つきましては、…: how the sentence follows on, none of what it says
                    connective = True  # (outside the clause it joins: no negation narrowed, no compound headed)
            if kind is None and not marked and not fused:
                kind = _explained(
                    cx,
                    cy,
                    ka[i1 - 1] if i1 else None,
                    kb[j1 - 1] if j1 else None,
                    lexicon,
                    _window(cx, a, where_a),
                    _window(cy, b, where_b),
                    listed=listed,
                )
            if kind is None and not marked and not (cx and cy):
                if act_nominalized(cy, b, where_b) if cy else act_nominalized(cx, a, where_a):
                    kind = COURTESY  # 仏壇の処分について / 仏壇を処分することについて: the act itself
            medium_before = ka[max(0, i1 - 4) : i1]
            if kind is None and not marked and i1 and j1 and _through_a_medium(cx, cy, medium_before, kb[j2:]):
                kind = PARTICLE  # アプリでお聴きいただけます / アプリからお聴きいただけます: the channel
            if kind is None and not marked and cx and cy and _one_act(cx, cy, a, b, where_a, where_b, lexicon):
                kind = SYNONYM  # お電話でお知らせします / お電話にてご連絡いたします, under "we will call you"
            if (
                kind is None
                and not marked
                and i1
                and j1
                and (_object_incorporated(cx, cy, kb[j1 - 1][1]) or _object_incorporated(cy, cx, ka[i1 - 1][1]))
            ):
                kind = SYNONYM  # ブラシをかけてください / ブラシ掛けをお願いいたします: one act on one object
            if kind is None and not marked and cx and cy and _act_said_otherwise(cx, cy, a, b, where_a, where_b):
                kind = (
                    SYNONYM  # 手洗いを / 手を洗って, 電源をお切り / 電源をオフにして: one act, the old English says it
                )
            if (
                kind is None
                and cx
                and cy
                and one_act_by_noun_and_verb(x, y, ka[i2][1] if i2 < len(ka) else [], kb[j2][1] if j2 < len(kb) else [])
            ):
                kind = SYNONYM  # 降車時に / お降りの際に, 退室時 / 部屋を出る際: one act's moment, by its noun or verb
            if kind is None and cx and not cy and not marked:
                # 事前にご予約ください / あらかじめご予約ください: the word removed is the courtesy adverb said.
                said = _courtesy_between(kb, j1, b, where_b, dropped)
                if said and _synonyms(cx, said, lexicon, _window(cx, a, where_a), _window(said, b, where_b)):
                    kind = SYNONYM
            if kind is None and cy and not cx and not marked:
                # あらかじめご予約ください → 事前にご予約ください: the word added is the courtesy adverb the old said.
                said = _courtesy_between(ka, i1, a, where_a, dropped)
                if said and _synonyms(said, cy, lexicon, _window(said, a, where_a), _window(cy, b, where_b)):
                    kind = SYNONYM
            if kind is None and not marked and _coordinated(ka, kb, (i1, i2, j1, j2), dropped):
                kind = COURTESY  # 貴重品・現金 / 貴重品および現金 / 机と椅子: one list
            if kind is None and cx and cy and not marked and _constructions_alike(keys_a[i1:i2], keys_b[j1:j2]):
                kind = _nominal_or_verbal(
                    x, y, dropped, lexicon, may_happen=_may_happen(a) and _may_happen(b)
                )  # お受け取りの際 / 受け取る際, 対象の方 / 対象となる方
            if kind is None and whole and _depth < _COMPOUNDS and not marked:
                # 車検証 / 自動車検査証, ジェネリック医薬品 / 後発医薬品: the whole compounds shown the same by both
                # resources; the new text is then read with the old compound in its place.
                compounds = _compounds(ka, kb, (i1, i2, j1, j2), dropped, lexicon)
                if compounds is not None:
                    normalized = unicodedata.normalize("NFKC", new)
                    if normalized.count(compounds[1]) == 1:
                        rest = compare(old, normalized.replace(compounds[1], compounds[0]), _depth + 1)
                        if rest.kind != CHANGE:
                            kind = SYNONYM if rest.kind in (NOTATION, COURTESY) else rest.kind
                            return kind, x, y, named, Verdict(kind, respect=rest.respect, aspect=rest.aspect)
            if (
                kind == ADDITION
                and not connective
                and (_under_a_negation(b, where_b, cy, lexicon) or _under_a_negation(a, where_a, cx, lexicon))
            ):
                kind = None  # 触れないでください → むやみに触れないでください: a prohibition narrowed
            if (
                kind == ADDITION
                and not connective
                and (_following_on(b, where_b, cy, lexicon) or _following_on(a, where_a, cx, lexicon))
            ):
                kind = None  # 懇親会を行います → 引き続き懇親会を行います: "continue to hold" or "then hold"
            if kind == ADDITION and not connective and not cx:
                around = (kb[j1 - 1] if j1 else None, kb[j2] if j2 < len(kb) else None)
                old_words = {m.text for _, span in ka for m in span}  # (a word moved, not added: 方 read ホー)
                if not any(m.text in old_words for m in cy) and _heads_a_compound(cy, *around, dropped):
                    kind = None  # 販売しております → 販売終了しております: another thing
                elif _heads_a_genitive(cy, *around):
                    kind = None  # 出場者にお配り → 出場者の家族にお配り: another person
            return kind, x, y, named, None

        parts: dict[tuple[int, int, int, int], str | None] = {}  # the parts of differences judged, by place

        def substitutions(i1: int, i2: int, j1: int, j2: int) -> list[str] | None:
            """当社ウェブサイト / 弊社ホームページ: one difference cut, in order, into substitutions each explained
            as a difference alone (当社 / 弊社, ウェブサイト / ホームページ); their kinds, or None.

            Only words replaced by words: no part may add or drop content, nor be a number, a "before" or a
            condition (the kinds that read the words around them), and the polarity is still the texts'.
            """
            if min(i2 - i1, j2 - j1) < 2 or i2 - i1 + j2 - j1 > _SUBSTITUTED:
                return None
            for k in range(i1 + 1, i2):
                for n in range(j1 + 1, j2):
                    kinds: list[str] = []
                    for part in ((i1, k, j1, n), (k, i2, n, j2)):
                        if part not in parts:
                            kind, x, y, _, _ = judged(*part, whole=False)
                            if kind is None and substitutions(*part) is not None:
                                kind = SYNONYM  # (cut again)
                            if not any(id(m) not in dropped for m in x) or not any(id(m) not in dropped for m in y):
                                kind = None
                            parts[part] = kind
                        shown = parts[part]
                        if shown is None or shown not in _SUBSTITUTION_KINDS:
                            break
                        kinds.append(shown)
                    else:
                        return kinds
            return None

        def diffed(opcodes) -> Verdict:
            found: set[str] = set()
            first: tuple[str, str] | None = None
            apart = set(settled)  # the words of whole sentences added or removed: their polarity is their own
            for op, i1, i2, j1, j2 in opcodes:
                if op == "equal" or keys_a[i1:i2] == keys_b[j1:j2]:
                    if i2 - i1 == j2 - j1 and _other_words_keyed_alike(ka[i1:i2], kb[j1:j2], dropped):
                        found.add(COURTESY)
                    continue
                kind, x, y, named, whole = judged(i1, i2, j1, j2)
                if whole is not None:
                    return whole
                first = first or named
                if kind is None:
                    # 当社ウェブサイト / 弊社ホームページ: substitutions side by side, each shown alone.
                    parts = substitutions(i1, i2, j1, j2)
                    if parts is not None:
                        found.update(parts)
                        continue
                if kind is None:
                    unexplained.extend(keys_a[i1:i2] + keys_b[j1:j2])
                    return Verdict(CHANGE, *named, polarity=_parity(a, apart, lexicon) != _parity(b, apart, lexicon))
                if kind == _SENTENCES:
                    apart.update(id(m) for m in x + y)
                found.add(kind)
            if first is not None and _parity(a, apart, lexicon) != _parity(b, apart, lexicon):
                return Verdict(
                    CHANGE, *first, polarity=True
                )  # 承ります → 承りかねます: the words allow it, the polarity not
            # 紛失された場合 → 紛失した場合; お亡くなりになった → 亡くなられた is respect in both
            # (no passive to ask about).
            respect = voiced or len(respectful(a)) + honorific_becomes(a) != len(respectful(b)) + honorific_becomes(b)
            # 販売しております / 販売中です: ている read as going on; 移転しております may say "has moved".
            going_on, done = doings(a) - doings(b), doings(a, "済み") - doings(b, "済み")
            if going_on and _state_changing_under_way(a if going_on > 0 else b):
                # 移転中です / 移転しております: a change of state going on, or (ている) reached, "has moved" (red
                # team 47): the English of either says one reading, never which the other text means
                return Verdict(CHANGE, *(("中", "ている") if going_on > 0 else ("ている", "中")))
            if going_on and done:
                return Verdict(CHANGE, *(("中", "済み") if going_on > 0 else ("済み", "中")))  # going on is not done
            if done > 0 and not says_already(b):
                # 消毒済みです → 消毒しております: the new ている reads first as a routine or an action going on
                # ("we disinfect", "are recalling"), no longer said done; the old English tells what the old text
                # meant (done, as 済み always is), never which the new text means. (既に撤去しております says done.)
                return Verdict(CHANGE, "済み", "ている")
            if AHEAD in (standing_a, standing_b):
                return Verdict(CHANGE, "ている", "ます (ahead)")  # 開催しております → 開催いたします
            held = STANDING_HELD if standing_a else standing_b if standing_b == REPORTED else STANDING
            # 記載されております / 記載してあります: the state either way, but the passive may say it going on
            switched = resultatives(a) != resultatives(b)
            ongoing = GOING_ON_SAID if going_on > 0 else GOING_ON  # the old text's 中: ている may say it done
            aspect = held if standing else ongoing if going_on else DONE_SAID if done else DONE if switched else ""
            if result_held:
                if aspect not in ("", DONE) or done or sum(resultatives(a)) + sum(resultatives(b)) != abs(result_held):
                    return Verdict(CHANGE, "ている", "てある")  # two readings to ask the English about: no proof
                aspect = DONE  # (the old text's ている: its English must say the act done)
            if in_state:
                if aspect:
                    return Verdict(CHANGE, "の方", "ている方")  # two readings to ask the English about: no proof
                aspect = STATE_SAID
            if as_soon_as(a) != as_soon_as(b):
                if aspect:
                    return Verdict(CHANGE, "次第", "たら")  # two readings to ask the English about: no proof
                aspect = AS_SOON
            (tara_a, case_a), (tara_b, case_b) = conditions_said(a), conditions_said(b)
            if (tara_a - tara_b) * (case_a - case_b) < 0:
                # 届きましたら → 届いた場合は: "when" (sure to happen) or "if"? 場合 says only "if".
                if aspect:
                    return Verdict(CHANGE, "たら", "場合")  # two readings to ask the English about: no proof
                aspect = IF_SAID
            if NOTATION in found and _politeness_changed(a, b, dropped):
                # 限らせていただきます → 限ります: the same words, spelt otherwise, and politeness dropped with them;
                # a change of tone for the translator to weigh, never the spelling alone (kept as it is).
                found = (found - {NOTATION}) | {COURTESY}
            for kind in (NUMBER, ADDITION, _SENTENCES, SYNONYM, COURTESY, PARTICLE, NOTATION):
                if kind in found:
                    kind = {PARTICLE: COURTESY, _SENTENCES: ADDITION}.get(kind, kind)
                    return Verdict(kind, respect=respect, aspect=aspect)
            return Verdict(COURTESY, respect=respect, aspect=aspect)  # politeness alone, dropped from the keys

        unexplained: list[str] = []  # the keys of the difference the diff could not explain
        matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
        verdict = diffed(matcher.get_opcodes())
        if verdict.kind == CHANGE and any(key.startswith("⟨particle") for key in unexplained):
            # ご来店の際は / ご来店時には: の and は share a key, and the diff paired them; aligned by each particle's
            # own lemma, the same keys must still explain every difference (a pair of one group is equal).
            own_a, own_b = _own_particles(ka), _own_particles(kb)
            if own_a != keys_a or own_b != keys_b:
                realigned = diffed(difflib.SequenceMatcher(None, own_a, own_b, autojunk=False).get_opcodes())
                if realigned.kind != CHANGE:
                    return realigned
        return verdict

    verdict = explained(kb)
    if verdict.kind == CHANGE:
        # Proofs that compose: the phrases of each clause read in the old text's order, then every difference
        # explained as above (初回に限り moved to the front, and となります said です).
        # Then, where that shows nothing, with each occasion said by a noun (お申し込みの際に) read as an adjunct
        # of the next predicate (連絡先を、お申し込み時にお知らせください).
        phrases = _phrases(ka, dropped), _phrases(kb, dropped)
        for occasions_free in (False, True):
            if occasions_free and not any(p.occasion for side in phrases for p in side):
                break  # (no occasion to read freely: the second reading is the first)
            ordered = _in_old_order(ka, kb, dropped, occasions_free, phrases)
            if ordered is not None:
                composed = explained(ordered)
                if composed.kind != CHANGE:
                    verdict = composed
                    if composed.kind == NOTATION:  # a phrase moved is more than notation
                        verdict = Verdict(COURTESY, respect=composed.respect, aspect=composed.aspect)
                    break
    if verdict.kind != CHANGE:
        # が, を, は and の share a key (熱がある方 / 熱のある方), but not where the の makes a doer or an object
        # the owner of a thing: お客様が費用を負担します / お客様の費用を負担します name different payers.
        owner = (
            _made_an_owner(a, b)
            or _made_an_owner(b, a)
            or _role_exchanged(a, b)
            or _agent_made_addressee(a, b)
            or _agent_made_addressee(b, a)
            or _contrast_under_negation(a, b)
            or _contrast_under_negation(b, a)
            or next(filter(None, (_either_way(told_apart, a, b) for told_apart in _TOLD_APART)), None)
        )
        if owner:
            return Verdict(CHANGE, *owner)
        whose = _whose_person(a, b) or _honorific_word(a, b) or _whose_thing(a, b) or _all_of_you(a, b)
        if whose:
            return Verdict(CHANGE, *whose)
    return verdict


_ARGUMENT_PARTICLES = frozenset({"が", "を", "は"})


def _agent_made_addressee(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """A noun + に before the いただく or もらう of its clause in *a* (大家さんにご説明いただいた上で: the landlord
    explains, for the reader), said + へ in *b* (大家さんへご説明いただいた上で: the reader explains to the
    landlord): に and へ share a key, but only に names who does what one receives (red team 43). (old, new), or
    None."""

    def marked(text: tuple[Morph, ...], particle: str) -> set[str]:
        found = set()
        for i, m in enumerate(text):
            if not (
                i and m.pos_is("助詞", "格助詞") and m.lemma == particle and text[i - 1].head in ("名詞", "接尾辞")
            ):
                continue
            for n in text[i + 1 : i + 7]:
                if n.head == "助詞" or n.text in _COMMAS or n.text in _SENTENCE_ENDS:
                    break
                if n.head == "動詞" and n.lemma in ("頂く", "貰う"):
                    # (受付にお越しいただき: a place, where one comes; only a person may act for the reader. Asked
                    # last: whether a noun names a person loads JMdict's nouns of persons)
                    if text[i - 1].lemma in ("さん", "様", "殿") or _a_person_before(text, i):
                        found.add("".join(w.text for w in text[max(0, i - 2) : i]))  # (大家|さん: noun and suffix)
                    break
        return found

    agents, addressed = marked(a, "に"), marked(b, "へ")
    noun = next(iter(sorted(agents & addressed)), None)
    return (noun + "に", noun + "へ") if noun is not None else None


def _other_words_keyed_alike(kx, ky, dropped: set[int]) -> bool:
    """Keys the diff found equal whose words are other words (お渡しできます / お渡しいただけます: できる and
    いただける, one construction's key): shown alike by a construction, never the same words spelt otherwise.
    Words of one lemma (下さい / ください) are a spelling; punctuation and the words dropped as politeness are
    not read."""
    for (_, x), (_, y) in zip(kx, ky, strict=True):
        if x is y:
            continue
        lemmas_x = [m.lemma for m in x if m.kind == "word" and id(m) not in dropped]
        lemmas_y = [m.lemma for m in y if m.kind == "word" and id(m) not in dropped]
        if lemmas_x != lemmas_y and not _same_notation(list(x), list(y)):
            return True
    return False


def _for_dropped(kx, ky, op: tuple[int, int, int, int], x_text: tuple[Morph, ...], y_text: tuple[Morph, ...]) -> bool:
    """The suffix 用, "for", inside a compound of *kx* (室内|用|シューズ, 冬用|タイヤ) where *ky* joins the same
    nouns with nothing between (室内シューズ, 冬タイヤ): the compound without 用 says the same thing.

    Never where the other text puts a particle there (子供用自転車 / 子供の自転車: "for children" is not "the
    child's"), nor outside a compound (室内用です: "is for indoors").
    """
    i1, i2, j1, j2 = op
    if i2 - i1 != 1 or j2 - j1 > 1 or i2 >= len(kx) or (j1 == j2 and (i1 == 0 or j1 == 0)):
        return False
    words = [m for m in kx[i1][1] if m.kind == "word"]
    if len(words) != 1 or not words[0].lemma.endswith("用"):
        return False
    where_x = {id(m): n for n, m in enumerate(x_text)}
    where_y = {id(m): n for n, m in enumerate(y_text)}
    if id(words[0]) not in where_x:
        return False
    k = where_x[id(words[0])]
    if j2 == j1:  # 用 alone, dropped: the nouns around it joined in the other text
        if not (words[0].lemma == "用" and words[0].head == "接尾辞" and inside_a_compound(x_text, k)):
            return False
        last, first = ky[j1 - 1][1][-1], ky[j1][1][0] if j1 < len(ky) else None
    else:  # 冬用 / 冬
        alone = made_for(x_text, k)
        said = [m for m in ky[j1][1] if m.kind == "word"]
        if alone is None or len(said) != 1 or (said[0].lemma, said[0].pron) != (alone.lemma, alone.pron):
            return False
        last, first = said[0], ky[j2][1][0] if j2 < len(ky) else None
    if first is None or id(last) not in where_y or id(first) not in where_y:
        return False
    return where_y[id(first)] == where_y[id(last)] + 1 and last.head in ("名詞", "接尾辞") and first.head == "名詞"


# The 連用形 of a godan verb: its last kana (of the dictionary form's pronunciation) moved to the i-row.
_I_ROW = str.maketrans("ウクグスツヌブムル", "イキギシチニビミリ")
_VOICED = str.maketrans("カキクケコサシスセソタチツテトハヒフヘホ", "ガギグゲゴザジズゼゾダヂヅデドバビブベボ")


def _genitive_alone(words: list[Morph]) -> bool:
    return len(words) == 1 and words[0].pos_is("助詞", "格助詞") and words[0].lemma == "の"


def _object_incorporated(x: list[Morph], y: list[Morph], noun_span: list[Morph]) -> bool:
    """を + a verb in *x* where *y* says the verb's noun as a suffix on the same noun, the last word of
    *noun_span* (ブラシをかけて / ブラシ掛け): the noun is the object either way, one act.

    The suffix (UniDic's 接尾辞 名詞的) is the verb's 連用形 by pronunciation (カケ, or ガケ voiced as in a
    compound) and begins with the verb's lemma's first character (掛け / 掛ける); the compound is a JMdict
    entry whose first-sense glosses all name an action (ブラシ掛け "brushing"; never 鍵掛け "key hook",
    タオル掛け "towel rack": a thing; never a compound JMdict does not know). The diff has matched the noun
    before both and what follows (the request), so another noun, another verb (ブラシ洗い), a negation or
    another request stays a change. Never a suru-verb or くる, whose stems make no such noun.
    """
    wx = [m for m in x if m.kind == "word"]
    wy = [m for m in y if m.kind == "word"]
    nouns = [m for m in noun_span if m.kind == "word"]
    if len(wx) != 2 or len(wy) != 1 or not nouns or nouns[-1].head != "名詞":
        return False
    particle, verb = wx
    suffix = wy[0]
    if not (particle.pos_is("助詞", "格助詞") and particle.lemma == "を" and verb.head == "動詞"):
        return False
    if not (suffix.pos_is("接尾辞", "名詞的") and suffix.lemma[:1] == verb.lemma[:1] and verb.pron_base):
        return False
    if verb.ctype.startswith("五段"):
        stem = verb.pron_base[:-1] + verb.pron_base[-1].translate(_I_ROW)
    elif "一段" in verb.ctype and verb.pron_base.endswith("ル"):
        stem = verb.pron_base[:-1]
    else:
        return False
    if suffix.pron not in (stem, stem[:1].translate(_VOICED) + stem[1:]):
        return False
    return names_an_action(nouns[-1].text + suffix.text)


def _act_said_otherwise(
    cx: list[Morph], cy: list[Morph], a: tuple[Morph, ...], b: tuple[Morph, ...], where_a, where_b
) -> bool:
    """One act said with a compound on one side, with its noun を its verb on the other (手洗いを / 手を洗って:
    ``synonyms.compound_said_as_object_and_verb``); or JMdict's expression of an object を a verb against the
    same object を a noun of the act + (に)する (電源をお切り / 電源をオフにして:
    ``synonyms.expression_said_with_noun``).
    The diff has matched what follows (the request, the same polarity) and, for the expression, the object before
    it; the compound is the act asked or done only before を or する."""
    for x, y, text_x, text_y, at_x, at_y in ((cx, cy, a, b, where_a, where_b), (cy, cx, b, a, where_b, where_a)):
        if len(x) != 1 or id(x[0]) not in at_x or id(y[-1]) not in at_y or id(y[0]) not in at_y:
            continue
        i, j = at_x[id(x[0])], at_y[id(y[0])]
        after_x = text_x[i + 1] if i + 1 < len(text_x) else None
        after_y = text_y[at_y[id(y[-1])] + 1] if at_y[id(y[-1])] + 1 < len(text_y) else None
        if len(y) == 3 and y[1].pos_is("助詞", "格助詞") and y[1].lemma == "を" and after_x is not None:
            acted = (after_x.pos_is("助詞", "格助詞") and after_x.lemma == "を") or (
                after_x.head == "動詞" and after_x.lemma == "為る"
            )
            # お子様の手洗い / お子様の手を洗って: a noun + の before the compound may name who does the act (the
            # child washes), where before the object it names whose the object is (someone else washes the child's
            # hands): the actor is not shown kept (red team 31).
            genitive = i >= 1 and text_x[i - 1].pos_is("助詞", "格助詞") and text_x[i - 1].lemma == "の"
            if acted and not genitive and compound_said_as_object_and_verb(x[0], y[0], y[2]):
                return True
        if x[0].head == "動詞" and len(y) in (1, 2) and after_y is not None and after_y.lemma == "為る":
            if len(y) == 2 and not (y[1].pos_is("助詞", "格助詞") and y[1].lemma == "に"):
                continue
            k = i - 1 if i >= 1 and text_x[i - 1].head == "接頭辞" and text_x[i - 1].lemma == "御" else i
            if k < 2 or j < 2 or text_x[k - 2].text != text_y[j - 2].text:
                continue
            objects = ((text_x, k - 1), (text_y, j - 1))
            if not all(t[n].pos_is("助詞", "格助詞") and t[n].lemma == "を" for t, n in objects):
                continue
            if expression_said_with_noun(text_x[k - 2], x[0], y[0]):
                return True
    return False


def _before_alike(keys_x: list[str], keys_y: list[str], cx: list[Morph], cy: list[Morph], lexicon: Lexicon) -> bool:
    """One "before" key (synonyms.before_key) against a "before" of the other text, of one action.

    混み合う前 / 混雑する前, お使いになる前 / ご使用前: two "before" keys of words shown the same; 受け取る前 /
    お受け取りの前: a "before" key against a word, perhaps の, and 前 read マエ, of the verb's noun (お + its
    stem) or a word shown the same. The action is the word, 前 its relation, kept. Never two actions (始める前
    / 終える前), never a word that limits or negates (``_synonyms`` asks neither).
    """
    if len(keys_x) != 1 or not keys_x[0].endswith(_BEFORE):
        keys_x, keys_y, cx, cy = keys_y, keys_x, cy, cx
    if len(keys_x) != 1 or not keys_x[0].endswith(_BEFORE):
        return False
    if not (len(keys_y) == 1 and keys_y[0].endswith(_BEFORE)):
        # the other says 前 as a word of its own, after the action (and a genitive の): お受け取りの前
        if len(keys_y) not in (2, 3) or keys_y[-1] != "前:マエ" or any(k.endswith(_BEFORE) for k in keys_y):
            return False
        if len(keys_y) == 3 and not (cy and any(m.pos_is("助詞", "格助詞") and m.lemma == "の" for m in cy)):
            return False
    wx = [m for m in cx if m.head in ("名詞", "動詞") and m.lemma not in ("前", "為る", "成る")]
    wy = [m for m in cy if m.head in ("名詞", "動詞") and m.lemma not in ("前", "為る", "成る")]
    if len(wx) != 1 or len(wy) != 1:
        return False
    x, y = wx[0], wy[0]
    if len(keys_y) == 3 and y.pos[:3] == ("名詞", "普通名詞", "サ変可能") and not an_action_first(y):
        return False  # 受付する前 / 受付の前: "before checking in", or "in front of the reception desk"
    return _verb_noun(x, y) or _verb_noun(y, x) or _synonyms(wx, wy, lexicon)


# Readings told apart whichever text holds which: each gives (the old text's word, the new text's) or None.
_TOLD_APART = (
    genitive_term,  # 親の会社 / 親会社: a genitive dropped into a term, not a free compound (バスの車内 / バス車内)
    first_time_people,  # 初回の方 / 最初の方: first-timers, the first in line
    first_of_a_span,  # 最初の2時間 / 初回の2時間: the first hours of each visit, the hours of the first visit
    first_session_or_earliest,  # 初回の授業 / 最初の授業: the course's first session, or the day's first period
    clock_time_or_span,  # 乗車時刻 / 乗車時間: when, or how long (the same only where a time of day is said)
    accepted_or_undergone,  # 点検を承ります / 点検を受けます: we take requests for it, or we undergo it
    referred_or_referrer,  # ご紹介された方 / ご紹介の方: who referred, or who was referred
    done_or_ended,  # 受付が済みましたら, 受付が終わりましたら / 受付終了後: your check-in done, or reception closed
)


def _either_way(
    told_apart: Callable[[tuple[Morph, ...], tuple[Morph, ...]], tuple[str, str] | None],
    a: tuple[Morph, ...],
    b: tuple[Morph, ...],
) -> tuple[str, str] | None:
    """*told_apart* read from the old text to the new, then the other way round (its pair turned back)."""
    return told_apart(a, b) or _swapped(told_apart(b, a))


def _reader_act_made_plain(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(ご用意いただいた, 用意した) where *a* says an action the reader did with いただいた before a noun, beside an
    act of the writer's said humbly in its sentence (``reader_did_beside_ours``), and *b* says that action
    without いただく as often, and plainly (no お/ご): a plain 用意した資料 beside 配布いたします reads as the
    writer's own act."""
    said = reader_did_beside_ours(a)
    if not said:
        return None

    def received(morphs: tuple[Morph, ...], lemma: str) -> int:
        return sum(
            1
            for k in range(1, len(morphs) - 1)
            if morphs[k].lemma == lemma
            and morphs[k - 1].lemma == "御"
            and morphs[k + 1].lemma == "頂く"
            and morphs[k + 1].pron_base == "イタダク"
        )

    for lemma, words in said:
        if received(b, lemma) >= received(a, lemma):
            continue
        # (said plainly: without お/ご, which would still say the reader's act, ご会葬の皆様 / ご会葬いただいた皆様)
        plain = next((k for k, m in enumerate(b) if m.lemma == lemma and not (k and b[k - 1].lemma == "御")), None)
        if plain is not None:
            return words, "".join(m.text for m in b[plain : plain + 3])
    return None


def _swapped(pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """(old, new) for a pair found reading the texts the other way round."""
    return None if pair is None else (pair[1], pair[0])


_WE = "we"
_YOU = "you"
READERS = _YOU  # what ``prefixed_act_before_ours`` says where every predicate after the first act is the reader's
_WE_DO = frozenset({"為る", "致す", "申し上げる", "申す"})  # お/ご + an action + these: the writer acts, humbly
_YOU_DO = frozenset({"頂く", "下さる", "為さる", "賜る"})  # お/ご + an action + these: the reader acts
_BARE_HUMBLE = frozenset({"致す", "申し上げる"})  # an action + these, with no お/ご: still the writer, humbly


def _actors(morphs: tuple[Morph, ...]) -> dict[str, list[tuple[str, str]]]:
    """An action's lemma → (who acts, the words that say so), in the order of the text, where politeness says it.

    お/ご + an action (a noun or a verb's stem) + する/いたす/申し上げる is the
    writer acting, humbly (ご請求した, お送りいたします), and so is an action +
    させていただく (ご連絡させていただきます); お/ご + an action + いただく/くださる/
    なさる, + される or + になる is the reader's (ご請求いただいた, ご利用された,
    ご利用になる). Without お/ご, an action's noun (を) + いたす/申し上げる is still the writer's and + なさる
    the reader's (点検をいたします / 点検をなさいます). A plain verb says neither, and is read as either.
    """
    found: dict[str, list[tuple[str, str]]] = {}
    for i in range(len(morphs) - 1):
        act = morphs[i]
        if act.kind == "word" and act.head == "動詞" and i + 3 < len(morphs):
            # 取り消させていただく: we act, by the reader's leave; 取り消していただく: the reader acts for us.
            nxt, te, receive = morphs[i + 1], morphs[i + 2], morphs[i + 3]
            if act.cform.startswith("未然形") and nxt.head == "助動詞" and nxt.lemma in ("せる", "させる"):
                if te.lemma == "て" and receive.lemma == "頂く":
                    found.setdefault(act.lemma, []).append((_WE, "".join(m.text for m in morphs[i : i + 4])))
                continue
            if act.cform.startswith("連用形") and nxt.lemma == "て" and nxt.head == "助詞" and te.lemma == "頂く":
                found.setdefault(act.lemma, []).append((_YOU, "".join(m.text for m in morphs[i : i + 3])))
                continue
        if act.kind != "word" or not (act.head == "名詞" or (act.head == "動詞" and act.cform.startswith("連用形"))):
            continue
        prefixed = i > 0 and morphs[i - 1].head == "接頭辞" and morphs[i - 1].lemma == "御"
        nxt, after = morphs[i + 1], morphs[i + 2 : i + 5]
        caused = (
            len(after) >= 3
            and after[0].head == "助動詞"
            and after[0].lemma in ("せる", "させる")
            and after[1].lemma == "て"
            and after[2].lemma == "頂く"
        )
        actor = None
        # 点検(を)いたします / 点検(を)なさいます: the humble and the respectful light verb say who acts without
        # お/ご as well, the writer and the reader (red team 31); the plain する says neither.
        light = after[0] if nxt.lemma == "を" and nxt.head == "助詞" and after else nxt
        bare = act.pos[:3] == ("名詞", "普通名詞", "サ変可能") and light.head == "動詞"
        if nxt.head == "動詞" and nxt.lemma in _WE_DO and caused:
            actor = _WE  # (ご)連絡させていただきます: we contact you
        elif not prefixed and bare and light.lemma in _BARE_HUMBLE:
            actor = _WE
        elif not prefixed and bare and light.lemma == "為さる":
            actor = _YOU
        elif not prefixed:
            continue
        elif nxt.head == "動詞" and nxt.lemma in _YOU_DO:
            actor = _YOU
        elif nxt.head == "動詞" and nxt.lemma in _WE_DO:
            respect = bool(after) and after[0].head == "助動詞" and after[0].lemma in ("れる", "られる")
            actor = _YOU if respect else _WE  # ご利用された: respect, the reader's act
        elif nxt.lemma == "に" and after and after[0].head == "動詞" and after[0].lemma == "成る":
            actor = _YOU  # ご利用になる
        if actor is not None:
            end = i + 2 + (actor == _YOU and nxt.lemma == "に") + (not prefixed and nxt.lemma == "を")
            words = "".join(m.text for m in morphs[i - 1 if prefixed else i : end])
            found.setdefault(act.lemma, []).append((actor, words))
    return found


# The verb after お/ご + an action that says who can: できる, the writer's humble ability (お渡しできます, "we can
# give you") or, as notices often write it, the reader's (ご利用できます, "you can use"); いただける always the
# reader's (お渡しいただけます, "you can hand in").
_CAN, _READER_CAN = "できる", "いただける"


def _abilities(morphs: tuple[Morph, ...]) -> dict[str, tuple[str, str, str]]:
    """An action's stem → (できる or いただける, the words that say it, the stem's lemma) for each お/ご + an action
    (a noun or a verb's stem) + できる or いただける (UniDic: 頂く read イタダケル) of the text."""
    found: dict[str, tuple[str, str, str]] = {}
    for i in range(1, len(morphs) - 1):
        prefix, act, can = morphs[i - 1], morphs[i], morphs[i + 1]
        if not (prefix.head == "接頭辞" and prefix.lemma == "御" and act.kind == "word" and can.head == "動詞"):
            continue
        if not (act.head == "名詞" or (act.head == "動詞" and act.cform.startswith("連用形"))):
            continue
        lemma = act.lemma.split("-")[0]
        if can.lemma == "出来る":
            found.setdefault(act.text, (_CAN, prefix.text + act.text + can.text, lemma))
        elif can.lemma == "頂く" and can.pron_base == "イタダケル":
            found.setdefault(act.text, (_READER_CAN, prefix.text + act.text + can.text, lemma))
    return found


def humble_can_exchanged(old: str, new: str, *, transfers: bool = False) -> tuple[str, str, str] | None:
    """(the old text's words, the new text's, the action's lemma) where one action said with お/ご is said +
    できる in one text and + いただける in the other (お渡しできます / お渡しいただけます): the same only where
    できる is the reader's, which the old English alone says (the caller asks it); else None.

    *transfers*: only an action JMdict glosses as a transfer (``names_a_transfer``: お渡し, お送り, お売り, お届け).
    Its direction is its meaning: お渡しできます, humble, is "we can hand it to you", お渡しいただけます "you can
    hand it in"; no English "you can" shows which the new text says (ご利用できます is not such an act)."""
    if "でき" not in old + new or ("いただけ" not in old + new and "頂け" not in old + new):
        return None
    a, b = analyze(old), analyze(new)
    if a is None or b is None:
        return None
    said = _abilities(b)
    for act, (can, words, lemma) in _abilities(a).items():
        if act not in said or said[act][0] == can:
            continue
        # (the stem read as a verb in one text, 譲る, and as a noun in the other, 譲り: either lemma)
        if not transfers or names_a_transfer(lemma) or names_a_transfer(said[act][2]):
            return words, said[act][1], lemma
    return None


def humble_can_on_a_thing(text: str, words: str) -> bool:
    """*words* (お/ご + an action + できる, as ``humble_can_exchanged`` gives them) say in *text* an act done to a
    thing named before it in its sentence: a noun + を or が, the object of a potential (電池をお取り替えできます,
    血圧をお測りできます, 電池がお取り替えできます) or a noun as the bare topic, + は or も (腕時計の電池は、
    お取り替えできます).

    お〜できる is the humble potential: the writer's ability to do the act for the reader. Said of an act with no
    thing it is done to (講座には、ご参加できます, "you can join") it may be the common reader's can, which the
    English shows; said of an act done to a thing it is a service the writer may do on the reader's thing ("we
    can replace your battery"), and an English "you can replace your battery" says both that and the reader's
    own work (お取り替えいただけます, self-service). (A topic after a case particle, には, では, names a place or
    a time, not the thing.)
    """
    morphs = tuple(analyze(text) or ())
    for k in range(1, len(morphs) - 1):
        if morphs[k - 1].text + morphs[k].text + morphs[k + 1].text != words or morphs[k + 1].lemma != "出来る":
            continue
        start, _ = _sentence_bounds(morphs, k)
        for i in range(start + 1, k):
            before, particle = morphs[i - 1], morphs[i]
            if before.head not in ("名詞", "代名詞", "接尾辞"):
                continue
            if particle.pos_is("助詞", "格助詞") and particle.lemma in ("を", "が"):  # (が: a potential's object)
                return True
            # (a noun UniDic says may be an adverb, 土日も, 平日の夜は, 当日は, names a time, not the thing)
            if (
                particle.pos_is("助詞", "係助詞")
                and particle.lemma in ("は", "も")
                and before.pos[2:3] != ("副詞可能",)
            ):
                return True
    return False


def _actor_exchanged(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """The words of one action the old text says is done by one side and the new by the other, or None."""
    old = _actors(a)
    if not old:
        return None
    new = _actors(b)
    for lemma, said in old.items():
        for (was, x), (now, y) in zip(said, new.get(lemma, ())):
            if was != now:
                return x, y
    return None


def _made_an_owner(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(X + its particle in *a*, X + の in *b*) where *b* says X の + a thing (not an action: 窓口の混雑 is
    窓口が混雑すること) of a noun X that *a* marks with が, を or は and never with の; else None."""
    marked = {a[k].lemma: a[k].text + a[k + 1].text for k in range(len(a) - 1) if _argument(a, k)}
    if not marked:
        return None
    owners = {a[k].lemma for k in range(len(a) - 1) if a[k + 1].lemma == "の" and a[k + 1].pos_is("助詞", "格助詞")}
    for k in range(len(b) - 1):
        x = b[k]
        if x.lemma in marked and x.lemma not in owners and x.head in ("名詞", "代名詞", "接尾辞"):
            if b[k + 1].lemma == "の" and b[k + 1].pos_is("助詞", "格助詞") and _of_a_thing(b, k + 1):
                return marked[x.lemma], x.text + b[k + 1].text
    return None


def _argument(morphs: tuple[Morph, ...], k: int) -> bool:
    m, particle = morphs[k], morphs[k + 1]
    return (
        m.kind == "word"
        and m.head in ("名詞", "代名詞", "接尾辞")
        and particle.lemma in _ARGUMENT_PARTICLES
        and particle.head == "助詞"
    )


def _of_a_thing(morphs: tuple[Morph, ...], i: int) -> bool:
    """The の at *i* says whose the next noun is (お客様の費用, お客様の担当者), not who does an action or what
    it is done to (窓口の混雑, バンカーのご使用後: a suru-noun, alone or with a suffix of time)."""
    k = i + 1
    while k < len(morphs) and morphs[k].head == "接頭辞":
        k += 1
    if k >= len(morphs) or morphs[k].head not in ("名詞", "代名詞") or morphs[k].pos[2:3] == ("副詞可能",):
        return False  # 熱のある方: の is が before a predicate; ご協力のほど, ご来店の際: no thing owned
    if morphs[k].text == "方" and _a_person(morphs[i - 1]) and _ends_a_noun(morphs, k):
        return False  # 職員の方: the staff, honoured (``_person_honoured``), no thing of theirs
    if not _action_at(morphs, k):
        return True
    after = morphs[k + 1] if k + 1 < len(morphs) else None
    # 担当|者, 利用|料, 負担|額: the compound names a person or a thing; 使用|後, 使用|中 are still the action.
    return after is not None and (after.pos_is("接尾辞", "名詞的", "一般") or after.pos_is("名詞", "普通名詞", "一般"))


def _action_at(morphs: tuple[Morph, ...], k: int) -> bool:
    """An action's noun at *k*: a suru-noun (ご|使用), or a verb's stem UniDic reads as a common noun after お
    (お|受け取り: 受け取る, ``stem_verb``)."""
    m = morphs[k]
    if m.pos[:3] == ("名詞", "普通名詞", "サ変可能"):
        return True
    return k > 0 and morphs[k - 1].head == "接頭辞" and morphs[k - 1].lemma == "御" and stem_verb(m) is not None


def _object_of_an_occasion(morphs: tuple[Morph, ...], j: int) -> bool:
    """The を at *j* marks the object of an action's noun that names an occasion: 修理品を|お受け取り|の際は,
    カードを|ご利用|時は (お/ご + the noun, then の + 際/場合/時/折 or the suffix 時). The noun before it is
    what the action is done to, as it is before the action's noun + の where the noun is no person (修理品の
    お受け取りの際: the thing received; お客様のご利用の際 names who uses)."""
    k = j + 1
    if not (k + 1 < len(morphs) and morphs[k].head == "接頭辞" and morphs[k].lemma == "御"):
        return False
    k += 1
    if not _action_at(morphs, k) or k + 1 >= len(morphs):
        return False
    after = morphs[k + 1]
    if after.lemma == "時" and after.text == "時":
        return True  # ご利用時
    return (
        after.lemma == "の"
        and after.pos_is("助詞", "格助詞")
        and k + 2 < len(morphs)
        and morphs[k + 2].lemma in _CIRCUMSTANCES
    )


def _marked(morphs: tuple[Morph, ...]) -> dict[str, list[int]]:
    """For each noun marked by が, を, は or a genitive の: the positions of its particles, in order."""
    found: dict[str, list[int]] = {}
    for k in range(len(morphs) - 1):
        m, particle = morphs[k], morphs[k + 1]
        if m.kind != "word" or m.head not in ("名詞", "代名詞", "接尾辞"):
            continue
        if particle.head != "助詞" or particle.lemma not in _ARGUMENT_PARTICLES | {"の"}:
            continue
        if particle.lemma == "の" and not particle.pos_is("助詞", "格助詞"):
            continue
        if particle.lemma == "の" and k + 2 < len(morphs) and morphs[k + 2].text == "方" and _a_person(m):
            continue  # 職員の方: the staff, honoured (``_person_honoured``), no role of its own
        if particle.lemma == "が" and not particle.pos_is("助詞", "格助詞"):
            continue
        found.setdefault(m.lemma, []).append(k + 1)
    return found


def _role_exchanged(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(X + its particle in *a*, X + its particle in *b*) where the one noun X plays another role, else None.

    が, を, は and の share a key, so the diff cannot see a subject made the object (係員がご案内します /
    係員をご案内します) or a possessor made a subject (保護者の同意が必要です / 保護者が同意が必要です).
    Read noun by noun, in order of appearance:

    - が and を: the doer and what is done, never one;
    - の and が, を or は: one role only where the particle is followed by the predicate the の stands
      before (雨が降る日 / 雨の降る日, 書類を提出する / 書類の提出を行う): followed by a noun with a case
      particle of its own (子供が送迎をお願いします), the noun is an argument of another predicate;
    - は and が or を: the topic of the one predicate, but not under a negation: 全員は参加できません
      ("not all can take part") is no 全員が参加できません ("none can"), the は the scope of the negation;
    - は and を on a noun of people who may act for the writer (``names_a_person``: staff, and any noun of a
      person but the people served): スタッフは案内します, the staff guide, is no スタッフを案内します; 講師は
      送迎いたします, the instructor drives, is no 講師を送迎いたします. お客様は/を会場へご案内します stay one.
    """
    marked_a, marked_b = _marked(a), _marked(b)
    for lemma, at_a in marked_a.items():
        at_b = marked_b.get(lemma)
        if at_b is None or len(at_b) != len(at_a):
            continue  # the noun added, removed or said another number of times: the diff has read it
        for i, j in zip(at_a, at_b, strict=True):
            x, y = a[i].lemma, b[j].lemma
            if x == y:
                continue
            pair = {x, y}
            if pair == {"が", "を"}:
                (said_a, voiced_a), (said_b, voiced_b) = _predicate(a, i), _predicate(b, j)
                # 住所を変更した / 住所が変わった: another predicate, the synonym's proof; 会場が閉鎖されます /
                # 会場を閉鎖します, チケットが購入できます / チケットを購入できます: a voice or mood moves the roles.
                exchanged = said_a == said_b and not (voiced_a or voiced_b)
                # 担当医がご紹介できます / 担当医をご紹介できます: under a potential, が on a person may be who can
                # act (the doctor introduces), を who is acted on; only a thing (チケット) is moved alike. Any
                # person: お子様がご利用いただけます says who may use, 会員の方がご利用いただけます too.
                exchanged = exchanged or (said_a == said_b and _a_person_before(a, i))
            elif "の" in pair and a[i - 1].pos[2:3] == ("副詞可能",):
                exchanged = False  # a noun that says when or how many (本日は / 本日の): no argument
            elif "の" in pair:
                exchanged = not (_before_its_predicate(a, i) if y == "の" else _before_its_predicate(b, j))
                # (修理品のお受け取りの際 / 修理品をお受け取りの際 is no proof any more, red team 32: the お/ご
                # honours who acts, and a noun + の before it may name that actor, a body as well as a person:
                # 学校のご利用の際, "when schools visit", 学校をご利用の際, "when you use the school".)
                # 職員を確認する際 / 職員の確認の際: before an act's noun a person + の may be who acts (the staff
                # check), + を is who is acted on; only a thing is the object either way. A person by the last
                # kanji (職員, お子様, 講師), a proper noun or a pronoun (``a_person_noun``): JMdict's readings
                # (``names_a_person``, ``names_staff``) take 書類 for people by its gloss "official papers", and
                # 書類を提出します / 書類の提出を行います is one act on one thing.
                exchanged = exchanged or ("を" in pair and a_person_noun(a[i - 1]))
            else:  # は and が or を: the topic of one predicate, unless it is negated
                exchanged = _negated_after(a, i) or _negated_after(b, j)
                # 補聴器は水に濡らさないようご注意ください / 補聴器を…: under a request not to (ないでください,
                # ないよう + a request), the は limits nothing the request does not: one thing asked of the
                # reader. Not on a noun of quantity or time (UniDic's 副詞可能: 全部, 全員, 一部, 毎日) nor a
                # number: 全部は持ち帰らないでください may ask to leave some. On a noun of people, only where the
                # request is said alike: as the topic they may be whom it addresses (お子様は走らないでください),
                # as a subject whom the reader is asked to keep from it (お子様が走らないようにしてください).
                if (
                    exchanged
                    and _only_asked_not_to(a, i)
                    and _only_asked_not_to(b, j)
                    and _a_plain_noun(a, i)
                    and (not _a_person_before(a, i) or [m.text for m in a[i + 1 :]] == [m.text for m in b[j + 1 :]])
                ):
                    exchanged = False
                # 駐車場はございません / 駐車場がありません: a thing said not to exist, as the topic or the subject;
                # the は limits nothing where no other word stands between it and the existence denied. Not on a
                # noun of quantity or time (全員はいません, "not everyone is here"), nor on people.
                if exchanged and pair == {"は", "が"} and _denied_to_exist(a, i) and _denied_to_exist(b, j):
                    exchanged = not _a_plain_noun(a, i) or _a_person_before(a, i)
                # スタッフは案内します / スタッフを案内します: people who may be the writer's own, as the topic, may
                # be who acts; as the object, they are acted on.
                exchanged = exchanged or (pair == {"は", "を"} and names_a_person(_noun_ending(a, i - 1)))
                # お荷物は受付で預かります / 受付ではお荷物が預かります: before an active verb that may take an
                # object (JMdict does not know it as intransitive only), with no を in its clause, the topic may
                # be that object, and が makes it the one who acts.
                # 本券は公演当日に有効です / 公演当日には本券が有効です: before an adjectival predicate that ends its
                # sentence, が may list exhaustively ("it is this ticket that is valid") and a topic moved may move
                # a quantifier's scope (特定の資格は多くの職種に必要 / 多くの職種には特定の資格が必要): two readings
                # (red team 30).
                exchanged = exchanged or (
                    pair == {"は", "が"} and _adjectival_predicate_ends(a, i) and _adjectival_predicate_ends(b, j)
                )
                # (the same predicate after both: ご不明な点がございましたら / ご不明な点は…お問い合わせください puts
                # the が before another verb, ある, whose subject it is)
                exchanged = exchanged or (
                    pair == {"は", "が"}
                    and _predicate(a, i)[0] == _predicate(b, j)[0]
                    and (_topic_may_be_object(a, i) or _topic_may_be_object(b, j))
                )
            if exchanged:
                return a[i - 1].text + a[i].text, b[j - 1].text + b[j].text
    return None


def _adjectival_predicate_ends(morphs: tuple[Morph, ...], i: int) -> bool:
    """The particle at *i* stands in the clause that ends its sentence, and that clause's predicate is an adjective
    or an adjectival noun (UniDic's 形容詞, 形状詞, or a noun 形状詞可能: 多い, 便利, 有効, 必要, 詳しい), with only
    auxiliaries, the copula and なる / ござる / ある after it."""
    end = i + 1
    while end < len(morphs) and morphs[end].text not in _SENTENCE_ENDS:
        if morphs[end].text in _COMMAS:
            return False
        end += 1
    k = end - 1
    while k > i and (morphs[k].head == "助動詞" or (morphs[k].head == "動詞" and morphs[k].lemma in _BEING)):
        k -= 1
    head = morphs[k]
    if k <= i or any(m.head == "動詞" for m in morphs[i + 1 : k]):
        return False
    return head.head in ("形容詞", "形状詞") or head.pos[:3] == ("名詞", "普通名詞", "形状詞可能")


_BEING = frozenset({"成る", "御座る", "有る"})


def _topic_may_be_object(morphs: tuple[Morph, ...], i: int) -> bool:
    """The は at *i* stands before an active verb (no passive, causative, potential or wish after it) that JMdict
    does not know as intransitive only, with no を between them: the topic may be what the verb acts on."""
    if morphs[i].lemma != "は":
        return False
    lemma, voiced = _predicate(morphs, i)
    if not lemma or voiced:
        return False
    k = i + 1
    while k < len(morphs) and morphs[k].lemma != lemma:
        if morphs[k].head == "助詞" and morphs[k].lemma == "を":
            return False
        k += 1
    if k >= len(morphs):
        return False
    verb = morphs[k]
    acting = verb.head == "動詞" or verb.pos[:3] == ("名詞", "普通名詞", "サ変可能")
    return acting and not known_intransitive(lemma)


_EXISTING = frozenset({"有る", "御座る", "無い"})


def _denied_to_exist(morphs: tuple[Morph, ...], i: int) -> bool:
    """The word after the particle at *i* is ある, ござる or ない, negated (ありません, ございません, ない)."""
    if i + 1 >= len(morphs) or morphs[i + 1].lemma not in _EXISTING:
        return False
    return morphs[i + 1].lemma == "無い" or _negated_after(morphs, i)


def _only_asked_not_to(morphs: tuple[Morph, ...], i: int) -> bool:
    """Every negation after the particle at *i* in its sentence is a request not to: ない + で + ください
    (濡らさないでください), or ない + よう before a request (ください, お願い: 濡らさないようご注意ください)."""
    words, found = _predicates_negated_after(morphs, i)
    if not found:
        return False
    for k in found:
        after = words[k + 1 : k + 3]
        if len(after) == 2 and after[0].text in ("で", "て") and after[1].lemma == "下さる":
            continue
        if after and after[0].lemma == "様" and after[0].pos[:2] == ("形状詞", "助動詞語幹"):
            rest = words[k + 2 :]
            if any(m.lemma in ("下さる", "願う") for m in rest) and not any(n > k for n in found):
                continue
        return False
    return True


def _a_plain_noun(morphs: tuple[Morph, ...], i: int) -> bool:
    """The noun compound before the particle at *i* holds no number and no noun of quantity or time
    (UniDic's 副詞可能: 全部, 全員, 一部, 毎日) nor a prefix that counts (全, 各, 毎)."""
    k = i - 1
    while k >= 0 and morphs[k].kind in ("word", "number") and morphs[k].head in ("名詞", "接尾辞", "接頭辞", ""):
        m = morphs[k]
        if m.kind == "number" or m.pos[1:2] == ("数詞",) or m.pos[2:3] == ("副詞可能",):
            return False
        if m.head == "接頭辞" and m.lemma != "御":
            return False
        k -= 1
    return k < i - 1


def _a_person_before(morphs: tuple[Morph, ...], i: int) -> bool:
    """The noun before the particle at *i* may name people: by its last kanji or as a proper noun or pronoun
    (お子|様, 保護|者, 会員: ``a_person_noun``), as one JMdict knows (``names_a_person``: 担当医, 講師), or as
    a noun of people said with respect by の方 (会員|の|方)."""
    k = i - 1
    if morphs[k].lemma == "方" and k >= 2 and morphs[k - 1].lemma == "の":
        k -= 2  # (会員の方: 方 read ホー or カタ alike, the person is the noun before)
    return a_person_noun(morphs[k]) or names_a_person(_noun_ending(morphs, k))


_CONTRASTED = frozenset({"で", "に", "と", "から", "まで", "より", "へ"})


def _contrasted(morphs: tuple[Morph, ...]) -> set[tuple[str, str]]:
    """(noun, particle) for each noun + case particle + は with a negation after it in its sentence."""
    return {
        (morphs[k - 1].lemma or morphs[k - 1].text, morphs[k].lemma)
        for k in range(1, len(morphs) - 1)
        if morphs[k].head == "助詞"
        and morphs[k].lemma in _CONTRASTED
        and morphs[k + 1].head == "助詞"
        and morphs[k + 1].lemma == "は"
        and _stated_negation_after(morphs, k + 1)
    }


def _stated_negation_after(morphs: tuple[Morph, ...], i: int) -> bool:
    """A negated statement after *i* in its sentence, not a request not to (捨てないでください: に and には
    ask the same; a statement's は limits what it negates)."""
    words, found = _predicates_negated_after(morphs, i)
    return bool(found) and not any(
        k + 2 < len(words) and words[k + 1].text in ("で", "て") and words[k + 2].lemma == "下さる" for k in found
    )


def _contrast_under_negation(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(X + particle + は in *a*, X + particle in *b*) where *b* says the same noun and particle without the
    は before the same negation: the は limits what is negated. 全ての店舗ではご利用いただけません ("not at
    every store") is no 全ての店舗でご利用いただけません ("at no store"); else None."""
    plain = {
        (b[k - 1].lemma or b[k - 1].text, _case_particle(b, k))
        for k in range(1, len(b) - 1)
        if _case_particle(b, k) in _CONTRASTED and b[k + 1].lemma != "は" and _stated_negation_after(b, k)
    }
    for noun, particle in _contrasted(a) - _contrasted(b):
        if (noun, particle) in plain:
            return f"{noun}{particle}は", f"{noun}{particle}"
    return None


def _case_particle(morphs: tuple[Morph, ...], k: int) -> str:
    """The case particle at *k*, or "": its lemma, and で for the copula's で after a noun, as UniDic reads the
    particle before a comma or a number (店頭|で|、: a phrase moved, its で still says where)."""
    m = morphs[k]
    if m.head == "助詞":
        return m.lemma
    if m.head == "助動詞" and m.lemma == "だ" and m.text == "で" and k > 0 and morphs[k - 1].head == "名詞":
        return "で"
    return ""


def _negated_after(morphs: tuple[Morph, ...], i: int) -> bool:
    """A predicate after the particle at *i* in its sentence is negated (ない, ません, かねる; not a negative
    word nor prefix: 全員は不参加です is 全員が不参加です, no negation to take scope over)."""
    return bool(_predicates_negated_after(morphs, i)[1])


def _predicates_negated_after(morphs: tuple[Morph, ...], i: int) -> tuple[tuple[Morph, ...], list[int]]:
    """The words after *i* to the end of its sentence, and where among them a predicate is negated."""
    end = i + 1
    while end < len(morphs) and morphs[end].text not in _SENTENCE_ENDS:
        end += 1
    words = morphs[i + 1 : end]
    return words, [k for k in negations(words) if words[k].head in ("助動詞", "形容詞", "接尾辞", "動詞")]


def _before_its_predicate(morphs: tuple[Morph, ...], i: int) -> bool:
    """The particle at *i* is followed by its predicate: a verb, an adjective, or a noun said as one
    (提出|します, 混雑|しております, 必要|です), not a noun that takes a case particle of its own."""
    k = i + 1
    while k < len(morphs) and morphs[k].head in ("接頭辞", "副詞"):
        k += 1
    if k >= len(morphs):
        return False
    return _predicate_at(morphs, k)


def _predicate_at(morphs: tuple[Morph, ...], k: int) -> bool:
    m = morphs[k]
    if m.head in ("動詞", "形容詞", "形状詞", "助動詞"):
        return True
    if m.head not in ("名詞", "代名詞"):
        return False
    k += 1
    if m.lemma in _WHEN and k < len(morphs) and morphs[k].kind == "word" and morphs[k].head != "助詞":
        return False  # 毎朝|ご案内します: a time said bare before the predicate, no predicate itself
    if k < len(morphs) and morphs[k].head == "接尾辞":
        return m.pos[:3] == ("名詞", "普通名詞", "サ変可能")  # バンカーをご使用|後は: the action, timed
    after = morphs[k] if k < len(morphs) else None
    return after is None or not (after.head == "助詞" and after.pos[1:2] in (("格助詞",), ("係助詞",)))


_VOICES = frozenset({"れる", "られる", "せる", "させる", "たい", "出来る", "可能", "欲しい"})


def _predicate(morphs: tuple[Morph, ...], i: int) -> tuple[str, bool]:
    """The lemma of the predicate after the particle at *i* in its clause ("" if none), and whether a
    passive, causative, potential or wish follows it (which may mark its object with が)."""
    k = i + 1
    # (a comma inside the clause, 当社がお客様を、本日ご案内します, does not end it)
    while k < len(morphs) and (morphs[k].text in _COMMAS or morphs[k].kind != "punct") and not _predicate_at(morphs, k):
        k += 1
    if k >= len(morphs) or morphs[k].kind == "punct":
        return "", False
    head = morphs[k]
    voiced = _potential_verb(head)
    for m in morphs[k + 1 : k + 5]:
        if m.head not in ("動詞", "助動詞", "接尾辞", "形状詞", "形容詞"):
            break
        # ご利用いただけます: the potential of the verb that follows (頂く read イタダケル), as of the head's own
        voiced = voiced or m.lemma in _VOICES or (m.head == "動詞" and _potential_verb(m))
    return head.lemma, voiced


def _potential_verb(m: Morph) -> bool:
    """UniDic's potential verb: a godan lemma conjugated as ichidan (話せる: 話す, いただける: 頂く)."""
    return m.ctype.startswith("下一段") and not m.lemma.endswith("る")


_AND = frozenset({"と", "及び", "並びに"})
_SEPARATORS = frozenset("、,，・")


def _coordinated(ka, kb, op: tuple[int, int, int, int], dropped: set[int]) -> bool:
    """貴重品・現金 / 貴重品および現金 / 机と椅子: two nouns of one list, joined by "and" or by a separator.

    Between the same two nouns, each text says と, および, 並びに (perhaps after
    a comma) or a separator (、 or ・), and nothing else: never nothing (加盟店
    店頭 is a compound, not a list), never や (an open list) or または ("or").
    """
    i1, i2, j1, j2 = op

    def junction(keyed, lo: int, hi: int) -> bool:
        if lo == 0 or hi >= len(keyed):
            return False
        before = [m for m in keyed[lo - 1][1] if id(m) not in dropped]
        after = keyed[hi][1]
        if not before or not _listed_noun(before[-1]) or not _listed_noun(after[-1]):
            return False
        if hi + 1 < len(keyed) and any(m.head in ("動詞", "助動詞") for m in keyed[hi + 1][1]):
            return False  # スタッフと相談する, 保護者とご来場ください: "with", the second noun an action
        if _titled([m for _, span in keyed[:lo] for m in span], [m for _, span in keyed[hi:] for m in span]):
            return False  # 店長・田中 (the manager, Tanaka: one person) / 店長と田中 (two)
        words = [m for _, span in keyed[lo:hi] for m in span] + list(after[:-1])
        said = [m for m in words if id(m) not in dropped]
        if len(said) > 1 or any(m.text not in _SEPARATORS for m in words if id(m) in dropped):
            return False
        if said:
            m = said[0]
            return m.lemma in _AND and (m.head == "接続詞" or (m.head == "助詞" and m.lemma == "と"))
        return any(m.text in _SEPARATORS for m in words)

    return junction(ka, i1, i2) and junction(kb, j1, j2) and not _head_shared(ka, kb, op, dropped)


def _noun_run(keyed, start: int, step: int, dropped: set[int]) -> int:
    """How many keys from *start* on (*step* 1) or back (-1) are listed nouns, the words of one compound."""
    n, k = 0, start
    while 0 <= k < len(keyed):
        said = [m for m in keyed[k][1] if id(m) not in dropped and m.kind != "punct"]
        if not said or not all(_listed_noun(m) or m.head == "接頭辞" for m in said):
            break
        n, k = n + 1, k + step
    return n


def _head_shared(ka, kb, op: tuple[int, int, int, int], dropped: set[int]) -> bool:
    """受付・会計窓口 / 受付と会計窓口: a ・ before an item longer than the one before it may join two nouns
    that share the item's head (one "reception and payment counter"); と or および makes the head the second
    item's alone (reception, and a payment counter). The two nouns at the ・ are actions' nouns (UniDic's
    サ変可能: 受付, 会計; 検査, 処置), each naming what the head is for. Items alike in length (貴重品・現金,
    月額プラン・年額プラン) have no head to share, and nouns of things or people (教頭・教務主任) name no use.
    Two loanwords at the ・ (ボランティア・スタッフ, "volunteer staff") may be one compound too, as Japanese writes
    a foreign compound, where the old English lists nothing ("and", "or", a comma): と makes two (red team 43)."""
    i1, i2, j1, j2 = op

    def action(span: list[Morph]) -> bool:
        return any(m.pos[:3] == ("名詞", "普通名詞", "サ変可能") for m in span)

    for keyed, lo, hi in ((ka, i1, i2), (kb, j1, j2)):
        if not 0 < lo or hi >= len(keyed):
            continue
        joint = [m for _, span in keyed[lo:hi] for m in span] + list(keyed[hi][1][:-1])
        if not any(m.text == "・" for m in joint):
            continue
        said = [m for m in keyed[hi][1] if m.kind != "punct"]
        if said and all(map(_katakana_noun, (keyed[lo - 1][1][-1], said[0]))) and not says_a_list():
            # ボランティア・スタッフ / ボランティアとスタッフ: two loanwords at a ・ may be one compound, "volunteer
            # staff", unless the old English lists them ("balls and rackets")
            return True
        if not (action(keyed[lo - 1][1][-1:]) and action(said[:1])):
            continue
        if _noun_run(keyed, hi, 1, dropped) > _noun_run(keyed, lo - 1, -1, dropped):
            return True
    return False


def _state_changing_under_way(morphs: tuple[Morph, ...]) -> bool:
    """An action going on said with 中 (移転|中) whose noun changes a state (``changes_state``: 移転, 開始, 終了),
    where ている says the state reached as readily as the act under way."""
    return any(
        m.lemma == "中" and m.head == "接尾辞" and k and changes_state(morphs[k - 1]) for k, m in enumerate(morphs)
    )


def _katakana_noun(m: Morph) -> bool:
    """A noun written in katakana alone (a loanword: ボランティア, スタッフ)."""
    return m.head == "名詞" and is_katakana(m.text)


def _titled(ahead: list[Morph], after: list[Morph]) -> bool:
    """副院長・山田, 校長、佐藤, 講師、料理研究家の高橋: a common noun (a title, a role) set beside a person's name.

    The noun phrase after the separator (its nouns after the last の) holds a name UniDic reads as a person's
    (名詞-固有名詞-人名: 山田, 山田先生), and the item before (*ahead*: the words before the separator, its nouns
    at the end) holds none: the name says who holds the title, one person, where と would add a second. Two
    names (山田さん・佐藤さん) and lists of things (机・いす) stay lists. A surname that is also a place or a
    thing (千葉, 長野, 森, 林), which UniDic reads so in the sentence, is a name where a title after it makes
    UniDic read it as one (``_a_surname``): 講師・森 is one teacher, 長野・千葉 (two names, or two places) a list.
    """
    item: list[Morph] = []
    for m in reversed(ahead):
        if not (_listed_noun(m) or m.head == "接頭辞"):
            break
        item.append(m)
    if not item or any(map(_person_name, item)) or _a_surname(item[0]):
        return False  # (item[0] is its last noun: 英会話講師 is no name for 英 read as one)
    phrase: list[Morph] = []
    for m in after:
        if _listed_noun(m) or m.head == "接頭辞":
            phrase.append(m)
        elif m.pos_is("助詞", "格助詞") and m.lemma == "の":
            phrase = []  # 料理研究家の高橋: the head is what follows the last の
        else:
            break
    if any(map(_person_name, phrase)):
        return True
    # 千葉, 森先生, 林様: a surname only where nothing but a title follows it in the phrase (千葉県 is a place).
    return bool(phrase) and _a_surname(phrase[0]) and all(map(_a_title, phrase[1:]))


def _a_title(m: Morph) -> bool:
    """様, さん, 氏, 殿 (the suffixes that honour a person), or a noun JMdict glosses as a person (先生, 店長)."""
    if m.head == "接尾辞":
        return m.lemma in HONOURING_SUFFIXES
    return m.head == "名詞" and names_a_person(m.text)


def _person_name(m: Morph) -> bool:
    return m.pos_is("名詞", "固有名詞", "人名")


def _a_surname(m: Morph) -> bool:
    """A noun UniDic reads as a person's name once a title follows it: 千葉さん, 森さん (名詞-固有名詞-人名), where
    千葉 alone is a place and 森 a forest; アナウンサーさん, 現金さん stay common nouns. The title is the
    structure's proof, UniDic's the reading (one word more to analyze, cached)."""
    if m.kind != "word" or m.head != "名詞" or _person_name(m):
        return False
    titled = analyze(m.text + "さん")
    return titled is not None and len(titled) == 2 and _person_name(titled[0]) and titled[1].lemma == "さん"


def _listed_noun(m: Morph) -> bool:
    """A word that ends or starts a listed noun: a noun, a noun's suffix (貴重|品)."""
    return m.kind == "word" and (m.head == "名詞" or m.pos[:2] == ("接尾辞", "名詞的"))


GOING_ON, STANDING, DONE = "going on", "standing", "done"
# STANDING where the old text says the ている: it may also say a state ("is closed": 閉店しております), which the
# humble non-past (閉店いたします, "will close") does not.
STANDING_HELD = "standing, held"
# The old text's ている against a new humble non-past said with いたす (開催しております → 開催いたします): the
# non-past may announce the act ahead, which no English of the ている can refuse (``_standing``).
AHEAD = "ahead"
# The old text's humble non-past said with いたす against a new ている (運行いたします → 運行しております), not of
# 承る nor a change of state: STANDING where the old sentence says a topic (は, も: what we do with such things),
# else one event reported, which the non-past may announce ahead: a change (``compare``).
REPORTED = "reported"
# GOING_ON where the old text says the 中 (移転中です → 移転しております): the new ている may say the action done.
GOING_ON_SAID = "going on, said"
# 次第 against たら (仕上がり次第 / 仕上がりましたら): "as soon as" the action is done, or "when" or "if" it is; the
# old English must say "when" (once, as soon as, after, upon), no "if" nor "depending on".
AS_SOON = "as soon as"
# たら against 場合 (届きましたら / 届いた場合は): たら may say "when" of what is sure to happen, 場合 says "if" or
# "in case" alone; the old English must say a condition (if, in case, should), and no "when".
IF_SAID = "if alone"
# お/ご + an action + の方 against the action + ている方 (ご入院の方 / 入院している方): ている of a change of state
# says the state reached ("already in hospital"), which ご〜の方 ("those being admitted") does not; UniDic and
# JMdict cannot tell such a verb from an activity (ご利用の方 / 利用している方), so the old English must say the
# state (currently, already, "who have").
STATE_SAID = "a state said"
# The new text's 済み against the old text's ている (撤去しております → 撤去済みです): the ている may say a routine
# ("are removed by the city", a standing policy) that a present passive says as well, and 済み only one act done;
# the old English must say a perfect ("have been removed"), a passive alone no longer shows it (red team 32).
DONE_SAID = "done, said"
_ENDS = frozenset({"。", "!", "?"})


# Nouns that name one day from the day the notice speaks (本日, 明日, 当日): a short supplement, as UniDic tags
# them with every noun of time (毎日, 現在: 副詞可能); a date (5月1日) is read by the entity layer.
_ONE_DAY = frozenset({"本日", "今日", "明日", "明後日", "当日", "翌日", "今夜", "今晩", "今朝"})


def _one_day(sentence: str) -> bool:
    """Whether *sentence* names one day: a noun of ``_ONE_DAY`` or a date with its day (5月1日)."""
    morphs = analyze(sentence) or ()
    if any(m.lemma in _ONE_DAY and m.head == "名詞" and not _day_in_a_noun(morphs, i) for i, m in enumerate(morphs)):
        return True
    return any(e.kind == "date" and e.value[2] is not None for e in read_entities(sentence)[1])


def _day_in_a_noun(morphs: tuple[Morph, ...], i: int) -> bool:
    """当日|仕上げ|を: the day word at *i* begins a compound noun a particle then takes (same-day finishing), no time
    of the predicate (本日|発送|いたします: the act's day)."""
    k = i + 1
    while k < len(morphs) and morphs[k].head in ("名詞", "接尾辞"):
        k += 1
    after = morphs[k] if k < len(morphs) else None
    return k > i + 1 and after is not None and after.pos_is("助詞") and after.lemma in ("を", "が", "は", "の", "も")


def _sentences_of(keyed) -> list[tuple[int, int]]:
    """(first, end) key positions of each sentence: end is its 。 (or the text's end)."""
    out, start = [], 0
    for n, (key, _) in enumerate(keyed):
        if key in _ENDS:
            out.append((start, n))
            start = n + 1
    if start < len(keyed):
        out.append((start, len(keyed)))
    return out


def _standing(keyed, other, dropped: set[int], held: bool = False):
    """*keyed* without the ている that ends a sentence where *other*'s sentence ends in a humble non-past.

    受け付けて|おり|ます。 and 承り|ます。, 貸し出して|おり|ます。 and お貸し出し|いたし|ます。:
    what we do, said as a state or as an offer. Only the same sentence of
    each (by its place), ている after a verb's connective (not いる, "to be
    there"), the other sentence affirmative and non-past, its verb humble
    (いたす after it, or a humble verb: 承る). ている may say the action
    done or going on, the non-past the action ahead: the caller asks the
    old English (a past, a perfect, a progressive, a future, a routine or an onset, "go on sale", blocks). Returns the
    keys and STANDING if one was taken out (else "").

    *held*: *keyed* is the old text, its ている against the new text's non-past. The old English then tells
    what the ている meant (going on now, what we do), never which the new non-past means, and an act said
    humbly with いたす first announces the act ahead (開催しております, "We hold a morning market", → 開催
    いたします, "will hold"): a simple present fits both. Only 承る, the humble verb of taking what the reader
    asks, whose non-past a notice says of a standing offer (ご予約承ります), and a change of state in a time
    named (毎週月曜日は休館しております / 休館いたします, below) are shown then; any other is AHEAD, a change
    the caller names (ている → ます) once the rest of the texts is explained.
    """
    mine, theirs = _sentences_of(keyed), _sentences_of(other)
    if len(mine) != len(theirs) or not any(key == "居る" for key, _ in keyed):
        return keyed, ""
    out = list(keyed)
    taken = ""
    for (lo, end), (olo, oend) in reversed(list(zip(mine, theirs, strict=True))):
        last = end - 1
        if last <= lo or out[last][0] != "居る":
            continue
        span = out[last][1]
        if len(span) < 2 or span[-2].lemma != "て" or span[-1].lemma != "居る" or span[-1].head != "動詞":
            continue
        if end < len(out) and any(m.head == "助動詞" and m.lemma != "ます" for m in out[end][1]):
            continue  # ておりました, ておりません
        if oend - 1 < olo or not _humble_offer(other, oend):
            continue
        actions = (*out[last - 1][1][-1:], other[oend - 1][1][-1])
        changed = any(map(changes_state, actions))
        if changed and not _timed(out[lo:end]):
            continue  # 開始しております / 開始いたします: a change of state reached ("has started"), or ahead
        dropped.update(id(m) for m in span)
        out[last - 1] = (out[last - 1][0], out[last - 1][1] + span)
        del out[last]
        if held and not changed and actions[-1].lemma != _STANDING_OFFER:
            taken = AHEAD  # 開催しております → 開催いたします: going on now, or ahead (read out, named a change)
        elif not held and not changed and actions[-1].lemma != _STANDING_OFFER:
            # 臨時バスを運行いたします → 運行しております: STANDING if the old sentence says a topic (read by the
            # caller on the whole sentence, past the clauses compared), else an event reported, ahead or under way
            taken = REPORTED
        elif taken != REPORTED:
            taken = STANDING
    return out, taken


def _state_left_by(morphs: tuple[Morph, ...], i: int, aru: bool) -> str | None:
    """The action whose state a て + いる/ある at *i* says, as its lemma (the suru-noun's before する), or None.

    *aru*: ある at *i*, the resultative of ``synonyms.resultatives`` (備え付け|て|あり|ます, ご用意し|て|あり|ます).
    Otherwise いる at *i* after the same active form (備え付け|て|おり|ます, ご用意し|て|おり|ます): no passive, and
    nothing in its sentence that takes を (寝具を備え付けております names the object: our act) or names a subject
    (が: who does it). Both affirmative and non-past: ておりました, てありません keep their own keys.
    """
    m = morphs[i]
    # (ござる after て is the humble ある: 用意してございます is 用意してあります, said more humbly.)
    if not (m.head == "動詞" and m.lemma in (("有る", "御座る") if aru else ("居る",))) or i < 2:
        return None
    if not (morphs[i - 1].lemma == "て" and morphs[i - 1].pos_is("助詞", "接続助詞")):
        return None
    verb = morphs[i - 2]
    if verb.head != "動詞" or not verb.cform.startswith("連用形") or verb.lemma in ("居る", "有る"):
        return None
    for after in morphs[i + 1 :]:
        if after.head != "助動詞":
            break
        if after.lemma in ("ない", "ぬ", "ず", "う", "まい", "た") or after.text == "ませ":
            return None
    start = i - 2
    if verb.lemma == "為る":
        if i < 3 or not _action(morphs[i - 3]):
            return None
        start = i - 3
    if not aru:
        for n in range(start - 1, -1, -1):
            before = morphs[n]
            if before.kind == "punct" and before.text in _ENDS:
                break
            if before.head == "助詞" and before.lemma in ("を", "が"):
                return None
    return morphs[start].lemma


def _result_held(ka, a, kb, b):
    """*ka*, *kb* with each active ている of one text keyed as the other text's てある of the same action, where
    the other says it so in the same sentence: 寝具は全てのテントに備え付けております / 備え付けてあります, お着替えは
    院内にご用意しております / ご用意してあります; and how many were.

    てある says the state the writer's act left (the bedding is in the tents); the active ている of the same act
    with its object the topic says that state too, or what we do (we furnish the tents with bedding), or the act
    going on (we are furnishing them: not ready yet). The last the old English refuses (a progressive or a
    future). Where the ている is the old text's, its English may say what we do ("We write the details on the
    receipt"), which the new てある says done: then it must say the state reached, a perfect or a passive (DONE).
    Never with an object or a subject named (を, が), another action, a negation or a past, and never the new
    text's ている against the old てある. Returns the keys and how many ている were read so (as a negative count:
    they are the old text's).
    """
    held = 0
    # Only the old text's ている: a new ている against the old てある (消毒してあります → 消毒しております) may say what
    # we do or are doing, and the old English, written for the state, cannot tell which the new text means.
    for keyed, morphs, other, sign in ((ka, a, b, -1),):
        results = [_state_left_by(other, k, aru=True) for k in range(len(other))]
        wanted = {r for r in results if r}
        if not wanted:
            continue
        where = {id(m): n for n, m in enumerate(morphs)}
        for n, (key, span) in enumerate(keyed):
            if key != "居る" or not span or id(span[-1]) not in where:
                continue
            k = where[id(span[-1])]
            action = _state_left_by(morphs, k, aru=False)
            if action and action in wanted and _state_left_by(morphs, k, aru=True) is None:
                keyed[n] = (RESULT, span)
                held += sign if held * sign >= 0 else 0
    return ka, kb, held


def _topic_said_in(text: str) -> bool:
    """*text* has a topic, a word marked by the binding particle は or も (UniDic's 係助詞):
    レンタル用品は、…お貸し出しいたします, 大量注文にも対応いたします say what we do with such things, a
    standing offer its ている says as well (貸し出しております). Without one (臨時バスを運行いたします) the
    humble non-past reports one event, which may be announced ahead, where the ている says it under way."""
    return any(m.pos_is("助詞", "係助詞") and m.lemma in ("は", "も") for m in analyze(text) or ())


def _timed(keyed) -> bool:
    """The sentence *keyed* names when (a noun of time, UniDic's 副詞可能: 毎週, 月曜, 年末, 土日; a number, 18時):
    a change of state's ている is then the state in that time (毎週月曜日は休館しております: "is closed on
    Mondays"), as its non-past says it (休館いたします), not a change reached before now. A noun of the present
    (現在, 今: ``names_now``) frames no period: 現在、受付を終了しております is the change reached. Nor does a
    time that names a start or an end (``_a_point``: 4月から, 今月より, 年度末をもって, 3月末まで, 4月以降): the
    change is made at that point, reached (休止しております: "has been suspended since April") or ahead
    (休止いたします: "will be suspended from April")."""
    morphs = [m for _, span in keyed for m in span]
    return any(
        ((m.head == "名詞" and m.pos[2:3] == ("副詞可能",) and not names_now(m)) or m.text[:1].isdigit())
        and not _a_point(morphs, n)
        for n, m in enumerate(morphs)
    )


# The words that make a time a start or an end: from (から, より), until (まで), since, after (以降, 以来, 以後).
_POINT_PARTICLES = frozenset({"から", "より", "まで", "迄"})
_POINT_NOUNS = frozenset({"以降", "以来", "以後"})


def _a_point(morphs: list[Morph], n: int) -> bool:
    """The time word *morphs[n]* in a time said as a start or an end: the words of the time (numbers, nouns,
    suffixes: 4|月, 年度|末) then から, より, まで, をもって (を + 持つ), or 以降, 以来, 以後."""
    k = n
    while k < len(morphs):
        m = morphs[k]
        if m.lemma in _POINT_NOUNS:
            return True
        if not (m.kind == "number" or m.text[:1].isdigit() or m.head in ("名詞", "接尾辞")):
            break
        k += 1
    if k >= len(morphs):
        return False
    if morphs[k].head == "助詞" and morphs[k].lemma in _POINT_PARTICLES:
        return True
    if _a_date(morphs, n, k):
        return True
    return morphs[k].lemma == "を" and k + 1 < len(morphs) and morphs[k + 1].lemma == "持つ"


# The counters of a date: a number + 年, 月 or 日 + に is one day, month or year (3月に移転しております, "moved
# in March"), no recurring time (18時に, 毎月10日に: a time that comes again).
_DATE_COUNTERS = frozenset({"年", "月", "日"})


def _a_date(morphs: list[Morph], n: int, k: int) -> bool:
    """The time *morphs[n:k]* a number + 年/月/日 then に, not after 毎 (毎月10日に): one past or future point."""
    if k >= len(morphs) or morphs[k].lemma != "に" or morphs[k].head != "助詞" or k - n < 2:
        return False
    if not morphs[n].text[:1].isdigit() or morphs[k - 1].lemma not in _DATE_COUNTERS:
        return False
    return not any(m.text.startswith("毎") for m in morphs[max(0, n - 3) : n])


_HUMBLE_VERBS = frozenset({"承る", "伺う"})
# The humble verb whose non-past a notice says of a standing offer (ご予約承ります, "we take bookings"): against
# the old text's ている, the one said the same (``_standing``). 伺う is not (伺っております: "we have heard").
_STANDING_OFFER = "承る"


def _humble_offer(keyed, end: int) -> bool:
    """お貸し出し|いたし|ます。, 承り|ます。: a sentence that ends in a humble verb, affirmative and non-past."""
    verb = keyed[end - 1][1][-1]
    tail = keyed[end][1][:-1] if end < len(keyed) else []  # the words dropped before 。: いたし, ます
    if any(m.head == "助動詞" and m.lemma != "ます" for m in tail):
        return False
    if not (verb.head == "動詞" or verb.pos[:3] == ("名詞", "普通名詞", "サ変可能")):
        return False
    humble = any(m.head == "動詞" and m.lemma == "致す" for m in tail)
    return humble or (verb.lemma in _HUMBLE_VERBS and bool(tail) and tail[0].lemma == "ます")


def _own_particles(keyed) -> list[str]:
    """The keys, a case particle's group key read with the particle's own lemma (の and は apart)."""
    out = []
    for key, span in keyed:
        particles = [m.lemma for m in span if m.head == "助詞"] if key.startswith("⟨particle") else []
        out.append(f"{key}/{particles[-1]}" if particles else key)
    return out


_SENTENCES = "sentences"


def _as_genitive(keyed, morphs, other, lexicon: Lexicon, dropped: set[int]):
    """*keyed* with each participle of ``participles`` read as の, where *other* says ご + the noun + の."""
    candidates = participles(morphs)
    if not candidates:
        return keyed
    said = honorific_genitives(other)
    # 指定された日時 / ご指定の日時: the ご of the noun names the reader's act, a bare passive may name ours
    # ("the date we set"); only お/ご on the participle's noun too (ご予約された資料) shows the same actor.
    found = [(i, ta) for i, lemma, ta in candidates if lemma in said and _prefixed(morphs, i)]
    if not found:
        return keyed
    genitive = lexicon.particles.get("の", "の")
    # し|れ|た and いただい|た of each: れ or いただい and た say の, し is already politeness alone.
    merged = {id(morphs[k]) for i, ta in found for k in range(i + 1, ta) if morphs[k].lemma != "為る"}
    retyped = {id(morphs[ta]) for _, ta in found}
    out: list[tuple[str, list[Morph]]] = []
    carried: list[Morph] = []
    for key, span in keyed:
        if any(id(m) in merged for m in span) and not any(id(m) in retyped for m in span):
            carried += span
            dropped.update(id(m) for m in span)
            continue
        if any(id(m) in retyped for m in span):
            key = genitive
        out.append((key, carried + span))
        carried = []
    return out


def _voiceless(keyed, morphs, other, dropped: set[int]):
    """*keyed* without the れる of each ``voiceless_occasions`` whose noun *other* says with の."""
    found = voiceless_occasions(morphs)
    if not found:
        return keyed
    said = occasion_genitives(other)
    gone = {
        id(morphs[i])
        for i, action in found.items()
        if any(action.lemma == w.lemma or _verb_noun(action, w) for w in said)  # 申し込む / お申し込み
    }
    return _rekeyed(keyed, gone, set(), dropped) if gone else keyed


def _voiced_honoured(keyed, morphs, other, dropped: set[int]):
    """*keyed* without each れる of ``voiced_honoured`` whose noun *other* says with お/ご as the reader's act
    (``honoured_actions``: ご希望の, ご検討中, ご利用になる; never the humble ご案内する), and whether one was."""
    found = voiced_honoured(morphs)
    if not found:
        return keyed, False
    said = honoured_actions(other)
    gone = {id(morphs[i]) for i, noun in found.items() if noun.lemma in said}
    return (_rekeyed(keyed, gone, set(), dropped), True) if gone else (keyed, False)


def _made_active(keyed, old, new, dropped: set[int]):
    """*keyed* (the old text's) without each れる of ``passive_or_respect`` whose action *new* says active, in the
    same tense, before an occasion (キャンセルされる場合 → キャンセルする場合, 紛失された場合 → 紛失した場合), and
    whether one was: the active is the respect reading, and a passive in the old English must block.

    Only from the old text to the new: an active made れる may name another actor, which no English tells.
    """
    found = passive_or_respect(old)
    if not found:
        return keyed, False
    said = active_occasions(new)
    gone = {
        id(old[i])
        for i, (action, past) in found.items()
        if any(past == was and (action.lemma == w.lemma or _verb_noun(w, action)) for w, was in said)
    }
    return (_rekeyed(keyed, gone, set(), dropped), True) if gone else (keyed, False)


def _prefixed(morphs: tuple[Morph, ...], i: int) -> bool:
    """The word at *i* follows the honorific prefix お/ご."""
    return i > 0 and morphs[i - 1].head == "接頭辞" and morphs[i - 1].lemma == "御"


# Verbs (and nouns of an action) of telling: what is told may be a thing or a person as well as a fact.
_TOLD_VERBS = frozenset(
    {"伝える", "知る", "知らせる", "連絡", "一報", "申し付ける", "申し出る", "声掛け", "教える", "申告", "報告"}
)


def _told_of(morphs: tuple[Morph, ...], start: int) -> bool:
    """The request after *start* in its sentence asks to tell (お伝えください, お知らせください, ご連絡ください).

    What one is asked to tell may be what a nominalizing の names, a thing or a person (服用しているのは、
    お伝えください: "what you take"; ご利用になるのは: "who uses it"), where こと says only the fact; what
    one is asked to refrain from (お控えください) or advised to do (おすすめします) is an act either way.
    """
    for later in morphs[start:]:
        if later.kind == "punct" and later.text in _ENDS:
            return False
        if later.lemma in _TOLD_VERBS and later.head in ("動詞", "名詞"):
            return True
        if later.head == "動詞" and (later.lemma in _REQUEST_VERBS or later.lemma == "頂く"):
            return False
    return False


def _told_nominalized(morphs: tuple[Morph, ...]) -> int:
    """How many nominalizing の (a verb's clause made a noun, before が, を or は) a request to tell follows."""
    return sum(
        1
        for i, m in enumerate(morphs)
        if m.pos[:2] == ("助詞", "準体助詞") and _nominalizer(morphs, i) and _told_of(morphs, i + 2)  # (pos_is, inline)
    )


def _requested(morphs: tuple[Morph, ...], start: int) -> bool:
    """A request verb (ください, お願い, いただく) follows *start* in its sentence."""
    for later in morphs[start:]:
        if later.kind == "punct" and later.text in _ENDS:
            return False
        if later.head == "動詞" and (later.lemma in _REQUEST_VERBS or later.lemma == "頂く"):
            return True
    return False


def _addressed(morphs: tuple[Morph, ...], k: int) -> bool:
    """The person at *k* is the topic or subject (は, が) of a request: the readers asked (職員は…ご利用ください)."""
    after = morphs[k + 1] if k + 1 < len(morphs) else None
    return after is not None and after.head == "助詞" and after.lemma in ("は", "が") and _requested(morphs, k + 2)


def _staff_honoured(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(X, X の方) where *a* says a noun of people alone and *b* says it with の方, the noun one of people who
    may be the writer's own (``of_either_side``: 職員, 担当者, 係員), not the readers asked (``_addressed``)."""

    def people(morphs: tuple[Morph, ...], honoured: bool) -> dict[str, int]:
        found: dict[str, int] = {}
        for k, m in enumerate(morphs):
            if not _a_person(m) or (k + 1 < len(morphs) and _a_person(morphs[k + 1])):
                continue
            with_kata = (
                k + 2 < len(morphs)
                and morphs[k + 1].lemma == "の"
                and morphs[k + 2].lemma == "方"
                and morphs[k + 2].head == "名詞"
            )
            if with_kata == honoured and not _addressed(morphs, k + 2 if with_kata else k):
                noun = _noun_ending(morphs, k)
                found[noun] = found.get(noun, 0) + 1
        return found

    alone, honoured = people(a, False), people(b, True)
    for noun in alone.keys() & honoured.keys():
        # (said alone more often in a, with の方 more often in b: 職員と職員の方 in both texts is no difference)
        more = alone[noun] > people(b, False).get(noun, 0) and honoured[noun] > people(a, True).get(noun, 0)
        if more and of_either_side(noun):
            return noun, noun + "の方"
    return None


def _noun_ending(morphs: tuple[Morph, ...], k: int) -> str:
    """The noun compound that ends with the word at *k* (担当|者: 担当者)."""
    j = k
    while j > 0 and morphs[j - 1].kind == "word" and morphs[j - 1].head in ("名詞", "接尾辞"):
        j -= 1
    return "".join(m.text for m in morphs[j : k + 1])


def _person_honoured(keyed, morphs, other, dropped: set[int]):
    """*keyed* without the の方 of a noun (代表者の方) that *other* honours with 様 read サマ (代表者様), or
    of a noun of people by its last kanji (保護者, 会員, 乗客: ``_a_person``) that *other* says alone.

    様 read サマ says the noun is a person (the analyzer reads 様 after a thing
    ヨー), and の方 after a person is the person said with respect (かた, not
    ほう "the side of": the analyzer reads both ホー). 様 is politeness alone
    (``_key``): so is の方 there (保護者の方 / 保護者様 / 保護者). The noun must end its phrase in both texts
    (a particle or a punctuation mark after 方 and after 様: 保護者の方々 stays
    a change, as does 保護者の方向).
    """
    honoured = {
        other[k - 1].text
        for k in range(1, len(other))
        if other[k].head == "接尾辞" and other[k].lemma == "様" and other[k].pron == "サマ" and _ends_a_noun(other, k)
    }
    # 保護者は: the noun of people said alone, ending its phrase (保護者の家族 is another person)
    alone = {
        other[k].text
        for k in range(len(other))
        if _a_person(other[k])
        and (k + 1 == len(other) or other[k + 1].kind == "punct" or other[k + 1].lemma not in ("の", "方"))
        and (k + 1 == len(other) or other[k + 1].head in ("助詞", "接尾辞") or other[k + 1].kind == "punct")
    }
    # 受講者の皆様 where the old English says the participants in the plural: the same people, honoured
    alone.update(other[k - 1].text for k in _all_of_them(other))
    found = {
        id(m)
        for k in range(1, len(morphs) - 1)
        if morphs[k].head == "助詞"
        and morphs[k].lemma == "の"
        and morphs[k + 1].head == "名詞"
        and morphs[k + 1].lemma == "方"
        and (morphs[k - 1].text in honoured or (_a_person(morphs[k - 1]) and morphs[k - 1].text in alone))
        and _ends_a_noun(morphs, k + 1)
        for m in (morphs[k], morphs[k + 1])
    }
    # 受講者の方へ / 受講者の皆様へ, 会員様の / 会員の皆様の: the people of a noun of people (``_a_person``) that the
    # other text names with の方 or with 様, said as all of them with respect, where the old English already names
    # them in the plural (``people_said_as_many``). (Said plainly in the other text, 皆様 honours them where it did
    # not: whose people? ``_whose_person``.)
    with_kata = {
        other[k - 1].text for k in range(1, len(other) - 1) if other[k].lemma == "の" and _person_at(other, k + 1)
    }
    said_without_all = honoured | with_kata
    found.update(
        id(m)
        for k in _all_of_them(morphs)
        if morphs[k - 1].text in said_without_all and morphs[k - 1].text not in _all_of_them_named(other)
        for m in morphs[k : k + 3]
    )
    if not found:
        return keyed
    out: list[tuple[str, list[Morph]]] = []
    for key, span in keyed:
        if all(id(m) in found or id(m) in dropped for m in span) and out:
            dropped.update(id(m) for m in span)
            out[-1] = (out[-1][0], out[-1][1] + span)
        else:
            out.append((key, span))
    return out


def _all_of_them(morphs: tuple[Morph, ...]) -> list[int]:
    """The places of the の of 受講者|の|皆|様, 申込者|の|皆|さま|全員: a noun of people (``_a_person``) + の + 皆 +
    様 or さん (UniDic's suffix, read サマ or サン), ending its noun phrase or before 全員 ("all", said again), where
    the old English names the noun's people in the plural (``people_said_as_many``: "participants")."""
    found = []
    for k in range(1, len(morphs) - 2):
        if not (morphs[k].lemma == "の" and morphs[k].pos_is("助詞", "格助詞") and _a_person(morphs[k - 1])):
            continue
        everyone, suffix = morphs[k + 1], morphs[k + 2]
        if not (everyone.head == "名詞" and everyone.lemma == "皆" and suffix.head == "接尾辞"):
            continue
        if suffix.pron not in ("サマ", "サン"):
            continue
        if not (_ends_a_noun(morphs, k + 2) or morphs[k + 3].lemma == "全員"):
            continue
        if people_said_as_many(_person_noun(morphs, k - 1)):
            found.append(k)
    return found


def _all_of_them_named(morphs: tuple[Morph, ...]) -> set[str]:
    """The nouns of people said with の皆様 or の皆さん in *morphs*, whatever the English says."""
    return {
        morphs[k - 1].text
        for k in range(1, len(morphs) - 1)
        if morphs[k].lemma == "の" and morphs[k + 1].lemma == "皆" and morphs[k + 1].head == "名詞"
    }


def _person_noun(morphs: tuple[Morph, ...], k: int) -> str:
    """The noun of people ending at *k*, with the nouns and suffixes before it (受講|者: 受講者)."""
    j = k
    while j > 0 and morphs[j - 1].kind == "word" and morphs[j - 1].head in ("名詞", "接尾辞", "接頭辞"):
        j -= 1
    return "".join(m.text for m in morphs[j : k + 1] if not (m.head == "接頭辞" and m.lemma == "御"))


def _honoured_state(ka, a, kb, b, dropped: set[int]):
    """お持ちの方 / 持っている方, ご利用の方 / 利用している方: one text's お/ご + a verb's stem (or a suru-noun)
    + の + 方, the other's the same verb + ている + 方: the people in that state, said with respect.

    方 is then a person in both (``PERSON``: the analyzer reads it ホー after の), の and ている say
    nothing more. Only ている (持った方, 持っていた方 and 持っていない方 stay changes), 方 ending its
    noun phrase in both, the same verb (by its lemma, or the noun its stem makes: お待ち, 待つ). The third value
    says a pair was read: ている may say a state reached (入院している方, "inpatients") where ご入院の方 says the
    act at hand ("those being admitted"), which the old English decides (``STATE_SAID``).
    """

    def honoured(morphs) -> list[tuple[Morph, int, int]]:
        found = []
        for k in range(1, len(morphs) - 2):
            m = morphs[k]
            if not (m.head in ("動詞", "名詞") and morphs[k - 1].head == "接頭辞" and morphs[k - 1].lemma == "御"):
                continue
            if morphs[k + 1].head == "助詞" and morphs[k + 1].lemma == "の" and _person_at(morphs, k + 2):
                found.append((m, k + 1, k + 2))
        return found

    def in_state(morphs) -> list[tuple[Morph, list[int], int]]:
        found = []
        for k in range(len(morphs) - 3):
            m = morphs[k]
            j = k + 1
            if m.pos[:3] == ("名詞", "普通名詞", "サ変可能") and morphs[j].lemma in ("為る", "致す"):
                j += 1
            elif m.head != "動詞":
                continue
            if j + 2 >= len(morphs) or morphs[j].lemma != "て" or morphs[j + 1].lemma != "居る":
                continue
            if morphs[j + 1].cform.startswith("連体形") and _person_at(morphs, j + 2):
                found.append((m, list(range(k + 1, j + 2)), j + 2))
        return found

    def same(h: Morph, v: Morph) -> bool:
        return h.lemma == v.lemma or (h.head == "名詞" and _verb_noun(v, h))

    for x, kx, y, ky in ((a, ka, b, kb), (b, kb, a, ka)):
        pairs = [(h, s) for h in honoured(x) for s in in_state(y) if same(h[0], s[0])]
        if not pairs:
            continue
        kx = _rekeyed(kx, {id(x[h[1]]) for h, _ in pairs}, {id(x[h[2]]) for h, _ in pairs}, dropped)
        ky = _rekeyed(ky, {id(y[k]) for _, s in pairs for k in s[1]}, {id(y[s[2]]) for _, s in pairs}, dropped)
        return ((kx, ky) if x is a else (ky, kx)) + (True,)
    return ka, kb, False


def _person_at(morphs, k: int) -> bool:
    """方 at *k*, ending its noun phrase: a person, the head of the relative clause before it."""
    return morphs[k].head == "名詞" and morphs[k].text == "方" and k + 1 < len(morphs) and _ends_a_noun(morphs, k)


def _rekeyed(keyed, gone: set[int], persons: set[int], dropped: set[int]):
    """*keyed* with the spans of the words *gone* said as nothing and the 方 of *persons* keyed a person."""
    out: list[tuple[str, list[Morph]]] = []
    for key, span in keyed:
        if any(id(m) in gone for m in span) and all(id(m) in gone or id(m) in dropped for m in span) and out:
            dropped.update(id(m) for m in span)
            out[-1] = (out[-1][0], out[-1][1] + span)
            continue
        if any(id(m) in persons for m in span):
            key = PERSON
        out.append((key, span))
    return out


# The nouns of one's own place (自宅, "one's home"): bare, the home of whoever acts (講師が自宅で行います, "at the
# tutor's home"); with ご, the reader's (ご自宅, "your home"). The prefix says whose, no politeness.
_ONE_S_OWN = frozenset({"自宅", "自室"})


def _honorific_word(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """お手洗い / 手洗い, おかわり / かわり: a noun with the honorific prefix in one text and without it in the
    other, where the prefix and the noun are a word of their own (``honorific_makes_a_word``): another word,
    no politeness. JMdict is asked only where the texts differ so.
    """

    def prefixed(morphs: tuple[Morph, ...]) -> dict[str, list[tuple[Morph, Morph]]]:
        found: dict[str, list[tuple[Morph, Morph]]] = {}
        for k in range(len(morphs) - 1):
            m, noun = morphs[k], morphs[k + 1]
            if m.head == "接頭辞" and m.lemma == "御" and noun.head == "名詞":
                found.setdefault(noun.lemma, []).append((m, noun))
        return found

    pa, pb = prefixed(a), prefixed(b)
    for lemma in pa.keys() | pb.keys():
        if len(pa.get(lemma, [])) == len(pb.get(lemma, [])) or _nouns(a, lemma) != _nouns(b, lemma):
            continue  # the prefix said as often, or the noun itself added or removed (another difference)
        prefix, noun = (pa.get(lemma) or pb[lemma])[0]
        if lemma in _ONE_S_OWN or honorific_makes_a_word(prefix.text, noun):
            word = prefix.text + noun.text
            return (word, noun.text) if len(pa.get(lemma, [])) > len(pb.get(lemma, [])) else (noun.text, word)
    return None


def _prefixed_nouns(morphs: tuple[Morph, ...]) -> dict[str, list[int]]:
    """Each noun after the honorific prefix お/ご, by lemma: its positions."""
    found: dict[str, list[int]] = {}
    for k in range(1, len(morphs)):
        if morphs[k].head == "名詞" and morphs[k - 1].head == "接頭辞" and morphs[k - 1].lemma == "御":
            found.setdefault(morphs[k].lemma, []).append(k)
    return found


def _prefix_said_more(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> Iterator[tuple[tuple[Morph, ...], list[int]]]:
    """Each noun said with お/ご more often in one text than in the other, the noun itself said as often in both
    (else the noun was added or removed: another difference): that text, and the positions of its prefixed
    nouns. *b*'s nouns first, in their order, then *a*'s."""
    pa, pb = _prefixed_nouns(a), _prefixed_nouns(b)
    for lemma in dict.fromkeys([*pb, *pa]):
        in_a, in_b = pa.get(lemma, []), pb.get(lemma, [])
        if len(in_a) == len(in_b) or _nouns(a, lemma) != _nouns(b, lemma):
            continue
        yield (a, in_a) if len(in_a) > len(in_b) else (b, in_b)


def _nouns(morphs: tuple[Morph, ...], lemma: str) -> int:
    return sum(1 for m in morphs if m.head == "名詞" and m.lemma == lemma)


# Nouns after which a noun + の says when or who, not what thing (ご利用の際, ご購入の後, ご利用の方): a short
# supplement, as UniDic tags them with 結果 and 日時 (副詞可能, 一般).
_RELATION_NOUNS = frozenset({"際", "上", "後", "前", "場合", "為", "時", "間", "折", "都度", "方", "皆", "中", "節"})
# A party's particulars, which both sides have (都合 "circumstances", 住所 "address"): said plainly, the
# writer's; with お/ご, the reader's. A short supplement: no resource says whose a noun may be.
_PARTICULARS = frozenset({"都合", "住所"})


def _whose_by_prefix(morphs: tuple[Morph, ...], k: int) -> bool:
    """The お/ご before the noun at *k* says whose it is: the noun is a party's particular (ご都合により, ご住所
    が) outside the object of a request (ご住所をご記入ください: the reader's either way), or an action's noun
    + の + the thing it names (ご指定の日時, ご確認の結果: the reader's act; 指定の日時, the writer's)."""
    m, after = morphs[k], morphs[k + 1] if k + 1 < len(morphs) else None
    if _a_cause(morphs, k + 1):
        return True  # 事情により / ご事情により, 判断によって, 予定次第で: whose circumstances decide
    if m.lemma in _PARTICULARS:
        if after is None or not (after.head == "助詞" and after.lemma == "を"):
            return True
        return not _requested(morphs, k + 2)
    if m.pos[2:3] != ("サ変可能",) or after is None or not (after.head == "助詞" and after.lemma == "の"):
        return False
    head = morphs[k + 2] if k + 2 < len(morphs) else None
    return head is not None and head.head == "名詞" and head.lemma not in _RELATION_NOUNS and not _a_person(head)


def _a_cause(morphs: tuple[Morph, ...], k: int) -> bool:
    """により, によって, 次第 at *k*: the noun before says what something depends on or is caused by."""
    if k >= len(morphs):
        return False
    if morphs[k].lemma == "次第" and morphs[k].head == "名詞":
        return True
    return (
        k + 1 < len(morphs)
        and morphs[k].pos_is("助詞", "格助詞")
        and morphs[k].lemma == "に"
        and morphs[k + 1].lemma == "因る"
    )


def _whose_thing(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """都合により / ご都合により, 指定の日時 / ご指定の日時: a noun with お/ご in one text and said plainly in the
    other, where the prefix says whose it is (``_whose_by_prefix``): the writer's, and the reader's."""
    for more, places in _prefix_said_more(a, b):
        if any(_whose_by_prefix(more, k) for k in places):
            text = more[places[0] - 1].text + more[places[0]].text
            return (text, more[places[0]].text) if more is a else (more[places[0]].text, text)
    return None


def prefixed_object_of_our_act(old: str, new: str) -> str:
    """A noun *new* says with お/ご where *old* says it plainly, as the object (を) of the writer's humble act
    in its sentence: an action's noun (UniDic's サ変可能: 要望を市にお伝えいたします → ご要望を, 希望を学校に
    お伝えいたします → ご希望を), or any noun where the act hands it on (``sends_on``: 感想をメールでお送り
    いたします → ご感想を). Said plainly, it may be the writer's (our requests, our feedback); with the prefix,
    the reader's. The caller asks the old English for "your". A thing kept or brought (荷物をお預かりします /
    お荷物を: the reader's either way; 車をお回しします / お車を, which may not be) is not read. Nor is a thing
    the writer's act is done to, but a thing that shapes it (``_shapes_our_act``: 事情を考慮し、検討いたします →
    ご事情を, 方針に沿ってご提案いたします → ご方針に): said plainly, the circumstances or the policy may be
    anyone's, the writer's own; with ご, the reader's. The noun with the prefix, or "".
    """
    a, b = tuple(analyze(old) or ()), tuple(analyze(new) or ())
    for more, places in _prefix_said_more(a, b):
        if more is not b:
            continue  # (the prefix added in *new* only)
        for k in places:
            after = b[k + 1] if k + 1 < len(b) else None
            if after is not None and after.pos_is("助詞", "格助詞") and after.lemma == "を":
                if (_action(b[k]) and _humble_act_in_sentence(b, k)) or _humble_act_in_sentence(b, k, sends_on):
                    return b[k - 1].text + b[k].text
            if _shapes_our_act(b, k):
                return b[k - 1].text + b[k].text
    return ""


def _shapes_our_act(morphs: tuple[Morph, ...], k: int) -> bool:
    """The thing noun at *k* (not an action's noun) + を/に is taken by a plain verb that leads on to another
    act (考慮し、, 沿って: 連用形, a verb of its own or an action's noun + する), in a sentence where the writer
    acts (``writer_acts``: 検討いたします, ご提案いたします, 調整させていただきます, 変更します): the basis the
    writer goes by. The verb itself said humbly (お荷物をお預かりいたします) is the act done to the thing, and
    not read here."""
    if _action(morphs[k]) or k + 3 >= len(morphs) or morphs[k].pos[:2] != ("名詞", "普通名詞"):
        return False
    particle, verb = morphs[k + 1], morphs[k + 2]
    if not (particle.pos_is("助詞", "格助詞") and particle.lemma in ("を", "に")):
        return False
    if verb.pos[:2] == ("動詞", "一般"):
        led = verb
    elif _action(verb) and morphs[k + 3].head == "動詞" and morphs[k + 3].lemma == "為る":
        led = morphs[k + 3]
    else:
        return False  # (お/ご before the verb: the humble act itself, or another word)
    return led.cform.startswith("連用形") and writer_acts(morphs, k)


def prefixed_for_our_act(old: str, new: str, *, ours: bool = False) -> str:
    """A noun *new* says with お/ご where *old* says it plainly, done with by the writer or a thing of ours.

    お/ご + a verb's stem + する/いたす (お振り込みいたします, お伝えします) is what the writer does for the
    reader; the thing it is done with, honoured (ご指定口座, ご要望), is the reader's, said plainly it may be
    the writer's own (指定口座 "the designated account", 要望 "our requests"). Only the old English tells
    (``catalog/suggest.py``): where it says neither "you" nor "your", an action's noun before a noun (ご指定
    口座: whose act chose it, as ご指定の日時) in such a sentence is a change. *ours*: the English also says
    "our"; then any noun in such a sentence, and, in any sentence, a thing (``_a_thing``: 連絡先 / ご連絡先
    under "Our contact details"). The noun with the prefix, or "".

    A bare noun in such a sentence under an English that says nothing of whose stays offered: 荷物をお預かり
    します / お荷物をお預かりします ("Luggage storage is available") is the reader's either way, as
    車をお回しします / お車をお回しします ("the (hotel) car") may not be: the words cannot tell them apart.
    """
    a, b = tuple(analyze(old) or ()), tuple(analyze(new) or ())
    for more, places in _prefix_said_more(a, b):
        if more is not b:
            continue  # (the prefix added in *new* only)
        for k in places:
            humble = _humble_act_in_sentence(b, k)
            if (ours and (humble or _a_thing(b, k))) or (humble and _before_a_noun(b, k) and _action(b[k])):
                return b[k - 1].text + b[k].text
    return ""


def prefixed_act_before_ours(old: str, new: str) -> tuple[str, str, str] | None:
    """An action's noun said with お/ご in one text and plainly in the other, before の上 / の後 / 後 (確認の上、
    発送いたします → ご確認の上): the act the sentence does first, then another.

    With お/ご the first act is the reader's (an honoured person's: "after you have checked"); said plainly it is
    anyone's, and under a main act of the writer's, read as the writer's own ("after we have checked"). Not before
    a humble light verb (ご確認いたします: the writer's either way, read by ``_actors``). The same only where the
    act is the reader's either way: every predicate after it in its sentence a request or the reader's
    (ご連絡ください, お願いいたします, ご利用いただけます), and the old English not saying the writer did it
    (点検の後、お車をお引き取りください, "after we have inspected it": the dealer's inspection, which ご点検 makes
    the customer's). (The noun in *old*, in *new*, whose the predicates after it are): ``_WE`` where one is the
    writer's humble act (いたします, 申し上げます, お知らせします, 承ります), "" where none says whose (行います,
    可能です: the caller asks the old English), ``_YOU`` where every one is the reader's (the caller asks the old
    English whether the writer acted first); None where the prefix moved nowhere such.
    """
    a, b = tuple(analyze(old) or ()), tuple(analyze(new) or ())
    for more, places in _prefix_said_more(a, b):
        for k in places:
            start = _after_first_act(more, k)
            if start is None or not _action(more[k]):
                continue
            actor = _whose_predicates(more, start)
            honoured = more[k - 1].text + more[k].text
            return (honoured, more[k].text, actor) if more is a else (more[k].text, honoured, actor)
    return None


# The nouns after an action's noun (+ の) that make it the act done first (確認の上, 確認の後, 確認後): the
# sequence, not the time of another (ご利用の際, ご来店時: the reader's either way). A supplement to UniDic,
# which tags 上 and 後 with every noun of place and time.
_THEN = frozenset({"上", "後"})


def _after_first_act(morphs: tuple[Morph, ...], k: int) -> int | None:
    """Where the sentence goes on after 確認|の|上 or 確認|後 (the action's noun at *k*), or None."""
    nxt = morphs[k + 1] if k + 1 < len(morphs) else None
    if nxt is None:
        return None
    if nxt.lemma == "後" and nxt.pos[:1] in (("接尾辞",), ("名詞",)):
        return k + 2  # 確認後 (not 手続き上, "as to procedure")
    head = morphs[k + 2] if k + 2 < len(morphs) else None
    if nxt.head == "助詞" and nxt.lemma == "の" and head is not None and head.head == "名詞" and head.lemma in _THEN:
        return k + 3
    return None


def _whose_predicates(morphs: tuple[Morph, ...], start: int) -> str:
    """Whose are the predicates from *start* to the end of the sentence.

    ``_YOU`` where each is a request or the reader's act (ください, お願いいたします, いただけます,
    なさいます, お越しになります); ``_WE`` where one is the writer's humble act (いたします, 申し上げます,
    お+a verb's stem+します, 承ります, させていただきます); "" where one is a plain verb (行います,
    できます: anyone's). No act at all (無料です, 無料となります) is ``_YOU``: the first act then comes
    before no act of the writer's (ご購入後1か月以内の点検は無料です: a time, the reader's purchase).
    A predicate is a run of verbs, auxiliaries and て (知らせ|て|ください).
    """
    groups: list[list[int]] = []
    last = -2
    for j in range(start, len(morphs)):
        m = morphs[j]
        if m.text in _SENTENCE_ENDS:
            break
        if m.head in ("動詞", "助動詞") or (m.head == "助詞" and m.lemma in ("て", "で") and j == last + 1):
            if j == last + 1 and groups:
                groups[-1].append(j)
            elif m.head == "動詞":
                groups.append([j])
            else:
                continue  # an auxiliary after a noun (です): no act of anyone's
            last = j
    kinds = set()
    for group in groups:
        lemmas = {morphs[j].lemma for j in group if morphs[j].head == "動詞"}
        first = group[0]
        if first > 1 and morphs[first - 1].head == "名詞" and _action(morphs[first - 1]):
            first -= 1  # ご連絡|します: the noun of the act, honoured or not
        honoured_stem = first > 0 and morphs[first - 1].head == "接頭辞" and morphs[first - 1].lemma == "御"
        caused = any(morphs[j].head == "助動詞" and morphs[j].lemma in ("せる", "させる") for j in group)
        if caused and "頂く" in lemmas:
            kinds.add(_WE)  # 返金させていただきます: we act, by the reader's leave
        elif lemmas & (_YOU_DO | _REQUEST_VERBS) or (honoured_stem and "成る" in lemmas):
            kinds.add(_YOU)  # ください, お願いいたします (a request, with the humble いたす), お越しになる
        elif lemmas & (_WE_DO - {"為る"}) or lemmas & _HUMBLE_VERBS or (honoured_stem and "為る" in lemmas):
            kinds.add(_WE)
        elif not lemmas <= _BEING:
            kinds.add("")
    if _WE in kinds:
        return _WE
    return _YOU if kinds <= {_YOU} else ""  # no act after it (無料です, 無料となります): a time, ご購入後1か月


# Verbs of being and becoming, no act of anyone's (無料となります, 必要があります, 残っております).
_BEING = frozenset({"成る", "有る", "居る"})


def _action(m: Morph) -> bool:
    return "サ変" in (m.pos[2:3] or ("",))[0]


def _before_a_noun(morphs: tuple[Morph, ...], k: int) -> bool:
    after = morphs[k + 1] if k + 1 < len(morphs) else None
    return after is not None and after.kind == "word" and after.head == "名詞"


def _a_thing(morphs: tuple[Morph, ...], k: int) -> bool:
    """The noun at *k* names a thing: not an action's noun (サ変可能), or one before a noun (連絡|先, 指定|口座)."""
    return _before_a_noun(morphs, k) or not _action(morphs[k])


def _humble_act_in_sentence(morphs: tuple[Morph, ...], k: int, verb: Callable[[str], bool] | None = None) -> bool:
    """お/ご + a verb's stem + する/いたす in the sentence of the word at *k* (お回し|し|ます).

    A verb of its own (UniDic's 動詞-一般), not one that may serve another word (掛ける, 非自立可能: ご不便を
    おかけします, お手数をおかけします cause the reader something, the reader's either way). *verb*: a test
    the humble act's verb must pass too (``sends_on``).
    """
    start, end = _sentence_bounds(morphs, k)
    return any(
        morphs[j].head == "接頭辞"
        and morphs[j].lemma == "御"
        and morphs[j + 1].pos[:2] == ("動詞", "一般")
        and morphs[j + 2].head == "動詞"
        and morphs[j + 2].lemma in ("為る", "致す")
        and (verb is None or verb(morphs[j + 1].lemma.split("-")[0]))
        for j in range(start, end - 2)
    )


def _all_of_you(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """皆で / 皆様で: 皆 said plainly may count the writer in ("all of us"); honoured (様, さん) it is the
    readers alone ("all of you"). 皆様 / 皆さん stay the same people."""

    def honoured(morphs: tuple[Morph, ...]) -> list[bool]:
        return [
            k + 1 < len(morphs) and morphs[k + 1].head == "接尾辞" and morphs[k + 1].pron in ("サマ", "サン")
            for k, m in enumerate(morphs)
            if m.lemma == "皆" and m.head == "名詞"
        ]

    ha, hb = honoured(a), honoured(b)
    if len(ha) != len(hb) or ha == hb:
        return None
    return ("皆", "皆様") if sum(hb) > sum(ha) else ("皆様", "皆")


def _whose_person(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """担当者 / ご担当者, 担当者様: a noun of people honoured in one text and said plainly in the other.

    The honorific (ご/お before, 様 read サマ after) says whose person it is: the reader's (your person in
    charge); said plainly, the writer's own or nobody's (ours). Honoured both ways (ご本人様 / ご本人) it
    stays the same person; の方 says "people who are" (保護者の方 / 保護者, ``_person_honoured``). The words
    alone cannot tell a noun only the reader can be (利用者) from one of either side (担当者): the safe answer
    is a change.
    """
    honours_a, honours_b = _honours(a), _honours(b)
    for noun in honours_a.keys() & honours_b.keys():
        if len(honours_a[noun]) != 1 or len(honours_b[noun]) != 1:
            continue
        was, now = next(iter(honours_a[noun])), next(iter(honours_b[noun]))
        if was != now and {was, now} not in _HONOURED_ALIKE:
            named = {_PLAIN: noun, _ALL_HONOURED: noun + "の皆様"}
            return named.get(was, "(honoured) " + noun), named.get(now, "(honoured) " + noun)
    return None


_PREFIXED, _SUFFIXED, _ALL_HONOURED, _PLAIN = "ご", "様", "の皆様", ""
# ご担当者 / 担当者様 (ご本人 / ご本人様): honoured either way, the reader's; 会員様 / 会員の皆様: honoured after the
# noun either way. Said plainly against any of them (whose?), or ご against の皆様 (利用者の皆様 / ご利用者の皆様:
# "your users"?), it is a change.
_HONOURED_ALIKE = ({_PREFIXED, _SUFFIXED}, {_SUFFIXED, _ALL_HONOURED})


def _honours(morphs: tuple[Morph, ...]) -> dict[str, set[str]]:
    """Each noun of people (``_a_person``, with the nouns before it: 担当|者) and how it is honoured: with ご/お
    before it, with 様 after it, with の皆様 (の皆さん) after it and nothing before, or not at all. の皆様 honours the
    people as 様 does, and counts as plain against ご (利用者の皆様 / ご利用者の皆様: "your users")."""
    found: dict[str, set[str]] = {}
    for k, m in enumerate(morphs):
        if not _a_person(m) or (k + 1 < len(morphs) and _a_person(morphs[k + 1])):
            continue
        j = k
        while j > 0 and morphs[j - 1].kind == "word" and morphs[j - 1].head in ("名詞", "接尾辞"):
            j -= 1
        after = morphs[k + 1] if k + 1 < len(morphs) else None
        if after is not None and after.lemma == "の" and k + 2 < len(morphs) and _person_at(morphs, k + 2):
            continue  # 保護者の方: "people who are", honoured without saying whose (either way: _person_honoured)
        prefixed = j > 0 and morphs[j - 1].head == "接頭辞" and morphs[j - 1].lemma == "御"
        suffixed = after is not None and after.head == "接尾辞" and after.lemma == "様" and after.pron == "サマ"
        everyone = after is not None and after.lemma == "の" and k + 3 < len(morphs) and morphs[k + 2].lemma == "皆"
        all_honoured = everyone and morphs[k + 3].head == "接尾辞" and morphs[k + 3].pron in ("サマ", "サン")
        honour = _PREFIXED if prefixed else _SUFFIXED if suffixed else _ALL_HONOURED if all_honoured else _PLAIN
        found.setdefault("".join(x.text for x in morphs[j : k + 1]), set()).add(honour)
    return found


_PERSONS = frozenset("者員客")  # the last kanji of a noun of people: 保護|者, 会員, 乗客


def _a_person(m: Morph) -> bool:
    """A noun (or a noun's suffix) that names people by its last kanji: 保護|者, 会員, 係員, 乗客."""
    return m.kind == "word" and (m.head == "名詞" or m.pos[:2] == ("接尾辞", "名詞的")) and m.text[-1:] in _PERSONS


def _ends_a_noun(morphs, k: int) -> bool:
    """The word at *k* ends its noun phrase: a particle, a punctuation mark or the end after it."""
    return k + 1 == len(morphs) or morphs[k + 1].head == "助詞" or morphs[k + 1].kind in ("punct", "symbol")


_COMPOUNDS = 3  # compounds replaced, at most, in one comparison
_SUBSTITUTED = 8  # the keys of one difference, at most, cut into substitutions
_SUBSTITUTION_KINDS = frozenset({SYNONYM, NOTATION, COURTESY, PARTICLE})  # what a part of one may be


def _compound_part(span: list[Morph], dropped: set[int]) -> bool:
    """A word that may stand inside a noun compound: a common noun, a noun's suffix, a prefix (not お/ご)."""
    words = [m for m in span if id(m) not in dropped]
    return bool(words) and all(
        m.kind == "word"
        and (
            (m.head == "名詞" and m.pos[1:2] not in (("固有名詞",), ("数詞",)))
            or m.pos[:2] == ("接尾辞", "名詞的")
            or (m.head == "形状詞" and is_katakana(m.text))  # スマート|フォン: a loanword's part
            or (not m.pos and m.text.isascii() and m.text.isalpha())  # E|メール, QR|コード: Latin letters written on
            or (m.head == "接頭辞" and m.lemma != "御")
        )
        for m in words
    )


def _compounds(ka, kb, op: tuple[int, int, int, int], dropped: set[int], lexicon: Lexicon) -> tuple[str, str] | None:
    """The noun compounds around a difference, (old, new), when both resources show them the same word.

    Each side is widened to the whole compound (the nouns, suffixes and
    prefixes next to it); neither may hold a word that limits or negates.
    """
    found, sounds = [], []
    for keyed, lo, hi in ((ka, op[0], op[1]), (kb, op[2], op[3])):
        while lo > 0 and _compound_part(keyed[lo - 1][1], dropped):
            lo -= 1
        while hi < len(keyed) and _compound_part(keyed[hi][1], dropped):
            hi += 1
        spans = keyed[lo:hi]
        if not spans or not all(_compound_part(span, dropped) for _, span in spans):
            return None
        words = [m for _, span in spans for m in span if id(m) not in dropped]
        if any(_flagged(m, lexicon) for m in words):
            return None
        found.append(_text(words))
        sounds.append("".join(m.pron for m in words))  # (解答 / 回答, read alike: homophones, never synonyms)
    old, new = found
    if old == new or len(old) < 2 or len(new) < 2:
        return None
    compound = ("名詞", "普通名詞", "一般")
    shown = same_word(
        Morph(old, "word", compound, lemma=old, pron=sounds[0], pron_base=sounds[0]),
        Morph(new, "word", compound, lemma=new, pron=sounds[1], pron_base=sounds[1]),
    )
    return (old, new) if shown else None


def another_form(old: str, new: str) -> bool:
    """いただきます → いただけます: a verb read as another word of its lemma (a request, "can"): no slip.

    The same verbs by lemma, not by lemma and dictionary pronunciation: one
    kana changed a verb into its potential form, a real word the writer chose;
    or a verb's tense (``_tense_changed``).
    """
    if len(old) != len(new):
        return False  # a kana doubled or dropped: the form of a verb changes one kana for another
    old, new = changed_clauses(old, new)
    a, b = analyze(old), analyze(new)
    if a is None or b is None:
        return False
    verbs_a = [m for m in a if m.head == "動詞"]
    verbs_b = [m for m in b if m.head == "動詞"]
    if sorted(m.lemma for m in verbs_a) != sorted(m.lemma for m in verbs_b):
        return False
    if _tense_changed(old, new, a, b):
        return True  # 降りる時 → 降りた時: the same verb in another tense, no slip
    return sorted((m.lemma, m.pron_base) for m in verbs_a) != sorted((m.lemma, m.pron_base) for m in verbs_b)


def a_particle_apart(old: str, new: str) -> bool:
    """17時までに → 17時まで: one text is the other with a whole particle added, every other word read the same.

    A slip leaves the words it touches unreadable; a particle the analyzer reads in its place, beside the
    same words, is one the writer chose to add or drop: no slip, the proofs decide.
    """
    if abs(len(old) - len(new)) != 1:
        return False
    long_text, short_text = (old, new) if len(old) > len(new) else (new, old)
    at = next((i for i, (x, y) in enumerate(zip(long_text, short_text)) if x != y), len(short_text))
    if any(long_text[at] == long_text[k] for k in (at - 1, at + 1) if 0 <= k < len(long_text)):
        return False  # をを, かから: a kana typed twice, the slip the analyzer reads as one more particle
    a, b = analyze(old), analyze(new)
    if a is None or b is None:
        return False
    longer_morphs = a if len(old) > len(new) else b
    start = 0
    for m in longer_morphs:
        if start == at and m.text == long_text[at] and m.lemma == "の" and m.pos_is("助詞", "格助詞"):
            return True  # 家の中 / 家中: a whole の dropped joins the words into another (カチュー, "the whole house")
        start += len(m.text)
    if abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    k = next((k for k, (x, y) in enumerate(zip(longer, shorter)) if x.text != y.text), len(shorter))
    return longer[k].head == "助詞" and [m.text for m in longer[:k] + longer[k + 1 :]] == [m.text for m in shorter]


def _tense_changed(old: str, new: str, a: tuple[Morph, ...], b: tuple[Morph, ...]) -> bool:
    """降りる → 降りた: one kana for another far from it in the table, and the past (た) said or unsaid.

    A slip types a kana's neighbour (た for だ, す for ず); a writer changing
    the tense writes another kana altogether.
    """
    if sum(1 for m in a if m.head == "助動詞" and m.lemma == "た") == sum(
        1 for m in b if m.head == "助動詞" and m.lemma == "た"
    ):
        return False
    if len(old) != len(new):
        return False
    changed = [(x, y) for x, y in zip(old, new, strict=True) if x != y]
    return len(changed) == 1 and abs(ord(changed[0][0]) - ord(changed[0][1])) > 1


def _parity(morphs: tuple[Morph, ...], apart: set[int], lexicon: Lexicon) -> int:
    kept = [m for m in morphs if id(m) not in apart]
    return len(said_not(kept, lexicon.negative_words)) % 2


def _spoken(morphs: tuple[Morph, ...]) -> list[Morph]:
    """The words that are read out: not the spaces and the punctuation the keys drop."""
    return [m for m in morphs if m.kind != "space" and m.text not in _DROPPED_PUNCT]


_MOVABLE = frozenset({"を", "に", "へ", "で", "にて", "から", "まで", "より", "が", "は", "も"})


_COMMAS = frozenset("、,，")
_SENTENCE_ENDS = frozenset("。！？!?")
# A sentence's end or a bracket: no phrase, not even a topic, moves across one (毎月26日(休日の場合は…)).
_HARD_STOPS = _SENTENCE_ENDS | frozenset("()（）[]［］【】〔〕〈〉《》<>")
# Nouns that say when the predicate holds: a phrase of one is an adjunct (雨天の場合は), whatever its particle.
_CIRCUMSTANCES = frozenset({"場合", "際", "時", "折", "節"})
# After an action (a verb, a suru-noun), these make it a clause of its own: ご使用後は, ご予約の際, 乗車中は.
_RELATIONAL = _CIRCUMSTANCES | frozenset({"後", "前", "中", "間", "以降", "以前", "以後", "まで", "うち", "上"})
# Words that limit: a phrase holding one is said of what follows it (初回に限り), and stays where it is.
_LIMITS = frozenset({"以下", "以上", "未満", "以内", "以外", "超", "のみ", "だけ", "しか", "限り", "限る", "除く"})
# A verb (or 限り) after に/を that makes one particle with it: 初回に限り, 現金を除き, 天候に応じて.
_POSTPOSITIONS = frozenset({"限る", "除く", "際する", "当たる", "伴う", "対する", "応じる", "基づく", "先立つ"})


class _Phrase(NamedTuple):
    start: int  # the keys of the phrase: keyed[start:end]
    end: int
    label: str  # its role, for the rule that phrases exchanged have different roles: its particle(s), ⟨when⟩…
    identity: tuple[str, ...]  # its keys and the own lemma of each particle in it
    bound: bool  # a clause's head (a predicate, an action with 後/際…, a sentence end): it never moves
    verbal: bool  # it holds a verb, an adjective, an auxiliary or a request
    floating: bool  # a topic (a noun phrase + は) or a reason (のため), no predicate in it: it may cross a
    # clause's head in its sentence (it is said of the sentence's predicate)
    role: tuple[str, ...] = ()  # the keys of its last particles (で and にて are one)
    items: tuple[tuple[int, int], ...] = ()  # the nouns it lists first (東京と大阪の会場で), by their keys
    listed: tuple = ()  # the nouns it lists, in a canonical order, and their coordinator (東京と大阪 = 大阪と東京)
    content: tuple[str, ...] = ()  # its keys before its last particles: what it says, whatever its role
    # bound only as an occasion said with a noun (お申し込みの際に, ご使用後は, 受付まで): no verb, no predicate,
    # no limit; it may be read as an adjunct of the next clause's predicate (``_in_old_order``'s second reading)
    occasion: bool = False
    # a topic that holds a relative clause (本日予定しておりました稽古は): a noun phrase + は, free as a topic is,
    # though a verb stands in it; nothing may cross it inside its clause (its clause could take what stands
    # before it), and it crosses only coordinate clauses (``_in_old_order``)
    relative: bool = False


def _relative_topic(keyed, dropped: set[int], start: int, end: int) -> bool:
    """keyed[start:end] is a noun phrase + は whose every predicate modifies a noun in it: a relative clause.

    The last verb, adjective or auxiliary in it stands in its attributive form (UniDic's 連体形: 予定して
    おりました稽古は, 泥酔されている方のご入館は, 有効な会員証は) and a noun follows it before the は; no
    other particle ends the phrase (稽古には, 稽古までは say another role).
    """
    morphs = [m for _, span in keyed[start:end] for m in span if m.kind == "word"]
    spoken = [m for m in morphs if id(m) not in dropped]
    if len(spoken) < 3 or not spoken[-1].pos_is("助詞", "係助詞") or spoken[-1].lemma != "は":
        return False
    if spoken[-2].head == "助詞":
        return False
    verbal = [n for n, m in enumerate(morphs) if m.head in ("動詞", "形容詞", "助動詞")]
    if not verbal or not morphs[verbal[-1]].cform.startswith("連体形"):
        return False
    return any(m.head == "名詞" and id(m) not in dropped for m in morphs[verbal[-1] + 1 :])


_WEEKDAY_MARKS = frozenset("月火水木金土日祝・")


def _weekday_brackets(words: list[list[Morph]]) -> set[int]:
    """The keys of a weekday in brackets right after a date (6月8日（月）, 5月3日(日・祝)): no clause of its own,
    as a bracket's other contents may be (毎月26日(休日の場合は…)), so a phrase moves across it with its date."""
    found: set[int] = set()
    for i, content in enumerate(words):
        if not (content and content[-1].text in ("(", "（") and i and words[i - 1] and words[i - 1][-1].text == "日"):
            continue
        k = i + 1
        while k < len(words) and k - i <= 4 and words[k] and all(m.text in _WEEKDAY_MARKS for m in words[k]):
            k += 1
        if i + 1 < k < len(words) and words[k] and words[k][0].text in (")", "）") and len(words[k]) == 1:
            found.update(range(i, k + 1))
    return found


def _phrases(keyed, dropped: set[int]) -> list[_Phrase]:
    """The phrases of a key sequence: each ends with its particles, at a comma, or as an adverb alone.

    A genitive (の), と and や stay inside a phrase (監視員の指示に, 机と椅子を); so do のみ/だけ, a
    postposition with its particle (初回に限り), and a phrase before a clause inside the next (肥料代金が
    未納の方, 診察をご希望の方). A phrase is *bound* when it holds a predicate (a verb, a suru-noun with its
    light verb, an adjective, an auxiliary, a request, an adjectival noun said with な, the copula, a
    construction's key), an action and a word of time or occasion after it (ご使用後は, ご予約の際), a
    limit (初回に限り: what crosses it changes what it limits), a sentence's end or a bracket: the head
    of a clause, whose arguments stand before it.
    """
    words = [[m for m in span if id(m) not in dropped] for _, span in keyed]
    leads: list[list[Morph]] = []
    for (_, span), content in zip(keyed, words, strict=True):
        first = next((n for n, m in enumerate(span) if content and m is content[0]), len(span))
        leads.append(span[:first])

    def particle(i: int) -> bool:
        return 0 <= i < len(keyed) and bool(words[i]) and words[i][-1].head == "助詞"

    def postposition(i: int) -> bool:
        if not (0 <= i < len(keyed) and words[i] and particle(i - 1) and words[i - 1][-1].lemma in ("に", "を")):
            return False
        m = words[i][-1]
        return (m.head == "名詞" and m.lemma == "限り") or (m.head == "動詞" and m.lemma in _POSTPOSITIONS)

    def read_as_particle(i: int) -> bool:
        """A verb the lexicon reads as a particle's equal (により: で), not a predicate."""
        return (
            0 <= i < len(keyed)
            and (keyed[i][0].startswith("⟨particle") or keyed[i][0] == BY_OR_DEPENDING)
            and bool(words[i])
            and words[i][-1].head == "動詞"
        )

    def coordinator(k: int) -> int:
        """How many keys from *k* say "and" or "or" between two nouns (と, や, か, 及び; また|は: two)."""
        if not (0 <= k < len(keyed) and words[k]):
            return 0
        m = words[k][-1]
        if m.head == "助詞" and m.lemma in ("と", "や", "か"):
            return 1
        if m.head == "接続詞" and m.lemma in ("及び", "並びに", "若しくは", "或いは"):
            return 1
        if m.head == "接続詞" and m.lemma == "又":
            return 2 if particle(k + 1) and words[k + 1][-1].lemma == "は" else 1
        return 0

    def nominal(k: int) -> bool:
        return bool(words[k]) and all(
            m.head in ("名詞", "接頭辞", "接尾辞") or m.kind == "number" or not m.pos for m in words[k]
        )

    def listing(start: int, end: int) -> tuple[tuple[tuple[int, int], ...], tuple]:
        """The nouns listed at the start of keyed[start:end], and the list's identity: its nouns sorted."""
        items: list[tuple[int, int]] = []
        joints: list[tuple[str, ...]] = []
        k = begin = start
        while k < end:
            size = coordinator(k)
            if size:
                if k == begin:
                    return (), ()
                items.append((begin, k))
                joints.append(tuple(key for key, _ in keyed[k : k + size]))
                k = begin = k + size
            elif nominal(k):
                k += 1
            else:
                break
        if not items or k == begin or len(set(joints)) != 1:
            return (), ()
        items.append((begin, k))
        keys = [tuple(key for key, _ in keyed[i:j]) for i, j in items]
        return tuple(items), (tuple(sorted(keys)), joints[0])

    def leads_at(k: int) -> list[Morph]:
        return leads[k] if k < len(keyed) else []

    def copula(m: Morph) -> bool:
        """The copula's に/で/な (一時的に, 会場で: often a particle misread), not です or ます."""
        return m.head == "助動詞" and m.lemma == "だ"

    def genitive(k: int, subject: bool) -> bool:
        """A noun + の at *k* that takes the phrase before it as its argument: a clause inside a phrase.

        After が, any noun (肥料代金が未納の方, 獣医師が不在のため); after another case particle, an
        action (診察をご希望の方, 窓口でご購入の方).
        """
        after = k + 1 < len(keyed) and particle(k + 1) and words[k + 1][-1].lemma == "の"
        if not (0 <= k < len(keyed) and nominal(k) and (after or any(m.lemma == "の" for m in leads_at(k + 1)))):
            return False
        return subject or words[k][-1].pos[:3] == ("名詞", "普通名詞", "サ変可能")

    def said(k: int) -> bool:
        """An adjectival noun said with the copula's な/だ/で or です (有効な, 危険です), not its に (一時的に)."""
        after = leads[k + 1] if k + 1 < len(keyed) else []
        return any(m.lemma == "です" or (m.lemma == "だ" and m.text != "に") for m in after)

    out: list[_Phrase] = []
    start = 0
    adverbial = False  # the phrase was closed by the copula's に (一時的に): an adverb
    reason = False  # the phrase ends with のため

    def honorific_stem(k: int, m: Morph) -> bool:
        """お届け|時, お申し込み|の際: a verb's stem after お/ご and before a word of occasion names the action as a
        noun does (お支払い時), no predicate of its own."""
        if m.head != "動詞" or not m.cform.startswith("連用形") or m is not words[k][-1]:
            return False
        span = keyed[k][1]  # (with the prefix, dropped as politeness)
        at = next((n for n, w in enumerate(span) if w is m), 0)
        before = span[at - 1] if at else (keyed[k - 1][1][-1] if k and keyed[k - 1][1] else None)
        after = words[k + 1][0] if k + 1 < len(words) and words[k + 1] else None
        prefixed = before is not None and before.head == "接頭辞" and before.lemma == "御"
        return prefixed and after is not None and (after.lemma in _RELATIONAL or after.lemma == "の")

    def predicative(start: int, end: int) -> tuple[bool, bool]:
        """Whether keyed[start:end] holds a verb (an adjective, an auxiliary, a request), and a predicate."""
        # 中止し、: a suru-noun with its light verb (dropped, as ます is) says an action, a clause's head (and a
        # verb's: 中止する場合は names an action); so does the copula inside a phrase (必須ではございません: a
        # predicate's では, no topic). Not a light verb inside a noun (精米し|たて: "freshly milled", a suffix).
        light_verb = any(
            m.head in ("動詞", "助動詞") and not copula(m) and not suffixed(k)
            for k in range(start + 1, end + 1)
            if not (k == end and _becomes(leads_at(k)))  # (10時まで|となります: the predicate's, after the phrase)
            for m in leads_at(k)
        )
        verbal = (
            any(key == REQUEST for key, _ in keyed[start:end])
            or light_verb
            or any(
                m.head in ("動詞", "形容詞", "助動詞")
                and not postposition(k)
                and not read_as_particle(k)
                and not honorific_stem(k, m)
                for k in range(start, end)
                for m in words[k]
            )
        )
        light = light_verb or any(copula(m) for k in range(start + 1, end) for m in leads_at(k))
        predicate = (
            verbal
            or light
            or any(
                (m.head == "形状詞" and said(k)) or (m.text in _HARD_STOPS and k not in weekday_brackets)
                for k in range(start, end)
                for m in words[k]
            )
        )
        return verbal, predicate

    def suffixed(k: int) -> bool:
        """A nominal suffix at *k* (精米し|たて): the light verb before it is inside a noun."""
        return k < len(keyed) and bool(words[k]) and words[k][0].pos_is("接尾辞", "名詞的")

    def close(end: int, bound: bool = False) -> None:
        nonlocal start, adverbial, reason
        if end <= start:
            return
        # 毎朝販売しております: a time (本日, 毎朝, 5月1日) said bare before its clause's predicate is a phrase of
        # its own, which may move within the clause (店頭で毎朝 / 毎朝、店頭で); never a time before a noun
        # (本日受付分は: which things), nor a time that another clause's predicate follows.
        relative = not reason and _relative_topic(keyed, dropped, start, end)
        when = _time_at(words, start, end)
        if when and not relative and not reason and not adverbial and predicative(when, end)[1] and not particle(when):
            close(when)
        span_words = [m for n in range(start, end) for m in words[n]]
        keys = tuple(key for key, _ in keyed[start:end])
        own = tuple(m.lemma for m in span_words if m.head == "助詞")
        trailing: list[str] = []
        n = end - 1
        while n >= start and particle(n):
            trailing.insert(0, words[n][-1].lemma)
            n -= 1
        head = words[n][-1] if n >= start and words[n] else None
        # (で/にて, に/へ, から/より by their group's key; が, は, を, の, which share one, by their own)
        role = tuple(
            own if own in ("が", "は", "を", "の") else key for own, key in zip(trailing, keys[n + 1 - start :])
        )
        relational = [k for k in range(start, end) if words[k] and words[k][-1].lemma in _RELATIONAL]
        action = any(
            m.head == "動詞" or m.pos[:3] == ("名詞", "普通名詞", "サ変可能")
            for k in range(start, relational[-1] if relational else start)
            for m in words[k]
        )
        verbal, predicate = predicative(start, end)
        # (により said of a rule, ``BY_OR_DEPENDING``, is a particle's equal as で is: no construction)
        constructed = any(
            "⟨" in key and not key.startswith(("⟨particle", "⟨same")) and key != BY_OR_DEPENDING for key in keys
        )
        # A limit (初回に限り, 現金のみで, 2,350万円以下の方) is said of what follows it: nothing crosses it.
        limited = any(m.lemma in _LIMITS for k in range(start, end) for m in words[k])
        # An occasion said with a noun (お申し込みの際に, ご使用後は, ご使用前に, ご来店までに, 受付まで): its
        # constructions only those of an occasion, a time before or after an action, a deadline.
        marks = [
            key for key in keys if "⟨" in key and not key.startswith(("⟨particle", "⟨same")) and key != BY_OR_DEPENDING
        ]
        before_an_action = any(key.endswith(_BEFORE) for key in marks) and any(
            m.pos[:3] == ("名詞", "普通名詞", "サ変可能") for m in span_words
        )
        occasion = (
            not (bound or predicate or limited)
            and all(key in (IF, IF_DONE, _BY) or key.endswith(_BEFORE) for key in marks)
            and (
                (bool(relational) and action)
                or before_an_action
                or (constructed and head is not None and head.lemma in _CIRCUMSTANCES)
            )
        )
        relative = relative and not (bound or constructed or limited or relational)
        bound = not relative and (bound or predicate or constructed or limited or (bool(relational) and action))
        if reason:
            label = "⟨reason⟩"
        elif head is not None and head.lemma in _CIRCUMSTANCES and not _hour(words, n):
            label = "⟨when⟩"
        elif trailing:
            label = "/".join(role)
        elif adverbial or (head is not None and head.head == "副詞" and end - start == 1):
            label = "⟨adverb⟩"
        else:
            label = keys[-1]
        floating = not bound and (trailing == ["は"] or reason)
        items, listed = listing(start, end)
        role = role if trailing else (label,)
        content = keys[: n + 1 - start]
        out.append(
            _Phrase(
                start, end, label, keys + own, bound, verbal, floating, role, items, listed, content, occasion, relative
            )
        )
        start, adverbial, reason = end, False, False

    weekday_brackets = _weekday_brackets(words)
    for i, (key, _) in enumerate(keyed):
        if i in weekday_brackets:
            continue  # 6月8日（月）から: the date's weekday in brackets, inside the date's phrase
        lead = leads[i]
        if any(m.text in _COMMAS for m in lead):
            close(i, bound=_noue(lead))
        elif any(m.head == "助動詞" and m.lemma == "だ" and m.text == "に" for m in lead) and i > start:
            adverbial = True  # 一時的に: the adjectival noun said as an adverb
            close(i)
        elif (
            key != REQUEST
            and any(m.pos_is("助詞", "接続助詞") for m in lead)
            and not _auxiliary_after_connective(lead, words[i])
        ):
            close(i, bound=True)  # 包んで: a verb's connective form ends its clause
        elif _noue(lead) and i > start:
            close(i, bound=True)  # ご予約のうえ、: "after booking", said as politeness, ends its clause too
        content = words[i]
        if not content:
            continue
        last = content[-1]
        if last.text in _SENTENCE_ENDS:
            close(i + 1, bound=True)  # 20%割引となります。: the predicate with its sentence's end
        elif last.text in _HARD_STOPS:
            close(i, bound=True)
            close(i + 1, bound=True)
        elif last.head == "副詞" and i == start and len(content) == 1 and not particle(i + 1):
            close(i + 1)  # 必ず: an adverb alone is a phrase of its own
        elif (
            particle(i)
            and last.lemma in _MOVABLE
            and not particle(i + 1)
            # での: its の dropped, still a genitive (not the と of となります, said as です: 10時までとなります)
            and (not any(m.head == "助詞" for m in leads_at(i + 1)) or _becomes(leads_at(i + 1)))
            and not (last.lemma not in ("は", "も") and genitive(i + 1, last.lemma == "が"))
            and not postposition(i + 1)
            and coordinator(i - 1) != 2  # また|は: "or"
        ):
            close(i + 1)
        elif postposition(i) or (
            read_as_particle(i)
            and not particle(i + 1)
            and not any(m.head in ("助詞", "助動詞", "動詞") for m in leads_at(i + 1))  # (によって: a verb's て)
        ):
            close(i + 1)  # (会場の都合により: a verb the lexicon reads as a particle, で's equal)
        elif particle(i) and last.pos_is("助詞", "接続助詞") and not particle(i + 1):
            close(i + 1, bound=True)  # 登録されていれば: a conditional ends its clause
        elif last.head == "名詞" and last.lemma == "為" and i > start and _genitive_before(content, words[i - 1]):
            reason = True
            close(i + 1)  # 安全のため: "because of", a phrase of its own
    close(len(keyed), bound=True)
    return out


def _becomes(lead: list[Morph]) -> bool:
    """Dropped words that start with と + なる (10時までとなっております): the copula said another way, no particle
    that joins the phrase before to the next word."""
    words = [m for m in lead if m.kind == "word"]
    return (
        len(words) >= 2
        and words[0].pos_is("助詞", "格助詞")
        and words[0].lemma == "と"
        and words[1].head == "動詞"
        and words[1].lemma == "成る"
        and not any(m.head == "助詞" for m in words[2:] if not m.pos_is("助詞", "接続助詞"))
    )


def _noue(lead: list[Morph]) -> bool:
    """の + 上 (read うえ) among words dropped before a key: ご記入のうえ, ご持参の上, a clause's connective."""
    return any(
        m.head == "名詞" and m.lemma == "上" and m.pron == "ウエ" and n and lead[n - 1].lemma == "の"
        for n, m in enumerate(lead)
    )


def _hour(words: list[list[Morph]], k: int) -> bool:
    """時 after a number (6時から): a time of day, not an occasion."""
    return words[k][-1].lemma == "時" and k > 0 and bool(words[k - 1]) and _numeric(words[k - 1][-1])


# Nouns that say when (UniDic tags them with every adverbial noun, 全員 and 一部 too): a supplement.
_WHEN = _ONE_DAY | frozenset(
    {
        "毎日", "毎朝", "毎晩", "毎夕", "毎週", "毎月", "毎年", "今週", "来週", "先週", "今月", "来月", "先月",
        "今年", "来年", "昨日", "前日", "後日", "同日", "終日", "今夕", "午前", "午後", "週末", "平日", "月曜",
        "火曜", "水曜", "木曜", "金曜", "土曜", "日曜",
    }
)  # fmt: skip
# The units of a date or an hour after a number (5月1日, 10時30分), and 日 or 末 after a time (月曜日, 今週末).
_TIME_UNITS = frozenset({"年", "月", "日", "時", "分", "半", "曜日", "末"})


def _time_at(words: list[list[Morph]], start: int, end: int) -> int:
    """Where a time said bare at keyed[start] ends (本日, 毎朝, 5月1日, 午前10時), or 0: none, or all there is."""
    k, named = start, False
    while k < end and len(words[k]) == 1:
        m = words[k][0]
        if m.kind == "number":
            named = True
        elif m.head == "名詞" and m.lemma in _WHEN:
            named = True
        elif not (named and m.lemma in _TIME_UNITS and m.head in ("名詞", "接尾辞")):
            break
        k += 1
    if not named or k == end or (k > start and words[k - 1][0].kind == "number"):
        return 0  # (5 alone, or 5|名: a number that counts)
    return k


def _genitive_before(content: list[Morph], previous: list[Morph]) -> bool:
    """The の of のため: in the word's own span (an equivalent's key) or the word before."""
    words = content[-2:-1] or previous[-1:]
    return bool(words) and words[0].head == "助詞" and words[0].lemma == "の"


def _auxiliary_after_connective(lead: list[Morph], content: list[Morph]) -> bool:
    """A connective particle in *lead* followed by a verb that serves it (いる, おる): one verb, no clause's end.

    The verb is the first of the *content* words after the lead (行っ|て|おり|ます) or itself a dropped word of
    the lead, where ている was read away (禁止し|て|おり|ます as a rule in force).
    """
    connective = next((n for n, m in enumerate(lead) if m.pos_is("助詞", "接続助詞")), None)
    after = lead[connective + 1 :] + content[:1] if connective is not None else []
    return any(m.pos_is("動詞", "非自立可能") for m in after)


# Conditions exchanged whole --------------------------------------------------------------------------------------

# The nouns of occasion that end a clause of condition (雨天の場合は, ご来店の際に, 届いた時は, 雨天の折には), by UniDic
# lemma and, for 時 and 折, the reading that is the noun "time, occasion" (not the suffix ジ of 故障時).
_OCCASIONS = {"場合": "", "際": "", "時": "トキ", "折": "オリ"}
# The particles an occasion may take and still be a condition of the clause after it (雨天の場合は, 際には,
# 場合でも "even in case"); 場合の (a noun's modifier), 場合が/場合も + ある ("there are cases") are not.
_OCCASION_PARTICLES = frozenset({"", "は", "に", "には", "も", "にも", "でも", "では"})
# Verbs after ても that make it a permission, not a condition (しても構いません, しても差し支えありません): a
# supplement to UniDic's 非自立可能, which marks the others (なければなりません, ばいい, てもよい).
_PERMITTING = frozenset({"構う", "差し支える"})


def _condition_end(morphs: tuple[Morph, ...], i: int) -> int | None:
    """The index after the clause of condition that ends at morphs[i] (with its particles and comma), or None.

    A condition: a verb's ば (仮定形 + ば), た's or だ's 仮定形 (たら, なら), a verb's て + も (concessive), or an
    occasion noun (``_OCCASIONS``) with its particles (``_OCCASION_PARTICLES``). It must be followed by a
    predicate of its own: never by a word that needs what stands before it (UniDic's 非自立可能: なければ
    なりません, ばいい, 場合もあります; an adjective or adjectival noun, which judges it: しても大丈夫です; or a
    permitting verb, ``_PERMITTING``), which makes one predicate of the two.
    """
    m = morphs[i]
    end = None
    # (Each test asks the lemma first: a word's lemma is read as a field, its part of speech through a call, and
    # this runs at every word of every clause read for a condition.)
    if m.lemma == "ば" and m.pos_is("助詞", "接続助詞"):
        end = i + 1
    elif m.head == "助動詞" and m.lemma in ("た", "だ") and m.cform.startswith("仮定形"):
        if i + 1 < len(morphs) and morphs[i + 1].lemma == "ば":
            return None  # (ならば: the ば ends it)
        end = i + 1
    elif m.lemma == "も" and m.pos_is("助詞", "係助詞") and i >= 1 and morphs[i - 1].pos_is("助詞", "接続助詞"):
        end = i + 1 if morphs[i - 1].lemma == "て" else None
    elif m.head == "名詞" and m.lemma in _OCCASIONS and (not _OCCASIONS[m.lemma] or m.pron == _OCCASIONS[m.lemma]):
        k = i + 1
        while k < len(morphs) and morphs[k].head == "助詞" and morphs[k].lemma in ("は", "に", "も", "で"):
            k += 1
        if "".join(x.lemma for x in morphs[i + 1 : k]) not in _OCCASION_PARTICLES:
            return None
        end = k
    if end is None:
        return None
    while end < len(morphs) and morphs[end].text in ("、", ","):
        end += 1
    after = morphs[end] if end < len(morphs) else None
    if after is None or after.text in _HARD_STOPS:
        return None  # nothing after: said of no predicate (雨天の場合は。)
    if after.head in ("助詞", "助動詞"):
        return None  # 場合の料金, 場合のみ, 場合です: the noun is said of what follows, no clause ends
    if "非自立可能" in after.pos or after.head in ("形容詞", "形状詞") or after.lemma in _PERMITTING:
        return None
    return end


# The verbs of a state, not an act (雨が降っていれば, 在庫があれば, 予約できれば): UniDic gives no aspect; a supplement.
_STATES = frozenset({"居る", "有る", "御座る", "出来る", "要る"})
# The auxiliaries that leave an act an act (飲みましたら, 案内されたら, 待たせたら); any other one (ない, たい, だ,
# です, らしい) says a state of it: 届かなかったら, お持ちでしたら.
_OF_AN_ACT = frozenset({"ます", "れる", "られる", "せる", "させる", "た"})
# The units of a span of time after a number (30分, 2週間, 1か月): a clause that holds one counts from the step
# before it (30分たったら, 30分以内であれば). 月 and 年 alone are dates (5月, 2027年); 日 is one after 月 (5月1日).
_SPANS_OF_TIME = frozenset({"秒", "分", "時間", "日", "日間", "週", "週間", "箇月", "年間"})


def _an_act_before(body: list[Morph], p: int) -> bool:
    """The predicate that ends at body[p] says an act (飲ん|だ, 渡れ|ば, 連絡を|いただい|た): a verb other than a
    state's (``_STATES``; ている, てある, であれ), through auxiliaries that keep it an act (``_OF_AN_ACT``), or
    a suru-noun before の (加熱の際). Negation, a copula, an adjective are states (届かなかったら, 雨なら)."""
    while p >= 0:
        m = body[p]
        if m.head == "助動詞":
            if m.lemma not in _OF_AN_ACT:
                return False
            p -= 1
            continue
        if m.head == "動詞":
            return m.lemma not in _STATES
        if m.head == "助詞" and m.lemma == "の" and p >= 1:
            return _action_at(tuple(body), p - 1)
        return False
    return False


def _a_step(clause: tuple[Morph, ...]) -> bool:
    """A clause of condition that says a step in a sequence, which no other step may pass.

    改札を出たら、階段を上がったら: a clause of an act (``_an_act_before``) ending in たら, ば or an occasion
    (復旧した場合は, 加熱の際は) says "once that is done", and successive ones say steps in their order; a
    clause that holds a span of time (30分たったら, 30分以内であれば) counts it from the step before it. A
    concession (ても, 場合でも: "even if") orders nothing, nor a state (雨天の場合は, 登録されていれば): those
    commute.
    """
    body = [m for m in clause if m.kind != "punct"]
    for n in range(1, len(body)):
        if body[n - 1].kind == "number" and body[n].lemma in _SPANS_OF_TIME:
            if not (n >= 2 and body[n - 2].lemma in ("月", "時")):  # 5月1日, 10時30分: a date, a time of day
                return True
    k = len(body) - 1
    while k > 0 and body[k].head == "助詞" and body[k].lemma in ("は", "に", "も", "で"):
        k -= 1
    if body[-1].lemma == "も":
        return False  # ても, 場合でも: a concession (場合も, "also when": no step either)
    m = body[k]
    if m.lemma == "ば" or (m.head == "助動詞" and m.lemma == "た"):
        return _an_act_before(body, k - 1)
    return m.head == "名詞" and _an_act_before(body, k - 1)  # an occasion


def _clauses_of_condition(sentence: tuple[Morph, ...]) -> tuple[list[tuple[Morph, ...]], tuple[Morph, ...]]:
    """A sentence cut after each clause of condition (``_condition_end``): those clauses, and the rest."""
    clauses: list[tuple[Morph, ...]] = []
    start = i = 0
    while i < len(sentence):
        end = _condition_end(sentence, i)
        if end is None:
            i += 1
            continue
        clauses.append(sentence[start:end])
        start = i = end
    return clauses, sentence[start:]


def _cut_sentences(morphs: tuple[Morph, ...]) -> list[tuple[Morph, ...]]:
    out: list[tuple[Morph, ...]] = []
    start = 0
    for n, m in enumerate(morphs):
        if m.text in _SENTENCE_ENDS or m.text == "\n":
            out.append(morphs[start : n + 1])
            start = n + 1
    if start < len(morphs):
        out.append(morphs[start:])
    return out


def conditions_in_old_order(old: str, new: str) -> str | None:
    """*new* with the clauses of condition of each sentence in the order of *old*'s, or None where none moved.

    予約時間に遅れても、受付で名前を伝えれば診察を受けられます / 受付で名前を伝えれば、予約時間に遅れても診察を
    受けられます: the clauses before a sentence's last predicate that each end in a condition (``_condition_end``)
    are the same clauses (the same words but their commas) in another order. Each is said of that predicate,
    and conditions commute ("if A, then if B" is "if B, then if A"). The sentence is rebuilt with the old
    clauses, then the new text's rest: the caller compares that with the old text as any edit (the predicate
    may differ). A clause whose words differ, a clause that holds a limit (のみ, だけ, 限り: ``_LIMITS``), a
    sentence cut into other clauses or another number of sentences leaves the order as written (None).
    """
    a, b = analyze(old), analyze(new)
    if not a or not b:
        return None
    sentences_a, sentences_b = _cut_sentences(a), _cut_sentences(b)
    if len(sentences_a) != len(sentences_b):
        return None

    def words(clause: tuple[Morph, ...]) -> tuple[str, ...]:
        return tuple(m.text for m in clause if m.kind != "punct")

    rebuilt: list[str] = []
    moved = False
    for x, y in zip(sentences_a, sentences_b, strict=True):
        clauses_x, rest_x = _clauses_of_condition(x)
        clauses_y, rest_y = _clauses_of_condition(y)
        keys_x, keys_y = [words(c) for c in clauses_x], [words(c) for c in clauses_y]
        exchanged = (
            len(keys_x) >= 2
            and keys_x != keys_y
            and sorted(keys_x) == sorted(keys_y)
            and not any(m.lemma in _LIMITS for c in clauses_x for m in c)
            # steps (改札を出たら、階段を上がったら, 薬を飲んだら、30分たったら) keep their order among themselves
            and [k for c, k in zip(clauses_x, keys_x, strict=True) if _a_step(c)]
            == [k for c, k in zip(clauses_y, keys_y, strict=True) if _a_step(c)]
            and any(m.head in ("動詞", "形容詞", "助動詞") for m in rest_x)
            and any(m.head in ("動詞", "形容詞", "助動詞") for m in rest_y)
        )
        if not exchanged:
            rebuilt.append("".join(m.text for m in y))
            continue
        moved = True
        rebuilt.append("".join(m.text for c in clauses_x for m in c) + "".join(m.text for m in rest_y))
    return "".join(rebuilt) if moved else None


# The reader's act as a topic, said as the genitive of another act ---------------------------------------------


def _readers_act_topic(morphs: tuple[Morph, ...]) -> tuple[int, int, int] | None:
    """(start, は, after) of a topic that is the reader's act: お/ご + an action's noun + は, the noun
    phrase starting its sentence or after a comma (年賀状印刷のご注文は、), holding only nouns, their prefixes,
    suffixes, numbers and の; *after* is past は and its commas. The first such topic, or None."""
    for h, m in enumerate(morphs):
        if not (m.pos_is("助詞", "係助詞") and m.lemma == "は") or h < 2:
            continue
        if not (_action_at(morphs, h - 1) and morphs[h - 2].head == "接頭辞" and morphs[h - 2].lemma == "御"):
            continue
        start = h - 2
        while start > 0:
            before = morphs[start - 1]
            if before.text in _SENTENCE_ENDS or before.text in ("、", ","):
                break
            if not (before.head in ("名詞", "接頭辞", "接尾辞") or before.kind == "number" or before.lemma == "の"):
                return None  # a verb's clause, a case phrase: the topic is more than a noun phrase
            start -= 1
        after = h + 1
        while after < len(morphs) and morphs[after].text in ("、", ","):
            after += 1
        return start, h, after
    return None


def topic_of_an_action_said_with_no(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with the reader's act said as a topic in one moved into the genitive the other says, or None.

    年賀状印刷のご注文は、11月1日から受付を開始します / 11月1日から、年賀状印刷のご注文の受付を開始します:
    お/ご + an action's noun (UniDic's サ変可能, or a verb's stem: お申し込み, ``_action_at``) names the
    reader's act (ご注文, ご予約), an act and no agent of the act said after it: as the topic it is what that
    act is done on, as the genitive of that act's noun (受付, キャンセル, 確認: an action's noun too) it is the
    same. The text with the topic (``_readers_act_topic``) is rewritten with it moved before the first
    action's noun after it that the other text says right after the topic + の (that noun with nothing of
    its own before it: no の, no noun of its compound); the caller compares the two as any edit. A topic
    without お/ご (運営は: the organizers may act), a person (お客様), a noun the other text does not say after
    the topic, another predicate stay changes.
    """
    for text, other, topic_first in ((old, new, True), (new, old, False)):
        morphs = analyze(text)
        if not morphs or (found := _readers_act_topic(morphs)) is None:
            continue
        start, h, after = found
        topic = "".join(m.text for m in morphs[start:h])
        said = other.replace("、", "").replace(",", "")
        for y in range(after, len(morphs)):
            if morphs[y].text in _SENTENCE_ENDS:
                break
            first = y - 1 if y >= 1 and morphs[y - 1].head == "接頭辞" and morphs[y - 1].lemma == "御" else y
            if not _action_at(morphs, y) or topic + "の" + "".join(m.text for m in morphs[first : y + 1]) not in said:
                continue
            before = morphs[first - 1] if first >= 1 else None
            if before is not None and (before.lemma == "の" or before.head in ("名詞", "接頭辞", "接尾辞")):
                return None  # 会員の受付, 名刺受付: the noun said of another already
            words = [m.text for m in morphs]
            rewritten = "".join(words[:start] + words[after:first] + [topic, "の"] + words[first:])
            return (rewritten, new) if topic_first else (old, rewritten)
    return None


# An act said as a noun in one text and as a verb in the other ------------------------------------------------


def _occasion_link(morphs: tuple[Morph, ...], e: int) -> str | None:
    """What links an act's noun to the word at *e* that a verb's dictionary form ends before: の before a noun of
    an occasion, a time or a purpose (UniDic's 副詞可能: 際, 場合, 前, ため), nothing before には; None before any
    other word (閲覧すると: "when", never the noun's "and")."""
    if e >= len(morphs):
        return None
    if morphs[e].pos[:3] == ("名詞", "普通名詞", "副詞可能"):
        return "の"
    if morphs[e].pos_is("助詞", "格助詞") and morphs[e].lemma == "に" and e + 1 < len(morphs):
        if morphs[e + 1].pos_is("助詞", "係助詞") and morphs[e + 1].lemma == "は":
            return ""
    return None


def _dictionary_form(m: Morph) -> bool:
    return m.cform.startswith(("終止形", "連体形"))


def _object_verb_at(morphs: tuple[Morph, ...], j: int) -> tuple[int, int] | None:
    """(the act's word, the end of its verb) for the を at *j* when a verb says the
    act right after it in its dictionary form: a suru-noun + する, お/ご + a verb's stem + になる, a verb JMdict
    knows as transitive; never お/ご + する (the humble: the writer's act), される, した, しない, させる, できる."""
    k = j + 1
    prefixed = k < len(morphs) and morphs[k].head == "接頭辞" and morphs[k].lemma == "御"
    k += prefixed
    if k + 1 >= len(morphs):
        return None
    act, after = morphs[k], morphs[k + 1]
    if act.pos[:3] == ("名詞", "普通名詞", "サ変可能") and not prefixed and after.lemma == "為る":
        # Not される: even with を kept, a passive may make the reader the one the act is aimed at (料金を請求
        # される場合, "if you are charged"); ``voiced_honoured`` reads the few that cannot be, with the English.
        return (k, k + 2) if _dictionary_form(after) else None
    if prefixed and _action_at(morphs, k) and after.pos_is("助詞", "格助詞") and after.lemma == "に":
        if k + 2 < len(morphs) and morphs[k + 2].lemma == "成る" and _dictionary_form(morphs[k + 2]):
            return k, k + 3
        return None
    if act.head == "動詞" and not prefixed and _dictionary_form(act) and act.lemma != "為る":
        if not act.pos_is("動詞", "一般") or may_be_intransitive(act.lemma):
            return None  # 会場を出る: the place left, never what is done to it
        return k, k + 1
    return None


def _genitives(morphs: tuple[Morph, ...]) -> dict[str, list[int]]:
    """The の (a case particle) after each noun, by the noun's text; and the を of an object before an occasion's
    お/ご + action (駐車場を|ご利用|の際: ``_object_of_an_occasion``), which says the same."""
    out: dict[str, list[int]] = {}
    for p in range(1, len(morphs)):
        if not morphs[p].pos_is("助詞", "格助詞"):
            continue
        if morphs[p].lemma == "の" or (morphs[p].lemma == "を" and _object_of_an_occasion(morphs, p)):
            out.setdefault(morphs[p - 1].text, []).append(p)
    return out


def _said_as_a_noun(text: tuple[Morph, ...], other: tuple[Morph, ...]) -> str | None:
    """*text* with the first object + verb that *other* says as the genitive + the act's noun rewritten so."""
    genitives = _genitives(other)
    for j in range(1, len(text)):
        if not (text[j].pos_is("助詞", "格助詞") and text[j].lemma == "を"):
            continue
        noun = text[j - 1]
        if not (noun.head == "名詞" or noun.pos[:2] == ("接尾辞", "名詞的")) or noun.text not in genitives:
            continue
        if (verb := _object_verb_at(text, j)) is None or (link := _occasion_link(text, verb[1])) is None:
            continue
        k, end = verb
        act = text[k]
        for p in genitives[noun.text]:
            q = p + 1 + (p + 1 < len(other) and other[p + 1].head == "接頭辞" and other[p + 1].lemma == "御")
            if q >= len(other):
                continue
            said = other[q]
            if not (_one_word(act, said) if act.head == "名詞" else _verb_noun(act, said)):
                continue
            follows = [m.text for m in other[q + 1 : q + 3]]
            if follows != ([link, text[verb[1]].text] if link else ["に", "は"]):
                continue
            if _a_person_before(text, j):
                return None  # 職員を確認する / 職員の確認: the staff may be the ones who check
            words = [m.text for m in text]
            prefix = words[j + 1 : k]  # the verb's own お (お受け取りになる): the other's is compared as ever
            noun_said = said.text if act.head == "動詞" else act.text  # 受け取る → the other's 受け取り
            return "".join([*words[:j], other[p].text, *prefix, noun_said, link, *words[end:]])
    return None


def _taken_along(text: tuple[Morph, ...], other: tuple[Morph, ...]) -> str | None:
    """*text* with the first object + a verb's て-form (ペットを連れて, お子様をお連れになって) that *other* says as
    the object + the verb's stem as its compound's suffix + で (ペット連れで, UniDic's 接尾辞: "with a pet")
    rewritten so; the verb a transitive one (JMdict), in its connective form alone (連れないで says no)."""
    suffixes: set[str] = set()
    for p in range(len(other) - 1):
        if not (other[p + 1].pos_is("助詞", "格助詞") and other[p + 1].lemma == "で"):
            continue
        # ペット|連れ; never a noun read whole (手引き, 顔見せ: a compound's meaning may be its own)
        if p and other[p].pos[:2] == ("接尾辞", "名詞的"):
            suffixes.add(other[p - 1].text + other[p].text)
    if not suffixes:
        return None
    for j in range(1, len(text) - 2):
        if not (text[j].pos_is("助詞", "格助詞") and text[j].lemma == "を"):
            continue
        k, end = j + 1, 0
        stem = text[k]
        if stem.head == "動詞" and stem.cform.startswith("連用形") and not may_be_intransitive(stem.lemma):
            end = k + 1  # 連れ|て
        elif stem.head == "接頭辞" and stem.lemma == "御" and k + 4 < len(text):
            stem = text[k + 1]  # お|連れ|に|なっ|て: the verb's respect
            if stem.head == "名詞" and text[k + 2].lemma == "に" and text[k + 3].lemma == "成る":
                end = k + 4 if text[k + 3].cform.startswith("連用形") else 0
        if not end or end >= len(text) or not (text[end].pos_is("助詞", "接続助詞") and text[end].lemma == "て"):
            continue
        if text[j - 1].text + stem.text not in suffixes:
            continue
        words = [m.text for m in text]
        return "".join([*words[:j], stem.text, "で", *words[end + 1 :]])
    return None


def action_said_as_a_noun(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with the act one says as a verb on its object said as the other says it, the object's genitive
    + the act's noun, or None.

    資料の閲覧には / 資料を閲覧するには, 修理品のお受け取りの際は / 修理品をお受け取りになる際は: the object of a
    verb (を) is what the act is done on, as the genitive before the act's noun says, when the noun before の is
    no person (``_a_person_before``: 職員の確認 may be the staff's own) and the verb says no tense, negation, voice,
    ability or actor the noun does not (``_object_verb_at``); only before an occasion, a time, a purpose or には
    (``_occasion_link``); the other's を before お/ご + an occasion's act (駐車場をご利用の際) says the object as
    its の does. Likewise a verb's て-form on its object said as the object + the verb's stem + で (ペットを連れて /
    ペット連れで: ``_taken_along``). The text with the verb is rewritten as the other says it; the caller
    compares the two as any edit.
    """
    a, b = analyze(old), analyze(new)
    if not a or not b:
        return None
    if (rewritten := _said_as_a_noun(b, a)) is not None:
        return old, rewritten
    if (rewritten := _said_as_a_noun(a, b)) is not None:
        return rewritten, new
    if (rewritten := _taken_along(b, a)) is not None:
        return old, rewritten
    if (rewritten := _taken_along(a, b)) is not None:
        return rewritten, new
    return None


def request_said_with_the_acts_noun(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with the request one says with a verb of the person who is to act, as the other says it:
    the person + の + the verb's noun + をお願い; or None.

    保護者の方が付き添ってください / 保護者の方の付き添いをお願いいたします: a noun of people (``_a_person``, or
    の方 after one) + が + a verb's connective + てください asks those people to do it; the same people + の +
    the noun the verb's stem makes (``_verb_noun``) + を + (お)願い asks the same, where the verb takes no object
    (JMdict knows it only as intransitive, ``known_intransitive``), so that the genitive can only be the one who
    acts. A verb that takes an object (職員が確認してください / 職員の確認をお願いします: the staff may be the ones
    checked), a negation (付き添わないでください), another person or another act's noun stay changes. The text
    with the verb is rewritten as the other says it; the caller compares the two as any edit.
    """
    if "願" not in old + new:
        return None
    a, b = analyze(old), analyze(new)
    if not a or not b:
        return None
    if (rewritten := _request_as_a_noun(b, a)) is not None:
        return old, rewritten
    if (rewritten := _request_as_a_noun(a, b)) is not None:
        return rewritten, new
    return None


def _request_as_a_noun(text: tuple[Morph, ...], other: tuple[Morph, ...]) -> str | None:
    """*text* with its first person + が + intransitive verb + てください that *other* says as the person + の +
    the verb's noun + をお願い rewritten so (``request_said_with_the_acts_noun``)."""
    where = _places(other)
    for j in range(1, len(text) - 3):
        if not (text[j].pos_is("助詞", "格助詞") and text[j].lemma == "が"):
            continue
        person = text[j - 1]
        if not (_a_person(person) or (j >= 3 and _person_at(text, j - 1) and _a_person(text[j - 3]))):
            continue
        verb, te, please = text[j + 1 : j + 4]
        if not (verb.pos_is("動詞", "一般") and verb.cform.startswith("連用形") and te.lemma == "て"):
            continue
        if not (please.lemma == "下さる" and please.cform.startswith("命令形")) or not known_intransitive(verb.lemma):
            continue
        for p in where.get(person.text, ()):
            if p + 4 >= len(other) or other[p + 1].lemma != "の" or other[p + 1].head != "助詞":
                continue
            q = p + 2 + (other[p + 2].head == "接頭辞" and other[p + 2].lemma == "御")
            if q + 2 >= len(other) or not _verb_noun(verb, other[q]):
                continue
            if not (other[q + 1].pos_is("助詞", "格助詞") and other[q + 1].lemma == "を"):
                continue
            r = q + 2 + (other[q + 2].head == "接頭辞" and other[q + 2].lemma == "御")
            if r < len(other) and other[r].lemma in ("願う", "願い"):
                words = [m.text for m in text]
                return "".join([*words[:j], "の", other[q].text, "をお願いします", *words[j + 4 :]])
    return None


def act_said_in_the_topic(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with the act one text says as its predicate said in the topic, as the other says it; or None.

    受付は午前8時から開始いたします / 受付開始は午前8時からとなります: a topic + は, then only nouns, particles,
    numbers and marks, then a suru-noun (UniDic's サ変可能) + する/いたす + ます ending the sentence, states the
    act of the topic at that time or place; the topic + (の) + the same noun + は + the same words + です states
    the same. 貴重品は、各自で管理してください / 貴重品の管理は、各自でお願いします: the same with a request after
    the suru-noun (してください, していただきますようお願いいたします) and the topic + の + the noun + は + the same
    words + お願いします. The text with the predicate is rewritten as the other says it and the two compared as any
    edit. A topic that names people (職員は確認してください / 職員の確認は: the staff may be the ones checked), a
    negation, the past, ている, a verb between the topic and the act (then the act is no longer the topic's alone),
    another act's noun, and a request against a statement stay changes.
    """
    if "は" not in old or "は" not in new:
        return None
    a, b = analyze(old), analyze(new)
    if not a or not b:
        return None
    if (rewritten := _act_into_the_topic(b, a)) is not None:
        return old, rewritten
    if (rewritten := _act_into_the_topic(a, b)) is not None:
        return rewritten, new
    return None


_STATING = frozenset({"為る", "致す", "ます"})  # 開始|いたし|ます: the act stated, non-past
_ASKING = frozenset({"為る", "て", "頂く", "下さる", "ます", "様", "御", "願う", "致す", "申し上げる"})
_ASKED = frozenset({"下さる", "願う"})
_BETWEEN = frozenset({"名詞", "助詞", "接尾辞", "接頭辞", "副詞", "記号"})


def _act_into_the_topic(text: tuple[Morph, ...], other: tuple[Morph, ...]) -> str | None:
    """*text* with its first topic + … + suru-noun + する (or a request of it) that *other* says as the topic +
    (の) + the noun + は rewritten so (``act_said_in_the_topic``)."""
    where = _places(other)
    ends = [len(text)] * (len(text) + 1)  # where the sentence of each word ends (its end mark's place)
    for n in range(len(text) - 1, -1, -1):
        ends[n] = n if text[n].text in _SENTENCE_ENDS else ends[n + 1]
    barred, last = [], -1  # the last word up to each place that may not stand between the topic and the act
    for n, m in enumerate(text):
        last = n if m.kind == "word" and m.head not in _BETWEEN else last
        barred.append(last)
    for j in range(1, len(text) - 2):
        if not (text[j].pos_is("助詞", "係助詞") and text[j].lemma == "は"):
            continue
        start = j
        while start > 0 and text[start - 1].kind == "word" and text[start - 1].head in ("名詞", "接尾辞", "形状詞"):
            start -= 1
        if start == j or any(_a_person(m) or m.head == "代名詞" for m in text[start:j]):
            continue
        end = ends[j]
        k = end - 1
        while k > j and text[k].kind == "word" and text[k].head in ("動詞", "助動詞", "助詞", "形状詞", "接頭辞"):
            k -= 1
        act, tail = text[k], {m.lemma for m in text[k + 1 : end]}
        if k <= j + 1 or act.pos[:3] != ("名詞", "普通名詞", "サ変可能") or k + 1 >= end:
            continue
        if text[k + 1].lemma not in ("為る", "致す"):
            continue
        asked = tail <= _ASKING and bool(tail & _ASKED)
        if not (asked or tail <= _STATING):
            continue
        if barred[k - 1] > j:
            continue  # 受付は、9時に開館してから開始します: a verb between, the act no longer the topic's alone
        topic = [m.text for m in text[start:j]]
        for last in where.get(topic[-1], ()):
            p = last - len(topic) + 1
            if p < 0 or [m.text for m in other[p : last + 1]] != topic or last + 2 >= len(other):
                continue
            q = p + len(topic)
            genitive = other[q].pos_is("助詞", "格助詞") and other[q].lemma == "の"
            q += genitive
            if q + 1 >= len(other) or other[q].text != act.text or other[q + 1].lemma != "は":
                continue
            if asked and not genitive:
                continue  # 貴重品管理は: a compound names a kind; the request is said of the act on the topic
            words = [m.text for m in text]
            # (となります, read as the copula: です after a time, 15分からです, is read as 分かる by the analyzer)
            said = "お願いします" if asked else "となります"
            return "".join([*words[:j], "の" if genitive else "", act.text, *words[j:k], said, *words[end:]])
    return None


def _places(morphs: tuple[Morph, ...]) -> dict[str, list[int]]:
    """Where each word, by its text, stands in *morphs*: the rewordings look the other text up by it (linear)."""
    found: dict[str, list[int]] = {}
    for k, m in enumerate(morphs):
        found.setdefault(m.text, []).append(k)
    return found


def pointer_spelt_out(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with the その one text says after a conjunction spelt out as the other says it: the noun
    before the conjunction + の; or None.

    妊娠中もしくはその可能性がある方 / 妊娠中または妊娠の可能性のある方, 会員及びその家族 / 会員及び会員の家族: in
    A + a conjunction (UniDic's 接続詞: もしくは, または, 及び) + その + B, その points back at A, the one noun
    the conjunction joins B to (with its suffix of time or state, 中, read as the noun alone), no list before A
    (妊娠中、授乳中またはその可能性: その may be either); said as A + の the text says the same. Only where the
    other text says A + の + B word for word; another noun (授乳の可能性), その anywhere else (a pointer to what an
    earlier sentence said) and a noun that is no common noun stay changes.
    The text with その is rewritten and the two compared as any edit.
    """
    if "その" not in old + new and "其の" not in old + new:
        return None
    a, b = analyze(old), analyze(new)
    if not a or not b:
        return None
    if (rewritten := _pointer_as_noun(a, b)) is not None:
        return rewritten, new
    if (rewritten := _pointer_as_noun(b, a)) is not None:
        return old, rewritten
    return None


def _pointer_as_noun(text: tuple[Morph, ...], other: tuple[Morph, ...]) -> str | None:
    """*text* with its first その after a conjunction said as the noun before the conjunction + の, where *other*
    says that noun + の + the word after その (``pointer_spelt_out``)."""
    said, where = [m.text for m in other], _places(other)
    for s in range(2, len(text) - 1):
        if not (text[s].head == "連体詞" and text[s].lemma == "其の"):
            continue
        k = s - 1
        if text[k].pos_is("助詞", "係助詞") and text[k].lemma == "は" and text[k - 1].lemma == "又":
            k -= 1  # また|は
        if k < 1 or text[k].head != "接続詞":
            continue
        n = k - 1
        if text[n].pos[:2] == ("接尾辞", "名詞的") and n > 0:
            n -= 1  # 妊娠|中: the noun of the state
        if not text[n].pos_is("名詞", "普通名詞"):
            continue
        if n > 0 and (text[n - 1].text in _COMMAS or text[n - 1].lemma in ("・", "と", "や")):
            continue  # 妊娠中、授乳中またはその可能性: a list before it, whose その may point at its first noun
        noun, after = text[n].text, text[s + 1].text
        if not any(said[p : p + 3] == [noun, "の", after] for p in where.get(noun, ())):
            continue
        words = [m.text for m in text]
        return "".join([*words[:s], noun, "の", *words[s + 1 :]])
    return None


def means_of_coming(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with "come by X, please" said as the other says it, "use X, please"; or None.

    駐車場に限りがありますので、公共交通機関をご利用ください / 公共交通機関でお越しください: a request that
    opens its clause (at the start of the text, or after a reason: ので, ため, から + a comma), X + で + a verb of
    coming (お越し, 来る, ご来場, ご来館: ``a_coming``, or a suru-noun of 来 + a place) + ください, asks the reader
    to come by X; X + をご利用ください standing there asks the same, where X is a means the old English names (a
    gloss of X's first JMdict sense, ``means_said``: "public transportation"). The coming side is rewritten as
    the other says it and the two compared as any edit. An occasion before it (お帰りの際は、シャトルバスを
    ご利用ください: to leave, not to come), a verb of going or leaving, a possibility (お越しいただけます), a
    negation, another X or an X the English does not name stay changes.
    """
    if "利用" not in old + new:
        return None
    a, b = analyze(old), analyze(new)
    if not a or not b:
        return None
    if (rewritten := _coming_as_use(b)) is not None:
        return old, rewritten
    if (rewritten := _coming_as_use(a)) is not None:
        return rewritten, new
    return None


def _coming_as_use(text: tuple[Morph, ...]) -> str | None:
    """*text* with its first X + で + a verb of coming + ください, opening its clause, said X + をご利用ください
    (``means_of_coming``)."""
    for j in range(1, len(text) - 2):
        if not (text[j].pos_is("助詞", "格助詞") and text[j].lemma == "で"):
            continue
        start = j
        while start > 0 and text[start - 1].kind == "word" and text[start - 1].head in ("名詞", "接尾辞", "接頭辞"):
            start -= 1
            genitive = start > 1 and text[start - 1].pos_is("助詞", "格助詞") and text[start - 1].lemma == "の"
            if genitive and text[start - 2].head == "名詞":
                start -= 1  # 公共|の|交通機関: one noun phrase
        if start == j or not (start == 0 or _after_a_reason(text, start - 1)):
            continue
        k = j + 1 + (text[j + 1].head == "接頭辞" and text[j + 1].lemma == "御")
        if k >= len(text) or not _a_verb_of_coming(text[k]):
            continue
        end = k + 1 + (k + 1 < len(text) and text[k + 1].lemma == "て")
        if end >= len(text) or text[end].lemma != "下さる" or not text[end].cform.startswith("命令形"):
            continue
        head = j
        while head > start and text[head - 1].lemma != "の":
            head -= 1  # (公共の交通機関: JMdict spells the head, 交通機関)
        if not (
            means_said("".join(m.text for m in text[start:j])) or means_said("".join(m.text for m in text[head:j]))
        ):
            continue
        words = [m.text for m in text]
        return "".join([*words[:j], "をご利用ください", *words[end + 1 :]])
    return None


def _a_verb_of_coming(m: Morph) -> bool:
    """お越し, 来る, 来場, 来館, 来院 (a suru-noun of 来 and a place), 来店: what asks the reader to come."""
    if m.head == "動詞":
        return m.lemma in ("来る", "越す")
    return a_coming(m) or (m.pos[:3] == ("名詞", "普通名詞", "サ変可能") and len(m.text) == 2 and m.text[0] == "来")


def _after_a_reason(text: tuple[Morph, ...], comma: int) -> bool:
    """A comma at *comma* after a reason's clause: ので (の|で), ため, から."""
    if text[comma].text not in _COMMAS or comma < 2:
        return False
    last, before = text[comma - 1], text[comma - 2]
    if last.head == "名詞" and last.lemma == "為":
        return True  # 限りがあるため、
    if last.pos_is("助詞", "接続助詞") and last.lemma in ("から", "ので"):
        return True
    return last.lemma == "だ" and last.text == "で" and before.pos_is("助詞", "準体助詞")  # あります|の|で


def cause_of_a_stop_said_with_tame(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with each noun + のため right before a noun of a stop said with により, where either text has
    one; else None.

    天候|の|ため|欠航, 荒天|の|ため|、|中止: ため before a stop (the lexicon's negative words: 欠航, 中止, 運休,
    休業; or one word and it: 臨時|休業) says the stop's cause, which により and で say (天候により欠航, 天候で欠航:
    ``synonyms._by_means`` keys に + より as で). The caller compares the texts as any edit.

    ため after a noun may also say whom or what a thing is for (会員のため開放, 地域のため活動: "for members"): only
    before a stop, whose ため no one intends as a benefit, and only after a common noun that names no people
    (``_a_person``; a pronoun, a name and 様 are no common nouns: お客様のため中止 is no お客様により中止, "by the
    customer"). A reading, not a key: のため stays REASON elsewhere, as なので and ですので say it.
    """
    if "ため" not in old + new and "為" not in old + new:
        return None
    stops = default_lexicon().negative_words
    rewritten, changed = [], False
    for text in (old, new):
        morphs = analyze(text)
        if morphs is None:
            return None
        words = [m.text for m in morphs]
        for i in _causes_of_a_stop(morphs, stops):
            words[i - 1], words[i] = "に", "より"
            changed = True
        rewritten.append("".join(words))
    return (rewritten[0], rewritten[1]) if changed else None


def _causes_of_a_stop(morphs: tuple[Morph, ...], stops: frozenset[str]) -> list[int]:
    """The places of the ため of each common noun + の + ため right before a noun of a stop in *stops*
    (``cause_of_a_stop_said_with_tame``)."""
    found = []
    for i in range(2, len(morphs) - 1):
        reason, genitive, noun = morphs[i], morphs[i - 1], morphs[i - 2]
        if not (reason.head == "名詞" and reason.lemma == "為" and reason.pron_base == "タメ"):
            continue
        if not (genitive.pos_is("助詞", "格助詞") and genitive.lemma == "の"):
            continue
        if not noun.pos_is("名詞", "普通名詞") or _a_person(noun):
            continue
        k = i + 1
        if morphs[k].text in _COMMAS and k + 1 < len(morphs):
            k += 1
        if k + 1 < len(morphs) and morphs[k].head in ("名詞", "接頭辞") and morphs[k + 1].lemma in stops:
            k += 1  # 臨時|休業, 全|便|欠航: the stop's compound, its head last
        stop = morphs[k]
        if stop.pos_is("名詞", "普通名詞") and stop.lemma in stops:
            found.append(i)
    return found


# The act asked for said as the topic of a bare お願い ----------------------------------------------------------

_ASKED_BY = frozenset({"為る", "致す", "申し上げる", "申す"})  # お願い + these (+ ます): the request, said humbly
_PLACES_OF_AN_ACT = frozenset({"格助詞", "副助詞"})  # で, にて, へ, に, まで: where, how or by when the act is done


def _bare_request(morphs: tuple[Morph, ...], start: int) -> int | None:
    """The position of お/ご (or 願い) of a bare お願い ending the sentence that starts its search at *start*:
    (お)願い + いたす/する/申し上げる + ます in the non-past, then 。 or the text's end, right after a case
    particle or an adverb (受付でお願いします, 窓口へお願いいたします, お早めにお願いします), with no request,
    no verb of asking and no other topic between *start* and it. None otherwise: Xをお願いします names its own act,
    お願いしております says what we do, お願いできますか asks."""
    n = len(morphs)
    for j in range(start, n):
        m = morphs[j]
        if m.text in _SENTENCE_ENDS:
            return None
        if m.pos_is("助詞", "係助詞") and m.lemma in ("は", "も"):
            return None  # another topic: whose act is asked is no longer plain
        if m.head == "動詞" and m.lemma in ("下さる", "頂く", "頼む"):
            return None  # a request of its own before お願い
        if m.lemma not in ("願う", "願い") or m.head not in ("動詞", "名詞"):
            continue
        first = j - 1 if morphs[j - 1].head == "接頭辞" and morphs[j - 1].lemma == "御" else j
        before = morphs[first - 1] if first >= 1 else None
        if before is None or not (
            (before.head == "助詞" and before.pos[1:2] and before.pos[1] in _PLACES_OF_AN_ACT and before.lemma != "を")
            or before.head == "副詞"
            or (before.lemma == "だ" and before.text == "に")  # お早め|に: an adjectival noun said as an adverb
        ):
            return None
        k = j + 1
        while k < n and morphs[k].head == "動詞" and morphs[k].lemma in _ASKED_BY:
            k += 1
        if k >= n or not (morphs[k].lemma == "ます" and morphs[k].cform.startswith("終止形")):
            return None
        if k + 1 < n and morphs[k + 1].text not in _SENTENCE_ENDS:
            return None
        return first
    return None


def _topic_act(morphs: tuple[Morph, ...]) -> tuple[int, int, int, int] | None:
    """(genitive start or -1, act start, after は and its commas, the request's start) of an act's noun as the topic
    of a bare お願い (``_bare_request``): (お/ご +) a suru-noun or a verb's stem (``_action_at``, 付き添い) + は,
    starting its sentence, after a comma, or after a noun phrase + の that names what the act is done on
    (廃油の処分は); the first such topic, or None."""
    for h in range(1, len(morphs)):
        if not morphs[h].pos_is("助詞", "係助詞") or morphs[h].lemma != "は":
            continue
        act = morphs[h - 1]
        prefixed = h >= 2 and morphs[h - 2].head == "接頭辞" and morphs[h - 2].lemma == "御"
        if not (act.head == "名詞" and (_action_at(morphs, h - 1) or stem_verb(act) is not None)):
            continue
        start = h - 2 if prefixed else h - 1
        genitive = -1
        if start >= 1 and morphs[start - 1].pos_is("助詞", "格助詞") and morphs[start - 1].lemma == "の":
            g = start - 1
            while g > 0:
                before = morphs[g - 1]
                if before.text in _SENTENCE_ENDS or before.text in ("、", ","):
                    break
                if not (before.head in ("名詞", "接頭辞", "接尾辞", "形状詞") or before.kind == "number"):
                    return None  # a clause or a case phrase before the act: more than its object
                g -= 1
            if g == start - 1 or _a_person_before(morphs, start - 1):
                # 保護者の付き添いは, スタッフの同伴は: the person may be who acts, not what is acted on (JMdict's
                # readings, which take 書類 for people too: only recall is lost there)
                return None
            genitive = g
        elif start >= 1 and not (morphs[start - 1].text in _SENTENCE_ENDS or morphs[start - 1].text in ("、", ",")):
            return None
        after = h + 1
        while after < len(morphs) and morphs[after].text in ("、", ","):
            after += 1
        request = _bare_request(morphs, after)
        if request is None:
            return None
        return genitive, start, after, request
    return None


def topic_act_requested(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with the act one text asks for as the topic of a bare お願い said as the object of the request,
    or None.

    廃油の処分は、回収タンクへお願いいたします / 廃油は、回収タンクへ処分をお願いいたします: お願い right after a
    case particle or an adverb names no act of its own (``_bare_request``), so it asks for the act its topic names
    (``_topic_act``: an action's noun, or a verb's stem, + は), done where, how or by when the words before it say;
    the noun before the act + の is what it is done on, said as the topic (or with the other text's を). The text
    with the topic is rewritten so; the caller compares the two as any edit. An object before お願い (ご予約は、
    お電話番号をお願いします), a request said otherwise, a statement (お願いしております), a person before の
    (保護者の付き添いは) stay as they are.
    """
    for text, other, first in ((old, new, True), (new, old, False)):
        morphs = analyze(text)
        if not morphs or (found := _topic_act(morphs)) is None:
            continue
        if (theirs := analyze(other)) and _topic_act(theirs) is not None:
            return None
        genitive, start, after, request = found
        words = [m.text for m in morphs]
        h = next(k for k in range(start, after) if morphs[k].pos_is("助詞", "係助詞"))
        act = "".join(words[start:h])
        if genitive >= 0:
            noun = "".join(words[genitive : start - 1])
            particle = "を" if noun + "を" in other else "は"
            head = [*words[:genitive], noun, particle, "、"]
        else:
            head = words[:start]
        rewritten = "".join([*head, *words[after:request], act, "を", *words[request:]])
        return (rewritten, new) if first else (old, rewritten)
    return None


def _in_old_order(ka, kb, dropped: set[int], occasions_free: bool = False, phrases=None):
    """*kb* with the phrases of each clause in the order of *ka*'s, or None when none moved or one may not.

    The texts are cut into phrases (``_phrases``) and the phrases into clauses at each bound phrase; each
    text must have as many clauses in each sentence (they align one to one). In each clause, a phrase of
    the new text with the same keys and the same particles as one of the old clause takes its place, then
    one with the same keys before other particles (none of another old phrase of the clause); the
    others fill the places of the old clause's other phrases, in their order. A topic (a noun phrase + は)
    may come from another clause of its sentence (洗車サービスは、雨天の場合は → 雨天の場合、洗車サービスは),
    and a reason (安全のため) across a head that names no action (リフト乗車中は), never across a verb's
    clause. The phrases whose order changed must have different roles (their particles: AがBを is not
    BがAを; a phrase of occasion, 雨天の場合, is one role). What the phrases say is then compared as ever:
    a particle exchanged (AをBに → BをAに), a limit moved to another phrase (のみ, だけ, 以外, 限り) are
    differences that stay unexplained.

    *occasions_free* (the second reading): an occasion said with a noun and no verb (お申し込みの際に,
    ご使用後は, 受付まで: ``_Phrase.occasion``) is read as an adjunct of the next clause's predicate, a free
    phrase of that clause, which may trade places only with the predicate's objects (を, に, へ on a noun not
    of time) and with adverbs of manner (お気軽に, 速やかに: ``_crossed_freely``). Across any other phrase
    (受付で, 平日に, a topic) the occasion may take it as its own argument (受付で、ご購入の際に: where one
    buys): a change.
    """
    pa, pb = phrases or (_phrases(ka, dropped), _phrases(kb, dropped))  # (*phrases*: the caller's, of ka and kb)
    placed = _occasion_in_old_place(ka, kb, pa, pb)
    if placed is not None:
        return _in_old_order(ka, placed, dropped) or placed

    def clauses(phrases: list[_Phrase], keyed) -> tuple[list[list[int]], list[int], list[int]]:
        fields: list[list[int]] = [[]]  # the free phrases of each clause
        heads: list[int] = []  # the bound phrase after each
        sentence: list[int] = [0]  # the sentence of each clause
        for n, p in enumerate(phrases):
            if not p.bound or (occasions_free and p.occasion):
                fields[-1].append(n)
                continue
            heads.append(n)
            fields.append([])
            sentence.append(sentence[-1])
            sentence[-1] += keyed[p.end - 1][0] in _HARD_STOPS
        return fields, heads, sentence

    fa, ha, sa = clauses(pa, ka)
    fb, hb, sb = clauses(pb, kb)
    if sa != sb:
        return None  # (as many clauses and sentences in each)
    if occasions_free and (_occasion_may_take_its_neighbour(ka, pa) or _occasion_may_take_its_neighbour(kb, pb)):
        return None

    def crossable(phrase: _Phrase, f: int, g: int) -> bool:
        """A topic crosses any head; a reason only heads that say no action (乗車中は), never a verb's clause;
        a topic that holds a relative clause only coordinate clauses (安全を考慮し、: ``_coordinate_head``)."""
        if phrase.relative:
            return all(_coordinate_head(ka, pa[m]) for m in ha[min(f, g) : max(f, g)])
        if phrase.label != "⟨reason⟩":
            return True
        return not any(pa[m].verbal for m in ha[min(f, g) : max(f, g)])

    alike: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # a phrase's identity → (clause, phrase) in kb
    for g, field in enumerate(fb):
        for m in field:
            alike.setdefault(pb[m].identity, []).append((g, m))
    partner: dict[int, int] = {}  # an old phrase → the new one in its place
    taken: set[int] = set()
    for f, field in enumerate(fa):
        for n in field:
            candidates = [(g, m) for g, m in alike.get(pa[n].identity, ()) if m not in taken]
            found = next((m for g, m in candidates if g == f), None)
            if found is None and pa[n].floating:
                # (first in its clause in each text: 暗証番号は、ご家族を含め → ご家族を暗証番号は含め moves none)
                found = next(
                    (
                        m
                        for g, m in candidates
                        if sb[g] == sa[f]
                        and pb[m].floating
                        and field[0] == n
                        and fb[g][0] == m
                        and crossable(pa[n], f, g)
                    ),
                    None,
                )
            if found is not None:
                partner[n] = found
                taken.add(found)
    # 起案者からの報告は → 起案者からの報告を, ご希望の方に → ご希望の方には: a phrase of the same clause that says
    # the same with other particles takes the old one's place; the diff then judges the particles (は and を
    # share a key, に and には differ by a particle added), and ``_role_exchanged`` who acts (AがBを / BがAを).
    # Never with the role of another phrase of the old clause: particles exchanged (場所では、AとBを / AとBでは、
    # 場所を) say another thing of each.
    for f, field in enumerate(fa):
        for n in field:
            if n in partner or not pa[n].content:
                continue
            others = {pa[k].role for k in field if k != n}
            found = next(
                (m for m in fb[f] if m not in taken and pb[m].content == pa[n].content and pb[m].role not in others),
                None,
            )
            if found is not None:
                partner[n] = found
                taken.add(found)
    # 東京と大阪の会場で / 大阪と東京の会場にて: the nouns of a list in another order, read in the old order.
    rearranged: dict[int, list] = {}
    for f, field in enumerate(fa):
        for n in field:
            if n in partner or not pa[n].listed:
                continue
            # (the list in its place, or with its role: 保安検査場では、パスポートと搭乗券を is not
            # パスポートと搭乗券では保安検査場を)
            found = next(
                (
                    m
                    for m in fb[f]
                    if m not in taken
                    and pb[m].listed == pa[n].listed
                    and (pb[m].role == pa[n].role or fb[f].index(m) == field.index(n))
                ),
                None,
            )
            if found is None:
                continue
            partner[n] = found
            taken.add(found)
            elements = _listed_in_old_order(ka, kb, pa[n], pb[found])
            if elements != kb[pb[found].start : pb[found].end]:
                rearranged[found] = elements
    order: list[int] = []
    moved = False
    for f, field in enumerate(fa):
        rest = iter([m for m in fb[f] if m not in taken])
        emitted = []
        for n in field:
            if n in partner:
                emitted.append(partner[n])
            else:
                emitted += [m for m in (next(rest, None),) if m is not None]
        emitted += rest
        if emitted != fb[f]:
            moved = True
            lo = 0
            while lo < min(len(emitted), len(fb[f])) and emitted[lo] == fb[f][lo]:
                lo += 1
            hi = 0
            while hi < min(len(emitted), len(fb[f])) - lo and emitted[-1 - hi] == fb[f][-1 - hi]:
                hi += 1
            window = set(emitted[lo : len(emitted) - hi]) | set(fb[f][lo : len(fb[f]) - hi])
            labels = [pb[m].label for m in window]
            # 駐車場は、外来受診の方は → 外来受診の方は、駐車場は: topics stacked one after the other, in another order,
            # say what follows of both (it is said of each as before)
            stacked = _stacked_topics(emitted, pb, kb) == _stacked_topics(fb[f], pb, kb)
            if (
                not stacked
                and len(set(labels)) != len(labels)
                and not _pairs_exchanged(kb, pb, emitted, fb[f], hb[f] if f < len(hb) else None)
            ):
                return None  # two phrases of one role exchanged: 当社がお客さまを / お客さまが当社を
            # A topic moved among the arguments of a clause that is not the sentence's own (ご家族を暗証番号は
            # 含め): it would be said of that clause. It stands first there.
            subordinate = f < len(hb) and kb[pb[hb[f]].end - 1][0] not in _SENTENCE_ENDS
            placed = (emitted, fb[f])
            if subordinate and any(pb[m].floating and any(p.index(m) > 0 for p in placed if m in p) for m in window):
                return None
            # Two topics in a clause (ランチは2名様から、ディナーは完全予約制で): each phrase after one is said of it,
            # and keeps it (ディナーは2名様から says the value of the other meal).
            if not stacked and _topic_changed(emitted, fb[f], pb):
                return None
            # 泥酔されている方のご入館は、安全のため → 安全のため、泥酔されている方のご入館は: a phrase moved before a
            # topic that holds a relative clause may be read as that clause's own (雨のため、中止となったイベントは:
            # cancelled because of the rain); nothing crosses such a topic inside its clause.
            if any(pb[m].relative and _crossed(m, emitted, fb[f]) for m in window):
                return None
            # なるべく公共交通機関で、お早めに → 公共交通機関で、なるべくお早めに: an adverb that restricts (主に,
            # 特に, なるべく, ほぼ: ``restricts_nothing``) is said of the phrase after it; another phrase there says
            # another thing hedged, stressed or limited (a topic moved before both, 主に土日に、駐車場は → 駐車場は、
            # 主に土日に, leaves it so).
            if any(_restricting_adverb(kb, pb[m]) and _next(m, emitted) != _next(m, fb[f]) for m in window):
                return None
            # 必ず平日に、窓口へ → 平日に、必ず窓口へ: any other adverb (必ず, まず, ぜひ) moved across a phrase
            # may say another thing required (the day, or the place); only across objects of its predicate
            # (取扱説明書を必ずお読みください / 必ず取扱説明書をお読みください) is it said of the same act.
            if any(_adverb_moved(kb, pb, m, emitted, fb[f]) for m in window):
                return None
            # お申し込みの際に、連絡先を → 連絡先を、お申し込み時に: an occasion crosses only what its predicate
            # takes whatever stands before it (an object, a manner); 受付で、ご購入の際に may say where one buys.
            if occasions_free and any(
                pb[m].occasion and not all(_crossed_freely(kb, pb[x]) for x in _crossed(m, emitted, fb[f]))
                for m in window
            ):
                return None
        order += emitted
        if f < len(hb):
            order.append(hb[f])
    if not moved and not rearranged:
        return None
    return [element for m in order for element in rearranged.get(m) or kb[pb[m].start : pb[m].end]]


def _coordinate_head(keyed, head: _Phrase) -> bool:
    """A clause's head said in the continuative form and a comma (安全を考慮し、, 点検を実施して、): a clause
    coordinated with its sentence's predicate, which a relative clause after it does not take in.

    A reason or a condition (接近しているため、, 雨が降った場合は、, 混雑しますので、) may be said of the
    relative clause after it (台風が接近しているため、中止となったイベントは: cancelled because of the
    typhoon): never such a head, nor a construction's (⟨since⟩), nor a sentence's end.
    """
    if "⟨" in head.label or keyed[head.end - 1][0] in _HARD_STOPS or head.end >= len(keyed):
        return False
    # (the light verb, て and the comma are dropped words before the next key: 考慮|し、|本日)
    after = keyed[head.end][1]
    comma = next((n for n, m in enumerate(after) if m.text in _COMMAS), None)
    if comma is None:
        return False
    said = [m for _, span in keyed[head.start : head.end] for m in span] + after[:comma]
    said = [m for m in said if m.kind == "word"]
    if not said:
        return False
    last = said[-1]
    if last.pos_is("助詞", "接続助詞"):
        return last.lemma == "て" and len(said) > 1 and said[-2].head == "動詞"
    return last.head == "動詞" and last.cform.startswith("連用形")


def _sentences_of_phrases(keyed, phrases: list[_Phrase]) -> list[list[_Phrase]]:
    out: list[list[_Phrase]] = [[]]
    for p in phrases:
        out[-1].append(p)
        if keyed[p.end - 1][0] in _HARD_STOPS:
            out.append([])
    return [sentence for sentence in out if sentence]


def _occasion_in_old_place(ka, kb, pa: list[_Phrase], pb: list[_Phrase]):
    """*kb* with a noun's occasion moved to where the old text says it, or None.

    お申し込みの際に、代表者の連絡先をお知らせください / 代表者の連絡先を、お申し込み時にお知らせください: a
    phrase of occasion that holds no verb (a noun + 際/時/場合 and its particle: ``_CIRCUMSTANCES``) stands
    first in one sentence and right before the predicate in the other, with only free phrases (no
    predicate, no other occasion, no limit: each not *bound*) between. It heads no clause of its own there:
    each free phrase is said of the sentence's predicate in both texts, for a phrase before the occasion is
    cut from it only at a comma (カードをご利用の際は is one phrase, カードを the occasion's own object). Said
    of the predicate, the occasion is one role whatever its place. A verb's clause (遅れる場合は), a
    second occasion or any bound phrase between keeps the order a difference (the other proofs judge it).
    """
    sa, sb = _sentences_of_phrases(ka, pa), _sentences_of_phrases(kb, pb)
    if len(sa) != len(sb):
        return None

    def occasion(p: _Phrase, keyed) -> bool:
        """A noun's occasion: no predicate in it, no verb but a stem that names the action (お支払い時: 支払う's
        stem; not お支払いになる際, 支払った場合)."""
        if p.label != "⟨when⟩" or not p.bound:
            return False
        words = [m for _, span in keyed[p.start : p.end] for m in span]
        return not any(
            m.head in ("助動詞", "形容詞") or (m.head == "動詞" and not m.cform.startswith("連用形")) for m in words
        )

    def arrangement(sentence: list[_Phrase], keyed) -> str:
        """Where the sentence's one occasion stands: "first", or "last" (before the predicate, after a
        comma: 連絡先をお申し込み時に may be "apply for the contact"); else ""."""
        if len(sentence) < 3 or not sentence[-1].bound or sum(occasion(p, keyed) for p in sentence) != 1:
            return ""
        middle = sentence[1:-2] if occasion(sentence[0], keyed) else sentence[:-2]
        if any(p.bound or p.label == "⟨when⟩" for p in middle):
            return ""
        if occasion(sentence[0], keyed) and not sentence[-2].bound:
            return "first"
        comma = any(m.text in _COMMAS for m in keyed[sentence[-2].start][1])
        if occasion(sentence[-2], keyed) and not sentence[0].bound and comma:
            return "last"
        return ""

    out: list = []
    moved = False
    for old, new in zip(sa, sb, strict=True):
        spans = [kb[p.start : p.end] for p in new]
        where_old, where_new = arrangement(old, ka), arrangement(new, kb)
        if where_old and where_new and where_old != where_new and len(old) == len(new):
            moved = True
            spans = [spans[-2], *spans[:-2], spans[-1]] if where_new == "last" else [*spans[1:-1], spans[0], spans[-1]]
        out += [element for span in spans for element in span]
    return out if moved else None


def _restricting_adverb(keyed, phrase: _Phrase) -> bool:
    """An adverb alone as a phrase (UniDic's 副詞) that restricts: 主に, 特に, なるべく, ほぼ, not 必ず, ぜひ."""
    if phrase.label != "⟨adverb⟩" or phrase.end - phrase.start != 1:
        return False
    words = [m for m in keyed[phrase.start][1] if m.kind == "word" and m.head == "副詞"]
    return len(words) == 1 and not restricts_nothing(words[0])


# The particles of the phrases an adverb may cross and stay said of its predicate: its objects.
_OBJECT_PARTICLES = frozenset({"を", "に", "へ"})


def _adverb_moved(keyed, phrases: list[_Phrase], m: int, old: list[int], new: list[int]) -> bool:
    """An adverb alone as a phrase (UniDic's 副詞) moved across another phrase of its clause, unless it crosses
    only objects of its predicate (を, に, へ on a noun not of time). An adverb of how wholly the predicate
    holds (全く, 決して: ``says_how_wholly``) is said of it wherever it stands.

    必ず平日に、窓口へ / 平日に、必ず窓口へ (the day required, or the place), 必ず保護者の方が / 保護者の方が、必ず
    (who must do it), 必ず教習車で / 教習車で、必ず, 平日に必ず / 必ず平日に: a change; 取扱説明書を必ずお読み
    ください / 必ず取扱説明書をお読みください, 指示に必ず従って / 必ず指示に従う, 机と椅子を必ず元の位置に /
    必ず椅子と机を元の位置に: one act required.
    """
    phrase = phrases[m]
    if phrase.label != "⟨adverb⟩" or phrase.end - phrase.start != 1 or m not in old or m not in new:
        return False
    adverbs = [w for w in keyed[phrase.start][1] if w.kind == "word" and w.head == "副詞"]
    if len(adverbs) != 1 or says_how_wholly(adverbs[0]):
        return False  # (全く問題がありません / 問題が全くありません: said of the predicate, wherever it stands)
    if _next(m, old) == _next(m, new):
        return False
    return not all(_an_object(keyed, phrases[x]) for x in _crossed(m, old, new))


def _crossed(m: int, old: list[int], new: list[int]) -> list[int]:
    """The phrases of a clause on one side of *m* in its *old* order and on the other in its *new* one."""
    if m not in old or m not in new:
        return []
    return [x for x in old if x != m and x in new and (old.index(x) > old.index(m)) != (new.index(x) > new.index(m))]


def _occasion_may_take_its_neighbour(keyed, phrases: list[_Phrase]) -> bool:
    """An occasion said with an action's noun (ご返却時に, お支払いの際は) right after an object with no comma
    between: 管理人に鍵をご返却時にお渡しください may say "when you return the key to the manager", the object
    the occasion's own, not the predicate's. The second reading of ``_in_old_order`` (the occasion as a free
    phrase) is no proof there; 雨天の場合は and 案内所まで name no action and take no object."""
    for n in range(1, len(phrases)):
        occasion, before = phrases[n], phrases[n - 1]
        if not occasion.occasion or not (_an_object(keyed, before) or before.role == ("を",)):
            continue
        if any(m.text in _COMMAS for m in keyed[before.end - 1][1] + keyed[occasion.start][1]):
            continue
        words = [w for k in range(occasion.start, occasion.end) for w in keyed[k][1] if w.kind == "word"]
        said = [w for w in words if w.head not in ("助詞", "接頭辞") and w.lemma not in _RELATIONAL]
        if said and (
            said[-1].pos[:3] == ("名詞", "普通名詞", "サ変可能")
            or (said[-1].head == "動詞" and said[-1].cform.startswith("連用形"))
        ):
            return True
    return False


def _crossed_freely(keyed, phrase: _Phrase) -> bool:
    """A phrase an occasion (お申し込みの際に) may cross and both stay said of their predicate: an object
    (``_an_object``, or を on any noun), or an adjectival noun said as an adverb (UniDic's 形状詞 + に) whose
    JMdict glosses say how, not what part, time or amount (お気軽に, 速やかに: ``synonyms.restricts_nothing``;
    never 特別に)."""
    if _an_object(keyed, phrase) or (phrase.role == ("を",) and bool(phrase.content) and "⟨" not in phrase.content[-1]):
        return True  # (を on any noun: 連絡先を, whose 先 UniDic may read as a time, is what the predicate takes)
    if phrase.label != "⟨adverb⟩":
        return False
    words = [w for k in range(phrase.start, phrase.end) for w in keyed[k][1] if w.kind == "word" and w.head != "接頭辞"]
    manner = [w for w in words if w.head == "形状詞"]
    return (
        len(manner) == 1
        and all(w is manner[0] or w.head in ("助動詞", "助詞") for w in words)
        and restricts_nothing(manner[0])
    )


def _an_object(keyed, phrase: _Phrase) -> bool:
    """A phrase that ends in を, に or へ after a noun (or its suffix: 説明書を), none of time (UniDic's 副詞可能:
    平日に, 当日に; a number: 10日に)."""
    words = [w for k in range(phrase.start, phrase.end) for w in keyed[k][1] if w.kind == "word"]
    if not words or not words[-1].pos_is("助詞", "格助詞") or words[-1].lemma not in _OBJECT_PARTICLES:
        return False
    before = [w for w in words if w.head != "助詞"]
    return (
        bool(before)
        and before[-1].head in ("名詞", "代名詞", "接尾辞")
        and not any(w.pos[2:3] == ("副詞可能",) or w.text[:1].isdigit() for w in before)
    )


def _next(m: int, order: list[int]) -> int | None:
    """The phrase after *m* in its clause's *order* (None: the clause's head)."""
    at = order.index(m) + 1 if m in order else len(order)
    return order[at] if at < len(order) else None


def _pairs_exchanged(keyed, phrases: list[_Phrase], old_order: list[int], new_order: list[int], head) -> bool:
    """Topics exchanged with what each says (チェックインは15時から、チェックアウトは10時まで → チェックアウトは
    10時まで、チェックインは15時から): each clause's order cut at its topics into the same blocks, each a topic and
    at least one phrase after it, and nothing before the first topic; never before a negated predicate (AはX、B
    はYではありません: the negation may be said of the last block alone)."""

    def blocks(order: list[int]) -> list[tuple[int, ...]] | None:
        out: list[list[int]] = []
        for m in order:
            if phrases[m].floating and phrases[m].role == ("は",):
                out.append([m])
            elif not out:
                return None
            else:
                out[-1].append(m)
        if len(out) < 2 or any(len(block) < 2 for block in out):
            return None
        return [tuple(block) for block in out]

    old_blocks, new_blocks = blocks(old_order), blocks(new_order)
    if old_blocks is None or new_blocks is None or sorted(old_blocks) != sorted(new_blocks):
        return False
    if head is None:
        return False
    words = [m for _, span in keyed[phrases[head].start : phrases[head].end] for m in span]
    return not negations(words)


def _stacked_topics(order: list[int], phrases: list[_Phrase], keyed) -> list:
    """*order* with each run of two topics or more standing next to each other (a noun phrase + は, no relative
    clause in it), at most one of them people, as one set: their order within the run aside. Two topics of people
    say who is said of whom (会員の方は、お子様は無料です: members' children; お子様は、会員の方は: child members)."""
    out: list = []
    run: list[int] = []
    for m in [*order, None]:
        if m is not None and phrases[m].floating and phrases[m].role == ("は",) and not phrases[m].relative:
            run.append(m)
            continue
        if len(run) > 1 and sum(_topic_of_people(keyed, phrases[n]) for n in run) <= 1:
            out.append(frozenset(run))
        else:
            out += run
        run = []
        if m is not None:
            out.append(m)
    return out


def _topic_of_people(keyed, phrase: _Phrase) -> bool:
    """The noun before the は of a topic may name people (お子様, 会員, 担当者, 外来受診の方)."""
    morphs = tuple(m for _, span in keyed[phrase.start : phrase.end] for m in span if m.kind == "word")
    at = max((k for k, m in enumerate(morphs) if m.lemma == "は" and m.head == "助詞"), default=0)
    if at < 1:
        return True  # (no noun read: never shown to be no person)
    noun = morphs[at - 1]
    # (子ども by its lemma, 子供)
    return noun.lemma == "方" or _a_person_before(morphs, at) or a_person_noun(noun._replace(text=noun.lemma))


def _topic_changed(old_order: list[int], new_order: list[int], phrases: list[_Phrase]) -> bool:
    """In a clause of two topics or more, a phrase that follows another topic in *new_order* than in *old_order*."""

    def topics(order: list[int]) -> dict[int, int | None]:
        out: dict[int, int | None] = {}
        last = None
        for m in order:
            if phrases[m].floating and phrases[m].role == ("は",):
                last = m
            else:
                out[m] = last
        return out

    if sum(1 for m in new_order if phrases[m].floating and phrases[m].role == ("は",)) < 2:
        return False
    return topics(old_order) != topics(new_order)


def _listed_in_old_order(ka, kb, old: _Phrase, new: _Phrase) -> list:
    """The keys of *new*, its listed nouns in the order of *old*'s (the same nouns, by their keys)."""
    spare = list(new.items)
    ordered = []
    for i, j in old.items:
        keys = [key for key, _ in ka[i:j]]
        found = next(item for item in spare if [key for key, _ in kb[item[0] : item[1]]] == keys)
        spare.remove(found)
        ordered.append(found)
    out = list(kb[new.start : new.items[0][0]])
    for n, (i, j) in enumerate(ordered):
        out += kb[i:j]
        if n + 1 < len(new.items):
            out += kb[new.items[n][1] : new.items[n + 1][0]]  # the coordinator between the n-th and the next
    return out + list(kb[new.items[-1][1] : new.end])


def _text(morphs: list[Morph]) -> str:
    return "".join(m.text for m in morphs)


def _context(keyed, at: int) -> str:
    """The word before a place where something was added or removed, to name the change."""
    return _text(keyed[at - 1][1]) if at > 0 else ""


def _keyed(morphs: tuple[Morph, ...], lexicon: Lexicon, dropped: set[int]) -> list[tuple[str, list[Morph]]]:
    """(key, the words behind it) for the text: politeness dropped, requests merged, equivalents grouped.

    The identities of the words that contribute nothing go to *dropped*. Read once for each analysis
    (the proofs compare one text with several, and with itself rewritten): the keys of the same words,
    the same objects, are a function of them and the lexicon alone.
    """
    keyed, nothing = _keyed_once(_Reading(morphs, lexicon))
    dropped.update(nothing)
    return [(key, list(span)) for key, span in keyed]


class _Reading:
    """An analysis and a lexicon, told apart by identity (the words' identities are what *dropped* holds);
    kept alive while cached, so that no other object takes their identities."""

    __slots__ = ("lexicon", "morphs")

    def __init__(self, morphs: tuple[Morph, ...], lexicon: Lexicon):
        self.morphs, self.lexicon = morphs, lexicon

    def __hash__(self) -> int:
        return hash((id(self.morphs), id(self.lexicon)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reading) and self.morphs is other.morphs and self.lexicon is other.lexicon


@partial(remembered_with_the_translation, limit=1 << 10)  # (a construction may ask the English: a cause)
def _keyed_once(reading: _Reading) -> tuple[tuple[tuple[str, tuple[Morph, ...]], ...], frozenset[int]]:
    """_keyed's keys, and the identities it drops (it only adds to *dropped*, never reads it)."""
    dropped: set[int] = set()
    keyed = _read_keys(reading.morphs, reading.lexicon, dropped)
    return tuple((key, tuple(span)) for key, span in keyed), frozenset(dropped)


# あらかじめ (UniDic's 予め; JMdict: "beforehand, in advance"), the one courtesy adverb that says a time.
_IN_ADVANCE = "予め"
# The acts of accepting or of apologizing: ご了承ください, ご容赦ください, ご理解ください, ご承知おきください,
# お詫び申し上げます. Before them あらかじめ is courtesy: the reader accepts ahead what the notice says, and
# nothing is to be done first (a short supplement: the same-meaning.json groups of "please accept" and of
# apologies, by their nouns).
_ACCEPTING = frozenset({"了承", "容赦", "理解", "承知", "了解", "詫び", "詫びる"})
# Words of "before" (UniDic's lemmas): お電話の前に、あらかじめ…ご用意ください already says the act comes first.
_BEFORE_SAID = frozenset({"前", "事前"})
# JMdict's glosses of an act done ahead by its own meaning (用意 "preparation", 準備 "getting ready", 予約
# "reservation; advance order"): あらかじめ before a request of it says nothing the act does not.
_AHEAD_BY_ITSELF = re.compile(r"\b(?:preparations?|getting ready|advance|beforehand|reservation|booking)\b")


def _courtesy_in_advance(words: list[Morph], later, earlier) -> bool:
    """*words*, a courtesy expression of the lexicon, say nothing: any but あらかじめ, and あらかじめ only before an
    act of accepting or of apologizing (あらかじめご了承ください, あらかじめお詫び申し上げます), before a request of
    an act done ahead by its meaning (あらかじめ…をご用意ください, あらかじめご予約ください: ``_AHEAD_BY_ITSELF``),
    or where its sentence has said "before" ahead of it (*earlier*, the keys read so far: お電話の前に、あらかじめ
    …ご用意ください). Before any other act the reader performs (あらかじめ店舗へご連絡ください, あらかじめ受付で
    お支払いください) it says "first", "in advance": a time the request did not set, read as the word it is.
    *later*: the keys after *words*."""
    if not any(m.lemma == _IN_ADVANCE for m in words):
        return True
    if later and any(m.lemma in _ACCEPTING for m in later[0][1]):
        return True
    for _, span in reversed(earlier):
        if any(m.text in _SENTENCE_ENDS for m in span):
            break
        if any(m.lemma in _BEFORE_SAID and m.head == "名詞" for m in span):
            return True
    act = None  # the content word last said before the sentence's first request: the act requested
    for key, span in later:
        if key == REQUEST:
            break
        if any(m.text in _SENTENCE_ENDS for m in span):
            return False
        act = next((m for m in reversed(span) if m.head in ("名詞", "動詞")), act)
    else:
        return False
    try:
        return act is not None and any(_AHEAD_BY_ITSELF.search(gloss) for gloss in first_sense_glosses(act.lemma))
    except ImportError:
        return False


def _read_keys(morphs: tuple[Morph, ...], lexicon: Lexicon, dropped: set[int]) -> list[tuple[str, list[Morph]]]:
    keyed = _base_keys(morphs, lexicon, dropped)
    # Courtesy expressions contribute nothing; equivalent expressions their group's key (longest first).
    out: list[tuple[str, list[Morph]]] = []
    i = 0
    while i < len(keyed):
        for pattern, group in lexicon.starting.get(keyed[i][0], ()):
            size = len(pattern)
            if tuple(k for k, _ in keyed[i : i + size]) != pattern:
                continue
            words = [m for _, span in keyed[i : i + size] for m in span]
            if group and _modifies_a_noun(words, keyed, i + size):
                continue  # スタッフ募集 / 係員募集: the noun before a compound's head names a kind, read as itself
            if _limit_as_a_noun(words, keyed[i + size][1] if i + size < len(keyed) else None):
                continue  # 駐車場に限りがあります: "there is a limit", no "only"
            if not group and not _courtesy_in_advance(words, keyed[i + size :], out):
                continue  # あらかじめ店舗へご連絡ください: "contact the store first", a time the request adds
            if group:
                out.append((group, words))
            else:
                dropped.update(id(m) for m in words)
                if out:
                    out[-1] = (out[-1][0], out[-1][1] + words)
            i += size
            break
        else:
            chained = _requested_in_a_chain(morphs, keyed, i, lexicon)
            if chained:
                group, size = chained
                out.append((group, [m for _, span in keyed[i : i + size] for m in span]))
                i += size
                continue
            out.append(keyed[i])
            i += 1
    if any(key == PLEASE_NOT for key, _ in out):
        out = [(lexicon.please_not if key == PLEASE_NOT else key, span) for key, span in out]
    if any(key == lexicon.please_not for key, _ in out):
        out = _asked_as_a_rule(out, lexicon.please_not, dropped)
    out = _told_or_asked(out)
    return _approximation_after(out) if any(key == APPROXIMATELY for key, _ in out) else out


# で (にて) and から (より): the channel of an act, said either way after an online medium.
_THROUGH = frozenset({"で", "にて", "から", "より"})
_VIA = frozenset({"で", "にて"})


def _through_a_medium(x: list[Morph], y: list[Morph], before, after) -> bool:
    """*x* and *y* are the case particles で (or にて) and から (or より), one each, after one noun JMdict tags
    "computing" (``an_online_medium``: アプリ, インターネット, ホームページ), before an act: the particles も,
    の or は and the prefix お/ご between (アプリからもお聴き, インターネットからのお手続き), the act a verb or an
    action's noun (UniDic's サ変可能) that takes nothing out of the medium (``takes_out_of``: パソコンから削除,
    "delete from the PC", is no パソコンで削除) and hands nothing over (``names_a_transfer``: から may name
    who sends). Both texts have the same words before and after: the diff paired only the particles. The
    medium is the nouns written together before the particle (ホーム|ページ); a で UniDic reads as the copula
    (ホームページ|で|も) is none. A compound is read by its head: 当金庫ホームページ is a ホームページ."""
    if len(x) != 1 or len(y) != 1 or not all(m.pos_is("助詞", "格助詞") for m in x + y):
        return False
    if {x[0].text in _VIA, y[0].text in _VIA} != {True, False} or not {x[0].text, y[0].text} <= _THROUGH:
        return False
    nouns: list[Morph] = []
    for m in reversed([m for _, span in before for m in span]):
        if m.head != "名詞" or m.pos[1:2] == ("固有名詞",):
            break
        nouns.insert(0, m)
    if not nouns:
        return False
    words = [m for _, span in after[:4] for m in span]
    k = next(
        (n for n, m in enumerate(words) if not (m.head == "接頭辞" or m.pos_is("助詞", "係助詞") or m.text == "の")),
        None,
    )
    if k is None:
        return False
    act = words[k]
    # ご覧いただけます: a noun said as an act by the verb it serves (UniDic's 非自立可能: いただく, くださる, なる)
    served = act.head == "名詞" and k + 1 < len(words) and words[k + 1].pos_is("動詞", "非自立可能")
    if not (act.head == "動詞" or act.pos[:3] == ("名詞", "普通名詞", "サ変可能") or served):
        return False
    act_form = act.lemma.split("-")[0]
    # 当金庫|ホーム|ページ: a compound is a kind of its last nouns (its head), so the medium is the longest run
    # of them ending it that JMdict tags (ホームページ); the nouns before only say whose it is.
    online = any(an_online_medium("".join(m.text for m in nouns[k:])) for k in range(len(nouns)))
    return online and not takes_out_of(act_form) and not names_a_transfer(act_form)


# What may stand between a verb's て and the request its chain ends in (歩行者に注意して|徐行して|ください): the
# next verbs, their objects and adverbs. A polite or past auxiliary, a negation, the copula, a topic or another
# conjunction (ので, が, ば) ends the clause first: the て-verb is then no part of the request.
_CHAIN_HEADS = frozenset({"名詞", "動詞", "副詞", "接頭辞", "接尾辞", "形状詞"})


def _requested_in_a_chain(
    morphs: tuple[Morph, ...], keyed: list[tuple[str, list[Morph]]], i: int, lexicon: Lexicon
) -> tuple[str, int] | None:
    """(the group's key, the number of keys) where the keys from *i* are an equivalent request's words without
    its request (注意 of ご注意ください, 気|を|付ける of 気を付けてください), said as a verb + て in a chain of
    verbs the request ends: 歩行者に注意して徐行してください asks the reader to take care and to go slowly,
    as 歩行者に注意してください; 気をつけて徐行してください says the same. The て-verb shares the request's
    reader only with no subject of its own (係員が注意して: the staff warn) and nothing between it and the
    request that ends a clause (ので, ます, ない, は, も: ``_CHAIN_HEADS``); never ては, ても, てから.
    """
    at: dict[int, int] = {}  # each morph's index, built once a pattern matches: most keys start none
    for pattern, group in lexicon.starting.get(keyed[i][0], ()):
        size = len(pattern) - 1
        if not group or pattern[-1] != REQUEST or size < 1:
            continue
        if tuple(k for k, _ in keyed[i : i + size]) != pattern[:-1] or not keyed[i + size - 1][1]:
            continue
        at = at or {id(m): n for n, m in enumerate(morphs)}
        last = at.get(id(keyed[i + size - 1][1][-1]))
        if last is None:
            continue
        k = last + 1
        while k < len(morphs) and morphs[k].lemma == "為る":
            k += 1  # 注意|し|て
        if k >= len(morphs) or not morphs[k].pos_is("助詞", "接続助詞") or morphs[k].text not in ("て", "で"):
            continue
        if k + 1 < len(morphs) and morphs[k + 1].text in ("は", "も", "から"):
            continue  # 注意しては, 注意しても, 注意してから: a condition, a concession, a time
        request = next((j for j in range(i + size, len(keyed)) if keyed[j][0] == REQUEST), None)
        if request is None or request == i + size or not keyed[request][1]:
            continue
        end = at.get(id(keyed[request][1][0]))
        if end is None or not all(_in_a_chain(m) for m in morphs[k + 1 : end]):
            continue
        if _subject_before(morphs, at.get(id(keyed[i][1][0]), 0)):
            continue
        if _one_to_warn(morphs, at.get(id(keyed[i][1][0]), 0)):
            continue
        return group, size
    return None


def _one_to_warn(morphs: tuple[Morph, ...], start: int) -> bool:
    """The て-verb at *start* says nothing to watch (no に right before it) and its sentence names before it
    someone or something it may warn: a person (児童を見かけたら、注意して; お子様: a person's suffix too), or
    any noun seen or found in a clause of its own, its object or subject (を, が: 無断駐車の車両を見かけたら,
    花火をしている集団がいたら; a vehicle warns its driver, a group its people). 注意する with an object is
    "to warn, to caution" (JMdict's third sense), and the object left unsaid may be what was just seen;
    気をつける never warns anyone. A noun said only as a time or an occasion (お帰りの際は, 雨の日は) names
    nothing to warn.
    With what to watch said (歩行者に注意して, 足元に気をつけて) it is the reader's own care."""
    if start >= 1 and morphs[start - 1].pos_is("助詞", "格助詞") and morphs[start - 1].lemma == "に":
        return False
    for k in range(start - 1, -1, -1):
        m = morphs[k]
        if m.text in _SENTENCE_ENDS or m.text == "\n":
            return False
        if m.head in ("名詞", "接尾辞") and not m.pos_is("名詞", "固有名詞") and a_person_noun(m):
            return True
        # (a noun before を/が; a quick test of the word after it, read once per word: linear)
        if (
            m.pos_is("助詞", "格助詞")
            and m.lemma in ("を", "が")
            and k >= 1
            and morphs[k - 1].head in ("名詞", "接尾辞")
        ):
            return True
    return False


def _in_a_chain(m: Morph) -> bool:
    """*m* may stand inside a chain of verbs joined by て (``_requested_in_a_chain``)."""
    if m.kind != "word":
        return m.text in ("、", ",")
    if m.pos_is("助詞", "接続助詞"):
        return m.text in ("て", "で")
    if m.pos_is("助詞", "格助詞"):
        return m.text != "が"
    return m.head in _CHAIN_HEADS and m.lemma not in ("無い", "為さる")


def _subject_before(morphs: tuple[Morph, ...], start: int) -> bool:
    """A subject (a noun + が) before *start* in its clause: back to the sentence's start, a comma or a
    conjunction (床が滑りやすいので、足元に注意して: the floor is the subject of its own clause)."""
    for m in reversed(morphs[:start]):
        if m.text in ("。", "、", ",", "!", "?", "\n") or m.pos_is("助詞", "接続助詞"):
            return False
        if m.pos_is("助詞", "格助詞") and m.text == "が":
            return True
    return False


# The requests of "please tell" (same-meaning.json) by what they ask of the reader about an action's noun:
# to tell us of it (お知らせ, ご連絡, ご一報, お伝え), to ask us for it (お申し付け, お声がけ), or either (お申し出).
_TELL_US = {
    "知る": "told",
    "連絡": "told",
    "一報": "told",
    "伝える": "told",
    "申し付ける": "asked",
    "声掛け": "asked",
}
_TELL_US_EITHER = "申し出る"


def _told_or_asked(keyed: list[tuple[str, list[Morph]]]) -> list[tuple[str, list[Morph]]]:
    """A request of "please tell" after an action's noun as its topic or object, read as what it asks for.

    After a person or a case (ご希望の方は, 遅れる場合は, ご解約の際は) お申し付けください, お知らせ
    ください and ご連絡ください all ask to be told; after an action's noun (鍵の交換は, お薬の変更を,
    鍵の交換も, 清掃について, 移動などは, 交換の件は: ``_after_an_actions_noun``)
    お知らせください tells us of it, お申し付けください asks us to do it: 鍵の交換は、管理人にお知らせ
    ください (the lock was changed) / お申し付けください (change the lock). The group's key is then
    told apart by the word: お申し出ください, which can say either, matches only itself there.
    """
    out = keyed
    for n, (key, span) in enumerate(keyed):
        if not key.startswith("⟨same"):
            continue
        lemmas = [m.lemma for m in span if m.kind == "word"]
        told = next((_TELL_US[lemma] for lemma in lemmas if lemma in _TELL_US), None)
        if told is None and _TELL_US_EITHER not in lemmas:
            continue
        if "下さる" not in lemmas and "願う" not in lemmas and "頂く" not in lemmas:
            continue
        if not _after_an_actions_noun(keyed, n):
            continue
        if out is keyed:
            out = list(keyed)
        out[n] = (f"{key[:-1]} {told or 'either'}⟩", span)
    return out


_TELL_US_WORDS = ("知らせ", "連絡", "一報", "伝え", "申し付", "声が", "声掛", "申し出")


def _told_or_asked_apart(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """The first request of "please tell" that asks, after an action's noun in both texts, for another thing."""
    lexicon = default_lexicon()
    told_a, told_b = (
        [(k, s) for k, s in _keyed(t, lexicon, set()) if k.endswith((" told⟩", " asked⟩", " either⟩"))] for t in (a, b)
    )
    for (key_a, span_a), (key_b, span_b) in zip(told_a, told_b, strict=False):
        if key_a != key_b:
            return _text(span_a), _text(span_b)
    return None


def _after_an_actions_noun(keyed: list[tuple[str, list[Morph]]], at: int) -> bool:
    """The nearest topic or object before key *at*, in its sentence, is an action's noun (交換は, 変更を).

    The topic or object is marked with は, を, も or について (⟨about⟩), and may be said through など, 等
    or の件 (交換の件は, 移動などは, 清掃について): each names the action as what is told or asked for.
    """
    for j in range(at - 1, 0, -1):
        words = [m for m in keyed[j][1] if m.kind == "word"]
        if any(m.text in ("。", "！", "？") for m in keyed[j][1]):
            return False
        # (については, and につきましては: the polite ます inside the phrase adds nothing)
        phrase = [m.lemma for m in words[:4] if m.lemma != "ます"][:3]
        about = keyed[j][0] == "⟨about⟩" or phrase == ["に", "つく", "て"]
        if not about and any(m.head in ("動詞", "形容詞", "助動詞") for m in words):
            return False  # 故障を見つけたら、…ご連絡ください: the を of another clause's verb
        if not about and (not words or words[-1].head != "助詞" or words[-1].lemma not in ("は", "を", "も")):
            continue
        return _an_actions_noun(keyed, j)
    return False


def _an_actions_noun(keyed: list[tuple[str, list[Morph]]], at: int) -> bool:
    """The words before key *at* (a particle) end with an action's noun, through など, 等 or の件 (交換の件)."""
    if at > 0 and keyed[at - 1][0] == "⟨about⟩":
        at -= 1  # 交換については
    before = [m for k in range(at) for m in keyed[k][1] if m.kind == "word"]
    if before and before[-1].head == "助詞" and before[-1].lemma in ("など", "等"):
        before.pop()  # 移動などは
    elif before and before[-1].lemma in ("等", "件"):
        before.pop()  # 交換等は, 交換の件は
        if before and before[-1].lemma == "の" and before[-1].head == "助詞":
            before.pop()
    return bool(before) and before[-1].pos[:3] == ("名詞", "普通名詞", "サ変可能")


def _modifies_a_noun(words: list[Morph], keyed, after: int) -> bool:
    """*words* are one noun, the first of a compound that goes on with another noun (スタッフ|募集).

    A group of data/same-meaning.json says the same of the people who work
    there (スタッフ, 係員: ask them); before a compound's head the noun names a
    kind of them (a job to fill, a training), which the group does not say.
    """
    said = [m for m in words if m.kind == "word" and m.head != "接頭辞"]
    if len(said) != 1 or said[0].head != "名詞" or said[0].pos[2:3] == ("副詞可能",) or after >= len(keyed):
        return False  # (ただいま|電話が: a noun that says when modifies the clause, not the noun after it)
    following = keyed[after][1][0]
    return following.head == "名詞" and following.pos[2:3] != ("副詞可能",)


def _limit_as_a_noun(words: list[Morph], after: list[Morph] | None) -> bool:
    """限り|が|あり: 限り before が, は or も is the noun "limit" (限りがある, "limited"), not に限り, "only"."""
    if not words or words[-1].lemma != "限り" or words[-1].head != "名詞" or not after:
        return False
    particle = next((m for m in after if m.kind == "word"), None)
    return particle is not None and particle.head == "助詞" and particle.lemma in ("が", "は", "も")


def _asked_as_a_rule(keyed, please_not: str, dropped: set[int]):
    """ご遠慮いただいております。: "please do not" said with いただいて + おる (いる) ending the sentence, non-past and
    affirmative, is the request (ご遠慮ください): what we ask of everyone. Only after the request's いただく:
    ご利用いただいております ("you use") is no request; いただいておりました and a noun after it stay themselves.
    """
    out = list(keyed)
    for n in range(len(out) - 1, 0, -1):
        key, span = out[n]
        if key != "居る" or out[n - 1][0] != please_not or not any(m.lemma == "頂く" for m in out[n - 1][1]):
            continue
        tail = span[next(k for k, m in enumerate(span) if m.lemma == "居る") + 1 :]
        if n + 1 < len(out):
            if out[n + 1][0] not in _SENTENCE_ENDS:
                continue
            tail += out[n + 1][1][:-1]
        if all(m.head == "助動詞" and m.lemma == "ます" and m.cform.startswith("終止形") for m in tail):
            dropped.update(id(m) for m in span)
            out[n - 1] = (please_not, out[n - 1][1] + span)
            del out[n]
    return out


def _approximation_after(keyed):
    """約1時間 / 1時間ほど: 約's key read after the number and its counter, where ほど's stands."""
    out = list(keyed)
    n = 0
    while n < len(out):
        if (
            out[n][0] == APPROXIMATELY
            and n + 1 < len(out)
            and out[n + 1][1][-1].kind == "number"
            and not any(m.lemma in APPROXIMATE_SUFFIXES for m in out[n][1])
        ):  # (never 程度 of the number before: 2回程度、1週間 is "about twice", never "about a week")
            j = n + 2
            while (
                j < len(out)
                and out[j][1][-1].kind == "word"
                and (
                    _counter(out[j][1][-1]) or (j == n + 2 and out[j][1][-1].head == "接頭辞")  # 10|名, read a prefix
                )
            ):
                j += 1
            if j < len(out) and out[j][0] == APPROXIMATELY:
                n = j + 1  # 約1時間程度: the suffix already says it (it adds nothing, language/synonyms.py)
                continue
            out.insert(j - 1, out.pop(n))
            n = j
        else:
            n += 1
    return out


def _base_keys(
    morphs: tuple[Morph, ...], lexicon: Lexicon | None, dropped: set[int] | None = None
) -> list[tuple[str, list[Morph]]]:
    keyed: list[tuple[str, list[Morph]]] = []
    pending: list[Morph] = []  # dropped words, kept with the next key (for the text of a change)
    constructions = construction_keys(morphs)
    for i, m in enumerate(morphs):
        key = constructions[i] if i in constructions else _key(morphs, i)
        if key is None:
            pending.append(m)
            if dropped is not None:
                dropped.add(id(m))
            continue
        if key == REQUEST:
            # ご確認ください / 確認してください / ご協力をお願いいたします / 〜ないようお願いいたします: one request.
            while keyed:
                last_key, span = keyed[-1]
                last = span[-1]
                mergeable = (last.head == "助詞" and last.lemma in ("て", "を")) or (
                    last.head == "形状詞" and last.lemma == "様"
                )
                if last_key != REQUEST and not mergeable:
                    break
                keyed.pop()
                pending = span + pending
                if last_key == REQUEST:
                    break
        if (
            lexicon is not None
            and (key == m.lemma and m.pos[:2] in (("助詞", "格助詞"), ("助詞", "係助詞")) or i in constructions)
            and key in lexicon.particles
            and not (key == "より" and compared(morphs, i))
            and not (key == "に" and _agent_marked(morphs, i))
        ):
            key = lexicon.particles[key]
        keyed.append((key, pending + [m]))
        pending = []
    if pending and keyed:
        keyed[-1] = (keyed[-1][0], keyed[-1][1] + pending)
    return keyed


# What makes a に before it the one who acts (red team 31): the passive and the causative auxiliaries, and the
# verbs of receiving an act after て (確認してもらう, 説明していただく).
_AGENT_AUXILIARIES = frozenset({"れる", "られる", "せる", "させる"})
_RECEIVING = frozenset({"貰う", "頂く"})


def _agent_marked(morphs: tuple[Morph, ...], i: int) -> bool:
    """The に at *i* may mark who does the act of its clause, which へ (a direction) never does: its first verb
    after it is passive or causative (係員に案内される, 子どもに持たせる) or takes て + もらう/いただく (薬剤師に
    確認してもらう: the pharmacist checks; 薬剤師へ確認してもらう, someone checks with the pharmacist). Read up to
    the first verb, or the clause's end; no verb: no agent. Only after a noun that may name people
    (``_a_person_before``): a place or a thing + に is where (ロッカーに預けていただく)."""
    if i == 0 or morphs[i - 1].kind != "word":
        return False
    for k in range(i + 1, len(morphs)):
        m = morphs[k]
        if m.text in _SENTENCE_ENDS or m.text in ("、", ","):
            return False
        if m.head != "動詞":
            continue
        after = morphs[k + 1 : k + 3]
        stem = morphs[k - 1].head == "接頭辞" and morphs[k - 1].lemma == "御"  # お知ら|せ: 知らせる, read apart
        if after and after[0].head == "助動詞" and after[0].lemma in _AGENT_AUXILIARIES and not stem:
            return _a_person_before(morphs, i)  # (asked last: JMdict's look-up is the costly part)
        received = len(after) == 2 and after[0].lemma == "て" and after[1].lemma in _RECEIVING
        return received and after[1].head == "動詞" and _a_person_before(morphs, i)
    return False


MADE_SO = "⟨make so⟩"  # する after an adjective's adverbial form: the state made, not had


def _made_so(morphs: tuple[Morph, ...], i: int) -> bool:
    """The light verb at *i* after an adjective's (or an adjectival suffix's) adverbial form: 大きく|する,
    使い|やすく|する, "make it big, easy to use", where the adjective alone says the state is."""
    if i == 0:
        return False
    before = morphs[i - 1]
    return (before.head == "形容詞" or before.pos_is("接尾辞", "形容詞的")) and before.cform.startswith("連用形")


def _key(morphs: tuple[Morph, ...], i: int) -> str | None:
    """What one word contributes to the meaning, or None for politeness alone."""
    m = morphs[i]
    if m.kind == "space" or (m.kind in ("punct", "symbol") and m.text in _DROPPED_PUNCT):
        return None
    if m.kind != "word" or not m.pos:
        return m.lemma
    head = m.head
    if head == "接頭辞" and m.lemma == "御":
        return None  # (unless it makes a word of its own: ``_honorific_word``)
    if head == "接尾辞" and m.lemma == "様" and m.pron == "サマ":
        return None  # ゲスト様, 利用者様: the honorific suffix after a person, as ご before a noun
    if head == "助動詞" and m.lemma in ("ます", "です"):
        if m.cform.startswith("意志推量形"):
            # 参加しましょう (an invitation, "let's"), 欠航でしょう (a conjecture, "probably"): UniDic's
            # volitional-conjectural form says a modality the plain forms (参加します, 欠航です) do not.
            return POLITE_VOLITION_OR_CONJECTURE
        return None
    if head == "助動詞" and m.lemma == "だ" and m.text in ("で", "に", "な", "だ", "だっ"):
        return None  # the copula and its forms (的に, でございます, だった: its た stays)
    if head == "動詞":
        if m.lemma in _LIGHT_VERBS and _made_so(morphs, i):
            return MADE_SO  # 大きくする, 使いやすくいたします: "make it big", not 大きい ("is big")
        if m.lemma in _LIGHT_VERBS:
            return None
        if m.lemma in _REQUEST_VERBS or (m.lemma == "頂く" and m.pron_base == "イタダク"):
            return REQUEST
        if m.lemma == "頂く" and polite_request(morphs, i) is not None:
            return REQUEST  # ご提出いただけますようお願いいたします: "that you may", asked: ご提出ください
        if m.lemma == "居る":
            return "居る"  # いる / おる
        if m.lemma in ("御座る", "有る"):
            before = morphs[i - 1] if i > 0 else None
            if before is not None and before.head == "助動詞" and before.lemma == "だ":
                return None  # でございます, である: です
            if before is not None and _copula_topic(morphs, i - 1):
                return None  # お手数ではございますが: お手数ですが
            # 消毒してございます is the humble 消毒してあります (the state an act left), never 消毒しております
            # (which may say a routine or an act going on): ござる after て is ある, said more humbly.
            return "有る"
        return f"{m.lemma}:{m.pron_base}{homophone_kanji(m)}"
    if head == "名詞" and m.lemma == "願い":
        return REQUEST
    if head == "名詞" and m.lemma == "事" and _nominalizer(morphs, i):
        return None  # 混雑することが予想 is 混雑が予想, することができる is できる
    if m.pos_is("助詞", "準体助詞") and _nominalizer(morphs, i) and _requested(morphs, i + 2):
        if not _told_of(morphs, i + 2):
            return None  # 預け入れるのは、お控えください: an act asked about, 預け入れることは (not "the one who")
    connective = m.lemma == "て" or (m.text == "し" and i > 0 and morphs[i - 1].head == "動詞")
    if m.pos_is("助詞", "接続助詞") and connective:
        return None  # おかけして, おかけし: a verb's connective form either way
    if head == "助詞":
        if m.lemma == "に" and i > 0 and morphs[i - 1].lemma in ("まで", "迄") and not _span_after(morphs, i):
            return _BY  # 17時までに, "by": a deadline, never 17時まで, "until" (a time the action lasts)
        if m.lemma == "で" and i + 1 < len(morphs) and _copula_topic(morphs, i + 1):
            return None  # お手数|で|は|ござい|ます|が: the copula's で, read as the case particle
        return None if _copula_topic(morphs, i) else m.lemma
    return f"{m.lemma}:{m.pron_base}{homophone_kanji(m)}"  # 時 read ジ (a counter) is not とき


def _span_after(morphs: tuple[Morph, ...], i: int) -> bool:
    """お渡しまでにお時間をいただく, 回答までに数日かかる: a length of time follows, which ends where まで
    and までに say alike (a noun UniDic reads as a counter, 時間; a number and 日)."""
    k = i + 1
    while k < len(morphs) and morphs[k].head in ("接頭辞", "副詞"):
        k += 1
    if k >= len(morphs):
        return False
    m = morphs[k]
    if m.pos_is("名詞", "普通名詞", "助数詞可能"):
        return True
    if (m.kind == "number" or m.pos_is("名詞", "数詞")) and k + 1 < len(morphs):
        unit = morphs[k + 1]
        return unit.pos_is("名詞", "普通名詞", "助数詞可能") or unit.lemma == "日"
    return False


def _copula_topic(morphs: tuple[Morph, ...], i: int) -> bool:
    """お手数|で|は|ござい|ます|が: は between the copula's で and ござる/ある, affirmative, says what です says.

    The で must be the copula (UniDic's だ), never the case particle (東京ではあります: "in Tokyo"); a negation
    after the verb (ではございません) keeps its は, as ではない does.
    """
    m = morphs[i]
    if not (m.pos_is("助詞", "係助詞") and m.lemma == "は" and 0 < i < len(morphs) - 1):
        return False
    copula, verb = morphs[i - 1], morphs[i + 1]
    if verb.head != "動詞" or verb.lemma not in ("御座る", "有る"):
        return False
    if any(n.head == "助動詞" and n.lemma in ("ない", "ぬ", "ず") for n in morphs[i + 2 : i + 4]):
        return False
    if copula.head == "助動詞" and copula.lemma == "だ" and copula.text == "で":
        return True
    # After a noun UniDic reads the copula's で as the case particle (お手数|で|は|ござい|ます|が): the copula
    # only before a concessive が, and with no subject before it in its sentence (店が東京ではありますが: "there is").
    if not (copula.pos_is("助詞", "格助詞") and copula.lemma == "で" and i >= 2 and morphs[i - 2].head == "名詞"):
        return False
    k = i + 2
    while k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma == "ます":
        k += 1
    if not (k < len(morphs) and morphs[k].pos_is("助詞", "接続助詞") and morphs[k].lemma == "が"):
        return False
    for n in morphs[i - 2 :: -1]:
        if n.text in _SENTENCE_ENDS:
            break
        if n.pos_is("助詞", "格助詞") and n.lemma == "が":
            return False
    return True


def _nominalizer(morphs: tuple[Morph, ...], i: int) -> bool:
    """こと after a verb and before が/を/は, and not ことがある ("it may happen")."""
    if i == 0 or i + 2 >= len(morphs) or morphs[i - 1].head not in ("動詞", "助動詞"):
        return False
    particle, verb = morphs[i + 1], morphs[i + 2]
    return particle.head == "助詞" and particle.lemma in ("が", "を", "は") and verb.lemma not in ("有る", "御座る")


def _explained(
    cx: list[Morph],
    cy: list[Morph],
    before_x,
    before_y,
    lexicon: Lexicon,
    context_x: tuple[Morph, ...] | None = None,
    context_y: tuple[Morph, ...] | None = None,
    *,
    listed: bool = False,
) -> str | None:
    """Why the content words *cx* of the old text may read *cy* in the new one and mean the same, or None.
    *listed*: the words are added or removed whole as an item of a list (no part of a value that stays)."""
    if (
        (cx or cy)
        and _values(cx, before_x)
        and _values(cy, before_y)
        and any(map(_numeric, cx + cy))
        and not _unit_changed(cx, cy)
    ):
        # (a counter alone changed beside the same number is another value: 3日 / 3営業日, 1時間 / 1泊; and a
        # value added or removed whole is said of a noun, 2番窓口: moved to another, it says another thing)
        if (cx and cy) or (
            not listed and _part_of_a_value(cx or cy, before_x if cx else before_y, context_x if cx else context_y)
        ):
            return NUMBER
    if cx and cy:
        if _same_notation(cx, cy) or _spelt_otherwise(cx, cy, before_x, before_y):
            return NOTATION
        # バスの車内 / バス車内 (車|内): the genitive between two nouns dropped, as alone (船内の売店 / 船内売店), and
        # the same kanji cut otherwise by the analyzer.
        for gx, gy, before in ((cx, cy, before_x), (cy, cx, before_y)):
            if (
                len(gx) > 1
                and gx[0].pos_is("助詞", "格助詞")
                and gx[0].lemma == "の"
                and before is not None
                and _common_noun(before[1][-1])
                and _spelt_otherwise(gx[1:], gy, None, None)
            ):
                return COURTESY
        if _our_place(cx, cy, context_x, context_y):
            return SYNONYM  # 当社 / 弊社
        lists = _binds_nothing(before_x) and _binds_nothing(before_y)
        return SYNONYM if _synonyms(cx, cy, lexicon, context_x, context_y, lists=lists) else None
    if not cx and not cy:
        return COURTESY
    words, before = (cy, before_y) if cy else (cx, before_x)
    if all(
        (m.pos_is("助詞", "格助詞") and m.lemma not in ("と", "まで", "より", "から"))
        or (m.pos_is("助詞", "係助詞") and m.lemma == "は")
        or (m.pos_is("助詞", "接続助詞") and m.lemma == "て")  # おかけして / おかけし: one connective
        for m in words
    ):
        return PARTICLE
    if len(words) == 1 and words[0].lemma in ("から", "より") and before is not None and before[1][-1].head == "代名詞":
        return PARTICLE  # こちら → こちらから: a pointer either way
    if _whole_sentences(words, before):
        if cy and _proviso(words):
            return None  # …ご利用いただけます。ただし、10時から11時までは…: what the sentence before said, limited
        if cx:
            return None  # a sentence removed: the English still says it (red team 43: an allowance dropped)
        return _SENTENCES
    if (
        cy
        and _modifier(cy, lexicon, context_y)
        and not _heads_a_clause(cy, before_y)
        and not _bound_kanji(cy, before_y, context_y)
    ):
        return ADDITION
    return None


# Nouns that forbid the act before them (使用禁止, ご遠慮ください): a prohibition without a negation, a supplement
# to the negations polarity.py reads.
_PROHIBITIONS = frozenset({"禁止", "遠慮", "厳禁"})


# What an adverb says when it says that a state goes on (JMdict's first-sense glosses of 引き続き, 依然, 相変わらず).
_CONTINUING = frozenset({"continually", "continuously", "still", "as yet", "as before", "as ever", "as it has been"})


def _going_on(words: list[Morph]) -> bool:
    """引き続き, 依然として, 相変わらず: one adverb whose first JMdict sense says the state goes on. Added before a
    negation it narrows nothing: 引き続きご利用いただけません is still the service unavailable, as a notice's next
    report says of it (しばらく "for a moment" and むやみに "recklessly" say no such thing: they stay changes)."""
    said = [m for m in words if m.head not in ("助詞", "補助記号", "空白")]
    if len(said) != 1:
        return False
    word = said[0]  # (UniDic reads 引き続き as 引き続く's 連用形, said as an adverb: JMdict has the adverb)
    if not (word.head in ("副詞", "名詞", "形状詞") or (word.head == "動詞" and word.cform.startswith("連用形"))):
        return False
    return any(not _CONTINUING.isdisjoint(first_sense_glosses(form)) for form in (word.text, word.lemma.split("-")[0]))


# What a later JMdict sense of an adverb says when it says that one act follows another (引き続き: "next; then;
# after that"), where its first says a state goes on ("continuously").
_FOLLOWING = frozenset({"next", "then", "after that", "afterwards", "subsequently", "following"})
# The words of a predicate that make it a state, not one act: ている (居る), can (出来る; いただける:
# ``_reader_can``), being (有る, 御座る). A short supplement beside UniDic's parts of speech.
_STATE_WORDS = frozenset({"居る", "出来る", "有る", "御座る"})


def _following_on(text: tuple[Morph, ...], where: dict[int, int], words: list[Morph], lexicon: Lexicon) -> bool:
    """閉会式の後、|引き続き|懇親会を行います: *words*, added to (or dropped from) *text*, are one adverb whose first
    JMdict sense says a state goes on (``_going_on``) and a later one that an act follows another (``_FOLLOWING``),
    before a predicate that says one act: affirmative, no ている, no "can", no being (``_STATE_WORDS``).

    Before a state the first sense is the only one (引き続きご利用いただけます: "you can still use"; 引き続き
    有効です; 引き続き営業しております), and it leaves the clause intact. Before one act the later sense reads as
    well (引き続き懇親会を行います: "the reception follows right after", guests stay), which the old text did
    not say, nor its English. The head is the first predicate after *words* in their sentence (``_predicate_end``).
    """
    said = [m for m in words if m.head not in ("助詞", "補助記号", "空白")]
    if len(said) != 1 or id(words[-1]) not in where:
        return False
    k = where[id(words[-1])] + 1
    while k < len(text) and text[k].text not in _SENTENCE_ENDS:
        if text[k].lemma in _PROHIBITIONS and text[k].head == "名詞":
            return False  # 引き続き使用禁止です: a rule in force, a state
        end = _predicate_end(text, k)
        if end is None:
            end = _becoming_end(text, k)
        if end is not None:
            span = text[k:end]
            if negations(span, lexicon.negative_words) or any(m.lemma in _STATE_WORDS or _reader_can(m) for m in span):
                return False
            forms = (said[0].text, said[0].lemma.split("-")[0])  # (JMdict asked only before one act)
            return _going_on(words) and any(not _FOLLOWING.isdisjoint(later_sense_glosses(form)) for form in forms)
        k += 1
    return False


def _becoming_end(text: tuple[Morph, ...], k: int) -> int | None:
    """The end of a noun + と/に + なる at *k* (記念撮影|と|なり|ます), the predicate a notice says of what comes
    (an event, "there will be a group photo"), read with the auxiliaries after it; None if none starts there,
    or where the noun is adjectival (UniDic's 形状詞, 形状詞可能: 有効となります, 無料となります), a state."""
    m = text[k]
    if m.head != "名詞" or m.pos_is("名詞", "普通名詞", "形状詞可能") or k + 2 >= len(text):
        return None
    particle, verb = text[k + 1], text[k + 2]
    if particle.head != "助詞" or particle.lemma not in ("と", "に") or verb.lemma != "成る":
        return None
    end = k + 3
    while end < len(text) and (
        text[end].head == "助動詞"
        or text[end].pos_is("動詞", "非自立可能")
        or (text[end].pos_is("助詞", "接続助詞") and text[end].lemma in ("て", "で"))
    ):
        end += 1
    if end < len(text) and text[end].head == "名詞":
        return None  # タイムアウトになる場合がございます: a clause that qualifies a noun, not the head predicate
    return end  # (with ている: 通行止めとなっております, a state)


def _predicate_end(text: tuple[Morph, ...], k: int) -> int | None:
    """The end of the predicate that starts at *k* (a verb, an adjective, a suru-noun before a verb: する or a
    request), read with the auxiliaries and the request after it; None if none starts there."""
    m = text[k]
    after = text[k + 1] if k + 1 < len(text) else None
    verbal_noun = m.pos[:3] == ("名詞", "普通名詞", "サ変可能") and after is not None and after.head == "動詞"
    if not ((m.head in ("動詞", "形容詞") and not m.pos_is(m.head, "非自立可能")) or verbal_noun):
        return None
    end = k + 1
    while end < len(text) and (
        text[end].head in ("助動詞", "接尾辞")
        or text[end].pos[:2] in (("動詞", "非自立可能"), ("形容詞", "非自立可能"))
        or (text[end].pos_is("助詞", "接続助詞") and text[end].lemma in ("て", "で"))
    ):
        end += 1
    return end


def _under_a_negation(text: tuple[Morph, ...], where: dict[int, int], words: list[Morph], lexicon: Lexicon) -> bool:
    """稼働中の機械に|むやみに|触れないでください: *words*, added to (or dropped from) *text*, stand in a clause whose
    head predicate is negated or forbids (ない, ません, ご遠慮ください, 禁止).

    A word added to a negated clause narrows what is denied (むやみに触れないでください leaves some touching
    allowed), one dropped widens it; in an affirmative clause the same adverb leaves the clause intact. The head
    is the first predicate after *words* in their sentence (a verb, an adjective, a suru-noun before する or a
    request), read with the auxiliaries and the request after it.
    """
    if not words or id(words[-1]) not in where:
        return False
    k = where[id(words[-1])] + 1
    while k < len(text) and text[k].text not in _SENTENCE_ENDS:
        m = text[k]
        if m.lemma in _PROHIBITIONS and m.head == "名詞":
            return not _going_on(words)  # (JMdict asked only here, of a negated clause's addition)
        end = _predicate_end(text, k)
        if end is not None:
            return bool(negations(text[k:end], lexicon.negative_words)) and not _going_on(words)
        k += 1
    return False


def _bound_kanji(words: list[Morph], before, context: tuple[Morph, ...] | None) -> bool:
    """登録 → 仮登録: one kanji added right before a noun, starting its compound, a prefix in all but UniDic's
    name (仮 is read a noun).

    A prefix makes another word of its noun (a provisional registration is no registration): no modifier.
    Bound to a noun before it, it is that noun's suffix (室内シューズ → 室内用シューズ): a modifier.
    """
    last = words[-1]
    if last.head != "名詞" or (before is not None and before[1][-1].head in ("名詞", "接尾辞", "接頭辞")):
        return False
    if len(last.text) != 1 or not "\u4e00" <= last.text <= "\u9fff" or context is None or len(context) <= len(words):
        return False
    after = context[len(words)]
    return after.kind == "word" and after.head == "名詞"


def _heads_a_clause(words: list[Morph], before) -> bool:
    """履き替える|前に: a noun of time or relation added after a verb makes the clause its modifier.

    That is no modifier added inside a clause: the clause now says when
    (履き替えて入る → 履き替える前に入る, 後に, 際に, 間). A noun that only
    names the state (低下している状況です) is not one of them.
    """
    if before is None or not words or words[0].pos[:3] != ("名詞", "普通名詞", "副詞可能"):
        return False
    last = before[1][-1]
    if words[0].lemma == "上" and words[0].pron == "ウエ" and last.pos[:3] == ("名詞", "普通名詞", "サ変可能"):
        return True  # 記入(する)上で, "in filling it in": a suru-noun said with its light verb, dropped
    return last.head in ("動詞", "助動詞", "形容詞") and last.cform.startswith("連体形")


def _heads_a_genitive(words: list[Morph], before, after) -> bool:
    """出場者に → 出場者|の|家族|に: の + nouns added after a noun, ending its phrase, are its new head.

    The noun said before becomes the possessor of another thing (the family
    of the participants, not the participants), or the occasion is another's
    (ご予約の際 → ご予約の変更の際: when the reservation is changed); added
    before a noun (最新|の + 手順書) they modify it.
    """
    if before is None or len(words) < 2 or not (words[0].head == "助詞" and words[0].lemma == "の"):
        return False
    if not all(m.head == "名詞" or m.pos[:2] == ("接尾辞", "名詞的") for m in words[1:]):
        return False
    if words[-1].pos[2:3] == ("副詞可能",):
        return False  # 未完了のまま: a noun that says how or when (まま, ため), no other thing
    last = before[1][-1]
    if not (last.kind == "word" and (last.head == "名詞" or last.pos[:2] == ("接尾辞", "名詞的"))):
        return False
    if after is not None and after[1][0].pos_is("助詞", "格助詞") and after[1][0].lemma == "の":
        return True  # ご予約の際 → ご予約|の|変更|の際: の際 is one key, the noun added still ends its phrase
    return after is None or after[1][-1].kind != "word" or after[1][-1].head not in ("名詞", "接尾辞")


def _heads_a_compound(words: list[Morph], before, after, dropped: set[int]) -> bool:
    """販売 → 販売|終了: nouns added after a noun, ending its compound, are the compound's new head.

    A Japanese compound says what its last noun names (販売終了 is an end,
    not a sale): nouns added there say another thing, no modifier. Added
    before a noun (防犯|カメラ) they modify it.
    """
    if before is None or not words or not all(m.head == "名詞" for m in words):
        return False  # (a suffix added, 会場 → 会場内, says where more exactly)
    if words[-1].pos[2:3] == ("副詞可能",):
        return False  # 14日 → 14日未明: a time said more exactly
    if after is not None and after[1][-1].kind == "word" and after[1][-1].head in ("名詞", "接尾辞"):
        if not any(id(m) in dropped for m in after[1][:-1]) and not _action_timed(words[-1], after[1][-1]):
            return False  # the compound goes on: 室内シューズ → 室内用シューズ
    last = before[1][-1]
    return last.kind == "word" and last.head in ("名詞", "接尾辞")


def _action_timed(added: Morph, suffix: Morph) -> bool:
    """工事後 → 工事|開始|後: an action's noun added before a time of it (後, 中, 時 read ジ) is the action the
    time is of, the compound's new head (after the work, after the work starts)."""
    timed = suffix.pos[2:3] == ("副詞可能",) or (suffix.lemma == "時" and suffix.pron == "ジ")
    return timed and added.pos[:3] == ("名詞", "普通名詞", "サ変可能")


def _synonyms(
    cx: list[Morph],
    cy: list[Morph],
    lexicon: Lexicon,
    context_x: tuple[Morph, ...] | None = None,
    context_y: tuple[Morph, ...] | None = None,
    *,
    lists: bool = False,
) -> bool:
    """Word for word, the same word nominalized (問い合わせる → お問い合わせ) or two words shown the same.

    Never a word that limits or negates: 以下 and 未満 share a gloss, 不要 and
    中止 their polarity (which the caller compares anyway). *lists*: nothing
    before the words modifies them (``_binds_nothing``), so one word may be
    read as the list it abbreviates (土日 / 土曜日・日曜日).
    """
    cx, cy = _causatives_joined(cx), _causatives_joined(cy)
    if len(cx) == len(cy) and _word_for_word(cx, cy, lexicon):
        return True
    if _said_humbly_as(cx, cy, context_x) or _said_humbly_as(cy, cx, context_y):
        return True  # お受けしております / 受け付けております: what 承る says
    if (stems := _stem_asked_as_verb(cx, cy, context_x, context_y)) is not None:
        return _word_for_word(*stems, lexicon)
    jx, jy = _joined(cx, context_x), _joined(cy, context_y)
    if not (_flag_free(cx, jx, lexicon) and _flag_free(cy, jy, lexicon)):
        return False
    # 土曜日・日曜日 / 土日: the list and the one word that says it, where nothing modifies either (a modifier
    # binds the one word whole, but may bind only the list's first item: 第2土日 / 第2土曜日・日曜日, red team 31).
    for one, items in ((jx, _listed(cy, context_y)), (jy, _listed(cx, context_x))):
        if lists and len(one) == 1 and items and abbreviated_list(one[0], items):
            return True
    ax, ay = _adverbial(jx, jy), _adverbial(jy, jx)
    if (ax, ay) == (cx, cy) or len(ax) != len(ay):
        return False
    return _word_for_word(ax, ay, lexicon, adverbial=(ax, ay) != (jx, jy))


def _binds_nothing(before) -> bool:
    """The words before a change (a keyed chunk, or None at the start) end in nothing that modifies what follows:
    no noun, number, prefix or suffix (第2, 毎週, 当館の: a noun's modifier), no の, no verb or adjective (a
    clause's predicate before a noun): only the start, a punctuation mark, or a particle other than の."""
    if before is None or not before[1]:
        return True
    last = before[1][-1]
    if last.kind in ("punct", "space", "symbol"):
        return last.text not in _LISTING
    return last.kind == "word" and last.head == "助詞" and last.lemma != "の"


def _said_humbly_as(cx: list[Morph], cy: list[Morph], context_x: tuple[Morph, ...] | None) -> bool:
    """お受け|して / 受け付け|て: one verb's stem right before する or いたす (the humble お + stem + する, whose
    お says politeness only: no plain verb's stem takes する), against one verb the resources show is the same act
    said humbly (``synonyms.humbly_one_act``: 受ける/受け付ける, both 承る). Not お受けください nor お受けになる
    (the reader's act: "please undergo"), which no する follows."""
    if len(cx) != 1 or len(cy) != 1 or context_x is None or len(context_x) != 2:
        return False
    verb, after, other = cx[0], context_x[1], cy[0]
    if verb.head != "動詞" or not verb.cform.startswith("連用形") or other.head != "動詞":
        return False
    if not (after.head == "動詞" and after.lemma in ("為る", "致す")):
        return False
    return humbly_one_act(verb, other)


def _stem_asked_as_verb(
    cx: list[Morph], cy: list[Morph], context_x: tuple[Morph, ...] | None, context_y: tuple[Morph, ...] | None
) -> tuple[list[Morph], list[Morph]] | None:
    """お取り扱い|くださいますよう / 扱って|いただきますよう: one word against one verb, the word a verb's stem UniDic
    reads as a noun right before くださる (the request that asks for the act: ``stem_verb``, 取り扱い: 取り扱う),
    read as that verb for the resources; None where the words are not so."""
    if len(cx) != 1 or len(cy) != 1:
        return None
    for words, other, context in ((cx, cy, context_x), (cy, cx, context_y)):
        noun = words[0]
        if other[0].head != "動詞" or noun.head != "名詞" or context is None or len(context) != 2:
            continue
        if not (context[1].head == "動詞" and context[1].lemma == "下さる") or (verb := stem_verb(noun)) is None:
            continue
        return ([verb], other) if words is cx else (other, [verb])
    return None


def _flag_free(words: list[Morph], joined: list[Morph], lexicon: Lexicon) -> bool:
    """No word of *words* limits or negates; words JMdict joins into one adverb are read as it (できる|だけ).

    出来るだけ, "as much as possible", holds だけ and limits nothing: the adverb is asked about whole.
    """
    if len(words) > 1 and len(joined) == 1 and joined[0].head == "副詞":
        return not _flagged(joined[0], lexicon)
    return not any(_flagged(m, lexicon) for m in words)


def _word_for_word(cx: list[Morph], cy: list[Morph], lexicon: Lexicon, adverbial: bool = False) -> bool:
    """Each word the same as the other's (*adverbial*: a noun said with に is compared as an adverb)."""
    for x, y in zip(cx, cy, strict=True):
        if _same_characters(x, y) or _one_word(x, y):
            continue  # the same characters, read otherwise by the analyzer in another context (当|薬局)
        if _flagged(x, lexicon) or _flagged(y, lexicon):
            return False
        if not (_nominalized(x, y) or _nominalized(y, x) or same_word(x, y, adverbial)):
            return False
    return True


def _courtesy_between(keyed, at: int, text: tuple[Morph, ...], where: dict[int, int], dropped: set[int]) -> list[Morph]:
    """The adverbs dropped as courtesy (あらかじめ, 予め) between the words of keys *at* - 1 and *at* of *text*."""

    def said(span) -> list[Morph]:
        return [m for m in span if id(m) not in dropped]

    before = said(keyed[at - 1][1]) if at > 0 else []
    after = said(keyed[at][1]) if at < len(keyed) else []
    start = where.get(id(before[-1]), -1) + 1 if before else 0
    end = where.get(id(after[0]), len(text)) if after else len(text)
    return [m for m in text[start:end] if id(m) in dropped and m.head == "副詞"]


def _nouns_fused(words: list[Morph], text: tuple[Morph, ...], where: dict[int, int]) -> bool:
    """*words* are one case particle of one kana other than の (に, を, が, で, へ; never にて) between two common
    nouns of *text*, neither a time or a quantity (UniDic's 副詞可能: 本日, 毎日): without it the two read as one
    compound, another thing (職員に駐車場を開放します, a car park opened to staff; 職員駐車場を開放します, the
    staff car park opened). Not before an action's noun standing alone, whose object or subject the compound says
    alike (熱中症を予防 / 熱中症予防, 道路が渋滞 / 道路渋滞, 店内に掲示 / 店内掲示); 駐車|場, an action's noun
    made a thing, is no act. Nor after a person + に/へ (``_a_person_before``), whom the act is addressed to and
    the compound makes its object (本人に確認 / 本人確認: "check with the person" / "identity verification")."""
    if len(words) != 1 or id(words[0]) not in where:
        return False
    particle, at = words[0], where[id(words[0])]
    if not particle.pos_is("助詞", "格助詞") or particle.text not in ("に", "を", "が", "で", "へ"):
        return False
    if at == 0 or at + 1 >= len(text):
        return False

    before, after = text[at - 1], text[at + 1]
    compounded = at + 2 < len(text) and text[at + 2].head in ("名詞", "接尾辞")
    an_action = after.pos[2:3] == ("サ変可能",) and not compounded
    timeless = before.pos[2:3] != ("副詞可能",) and after.pos[2:3] != ("副詞可能",)
    # 本人に確認 / 本人確認, 保護者に確認 / 保護者確認: a person (a noun, or a noun ended by its suffix, 保護|者) + に
    # before the action's noun is whom the act is addressed to ("check with the person"), which the compound makes
    # what the act is done on ("identity verification"; red team 31).
    person = _common_noun(before) or before.pos_is("接尾辞", "名詞的")
    if an_action and timeless and person and particle.text in ("に", "へ") and _a_person_before(text, at):
        return _common_noun(after)
    return _common_noun(before) and _common_noun(after) and timeless and not an_action


def _window(words: list[Morph], text: tuple[Morph, ...], where: dict[int, int]) -> tuple[Morph, ...] | None:
    """The words of *text* from the first of *words* to the last, and the one after them."""
    if not words or id(words[0]) not in where or id(words[-1]) not in where:
        return None
    return text[where[id(words[0])] : where[id(words[-1])] + 2]


def _joined(words: list[Morph], context: tuple[Morph, ...] | None) -> list[Morph]:
    """*words* as one word where JMdict spells them so (いつ|も, 前|もっ|て, 気|を|付け), else as they are.

    The words of the text (*context*) from the first of *words* to the last
    are joined, with the connective て after them if there is one (前もっ + て).
    """
    if len(words) < 2 or context is None:
        return words
    ids = [id(m) for m in context]
    if id(words[0]) not in ids or id(words[-1]) not in ids:
        return words
    start, end = ids.index(id(words[0])), ids.index(id(words[-1])) + 1
    stops = [end]
    if end < len(context) and context[end].pos_is("助詞", "接続助詞") and context[end].lemma == "て":
        stops.insert(0, end + 1)
    for stop in stops:
        found = one_word(list(context[start:stop]))
        if found is not None:
            return [found]
    return words


_LISTING = frozenset({"・", "、", ",", "と", "及び"})


def _listed(words: list[Morph], context: tuple[Morph, ...] | None) -> list[str]:
    """The items of a list of nouns (土曜日・日曜日, 小学生と中学生), from the text around *words*, or []."""
    if len(words) < 2 or context is None:
        return []
    ids = [id(m) for m in context]
    if id(words[0]) not in ids or id(words[-1]) not in ids:
        return []
    items: list[str] = [""]
    for m in context[ids.index(id(words[0])) : ids.index(id(words[-1])) + 1]:
        if m.text in _LISTING or m.lemma in _LISTING:
            items.append("")
        elif m.kind == "word" and (m.head == "名詞" or m.pos[:2] == ("接尾辞", "名詞的")):
            items[-1] += m.text
        else:
            return []
    return items if len(items) >= 2 and all(items) else []


def _adverbial(words: list[Morph], other: list[Morph]) -> list[Morph]:
    """事前に / 前もって: a noun + the case particle に, where the other text says one adverb, is the noun."""
    if len(words) == 2 and len(other) == 1 and other[0].head == "副詞" and words[0].head == "名詞":
        if words[1].pos_is("助詞", "格助詞") and words[1].lemma == "に":
            return [words[0]]
    return words


# After an act's honorific noun: what the writer does (ご連絡いたします, お知らせします) or what is asked of the
# reader (ご持参ください, お持ちいただくと); the two are never exchanged.
_WRITER_DOES = frozenset({"為る", "致す"})
_READER_ASKED = frozenset({"下さる", "頂く"})


def _one_act(
    cx: list[Morph],
    cy: list[Morph],
    a: tuple[Morph, ...],
    b: tuple[Morph, ...],
    where_a: dict[int, int],
    where_b: dict[int, int],
    lexicon: Lexicon,
) -> bool:
    """The last words of *cx* and *cy* name one act after an honorific prefix, both done by the writer or both
    asked of the reader, the old English says the new word (synonyms.py ``one_act_witnessed``), and the words
    before them, if any, are shown the same (事前にご連絡いたします / 前もってお知らせいたします)."""
    jx, jy = _causatives_joined(cx), _causatives_joined(cy)
    ends = []
    for words, joined, text, where in ((cx, jx, a, where_a), (cy, jy, b, where_b)):
        if id(words[-1]) not in where:
            return False
        end = where[id(words[-1])]
        start = end - (len(words) - len(joined)) if joined[-1] is not words[-1] else end
        if start < 1 or end + 1 >= len(text) or len(words) - len(joined) != (end - start):
            return False  # (a verb joined elsewhere than at the end: the words before are not read word for word)
        prefix, after = text[start - 1], text[end + 1]
        if not (prefix.head == "接頭辞" and prefix.lemma == "御"):
            return False
        doer = "writer" if after.lemma in _WRITER_DOES else "reader" if after.lemma in _READER_ASKED else None
        if doer is None or after.head != "動詞":
            return False
        place = start >= 3 and text[start - 2].pos_is("助詞", "格助詞") and text[start - 2].lemma in ("に", "へ")
        if a_coming(joined[-1]) and place and text[start - 3].head == "名詞":
            return False  # 会場にお越しください: the place named
        ends.append((doer, prefix.text))
    if ends[0][0] != ends[1][0] or not one_act_witnessed(jx[-1], jy[-1], ends[1][1]):
        return False
    rest_x, rest_y = jx[:-1], jy[:-1]
    if not rest_x and not rest_y:
        return True
    if not rest_x or not rest_y or any(m.head == "助動詞" for m in rest_x + rest_y):
        return False
    rx, ry = cx[: len(rest_x)], cy[: len(rest_y)]
    return _synonyms(rx, ry, lexicon, _window(rx, a, where_a), _window(ry, b, where_b))


def _role_particle(m: Morph) -> bool:
    """A case particle that may be added or dropped (the PARTICLE explanation): の, が, を, に, で, は."""
    return (m.pos_is("助詞", "格助詞") and m.lemma not in ("と", "まで", "より", "から")) or (
        m.pos_is("助詞", "係助詞") and m.lemma == "は"
    )


def _nominal_or_verbal(
    x: list[Morph], y: list[Morph], dropped: set[int], lexicon: Lexicon, may_happen: bool = False
) -> str | None:
    """お受け取りの際 / 受け取る際: the same words with a case particle dropped, a verb said as its honorific noun.

    Each is an explanation on its own (a particle added or dropped; お + a
    verb's noun for the verb): here they come together. The words left, word
    for word, are the same words (the same characters, a verb and the noun
    お/ご makes of it) or two words shown the same.
    """

    def content(words: list[Morph]) -> list[tuple[Morph, bool]]:
        out: list[tuple[Morph, bool]] = []
        honorific = False
        for m in words:
            if m.head == "接頭辞" and m.lemma == "御":
                honorific = True
                continue
            if _role_particle(m) or id(m) in dropped:
                continue
            out.append((m, honorific))
            honorific = False
        return out

    cx, cy = content(x), content(y)
    if not cx or len(cx) != len(cy):
        return None
    if _te_wa(x) != _te_wa(y) and not may_happen:
        return None  # 天候によっては / 天候によって: ては says "in some cases, if", no role a particle plays
    px = sorted(m.lemma for m in x if _role_particle(m) and id(m) not in dropped)
    py = sorted(m.lemma for m in y if _role_particle(m) and id(m) not in dropped)
    if px and py:
        return None  # particles added or dropped, never one exchanged for another (AがBを / AをBが)
    both = {m.lemma for m in x if m.head == "動詞"} & {m.lemma for m in y if m.head == "動詞"}
    if _after_te(x) & both != _after_te(y) & both:
        return None  # ご説明に参ります / ご説明して参ります: one verb, after て the auxiliary (て参る), no going
    for (a, ha), (b, hb) in zip(cx, cy, strict=True):
        if _one_word(a, b) or _same_characters(a, b):
            continue
        if (ha and _verb_noun(b, a)) or (hb and _verb_noun(a, b)):
            continue
        if not _synonyms([a], [b], lexicon):
            return None
    return SYNONYM


def _constructions_alike(a: list[str], b: list[str]) -> bool:
    """The two differences agree on ごと's reading: "each" (袋ごとに) in one and "and all" (袋ごと回収,
    ⟨together with⟩) in the other are two constructions, no particle dropped."""
    return a.count(TOGETHER_WITH) == b.count(TOGETHER_WITH)


def _after_te(words: list[Morph]) -> set[str]:
    """The verbs of *words* right after a connective て/で: there a verb that may lean on another (参る, いく,
    くる, おる) is the auxiliary of the verb before it, no act of its own (the caller compares a verb both texts
    say: お待ちの方 / 待っている方 says いる in one text only)."""
    return {
        m.lemma
        for previous, m in zip(words, words[1:], strict=False)
        if m.head == "動詞" and previous.pos_is("助詞", "接続助詞") and previous.lemma == "て"
    }


def _may_happen(morphs: tuple[Morph, ...]) -> bool:
    """*morphs* say that something may happen (場合がある, ことがございます, 場合もあります): beside it, N により
    and N によっては both say "depending on N" (天候により欠航する場合があります), as the possibility is said."""
    return any(
        m.lemma in ("場合", "事")
        and morphs[k + 1].pos_is("助詞")
        and morphs[k + 1].lemma in ("が", "も")
        and morphs[k + 2].lemma in ("有る", "御座る")
        for k, m in enumerate(morphs[:-2])
    )


def _te_wa(words: list[Morph]) -> bool:
    """The topic's は right after a connective て/で in *words* (によっては, によりましては, 雨が降っては): the
    て-form + は is a condition ("depending on", "if"), which the て alone (a cause, a means, a sequence) is not;
    UniDic reads the は as the particle it is elsewhere, so the pair is read here."""
    return any(
        m.pos_is("助詞", "係助詞") and m.lemma == "は" and p.pos_is("助詞", "接続助詞") and p.lemma == "て"
        for p, m in zip(words, words[1:])
    )


def _one_word(a: Morph, b: Morph) -> bool:
    """One lemma, one reading of its dictionary form, and no homophone kanji (早い / 速い: ``homophone_kanji``)."""
    return (a.lemma, a.pron_base) == (b.lemma, b.pron_base) and homophone_kanji(a) == homophone_kanji(b)


def _verb_noun(verb: Morph, noun: Morph) -> bool:
    """受け取る and (お)受け取り, 届ける and (お)届け: a verb and the noun its stem makes (after お/ご)."""
    if verb.head != "動詞" or noun.head != "名詞" or len(verb.lemma) < 2:
        return False
    # 受け取る → 受け取; a dictionary form as written too (帰る, whose UniDic lemma is 返る: 帰り)
    spelt = (verb.lemma, verb.text) if verb.cform.startswith(("終止形", "連体形")) else (verb.lemma,)
    if not any(
        noun.text == form[:-1] or (noun.text[:-1] == form[:-1] and len(noun.text) == len(form)) for form in spelt
    ):
        return False
    # The pronunciation too: the verb's dictionary form but its last kana (ウケトル, ウケトリ; トドケル, トドケ).
    return noun.pron[: len(verb.pron_base) - 1] == verb.pron_base[:-1]


def _flagged(m: Morph, lexicon: Lexicon) -> bool:
    words = lexicon.red_flags | lexicon.negative_words
    return m.lemma in words or m.text in words or bool(negations([m], lexicon.negative_words))


def _nominalized(verb: Morph, noun: Morph) -> bool:
    """お問い合わせください / お問い合わせくださいますよう: a verb's stem and the noun it makes, one word."""
    return (
        verb.head == "動詞"
        and verb.cform.startswith("連用形")
        and noun.head == "名詞"
        and verb.text == noun.text
        and verb.pron == noun.pron
    )


_WEEKDAYS = frozenset("月火水木金土日祝")


def _numeric(m: Morph) -> bool:
    """A number, a kanji numeral (第一回) or a weekday of a date (水): the entity layer's values."""
    return m.kind == "number" or m.pos_is("名詞", "数詞")


def _counter(m: Morph) -> bool:
    """What follows a number as its unit: 時, 分, 円, 名, 回, %, 第 (a noun of one or two characters, or a sign)."""
    if m.kind in ("punct", "symbol"):
        return True
    unit = m.head in ("名詞", "接尾辞", "記号") and len(m.text) <= 2 and not m.text.startswith("以")
    return m.kind == "word" and unit


def _values(morphs: list[Morph], before) -> bool:
    """Numbers, each with the counter that follows it (0時00分 → 0時), and nothing else (or nothing).

    A weekday counts as a value in parentheses after a date: 14日(水); 半 after
    時 or 時間 (8時半, 1時間半) counts as one.
    """
    previous = before[1][-1] if before is not None else None
    for m in morphs:
        if _numeric(m) or (m.text in _WEEKDAYS and previous is not None and previous.text == "("):
            pass
        elif m.text == "半" and previous is not None and previous.text in ("時", "時間"):
            pass  # 8時半, 1時間半: half an hour, a value the entity layer reads as 8時30分
        elif not (previous is not None and _numeric(previous) and _counter(m)):
            return False
        previous = m
    return True


# The marks and particles that join the items of a list (第2・第4, 5日、6日, 10時～12時, 5日や6日, 5日と6日); not
# the marks inside one value (2026/6/1, 1,000, 2026-06-01).
_LIST_MARKS = frozenset("・、~～〜")
_LIST_PARTICLES = frozenset({"と", "や", "か", "及び", "又は", "並びに"})


def _item_of_a_list(words: list[Morph], text: tuple[Morph, ...], where: dict[int, int]) -> bool:
    """*words* (added or removed whole) stand beside a mark or particle that joins them to another item."""
    if not words or id(words[0]) not in where or id(words[-1]) not in where:
        return False
    first, last = where[id(words[0])], where[id(words[-1])]
    beside = [text[k] for k in (first - 1, last + 1) if 0 <= k < len(text)]
    return any(m.text in _LIST_MARKS or (m.head in ("助詞", "接続詞") and m.lemma in _LIST_PARTICLES) for m in beside)


def _part_of_a_value(words: list[Morph], before, context: tuple[Morph, ...] | None) -> bool:
    """Numbers added or removed beside a value that stays (0時00分 → 0時, 7月14日 → 2023年7月14日).

    A value added or removed whole (2番 before 窓口) is said of the noun after it: no part of a value.
    """
    previous = before[1][-1] if before is not None else None
    after = context[-1] if context is not None and context[-1] is not words[-1] else None
    return (previous is not None and (_numeric(previous) or _counter(previous) and previous.kind == "word")) or (
        after is not None and _numeric(after)
    )


def _unit_changed(x: list[Morph], y: list[Morph]) -> bool:
    """The same numbers with another unit: 3日目 → 3日間 (the third day, three days), 3個 → 3箱.

    Values are the entity layer's to compare only where a number changed; a counter of another lemma after the
    same numbers says another thing of them.
    """
    numbers = [[m.text for m in words if _numeric(m)] for words in (x, y)]
    units = [[m.lemma for m in words if not _numeric(m) and m.kind == "word"] for words in (x, y)]
    if numbers[0] == numbers[1]:
        return units[0] != units[1]
    return _count_of_another_thing(x, y)


def _count_of_another_thing(x: list[Morph], y: list[Morph]) -> bool:
    """Another number counting another thing: 1,000円 → 10ドル (another currency), 3個 → 5箱.

    The word right after a number is what it counts; a count (the entity layer reads a bare number, no date,
    time or duration) whose counter changed its lemma says a value of another kind, never another value of the
    same kind. Lengths of time (3日 → 1週間) are durations the entity layer compares as values: not so.
    """
    counters = [
        [  # the lemma without UniDic's sense after "-" (円-助数詞 after 千, 円 after 1,000: one word)
            words[k + 1].lemma.split("-")[0]
            for k in range(len(words) - 1)
            if _numeric(words[k]) and not _numeric(words[k + 1])
        ]
        for words in (x, y)
    ]
    if not counters[0] or len(counters[0]) != len(counters[1]) or counters[0] == counters[1]:
        return False
    return all(
        entity.kind == "number" for words in (x, y) for entity in read_entities("".join(m.text for m in words))[1]
    )


# Verbs whose kana UniDic reads as one of two words it tells apart, a guess: あく (開く "open", 空く "empty"), いる
# and はいる (入る "go in", 要る "need", the は of 箸は cut into はいり), きく, あう, はかる, かえる, うつす. A kana
# form of one rewritten in kanji (or back) chooses a word the kana did not: never shown the same.
# (Not みる, とる: UniDic's one lemma 見る, 取る is no guess, and the kanji show the word: ``_kanji_of_the_lemma``.
# Not かける: お掛け / おかけ is the one word of ご迷惑をおかけし, the spelling that notices use either way.)
_KANA_HOMOGRAPHS = frozenset(
    {
        "空く",
        "開く",
        "入る",
        "要る",
        "聞く",
        "効く",
        "利く",
        "計る",
        "図る",
        "測る",
        "量る",
        "変える",
        "代える",
        "替える",
        "換える",
        "会う",
        "合う",
        "遭う",
        "写す",
        "映す",
    }
)


def _another_word(x: list[Morph], y: list[Morph]) -> tuple[str, str] | None:
    """(old, new) where a word of one text is another word in the other under one UniDic lemma; else None.

    UniDic gives one lemma to the spellings of a word and, at times, to other words written alike:

    - a verb written in kana on one side and kanji on the other where the kanji are not the lemma's (みる /
      診る, UniDic's lemma 見る; とる / 撮る, 取る), or where the kana is a guess of UniDic's
      (``_KANA_HOMOGRAPHS``) and the kanji come new (あいている → 空いている: 開く or 空く) or the kana took in
      the particle before it (お箸は入りません → お箸はいりません, read はいり: いる, 要る);
    - a noun written in kanji alone on one side and with kana on the other, read otherwise (生もの, ナマモノ,
      "perishables" / 生物, セイブツ, "living things": one lemma 生物);
    - 一日 read イチニチ ("one day") and 1日 (a date; 一日 read ツイタチ is a date too, and stays offered);
    - a ら抜き potential (出られる → 出れる: られる, respect, passive or potential, made potential only).
    """

    def key(m: Morph) -> tuple[str, str]:
        return m.text, m.pron

    keys_x, keys_y = {key(m) for m in x}, {key(m) for m in y}
    only_x = [m for m in x if m.kind == "word" and key(m) not in keys_y]
    only_y = [m for m in y if m.kind == "word" and key(m) not in keys_x]
    for m in only_x:
        for n in only_y:
            if m.lemma != n.lemma or m.head != n.head or not m.lemma or m.text == n.text:
                continue
            if m.head == "動詞" and _has_kanji(m) != _has_kanji(n):
                if not _kanji_of_the_lemma(n if _has_kanji(n) else m):
                    return m.text, n.text
                # あいている → 空いている: the kanji choose a word the kana left open (the English may have read
                # 開く); 空いて → あいて leaves the old word one reading of the new, unless the kana took in the
                # particle before it (お箸は入りません → お箸はいりません, read はいり: いる, 要る, "need").
                if m.lemma in _KANA_HOMOGRAPHS and (_has_kanji(n) or _before(m, x) != _before(n, y)):
                    return m.text, n.text
            if (
                m.head == "名詞"
                and m.pos[:3] == n.pos[:3]  # (とき / 降車|時: the suffix-like 時 read ジ, the same "when")
                and m.pron_base != n.pron_base
                and {_all_kanji(m), _all_kanji(n)} == {True, False}
                and (_has_kana(m) or _has_kana(n))
            ):
                return m.text, n.text
    for u, v, swap in ((x, y, False), (y, x, True)):
        if _one_day_counted(u) and not _one_day_counted(v) and _digit_day(v) and not _digit_day(u):
            return ("1日", "一日") if swap else ("一日", "1日")
        if (dropped := _ra_dropped(u, v)) is not None:
            return (dropped[1], dropped[0]) if swap else dropped
    return None


def _before(m: Morph, words: list[Morph]) -> str:
    """The text of the word before *m* (by identity) in *words*."""
    i = next(k for k, w in enumerate(words) if w is m)
    return words[i - 1].text if i else ""


def _has_kanji(m: Morph) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in m.text)


def _kanji_of_the_lemma(m: Morph) -> bool:
    """Whether the kanji of *m* are its lemma's: 見て (見る), not 診て (UniDic's 見る too, "examine"), nor 撮り."""
    return {ch for ch in m.text if "\u4e00" <= ch <= "\u9fff"} <= set(m.lemma)


def _all_kanji(m: Morph) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in m.text)


def _has_kana(m: Morph) -> bool:
    return any("\u3041" <= ch <= "\u3096" for ch in m.text)


def _one_day_counted(words: list[Morph]) -> bool:
    """一日 read イチニチ, "one day" (UniDic: 一 + 日 read ニチ; the date, ツイタチ, is one word)."""
    return any(a.text == "一" and a.pron == "イチ" and b.text == "日" and b.pron == "ニチ" for a, b in pairwise(words))


def _digit_day(words: list[Morph]) -> bool:
    """1日 in digits (a date, or a day counted)."""
    return any(a.kind == "number" and a.text == "1" and b.text.startswith("日") for a, b in pairwise(words))


def _ra_dropped(x: list[Morph], y: list[Morph]) -> tuple[str, str] | None:
    """(出られる, 出れる) where *x* says a verb + られる and *y* the ら抜き potential of the same verb."""
    for a, b in pairwise(x):
        if a.head != "動詞" or b.head != "助動詞" or b.lemma != "られる":
            continue
        for n in y:
            if n.head == "動詞" and n.lemma == a.lemma and n.text.startswith(a.text + "れ") and n.text != a.text:
                return a.text + b.text, n.text
    return None


@remembered_with_the_translation
def _kanji_chosen(old: str, new: str) -> tuple[str, str, bool] | None:
    """(the kana, the kanji, whether the old English says the kanji's word) where a word written in kana alone in
    *old* is written with kanji in *new*, the same pronunciation, and the kanji pick one of the words the kana may
    be (``kanji_choose_a_word``); the first the English does not witness (``choice_witnessed``), else the last
    witnessed; None where every such kanji is only a spelling."""
    a, b = analyze(old), analyze(new)
    if a is None or b is None:
        return None
    x, y = _spoken(a), _spoken(b)
    keys_x, keys_y = {(m.text, m.pron) for m in x}, {(m.text, m.pron) for m in y}
    # A word a construction reads as part of itself, no word of its own, in both texts (のうえ / 上で, "having
    # done") is that construction's, whatever else JMdict reads the kana as (うえ: 飢え, "hunger"); a verb it
    # keeps a key for (かうことができる: 買う) is read as any.
    spelt: dict[str, list[Morph]] = {}
    for n in y:
        if n.kind == "word" and _has_kanji(n) and (n.text, n.pron) not in keys_x:
            spelt.setdefault(n.pron, []).append(n)
    if not any(m.kind == "word" and m.pron in spelt and _kana_only(m) and (m.text, m.pron) not in keys_y for m in x):
        return None  # (most edits: no kana said in kanji, and the constructions need not be read)
    built_a, built_b = ({id(t[i]) for i, key in construction_keys(t).items() if key is None} for t in (a, b))
    spelt = {pron: [n for n in words if id(n) not in built_b] for pron, words in spelt.items()}
    found = None
    for k, m in enumerate(x):
        if m.kind != "word" or not _kana_only(m) or (m.text, m.pron) in keys_y or id(m) in built_a:
            continue
        leads = _leads(x, k)
        for n in spelt.get(m.pron, ()):
            # ブラシをかけて / ブラシ掛け: the object the kana took, compounded with the kanji
            compound = _compound(y, n)
            compounded = next((noun for noun, _ in leads if compound[: len(noun)] == noun), "")
            if kanji_choose_a_word(m, n, tuple(noun + particle for noun, particle in leads), compounded):
                found = (m.text, n.text, choice_witnessed(m, n, _compound(y, n)))
                if not found[2]:
                    return found
    return found


def _leads(words: list[Morph], k: int) -> tuple[tuple[str, str], ...]:
    """Before the verb *words[k]*, a noun and its case particle, the prefixes between aside (迷惑, を before
    お|かけ): the start of a phrase JMdict may list with the verb (迷惑をかける). Never a prefix alone: JMdict's
    お尋ね ("an inquiry") says nothing of the humble お + another verb read たずね (お訪ねします)."""
    if words[k].head != "動詞":
        return ()
    k -= 1
    while k >= 0 and words[k].head == "接頭辞":
        k -= 1
    if k >= 1 and words[k].pos_is("助詞", "格助詞") and words[k - 1].head == "名詞":
        return ((words[k - 1].text, words[k].text),)
    return ()


def _compound(words: list[Morph], n: Morph) -> str:
    """*n* written after the noun before it (ブラシ|掛け: ブラシ掛け), or ""."""
    for k, m in enumerate(words):
        if m is n:
            return words[k - 1].text + n.text if k and words[k - 1].head == "名詞" else ""
    return ""


def _kana_only(m: Morph) -> bool:
    return all("\u3041" <= ch <= "\u30fc" for ch in m.text)


@lru_cache(maxsize=1 << 10)
def another_verb(old: str, new: str) -> bool:
    """In the clauses that changed, a verb of one lemma in one text stands where the other has a verb of another
    lemma spelt with the same first kanji (動かさない → 動かない: 動かす, "move it", and 動く, "move"): a kana
    dropped or added that makes another word is no typing slip."""
    a, b = (analyze(text) for text in changed_clauses(old, new))
    if a is None or b is None:
        return False
    verbs_a = {m.lemma for m in a if m.head == "動詞" and _has_kanji(m)}
    verbs_b = {m.lemma for m in b if m.head == "動詞" and _has_kanji(m)}
    went, came = verbs_a - verbs_b, verbs_b - verbs_a
    # (one verb for one, of the same kanji: a slip inside a compound verb, 引き続き → 引きき続き, reads two verbs)
    if len(went) != 1 or len(came) != 1:
        return False
    (x,), (y,) = went, came
    if kanji_of(x) != kanji_of(y) or not kanji_of(x):
        return False
    # (both words JMdict knows: 申し上げます mistyped 申し上けます is read 申し上がる, which is no word)
    try:
        return bool(jmdict_entries(x)) and bool(jmdict_entries(y))
    except ImportError:
        return True


@lru_cache(maxsize=1 << 10)
def another_word(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) where the clauses that changed hold another word under one UniDic lemma (``_another_word``).

    Remembered: the guard asks it of one edit at several of its steps."""
    a, b = (analyze(text) for text in changed_clauses(old, new))
    if a is None or b is None:
        return None
    return _another_word(_spoken(a), _spoken(b))


# The words of politeness (UniDic's lemmas): the humble, respectful and polite verbs and auxiliaries, the prefix.
_POLITENESS = frozenset(
    {"ます", "です", "頂く", "致す", "御", "下さる", "申す", "申し上げる", "御座る", "せる", "させる"}
)


def _politeness_changed(a: tuple[Morph, ...], b: tuple[Morph, ...], dropped: set[int]) -> bool:
    """Among the words of *a* and *b* that contribute nothing (by identity, in *dropped*), a word of politeness
    one text says and the other does not, by lemma: 致します / いたします are one word spelt otherwise, and
    することができません / できません drop no politeness; させていただきます / ます do."""
    said_a = Counter(m.lemma for m in a if id(m) in dropped and m.lemma in _POLITENESS)
    said_b = Counter(m.lemma for m in b if id(m) in dropped and m.lemma in _POLITENESS)
    return said_a != said_b


def _same_notation(x: list[Morph], y: list[Morph]) -> bool:
    """The same words spelt otherwise: the same pronunciation, and the kanji of one within the other's."""
    if "".join(m.text for m in x) == "".join(m.text for m in y):
        return False
    if "".join(m.pron for m in x) != "".join(m.pron for m in y):
        return False
    # The kanji of what differs (写真を写す / 写真を映す: 写 elsewhere in the text is no spelling of 映).
    tx, ty = _text(x), _text(y)
    head = common_prefix(tx, ty)
    tail = common_prefix(tx[head:][::-1], ty[head:][::-1])
    kanji_x = {ch for ch in tx[head : len(tx) - tail] if "\u4e00" <= ch <= "\u9fff"}
    kanji_y = {ch for ch in ty[head : len(ty) - tail] if "\u4e00" <= ch <= "\u9fff"}
    if bool(kanji_x) != bool(kanji_y) and len(x) == len(y):
        # 不審なもの / 不審な者: kana chooses no kanji; the one written is a spelling only of the word UniDic
        # reads the kana as (物), not of another word of the same part of speech it sounds like (者, "a
        # person"). Where the parts of speech differ, UniDic misread the kana (はやめ as 早める): no sign.
        if any(a.lemma != b.lemma and a.pos[:2] == b.pos[:2] for a, b in zip(x, y)):
            return False
    return kanji_x <= kanji_y or kanji_y <= kanji_x


def _spelt_otherwise(x: list[Morph], y: list[Morph], before_x, before_y) -> bool:
    """声がけ / 声掛け, など / 等: word for word the same words or one word spelt two ways (``spelt_otherwise``).

    The first word of each may follow a common noun, or a common noun's suffix (廊下|等, 運転免許|証|等: a list's
    "etc."; 1|等 is "first class", and a counter is no common noun's suffix).
    The same kanji cut otherwise are the same words (不明|点, 不|明点): no kana, whose cut may be another word.
    """
    joined = _text(x)
    if joined == _text(y) and len(joined) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in joined):
        return True  # ご不明な点 / ご不|明点: the same kanji, cut otherwise by the analyzer, the copula aside
    if len(x) != len(y):
        return False
    after_noun = all(before is not None and _ends_a_common_noun(before[1][-1]) for before in (before_x, before_y))
    return all(
        _same_characters(a, b) or _one_word(a, b) or spelt_otherwise(a, b, after_noun=after_noun and n == 0)
        for n, (a, b) in enumerate(zip(x, y, strict=True))
    )


def _noun_made_suffix(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(X の N in *a*, X N in *b*) where the noun N after the genitive (画面の|上, read ウエ, "the top") is read
    in *b* as a suffix with another pronunciation once the の is dropped (画面|上, ジョー, "on the screen"; red
    team 31): another word, unless JMdict says the suffix's first sense among the noun's (お昼寝の後 / お昼寝後:
    アト and ゴ, "after"; ``suffix_said_as_noun``). Only after the の: with none, the analyzer reads one suffix
    either way (ホームページ|上, ウエ; ウェブサイト|上, ジョー). 中 is read so by ``_same_characters``."""
    suffixes = {(b[k - 1].text, m.text): m for k, m in enumerate(b) if k and m.head == "接尾辞" and m.kind == "word"}
    if not suffixes:
        return None
    for k in range(1, len(a) - 1):
        x, genitive, noun = a[k - 1], a[k], a[k + 1]
        if noun.head != "名詞" or not (genitive.lemma == "の" and genitive.pos_is("助詞", "格助詞")):
            continue
        suffix = suffixes.get((x.text, noun.text))
        if suffix is not None and suffix.pron != noun.pron and not suffix_said_as_noun(noun, suffix):
            return x.text + genitive.text + noun.text, x.text + suffix.text
    return None


def _same_characters(a: Morph, b: Morph) -> bool:
    """The same characters, one word read otherwise by the analyzer in another context (当|薬局, 当薬局).

    Never 中 read ナカ, the noun "inside", and the suffix 中 (学校中, read ジュー, "throughout the school"; 会議中,
    チュー, "during the meeting"): 学校の中 is no 学校中, whatever else the texts say alike.
    """
    if a.text != b.text:
        return False
    return not (a.text == "中" and {a.head, b.head} == {"名詞", "接尾辞"})


def _our_place(x: list[Morph], y: list[Morph], context_x, context_y) -> bool:
    """当社 / 弊社, 弊|院 / 当院, 当|施設 / 弊|施設: the writer's own place (``ours``).

    Each a noun of a thing (当日, a noun of time, is no place), or the prefix cut off the noun or suffix of
    the place after it (弊|園).
    """
    texts = []
    for words, context in ((x, context_x), (y, context_y)):
        if len(words) == 1 and len(words[0].text) == 1 and context is not None:
            words = list(context[:2])  # 弊 + 園: the kind of place, cut off
        if len(words) == 1 and words[0].pos[:3] != ("名詞", "普通名詞", "一般"):
            return False
        if len(words) == 2 and (len(words[0].text) != 1 or words[1].head not in ("名詞", "接尾辞")):
            return False
        if not words or len(words) > 2 or words[0].head not in ("名詞", "接頭辞"):
            return False
        if words[-1].pos[2:3] == ("副詞可能",):
            return False  # 当日: a time
        texts.append(_text(words))
    return ours(*texts)


def _common_noun(m: Morph) -> bool:
    return m.kind == "word" and m.head == "名詞" and m.pos[1:2] == ("普通名詞",)


def _ends_a_common_noun(m: Morph) -> bool:
    """A common noun, or the suffix that ends one (免許|証, 貴重|品: UniDic's 接尾辞 名詞的 一般; never a counter)."""
    return _common_noun(m) or (m.kind == "word" and m.pos[:3] == ("接尾辞", "名詞的", "一般"))


def _proviso(words: list[Morph]) -> bool:
    """A sentence that begins with ただし (但し, "however; provided that"): a limit of the sentence before it."""
    first = next((m for m in words if m.kind == "word"), None)
    return first is not None and first.lemma == "但し"


def _whole_sentences(words: list[Morph], before) -> bool:
    """Words that are whole sentences: after a sentence end (or at the start), ending with one."""
    starts = before is None or before[1][-1].text in _SENTENCE_ENDS
    return starts and words[-1].text in _SENTENCE_ENDS


def _modifier(words: list[Morph], lexicon: Lexicon, context: tuple[Morph, ...] | None = None) -> bool:
    """An addition shown harmless: adverbs (UniDic's 副詞) that restrict nothing, each perhaps with に or と.

    Any other word added inside a clause restricts what the clause is about, or may: a modifier of its subject,
    object or time (市内の高校生, 本日午後, 当日キャンセル), a condition (雨天の際は, 混雑時は), a manner that
    limits (先着順で, 原則として, 新たに), and adverbs JMdict glosses with a restriction
    (主に, 再び: ``restricts_nothing``).
    """
    if all(m.pos_is("助詞", "準体助詞") or m.pos_is("助詞", "係助詞") and m.lemma == "は" for m in words):
        # 入らないで / 入るのは: the nominalizer の and its topic say nothing; before a request to tell, the の may
        # name what is told (服用しているのは、お伝えください: "what you take"), which no こと says
        at = next((k for k, m in enumerate(context or ()) if m is words[-1]), None)
        return at is None or context is None or not _told_of(context, at + 1)
    for n, m in enumerate(words):
        if m.lemma in lexicon.red_flags or m.text in lexicon.red_flags:
            return False
        if m.head == "副詞" or (m.head == "形状詞" and _adverbial_form(m, context or tuple(words))):
            if not restricts_nothing(m):
                return False  # (お気軽に, 速やかに: an adjectival noun said as an adverb; 新たに restricts)
        elif m.head == "動詞" and m.lemma == "引き続く" and m.text == "引き続き":
            pass  # 引き続き, "continuously", an adverb in all but name
        elif not (m.lemma in ("に", "と", "だ") and n and words[n - 1].head in ("副詞", "形状詞")):
            return False  # (すぐに, しっかりと: the adverb's own particle)
    return not negations(words, lexicon.negative_words)


# JMdict's glosses of a conjunction's first sense that combine two statements rather than follow one with another.
_COMBINING_GLOSSES = frozenset(
    {"or", "otherwise", "either ... or ...", "but", "however", "provided that", "again", "even more", "more and more"}
    | {"after all", "even if", "nevertheless", "although", "though", "instead", "rather"}
)


def _sentence_connective(words: list[Morph], before, following: Morph | None = None) -> bool:
    """*words* (added or removed) are one conjunction at the start of a sentence (なお, また, つきましては,
    したがって): it ties the sentence to the one before, and the sentence says what it said. Not a conjunction that
    joins two words (及び, 又は, 並びに: inside a sentence, never at its start), nor one that combines the two
    statements (``_COMBINING_GLOSSES``)."""
    if not words or not (before is None or before[1][-1].text in _SENTENCE_ENDS or before[1][-1].text == "\n"):
        return False
    # (つき|まし|て|は, したがって read as a verb's forms: one conjunction where JMdict's first sense of the words
    # joined says so, つきましては "in line with this; therefore"; one word UniDic calls a conjunction by its own
    # spelling or its lemma's, なお / 尚)
    forms = ["".join(m.text for m in words)]
    if following is not None and following.kind == "word" and following.head == "助詞":
        # また|は: the diff may take the は after it for another's (または, "or"): the longer word first
        forms.insert(0, forms[0] + following.text)
    if len(words) == 1 and words[0].head == "接続詞":
        forms.append(words[0].lemma)
    try:
        entries = next((found for form in forms if (found := jmdict_entries(form))), ())
    except ImportError:
        return False
    # (each entry's first sense said as a conjunction: なお is first an adverb, "still", then "furthermore")
    firsts = [next((sense for sense in e.senses if "conjunction" in sense.pos), None) for e in entries]
    if not any(firsts):
        # 現在、 このたび、 今般、: a noun of the present before the comma that opens a sentence, whose first sense
        # JMdict glosses "now", says when the sentence speaks, as its verb's tense does
        if following is None or following.text not in ("、", ","):
            return False
        return any(
            e.senses and "now" in {g.text for g in e.senses[0].gloss} and any("noun" in p for p in e.senses[0].pos)
            for e in entries
        )
    # A conjunction that says how the two sentences' contents combine is content: または "or" (either act, not
    # both), ただし "but, provided that" (a limit), さらに "even more" (a discount on top of the other; red team 45).
    said = {g.text for sense in firsts if sense is not None for g in sense.gloss}
    return not said & _COMBINING_GLOSSES


def _adverbial_form(m: Morph, context: tuple[Morph, ...]) -> bool:
    """速やか|に: an adjectival noun followed (in *context*) by the copula's adverbial form に."""
    at = next((k for k, word in enumerate(context) if word is m), None)
    after = context[at + 1] if at is not None and at + 1 < len(context) else None
    return after is not None and after.text == "に" and after.lemma == "だ"


_DATA = Path(__file__).parent.parent / "data"
SAME_MEANING = _DATA / "same-meaning.json"
# The keys the analyzer gives each expression of same-meaning.json, written once (tests/regen_lexicon_keys.py):
# analyzing the hundred expressions is a third of a small merge's start-up. Used only where they were made
# from these very bytes with this very dictionary; tests/language/test_lexicon_keys.py checks them against
# a build from scratch.
SAME_MEANING_KEYS = _DATA / "same-meaning.keys.json"


@cache
def default_lexicon() -> Lexicon:
    # JSON, not YAML: the standard library reads it without loading a YAML parser (docs/catalogs.md);
    # beside the package's modules, read without importlib.resources (which loads zipfile, tempfile…).
    raw = SAME_MEANING.read_bytes()
    data = json.loads(raw)
    try:
        made = json.loads(SAME_MEANING_KEYS.read_bytes())
    except (OSError, ValueError):
        made = None
    if isinstance(made, dict) and made.get("made_from") == lexicon_source(raw):
        return _lexicon(
            data,
            tuple(tuple(p) for p in made["courtesy"]),
            {tuple(p): group for p, group in made["equivalent"]},
            made["please_not"],
        )
    return build_lexicon(data)


def lexicon_source(raw: bytes) -> str:
    """What the shipped keys were made from: same-meaning.json's bytes and the dictionary's version."""
    from kokuchi.project.files import blake2b_digest

    return f"{blake2b_digest(raw, 16).hex()} {dictionary_version()}"


def dictionary_version() -> str:
    """unidic-lite's version of UniDic (its dicdir's version file), or "" without it."""
    try:
        import unidic_lite

        return (Path(unidic_lite.DICDIR) / "version").read_text("utf-8").strip()
    except (ImportError, OSError):
        return ""


def _pattern(expression: str, particles: dict[str, str] | None = None) -> tuple[str, ...]:
    """The keys of an expression; one written …でしたので is read after a noun (状況でしたので)."""
    after_noun = expression.startswith("…")
    morphs = analyze("状況" + expression[1:] if after_noun else expression) or ()
    lexicon = Lexicon((), {}, particles or {}, frozenset(), frozenset(), {})
    keys = tuple(key for key, _ in _base_keys(morphs, lexicon))
    return keys[1:] if after_noun else keys


def build_lexicon(data: dict) -> Lexicon:
    particles: dict[str, str] = {}
    for n, group in enumerate(data.get("particles") or []):
        for particle in group:
            particles[particle] = f"⟨particle {n}⟩"
    courtesy = tuple(p for p in (_pattern(text, particles) for text in data.get("courtesy") or []) if p)
    equivalent: dict[tuple[str, ...], str] = {}
    negative_words = frozenset(data.get("negative_words") or [])
    for n, group in enumerate(data.get("equivalent") or []):
        parities = {len(negations(analyze(text) or (), negative_words)) % 2 for text in group}
        if len(parities) > 1:
            raise ValueError(f"same-meaning.json: equivalent[{n}]: the expressions differ in polarity: {group}")
        for text in group:
            pattern = _pattern(text, particles)
            if pattern:
                equivalent.setdefault(pattern, f"⟨same {n}⟩")
    return _lexicon(data, courtesy, equivalent, equivalent.get(_pattern("ご遠慮ください", particles), PLEASE_NOT))


def _lexicon(
    data: dict, courtesy: tuple[tuple[str, ...], ...], equivalent: dict[tuple[str, ...], str], please_not: str
) -> Lexicon:
    """The lexicon of *data* whose expressions read as the keys *courtesy* and *equivalent*."""
    particles = {
        particle: f"⟨particle {n}⟩" for n, group in enumerate(data.get("particles") or []) for particle in group
    }
    patterns: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for pattern, group in [*((p, "") for p in courtesy), *equivalent.items()]:
        patterns.setdefault(pattern[0], []).append((pattern, group))
    starting = {key: tuple(sorted(found, key=lambda p: -len(p[0]))) for key, found in patterns.items()}
    return Lexicon(
        courtesy,
        equivalent,
        particles,
        frozenset(data.get("negative_words") or []),
        frozenset(data.get("red_flags") or []),
        starting,
        please_not,
    )


def _sentence_bounds(morphs: tuple[Morph, ...], k: int) -> tuple[int, int]:
    """(first, end) positions of the sentence of the word at *k*: end is its 。 (or the text's end)."""
    start = next((j + 1 for j in range(k, -1, -1) if morphs[j].text in _SENTENCE_ENDS), 0)
    end = next((j for j in range(k, len(morphs)) if morphs[j].text in _SENTENCE_ENDS), len(morphs))
    return start, end


def _reader_can(m: Morph) -> bool:
    """いただける (頂く in its potential form, いただけ|ます): "you can", the reader's act."""
    return m.head == "動詞" and m.lemma == "頂く" and m.text.startswith(("いただけ", "頂け"))


def reader_can_added(old: str, new: str) -> str | None:
    """The words of the reader's いただけます (お/ご + an action + いただける, or the bare action + いただける)
    that *new* says more often than *old*, or None: a can the old text said with no actor or with できる
    (電池を交換できます, 電池交換が可能です) made the reader's own (電池をご交換いただけます)."""
    if "いただけ" not in new and "頂け" not in new:
        return None
    a, b = tuple(analyze(old) or ()), tuple(analyze(new) or ())
    if sum(1 for m in b if _reader_can(m)) <= sum(1 for m in a if _reader_can(m)):
        return None
    k = next(k for k, m in enumerate(b) if _reader_can(m))
    first = k - 1 if k >= 1 and b[k - 1].head != "助詞" and b[k - 1].kind == "word" else k
    first -= first >= 1 and b[first - 1].head == "接頭辞" and b[first - 1].lemma == "御"
    return "".join(m.text for m in b[first : k + 1])


def possible_made_the_readers(old: str, new: str) -> tuple[str, str] | None:
    """可能です after an action's noun in one text, the reader's いただけます in the other (送迎が可能です /
    ご送迎いただけます): ("可能", "いただけます") in the order of the texts, or None.

    可能 says "possible" and no one's act: the service the writer provides (送迎 "pick-up", 手配
    "arrangement", 郵送 "mailing") or an act the reader does (予約 "reservation"). いただけます makes the
    reader the actor. (The one, the other) or None. The caller asks the old English whether the reader was the
    actor ("you can", no "we").
    """
    a, b = tuple(analyze(old) or ()), tuple(analyze(new) or ())

    def possible(morphs: tuple[Morph, ...]) -> int:
        return sum(
            1
            for j in range(1, len(morphs))
            if morphs[j].lemma == "可能" and morphs[j].head == "形状詞" and _possible_after_action(morphs, j)
        )

    def can(morphs: tuple[Morph, ...]) -> int:
        return sum(1 for m in morphs if _reader_can(m))

    if possible(a) > possible(b) and can(b) > can(a):
        return "可能", "いただけます"
    if possible(b) > possible(a) and can(a) > can(b):
        return "いただけます", "可能"
    return None


def _possible_after_action(morphs: tuple[Morph, ...], j: int) -> bool:
    """An action's noun (サ変可能) before 可能 at *j* in its sentence (送迎が可能, 予約は、…可能)."""
    start, _ = _sentence_bounds(morphs, j)
    return any(_action(morphs[i]) and morphs[i].head == "名詞" for i in range(start, j))


def honoured_become_made_plain(old: str, new: str) -> tuple[str, str] | None:
    """ご + an action's noun + になる in one text, the noun + する/いたす without お/ご in the other (ご負担に
    なります / 負担します): (the one, the other) in the order of the texts, or None.

    になる after ご marks the reader as the actor (the fee is the reader's to bear); the plain verb with no
    subject in a statement is read as the writer's (we bear it). Only a request after the plain verb (負担して
    ください) keeps the reader the actor; else the caller asks the old English for "you" as the one who acts.
    """
    a, b = tuple(analyze(old) or ()), tuple(analyze(new) or ())

    def honoured(morphs: tuple[Morph, ...]) -> dict[str, int]:
        found: dict[str, int] = {}
        for i in range(1, len(morphs) - 2):
            m = morphs[i]
            if (
                m.head == "名詞"
                and _action(m)
                and morphs[i - 1].head == "接頭辞"
                and morphs[i - 1].lemma == "御"
                and morphs[i + 1].lemma == "に"
                and morphs[i + 2].lemma == "成る"
            ):
                found[m.lemma] = found.get(m.lemma, 0) + 1
        return found

    def plain(morphs: tuple[Morph, ...]) -> dict[str, int]:
        found: dict[str, int] = {}
        for i in range(len(morphs) - 1):
            m = morphs[i]
            if not (m.head == "名詞" and _action(m) and morphs[i + 1].lemma in ("為る", "致す")):
                continue
            if i > 0 and morphs[i - 1].head == "接頭辞" and morphs[i - 1].lemma == "御":
                continue  # ご負担いたします: the humble form, read by ``_actor_exchanged``
            if _requested(morphs, i + 1):
                continue  # 負担してください: the reader's act, asked
            found[m.lemma] = found.get(m.lemma, 0) + 1
        return found

    ha, hb, pa, pb = honoured(a), honoured(b), plain(a), plain(b)
    for lemma in ha.keys() & pb.keys():
        if ha[lemma] > hb.get(lemma, 0) and pb[lemma] > pa.get(lemma, 0):
            return f"ご{lemma}になる", f"{lemma}する"
    for lemma in hb.keys() & pa.keys():
        if hb[lemma] > ha.get(lemma, 0) and pa[lemma] > pb.get(lemma, 0):
            return f"{lemma}する", f"ご{lemma}になる"
    return None


def prefixed_in_a_statement(old: str, new: str) -> str:
    """A noun *new* says with お/ご where *old* says it plainly, in a sentence that neither asks the reader nor
    says the reader's act (意見を取りまとめ、提出しました → ご意見を, 回答は、2週間以内となります → ご回答は):
    the noun with the prefix, or "".

    Said plainly, a noun both parties may have (意見 "opinion", 要望 "request", 回答 "reply") is read as the
    writer's in the writer's statement; with お/ご it is the reader's. No resource says whose such a noun is, so
    the caller asks the old English for "your". Not read: the noun as the stem of a verb (ご連絡します, ご案内
    いたします: the writer's humble act either way), nor a sentence whose predicates are the reader's or a
    request (``_whose_predicates``: ご意見をお寄せください).
    """
    a, b = tuple(analyze(old) or ()), tuple(analyze(new) or ())
    for more, places in _prefix_said_more(a, b):
        if more is not b:
            continue  # (the prefix added in *new* only)
        for k in places:
            after = b[k + 1] if k + 1 < len(b) else None
            if after is None or not (after.head == "助詞" and after.lemma in ("を", "は", "が")):
                continue  # ご連絡します, ご案内の: the verb's stem, or a noun before another
            start, _ = _sentence_bounds(b, k)
            if any(
                b[j].head == "動詞" and (b[j].lemma in _YOU_DO or b[j].lemma in _REQUEST_VERBS) for j in range(start, k)
            ):
                continue
            if not _action(b[k]):
                continue  # お水を替える: a thing, whose the words say no more (``prefixed_for_our_act``)
            if after.lemma == "を" and _whose_predicates(b, k + 2) != _YOU:
                return b[k - 1].text + b[k].text  # ご意見を取りまとめ、提出しました
            if after.lemma == "は" and not _has_act(b, k + 2) and not _possible_after(b, k + 2):
                return b[k - 1].text + b[k].text  # ご回答は、2週間以内となります
    return ""


def _possible_after(morphs: tuple[Morph, ...], start: int) -> bool:
    """可能 or できる from *start* in its sentence: the topic named as an act one can do (ご予約は、…可能です)."""
    for m in morphs[start:]:
        if m.text in _SENTENCE_ENDS:
            return False
        if m.lemma in ("可能", "出来る"):
            return True
    return False


def _has_act(morphs: tuple[Morph, ...], start: int) -> bool:
    """A verb other than one of being or becoming from *start* to the end of its sentence."""
    for m in morphs[start:]:
        if m.text in _SENTENCE_ENDS:
            return False
        if m.head == "動詞" and m.lemma not in _BEING:
            return True
    return False
