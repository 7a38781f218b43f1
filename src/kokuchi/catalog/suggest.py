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
   the old translation is a suggestion to revise;
5. **change**: anything else (a content word substituted, removed or added
   with a limit, a negation, tense or modality altered): like a flip, the old
   translation is not offered; the entry stays untranslated, with the previous
   source and translation in comments.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.language.entities import (
    Entity,
    english_forms,
    english_times,
    entity_only_change,
    rewrite_time,
    skeleton,
)
from kokuchi.language.evidence import CHANGE as _CHANGED
from kokuchi.language.evidence import NOTATION, compare
from kokuchi.language.flips import Flip, FlipPairs, find_flip, is_typo

FLIP, KEPT, AUTO, FUZZY, CHANGE = "flip", "kept", "auto", "fuzzy", "change"
FLIP_KINDS = (FLIP, CHANGE)  # the old translation is not offered
_NO_GLOSSARY = Glossary({}, ())
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Decision:
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


def decide(seed_source: str, seed_translation: str, source: str, pairs: FlipPairs | None = None) -> Decision:
    """The fate of *seed_translation* now that *seed_source* reads *source* (see the module's docstring)."""
    flip = find_flip(seed_source, source, pairs)
    if flip is not None:
        return Decision(FLIP, "", flip, flip_note(flip))
    if same_but_width_or_spacing(seed_source, source):
        return Decision(KEPT, seed_translation, note=WIDTH_NOTE)
    changes = entity_only_change(seed_source, source)
    if changes:
        updated = auto_update(seed_translation, changes)
        if updated is not None and _still_consistent(seed_source, seed_translation, source, updated):
            return Decision(AUTO, updated)
        return Decision(FUZZY, seed_translation)  # the values are the translator's to write
    if is_typo(seed_source, source):
        return Decision(FUZZY, seed_translation)
    verdict = compare(seed_source, source)
    if verdict.kind == _CHANGED and _same_values_written_otherwise(seed_source, source):
        return Decision(FUZZY, seed_translation)
    if verdict.kind == _CHANGED:
        flip = Flip(verdict.old, verdict.new, "polarity" if verdict.polarity else "change")
        return Decision(FLIP if verdict.polarity else CHANGE, "", flip, flip_note(flip))
    if verdict.kind == NOTATION:
        return Decision(KEPT, seed_translation, note=NOTATION_NOTE)
    return Decision(FUZZY, seed_translation)


def _same_values_written_otherwise(old: str, new: str) -> bool:
    """午前0時01分 → 0:01: the same entities with the same values, the rest unchanged."""
    old_skeleton, old_entities = skeleton(old)
    new_skeleton, new_entities = skeleton(new)
    if old_skeleton != new_skeleton or [e.value for e in old_entities] != [e.value for e in new_entities]:
        return False
    # A value that does not carry its relation (3日以内, 3日後) is no proof that nothing changed.
    return all(_relations(a.text) == _relations(b.text) for a, b in zip(old_entities, new_entities, strict=True))


def _relations(text: str) -> list[str]:
    text = text.replace("午前", "").replace("午後", "")  # the half of the day, not "before" and "after"
    return [relation for relation in _RELATIONS if relation in text]


_RELATIONS = ("以内", "以上", "以下", "未満", "以降", "以前", "以後", "後", "前", "間", "頃", "まで", "から", "より")


def same_but_width_or_spacing(old: str, new: str) -> bool:
    """０１２０ and 0120, ＡＰＩ and API, 午後 7時 and 午後7時 read the same."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", old)) == _SPACE.sub("", unicodedata.normalize("NFKC", new))


def _boundary(form: str) -> re.Pattern:
    return re.compile(rf"(?<![0-9A-Za-z]){re.escape(form)}(?![0-9A-Za-z])")


def _rewrite_time(translation: str, old: Entity, new: Entity) -> str | None:
    mentions = english_times(translation)
    if any(mention.value is None for mention in mentions):
        return None  # the translation already has an impossible time: a human must look
    hits = [mention for mention in mentions if mention.value == old.value]
    if len(hits) != 1:
        return None
    rewritten = rewrite_time(hits[0], new.value)
    if rewritten is None:
        return None
    return translation[: hits[0].start] + rewritten + translation[hits[0].end :]


def _rewrite_forms(translation: str, old: Entity, new: Entity) -> str | None:
    old_forms, new_forms = english_forms(old), english_forms(new)
    if not any(old_forms) or len(old_forms) != len(new_forms):
        return None
    hits: list[tuple[int, int, int]] = []  # (start, end, form index), one per place in the text
    for index, form in sorted(enumerate(old_forms), key=lambda pair: -len(pair[1] or "")):
        if not form:
            continue
        for variant in dict.fromkeys((form, form.replace("\u202f", " "))):
            for match in _boundary(variant).finditer(translation):
                if not any(s < match.end() and match.start() < e for s, e, _ in hits):
                    hits.append((match.start(), match.end(), index))
    if len(hits) != 1:
        return None
    start, end, index = hits[0]
    replacement = new_forms[index]
    if not replacement:
        return None  # the translator's form has no way to write the new value (eleven → 13)
    if "\u202f" not in translation[start:end]:
        replacement = replacement.replace("\u202f", " ")
    return translation[:start] + replacement + translation[end:]


def auto_update(translation: str, changes: list[tuple[Entity, Entity]]) -> str | None:
    """The translation with each changed entity rewritten in the same form, or None.

    Refused (None) unless every old entity appears exactly once in the
    translation, in a form kokuchi reads and can write the new value in.
    A clock time is matched with its AM/PM (9:00 AM before 9:00).
    """
    result = translation
    for old, new in changes:
        if old.kind != new.kind:
            return None
        rewrite = _rewrite_time if old.kind == "time" else _rewrite_forms
        rewritten = rewrite(result, old, new)
        if rewritten is None:
            return None
        result = rewritten
    return result


def _entity_findings(source: str, translation: str) -> int:
    return sum(1 for finding in check_unit(source, translation, _NO_GLOSSARY) if finding.check in ("entity", "time"))


def _still_consistent(seed_source: str, seed_translation: str, source: str, updated: str) -> bool:
    """The rewritten translation is no less consistent with its source than the old one was."""
    return _entity_findings(source, updated) <= _entity_findings(seed_source, seed_translation)
