"""Catalog merge (update): translations carried from a catalog to a new template.

Pure functions over catalogs (po.py); extraction is in extract.py, progress in
progress.py, the file handling in commands/catalog.py. The merge is msgmerge's (plurals, the template's format
flags, duplicates refused, header fields; docs/catalogs.md lists the
deliberate differences). Its rules, in order, for each message of the template:

1. the same (msgctxt, msgid) exists: it keeps its translation, flags and
   comments (an obsolete entry comes back);
2. else the same message translated in a compendium is taken, marked
   ``# compendium: FILE``;
3. else the most similar translated message of the same role (msgctxt), in
   the catalog or a compendium, is found (matcher.FuzzyIndex); then
   what becomes of the old translation is suggest.decide's call:
   - a meaning flip (必要 → 不要, 再開 → 停止, ...), or a change kokuchi cannot
     show keeps the meaning (a content word substituted: 入金 → 出金): not
     offered; the entry stays untranslated, flagged ``kokuchi-flip``, with the
     flip or change, the previous source and the previous translation in comments;
   - only the width or spacing changed (０１２０ → 0120), or the spelling of
     the same words (下さい → ください): the translation is kept, flagged
     ``kokuchi-auto`` for a glance;
   - only entities changed (a date, time, duration, number, ID) and the
     translation writes each once in a form kokuchi reads: rewritten in that
     form and flagged ``kokuchi-auto``;
   - otherwise the old translation is a ``fuzzy`` suggestion;
   all keep the previous source as ``#| msgid`` and say the source change
   in a comment, ``# source change: 午後[-7時-]{+5時+}``;
4. else the message is new and untranslated, unless (Japanese) a second look,
   once every message was searched, finds a short one an edit of an old message
   left over, neither in the template nor shown as another's previous source
   (matcher.FuzzyIndex.leftover_edits: a synonym swapped): then rule 3 applies.

Messages the template no longer has become obsolete (``#~``), never dropped,
unless asked to prune.

Rule 3's guards are about Japanese: they apply when the source language is
Japanese (source_is_japanese). Any other catalog (others' projects, merged
with ``catalog merge``) is merged as GNU msgmerge merges it by default: the
most similar translated message of the same msgctxt at msgmerge's threshold
(rapidfuzz's ratio, the measure of msgmerge's fstrcmp, at 60) is offered as
``fuzzy``, whatever changed (a width-only change too), without kokuchi's
comments, and the old message it came from is used, not obsolete.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal, Protocol

from kokuchi.catalog import formats, po
from kokuchi.catalog.entries import AUTO_FLAG, FLIP_FLAG, unit_state
from kokuchi.core.errors import KokuchiError
from kokuchi.core.vocabulary import UnitState

# The matcher (rapidfuzz, and numpy for a large catalog), the diff and the flip guard load
# when a merge first needs them: a merge of unchanged messages needs none of them.
if TYPE_CHECKING:
    from kokuchi.catalog.suggest import Decision
    from kokuchi.language.flips import Flip, FlipPairs


@dataclass(frozen=True)
class MergeOptions:
    """How a merge goes: GNU msgmerge's options, shared by ``kokuchi catalog merge`` and ``update``,
    their commands and the Python API (``kokuchi.merge``).

    *similarity* (0-100; None: matcher.DEFAULT_SIMILARITY for a Japanese source,
    MSGMERGE_SIMILARITY otherwise) is how close an old message must be to seed a
    suggestion. *prune_obsolete* drops what the template no longer has
    (--prune-obsolete). *sort* is None (the template's order), "output" (by
    msgid, --sort-output) or "file" (by location, --sort-by-file). *for_msgfmt*
    keeps only what msgfmt compiles (--for-msgfmt). Without *fuzzy*, only exact
    matches (--no-fuzzy-matching). *locations* "file" keeps only file names,
    "never" none (--add-location). With *multi_domain*, the template applies to
    every domain of the catalog (--multi-domain). *japanese*: whether kokuchi's
    Japanese guards apply (None: source_is_japanese decides).
    """

    similarity: float | None = None
    prune_obsolete: bool = False
    sort: Literal["output", "file"] | None = None
    for_msgfmt: bool = False
    fuzzy: bool = True
    locations: Literal["full", "file", "never"] = "full"
    multi_domain: bool = False
    japanese: bool | None = None

    def __post_init__(self) -> None:
        if self.similarity is not None and not 0 <= self.similarity <= 100:
            raise ValueError(f"similarity must be from 0 to 100, not {self.similarity}")
        if self.sort not in (None, "output", "file"):
            raise ValueError(f"sort must be None, 'output' or 'file', not {self.sort!r}")
        if self.locations not in ("full", "file", "never"):
            raise ValueError(f"locations must be 'full', 'file' or 'never', not {self.locations!r}")


def source_change(old: str, new: str, context: int = 8) -> str:
    """A compact one-line diff of two sources: 午後[-7時-]{+5時+}."""
    from kokuchi.diff.textdiff import DELETE, ELIDED, INSERT, diff, elide

    marks = {DELETE: ("[-", "-]"), INSERT: ("{+", "+}")}
    out = []
    for op, text in elide(diff(old, new), context):
        before, after = marks.get(op, ("", ""))
        out.append(f"{before}{'…' if op == ELIDED else text}{after}")
    return "".join(out).replace("\n", "⏎")


# kokuchi's own comments, whole: a translator's comment that merely begins the
# same way ("source change: asked the author") is the translator's, and stays.
@cache
def _own_line() -> re.Pattern[str]:
    return re.compile(
        r"source change: .*(?:\[-.*-\]|\{\+.*\+\}).*"
        r"|meaning flip: .+ ⇄ .+; the previous translation says the opposite, so it is not reused"
        r"|meaning change: .* → .*; kokuchi cannot show that the meaning is kept,"
        r" so the previous translation is not reused"
        r"|only the width or spacing of characters changed: the translation is kept"
        r"|only the spelling of the same words changed: the translation is kept"
    )


@cache
def _flip_notes() -> re.Pattern[str]:
    return re.compile(r"previous (?:source|translation): .*")


def _own_comments_removed(tcomment: str) -> list[str]:
    if not tcomment:
        return []
    lines = [line for line in tcomment.split("\n") if line]
    flip = any(
        line.startswith(("meaning flip: ", "meaning change: ")) and _own_line().fullmatch(line) for line in lines
    )
    return [line for line in lines if not _own_line().fullmatch(line) and not (flip and _flip_notes().fullmatch(line))]


@dataclass
class MergeStats:
    """How many of the template's messages a merge kept, made fuzzy, auto-updated, found flipped or
    new, and how many old ones it made obsolete or pruned."""

    kept: int = 0
    fuzzy: int = 0
    auto: int = 0
    flips: int = 0
    new: int = 0
    obsolete: int = 0
    pruned: int = 0
    compendium: int = 0  # of the above, filled from a compendium

    def summary(self) -> str:
        return (
            f"{self.kept} kept, {self.fuzzy} fuzzy, {self.auto} auto-updated, {self.flips} meaning flips, "
            f"{self.new} new, {self.obsolete} obsolete"
            + (f", {self.pruned} pruned" if self.pruned else "")
            + (f", {self.compendium} from compendia" if self.compendium else "")
        )


@dataclass(frozen=True)
class Compendium:
    """A catalog of earlier translations (translation memory), and the name the
    translator sees on what it offered."""

    catalog: po.POFile
    name: str


COMPENDIUM_NOTE = "compendium: "  # the translator comment on what a compendium offered


# Flags that belong to the message, so the template's win: what kind of format
# string it is (c-format, no-python-format, kde-format, ...), a plural range,
# wrapping, and gettext's syntax checks (no-bullet-unicode-check, ...).
@cache
def _semantic_flag() -> re.Pattern[str]:
    return re.compile(r"(?:no-)?[\w+-]+-format|range:.*|(?:no-)?wrap|(?:no-)?[\w-]+-check")


def _semantic(flags: list[str]) -> list[str]:
    return [flag for flag in flags if _semantic_flag().fullmatch(flag)]


def _range(flags: list[str]) -> tuple[int, int] | None:
    for flag in flags:
        if flag.startswith("range:"):
            low, _, high = flag[6:].strip().partition("..")
            if low.strip().isdigit() and high.strip().isdigit():
                return int(low), int(high)
    return None


def _needs_review(template_entry: po.POEntry, previous: po.POEntry, translated: po.POEntry) -> bool:
    """Whether the template's flags ask more of a translation than it was checked
    against: a format kind it did not have (and the translation does not pass
    that format's check), or a plural range reaching values the old one did not."""
    if not (template_entry.flags or previous.flags):
        return False  # no format, no range: nothing asked of the translation
    old = set(_semantic(previous.flags))
    kinds = {flag for flag in old if flag.endswith("-format") and not flag.startswith("no-")}
    for flag in _semantic(template_entry.flags):
        if flag.endswith("-format") and not flag.startswith("no-") and flag not in old:
            if kinds:
                return True  # translated as another kind of format string
            strings = list(translated.msgstr_plural.values()) if translated.msgid_plural else [translated.msgstr]
            if not formats.agrees(flag, translated.msgid, translated.msgid_plural, [s for s in strings if s]):
                return True
    new_range, old_range = _range(template_entry.flags), _range(previous.flags)
    # A range that grew (or went) reaches numbers the plural forms were never written for.
    return bool(old_range and not (new_range and old_range[0] <= new_range[0] and new_range[1] <= old_range[1]))


def _other(flags: list[str]) -> list[str]:
    """Flags the catalog owns: fuzzy, kokuchi's, and any a translator's tool added."""
    return [flag for flag in flags if not _semantic_flag().fullmatch(flag)]


def _copy(entry: po.POEntry, **changes: object) -> po.POEntry:
    values: dict[str, object] = dict(
        msgctxt=entry.msgctxt,
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        msgid_plural=entry.msgid_plural,
        msgstr_plural=dict(entry.msgstr_plural),
        occurrences=list(entry.occurrences),
        comment=entry.comment,
        tcomment=entry.tcomment,
        flags=list(entry.flags),
        previous_msgctxt=entry.previous_msgctxt,
        previous_msgid=entry.previous_msgid,
        previous_msgid_plural=entry.previous_msgid_plural,
        obsolete=entry.obsolete,
        domain=entry.domain,
        linenum=entry.linenum,
    )
    values.update(changes)
    return po.POEntry(**values)  # type: ignore[arg-type]


def _usable(entry: po.POEntry) -> bool:
    """A translation fit to seed a suggestion: translated, reviewed, in use or obsolete."""
    return entry.translated() and "fuzzy" not in entry.flags and FLIP_FLAG not in entry.flags


def _plural_count(catalog: po.POFile) -> int:
    return po.nplurals(catalog) or 2


def _reshape(entry: po.POEntry, source: po.POEntry, count: int) -> bool:
    """Give *entry* (shaped like the template) *source*'s translation.

    Returns whether the shapes differ (singular and plural, or a changed
    msgid_plural): then the translation needs review, as msgmerge says.
    """
    if entry.msgid_plural:
        if source.msgid_plural:
            entry.msgstr_plural = dict(source.msgstr_plural)
        else:
            entry.msgstr_plural = {i: source.msgstr for i in range(count)}
        entry.msgstr = ""
        return source.msgid_plural != entry.msgid_plural
    entry.msgstr = source.msgstr_plural.get(0, "") if source.msgid_plural else source.msgstr
    entry.msgstr_plural = {}
    return bool(source.msgid_plural)


def _fresh(entry: po.POEntry, count: int) -> po.POEntry:
    """The template's message: its flags, comments, locations, and its
    translation if it has one (a template may come with some)."""
    return po.POEntry(
        msgctxt=entry.msgctxt,
        msgid=entry.msgid,
        msgid_plural=entry.msgid_plural,
        msgstr="" if entry.msgid_plural else entry.msgstr,
        msgstr_plural=(
            dict(entry.msgstr_plural) if any(entry.msgstr_plural.values()) else {i: "" for i in range(count)}
        )
        if entry.msgid_plural
        else {},
        occurrences=list(entry.occurrences),
        comment=entry.comment,
        tcomment=entry.tcomment,
        flags=_semantic(entry.flags),
        domain=entry.domain,
        linenum=entry.linenum,
    )


def _with_flags(first: list[str], semantic: list[str], other: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *semantic, *other]))


