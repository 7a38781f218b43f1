"""The catalog commands: extract, init, update, merge, compile, status, review, check.

Paths: ``locales/notices.pot`` and ``locales/<lang>/LC_MESSAGES/notices.po``
(and ``.mo``), as the store names them. Every write is atomic; ``--check``
writes nothing.

Each command imports what it needs when it runs (the notices' loader, the
extractor, the gate, the views): ``kokuchi catalog merge`` of a small catalog
loads none of them, and the matcher and the guards load only when a message
changed (catalog/merge.py).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from kokuchi.catalog import merge as merging
from kokuchi.catalog import po
from kokuchi.catalog.merge import MergeOptions
from kokuchi.commands.results import Problems, Report
from kokuchi.core.errors import InvalidInput, KokuchiError, Problem, SettingsError
from kokuchi.project.files import MAX_CATALOG_BYTES, Fingerprint, atomic_write, read_bytes, read_if_exists
from kokuchi.project.layout import Store

if TYPE_CHECKING:
    from kokuchi.language.flips import FlipPairs
    from kokuchi.views.translation import ReviewView, StatusView


def _template(store: Store) -> po.POFile:
    from kokuchi.catalog.extract import extract as extract_template
    from kokuchi.notice.load import load_all

    return extract_template(load_all(store))


def _flip_pairs(store: Store) -> FlipPairs:
    """The meaning-flip pairs: kokuchi's and the project's (locales/meaning-flips.yaml)."""
    from kokuchi.language.flips import load_flip_pairs

    return load_flip_pairs(store.flips_path, store.rel(store.flips_path))


def extract(root: Path) -> Report:
    store = Store(root)
    with store.lock():
        template = _template(store)
        store.check_inside(store.template_path)
        atomic_write(store.template_path, po.encoded(template))
    return Report((f"wrote {store.rel(store.template_path)} ({len(template)} messages)",))


def init(root: Path, lang: str) -> Report:
    from kokuchi.catalog.extract import init as init_catalog
    from kokuchi.core.vocabulary import LANGUAGES, SOURCE_LANGUAGE

    store = Store(root)
    path = store.catalog_path(lang)
    # Refused up front: a catalog the pages cannot be rendered in would only
    # fail later, in `site` or `release`, after files were written.
    if lang == SOURCE_LANGUAGE:
        raise KokuchiError(
            f"{lang!r} is the language the notices are written in; a catalog translates them into another one"
        )
    if lang not in LANGUAGES:
        raise KokuchiError(
            f"kokuchi cannot render pages in {lang!r} yet (it has labels for "
            f"{', '.join(other for other in LANGUAGES if other != SOURCE_LANGUAGE)})"
        )
    with store.lock():
        if os.path.lexists(path):
            raise KokuchiError(f"{store.rel(path)} already exists; use kokuchi catalog update")
        created = init_catalog(_template(store), lang)
        store.check_inside(path)
        atomic_write(path, po.encoded(created), exclusive=True)
    return Report((f"created {store.rel(path)} ({len(created)} messages)",))


def compendia(store: Store, paths: list[Path]) -> list[merging.Compendium]:
    """The compendia named on the command line, then the project's (locales/compendia.yaml)."""
    result = []
    for path in dict.fromkeys(paths):  # named on the command line: a link is followed
        name = store.rel(path) if path.is_absolute() and path.is_relative_to(store.root) else path.as_posix()
        result.append(merging.Compendium(po.read(path, name), name))
    if not os.path.lexists(store.compendia_path):
        return result
    from kokuchi.project.settings import compendia_list

    store.check_inside(store.compendia_path)
    seen = set(paths)
    for listed in compendia_list(store.compendia_path, store.rel(store.compendia_path)):
        path = store.root / listed.path
        if path in seen:
            continue
        seen.add(path)
        name = store.rel(path) if path.is_relative_to(store.root) else path.as_posix()
        try:
            # Listed in the project: never through a link, never a FIFO or a device.
            catalog = po.read(path, name, follow=False)
        except KokuchiError as exc:  # located at the line that lists the file
            file = store.rel(store.compendia_path)
            messages = [p.message for p in exc.problems] if isinstance(exc, InvalidInput) else [str(exc)]
            raise SettingsError(
                [
                    Problem(
                        file, listed.line, listed.column, listed.key, f"{listed.path}: {m.removeprefix(name + ': ')}"
                    )
                    for m in messages
                ]
            ) from None
        result.append(merging.Compendium(catalog, name))
    return result


# A new creation date alone is no reason to rewrite a catalog (msgmerge --update agrees).
_DATE_ONLY = ("POT-Creation-Date",)


