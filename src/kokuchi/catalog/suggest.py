"""What to do with an old translation when its source changed: the translation-safety decision.

The default is the safe answer: an old translation is reused only when kokuchi
can *show* that the new source means what the old one did. Given the seed (the
old source and its translation) and the new source, in order:

1. **flip**: the change reverses the meaning (language/flips.py): the old
   translation says the opposite, so it is never offered;
2. **kept**: only the width or spacing of characters changed (０１２０ → 0120,
   午後 7時 → 午後7時), or only the spelling of the same words (下さい →
   ください, 問合せ → 問い合わせ: the same lemma and pronunciation): the
   translation is still right, kept for a glance;
3. **auto**: only entities changed (a date, time, duration, number, ID) and each
   old entity appears exactly once in the translation in a form kokuchi can
   read: it is rewritten in the translator's own form (9:00 AM → 9:00 PM, never
   21:00 AM), and the result must pass the entity checks; an entity-only edit
   kokuchi cannot rewrite is a **fuzzy** suggestion (the values are the
   translator's to write, and a fuzzy entry is never published);
4. **fuzzy**: the edit is shown to keep the meaning (language/evidence.py):
   politeness or inflection of the same words with the same polarity,
   equivalent expressions, case particles, a modifier or a sentence added:
   the old translation is a suggestion to revise (unless the old English
   says a passive where the proof read れる as respect, or a perfect where it
   read ている as an action going on: then a change);
5. **change**: anything else (a content word substituted, removed or added
   with a limit, a negation, tense or modality altered): like a flip, the old
   translation is not offered; the entry stays untranslated, with the previous
   source and translation in comments.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.language.entities import (
    Entity,
    a_day_apart,
    another_kind,
    entity_only_change,
    half_a_day_apart,
    holiday_marked,
    keys,
    skeleton,
    values_added,
)
from kokuchi.language.entities import read as read_entities
from kokuchi.language.evidence import (
    AS_SOON,
    COURTESY,
    DONE,
    DONE_SAID,
    GOING_ON,
    GOING_ON_SAID,
    IF_SAID,
    NOTATION,
    READERS,
    STANDING,
    STANDING_HELD,
    STATE_SAID,
    Verdict,
    a_particle_apart,
    act_said_in_the_topic,
    action_said_as_a_noun,
    another_form,
    another_verb,
    another_word,
    cause_of_a_stop_said_with_tame,
    compare,
    conditions_in_old_order,
    honoured_become_made_plain,
    humble_can_exchanged,
    humble_can_on_a_thing,
    list_in_old_order,
    means_of_coming,
    pointer_spelt_out,
    possible_made_the_readers,
    prefixed_act_before_ours,
    prefixed_for_our_act,
    prefixed_in_a_statement,
    prefixed_object_of_our_act,
    reader_can_added,
    request_said_with_the_acts_noun,
    topic_act_requested,
    topic_of_an_action_said_with_no,
)
from kokuchi.language.evidence import CHANGE as _CHANGED
from kokuchi.language.flips import Flip, FlipPairs, find_flip, is_typo
from kokuchi.language.morphology import analyze
from kokuchi.language.specified import named_as_the_english_says
from kokuchi.language.synonyms import (
    act_verbs,
    gloss_heads,
    honorifics_said_plainly,
    moderation_asked,
    translated_as,
)

FLIP, KEPT, AUTO, FUZZY, CHANGE = "flip", "kept", "auto", "fuzzy", "change"
FLIP_KINDS = (FLIP, CHANGE)  # the old translation is not offered
_NO_GLOSSARY = Glossary({}, ())
_SPACE = re.compile(r"\s+")
_YOU = re.compile(r"\byou(?:rs?|rself|rselves)?\b", re.IGNORECASE)
_OURS = re.compile(r"\bours?\b", re.IGNORECASE)
_WE_SAID = re.compile(r"\b(?:we|us|ours?)\b|\bwe'", re.IGNORECASE)  # the writer said as a party
# The writer said as one who acts: "we", or "our" before the one who does ("our staff have measured"); never
# "us", the writer as whom the reader acts toward ("contact us again").
_WE_ACTED = re.compile(r"\bwe\b|\bwe'|\bour\b", re.IGNORECASE)
# The English saying the reader doing an act before another: "after you have checked", "once you sign"; a gerund
# with its object, whose actor is the request's ("After using the court, please brush it", "after agreeing to the
# terms"); or two requests in a row (``_two_requests``). A noun ("after inspection") or a bare gerund ("after
# weighing") names no one, and a passive ("once it has been approved") someone else: the caller asks for none.
_READER_ACTS_FIRST = re.compile(
    r"\b(?:after|once|when|before|until|as\s+soon\s+as)\s+you\b"
    r"|\b(?:after|before|when|once|on|upon|while)\s+[a-z]+ing\s+(?:(?:to|with|for|about|into|in|out|up)\s+)?"
    r"(?:the|your|a|an|this|these|that|those|it|them|all|any|each|every)\b",
    re.IGNORECASE,
)
# The English of having a thing done by another ("after you have your items weighed", "get it checked"): the
# reader's act is only the asking; the act itself is someone else's.
_HAD_DONE = re.compile(
    r"\b(?:have|has|had|having|get|gets|got|getting)\s+(?:the|your|a|an|this|these|those|it|them|their|all|any|each)"
    r"\b[^.;,!?]*?\b\w+(?:ed|en)\b",
    re.IGNORECASE,
)
# The English of a potential: 出られる read "can leave" says what the ら抜き 出れる says.
_CAN = re.compile(r"\b(?:can|cannot|can't|could|able|unable)\b", re.IGNORECASE)
# "you" as the one who acts: a subject before a verb or a modal ("you pay", "You will bear"), not an object
# ("borne by you", "pick you up").
_YOU_ACT = re.compile(r"(?:^|[.;:!?]\s+|,\s*|\b(?:if|when|that|and|or|then)\s+)you\s+(?!up\b)[a-z]", re.IGNORECASE)
_YOUR = re.compile(r"\byours?\b", re.IGNORECASE)
# Who can, in the English of お/ご + an action + できる or いただける: the reader ("you can") or the writer ("we
# can", "our staff can"); a passive ("can be collected") names neither.
_ABLE = r"(?:\w+ly\s+)?(?:can|could|may|are able to|will be able to)\b"
_YOU_CAN = re.compile(r"\byou\s+" + _ABLE, re.IGNORECASE)
_WE_CAN = re.compile(r"\b(?:we|our(?:\s+\w+){1,2}?)\s+" + _ABLE, re.IGNORECASE)

if TYPE_CHECKING:
    from kokuchi.language.english import Mention


class Decision(NamedTuple):
    kind: str  # flip, kept, auto, fuzzy
    translation: str  # what the new entry gets: "" for a flip
    flip: Flip | None = None  # for a flip or a change: what changed
    note: str = ""  # the translator comment that says why

    @property
    def reused(self) -> bool:
        return self.kind not in FLIP_KINDS


WIDTH_NOTE = "only the width or spacing of characters changed: the translation is kept"
NOTATION_NOTE = "only the spelling of the same words changed: the translation is kept"


def flip_note(flip: Flip) -> str:
    if flip.kind == "change":
        return (
            f"meaning change: {flip.old} → {flip.new}; kokuchi cannot show that the meaning is kept, "
            "so the previous translation is not reused"
        )
    return f"meaning flip: {flip.old} ⇄ {flip.new}; the previous translation says the opposite, so it is not reused"


def decide(
    seed_source: str,
    seed_translation: str,
    source: str,
    pairs: FlipPairs | None = None,
    *,
    flip: Flip | None = None,
    searched: bool = False,
) -> Decision:
    """The fate of *seed_translation* now that *seed_source* reads *source* (see the module's docstring).

    *flip*: what find_flip already found for these sources with these *pairs*
    (the merge asks it first of a loosely related message), not looked for
    again; *searched*: find_flip already looked and found none.
    """
    if flip is None and not searched:
        flip = find_flip(seed_source, source, pairs)
    if flip is not None:
        return Decision(FLIP, "", flip, flip_note(flip))
    if same_but_width_or_spacing(seed_source, source):
        return Decision(KEPT, seed_translation, note=WIDTH_NOTE)
    if (stay := _stay_updated(seed_source, seed_translation, source)) is not None:
        return Decision(AUTO, stay)  # 1泊2日 → 2泊3日 beside "1 night/2 days": "2 nights/3 days"
    if (listed := _list_resized(seed_source, seed_translation, source)) is not None:
        return Decision(AUTO, listed)  # （10:30、13:00、15:30） → （10:30、12:30、14:30、16:30）: the English list too
    changes = entity_only_change(seed_source, source) or _decimals_changed(seed_source, source)
    if changes:
        if (apart := a_day_apart(seed_source, source)) is not None:
            # 前日24時 → 前日0時: the English may say which end of the day it means ("midnight at the end of",
            # "the last day", "closes"), which a value rewritten to "0:00" would leave saying the other.
            return _a_day_apart(apart)
        if (halves := half_a_day_apart(seed_source, source)) is not None:
            # 午前9時 → 午後9時: the antonym of the half of the day, the number untouched (half_a_day_apart).
            flip = Flip(*halves, "antonym")
            return Decision(FLIP, "", flip, flip_note(flip))
        if twelve := next((p for p in changes if p[0].kind == "time" and p[0].meaning == p[1].meaning), None):
            # 午後0時 → 午後12時: noon to kokuchi, midnight to the law (明治5年太政官布告) and to many readers; the
            # old English ("noon") may say either, so the edit is a change for the translator to weigh.
            return _refused(twelve[0].text, f"{twelve[1].text} (noon or midnight)")
        if (fiscal := next((pair for pair in changes if pair[0].fiscal != pair[1].fiscal), None)) is not None:
            # 2025年 → 2025年度: the same number with another counter, the calendar year against the fiscal year
            # from April; "for 2025" cannot say which, and rewritten it would keep saying the old period.
            return _refused(fiscal[0].text, fiscal[1].text)
        if (worded := _worded_old_value(source, seed_translation, changes)) is not None:
            # 18時30分 → 13時 beside "Tonight's performance", 11月3日 → 11月10日 beside "(Culture Day)": the word says
            # the old value and no rewrite of the clock time or the date reaches it.
            return _refused(*worded)
        updated = auto_update(seed_translation, changes, source=source)
        if updated is not None and _still_consistent(seed_source, seed_translation, source, updated):
            return Decision(AUTO, updated)
        if (unsaid := _value_added_unsaid(seed_source, source, seed_translation)) is not None:
            return unsaid  # 1月10日 → 2027年1月10日 beside "January 10": a value added, not rewritten
        if (worded := _said_in_words(seed_translation, changes)) is not None:
            return _refused(f"{worded[0]} (the English: in words)", worded[1])  # 30分 → 45分, "half an hour"
        return Decision(FUZZY, seed_translation)  # the values are the translator's to write
    if (
        is_typo(seed_source, source)
        and not another_form(seed_source, source)
        and not a_particle_apart(seed_source, source)
        and another_word(seed_source, source) is None  # 出られる → 出れる: one letter, another word (ら抜き)
        and not another_verb(seed_source, source)  # 動かさない → 動かない: one kana, another verb (red team 43)
    ):
        return Decision(FUZZY, seed_translation)
    with translated_as(seed_translation):
        verdict = compare(seed_source, source)
    for reread in _REREADINGS:
        if verdict.kind != _CHANGED:
            break
        with translated_as(seed_translation):  # (a reading may ask the old English: means_of_coming)
            if (pair := reread(seed_source, source)) is not None and (again := compare(*pair)).kind != _CHANGED:
                verdict = _beyond_notation(again)  # the rest compared as any edit: offered, never kept as is
    if (
        verdict.kind == _CHANGED
        and verdict.new.endswith("れる")
        and _CAN.search(seed_translation)
        and not _another_can(seed_source)
    ):
        # 出られる → 出れる: the ら抜き says the potential alone, which an English "can" already chose; the rest is
        # compared with the られる given back. Only where the old text says no other "can" (できる, 可能,
        # いただける) the English's may translate: 先生が来られる日は、見学することもできます ("On days when the
        # instructor comes, you can also observe") has its "can" from できる, the られる respect (red team 31).
        restored = source.replace(verdict.new, verdict.old)
        if verdict.old.endswith("られる") and restored != source and another_word(seed_source, restored) is None:
            with translated_as(seed_translation):
                again = compare(seed_source, restored)
            if again.kind != _CHANGED:
                verdict = _beyond_notation(again)
    if verdict.kind != _CHANGED and (other := _value_of_another_kind(seed_source, source)) is not None:
        # 5月10日から3日間 → 5月10日から14日: the words around the numbers are alike (3日間 and 14日 hold one
        # number each), but the value is another kind (three days, the 14th) or bears another relation: more than
        # a number changed, as entity_only_change says, and the comparison reads only the numbers.
        return _refused(*other)
    if verdict.kind != _CHANGED and (apart := a_day_apart(seed_source, source)) is not None:
        # 5月31日24時まで → 5月31日0時まで beside another edit: a day earlier, on the clock face of the old value, so
        # that the old English ("midnight", "24:00") would pass every check of the new source.
        return _a_day_apart(apart)
    if verdict.kind != _CHANGED and (unsaid := _value_added_unsaid(seed_source, source, seed_translation)):
        # 5月31日まで → 5月31日12時まで beside "close on May 31": noon, where the English gives the whole day.
        return unsaid
    if verdict.kind != _CHANGED and verdict.respect and _passive_said(seed_translation):
        # 紛失された場合: respect ("if you have lost") or passive ("if your card is stolen")? The English says.
        return _refused("れる (a passive in the English)", "the active form")
    if verdict.kind != _CHANGED and verdict.respect and (dropped := _respect_dropped(seed_source, source)):
        # ご負担になります → 負担します, 取り消された場合 → 取り消した場合: respect names the reader as who acts; said
        # plainly, with no request and no doer of its own, a notice's act may be the writer's ("we pay") (red team 47)
        return _refused(dropped, "the plain form (who acts?)")
    if verdict.kind != _CHANGED and verdict.aspect and _aspect_refused(verdict.aspect, seed_translation):
        # 移転しております: going on ("is moving") or done ("has moved")? 移転中です says only the first;
        # 承ります says what we do, neither done, going on nor ahead ("will"). The English says.
        # 仕上がり次第 / 仕上がりましたら: "as soon as", or "if"? The English says.
        said = {AS_SOON: "次第", IF_SAID: "たら"}.get(verdict.aspect, "ている")
        return _refused(f"{said} (the English: {_ASPECT_NAMES[verdict.aspect]})", verdict.aspect)
    if verdict.kind != _CHANGED and (refused := _honorific_refused(seed_source, source, seed_translation)):
        # 召し上がる → 飲む: eat or drink, or only drink? いらっしゃる → いる: come, or be? The English says.
        honorific, plain, act = refused
        return _refused(f"{honorific} (the English: {act})", plain)
    if verdict.kind != _CHANGED and (exchanged := humble_can_exchanged(seed_source, source, transfers=True)):
        # お渡しいただけます → お渡しできます under "You can hand in": an act with a direction (a transfer), which
        # the humble できる may say the other way ("we can give you"), whatever the English.
        return _refused(f"{exchanged[0]} (a transfer: whose?)", exchanged[1])
    if (
        verdict.kind != _CHANGED
        and (exchanged := humble_can_exchanged(seed_source, source)) is not None
        and humble_can_on_a_thing(seed_source, exchanged[0])
    ):
        # 電池をお取り替えできます ("You can replace your watch battery") → お取り替えいただけます: the old humble
        # can of an act done to a thing is a service the writer may do on the reader's thing, and "you can replace"
        # says that as well as the reader's own work, which いただけます makes it. No English shows which.
        return _refused(f"{exchanged[0]} (the humble can, done to a thing: whose?)", exchanged[1])
    if (
        verdict.kind != _CHANGED
        and (exchanged := humble_can_exchanged(seed_source, source)) is not None
        and not (_the_reader_can(seed_translation) and _the_reader_does(seed_translation, exchanged[2]))
    ):
        # お渡しできます ("we can give you") → お渡しいただけます ("you can hand in"): the writer's humble ability or
        # the reader's (ご利用できます, "you can use")? The English says, with the act itself as the reader's verb:
        # "you can have a cake made", "you can find out" (お作りできます, お調べできます) is a service the writer
        # does for the reader, which いただけます would make the reader's own work.
        return _refused(f"{exchanged[0]} (the English: not the reader's)", exchanged[1])
    if verdict.kind != _CHANGED and (moderated := _moderation_made_none(seed_source, source)) is not None:
        # 間食はお控えください ("cut down") → 間食しないでください ("do not at all"): a degree made none.
        return _refused(*moderated)
    if verdict.kind != _CHANGED and (bought := _bought_unsaid(seed_source, source, seed_translation)):
        # パンフレットをお求めの方 → ご購入の方 ("If you would like a pamphlet"): wanted, or bought?
        return _refused(f"お求め ({bought})", "購入")
    if (
        verdict.kind != _CHANGED
        and not _YOU.search(seed_translation)
        and (noun := prefixed_for_our_act(seed_source, source, ours=bool(_OURS.search(seed_translation))))
    ):
        # 指定口座へお振り込みいたします → ご指定口座へ, 連絡先 → ご連絡先 ("Our contact details"): ours, or yours?
        return _refused(noun.removeprefix(noun[:1]) + " (the English: not yours)", noun)
    if (
        verdict.kind != _CHANGED
        and not _YOUR.search(seed_translation)
        and (noun := prefixed_object_of_our_act(seed_source, source))
    ):
        # 要望を市にお伝えいたします → ご要望を ("submit requests", "email you feedback"): ours, or yours?
        return _refused(noun.removeprefix(noun[:1]) + " (the English: not yours)", noun)
    if (
        verdict.kind != _CHANGED
        and (possible := possible_made_the_readers(seed_source, source)) is not None
        and not _the_reader_can(seed_translation)
    ):
        # 送迎が可能です ("We can pick you up") → ご送迎いただけます: 可能 names no actor, いただけます the
        # reader. One only where the English made the reader the actor ("you can", no "we"). An English that
        # names no one was read as the reader's for an act with no object until red team 32: 修理が可能です,
        # "repairs can be carried out", is the shop's service as much as 送迎 is, and no object shows it. (Under
        # an English that has the act done for the reader, "you can have your battery replaced", see
        # ``_had_done`` below.)
        return _refused(f"{possible[0]} (the English: not the reader's)", possible[1])
    if verdict.kind != _CHANGED and (can := reader_can_added(seed_source, source)) and _had_done(seed_translation):
        # 電池を交換できます, 電池交換が可能です ("You can have your battery replaced") → 電池をご交換いただけます:
        # the English has the act done for the reader, a service; いただけます makes it the reader's own work.
        return _refused("the act done for the reader (the English: have it done)", can)
    if (
        verdict.kind != _CHANGED
        and (made_plain := honoured_become_made_plain(seed_source, source)) is not None
        and not _YOU_ACT.search(seed_translation)
    ):
        # 手数料は、ご負担になります ("are borne by you") → 負担します: ご〜になる is the reader's act, the plain
        # verb in a statement the writer's. One only where the English says "you" acting ("you pay").
        return _refused(f"{made_plain[0]} (the English: not the reader acting)", made_plain[1])
    if (
        verdict.kind != _CHANGED
        and not _YOUR.search(seed_translation)
        and (noun := prefixed_in_a_statement(seed_source, source))
    ):
        # 意見を取りまとめ、提出しました → ご意見を ("our views"), 回答は → ご回答は ("We will reply"): ours, or
        # yours? In the writer's statement, only an English "your" shows the reader's.
        return _refused(noun.removeprefix(noun[:1]) + " (the English: not yours)", noun)
    if verdict.kind != _CHANGED and (first := prefixed_act_before_ours(seed_source, source)) is not None:
        # 確認の上、発送いたします → ご確認の上: the check was ours ("after we have checked"), now the reader's. Where
        # no predicate after it says whose (行います, 可能です), the old English must make the reader act alone.
        was, now, actor = first
        if actor == READERS:
            # 点検の後、お引き取りください ("after we have inspected it") → ご点検の後: only requests of the
            # reader after it, yet the English made the first act the writer's, which ご gives the reader.
            if _WE_ACTED.search(seed_translation):
                return _refused(f"{was} (the act done first: whose?)", now)
            if len(now) > len(was) and (
                not (_READER_ACTS_FIRST.search(seed_translation) or _two_requests(seed_translation))
                or _passive().search(seed_translation)
                or _HAD_DONE.search(seed_translation)
            ):
                # 計量の後、お支払いください ("please pay after weighing") → ご計量の後: the bare act before the
                # reader's request may be the staff's (weighed at the till) or the reader's; ご says the reader's.
                # The English must say the reader doing it, not only the act ("after inspection", "once it has
                # been approved", "after weighing": no one's).
                return _refused(f"{was} (the act done first: whose?)", now)
        elif actor or _WE_SAID.search(seed_translation) or not _YOU.search(seed_translation):
            return _refused(f"{was} (the act done first: whose?)", now)
    if (
        verdict.kind == _CHANGED
        and _same_values_written_otherwise(seed_source, source)
        and another_word(seed_source, source) is None
    ):
        return Decision(FUZZY, seed_translation)
    if verdict.kind == _CHANGED:
        flip = Flip(verdict.old, verdict.new, "polarity" if verdict.polarity else "change")
        return Decision(FLIP if verdict.polarity else CHANGE, "", flip, flip_note(flip))
    if verdict.kind == NOTATION:
        return Decision(KEPT, seed_translation, note=NOTATION_NOTE)
    return Decision(FUZZY, seed_translation)


def _value_of_another_kind(old: str, new: str) -> tuple[str, str] | None:
    """(old value, new value) of the first value of *new* that, in the place of one of *old*, changed its kind
    (a duration, a date) or the relation it bears (``borne``: 以内, 後, ごと…), where both texts hold as many
    values; else None. (``skeleton`` keeps the values entity_only_change read of these texts.)"""
    old_values, new_values = skeleton(old)[1], skeleton(new)[1]
    if len(old_values) != len(new_values):
        return None
    for a, b in zip(old_values, new_values, strict=True):
        if a.meaning != b.meaning and another_kind(a, b):
            return a.text, b.text
    return None


def _value_added_unsaid(seed_source: str, source: str, translation: str) -> Decision | None:
    """A change where the new source adds a value beside one that stays and the old English does not write it.

    A value added is no value rewritten: 1月10日 → 2027年1月10日 may move the date a year, 4月 → 4月30日 from the
    start of April to its end, 15日 → 6月15日 into another month, 5月31日 → 5月31日12時 the deadline from the end
    of the day to noon. The old English ("January 10", "from April", "the 15th", "on May 31") says the old
    value, so it is not offered; only where it already writes the added part ("January 10, 2027") does the
    addition restate it.
    """
    added = values_added(seed_source, source)
    if not added:
        return None
    from kokuchi.language.english import read as read_english

    mentions = [mention for mention in read_english(translation) if mention.value is not None]
    for part, entity in added:
        if not _restated(part, entity, mentions):
            return _refused(f"(the English: no {part})", entity.text)
    return None


def _said_in_words(translation: str, changes: list[tuple[Entity, Entity]]) -> tuple[str, str] | None:
    """(old, new) of a changed value the English writes in words the auto-update cannot rewrite ("half an
    hour" for 30分, "an hour and a half" for 90分), or None.

    The English says the old value, plainly, so it is no translation left for the translator to fill in
    (a value it leaves out, or writes where kokuchi cannot place the new one): reused, it says the old value.
    """
    from kokuchi.language.english import read as read_english

    worded = [
        mention
        for mention in read_english(translation)
        if mention.keys and (mention.style == "words" or (mention.style == "every" and "hh" in mention.groups))
    ]  # ("every half hour": words, with its rate)
    for old, new in changes:
        if any(mention.keys & keys(old) for mention in worded):
            return old.text, new.text
    return None


def _worded_old_value(source: str, translation: str, changes: list[tuple[Entity, Entity]]) -> tuple[str, str] | None:
    """(old, new) of a changed time or date the English also says in a word the entity layer does not read, which
    the new value contradicts; None where every such word agrees with the new values.

    A part of the day ("tonight", "this morning", "Saturday morning", "evening": CLDR's day periods) contradicts a
    time moved into another period that the word cannot name ("Tonight's performance begins at 1:00 p.m."),
    unless a time the edit leaves alone is one it names ("Morning sessions 9:00–11:00 a.m., afternoon sessions
    1:00–4:00 p.m.", only the last end moved). A holiday's name ("Culture Day", "New Year's Day", "Golden Week")
    contradicts a date moved from a day the calendar gives that name to one it does not ("Closed on New Year's
    Day. Open from January 5" names the holiday of another date, and 5日 → 6日 leaves it true). The English then
    says the old value in words an auto-update cannot rewrite: reused, it says the old value, so the edit is a
    change.
    """
    from kokuchi.language.worded_values import (
        age_groups,
        calendar_periods,
        day_parts,
        holidays_named,
        in_band,
        leaves_period,
        may_be_named,
        time_of_day_words,
        time_periods,
    )

    moved_times = [
        (old, new) for old, new in changes if old.kind == "time" and time_periods(old.value) != time_periods(new.value)
    ]
    if moved_times:
        # "Lunch is served from 11:30 a.m.", "Today's matinee begins at 2:00 p.m.": a word tied to a time of day
        # whose part of the day is not read (JMdict's glosses of 昼食, 昼の部) may say the old time; a time moved
        # into another CLDR day period is rewritten only where the English has no such word.
        from kokuchi.language.english import read as read_english

        values = [(mention.start, mention.end) for mention in read_english(translation)]
        # 夕食は、18時、18時30分、19時 → 17時30分、18時、19時30分 beside "Dinner": a word that translates the source's
        # own (夕食), whose times still reach the part of the day each moved time left, says what it said.
        new_periods = frozenset().union(*(time_periods(e.value) for e in skeleton(source)[1] if e.kind == "time"))
        still_reached = all(time_periods(old.value) <= new_periods for old, _ in moved_times)
        if tied := time_of_day_words(translation, values, source if still_reached else ""):
            return moved_times[0][0].text, f"{moved_times[0][1].text} (the English: {tied[0]})"
    if moved_times and (words := day_parts(translation)):
        moved_at = {new.start for _, new in moved_times}
        kept: frozenset[str] = frozenset()
        for entity in skeleton(source)[1]:
            if entity.kind == "time" and entity.start not in moved_at:
                kept |= time_periods(entity.value)
        for old, new in moved_times:
            new_periods = time_periods(new.value)
            for word, reach in words:
                # (a word that never named the old time says another thing's: "collected in the morning and
                # returned by 5 p.m." → 6 p.m., the morning the source's own 朝)
                if reach & time_periods(old.value) and not reach & new_periods and not reach & kept:
                    return old.text, f"{new.text} (the English: {word})"
    moved_dates = [(old, new) for old, new in changes if old.kind == "date" and old.value != new.value]
    if moved_dates and (names := holidays_named(translation)):
        for old, new in moved_dates:
            for name in names:
                if _named_from(name, translation):
                    # "the day after Culture Day": the date is told by the holiday, which no rewrite of it moves
                    return old.text, f"{new.text} (the English: {name})"
                if may_be_named(name, old.value, old.weekday) and not _named_in_the_same_years(name, old, new):
                    return old.text, f"{new.text} (the English: {name})"
    if moved_dates and (periods := calendar_periods(translation, source)):
        # 12月31日 → 1月31日 beside "until the end of the year", 8月 → 12月 beside "this summer", 5月10日(土) →
        # 5月14日(水) beside "this weekend": the word names a period of the calendar the new date leaves.
        for old, new in moved_dates:
            for period in periods:
                if leaves_period(period, old.value, old.weekday, new.value, new.weekday):
                    return old.text, f"{new.text} (the English: {period.phrase})"
    moved_ages = [(old, new, ages) for old, new in changes if (ages := _ages(source, old, new)) is not None]
    if moved_ages and (groups := age_groups(translation, source)):
        # 3歳以下 → 5歳以下 beside "toddlers aged 3 and under": the noun names an age group whose band is no certain
        # one (幼児's runs to 6, a toddler's to about 3), so any age moved beside it is a change; 13歳以上 → 10歳以上
        # beside "Teens": the teens, 13 to 19, are the one band English itself gives.
        for old, new, (_old_age, new_age) in moved_ages:
            for noun, band in groups:
                if band is None or not in_band(new_age, band):
                    return old.text, f"{new.text} (the English: {noun})"
    return None


def _ages(source: str, old: Entity, new: Entity) -> tuple[int, int] | None:
    """(old, new) of a changed number of years of age (3歳以下, 6歳未満, 65才以上), as the oldest or youngest age
    the bound holds (6歳未満: 5), or None: a number followed by 歳 or 才 in the new source (an entity-only edit
    keeps the text after it)."""
    after = source[new.end : new.end + 3]
    if old.kind != "number" or after[:1] not in ("歳", "才"):
        return None
    if not all(isinstance(entity.value[0], int) for entity in (old, new)):
        return None
    shift = -1 if after[1:3] == "未満" else 1 if after[1:2] == "超" else 0
    return old.value[0] + shift, new.value[0] + shift


def _named_in_the_same_years(name: str, old: Entity, new: Entity) -> bool:
    """The new date may bear the holiday *name* as the old one did: in the same years, where both are written
    with their weekdays and without a year (`worded_values.named_in_the_same_years`); else in the year written,
    or any year the calendar knows."""
    from kokuchi.language.worded_values import may_be_named, named_in_the_same_years

    if old.weekday is None or new.weekday is None or old.value[0] is not None or new.value[0] is not None:
        return may_be_named(name, new.value, new.weekday)
    return named_in_the_same_years(name, old.value, old.weekday, new.value, new.weekday)


def _named_from(name: str, translation: str) -> bool:
    """The English tells a day by the holiday *name*: "the day after Culture Day", "two days before Christmas",
    "the Monday following Marine Day"."""
    relation = r"\b(?:days?|weeks?|[A-Z][a-z]+day)\s+(?:after|before|following|preceding|prior\s+to)\s+(?:the\s+)?"
    return re.search(relation + re.escape(name), translation) is not None


def _restated(part: str, entity: Entity, mentions: list) -> bool:
    """Some English mention already writes the *part* that *entity* adds, with its value."""
    if part == "time":
        return any(mention.kind == "time" and mention.keys & keys(entity) for mention in mentions)
    index = ("year", "month", "day").index(part)
    wanted = entity.value[index]
    for mention in mentions:
        if mention.kind in ("date", "month") and mention.value[index] == wanted:
            return True
        if part == "day" and mention.kind == "ordinal" and mention.value[0] == wanted:
            return True
    return False


def _beyond_notation(verdict: Verdict) -> Verdict:
    """A verdict shown on a text rewritten first (values or a られる given back): the edit is more than notation."""
    return verdict._replace(kind=COURTESY) if verdict.kind == NOTATION else verdict


def _refused(old: str, new: str) -> Decision:
    """A change of meaning the guard found: the old translation is not offered, its note says what changed."""
    flip = Flip(old, new, "change")
    return Decision(CHANGE, "", flip, flip_note(flip))


def _a_day_apart(times: tuple[str, str]) -> Decision:
    """The change of a clock time to the same clock face a day apart (``entities.a_day_apart``)."""
    return _refused(times[0], f"{times[1]} (a day apart)")


# The English of buying: お求め is 購入 only where the old English says one of them.
_BUYING = re.compile(r"\b(?:buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|sales?|sells?|selling|sold)\b", re.IGNORECASE)


def _moderation_made_none(old: str, new: str) -> tuple[str, str] | None:
    """(the request to moderate, the negated request) where one text asks for moderation (お控えください:
    ``moderation_asked``) and the other, without that verb, asks not to with ない (しないでください, しないよう):
    a degree kept down ("cut down on snacking") made none at all (red team 32). Else None."""
    a, b = analyze(old), analyze(new)
    if a is None or b is None:
        return None
    for one, other in ((a, b), (b, a)):
        verb = moderation_asked(one)
        if verb is None or any(m.lemma == verb for m in other):
            continue
        if any(
            m.pos_is("助動詞")
            and m.lemma == "ない"
            and (n.lemma == "よう" or (n.lemma == "て" and after.lemma == "下さる"))
            for m, n, after in zip(other, other[1:], other[2:], strict=False)
        ):
            return (
                (f"{verb} (moderation)", "ない (none at all)")
                if one is a
                else ("ない (none at all)", f"{verb} (moderation)")
            )
    return None


def _bought_unsaid(old: str, new: str, english: str) -> str:
    """お求め (求める, "want, ask for" or "buy") said 購入 ("buy") in the other text, before の and a party or a thing
    (whatever the English says), or where the English says no buying: why it is refused, or "".

    The group of data/same-meaning.json holds お求め, ご購入 and お買い求め: チケットのお求めはこちら is "Buy
    tickets", but パンフレットをお求めの方 may be "If you would like a pamphlet", a free one. The English says.
    """
    a, b = analyze(old), analyze(new)
    if a is None or b is None:
        return ""

    def wants(morphs) -> bool:
        return any(m.lemma == "求める" for m in morphs)

    def buys(morphs) -> bool:
        return any(m.lemma == "購入" for m in morphs)

    exchanged = (wants(a) and not wants(b) and buys(b) and not buys(a)) or (
        wants(b) and not wants(a) and buys(a) and not buys(b)
    )
    if not exchanged:
        return ""
    # 前売券をお求めの方 → ご購入の方 under "If you wish to buy": the act + の + a party or a thing (方, 商品)
    # names someone or something by it, and no tense says whether the buying is wished or done (those who
    # would buy, those who bought: red team 31); the English "buy" cannot tell. Before a noun of time UniDic
    # tags 副詞可能 (際, 場合, 前, 時) the act is the occasion either way (お求めの際 / ご購入の際).
    if _act_names_by_genitive(a, "求める", "購入") or _act_names_by_genitive(b, "求める", "購入"):
        return "wished or done: no tense"
    return "" if _BUYING.search(english) else "the English: no buying"


def _act_names_by_genitive(morphs, *lemmas: str) -> bool:
    """One of *lemmas* + の + a noun UniDic does not tag 副詞可能: the act names a party or a thing (ご購入の方)."""
    for i in range(len(morphs) - 2):
        if morphs[i].lemma in lemmas and morphs[i + 1].head == "助詞" and morphs[i + 1].lemma == "の":
            after = morphs[i + 2]
            if after.head == "名詞" and after.pos[2:3] != ("副詞可能",):
                return True
    return False


def _honorific_refused(old: str, new: str, english: str) -> tuple[str, str, str] | None:
    """The honorific verb one text says where the other says one of its plain verbs, unless the English agrees.

    召し上がる is "eat" and "drink", いらっしゃる "come", "go" and "be", 伺う "ask" and "visit"
    (``honorifics_said_plainly``): the old English must name no act of the honorific's the plain verb does not
    gloss, a word of it read as any part of speech ("If you eat or drink" against 飲む, "your drink" against
    食べる, "Please come" against いる, "We will ask" against 訪問). An honorific of several plain verbs
    (``SEVERAL_SENSES``) is one of them only where the English names that one's act: "Food and drinks are
    permitted", "having refreshments", "will be in the gymnasium", "stay in the waiting room" name none, and
    召し上がる → 飲む, いらっしゃる → 行く, 来る are refused; "You may drink" shows 飲む, "ask for your PIN" 尋ねる.
    Of the others (承る, 拝見) that the English names the plain verb's act is not asked: 承ります is said "can be
    made", "are available", "are handled".
    (honorific, plain verb, the act named, or "no act of" the plain verb) if it is refused, None if not.
    """
    pairs = honorifics_said_plainly(old, new)
    if not pairs:
        return None
    from lemminflect import getAllLemmas

    named: set[str] = set()
    for word in re.findall(r"[A-Za-z]+", english.lower()):
        named.add(word)
        named.update(lemma for lemmas in getAllLemmas(word).values() for lemma in lemmas)
    for pair in pairs:
        if named & pair.others:
            return pair.honorific, pair.plain, min(named & pair.others)
        if pair.several and not _said_as_verb(english, pair.own):
            return pair.honorific, pair.plain, f"no act of {pair.plain}"
    return None


# The words before a verb in English: to, a modal, please, a pronoun subject; adverbs between are passed over.
_BEFORE_A_VERB = frozenset(
    "to may can could will would shall should must might please not you we they i he she ll do does did".split()
)
_PASSED_OVER = frozenset("never not also only always still just first then".split())
# "have" + a determiner + the act's noun: the act said with a light verb ("having your drink", "have a look").
_HAVE = frozenset("have has had having".split())
_DETERMINERS = frozenset("a an your their his her my our".split())


def _another_can(source: str) -> bool:
    """*source* says a "can" by a word of its own: できる (出来る), 可能, or the reader's いただける (頂く in its
    potential form), whose "can" an English may translate instead of a られる."""
    return any(
        (m.lemma in ("出来る", "可能") and m.head in ("動詞", "名詞", "形状詞"))
        or (m.head == "動詞" and m.lemma == "頂く" and m.text.startswith(("いただけ", "頂け")))
        for m in analyze(source) or ()
    )


def _the_reader_can(english: str) -> bool:
    """The English says the reader can act: "you can", no "we can" nor "our staff can" beside it. A passive
    ("Receipts can be sent by email") hides who acts: the shop sending (お送りできます) or the customer
    (お送りいただけます), so it shows no exchange of actors harmless."""
    return bool(_YOU_CAN.search(english)) and not _WE_CAN.search(english)


# "you can" and the adverbs it may have before its verb ("you can also easily book").
_YOU_CAN_VERB = re.compile(
    r"\byou\s+" + _ABLE + r"((?:\s+(?:\w+ly|also|only|still|now|then|even|always))*)\s+([a-z]+)",
    re.IGNORECASE,
)


def _had_done(english: str) -> bool:
    """The English's "you can" says the causative "have" or "get": the verb, then what it is done to, then a past
    participle ("You can have your watch battery replaced", "you can get your tires changed"): an act someone else
    does for the reader, a service, never the reader's own work (which ご交換いただけます says). The participle is
    read as such by lemminflect (an inflection VBN of one of its lemmas), and not right after an article or a
    possessive, where it is an adjective of the object ("you can have a used book")."""

    def participle(word: str) -> bool:
        from lemminflect import getAllLemmas, getInflection  # heavy: only once the English says "you can have"

        lemmas = getAllLemmas(word, upos="VERB").get("VERB", ())
        return any(word in getInflection(lemma, tag="VBN") for lemma in lemmas)

    for match in _YOU_CAN_VERB.finditer(english):
        if match.group(2).lower() not in ("have", "get"):
            continue
        words = re.findall(r"[a-z'-]+|[^\sa-z'-]", english[match.end() :].lower())
        # (the object: a few words, up to the clause's end; "get started" has none)
        for k in range(1, min(len(words), _OBJECT_WORDS + 1)):
            if not words[k][0].isalpha():
                break
            if words[k - 1] not in _DETERMINERS and participle(words[k]):
                return True
    return False


_OBJECT_WORDS = 6  # the words, at most, of the object between "have" or "get" and the participle
# The words before a noun that make a participle after them its adjective ("a used book", "your saved items"):
# a short supplement, as lemminflect reads no phrase.
_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "your",
        "our",
        "their",
        "his",
        "her",
        "its",
        "my",
        "this",
        "these",
        "that",
        "those",
        "any",
        "some",
        "each",
        "every",
        "no",
    }
)


def _two_requests(english: str) -> bool:
    """A sentence of the English asks the reader for two acts in a row: a verb's bare form after "please" or at
    the sentence's start, then "and" or a comma (perhaps "then") and another ("Please fill in the form and then
    contact us", "Fill in the application form and submit it", "Please weigh your bag, then take your pass")."""
    from lemminflect import getAllLemmas

    def bare_verb(word: str) -> bool:
        return word in getAllLemmas(word, upos="VERB").get("VERB", ())

    for sentence in re.split(r"[.;!?]", english.lower()):
        words = re.findall(r"[a-z']+|,", sentence)
        if "please" in words:
            words = words[words.index("please") + 1 :]
        if not words or not bare_verb(words[0]):
            continue
        for k in range(1, len(words) - 1):
            if words[k] in ("and", ","):
                after = words[k + 2] if words[k + 1] == "then" and k + 2 < len(words) else words[k + 1]
                if bare_verb(after):
                    return True
    return False


def _the_reader_does(english: str, act: str) -> bool:
    """The English's "you can" says *act* (a verb or an action's noun) as the reader's verb: its verb is one JMdict
    glosses the act with (``gloss_heads``) or the English of the act it is a word of (``act_verbs``: ご提示,
    "show"), or shares six letters or more of its start with one ("participate", participation). ご利用できます
    "You can use", ご参加できます "you can join"; not "you can have a cake made" (お作りできます: the bakery makes
    it), nor "you can find out" (お調べできます: the staff look it up)."""
    from lemminflect import getAllLemmas

    heads = gloss_heads(act) | act_verbs(act)  # (ご提示 "presentation", one act with 見せる: "show")
    for match in _YOU_CAN_VERB.finditer(english):
        verb = match.group(2).lower()
        lemmas = set(getAllLemmas(verb, upos="VERB").get("VERB", ())) | {verb}
        for lemma in lemmas:
            if lemma in heads or any(len(_shared_start(lemma, head)) >= 6 for head in heads):
                return True
    return False


def _shared_start(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _said_as_verb(english: str, acts: frozenset[str]) -> bool:
    """Whether the English says one of *acts* as a verb: an -ing or -ed form of it or a past ("When drinking",
    "is visited", "came"), or its base or -s form after to, a modal, please or a pronoun ("You may drink",
    "will never ask"), adverbs between passed over, or its noun after "have" and a determiner ("having your
    drink"). "Food and drinks are permitted" says "drink" as a noun, and shows no act.
    """
    from lemminflect import getAllLemmas

    words = re.findall(r"[a-z]+", english.lower())
    for n, word in enumerate(words):
        lemmas = {lemma for lemma in getAllLemmas(word, upos="VERB").get("VERB", ())} | {word}
        if not lemmas & acts:
            continue
        if word.endswith(("ing", "ed")) or (word not in acts and not word.endswith("s")):
            return True  # a participle or a past: drinking, visited, came (drinks may be a noun)
        before = n - 1
        while before >= 0 and (words[before] in _PASSED_OVER or words[before].endswith("ly")):
            before -= 1
        if before >= 0 and words[before] in _BEFORE_A_VERB:
            return True
        if before >= 1 and words[before] in _DETERMINERS and words[before - 1] in _HAVE:
            return True  # "having your drink": the act said with "have"
    return False


# A passive in English: a form of "be" or "get", perhaps an adverb, then a participle (-ed, -en, or irregular).
@cache
def _passive() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting)\s+(?:\w+ly\s+)?"
        r"(?:\w+ed|\w+en|lost|sent|told|paid|left|kept|held|sold|bought|brought|caught|found|made|said|"
        r"put|set|cut|hit|hurt|led|meant|met|read|shut|spent|stuck|struck|taught|thought|won|done|gone|seen)\b",
        re.IGNORECASE,
    )


_PEOPLE_SUFFIXES = frozenset({"様", "さん", "者", "方", "客"})


def _respect_dropped(old: str, new: str) -> str:
    """The respectful form (お/ご…になる, れる/られる of respect or a passive) *old* says and *new* does not, in a
    sentence that asks nothing of the reader (a request names its doer, ご記入になってください / 記入してください)
    and names no doer of its own (が, or a person's noun before の or は): its words, or ""."""
    from kokuchi.language.synonyms import honorific_becomes, respectful

    a, b = analyze(old), analyze(new)
    if a is None or b is None:
        return ""

    def said(morphs) -> int:  # (and れる/られる after a verb: respect or a passive, the old English says which)
        voiced = sum(
            1
            for k, m in enumerate(morphs[1:], 1)
            if m.head == "助動詞" and m.lemma in ("れる", "られる") and morphs[k - 1].head == "動詞"
        )
        return len(respectful(morphs)) + honorific_becomes(morphs) + voiced

    if said(a) <= said(b):
        return ""
    if any(m.lemma in ("下さる", "願う", "願い") for m in b) or any(m.lemma == "が" and m.head == "助詞" for m in b):
        return ""
    if any(m.lemma in _PEOPLE_SUFFIXES and k + 1 < len(b) and b[k + 1].lemma in ("の", "は") for k, m in enumerate(b)):
        return ""  # お客様の入る部屋: the doer named (a person's noun before の or は)
    return "お/ご…になる, れる (respect: the reader acts)"


def _passive_said(english: str) -> bool:
    """The English says a passive: with "be" or "get", or as a participle standing as an adjective, after no
    subject, "have" or relative pronoun ("Suspended members cannot book", "Patrons with suspended cards", for
    会員資格を停止された方: acted on, not "who suspended"; "If you changed your address", "those who have
    changed" say the act)."""
    if _passive().search(english):
        return True
    words = re.findall(r"[A-Za-z']+", english)
    for at, word in enumerate(words):
        if word.lower().endswith("ed") and len(word) > 4 and word.lower() not in _NOT_PARTICIPLES:
            before = words[at - 1].lower() if at else ""
            if before not in _ACTIVE_BEFORE:
                return True
    return False


# Words before a past form that make it the act said (a subject, "have", a relative pronoun, an adverb of time).
_ACTIVE_BEFORE = frozenset(
    {"i", "you", "we", "they", "he", "she", "it", "who", "that", "which", "have", "has", "had", "'ve", "already"}
    | {"recently", "just", "previously", "and", "or", "also"}
)
_NOT_PARTICIPLES = frozenset({"need", "needed", "indeed", "speed", "seed", "proceed", "exceed", "bed", "red", "feed"})


# A perfect in English: has/have/had, perhaps an adverb, then been or a participle.
_PERFECT = (
    r"\b(?:has|have|had|'ve)\s+(?:(?:\w+ly|already|just)\s+)?(?:been|\w+ed|\w+en|lost|sent|told|paid|left|kept|held|sold|bought|"
    r"brought|caught|found|made|put|set|cut|shut|begun|done|gone|closed|moved)\b"
)

# A progressive or a future in English: a form of "be" and an -ing; will, shall, 'll, going to.
# A time fixed ahead is a future too ("is scheduled to open", "is due to begin", "plan to"); "due to" read as a
# cause ("is due to the typhoon") refuses as well, the safe side.
_AHEAD_OR_GOING_ON = (
    r"\b(?:am|is|are|was|were|be|been)\s+(?:\w+ly\s+)?\w+ing\b|\b(?:will|shall|going\s+to)\b|'ll\b"
    r"|\b(?:am|is|are|was|were|be)\s+(?:\w+ly\s+)?(?:scheduled|due|planned|slated|set|about)\s+to\b"
    r"|\b(?:plan|plans|planned|intend|intends|intended)\s+to\b"
)
# A state in English: a form of "be", not after a modal, and the word it says of the subject, a participle or an
# adjective ("is closed", "are open", "is unavailable"): what a ている of the old text may say, and the humble
# non-past of the new text (閉店いたします, "will close") does not.
_STATE = r"\b(?:am|is|are|was|were)\s+(?:not\s+)?(?:\w+ly\s+|now\s+)?[a-z]+\b"
# An action said unfinished in English ("is in the process of relocating"): what 移転中です says, and 移転して
# おります ("has relocated") may not.
_UNFINISHED = r"\bin\s+the\s+process\s+of\b|\bnot\s+yet\b|\byet\s+to\b"
# A state reached in English, said of the present ("We now accept", "no longer sell", "already apply"): what a
# ている of the old text may say (開始しております, 適用しております: the change made), and the humble non-past of
# the new text (適用いたします, "will apply") does not.
_REACHED = r"\bnow\b|\bno\s+longer\b|\balready\b|\bany\s*more\b|\bany\s+longer\b"
# A routine in English ("on a regular basis", "regularly", "routinely"): what a ている of the old text may say
# (実施しております, "we disinfect on a regular basis"), and the humble non-past of the new text (実施いたします,
# "will carry out") may not: one act ahead.
_ROUTINE = r"\bregularly\b|\broutinely\b|\bon\s+a\s+(?:regular|routine|daily|weekly|monthly|\w+)\s+basis\b"
# A condition, or a dependence, in English: what たら ("if") or 次第 after a noun ("depending on") may say, and
# 次第 after an action ("as soon as") does not.
_CONDITION = r"\bif\b|\bin\s+case\b|\bunless\b|\bdepend"
# "When" in English: what たら and 次第 after an action both say of an action sure to be done.
_WHEN = re.compile(r"\bwhen(?:ever)?\b|\bonce\b|\bas\s+soon\s+as\b|\bafter\b|\bupon\b|\bimmediately\b", re.IGNORECASE)
# A condition said in English as "should" put first ("Should the item arrive, ...", "..., should it rain"),
# never an obligation ("You should bring").
_SHOULD_FIRST = r"(?:^|[,;:]\s*)should\b"
_IF_SAID = re.compile(f"{_CONDITION}|{_SHOULD_FIRST}", re.IGNORECASE)
# "When" said of a condition's event in English, what たら may say and 場合 does not ("at once" and
# "immediately" alone say how soon, not on what).
_WHEN_SAID = r"\bwhen(?:ever)?\b|(?<!\bat\s)\bonce\b|\bas\s+soon\s+as\b|\bafter\b|\bupon\b"
# The state said in English of the people ている + 方 names ("Patients currently in the hospital", "Those who
# have a card", "existing members"): what 入院している方 says, and ご入院の方 ("Patients being admitted") may
# not. A short supplement of words; "have to" is no possession.
_STATE_OF_PEOPLE = re.compile(
    r"\b(?:currently|already|still|existing|current|presently|holding)\b|\bat\s+present\b"
    r"|\b(?:have|has)\b(?!\s+to\b)",
    re.IGNORECASE,
)
# An onset in English ("go on sale", "starts", "begins", "becomes available", "launches"): what the humble
# non-past of the old text may announce (販売いたします, "go on sale": the sale starts), and a new ている
# (販売しております, "are on sale") does not: the act under way. A short supplement of English words.
_ONSET = (
    r"\bgo(?:es)?\s+on\s+(?:sale|display|show|view|air)\b|\b(?:start|begin|commence|launch)(?:s|es)?\b"
    r"|\bbecomes?\s+available\b"
)
_ASPECT_PATTERNS = {
    AS_SOON: _CONDITION,
    IF_SAID: _WHEN_SAID,
    GOING_ON: _PERFECT,
    GOING_ON_SAID: f"{_PERFECT}|{_UNFINISHED}",
    STANDING: f"{_PERFECT}|{_AHEAD_OR_GOING_ON}|{_ROUTINE}|{_ONSET}",
    STANDING_HELD: f"{_PERFECT}|{_AHEAD_OR_GOING_ON}|{_STATE}|{_REACHED}|{_ROUTINE}|{_ONSET}",
    DONE: _AHEAD_OR_GOING_ON,
    DONE_SAID: _AHEAD_OR_GOING_ON,
}


@cache
def _aspect(aspect: str) -> re.Pattern[str]:
    """What the old English says of an aspect (compiled when a proof first rests on one)."""
    return re.compile(_ASPECT_PATTERNS[aspect], re.IGNORECASE)


# The state a preparation left, said with an adjective ("Brochures are available", "is ready"): what てある says of
# ご用意してあります / 用意してございます, never an act we do (a short supplement beside the perfect and the passive).
_READY = r"\b(?:am|is|are)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:available|ready|on\s+hand)\b"


@cache
def _perfect_or_passive() -> re.Pattern[str]:
    return re.compile(f"{_PERFECT}|{_passive().pattern}|{_READY}", re.IGNORECASE)


def _aspect_refused(aspect: str, english: str) -> bool:
    """Whether the old English says what the aspect's other reading does not (a perfect, a progressive...).

    DONE (撤去済みです, 記載してあります against a ている or a passive + ている that may say the action going on or
    what we do): the English must say the action done, a perfect or a passive (have been removed, is printed);
    a simple present (We remove), a noun of the action going on (is under review, is in progress) refuses.
    DONE_SAID (the new text's 済み against the old ている: 撤去しております → 撤去済みです): a perfect only; a
    present passive ("are removed by the city") may say the routine the ている says, no act done (red team 32).
    AS_SOON (仕上がり次第 against 仕上がりましたら): the English must say "when" (once, as soon as, after, upon) and
    no condition (if, in case, depending on).
    IF_SAID (届きましたら against 届いた場合は): the English must say a condition (if, in case, unless, a "should"
    put first) and no "when".
    """
    if aspect == STATE_SAID:
        return not _STATE_OF_PEOPLE.search(english)  # ご入院の方 / 入院している方: the state must be said
    if _aspect(aspect).search(english):
        return True
    if aspect in (STANDING, STANDING_HELD) and _past_said(english):
        return True  # 発送しております → 発送いたします under "We shipped": done, not ahead
    if aspect == AS_SOON:
        return not _WHEN.search(english)
    if aspect == IF_SAID:
        return not _IF_SAID.search(english)  # 届きましたら / 届いた場合は: "if" (or "should") said, never "when"
    if aspect == DONE_SAID:
        return not re.search(_PERFECT, english, re.IGNORECASE)  # "are removed" may say a routine; "have been" not
    return aspect == DONE and not _perfect_or_passive().search(english)


# The subject pronouns after which a verb's past form is a past tense; after a noun it is one too ("The main store
# moved", "All donations reached"). "You" is no subject here: "the items you ordered" tells of the reader's act,
# not of the one the ている says. After was/were anything is a past passive or state ("were mailed", "was closed").
_PAST_SUBJECTS = frozenset("we i they it he she".split())
_WAS = frozenset("was were".split())
# Words lemminflect also lists as nouns that never end a subject: an article or a possessive before a
# participle ("your registered address", "its revised hours"), "being" ("being delivered"), and "you".
_NO_SUBJECT = _DETERMINERS | frozenset("the its being you".split())


def _past_said(english: str) -> bool:
    """Whether the English says an act in the past tense: a verb's past form (lemminflect's VBD of the word's
    own lemma, so "shipped" and "sent" alike, never a hand-written list of irregular pasts, and not its
    present: "put", "set") after its subject, a pronoun or any word lemminflect knows as a noun ("We
    recently mailed", "Your order left", adverbs between passed over), or anything after was/were ("were
    sent", "was posted"). After a determiner, a preposition, an adjective or a form of be or have the past
    form is a participle ("the renovated hall", "by registered mail", "has moved"), no past, and so after a
    word lemminflect knows as a noun that is the verb after a pronoun, to or a modal ("We keep lost items",
    "please return repaired umbrellas"). A noun before a participle of a reduced relative ("Orders placed
    before noon") reads as a past too: a refusal, the safe side. A ている may say the act done ("has been
    shipped"), the humble non-past never ("will ship").
    """
    from lemminflect import getAllLemmas, getInflection

    words = re.findall(r"[a-z]+", english.lower())
    for n, word in enumerate(words):
        if word in _WAS and n + 1 < len(words):
            return True
        before = n - 1
        while before >= 0 and (
            words[before] in _PASSED_OVER or words[before] == "already" or words[before].endswith("ly")
        ):
            before -= 1
        if before < 0 or words[before] in _NO_SUBJECT:
            continue
        subject = words[before]
        if subject not in _PAST_SUBJECTS and (
            not getAllLemmas(subject, upos="NOUN") or (before and words[before - 1] in _BEFORE_A_VERB)
        ):
            continue  # (after a pronoun, to or a modal the "noun" is the verb: "We keep lost items")
        for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()):
            if word in getInflection(lemma, tag="VBD") and word not in getInflection(lemma, tag="VBP"):
                return True
    return False


_ASPECT_NAMES = {
    AS_SOON: "a condition, or no when",
    IF_SAID: "a when, or no condition",
    GOING_ON: "a perfect",
    GOING_ON_SAID: "a perfect or an action unfinished",
    STANDING: "a past, a perfect, a progressive, a future, a routine or an onset",
    STANDING_HELD: "a past, a perfect, a progressive, a future, a state, a state reached, a routine or an onset",
    DONE: "a progressive or a future, or neither a perfect nor a passive",
    DONE_SAID: "a progressive or a future, or no perfect",
    STATE_SAID: "no state said",
}


def _same_values_written_otherwise(old: str, new: str) -> bool:
    """午前0時01分 → 0:01: the same entities with the same values, the rest unchanged."""
    old_skeleton, old_entities = skeleton(old)
    new_skeleton, new_entities = skeleton(new)
    if old_skeleton != new_skeleton or [e.value for e in old_entities] != [e.value for e in new_entities]:
        return False
    # A value that does not carry its relation (3日以内, 3日後) is no proof that nothing changed.
    return all(_relations(a.text) == _relations(b.text) for a, b in zip(old_entities, new_entities, strict=True))


def _values_reread(old: str, new: str) -> tuple[str, str] | None:
    """16時30分で終了となります → 午後4時半で終了いたします: the same values written otherwise, each written as the
    old text writes it; not where a word became a value (一日, イチニチ "one day", → 1日, a date)."""
    return _values_written_as_old(old, new) if another_word(old, new) is None else None


def _conditions_reread(old: str, new: str) -> tuple[str, str] | None:
    """遅れても、名前を伝えれば受けられます → 名前を伝えれば、遅れても受けられます: clauses of condition exchanged
    whole, each said of the sentence's predicate (conditions commute), read in the old order."""
    reordered = conditions_in_old_order(old, new)
    return None if reordered is None else (old, reordered)


# Two sentences joined as one (or one split in two), each join said as the sentences it joins: a polite predicate
# with its reason (改定いたしますので、ご確認を / 予約制ですので、; a noun's, 予約制のため、ご希望の日時を), a
# predicate in its continuative form (開設し、受付時間は; 開催しており、各回の), or with が (休講となりましたが、
# 学科教習は): "so", "and" or "but" between two sentences said, or left to their order, the facts and the request
# the same.
_JOINS = (
    (re.compile(r"(ます|です)(?:ので|から)[、,]"), r"\1。"),
    (re.compile(r"(?<=[\u4e00-\u9fff])のため[、,]"), "です。"),
    (re.compile(r"(?<=[てで])おり[、,]"), "おります。"),
    (re.compile(r"(?<=[\u4e00-\u9fff])し[、,]"), "します。"),
    (re.compile(r"(ます|です|ました|でした)が[、,]"), r"\1。"),
)


def _joins_said_as_two_sentences(old: str, new: str) -> tuple[str, str] | None:
    """Both texts with each join of two sentences (``_JOINS``) written as the two, where one text has fewer
    sentences than the other; None where nothing is rewritten."""
    if old.count("。") == new.count("。"):
        return None  # (no sentence split or joined: nothing to read again)
    split = []
    for text in (old, new):
        for pattern, said in _JOINS:
            text = pattern.sub(said, text)
        split.append(text)
    if tuple(split) == (old, new):
        return None
    return split[0], split[1]


# もらう after a verb's て said humbly, いただく (記入してもらってから / 記入していただいてから): one act received, the
# humble form of the same verb (JMdict: いただく, "to receive; to get (humble)"), by its inflection.
_RECEIVED = re.compile(r"([てで])もら([ういっえおわ])")
_RECEIVED_HUMBLY = {"う": "く", "い": "き", "っ": "い", "え": "け", "お": "こ", "わ": "か"}


def _received_said_humbly(old: str, new: str) -> tuple[str, str] | None:
    """Both texts with もらう after て (or で) written as いただく, where one text says いただく; else None."""
    if not ((_RECEIVED.search(old) and "いただ" in new) or (_RECEIVED.search(new) and "いただ" in old)):
        return None

    def humbly(text: str) -> str:
        return _RECEIVED.sub(lambda m: f"{m.group(1)}いただ{_RECEIVED_HUMBLY[m.group(2)]}", text)

    return humbly(old), humbly(new)


# The edits read again, in turn, while the comparison finds a change, each (old, new) written another way that
# says the same, then compared as any edit (offered, never kept as is): values written otherwise, conditions
# exchanged whole, the reader's act as a topic (ご注文は、来月から受付を再開します → 来月から、ご注文の受付を再開
# します: what the act after it is done on, as its genitive says), an act said as a noun (資料の閲覧には → 資料を
# 閲覧するには: the verb's object is what the act's noun is done on, no person before の), the cause of a stop said
# with ため (天候のため欠航 → 天候により欠航), a request said with the act's noun (保護者の方が付き添ってください →
# 保護者の方の付き添いをお願いします: the one who acts, before a verb that takes no object), the predicate's act said
# in the topic (受付は9時から開始します → 受付開始は9時からです), その after a conjunction spelt out (妊娠中または
# その可能性 → 妊娠中または妊娠の可能性), "come by X" said "use X" (公共交通機関でお越しください → 公共交通機関を
# ご利用ください, where the old English names X), the act asked for as the
# topic of a bare お願い (廃油の処分は、タンクへお願いします → 廃油は、タンクへ処分をお願いします), a place or a
# thing said more specifically as the old English names it (場内 → 駐車場内 under "car park", 小学 → 小学校), the
# nouns of a list in another order (破損や部品の紛失 → 部品の紛失や破損: coordination is commutative where no word,
# no other list and no rank makes the order meaning), two sentences joined as one (開設します。受付は → 開設し、
# 受付は), もらう after て said humbly (記入してもらえます → 記入していただけます).
_REREADINGS: tuple[Callable[[str, str], tuple[str, str] | None], ...] = (
    _values_reread,
    _conditions_reread,
    topic_of_an_action_said_with_no,
    action_said_as_a_noun,
    cause_of_a_stop_said_with_tame,
    request_said_with_the_acts_noun,
    act_said_in_the_topic,
    pointer_spelt_out,
    means_of_coming,
    topic_act_requested,
    named_as_the_english_says,
    list_in_old_order,
    _joins_said_as_two_sentences,
    _received_said_humbly,
)


def _values_written_as_old(old: str, new: str) -> tuple[str, str] | None:
    """Both texts as read (folded, numerals in digits), *new*'s values written as *old* writes them, where the
    two hold the same entities in the same order with the same meaning (kind, value, relation, weekday…) and at
    least one is written otherwise (16時30分 / 午後4時半, 午前0時01分 / 0:01); None otherwise.

    Never 午前12時 / 午後12時 (noon to some writers, midnight to others), and never a relation written in one
    text's entity only (3日以内 / 3日): a value that does not carry its relation is no proof.
    """
    old_text, old_entities = read_entities(old)
    new_text, new_entities = read_entities(new)
    if not old_entities or len(old_entities) != len(new_entities):
        return None
    pairs = list(zip(old_entities, new_entities, strict=True))
    if all(a.text == b.text for a, b in pairs):
        return None
    for a, b in pairs:
        if a.meaning != b.meaning or _relations(a.text) != _relations(b.text):
            return None
        if any(_TWELVE.search(e.text) for e in (a, b) if e.kind == "time"):
            return None
    parts, last = [], 0
    for a, b in pairs:
        parts += [new_text[last : b.start], a.text]
        last = b.end
    parts.append(new_text[last:])
    return old_text, "".join(parts)


_TWELVE = re.compile(r"(?:午前|午後)\s*(?:12|十二)時")


def _relations(text: str) -> list[str]:
    text = text.replace("午前", "").replace("午後", "")  # the half of the day, not "before" and "after"
    return [relation for relation in _RELATIONS if relation in text]


_RELATIONS = ("以内", "以上", "以下", "未満", "以降", "以前", "以後", "後", "前", "間", "頃", "まで", "から", "より")


def same_but_width_or_spacing(old: str, new: str) -> bool:
    """０１２０ and 0120, ＡＰＩ and API, 午後 7時 and 午後7時 read the same."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", old)) == _SPACE.sub("", unicodedata.normalize("NFKC", new))


# The English names a holiday (public holiday, bank holiday, holidays), wherever it stands beside the date.
_HOLIDAY_WORD = re.compile(r"\bholidays?\b", re.IGNORECASE)


def auto_update(translation: str, changes: list[tuple[Entity, Entity]], *, source: str | None = None) -> str | None:
    """The translation with each changed entity rewritten in the translator's own form, or None.

    Declined (None) unless every old entity is shown exactly once in the
    translation, in a form kokuchi reads (language/english.py) and can write
    the new value in: 9:00 AM → 9:00 PM, never 21:00 AM; Wednesday, February 14
    → Thursday, February 15 (the weekday the source now names); "the 6th" →
    "the 7th"; "1 item" → "2 items" and the verb with it ("There is" → "There
    are"). Declined too when a duration's relation changed (3日以内 → 5日後:
    "within 3 days" is no "5 days later"), when the kind changed, or when the
    sentence cannot be made to agree with the new number (a count crossing 1
    beside "A …", "it" or "this" declines). Two values that read alike (20名,
    2割) are told apart: the rate meets the percentage, the count the number.

    *source*, the new source, lets a multiple said in words be found (2倍 as "twice", ``_multiple_in_words``).
    """
    from kokuchi.language.english import read as read_english
    from kokuchi.language.english import replacement, unwritten_changes

    source_read = read_entities(source)[0] if source is not None else None
    named: set[int] = set()  # the mentions told apart by their nouns (_named_as_in_source), each taken once

    found = read_english(translation)  # read once: the pass that finds the values finds the impossible ones
    mentions = [mention for mention in found if mention.value is not None]
    if len(mentions) != len(found):
        return None  # the translation already holds an impossible time: a human must look

    def rewritten(mention: Mention, old: Entity, new: Entity) -> list[tuple[int, int, str]] | None:
        """The edits that write *new* where *mention* shows *old*, or None (the checks of one mention)."""
        if old.kind == "duration" and _per_article(mention) and new.value[1] != 1 and _period_of_a_rate(source, new):
            return None  # 1日2回 → 2日に1回 beside "twice a day": "a day" is the rate's period, "two days" no rate
        if old.kind == "number" and mention.kind == "ordinal" and source and _first_said_before(source, new):
            return None  # 先着1名 → 先着2名 beside "the first customer": "first" says 先着, the count is unwritten
        if (
            old.kind == "date"
            and old.implied != new.implied
            and mention.kind == "date"
            and mention.value[1] is not None
        ):
            # 4月20日・21日 → 5月11日・12日: the day written alone is in the month of the date before it, which moved
            # with it; an English that writes that month with the day ("Sunday, April 21") writes the new one (May
            # 12). One that writes the day alone ("the 21st") leaves the month to the date before it, rewritten.
            old, new = _placed_in_month(old), _placed_in_month(new)
        if old.kind == "time" and mention.style == "word" and old.value[0] % 24 == new.value[0] % 24:
            return None  # 24時 → 0時 beside "midnight": the word is both, and names no day
        crosses = old.kind == "time" and (old.value[0] >= 24) != (new.value[0] >= 24) and mention.style != "24h"
        if crosses and mention.style == "word" and old.value == (24, 0):
            crosses = False  # "extended to midnight" (24時), the end of the day it names: 23時 is in that day
        if crosses and _names_a_day(translation, mentions):
            return None  # 23時 → 25時 with "on July 14": 1:00 AM is on the 15th; which day does the sentence mean?
        if "hol" in mention.groups and not holiday_marked(new):
            return None  # "(Fri., holiday)" beside 11月4日(水): the English would call a working day a holiday
        holiday_dropped = None
        if holiday_marked(old) and not holiday_marked(new) and _HOLIDAY_WORD.search(translation):
            # "Monday, 15 September (public holiday)" for 9月15日(月・祝) → 9月20日(土): the mark goes with the
            # parenthesis that says it alone, right after the date; a holiday said anywhere else declines.
            holiday_dropped = _holiday_aside(translation, mention)
            if holiday_dropped is None:
                return None
        if unwritten_changes(mention, old, new):
            return None  # 2025年 → 2026年 beside "December 29": what changed, the English never wrote
        made = replacement(mention, translation, old, new)
        if made is None and old.kind == "alnum" and mention.kind == "number":
            made = _quantity_renamed(mention, old, new)
        if made is None and _decimal_read_as_version(mention, old, new):
            made = [(mention.start, mention.end, f"{new.value[0]:,}")]  # "1.5 times" (1.5倍) → "2 times" (2倍)
        if made is None and source_read and _times_in_words(translation, mention, new, source_read):
            made = [(mention.start, mention.end, str(new.value[0]))]  # "three times" (3倍) → "1.5 times" (1.5倍)
        if made is None:
            return None
        if mention.kind == "number" and old.kind == "number":  # Terminal 2 → Terminal 1: a name, no count
            agreement = _agreement(translation, mention, old, new)
            if agreement is None:
                return None
            made = made + agreement
        if holiday_dropped is not None:
            made = [*made, holiday_dropped]
        return made

    edits: dict[tuple[int, int], str] = {}
    for old, new in changes:
        if old.kind == "date" and old.implied != new.implied and (old.implied is None or new.implied is None):
            return None  # 4月20日・21日 → 5月30日・2日: the day alone left the month before it; which month is it in?
        if another_kind(old, new) or (old.weekday is None) != (new.weekday is None):
            return None
        if new.kind == "time" and re.match(r"(?:午前|午後)\s*(?:12|十二)時", new.text):
            return None  # 午後12時: noon to some writers, midnight to others
        old_keys = keys(old)
        hits = [mention for mention in mentions if mention.keys & old_keys]
        # (every mention that shows the old value, before the hits are narrowed to the closest one: where the value
        # changed alike everywhere, each of them is rewritten, "the first basement level (B1F)" whole)
        alike = len(hits) > 1 and source is not None and _changed_alike(old, new, changes, source)
        shown = list(hits)
        if len(hits) > 1:
            # 20名 and 2割 are both 20: "Groups of 20 or more … a 20% discount"; a rate meets only a percentage.
            hits = [mention for mention in hits if _percentage(mention, translation) == _rate(old)]
        if len(hits) > 1:
            # 5日(日) and 5倍: "Sunday the 5th" shows the day, "5x" only its number; 30分 and 30分ごと:
            # "the first 30 minutes" shows the duration as written, "every 30 minutes" another relation.
            scored = [(_closeness(mention, old), mention) for mention in hits]
            best = max(score for score, _ in scored)
            hits = [mention for score, mention in scored if score == best]
        if len(hits) > 1 and source_read:
            # 第3戦 and 3番ゲート beside "Game 3" and "Gate 3": each value goes to the mention named by its noun.
            hits = [mention for mention in hits if _named_as_in_source(translation, mention, new, source_read)]
            if len(hits) == 1 and hits[0].start in named:
                return None  # two values named alike: which is which?
            named.update(mention.start for mention in hits)
        if old.kind == "number" and hits and all(_per_article(mention) for mention in hits):
            hits = []  # 週1回 beside "once a week": the 1 of "a week" is the period's, no count the source wrote
        # A value the reader leaves unread is rewritten only where the new source no longer says the old value
        # anywhere: a word found for it may be another, unchanged value's ("twice a week" for an unchanged 2回).
        unread = not hits and source is not None and not _still_said(source, old)
        if unread and (said := _count_after_of(translation, old, new)) is not None:
            edit = said  # 6個入り → 8個入り beside "packs of six": a count the reader leaves, said after "of"
        elif unread and source_read and (said := _multiple_in_words(translation, old, new, source_read)) is not None:
            edit = said  # 2倍 → 1.5倍 beside "twice the regular fare": "1.5 times the regular fare"
        elif len(hits) != 1 and not alike:
            return None
        elif old.kind == "number" and _said_unread(translation, old.value[0], found):
            # 6種類の味, 6個入り → 8個入り beside "Six flavours … boxes of six": the mention read and a word the reader
            # leaves ("of six") both say the old value; which is the one that changed? (red team 17)
            return None
        elif (
            source is not None
            and not alike
            and _told_apart_otherwise(hits[0], mentions, translation, (old, new), changes, source)
        ):
            # 1袋 and 月1回 → 月2回 beside "one bag … once a month": "one" may be the bag's, unchanged; 3階 and
            # 第3会議室 beside "Room 3 on the 3rd floor": either 3 may be either. Which value does it show?
            return None
        else:
            edit = None
        if edit is not None:
            if edits.get(edit[:2], edit[2]) != edit[2]:
                return None
            edits[edit[:2]] = edit[2]
            continue
        # A value said several times, every one of them changed alike (3階 and 3F → 4階 and 4F, or 3階 beside
        # "the third floor (3F)"): each mention that shows it is rewritten, where none of the old value is left.
        if alike and old.kind == "time":
            shown = [m for m in shown if source is not None and _time_shown_alone(m, source)]
            if len(shown) != sum(1 for o, _ in changes if keys(o) & keys(old)):
                return None  # one mention for each time changed alike, none that may show another
        for mention in [m for m in shown if m.kind in ("number", "ordinal", "time")] if alike else hits[:1]:
            made = rewritten(mention, old, new)
            if made is None:
                return None
            for start, end, text in made:
                if edits.get((start, end), text) != text:
                    return None
                edits[(start, end)] = text
    spans = sorted(edits)
    if any(
        re.match(r"(?:one|1)\s+times?\b", text + translation[end : end + 8], re.IGNORECASE)
        for (_, end), text in edits.items()
    ):
        return None  # "three times a day" → "one times a day": English says "once", a word of its own
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:], strict=False)):
        return None
    result = translation
    for start, end in reversed(spans):
        written = edits[(start, end)]
        if written.endswith(".") and translation[end : end + 1] == ".":
            written = written[:-1]  # "to midnight." → "to 11 p.m.": the abbreviation's period ends the sentence
        result = result[:start] + written + result[end:]
    return result


def _quantity_renamed(mention, old: Entity, new: Entity) -> list[tuple[int, int, str]] | None:
    """FM78.5MHz → FM79.2MHz beside "FM 78.5 MHz": the decimal, the one value of a name of letters around it, is
    rewritten where the English writes it as a number; only where the letters stay and the number keeps its form."""
    pattern = r"([A-Za-z]+)(\d+)\.(\d+)([A-Za-z]*)"
    before, after = re.fullmatch(pattern, old.value[0]), re.fullmatch(pattern, new.value[0])
    if before is None or after is None or "num" not in mention.groups or "frac" not in mention.groups:
        return None
    if (before.group(1), before.group(4)) != (after.group(1), after.group(4)) or "scale" in mention.groups:
        return None  # FM → AM, MHz → kHz: another name, no number of the same one
    if mention.value[0] != Decimal(f"{before.group(2)}.{before.group(3)}"):
        return None
    return [(mention.groups["num"][0], mention.groups["frac"][1], f"{after.group(2)}.{after.group(3)}")]


def _period_of_a_rate(source: str | None, entity: Entity) -> bool:
    """The duration *entity* is the period of a rate: 1日2回, 2日に1回 (relation "per"), 1時間に1本, a count right
    after it. The English says such a period with an article ("twice a day", "one bus an hour"), which a number
    cannot replace ("once two days"); "once every two days" is another relation. True without the source."""
    if entity.relation == "per" or source is None:
        return True
    return re.match(r"に?\s*[0-9０-９一二三四五六七八九十]", source[entity.end :]) is not None


def _first_said_before(source: str, entity: Entity) -> bool:
    """The word right before the count *entity* is one JMdict glosses with "first" in its first sense (先着
    "arriving first", 最初 "first", 先頭): an English "first" may translate that word ("the first customer" for
    先着1名), which stays when the count changes; read as the count, it would become "the second customer", another
    person. True without JMdict (nothing shown)."""
    from kokuchi.language.synonyms import first_sense_glosses

    before = re.search(r"([\u3040-\u30ff\u4e00-\u9fff]{2,4}?)の?$", source[: entity.start])
    if before is None:
        return False
    word = before.group(1)  # 最初の1名: 最初
    try:
        return any(
            re.search(r"\bfirst\b", gloss) for k in range(len(word) - 1) for gloss in first_sense_glosses(word[k:])
        )
    except ImportError:
        return True


def _per_article(mention) -> bool:
    """A duration the English writes with an article ("a week", "an hour"): a period, whose 1 no count shows."""
    return mention.kind == "duration" and re.match(r"(?i:an?)\s", mention.text) is not None


def _said_unread(translation: str, value: object, mentions: list) -> bool:
    """The English says the number *value*, in digits or as a word, somewhere none of its *mentions* (what the
    English reader read in it) stands: "Six flavours … boxes of six" (the second, after "of", is no value to
    the reader)."""
    from kokuchi.language.english import NUMBER_WORDS

    if not isinstance(value, int):
        return False
    forms = [re.escape(f"{value:,}"), re.escape(str(value))]
    if value in NUMBER_WORDS:
        forms.append(NUMBER_WORDS[value])
    spans = [(mention.start, mention.end) for mention in mentions]
    said = re.finditer(rf"(?<![\w.,-])(?:{'|'.join(forms)})(?![\w-]|[.,]\d)", translation, re.IGNORECASE)
    return any(not any(start <= m.start() < end for start, end in spans) for m in said)


def _told_apart_otherwise(mention, mentions, translation: str, change, changes, source: str) -> bool:
    """Whether the English's values may be paired with the source's otherwise than the changed value with
    *mention*, the one ``auto_update`` chose for it.

    - An English noun beside a mention that names the noun after the value (``_named_as_in_source``: "3rd floor"
      for 3階, "Gate 3" for 3番ゲート) pairs them: beside *mention*, the choice stands; beside another mention
      only, the choice is contradicted (3階 → 4階 beside "Conference Room 3 on the 3rd floor").
    - Otherwise, another value of the source (unchanged, or changed) needs *mention*, no other mention being left
      for it (1袋 unchanged and 月1回 → 月2回 beside "one bag … once a month": "one" is the bag's, and "once" no
      number to the reader), or the changed value may be another mention as close to it (``_closeness``: "every
      30 minutes" is no closer to 最初の30分 than "the first 30 minutes") while every value still has one.

    A value pairs with a mention that shares a key with it, a rate only with a percentage and back (20名, 2割:
    "20", "20%"), a bare number shared only by a count and an ordinal (never by a duration's "a month" or a
    date); a one before につき, あたり or ごと is said by "per" or "each" (1世帯につき1台: "1 car per household"),
    no number. A few values, a few mentions: matched by Kuhn's augmenting paths."""
    old, new = change
    if _named_as_in_source(translation, mention, new, source):
        return False
    if any(
        m is not mention and m.keys & keys(old) and _named_as_in_source(translation, m, new, source) for m in mentions
    ):
        return True
    changed = {(value.start, value.end) for _, value in changes}
    text, entities = read_entities(source)
    others = [
        entity
        for entity in entities
        if (entity.start, entity.end) not in changed
        and not (entity.kind == "number" and entity.value[0] == 1 and _PER_ONE.match(text, entity.end))
    ]
    others += [before for before, _ in changes if before is not old]
    said = [m for m in mentions if not (old.kind == "number" and _per_article(m))]  # "a" of "once a month"

    def pairs(value: Entity, m) -> bool:
        shared = keys(value) & m.keys
        if not shared or _rate(value) != _percentage(m, translation):
            return False
        counted = ("number", "ordinal")
        return any(key[0] != "n" for key in shared) or (value.kind in counted and m.kind in counted)

    others = [value for value in others if any(pairs(value, m) for m in said)]
    if not others:
        return False

    def matched(values: list[Entity], free: list) -> int:
        taken: dict[int, int] = {}

        def place(v: int, seen: set[int]) -> bool:
            for index, m in enumerate(free):
                if index in seen or not pairs(values[v], m):
                    continue
                seen.add(index)
                if index not in taken or place(taken[index], seen):
                    taken[index] = v
                    return True
            return False

        return sum(place(v, set()) for v in range(len(values)))

    rest = [m for m in said if m is not mention]
    placed = matched(others, rest)
    if placed < matched(others, said):
        return True  # another value needs *mention*
    return any(
        matched(others, [m for m in said if m is not elsewhere]) >= placed
        for elsewhere in rest
        if pairs(old, elsewhere) and _closeness(elsewhere, old) >= _closeness(mention, old)
    )


_PER_ONE = re.compile(r"\s*[\u3041-\u3093\u30a1-\u30fc\u4e00-\u9fff々]{0,4}?(?:につき|あたり|当たり|ごと|毎)")


def _changed_alike(old: Entity, new: Entity, changes: list[tuple[Entity, Entity]], source: str) -> bool:
    """Every changed value of the old source that shows *old* became *new* (3階 and 3F → 4階 and 4F), and the new
    source says the old value nowhere: whichever mention of the translation shows it, it shows the new one now."""
    if old.kind == "time":
        return _time_changed_alike(old, new, changes, source)
    if old.kind not in ("number", "ordinal") or not isinstance(old.value[0], int):
        return False  # (counts, floors and ordinals only: a date said twice is read apart)
    old_keys = keys(old)
    alike = all(
        (o.kind, n.kind, n.value) == (old.kind, new.kind, new.value) or o.kind != old.kind and n.value == new.value
        for o, n in changes
        if keys(o) & old_keys
    )
    if any(o.kind not in ("number", "ordinal") and old.value[0] in o.value for o, _ in changes):
        return False  # 第2 and 2時間 both changed: "2nd" and "two hours" say the one number in two values
    # (nor where the new source still writes the old number anywhere, in any value: 10名 → 12名 beside 10日間)
    digits = read_entities(source)[0]
    return alike and not _still_said(source, old) and re.search(rf"(?<![\d.,]){old.value[0]}(?![\d.,])", digits) is None


def _time_changed_alike(old: Entity, new: Entity, changes: list[tuple[Entity, Entity]], source: str) -> bool:
    """A clock time said twice and changed alike (火〜金 9時30分〜20時、土日 9時30分〜17時 → 10時 both): every
    changed value of the old source at that time became the same new time, and the new source says the old time
    nowhere (the mentions that may show it are each checked apart: ``_time_shown_alone``)."""
    old_keys = keys(old)
    moved = [(o, n) for o, n in changes if keys(o) & old_keys]
    return (
        len(moved) > 1
        and all(o.kind == n.kind == "time" and n.value == new.value for o, n in moved)
        and not _still_said(source, old)
    )


def _time_shown_alone(mention: Mention, source: str) -> bool:
    """*mention* shows no clock time the new source still says ("9:30" bare beside an unchanged 21時30分 may be
    either): rewritten with the others only where it can show no other."""
    return mention.kind == "time" and not any(mention.keys & keys(entity) for entity in read_entities(source)[1])


def _still_said(source: str, old: Entity) -> bool:
    """The new source still has a value that shows *old* (another entity, unchanged, of the same value)."""
    old_keys = keys(old)
    return any(keys(entity) & old_keys for entity in read_entities(source)[1])


def _count_after_of(translation: str, old: Entity, new: Entity) -> tuple[int, int, str] | None:
    """The edit of a count the English says in a word after "of" and a noun ("packs of six", "a party of four"),
    which the English reader leaves unread (a count word before "for", "and" or punctuation counts nothing it
    can see): rewritten in a word (eight; 15 in digits above twelve) where the old count's word is the only one
    of its kind in the translation and the word before "of" is a noun (the lexicon's), so that it names what
    the count measures. Counts of one on either side decline ("packs of one" would need the noun rewritten)."""
    from kokuchi.language.english import NUMBER_WORDS

    if old.kind != "number" or new.kind != "number" or _rate(old):
        return None
    before, after = old.value[0], new.value[0]
    if not (isinstance(before, int) and isinstance(after, int) and 2 <= before <= 12 and after >= 2):
        return None
    word = NUMBER_WORDS[before]
    said = list(re.finditer(rf"(?<![\w-]){word}(?![\w-])", translation, re.IGNORECASE))
    if len(said) != 1:
        return None
    found = re.search(r"(?<![\w-])([A-Za-z]+) of $", translation[: said[0].start()])
    if found is None or not re.match(r"\s*(?:$|[.,;:!?)]|(?:for|and|at|per|in|each)\b)", translation[said[0].end() :]):
        return None
    from lemminflect import getAllLemmas

    if "NOUN" not in getAllLemmas(found.group(1).lower()):
        return None
    written = NUMBER_WORDS[after] if after <= 12 else f"{after:,}"
    return said[0].start(), said[0].end(), _same_case(written, said[0].group())


# Multiples and frequencies said in one word (2倍, 2回: "twice"; 1回: "once"); "thrice" is left out (rare enough
# that a translator who wrote it should choose its replacement), as are "double" and "triple" (an adjective or a
# verb as often as a multiple). A closed class of English, documented; each of them found makes the rewrite decline
# unless it is the only one.
_MULTIPLE_WORDS = {"倍": {"twice": 2}, "回": {"once": 1, "twice": 2}}
# "once" is also a conjunction ("Once you arrive"): a frequency word is one only before "a", "per", "every" or
# "each" ("twice a day") or at the end of its clause ("Trains stop here twice.").
_FREQUENCY_AFTER = re.compile(r"[ \u00a0]+(?:a|an|per|every|each)\b|[ \u00a0]*(?:[.,;:!?)]|$)")


def _multiple_in_words(translation: str, old: Entity, new: Entity, source: str) -> tuple[int, int, str] | None:
    """The edit of a multiple (N倍) or a number of times (N回) the English says in one word the reader leaves
    unread: "twice the regular fare" for 2倍 → "1.5 times the regular fare" (1.5倍), "three times" (3倍);
    "twice a day" for 1日2回 → "three times a day", "once a week" (1回) → "twice a week". Only where the source
    writes 倍 or 回 right after the number and the word is the only such word in the translation (a frequency
    word only where it is one, ``_FREQUENCY_AFTER``); a count in words is written as a word up to twelve, any
    other (1.5, 20) in digits, as the number reader writes them."""
    from kokuchi.language.english import NUMBER_WORDS

    counter = source[new.end :].lstrip()[:1]
    if old.kind != "number" or new.kind != "number" or counter not in _MULTIPLE_WORDS:
        return None
    if counter == "回" and source[new.end :].lstrip()[1:2] == "目":
        return None  # 2回目: the second time, an ordinal
    said = list(re.finditer(r"(?<![\w-])(?:twice|thrice|once|double|triple)(?![\w-])", translation, re.IGNORECASE))
    if len(said) != 1 or _MULTIPLE_WORDS[counter].get(said[0].group().lower()) != old.value[0]:
        return None
    if counter == "回" and not _FREQUENCY_AFTER.match(translation[said[0].end() :]):
        return None
    after = new.value[0]
    if after == 1 and counter == "回":
        written = "once"
    elif after == 2:
        written = "twice"
    elif isinstance(after, int) and 3 <= after <= 12:
        written = f"{NUMBER_WORDS[after]} times"
    elif after > 1:
        written = f"{after} times" if not isinstance(after, int) else f"{after:,} times"
    else:
        return None  # 1倍, 0.5倍: "once the fare", "0.5 times": a human must word it
    return said[0].start(), said[0].end(), _same_case(written, said[0].group())


# A stay in nights and days (1泊2日), as the entity layer reads the text (kanji numerals in digits).
_STAY = re.compile(r"(?<![\d.,])(\d+)\s*泊\s*(\d+)\s*日(?!間|以内|後|前|目)")
_STAY_MARK = "kokuchistay"  # stands for the stay while the other values are rewritten: a word no reader reads


@cache
def _english_stay() -> re.Pattern[str]:
    from kokuchi.language.english import NUMBER_WORDS

    number = r"\d+|(?i:" + "|".join(NUMBER_WORDS[n] for n in range(1, 13)) + ")"
    return re.compile(
        rf"(?<![\w-])(?P<n>{number})(?P<h1>[ -])(?P<night>(?i:nights?))(?P<sep>\s*/\s*|\s+and\s+|,\s*|\s+)"
        rf"(?P<m>{number})(?P<h2>[ -])(?P<day>(?i:days?))(?![\w-])"
    )


def _stay_updated(seed_source: str, seed_translation: str, source: str) -> str | None:
    """The translation rewritten for a stay in nights and days that changed (1泊2日 → 2泊3日 beside "for 1 night/2
    days": "for 2 nights/3 days"), with the edit's other values rewritten as any entity-only edit's; or None.

    The entity layer reads 1泊2日 as a count and a day of the month (2日), so the edit is no entity-only change to
    it. Only one stay on each side and one in the English, written with both its numbers (digits or words, as
    the old values) and its nouns ("1 night/2 days", "two nights and three days", "a 1-night/2-day stay"); the
    numbers are written as before, the nouns agree (night/nights; singular before a hyphen, as ever). The
    rest of the edit must be an entity-only change the auto-update rewrites (decide on the texts with the stay
    set aside), and the result as consistent with the new source as the old English was with the old.
    """
    old_text, new_text = read_entities(seed_source)[0], read_entities(source)[0]
    old_stays, new_stays = list(_STAY.finditer(old_text)), list(_STAY.finditer(new_text))
    if len(old_stays) != 1 or len(new_stays) != 1:
        return None
    before = (int(old_stays[0].group(1)), int(old_stays[0].group(2)))
    after = (int(new_stays[0].group(1)), int(new_stays[0].group(2)))
    said = list(_english_stay().finditer(seed_translation))
    if before == after or 0 in after or len(said) != 1 or _STAY_MARK in seed_translation.lower():
        return None
    stay = said[0]
    rewritten = _stay_written(stay, before, after)
    if rewritten is None:
        return None
    article = re.search(r"(?<![A-Za-z])([Aa]n?) $", seed_translation[: stay.start()])
    if article and article.group(1).lower() != _article_for(rewritten):
        return None  # "a 1-night stay" → "an 8-night stay": the article would have to change too
    masked_old = old_text[: old_stays[0].start()] + "宿泊" + old_text[old_stays[0].end() :]
    masked_new = new_text[: new_stays[0].start()] + "宿泊" + new_text[new_stays[0].end() :]
    masked = (masked_old, masked_new, seed_translation[: stay.start()] + _STAY_MARK + seed_translation[stay.end() :])
    return _rest_rewritten(seed_source, seed_translation, source, masked, _STAY_MARK, rewritten)


def _rest_rewritten(
    seed_source: str, seed_translation: str, source: str, masked: tuple[str, str, str], mark: str, rewritten: str
) -> str | None:
    """The English with the part *mark* stands for written *rewritten*, the rest of the edit rewritten as any
    entity-only change: *masked* holds the old and new sources with that part set aside alike, and the English
    with *mark* in its place (a stay, a list of times). None where the rest is not rewritten, or the result is
    less consistent with the new source than the old English was with the old."""
    masked_old, masked_new, masked_english = masked
    if masked_old == masked_new:
        updated = masked_english
    else:
        decision = decide(masked_old, masked_english, masked_new)
        if decision.kind != AUTO or decision.translation.count(mark) != 1:
            return None
        updated = decision.translation
    updated = updated.replace(mark, rewritten)
    return updated if _still_consistent(seed_source, seed_translation, source, updated) else None


_LIST_SEPARATOR = re.compile(r"\s*[、・,，/／]\s*")
_LIST_MARK = "kokuchilist"  # stands for a list while the other values are rewritten: a word no reader reads


def _list_run(text: str, entities: list[Entity], skip: int) -> tuple[int, int] | None:
    """The run (first, last index) of clock times joined by list separators (、・,/) around entity *skip*."""
    first = last = skip
    while first > 0 and entities[first - 1].kind == "time" and _joined(text, entities[first - 1], entities[first]):
        first -= 1
    while (
        last + 1 < len(entities)
        and entities[last + 1].kind == "time"
        and _joined(text, entities[last], entities[last + 1])
    ):
        last += 1
    return (first, last) if entities[skip].kind == "time" and last > first else None


def _joined(text: str, a: Entity, b: Entity) -> bool:
    return _LIST_SEPARATOR.fullmatch(text[a.end : b.start]) is not None


def _list_resized(seed_source: str, seed_translation: str, source: str) -> str | None:
    """The translation rewritten for a list of clock times that grew or shrank by one (1日3回（10:30、13:00、
    15:30） → 1日4回（10:30、12:30、14:30、16:30）), with the edit's other values rewritten as any entity-only
    edit's ("three times a day" → "four times a day"); or None.

    The English must write the old list whole, in order, each time a clock time kokuchi rewrites in its own
    form, joined alike (", " throughout, or ", " and a last " and " / " or "); the new list is written in
    the same forms and joins, item by item (the added one as the last). The rest of the edit must be an
    entity-only change the auto-update rewrites (decide on the texts with the lists set aside), and the
    result as consistent with the new source as the old English was with the old.
    """
    from kokuchi.language.english import read as read_english
    from kokuchi.language.english import rewrite_clock, sentence_stop

    old_text, old_entities = read_entities(seed_source)
    new_text, new_entities = read_entities(source)
    if abs(len(old_entities) - len(new_entities)) != 1:
        return None
    longer_text, longer = (
        (new_text, new_entities) if len(new_entities) > len(old_entities) else (old_text, old_entities)
    )
    old_skeleton = _with_numbers(old_text, old_entities)
    new_skeleton = _with_numbers(new_text, new_entities)
    found = None
    for index in range(1, len(longer)):
        run = _list_run(longer_text, longer, index)
        if run is None or index == run[0]:
            continue
        # Without the item (and the separator before it), the longer text must read as the shorter.
        dropped = [entity for k, entity in enumerate(longer) if k != index]
        cut = longer_text[: longer[index - 1].end] + longer_text[longer[index].end :]
        shift = longer[index].end - longer[index - 1].end
        dropped = [
            entity
            if entity.start < longer[index].start
            else entity._replace(start=entity.start - shift, end=entity.end - shift)
            for entity in dropped
        ]
        shorter_skeleton = old_skeleton if longer is new_entities else new_skeleton
        if _with_numbers(cut, dropped) == shorter_skeleton:
            found = run
            break
    if found is None:
        return None
    first, last = found
    if longer is new_entities:
        new_run, old_run = (first, last), (first, last - 1)
    else:
        old_run, new_run = (first, last), (first, last - 1)
    old_items = old_entities[old_run[0] : old_run[1] + 1]
    new_items = new_entities[new_run[0] : new_run[1] + 1]
    if len(new_items) < 2 or any(entity.joined for entity in (*old_items, *new_items)):
        return None
    mentions = read_english(seed_translation)
    times = [mention for mention in mentions if mention.kind == "time"]
    values = [entity.value for entity in old_items]
    starts = [k for k in range(len(times) - len(values) + 1) if [m.value for m in times[k : k + len(values)]] == values]
    if len(starts) != 1:
        return None
    shown = times[starts[0] : starts[0] + len(values)]
    joins = [seed_translation[a.end : b.start] for a, b in zip(shown, shown[1:], strict=False)]
    if any(join not in (", ", " and ", ", and ", " or ", ", or ", " / ", "/", "、") for join in joins):
        return None
    if len(set(joins[:-1])) > 1 or (len(joins) > 1 and joins[-1] != joins[0] and joins[0] != ", "):
        return None
    inner, final = joins[0], joins[-1]
    if len(joins) == 1 and final in (" and ", ", and ", " or ", ", or "):
        inner = ", "  # "10:30 and 13:00" → "10:30, 12:30 and 14:30"
    if len(new_items) == 2 and final in (", and ", ", or "):
        final = final[1:]  # "10:30, 13:00, and 15:30" → "10:30 and 13:00"
    written = []
    for k, entity in enumerate(new_items):
        model = shown[min(k, len(shown) - 1)]
        if model.style not in ("12h", "24h") or shown[-1].style != model.style:
            return None
        clock = rewrite_clock(model, entity.value, midnight=not any(m.kind == "date" for m in mentions))
        if clock is None:
            return None
        written.append(clock)
    written[-1] = sentence_stop(seed_translation, shown[-1], written[-1])
    rewritten = "".join(
        clock + (final if k == len(written) - 2 else inner if k < len(written) - 2 else "")
        for k, clock in enumerate(written)
    )
    span = (shown[0].start, shown[-1].end)
    if _LIST_MARK in seed_translation.lower():
        return None
    masked_english = seed_translation[: span[0]] + _LIST_MARK + seed_translation[span[1] :]
    masked_old = old_text[: old_items[0].start] + "一覧" + old_text[old_items[-1].end :]
    masked_new = new_text[: new_items[0].start] + "一覧" + new_text[new_items[-1].end :]
    return _rest_rewritten(
        seed_source, seed_translation, source, (masked_old, masked_new, masked_english), _LIST_MARK, rewritten
    )


def _article_for(phrase: str) -> str:
    """The indefinite article before a phrase that starts with a count: "an" before the sound of a vowel (eight,
    eleven; 8, 11, 18, 80–89 read aloud), "a" before any other (a count of nights is small: 800 reads "an"
    too, and 8,000 does)."""
    first = re.match(r"\d+|[A-Za-z]+", phrase)
    word = first.group() if first else ""
    if word.isdigit():
        return "an" if word.startswith("8") or word in ("11", "18") else "a"
    return "an" if word[:1].lower() in "aeio" else "a"


def _stay_written(stay: re.Match[str], before: tuple[int, int], after: tuple[int, int]) -> str | None:
    """The English stay (1 night/2 days) with the new counts, written as the old ones, its nouns agreeing."""
    from kokuchi.language.english import NUMBER_WORDS

    parts = []
    for number, hyphen, noun, old, new in (
        ("n", "h1", "night", before[0], after[0]),
        ("m", "h2", "day", before[1], after[1]),
    ):
        written_number, written_noun = stay.group(number), stay.group(noun)
        values = {word: value for value, word in NUMBER_WORDS.items()}
        shown = int(written_number) if written_number.isdigit() else values.get(written_number.lower())
        if shown != old:
            return None  # the English says another stay than the source
        adjective = stay.group(hyphen) == "-"
        if written_noun.lower() != noun + ("" if adjective or old == 1 else "s"):
            return None  # "1 nights", "2-days": written in a way kokuchi does not inflect
        if written_number.isdigit():
            new_number = str(new)
        elif new in NUMBER_WORDS and new <= 12:
            new_number = _same_case(NUMBER_WORDS[new], written_number)
        else:
            return None
        new_noun = _same_case(noun + ("" if adjective or new == 1 else "s"), written_noun)
        parts.append(new_number + stay.group(hyphen) + new_noun)
    return parts[0] + stay.group("sep") + parts[1]


def _named_as_in_source(translation: str, mention, entity: Entity, source: str) -> bool:
    """The English word right before or after *mention* ("Game 3", "Gate 3") is a gloss JMdict gives the noun
    after *entity* in the source (第3戦: 戦 "game"; 3番ゲート: ゲート "gate", 番 "number"): the mention names
    what the source counts. The noun is the run of kanji and katakana after the number, whole or without its
    first character (a counter such as 番 or 号 before the noun)."""
    from kokuchi.language.synonyms import gloss_heads

    run = re.match(r"[\u4e00-\u9fff\u30a0-\u30ff]+", source[entity.end :])
    if run is None:
        return False
    glosses = gloss_heads(run.group()) | (gloss_heads(run.group()[1:]) if len(run.group()) > 1 else frozenset())
    before = re.search(r"([A-Za-z]+)[ \u00a0]+$", translation[: mention.start])
    after = re.match(r"[ \u00a0]+([A-Za-z]+)", translation[mention.end :])
    words = {found.group(1).lower() for found in (before, after) if found is not None}
    words = {word for word in words if word not in _FUNCTION} | {word[:-1] for word in words if word.endswith("s")}
    return bool(words & glosses)


def _decimal_read_as_version(mention, old: Entity, new: Entity) -> bool:
    """An English decimal the reader takes for a version ("1.5 times"), showing a Japanese number that becomes
    another (1.5倍 → 2倍, read as numbers by ``_decimals_changed``); not across 1, where the noun would agree."""
    return (
        mention.kind == "version"
        and old.kind == new.kind == "number"
        and re.fullmatch(r"\d+\.\d+", mention.text) is not None
        and Decimal(mention.text) == old.value[0]
        and old.value[0] != 1
        and new.value[0] != 1
        and new.value[0] > 0
    )


def _times_in_words(translation: str, mention, new: Entity, source: str) -> bool:
    """A multiple written as a number word before "times" ("three times the fare", 3倍) that now is a decimal
    (1.5倍), which no number word says: written in digits ("1.5 times"), as English writes a decimal."""
    after = new.value[0] if new.kind == "number" else None
    return (
        mention.kind == "number"
        and mention.style == "word"
        and isinstance(after, Decimal)
        and after > 1
        and re.match(r"[ \u00a0]+times\b", translation[mention.end :]) is not None
        and source[new.end :].lstrip().startswith("倍")
    )


def _decimals_changed(old: str, new: str) -> list[tuple[Entity, Entity]] | None:
    """The changes of an edit that differs from an entity-only change only in that one value is a whole number on
    one side and a decimal on the other (2倍 → 1.5倍): the reader takes a lone decimal for a version (1.5), and a
    version with one dot is a number to the checks (its number key); both are read as numbers here. None where
    anything else changed, or where the "decimal" is a name's (Ver.1.5, after a letter or a dot)."""
    old_text, old_entities = read_entities(old)
    new_text, new_entities = read_entities(new)
    if len(old_entities) != len(new_entities):
        return None
    pairs = []
    mixed = False
    for a, b in zip(old_entities, new_entities, strict=True):
        if {a.kind, b.kind} == {"number", "version"}:
            old_number, new_number = _decimal_as_number(a, old_text), _decimal_as_number(b, new_text)
            if old_number is None or new_number is None:
                return None
            a, b, mixed = old_number, new_number, True
        pairs.append((a, b))
    if not mixed:
        return None
    if _with_numbers(old_text, [a for a, _ in pairs]) != _with_numbers(new_text, [b for _, b in pairs]):
        return None
    changed = [(a, b) for a, b in pairs if a.meaning != b.meaning]
    if any(a.kind != b.kind or a.relation != b.relation for a, b in changed):
        return None
    return changed or None


def _decimal_as_number(entity: Entity, text: str) -> Entity | None:
    if entity.kind == "number":
        return entity
    if not re.fullmatch(r"\d+\.\d+", entity.text) or re.search(r"[A-Za-z.]\s*$", text[: entity.start]):
        return None
    return entity._replace(kind="number", value=(Decimal(entity.text),))


def _with_numbers(text: str, entities: list[Entity]) -> str:
    """The text with each entity replaced by a placeholder of its kind (the entity layer's skeleton)."""
    parts, last = [], 0
    for entity in entities:
        parts += [text[last : entity.start], f"\x00{entity.kind}\x00"]
        last = entity.end
    return "".join(parts) + text[last:]


def _holiday_aside(translation: str, mention) -> tuple[int, int, str] | None:
    """The edit that removes a holiday mark the English writes as a parenthesis of its own right after the date
    (" (public holiday)", " (national holiday)", " (holiday)"), the only holiday word of the translation; else None."""
    aside = re.match(r" ?\((?:(?:public|national|bank)\s+)?holiday\)", translation[mention.end :], re.IGNORECASE)
    if aside is None or len(_HOLIDAY_WORD.findall(translation)) != 1:
        return None
    return mention.end, mention.end + aside.end(), ""


def _placed_in_month(entity: Entity) -> Entity:
    """A day written alone (21日 after 4月20日) as the full date the source implies (April 21)."""
    year, month = entity.implied or (None, None)
    value = (entity.value[0] if entity.value[0] is not None else year, month, entity.value[2])
    return entity._replace(value=value, implied=None)


def _closeness(mention, entity: Entity) -> int:
    """How closely an English mention shows a Japanese entity: 2 its exact key (a duration with the
    relation the source writes, none included), 1 a key of its kind (a day, a duration) or a mention of its
    kind (Sunday the 5th for 5日(日) after 9月), 0 its number alone."""
    met = mention.keys & keys(entity)
    # (a span with its bound, 最大60秒間 or 12週間あけて, is said exactly with the bound: "up to", "at least")
    exact = {"most": "within", "least": "at least"}.get(entity.bound or "", entity.relation)
    if entity.kind == "duration" and any(key[0] == "dur" and key[3] == exact for key in met):
        return 2
    return 1 if mention.kind == entity.kind or any(key[0] not in ("n", "digits") for key in met) else 0


def _rate(entity: Entity) -> bool:
    """A Japanese number that is a percentage: 2割, 2割5分, 30%, 30パーセント."""
    return entity.kind == "number" and (
        "割" in entity.text or "パーセント" in entity.text or entity.text.rstrip().endswith(("%", "％"))
    )


def _percentage(mention, translation: str) -> bool:
    """An English number that is a percentage: 20%, 20 percent, 20 per cent."""
    return mention.kind == "number" and (
        mention.text.endswith("%") or re.match(r"\s?per\s?cent\b", translation[mention.end :], re.I) is not None
    )


@cache
def _day_words() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:today|tonight|tomorrow|yesterday|same day|next day|following day|"
        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b)",
        re.IGNORECASE,
    )


def _names_a_day(translation: str, mentions: list) -> bool:
    """The translation names a day (a date, a weekday, today): a time moved across midnight changes it too."""
    return any(mention.kind in ("date", "month") for mention in mentions) or bool(_day_words().search(translation))


# Words whose plural is the singular (2 yen): a count before them needs no agreement.
_INVARIANT = frozenset({"yen", "percent", "sen", "series", "times"})
# Words that end the noun a count governs ("2 visitors are allowed", "1 item in your cart"): grammar, a closed class.
_FUNCTION = frozenset(
    """a an the of or and but nor to in on at for per by with from as than into onto over under within after before
    during until via is are was were be been being has have had will would can could may might must shall should do
    does did that which who whom whose this these those it its their our your his her there here not no more less
    each every all any some up down out off today tonight tomorrow yesterday now then here again only also too soon
    later instead online onsite daily weekly monthly yearly""".split()
)
_VERBS = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has"}
# Adjectives that follow the noun a count governs ("2 tickets left"), a closed class.
_POSTPOSITIVE = frozenset({"left", "available", "remaining", "outstanding", "pending", "unused", "free"})


def _after_the_noun(word: str) -> bool:
    """A word that follows the noun a count governs: an adjective of the closed class (_POSTPOSITIVE: "2 tickets
    left") or a past participle the lexicon knows only as a verb's (VBN: "1 package scheduled for delivery", "2
    seats reserved"), which, unlike a verb in the present, never agrees with the count."""
    lowered = word.lower()
    if lowered in _POSTPOSITIVE:
        return True
    from lemminflect import getAllLemmas, getInflection

    found = getAllLemmas(lowered)
    if set(found) != {"VERB"} or not lowered.endswith("ed"):
        return False
    return any(lowered in getInflection(lemma, tag="VBN") for lemma in found["VERB"])


# Plurals where the lexicon's first choice is not the one a notice writes (persons, fishes, staffs).
_PLURALS = {"person": "people", "fish": "fish", "staff": "staff", "aircraft": "aircraft", "personnel": "personnel"}
_SINGULARS = {plural: singular for singular, plural in _PLURALS.items()}


# A verb later in the clause that agrees with the count ("2 vouchers that is valid"): declined, not guessed.
@cache
def _agreeing() -> re.Pattern[str]:
    return re.compile(r"\b(?:is|are|was|were|has|have|does|do|isn't|aren't|wasn't|weren't|hasn't|haven't)\b", re.I)


def _agreement(translation: str, mention, old: Entity, new: Entity) -> list[tuple[int, int, str]] | None:
    """Edits that make the words around a rewritten count agree with it (1 voucher / 2 vouchers), or None.

    The counted noun is the last word of the phrase after the number, before
    the first function word or punctuation ("1 unfilled order." → order;
    "1 extra train for" → train), a word the lexicon knows only as a noun
    (lemminflect: not "left", "free", "available"), after at most one
    adjective; its plural comes from the same lexicon. Declined when the
    phrase is no noun phrase kokuchi can inflect safely.
    """
    before, after = old.value[0], new.value[0]
    if (before == 1) == (after == 1):
        return []
    if (mention.text[-1:].isalpha() and mention.style != "word") or mention.text.endswith("%"):
        return []  # a unit written with the number (23 kg, 3 GB): no noun to agree
    phrase: list[tuple[int, int, str]] = []
    position = mention.end
    verb = None
    joined = None  # the conjunction right after the phrase (2 parents or guardians)
    for match in re.finditer(r"[ \u00a0]+([A-Za-z][A-Za-z'-]*)", translation[position:]):
        if match.start() != (phrase[-1][1] - position if phrase else 0):
            break  # punctuation in between
        word = match.group(1)
        if word.lower() in _FUNCTION or word.lower().endswith("ly"):
            if word.lower() in _VERBS:
                verb = (position + match.start(1), position + match.end(1), word)
            elif word.lower() in ("or", "and", "nor"):
                joined = (position + match.end(1), word.lower())
            break
        phrase.append((position + match.start(1), position + match.end(1), word))
        if len(phrase) > 4:
            return None  # a longer phrase: which word is the noun?
    if not phrase and re.match(r"[ \u00a0]+(?:per|each|apiece)\b", translation[position:]):
        # "limited to 1 per person", "2 each": the count stands for its noun, nothing to inflect; unless a
        # verb after it or a phrase around it may agree with it ("1 per person is allowed").
        clause = re.split(r"[.;:!?]", translation[position:], maxsplit=1)[0]
        if _agreeing().search(clause) or _agrees_elsewhere(translation, mention.start, mention.end, plural=after != 1):
            return None
        return []
    if not phrase and re.match(r"[ \u00a0]+to[ \u00a0]+\d", translation[position:]):
        return []  # "1 to 4 players": a range's lower bound; its noun agrees with the upper bound, said after it
    if not phrase:
        following = re.match(r"[ \u00a0]*[A-Za-z(]", translation[position:])
        return None if following else []  # "1 or more", "1 (one) voucher": no noun kokuchi can see the count govern
    if phrase[0][2].lower() in _INVARIANT:
        return []
    rest = translation[phrase[-1][1] :]
    if len(phrase) > 1 and _after_the_noun(phrase[-1][2]):
        # "1 flu vaccination slot left", "1 package scheduled for delivery": an adjective that follows its noun,
        # or a participle that does (a reduced relative: no verb of the count's, agreeing with nothing).
        phrase.pop()
    if rest[:1] not in ("", " ", "\u00a0", ".", ",", ";", ":", "!", "?", ")"):
        return None  # voucher(s), ticket/pass: written in a way kokuchi does not inflect
    # (a clause of its own joined after a comma, "…, and results are announced", has its own subject)
    clause = re.split(r"[.;:!?]|,[ \u00a0]+(?:and|but|so|while)[ \u00a0]", rest, maxsplit=1)[0]
    if verb is None:
        # "two child seats per reservation are provided": the verb after a "per" phrase agrees with the count.
        after_per = re.match(r"[ \u00a0]+(?:per|each)[ \u00a0]+[A-Za-z]+[ \u00a0]+(is|are|was|were|has|have)\b", rest)
        if after_per:
            verb = (phrase[-1][1] + after_per.start(1), phrase[-1][1] + after_per.end(1), after_per.group(1))
    if _agreeing().findall(clause)[1 if verb is not None else 0 :]:
        return None  # another verb may agree with the count ("1 voucher that is valid"): a human must look
    from lemminflect import getAllLemmas, getInflection, getLemma

    def parts_of_speech(word: str) -> dict:
        found = getAllLemmas(word.lower())
        if not found and "-" in word.strip("-"):
            return {"ADJ": (word,)}  # wheelchair-accessible: a hyphenated compound the lexicon lacks modifies
        return found

    start, end, head = phrase[-1]
    kinds = parts_of_speech(head)
    modifiers = [parts_of_speech(word) for _, _, word in phrase[:-1]]
    # The head must be a noun and nothing else a count could govern (not "left", "free", "available"); a
    # word the lexicon also knows as an adjective (cub, game) is the noun only after adjectives (one free
    # game) or before the verb that agrees with the count (One red panda cub has been born).
    if "NOUN" not in kinds:
        return None
    if "ADJ" in kinds and not (modifiers and (verb is not None or all("ADJ" in m for m in modifiers))):
        return None
    # A word before the head: an adjective ("unfilled order"), a noun ("bonus coupon"; also a verb, as in
    # "care worker" and "staff member", before a head that is nothing but a noun), a participle right after
    # the count ("2 accompanying guests"), a word the lexicon does not know only before a head that may also
    # be a verb ("gacha ticket": a loanword; before a head that is only a noun, as ever, not). A word
    # that may also be a verb must not be one that could agree with the count: not -s or -ed after one
    # ("1 item ships"), and not after a plural noun or one whose plural is itself ("2 guests bring cards").
    nominal_head = set(kinds) == {"NOUN"}
    for index, ((_, _, word), kinds_of) in enumerate(zip(phrase, modifiers, strict=False)):
        lowered = word.lower()
        if "ADJ" in kinds_of:
            continue
        if index == 0 and set(kinds_of) == {"VERB"} and lowered.endswith(("ing", "ed")):
            continue
        if not kinds_of and not nominal_head:
            continue  # a loanword the lexicon lacks, before a head that may be a verb too (1 gacha ticket), as before
        if "NOUN" not in kinds_of:
            return None
        if nominal_head or set(kinds_of) == {"NOUN"}:
            continue
        if before == 1 and lowered.endswith(("s", "ed")):
            return None
        if before != 1 and index > 0:
            previous = phrase[index - 1][2].lower()
            previous_kinds = modifiers[index - 1]
            if (
                "ADJ" not in previous_kinds
                and (getInflection(getLemma(previous, upos="NOUN")[0], tag="NNS") or ("",))[0] == previous
            ):
                return None
    if before == 1 and any("ADJ" not in m for m in modifiers) and "VERB" in kinds and head.lower().endswith("s"):
        return None  # "1 item ships": the last word may be the verb, not the counted noun
    lemma = _SINGULARS.get(head.lower()) or getLemma(head.lower(), upos="NOUN")[0]
    plural = _PLURALS.get(lemma) or (getInflection(lemma, tag="NNS") or (None,))[0]
    if plural is None:
        return None  # the lexicon knows no plural: a human must look
    from kokuchi.language.english import inflect_engine

    if lemma not in _PLURALS and plural != inflect_engine().plural_noun(lemma):
        return None  # two lexicons disagree (hovercraft: "hovercrafts" or "hovercraft"): a human must look
    if plural == lemma:
        return []  # the plural is the singular (yen, series): nothing to change
    if after == 1:
        if head.lower() != plural:
            return None  # not the plural it should be
        written = lemma
    else:
        if head.lower() != lemma:
            return None
        written = plural
    if _agrees_elsewhere(translation, mention.start, end, plural=after != 1):
        return None  # "A point will be set up at 1 location": may "A point" have to agree too? A human must look
    written = _same_case(written, head)
    edits = [(start, end, written)]
    if joined is not None and phrase:
        # "two parents or guardians" → "one parent or guardian": a noun joined by "or" to the counted one is counted
        # too; after "and" one with its own count or article is not ("2 adults and 3 children"), any other may be.
        if (other := _counted_with(translation, joined, before == 1)) is None:
            return None
        edits += other
    if verb is not None:
        edits.append((verb[0], verb[1], _same_case(_VERBS[verb[2].lower()], verb[2])))
    there = re.search(r"\b([Tt]here)\s+(is|are|was|were)\s+(?:\w+\s+){0,2}$", translation[: mention.start])
    if there:
        edits.append((there.start(2), there.end(2), _VERBS[there.group(2)]))
    return edits


def _counted_with(translation: str, joined: tuple[int, str], was_one: bool) -> list[tuple[int, int, str]] | None:
    """The edit of the noun joined at *joined* (the end of "or", "and" or "nor" after a counted noun) that counts it
    as the noun before it now is; [] where it takes none (a count or an article of its own after "and": "2 adults and
    3 children"); None where kokuchi cannot tell."""
    at, conjunction = joined
    next_word = re.match(r"[ \u00a0]+(\d|[A-Za-z][A-Za-z'-]*)", translation[at:])
    if next_word is None:
        return None
    from kokuchi.language.english import NUMBER_WORDS

    word = next_word.group(1)
    if word.isdigit() or word.lower() in _FUNCTION or word.lower() in NUMBER_WORDS.values():
        return []  # "1 space and may bring", "2 adults and 3 children", "or more": no noun of the count's
    from lemminflect import getAllLemmas, getInflection, getLemma

    kinds = set(getAllLemmas(word.lower()))
    if "NOUN" not in kinds and conjunction == "and":
        return []  # "1 space and bring in": another predicate
    alone = re.match(r"[ \u00a0]*(?:[.,;:!?)]|$)", translation[at + next_word.end() :])  # (not "or guardian's")
    if alone is None or conjunction == "and" or kinds != {"NOUN"}:
        return None
    lemma = getLemma(word.lower(), upos="NOUN")[0]
    plural = (getInflection(lemma, tag="NNS") or (None,))[0]
    if plural is None or plural == lemma:
        return None
    said, written = (lemma, plural) if was_one else (plural, lemma)
    if word.lower() != said:
        return None
    return [(at + next_word.start(1), at + next_word.end(1), _same_case(written, word))]


# A noun phrase elsewhere in the sentence that may stand for what is counted: a subject started by a/an/one,
# it or this (singular; and they, these, those when the count becomes 1). When a count crosses 1, such a
# phrase may have to change with it, which kokuchi cannot tell: the update declines.
@cache
def _singular_subject() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:A|An|One)\b")