# Header fields that describe the template, so they follow it.
_TEMPLATE_FIELDS = ("Report-Msgid-Bugs-To", "POT-Creation-Date")


# The order msgmerge writes header fields in; others follow, in their order.
def _merged_header(template: po.POFile, catalog: po.POFile, result: po.POFile) -> None:
    result.has_header = catalog.has_header or bool(catalog.metadata)
    result.header = catalog.header
    result.header_comment = catalog.header_comment
    result.header_flags = list(catalog.header_flags)
    result.domain_headers = dict(catalog.domain_headers)
    if not result.has_header:
        return
    fields = dict(catalog.metadata)
    for name in _TEMPLATE_FIELDS:
        if name in template.metadata:
            fields[name] = template.metadata[name]
    if "Language" not in fields and "Language-Team" in fields:
        fields["Language"] = po.team_language(fields["Language-Team"]) or ""
    known = [name for name in po.HEADER_FIELD_ORDER if name in fields]
    others = [name for name in fields if name not in po.HEADER_FIELD_ORDER]
    result.metadata = {name: fields[name] for name in [*known, *others]}


def _check_template_charset(template: po.POFile) -> None:
    """A template's non-ASCII messages must be UTF-8, as gettext 0.23 requires:
    in a legacy charset they cannot be matched against catalogs in any other."""
    if po.codec(template.charset) in (None, "utf-8"):
        return
    for entry in template:
        if not (entry.msgid + (entry.msgctxt or "") + entry.msgid_plural).isascii():
            raise KokuchiError(
                f"{template.name}:{entry.linenum}: a template with non-ASCII messages must be UTF-8, "
                f"not {template.charset}"
            )


