"""What to do with an old translation when its source changed: the translation-safety decision.

Given the seed (the old source and its translation) and the new source, in order:

1. **flip**: the change reverses the meaning (language/flips.py): the old
   translation says the opposite, so it is never offered;
2. **kept**: only the width or spacing of characters changed (０１２０ → 0120,
   午後 7時 → 午後7時): the translation is still right, kept for a glance;
3. **auto**: only entities changed (a date, time, duration, number, ID) and each
   old entity appears exactly once in the translation in a form kokuchi can
   read: it is rewritten in the translator's own form (9:00 AM → 9:00 PM, never
   21:00 AM), and the result must pass the entity checks; otherwise refused;
4. **fuzzy**: anything else: the old translation is a suggestion to revise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.language.entities import Entity, entity_only_change, keys
from kokuchi.language.flips import Flip, FlipPairs, find_flip

FLIP, KEPT, AUTO, FUZZY = "flip", "kept", "auto", "fuzzy"
_NO_GLOSSARY = Glossary({}, ())
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Decision:
    kind: str  # flip, kept, auto, fuzzy
    translation: str  # what the new entry gets: "" for a flip
    flip: Flip | None = None


def decide(seed_source: str, seed_translation: str, source: str, pairs: FlipPairs | None = None) -> Decision:
    """The fate of *seed_translation* now that *seed_source* reads *source*."""
    flip = find_flip(seed_source, source, pairs)
    if flip is not None:
        return Decision(FLIP, "", flip)
    if same_but_width_or_spacing(seed_source, source):
        return Decision(KEPT, seed_translation)
    changes = entity_only_change(seed_source, source)
    updated = auto_update(seed_translation, changes) if changes else None
    if updated is not None and _still_consistent(seed_source, seed_translation, source, updated):
        return Decision(AUTO, updated)
    return Decision(FUZZY, seed_translation)


def same_but_width_or_spacing(old: str, new: str) -> bool:
    """０１２０ and 0120, ＡＰＩ and API, 午後 7時 and 午後7時 read the same."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", old)) == _SPACE.sub("", unicodedata.normalize("NFKC", new))


def auto_update(translation: str, changes: list[tuple[Entity, Entity]]) -> str | None:
    """The translation with each changed entity rewritten in the translator's own form, or None.

    Declined (None) unless every old entity is shown exactly once in the
    translation, in a form kokuchi reads (language/english.py) and can write
    the new value in: 9:00 AM → 9:00 PM, never 21:00 AM; Wednesday, February 14
    → Thursday, February 15 (the weekday the source now names); "the 6th" →
    "the 7th"; "1 item" → "2 items" and the verb with it ("There is" → "There
    are"). Declined too when a duration's relation changed (3日以内 → 5日後:
    "within 3 days" is no "5 days later"), when the kind changed, or when the
    sentence cannot be made to agree with the new number.
    """
    from kokuchi.language.english import read as read_english
    from kokuchi.language.english import replacement

    mentions = [mention for mention in read_english(translation) if mention.value is not None]
    if len(mentions) != sum(1 for _ in read_english(translation)):
        return None  # the translation already holds an impossible time: a human must look
    edits: dict[tuple[int, int], str] = {}
    for old, new in changes:
        if old.kind != new.kind or old.relation != new.relation or (old.weekday is None) != (new.weekday is None):
            return None
        old_keys = keys(old)
        hits = [mention for mention in mentions if mention.keys & old_keys]
        if len(hits) != 1:
            return None
        mention = hits[0]
        made = replacement(mention, translation, old, new)
        if made is None:
            return None
        if mention.kind == "number":
            agreement = _agreement(translation, mention, old, new)
            if agreement is None:
                return None
            made = made + agreement
        for start, end, text in made:
            if edits.get((start, end), text) != text:
                return None
            edits[(start, end)] = text
    spans = sorted(edits)
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:], strict=False)):
        return None
    result = translation
    for start, end in reversed(spans):
        result = result[:start] + edits[(start, end)] + result[end:]
    return result


# Words whose plural is the singular (2 yen), or that a count never governs (3 of them).
_INVARIANT = frozenset({"yen", "percent", "sen", "per", "series", "of", "or", "and", "to", "more", "less", "times"})
_VERBS = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has"}


def _agreement(translation: str, mention, old: Entity, new: Entity) -> list[tuple[int, int, str]] | None:
    """Edits that make the words around a rewritten count agree with it (1 voucher / 2 vouchers), or None."""
    before, after = old.value[0], new.value[0]
    if (before == 1) == (after == 1):
        return []
    if mention.text[-1:].isalpha() or mention.text.endswith("%"):
        return []  # a unit written with the number (23 kg, 3 GB): no noun to agree
    following = re.match(r"([ \u00a0]+)([A-Za-z]+)\b", translation[mention.end :])
    if following is None:
        return []  # nothing counted after the number (a total, a price)
    noun = following.group(2)
    if noun.lower() in _INVARIANT:
        return [] if noun.lower() not in ("of", "or", "and", "to", "more", "less") else None
    import inflect

    engine = inflect.engine()
    if after == 1:
        singular = engine.singular_noun(noun)
        if not singular or engine.plural_noun(singular) != noun:
            return None
        written = singular
    else:
        if engine.singular_noun(noun):
            return None  # already plural: not the count's noun
        plural = engine.plural_noun(noun)
        if not plural or engine.singular_noun(plural) != noun:
            return None
        written = plural
    noun_start = mention.end + following.start(2)
    noun_end = mention.end + following.end(2)
    edits = [(noun_start, noun_end, written)]
    tail = re.match(r"((?:\s+[A-Za-z]+){0,4}?)\s+(is|are|was|were|has|have)\b", translation[noun_end:])
    if tail and not re.search(r"[.,;:!?]", tail.group(0)):
        start = noun_end + tail.start(2)
        edits.append((start, start + len(tail.group(2)), _VERBS[tail.group(2)]))
    head = re.search(r"\b([Tt]here)\s+(is|are|was|were)\s+(?:\w+\s+){0,2}$", translation[: mention.start])
    if head:
        edits.append((head.start(2), head.end(2), _VERBS[head.group(2)]))
    return edits


def _entity_findings(source: str, translation: str) -> int:
    return sum(1 for finding in check_unit(source, translation, _NO_GLOSSARY) if finding.check in ("entity", "time"))


def _still_consistent(seed_source: str, seed_translation: str, source: str, updated: str) -> bool:
    """The rewritten translation is no less consistent with its source than the old one was."""
    return _entity_findings(source, updated) <= _entity_findings(seed_source, seed_translation)