@cache
def _singular_word() -> re.Pattern[str]:  # "this month" names a time, nothing a count could agree with
    return re.compile(
        r"\b(?:it|its|itself|this(?!\s+(?:morning|afternoon|evening|day|week|weekend|month|season|year|time)\b))\b",
        re.I,
    )


@cache
def _plural_word() -> re.Pattern[str]:
    return re.compile(r"\b(?:they|them|their|these|those)\b", re.I)


def _agrees_elsewhere(translation: str, start: int, end: int, *, plural: bool) -> bool:
    """The sentence around translation[start:end] holds another noun phrase the changed count may agree with."""
    sentence_start = max((m.end() for m in re.finditer(r"[.!?]\s", translation[:start])), default=0)
    found = re.search(r"[.!?](?:\s|$)", translation[end:])
    sentence_end = end + found.start() if found else len(translation)
    before, after = translation[sentence_start:start], translation[end:sentence_end]
    if _singular_subject().match(before) or _singular_word().search(before) or _singular_word().search(after):
        return True
    return not plural and bool(_plural_word().search(before) or _plural_word().search(after))


def _same_case(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _entity_findings(source: str, translation: str) -> int:
    return sum(1 for finding in check_unit(source, translation, _NO_GLOSSARY) if finding.check in ("entity", "time"))


def _still_consistent(seed_source: str, seed_translation: str, source: str, updated: str) -> bool:
    """The rewritten translation is no less consistent with its source than the old one was."""
    return _entity_findings(source, updated) <= _entity_findings(seed_source, seed_translation)
