"""Translation catalogs: extract, init, merge (update), status, review, compile.

Pure functions over polib catalogs (through po.py); the file handling is in
commands/catalog.py. The merge rules, in order, for each message of the template:

1. the same (msgctxt, msgid) exists: it keeps its translation, flags and
   comments (an obsolete entry comes back);
2. else the most similar translated message of the same role (msgctxt) is
   found (matcher.FuzzyIndex); then
   what becomes of the old translation is suggest.decide's call:
   - a meaning flip (必要 → 不要, 再開 → 停止, ...): not offered; the entry
     stays untranslated, flagged ``kokuchi-flip``, with the flip, the previous
     source and the previous translation in comments;
   - only the width or spacing changed (０１２０ → 0120): the translation is
     kept, flagged ``kokuchi-auto`` for a glance;
   - only entities changed (a date, time, duration, number, ID) and the
     translation writes each once in a form kokuchi reads: rewritten in that
     form and flagged ``kokuchi-auto``;
   - otherwise the old translation is a ``fuzzy`` suggestion;
   all keep the previous source as ``#| msgid`` and say the source change
   in a comment, ``# source change: 午後[-7-]{+5+}時``;
3. else the message is new and untranslated.

Messages the template no longer has become obsolete (``#~``), never dropped,
unless asked to prune.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from . import po
from .language.flips import FlipPairs, find_flip
from .matcher import DEFAULT_SIMILARITY, RELATED_SIMILARITY, FuzzyIndex
from .model import Notice, Revision
from .textdiff import DELETE, ELIDED, INSERT, diff, elide
from .translate import AUTO_FLAG, FLIP_FLAG, lookup, unit_state  # noqa: F401 (lookup: re-exported)
from .units import Unit, unique_units, units

# Translator comments that kokuchi writes; it replaces them on every update.
OWN_COMMENTS = ("source change: ", "meaning flip: ", "previous source: ", "previous translation: ",
                "only the width or spacing")


def _header(creation: str) -> dict[str, str]:
    return {
        "Project-Id-Version": "kokuchi notices",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": creation,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Generated-By": "kokuchi",
    }


def notice_units(notices: Iterable[Notice]) -> list[Unit]:
    return [unit for notice in notices for revision in notice.revisions for unit in units(revision)]


def extract(notices: list[Notice]) -> po.POFile:
    """The template of every unit of every revision of every notice.

    Deterministic: messages in order of first appearance (notices by id,
    revisions in order), and the creation date is the latest publication, so
    extracting twice from the same notices gives the same bytes.
    """
    template = po.new_catalog()
    template.header = "Translatable texts of the notices, extracted by kokuchi."
    latest = max((r.published for n in notices for r in n.revisions), default=None)
    template.metadata = _header(latest.strftime("%Y-%m-%d %H:%M%z") if latest else "")
    entries: dict[tuple[str, str], po.POEntry] = {}
    for unit in notice_units(sorted(notices, key=lambda n: n.id)):
        entry = entries.get(unit.key)
        if entry is None:
            entry = entries[unit.key] = po.POEntry(msgctxt=unit.role, msgid=unit.text, msgstr="", occurrences=[], comment="")
            template.append(entry)
        occurrence = (unit.file, str(unit.line))
        if occurrence not in entry.occurrences:
            entry.occurrences.append(occurrence)
        comments = entry.comment.split("\n") if entry.comment else []
        if unit.comment not in comments:
            entry.comment = "\n".join(comments + [unit.comment])
    return template


def init(template: po.POFile, lang: str) -> po.POFile:
    catalog = po.new_catalog()
    catalog.header = f"Translations of the notices into {lang}."
    creation = template.metadata.get("POT-Creation-Date", "")
    catalog.metadata = {
        **_header(creation),
        "PO-Revision-Date": creation,
        "Last-Translator": "",
        "Language-Team": lang,
        "Language": lang,
        "Plural-Forms": po.plural_forms(lang),
    }
    for entry in template:
        catalog.append(po.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr="",
                                  occurrences=list(entry.occurrences), comment=entry.comment))
    return catalog


def source_change(old: str, new: str, context: int = 8) -> str:
    """A compact one-line diff of two sources: 午後[-7-]{+5+}時."""
    marks = {DELETE: ("[-", "-]"), INSERT: ("{+", "+}")}
    out = []
    for op, text in elide(diff(old, new), context):
        before, after = marks.get(op, ("", ""))
        out.append(f"{before}{'…' if op == ELIDED else text}{after}")
    return "".join(out).replace("\n", "⏎")


def _own_comments_removed(tcomment: str) -> list[str]:
    return [line for line in (tcomment or "").split("\n") if line and not line.startswith(OWN_COMMENTS)]


@dataclass
class MergeStats:
    kept: int = 0
    fuzzy: int = 0
    auto: int = 0
    flips: int = 0
    new: int = 0
    obsolete: int = 0
    pruned: int = 0

    def summary(self) -> str:
        return (f"{self.kept} kept, {self.fuzzy} fuzzy, {self.auto} auto-updated, {self.flips} meaning flips, "
                f"{self.new} new, {self.obsolete} obsolete" + (f", {self.pruned} pruned" if self.pruned else ""))


def _copy(entry: po.POEntry, **changes) -> po.POEntry:
    values = dict(
        msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr=entry.msgstr, msgid_plural=entry.msgid_plural,
        msgstr_plural=dict(entry.msgstr_plural), occurrences=list(entry.occurrences), comment=entry.comment,
        tcomment=entry.tcomment, flags=list(entry.flags), previous_msgctxt=entry.previous_msgctxt,
        previous_msgid=entry.previous_msgid, previous_msgid_plural=entry.previous_msgid_plural,
        obsolete=entry.obsolete,
    )
    values.update(changes)
    return po.POEntry(**values)


def _usable(entry: po.POEntry) -> bool:
    """A translation fit to seed a suggestion: translated, reviewed, in use or obsolete."""
    return bool(entry.msgstr) and "fuzzy" not in entry.flags and FLIP_FLAG not in entry.flags


def merge(template: po.POFile, catalog: po.POFile, pairs: FlipPairs, *, similarity: float | None = None,
          prune_obsolete: bool = False) -> tuple[po.POFile, MergeStats]:
    """Bring *catalog* in step with *template*; no translation is ever lost.

    *similarity* (0-100, default matcher.DEFAULT_SIMILARITY) is how close an old
    message must be to seed a suggestion.
    """
    similarity = DEFAULT_SIMILARITY if similarity is None else similarity
    stats = MergeStats()
    result = po.new_catalog()
    result.header = catalog.header
    result.metadata = dict(catalog.metadata)
    old = {(e.msgctxt, e.msgid): e for e in catalog}
    seeds: dict[str | None, list[str]] = {}
    for entry in catalog:
        if _usable(entry):
            seeds.setdefault(entry.msgctxt, []).append(entry.msgid)
    indexes: dict[str | None, FuzzyIndex] = {}
    wanted = set()
    for entry in template:
        key = (entry.msgctxt, entry.msgid)
        wanted.add(key)
        previous = old.get(key)
        if previous is not None:
            kept = _copy(previous, occurrences=list(entry.occurrences), comment=entry.comment, obsolete=False)
            if unit_state(kept) == "translated":
                # Reviewed: kokuchi's notes about the source change have served.
                kept.tcomment = "\n".join(_own_comments_removed(kept.tcomment))
            result.append(kept)
            stats.kept += 1
            continue
        new = po.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr="", occurrences=list(entry.occurrences),
                         comment=entry.comment)
        role = entry.msgctxt
        if role in seeds and role not in indexes:
            indexes[role] = FuzzyIndex(seeds[role], min(similarity, RELATED_SIMILARITY))
        best = indexes[role].best(entry.msgid) if role in indexes else None
        seed = old[(role, best[0])] if best else None
        if seed is not None and best[1] < similarity and not find_flip(seed.msgid, new.msgid, pairs):
            seed = None  # related, but not enough to suggest; only a flip is worth saying
        if seed is None:
            stats.new += 1
        else:
            _suggest(new, seed, pairs, stats)
        result.append(new)
    for entry in catalog:
        if (entry.msgctxt, entry.msgid) in wanted:
            continue
        if prune_obsolete or not (entry.msgstr or entry.tcomment):
            stats.pruned += 1 if prune_obsolete else 0
            continue
        result.append(_copy(entry, obsolete=True, occurrences=[]))
        stats.obsolete += 1
    return result, stats


def _suggest(new: po.POEntry, seed: po.POEntry, pairs: FlipPairs, stats: MergeStats) -> None:
    """Apply suggest.decide's call on *seed*'s translation to the *new* entry."""
    from .suggest import AUTO, FLIP, KEPT, decide

    new.previous_msgctxt = None
    new.previous_msgid = seed.msgid
    comments = [f"source change: {source_change(seed.msgid, new.msgid)}"]
    decision = decide(seed.msgid, seed.msgstr, new.msgid, pairs)
    if decision.kind == FLIP:
        new.flags = [FLIP_FLAG]
        new.tcomment = "\n".join([
            f"meaning flip: {decision.flip.old} ⇄ {decision.flip.new}; the previous translation says the opposite, so it is not reused",
            f"previous source: {seed.msgid}",
            f"previous translation: {seed.msgstr}",
            *comments,
        ])
        stats.flips += 1
        return
    new.msgstr = decision.translation
    if decision.kind == KEPT:
        comments.append("only the width or spacing of characters changed: the translation is kept")
    new.tcomment = "\n".join(comments)
    if decision.kind in (AUTO, KEPT):
        new.flags = [AUTO_FLAG]
        stats.auto += 1
    else:
        new.flags = ["fuzzy"]
        stats.fuzzy += 1


@dataclass
class Counts:
    translated: int = 0
    fuzzy: int = 0
    auto: int = 0
    flips: int = 0
    untranslated: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.auto + self.flips + self.untranslated


def revision_counts(revision: Revision, entries: dict[tuple[str | None, str], po.POEntry]) -> Counts:
    counts = Counts()
    attribute = {"translated": "translated", "fuzzy": "fuzzy", "auto": "auto", "flip": "flips", "untranslated": "untranslated"}
    for unit in units(revision):
        name = attribute[unit_state(entries.get(unit.key))]
        setattr(counts, name, getattr(counts, name) + 1)
    return counts


@dataclass(frozen=True)
class ReviewItem:
    state: str  # untranslated, fuzzy, auto, flip
    unit: Unit
    previous: str | None  # the previous source, when there is one
    translation: str
    comments: tuple[str, ...] = field(default=())


def review_items(revisions: Iterable[Revision], entries: dict[tuple[str | None, str], po.POEntry]) -> list[ReviewItem]:
    """Every unit of the revisions that needs a translator, once per message."""
    items: list[ReviewItem] = []
    for unit in unique_units(revisions):
        entry = entries.get(unit.key)
        state = unit_state(entry)
        if state == "translated":
            continue
        items.append(ReviewItem(
            state=state,
            unit=unit,
            previous=entry.previous_msgid if entry is not None else None,
            translation=entry.msgstr if entry is not None else "",
            comments=tuple(line for line in (entry.tcomment or "").split("\n") if line.startswith(("meaning flip: ",))) if entry is not None else (),
        ))
    return items