def _charset(template: po.POFile, catalog: po.POFile, result: po.POFile) -> None:
    """Keep the catalog's charset, unless the template names another one (ASCII
    is in every charset) or the catalog's cannot hold every character: then
    UTF-8, as msgmerge does."""
    ours, theirs = po.codec(catalog.charset), po.codec(template.charset)
    if ours in (None, "utf-8"):
        return
    if theirs not in (None, "ascii", ours) or not po.encodable(result, catalog.charset):
        result.set_charset("UTF-8")


SOURCE_LANGUAGE_FIELD = "X-Source-Language"
# Content characters (matcher.content_changed) a related message may differ in for the guard to be asked
# whether it keeps the meaning: on the safety corpora, every edit it showed the same changed 6 at most.
PROOF_CONTENT_CHANGED = 8
MSGMERGE_SIMILARITY = 60.0  # GNU msgmerge's FUZZY_THRESHOLD (0.6 of fstrcmp, which is rapidfuzz's ratio)
# Kana (hiragana, katakana, half-width katakana): a set, not a pattern compiled at every start.
_KANA = frozenset(
    chr(point)
    for low, high in ((0x3041, 0x3096), (0x309D, 0x309D), (0x309F, 0x309F), (0x30A1, 0x30FA), (0x30FD, 0x30FD))
    + ((0x30FF, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9D))
    for point in range(low, high + 1)
)


