"""kokuchi release: the gate, then the bilingual bundle of one revision, then the record."""

from __future__ import annotations

from pathlib import Path

from kokuchi.catalog.checks import load_glossary
from kokuchi.catalog.entries import catalog_entries
from kokuchi.commands.results import Report
from kokuchi.commands.selection import select_revision
from kokuchi.core.errors import ConcurrentChange, InvalidInput, KokuchiError, ReleasedRevisionChanged
from kokuchi.core.model import SOURCE_LANGUAGE
from kokuchi.project.files import check_no_links, read_bytes, recover_folder, replace_folder, sha256
from kokuchi.project.layout import Store, revision_filename, revision_stem
from kokuchi.project.ledger import record_release, released_problems
from kokuchi.project.settings import CONFIG_FILE, check_base_url, csaf_settings, site_settings
from kokuchi.publish.bundle import bundle, read_bundle
from kokuchi.publish.editions import csaf_editions
from kokuchi.publish.gate import Edition, edition, gate, translations_digest


def release(
    root: Path,
    notice_id: str,
    *,
    rev: int | None = None,
    langs: list[str] | None = None,
    out: Path | None = None,
    allow_incomplete: bool = False,
    force: bool = False,
    base_url: str | None = None,
) -> Report:
    """Check a revision in every target language, then write its bundle and record the release.

    Everything is checked before anything is written: the gate, the output
    folder, and that a revision already released is released again only with
    the same source (never, even with --force, with a different one). The
    bundle is built aside and switched into place whole, then recorded.
    """
    store = Store(root)
    settings = site_settings(store)
    base_url = check_base_url(base_url) if base_url else settings.base_url
    out = out or root / "dist"
    store.check_output(out)
    with store.lock():
        notice, revision = select_revision(store, notice_id, rev)
        source_path = store.revision_path(notice.id, revision.number)
        source = read_bytes(source_path, name=store.rel(source_path))
        laundered = released_problems(store, notice.id)
        if laundered:
            raise ReleasedRevisionChanged(laundered)
        targets = [lang for lang in store.catalog_languages(langs, required=False) if lang != SOURCE_LANGUAGE]
        glossary = load_glossary(store.glossary_path, store.rel(store.glossary_path))
        editions = [Edition(SOURCE_LANGUAGE, revision)]
        problems = []
        refused = False
        for lang in targets:
            entries = catalog_entries(store, lang)
            editions.append(edition(revision, lang, entries))
            verdict = gate([revision], lang, entries, glossary)
            editions[-1].overrides = verdict.overridden
            problems += verdict.problems
            refused = refused or verdict.refuses(allow_incomplete=allow_incomplete)
        if refused:
            raise InvalidInput(problems)
        csaf, csaf_lines = _csaf_editions(store, notice, revision, editions, glossary)
        files = bundle(
            notice,
            revision,
            editions,
            allow_incomplete=allow_incomplete,
            csaf=csaf,
            base_url=base_url,
            sender=settings.mail_from,
            project_id=settings.project_id,
        )
        if read_bytes(source_path, name=store.rel(source_path)) != source:
            raise ConcurrentChange(
                store.rel(source_path), f"{store.rel(source_path)} changed while it was being released; nothing written"
            )
        destination = out / notice.id / revision_stem(revision.number)
        check_no_links(out, destination, store.rel(out) if out.is_relative_to(root) else out.as_posix())
        recover_folder(destination)
        if destination.is_dir() and read_bundle(destination) == files:
            outcome = "unchanged"
        elif destination.is_dir() and not force:
            raise KokuchiError(
                f"{destination} already holds a different bundle for this revision; pass --force to replace it"
            )
        else:
            replace_folder(files, destination)
            outcome = "written"
        record_release(
            store,
            notice.id,
            revision.number,
            {
                "file": revision_filename(revision.number),
                "sha256": sha256(source),
                "translations": {e.lang: translations_digest(revision, e.entries) for e in editions[1:]},
            },
        )
    lines = [f"{outcome} {destination} ({len(files)} files, languages: {', '.join(e.lang for e in editions)})"]
    lines += [
        f"incomplete: {e.lang}: {len(e.missing)} unit(s) shown in Japanese (recorded in manifest.json)"
        for e in editions
        if e.missing
    ]
    lines += [
        f"override: {e.lang}: {o.unit.location}: {o.unit.role}: refused by the gate, stated correct by the translator "
        "(recorded in manifest.json)"
        for e in editions
        for o in e.overrides
    ]
    lines += csaf_lines
    if not base_url:
        lines.append(
            f"no base URL: the mail links the bundle's own pages; set --base-url or site.base-url in {CONFIG_FILE}"
        )
    return Report(tuple(lines))


def _csaf_editions(store: Store, notice, revision, editions: list, glossary) -> tuple[tuple, list[str]]:
    """The CSAF documents of an advisory's release (publish.editions decides which), and a line for
    each one left out and why."""
    result = csaf_editions(
        notice,
        revision.number,
        [e.lang for e in editions],
        {e.lang: e.entries for e in editions},
        glossary,
        lambda: csaf_settings(store),
        file=store.rel(store.revision_path(notice.id, revision.number)),
    )
    lines = [f"csaf: {f'{o.lang}: ' if o.lang else ''}not in the bundle: {o.reason}" for o in result.reported]
    return tuple(result.views), lines