def _unchanged(path: Path, merged: po.POFile, name: str, ignore: tuple[str, ...] = ()) -> bool:
    """Whether the file says what *merged* says, however it is wrapped or escaped
    (msgmerge, Poedit and Weblate each lay a catalog out their own way)."""
    try:
        return po.same_content(po.read(path, name), merged, ignore=ignore)
    except KokuchiError:
        return False


def update(
    root: Path,
    langs: list[str],
    *,
    check: bool = False,
    options: MergeOptions | None = None,
    compendium: list[Path] | None = None,
) -> Report:
    """Merge the notices' template into each catalog; with *check*, write nothing and fail when stale.

    *options*: how each catalog is merged (MergeOptions). A catalog is replaced
    only if it still holds the bytes the merge started from: a translator's save
    made meanwhile is never overwritten.
    """
    store = Store(root)
    options = options or MergeOptions()
    if check:
        with _collector_paused():
            return _update(store, langs, check=True, options=options, compendium=compendium)
    with store.lock(), _collector_paused():
        return _update(store, langs, check=False, options=options, compendium=compendium)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while catalogs are merged.

    A merge makes hundreds of thousands of objects that live until it ends
    (entries, words, entities, the matcher's index), and every collection of
    the oldest generation scans them all again: about a fourteenth of the CPU
    of a 10,000-message merge. Reference counting still frees whatever is not
    in a cycle; the few cycles (a few MB at 10,000 messages) wait for the
    collector, which runs again as before once the merge is done.

    What the merge made then joins the oldest generation at once (a freeze
    and an unfreeze move every object there, scanning none): else the first
    young collection would scan all of it (~2 ms of a small merge), only to
    pass it on. Not when the program has frozen objects of its own (the
    unfreeze would let them go).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def _update(
    store: Store,
    langs: list[str],
    *,
    check: bool,
    options: MergeOptions,
    compendium: list[Path] | None,
) -> Report:
    from kokuchi.catalog.entries import read_catalog

    template = _template(store)
    pot = store.template_path
    # Every path checked before anything is written: a linked locales/ is
    # refused before the template is rewritten through it.
    store.check_inside(pot)
    languages = store.catalog_languages(langs)
    for lang in languages:
        store.check_inside(store.catalog_path(lang))
    pairs = _flip_pairs(store)
    memory = compendia(store, compendium or [])
    lines: list[str] = []
    stale = False
    if pot.is_file() and not _unchanged(pot, template, store.rel(pot), _DATE_ONLY):
        stale = True
        lines.append(f"{store.rel(pot)}: out of date with the notices" if check else f"updated {store.rel(pot)}")
        if not check:
            atomic_write(pot, po.encoded(template))
    for lang in languages:
        path = store.catalog_path(lang)
        before = Fingerprint.of(read_bytes(path, limit=MAX_CATALOG_BYTES, name=store.rel(path)))
        # Read after *before*: a save in between makes the final comparison refuse.
        current = read_catalog(store, lang)
        merged, stats = merging.merge(template, current, pairs, options, compendia=memory)
        unchanged = po.same_content(current, merged, ignore=_DATE_ONLY)  # the catalog as read is the file
        del current
        if unchanged:
            lines.append(f"{store.rel(path)}: up to date")
            continue
        stale = True
        if check:
            lines.append(f"{store.rel(path)}: out of date with the notices ({stats.summary()})")
        else:
            atomic_write(path, po.encoded(merged), expected=before)
            lines.append(f"updated {store.rel(path)}: {stats.summary()}")
    return Report(tuple(lines), failed=check and stale)


STDOUT = Path("-")


def merge(
    root: Path,
    definitions: Path,
    reference: Path,
    *,
    output: Path | None = None,
    options: MergeOptions | None = None,
    compendium: list[Path] | None = None,
) -> Report:
    """msgmerge-style: merge the template REFERENCE into the catalog DEFINITIONS.

    *options*: msgmerge's (MergeOptions). *output* ``-`` returns the catalog as
    the report's data, for standard output. A file is replaced only if it still
    holds what it held when the merge began.
    """
    store = Store(root)

    def pairs() -> FlipPairs:  # loaded only when a guard needs them
        return _flip_pairs(store)

    target = output or definitions
    # Standard output writes nothing of the project's: no lock, nothing to compare before replacing.
    with nullcontext() if output == STDOUT else store.lock(), _collector_paused():
        before = None if output == STDOUT else Fingerprint.of(read_if_exists(target, limit=MAX_CATALOG_BYTES))
        current = po.read(definitions)
        merged, stats = merging.merge(
            po.read(reference), current, pairs, options, compendia=compendia(store, compendium or [])
        )
        # In place, a merge that changes nothing but the date leaves the file
        # alone. The catalog as read is the file (compared again before replacing).
        unchanged = output is None and po.same_content(current, merged, ignore=_DATE_ONLY)
        del current  # not kept beside the merged catalog while it is written
        if output == STDOUT:
            return Report((f"merged {definitions}: {stats.summary()}",), data=po.to_bytes(merged))
        if unchanged:
            return Report((f"{definitions}: up to date",))
        atomic_write(target, po.encoded(merged), expected=before)
    return Report((f"wrote {output or definitions}: {stats.summary()}",))


def compile_catalogs(root: Path, langs: list[str]) -> Report:
    from kokuchi.catalog.entries import read_catalog

    store = Store(root)
    lines = []
    with store.lock():
        for lang in store.catalog_languages(langs):
            mo = store.catalog_path(lang).with_suffix(".mo")
            atomic_write(mo, po.mo_bytes(read_catalog(store, lang)))
            lines.append(f"compiled {store.rel(mo)}")
    return Report(tuple(lines))


def compile_file(source: Path, output: Path | None = None) -> Report:
    output = output or source.with_suffix(".mo")
    atomic_write(output, po.mo_bytes(po.read(source)))
    return Report((f"compiled {output}",))


def status(root: Path, langs: list[str], notice_ids: list[str], *, rev: int | None = None) -> StatusView:
    from dataclasses import asdict

    from kokuchi.catalog import progress
    from kokuchi.catalog.entries import catalog_entries
    from kokuchi.notice.load import load_all
    from kokuchi.views.translation import status_view

    store = Store(root)
    notices = load_all(store, notice_ids or None)
    rows = []
    for lang in store.catalog_languages(langs):
        entries = catalog_entries(store, lang)
        for notice in notices:
            for revision in [notice.revision(rev)] if rev is not None else notice.revisions:
                counts = progress.revision_counts(revision, entries)
                rows.append(
                    {
                        "lang": lang,
                        "notice": notice.id,
                        "revision": revision.number,
                        **asdict(counts),
                        "total": counts.total,
                    }
                )
    return status_view(rows)


def review(root: Path, lang: str, notice_ids: list[str]) -> ReviewView:
    """The units of the named notices (default: all) that need a translator."""
    from kokuchi.catalog import progress
    from kokuchi.catalog.entries import catalog_entries
    from kokuchi.diff.textdiff import diff
    from kokuchi.notice.load import load_all
    from kokuchi.views.translation import ReviewRow, review_view

    store = Store(root)
    store.catalog_languages([lang])
    notices = load_all(store, notice_ids or None)
    items = progress.pending_units((r for n in notices for r in n.revisions), catalog_entries(store, lang))
    return review_view(
        lang,
        [
            ReviewRow(
                state=item.state,
                location=item.unit.location,
                role=item.unit.role,
                where=item.unit.comment,
                source_ops=tuple(diff(item.previous, item.unit.text)) if item.previous else ((0, item.unit.text),),
                translation=item.translation,
                notes=tuple(item.comments),
            )
            for item in items
        ],
    )


def check(root: Path, lang: str, notice_ids: list[str]) -> Problems:
    """The release gate's checks on every revision of the notices, in *lang*."""
    from kokuchi.catalog.checks import load_glossary
    from kokuchi.catalog.entries import catalog_entries
    from kokuchi.notice.load import load_all
    from kokuchi.publish.gate import gate

    store = Store(root)
    store.catalog_languages([lang])
    entries = catalog_entries(store, lang)
    glossary = load_glossary(store.glossary_path, store.rel(store.glossary_path))
    problems: dict[tuple, Problem] = {}
    notes: dict[tuple, Problem] = {}
    for notice in load_all(store, notice_ids or None):
        for revision in notice.revisions:
            verdict = gate([revision], lang, entries, glossary)
            for p in verdict.problems:
                problems.setdefault((p.file, p.line, p.path, p.message), p)
            # Listed, never failing: translations stated correct, and how to state a refused one correct.
            for o in verdict.overridden:
                message = f"override: the translator states this refused translation correct ({'; '.join(o.findings)})"
                note = Problem(o.unit.file, o.unit.line, 1, f"{lang}:{o.unit.role}", message)
                notes.setdefault((note.file, note.line, note.path, note.message), note)
            for p in verdict.hints:
                notes.setdefault((p.file, p.line, p.path, p.message), p)
    overridden = sum(1 for note in notes.values() if note.message.startswith("override: "))
    if problems:
        return Problems(list(problems.values()), f"{len(problems)} problem(s)", list(notes.values()))
    summary = f"ok: the {lang} catalog is complete and consistent"
    if overridden:
        summary += f" ({overridden} refused translation(s) stated correct by kokuchi-override)"
    return Problems([], summary, list(notes.values()))