def source_is_japanese(template: po.POFile, catalog: po.POFile) -> bool:
    """Whether the messages are Japanese, so that kokuchi's Japanese guards apply.

    The header field ``X-Source-Language`` of the template, else of the catalog,
    says so when present (``ja``, ``ja-JP``: Japanese; any other: not). Without
    it, the messages' script does: Japanese when a msgid of the template holds
    kana (Chinese, which shares the kanji, has none). Either way a wrong answer
    errs on the safe side for a foreign catalog: msgmerge's rules make every
    carried-over translation fuzzy.
    """
    for header in (template.metadata, catalog.metadata):
        declared = (header.get(SOURCE_LANGUAGE_FIELD) or "").strip()
        if declared:
            return declared.lower().replace("_", "-").split("-")[0] == "ja"
    return any(not _KANA.isdisjoint(entry.msgid) for entry in template if not entry.obsolete)


class _Once:
    """The flip pairs, loaded (when given as a function) the first time a guard asks for them."""

    def __init__(self, pairs: FlipPairs | Callable[[], FlipPairs] | None):
        self.pairs = pairs

    def __call__(self) -> FlipPairs | None:
        if callable(self.pairs):
            self.pairs = self.pairs()
        return self.pairs


class _Index(Protocol):
    def best(self, text: str) -> tuple[str, float] | None: ...

    def closest(self, text: str) -> tuple[str, float] | None: ...

    def nearby(self, text: str) -> list[tuple[str, float]]: ...

    def prefetch(self, texts: list[str]) -> None: ...


class _MsgmergeIndex:
    """msgmerge's fuzzy match: the most similar old message at its threshold, as written
    (no folding, no content test). A catalog of up to SMALL messages is scored whole, as
    msgmerge scores it; a larger one through the matcher's candidates (bounded work)."""

    SMALL = 1000

    def __init__(self, texts: list[str], similarity: float):
        from kokuchi.catalog.matcher import FuzzyIndex

        self.texts, self.similarity = list(texts), similarity
        self.index = FuzzyIndex(self.texts, similarity) if len(self.texts) > self.SMALL else None

    def prefetch(self, texts: list[str]) -> None:
        if self.index is not None:
            self.index.prefetch(texts)

    def best(self, text: str) -> tuple[str, float] | None:
        from rapidfuzz import fuzz, process

        choices = self.texts if self.index is None else [self.texts[i] for i in self.index.candidates(text)]
        found = process.extractOne(text, choices, scorer=fuzz.ratio, score_cutoff=self.similarity)
        return (found[0], found[1]) if found else None

    closest = best  # msgmerge's match is by the ratio alone

    def nearby(self, text: str) -> list[tuple[str, float]]:
        found = self.best(text)
        return [found] if found else []


def _index(texts: list[str], similarity: float, japanese: bool) -> _Index:
    """The search for the old message a new one is an edit of (msgmerge's, for a foreign source)."""
    if not japanese:
        return _MsgmergeIndex(texts, similarity)
    from kokuchi.catalog.matcher import RELATED_SIMILARITY, FuzzyIndex

    return FuzzyIndex(texts, min(similarity, RELATED_SIMILARITY))


def merge(
    template: po.POFile,
    catalog: po.POFile,
    pairs: FlipPairs | Callable[[], FlipPairs] | None,
    options: MergeOptions | None = None,
    *,
    compendia: Iterable[Compendium] = (),
) -> tuple[po.POFile, MergeStats]:
    """Bring *catalog* in step with *template*; no translation is ever lost.

    *options*: MergeOptions (default: msgmerge's defaults, kokuchi's guards for a
    Japanese source). *compendia* are searched after the catalog, for exact and
    similar messages, under the same guards. A catalog or template with two
    definitions of one message is refused. For a Japanese source the merge
    applies kokuchi's guards with the meaning-flip *pairs* (None: only the
    built-in ones); otherwise it is msgmerge's (the module's docstring).
    *pairs* may be a function that loads them: called only when a guard first needs them.
    """
    options = options or MergeOptions()
    japanese = options.japanese
    if japanese is None:
        japanese = source_is_japanese(template, catalog)
    flip_pairs = _Once(pairs)
    similarity = options.similarity
    if similarity is None:
        from kokuchi.catalog.matcher import DEFAULT_SIMILARITY

        similarity = DEFAULT_SIMILARITY if japanese else MSGMERGE_SIMILARITY
    po.check_duplicates(catalog)
    if options.multi_domain:
        template = _for_each_domain(template, catalog)
    live_template = [entry for entry in template if not entry.obsolete]
    retired = {entry.key(): entry for entry in template if entry.obsolete}
    po.check_duplicates(template, obsolete=False)
    _check_template_charset(template)
    stats = MergeStats()
    result = po.new_catalog()
    result.name = catalog.name
    compendia = list(compendia)
    if not (catalog or catalog.has_header or catalog.metadata) and compendia:
        catalog = _header_only(compendia[0].catalog, catalog.name)  # a new catalog (/dev/null): msgmerge does this
    _merged_header(template, catalog, result)
    count = _plural_count(catalog)
    old = {entry.key(): entry for entry in catalog}
    origin, seeds = _sources(catalog, compendia)
    indexes: dict[tuple, _Index] = {}
    if options.fuzzy:
        # The messages neither kept nor in a compendium, each role's searched at once.
        searched: dict[tuple, list[str]] = {}
        for entry in live_template:
            if (key := entry.key()) not in old and key not in origin and (entry.domain, entry.msgctxt) in seeds:
                searched.setdefault((entry.domain, entry.msgctxt), []).append(entry.msgid)
        for role, texts in searched.items():
            indexes[role] = _index(seeds[role], similarity, japanese)
            indexes[role].prefetch(texts)
    wanted = set()
    used = set()  # msgmerge's rule: an old message that seeded a suggestion is used, not obsolete
    shown = set()  # the old messages shown as a new one's previous source (Japanese)
    left_over: dict[tuple, list[tuple[po.POEntry, po.POEntry]]] = {}  # new messages given none, by role
    for entry in live_template:
        key = entry.key()
        wanted.add(key)
        previous = old.get(key)
        found = origin.get(key)
        # Still blank here, translated in a compendium: the compendium's (as msgmerge).
        blank = previous is not None and not previous.translated() and not _other(previous.flags) and bool(found)
        if previous is not None and not blank:
            result.append(_kept(entry, previous, count))
            stats.kept += 1
            continue
        new = _fresh(entry, count)
        if blank and previous is not None:
            new.tcomment = _joined(new.tcomment, previous.tcomment)
        if found is not None:  # the same message in a compendium: its translation, as msgmerge takes it
            seed, name = found
            changed = _reshape(new, seed, count)
            new.flags = _with_flags(["fuzzy"] if changed else [], new.flags, [])
            new.tcomment = _joined(new.tcomment, f"{COMPENDIUM_NOTE}{name}")
            stats.compendium += 1
            stats.kept += 1
            result.append(new)
            continue
        role = (entry.domain, entry.msgctxt)
        if options.fuzzy and role in seeds and role not in indexes:
            indexes[role] = _index(seeds[role], similarity, japanese)
        best = indexes[role].best(entry.msgid) if role in indexes else None
        seed, name = origin[(entry.domain, entry.msgctxt, best[0])] if best else (None, None)
        flip = None
        decision = None
        if japanese and seed is not None and best is not None and best[1] < similarity:
            from kokuchi.language.flips import find_flip

            flip = find_flip(seed.msgid, new.msgid, flip_pairs())
            if not flip:
                # Related, but not an edit by the matcher's measures: only a flip, or the guard's proof
                # that the meaning kept, is worth a suggestion.
                decision = _proven(seed, new.msgid, flip_pairs(), searched=True)
                if decision is None:
                    # The closest by the ratio may be a stock phrase said of something else (影響はありません
                    # for 再起動する必要はありません): the next nearest, on the guard's proof alone.
                    found = _nearest_proven(indexes[role], entry, origin, flip_pairs(), skip=best[0])
                    seed, name, decision = found if found else (None, None, None)
        elif japanese and best is None and role in indexes:
            # As close as an edit but with other content words (時刻 → 時間, 浴槽 → 湯船): the matcher
            # cannot tell a synonym from another subject; the guard's proof of the same meaning can.
            found = _nearest_proven(indexes[role], entry, origin, flip_pairs())
            seed, name, decision = found if found else (None, None, None)
        if seed is None:
            stats.new += 1
            if japanese and role in indexes:
                left_over.setdefault(role, []).append((new, entry))
        elif japanese:
            shown.add(seed.key())
            _suggested(new, seed, name, flip_pairs(), stats, count, flip, decision)
        else:
            _offered(new, seed, name, stats, count)
            if name is None:
                used.add(seed.key())
        result.append(new)
    if left_over:
        # The old messages left over: the catalog's own, neither in the template nor shown as a previous source.
        olds: dict[tuple, list[str]] = {}
        for entry in catalog:
            key = entry.key()
            if key not in wanted and key not in shown and key in origin and origin[key][1] is None:
                olds.setdefault((entry.domain, entry.msgctxt), []).append(entry.msgid)
        for role, entries in left_over.items():
            if role in olds:
                _second_look(indexes[role], entries, olds[role], origin, flip_pairs, stats, count)
    for entry in catalog:
        if (key := entry.key()) in wanted or key in used:
            continue
        if options.prune_obsolete or not (entry.translated() or entry.tcomment):
            stats.pruned += 1 if options.prune_obsolete else 0
            continue
        flags = entry.flags
        if key in retired:  # the template retired it too: its flags, as msgmerge takes them
            flags = _with_flags([], _semantic(retired[key].flags), _other(entry.flags))
        result.append(_copy(entry, obsolete=True, occurrences=[], comment="", flags=flags))
        stats.obsolete += 1
    if any(entry.domain for entry in result):  # each domain's messages together, obsolete ones last
        order = {domain: i for i, domain in enumerate(dict.fromkeys(e.domain for e in [*catalog, *live_template]))}
        result[:] = sorted(result, key=lambda e: order.get(e.domain, len(order)))
    _charset(template, catalog, result)
    if options.sort:
        _sort(result, options.sort)
    if options.for_msgfmt:
        _for_msgfmt(result)
    if options.locations != "full":
        for entry in result:
            entry.occurrences = (
                [] if options.locations == "never" else list(dict.fromkeys((f, "") for f, _ in entry.occurrences))
            )
    return result, stats


def _for_each_domain(template: po.POFile, catalog: po.POFile) -> po.POFile:
    """The template's messages once in each of the catalog's domains."""
    domains = list(dict.fromkeys(entry.domain for entry in catalog)) or [None]
    copies = po.new_catalog()
    copies.name, copies.metadata, copies.has_header = template.name, template.metadata, template.has_header
    copies.extend(_copy(entry, domain=domain) for domain in domains for entry in template)
    return copies


def _sources(catalog: po.POFile, compendia: list[Compendium]) -> tuple[dict, dict]:
    """Where translations may come from, the catalog first, then each compendium:
    each usable entry by key with its compendium's name (None: the catalog), and
    the msgids of each (domain, role) for the fuzzy index."""
    origin: dict[tuple, tuple[po.POEntry, str | None]] = {}
    seeds: dict[tuple, list[str]] = {}
    for source, name in [(catalog, None), *((c.catalog, c.name) for c in compendia)]:
        for entry in source:
            if entry.msgid and _usable(entry) and (key := entry.key()) not in origin:
                origin[key] = (entry, name)
                seeds.setdefault((entry.domain, entry.msgctxt), []).append(entry.msgid)
    return origin, seeds


def _header_only(source: po.POFile, name: str) -> po.POFile:
    catalog = po.new_catalog()
    catalog.name = name
    catalog.has_header = source.has_header
    catalog.header, catalog.header_comment = source.header, source.header_comment
    catalog.metadata, catalog.header_flags = dict(source.metadata), list(source.header_flags)
    return catalog


def _joined(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def _kept(entry: po.POEntry, previous: po.POEntry, count: int) -> po.POEntry:
    """The template's message with the catalog's translation, flags and comments.

    Locations, extracted comments and format flags come from the template; a
    change of plural form or of format flags makes a translation fuzzy.
    """
    if not (entry.flags or previous.flags or entry.msgid_plural or previous.msgid_plural):
        # A singular message with no flags on either side (most of a catalog): what the steps below make of it, made
        # at once. Its translation as it was, no review asked (no format, no range, no plural changed, not fuzzy),
        # and once translated the notes about a source change gone, as below.
        kept = po.POEntry(
            msgctxt=entry.msgctxt,
            msgid=entry.msgid,
            msgstr=previous.msgstr,
            occurrences=list(entry.occurrences),
            comment=entry.comment,
            tcomment=previous.tcomment,
            domain=entry.domain,
            linenum=entry.linenum,
        )
        if previous.msgstr:
            kept.tcomment = "\n".join(_own_comments_removed(previous.tcomment))
        else:
            kept.previous_msgctxt = previous.previous_msgctxt
            kept.previous_msgid = previous.previous_msgid
            kept.previous_msgid_plural = previous.previous_msgid_plural
        return kept
    kept = _fresh(entry, count)
    kept.msgstr, kept.msgstr_plural = "", {}
    kept.tcomment = previous.tcomment
    changed = _reshape(kept, previous, count)
    translated = previous.translated()
    semantic = kept.flags
    if translated and _needs_review(entry, previous, kept):
        changed = True
    fuzzy = "fuzzy" in previous.flags or (translated and changed)
    kept.flags = _with_flags(
        ["fuzzy"] if fuzzy else [], semantic, [flag for flag in _other(previous.flags) if flag != "fuzzy"]
    )
    kept.previous_msgctxt = previous.previous_msgctxt
    kept.previous_msgid = previous.previous_msgid
    kept.previous_msgid_plural = previous.previous_msgid_plural
    if translated and changed and kept.previous_msgid is None:
        kept.previous_msgid = previous.msgid
        kept.previous_msgid_plural = previous.msgid_plural or None
    if unit_state(kept) == UnitState.TRANSLATED:
        # Reviewed: kokuchi's notes about the source change have served.
        kept.tcomment = "\n".join(_own_comments_removed(kept.tcomment))
        kept.previous_msgctxt = kept.previous_msgid = kept.previous_msgid_plural = None
    return kept


def _suggested(
    new: po.POEntry,
    seed: po.POEntry,
    name: str | None,
    pairs: FlipPairs | None,
    stats: MergeStats,
    count: int,
    flip: Flip | None = None,
    decision: Decision | None = None,
) -> None:
    """A similar message's translation, through the guards of _suggest, shaped
    like the template's message and with its flags and comments (*flip*: the
    meaning flip already found between the two sources; *decision*: the guard's, already made)."""
    semantic, template_comment = new.flags, new.tcomment
    _suggest(new, seed, pairs, stats, flip, decision)
    # The translator's notes travel with the translation they are about.
    template_comment = _joined(template_comment, *_own_comments_removed(seed.tcomment))
    if seed.msgid_plural or new.msgid_plural:
        if new.msgstr or FLIP_FLAG not in new.flags:
            _reshape(new, seed, count)
        if AUTO_FLAG in new.flags:  # an entity swap only rewrites one msgstr: review the plural forms
            new.flags = ["fuzzy" if flag == AUTO_FLAG else flag for flag in new.flags]
            stats.auto -= 1
            stats.fuzzy += 1
    if seed.msgid_plural:
        new.previous_msgid_plural = seed.msgid_plural
    if seed.msgctxt != new.msgctxt:
        new.previous_msgctxt = seed.msgctxt
    flags = new.flags
    new.flags = _with_flags(
        [flag for flag in flags if flag == "fuzzy"], semantic, [flag for flag in flags if flag != "fuzzy"]
    )
    lines = _joined(template_comment, new.tcomment, f"{COMPENDIUM_NOTE}{name}" if name else "").split("\n")
    new.tcomment = "\n".join(dict.fromkeys(lines))
    if name:
        stats.compendium += 1


def _offered(new: po.POEntry, seed: po.POEntry, name: str | None, stats: MergeStats, count: int) -> None:
    """msgmerge's fuzzy match: *seed*'s translation, flagged fuzzy, with its translator's
    comments and the previous msgid; no guard decides, whatever changed."""
    _reshape(new, seed, count)
    new.flags = _with_flags(["fuzzy"], new.flags, [f for f in _other(seed.flags) if not f.startswith("kokuchi-")])
    new.previous_msgctxt = seed.msgctxt if seed.msgctxt != new.msgctxt else None
    new.previous_msgid = seed.msgid
    new.previous_msgid_plural = seed.msgid_plural or None
    lines = [*_own_comments_removed(seed.tcomment), f"{COMPENDIUM_NOTE}{name}" if name else ""]
    new.tcomment = _joined(*dict.fromkeys(lines))
    stats.fuzzy += 1
    if name:
        stats.compendium += 1


def _sort(catalog: po.POFile, how: str) -> None:
    live = [entry for entry in catalog if not entry.obsolete]
    obsolete = [entry for entry in catalog if entry.obsolete]
    if how == "file":

        def where(entry: po.POEntry):
            file, line = entry.occurrences[0] if entry.occurrences else ("", "")
            return (file, int(line) if line.isdigit() else 0, entry.msgid, entry.msgctxt or "")

        live.sort(key=where)
        obsolete.sort(key=where)
    else:
        live.sort(key=lambda entry: (entry.msgid, entry.msgctxt or ""))
        obsolete.sort(key=lambda entry: (entry.msgid, entry.msgctxt or ""))
    catalog[:] = live + obsolete


def _for_msgfmt(catalog: po.POFile) -> None:
    """Only what msgfmt compiles: translated, not fuzzy, without comments."""
    catalog[:] = [
        po.POEntry(
            msgctxt=e.msgctxt,
            msgid=e.msgid,
            msgstr=e.msgstr,
            msgid_plural=e.msgid_plural,
            msgstr_plural=dict(e.msgstr_plural),
            domain=e.domain,
            flags=[f for f in e.flags if _semantic_flag().fullmatch(f)],
        )
        for e in catalog
        if not e.obsolete and e.translated() and "fuzzy" not in e.flags and unit_state(e) != UnitState.FLIP
    ]
    catalog.header = catalog.header_comment = ""
    catalog.header_flags = [flag for flag in catalog.header_flags if flag != "fuzzy"]


def _second_look(
    index: _Index,
    entries: list[tuple[po.POEntry, po.POEntry]],
    olds: list[str],
    origin: dict,
    pairs: Callable[[], FlipPairs | None],
    stats: MergeStats,
    count: int,
) -> None:
    """The new messages of one role given no previous source (*entries*: each as merged, and as in the template),
    looked for again among the old messages of the catalog left over (*olds*: neither in the template nor shown as
    a new message's previous source), by matcher.FuzzyIndex.leftover_edits (a synonym swapped in a short message,
    whose near rivals among all the old messages made the first search decline); each found is suggested as any
    edit, through the guard."""
    leftover_edits = getattr(index, "leftover_edits", None)
    if leftover_edits is None:
        return
    found = leftover_edits([entry.msgid for _, entry in entries], olds)
    for new, entry in entries:
        old = found.get(entry.msgid)
        if old is not None:
            seed, name = origin[(entry.domain, entry.msgctxt, old)]
            stats.new -= 1
            _suggested(new, seed, name, pairs(), stats, count)


def _nearest_proven(
    index: _Index,
    entry: po.POEntry,
    origin: dict,
    pairs: FlipPairs | None,
    skip: str | None = None,
) -> tuple[po.POEntry, str | None, Decision] | None:
    """The nearest old messages by the ratio (matcher.FuzzyIndex.nearby), best first: the first whose
    translation the guard shows keeps the meaning for *entry* (*skip*: one already asked), its origin and the
    decision; None when the guard shows it of none."""
    for text, _ in index.nearby(entry.msgid):
        if text == skip:
            continue
        seed, name = origin[(entry.domain, entry.msgctxt, text)]
        decision = _proven(seed, entry.msgid, pairs)
        if decision is not None:
            return seed, name, decision
    return None


def _proven(seed: po.POEntry, source: str, pairs: FlipPairs | None, *, searched: bool = False) -> Decision | None:
    """The guard's decision on *seed*'s translation for *source* when it reuses it (the meaning shown
    kept), else None (*searched*: find_flip found no flip between the two sources)."""
    from kokuchi.catalog.matcher import content_changed
    from kokuchi.catalog.suggest import FLIP_KINDS, decide

    if not seed.msgstr:  # nothing to reuse (a plural message's forms are in msgstr_plural)
        return None
    # A word or two substituted changes a few content characters; another subject written from the same
    # phrases changes names of many (and the guard would take a few ms to say so for each new message).
    if content_changed(seed.msgid, source, PROOF_CONTENT_CHANGED) > PROOF_CONTENT_CHANGED:
        return None
    decision = decide(seed.msgid, seed.msgstr, source, pairs, searched=searched)
    return None if decision.kind in FLIP_KINDS else decision


def _suggest(
    new: po.POEntry,
    seed: po.POEntry,
    pairs: FlipPairs | None,
    stats: MergeStats,
    flip: Flip | None = None,
    decision: Decision | None = None,
) -> None:
    """Apply suggest.decide's call (or *decision*, already made) on *seed*'s translation to the *new* entry."""
    from kokuchi.catalog.suggest import AUTO, FLIP_KINDS, KEPT, decide

    new.previous_msgctxt = None
    new.previous_msgid = seed.msgid
    comments = [f"source change: {source_change(seed.msgid, new.msgid)}"]
    decision = decision or decide(seed.msgid, seed.msgstr, new.msgid, pairs, flip=flip)
    if decision.kind in FLIP_KINDS:  # a flip, or a change kokuchi cannot show keeps the meaning
        new.flags = [FLIP_FLAG]
        new.tcomment = "\n".join(
            [decision.note, f"previous source: {seed.msgid}", f"previous translation: {seed.msgstr}", *comments]
        )
        stats.flips += 1
        return
    new.msgstr = decision.translation
    if decision.kind == KEPT:
        comments.append(decision.note)
    new.tcomment = "\n".join(comments)
    if decision.kind in (AUTO, KEPT):
        new.flags = [AUTO_FLAG]
        stats.auto += 1
    else:
        new.flags = ["fuzzy"]
        stats.fuzzy += 1
