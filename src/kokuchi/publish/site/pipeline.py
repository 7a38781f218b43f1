"""A site build from start to end: what is stale, load it, build it, switch it in, the shared pages, the cache."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kokuchi.catalog.checks import Glossary, load_glossary
from kokuchi.core.errors import KokuchiError
from kokuchi.language.dates import format_age
from kokuchi.language.labels import SOURCE_LANGUAGE
from kokuchi.project.files import atomic_write
from kokuchi.project.layout import Store, check_notice_id
from kokuchi.publish.site import sitecache, transaction, workers
from kokuchi.publish.site.pages import NoticePages
from kokuchi.publish.site.shared import SharedPages, StaleRecord, dirty_pages, write_csaf_index
from kokuchi.render import html


@dataclass
class SiteResult:
    notices: int
    rebuilt: int
    out: Path
    base_url: str | None
    lags: list[dict] = field(default_factory=list)  # {"id", "lang", "edition", "latest", "since"}
    notes: list[str] = field(default_factory=list)  # what was left out (translations withheld, CSAF documents)


def build(
    root: Path,
    out: Path | None = None,
    *,
    base_url: str | None = None,
    publisher: str = "kokuchi",
    progress: Callable[[int, int], None] | None = None,
    processes: int | None = None,
) -> SiteResult:
    """Build (or bring up to date) the site, holding the project's lock.

    *processes*: how many processes load and build the stale notices (default:
    every core, up to eight, when there are enough notices to be worth it).
    """
    store = Store(root)
    out = out or root / "site"
    store.check_output(out)
    with store.lock():
        return _build(store, out, base_url, publisher, progress, processes)


@dataclass
class _Run:
    """One build: its settings, and what it learns on the way."""

    store: Store
    out: Path
    langs: list[str]  # the source language first, then every catalog's
    base_url: str | None
    processes: int | None
    progress: Callable[[int, int], None] | None
    entries: dict[str, dict] | None = None  # the catalogs' look-ups, read for the first notice rebuilt
    glossary: Glossary | None = None

    def rebuild(self, stale: list[tuple[str, str]], known: dict[str, sitecache.NoticeEntry]):
        """Load, build and switch into place the *stale* notices (``(id, digest)``); yields what each built.

        Everything is read and checked before anything is written: every notice
        to rebuild, then the catalogs.
        """
        count = self.processes if self.processes is not None else workers.default_workers(len(stale))
        loaded = workers.load_stale(self.store, [notice_id for notice_id, _ in stale], count)
        if self.entries is None:
            self.entries = {
                lang: sitecache.cached_catalog_entries(self.store, self.out, lang) for lang in self.langs[1:]
            }
        if self.glossary is None:
            self.glossary = load_glossary(self.store.glossary_path, self.store.rel(self.store.glossary_path))
        self.out.mkdir(parents=True, exist_ok=True)
        html.cache_compiled_templates(
            str(self.out / sitecache.TEMPLATE_CACHE), lambda path, data: atomic_write(path, data, durable=False)
        )
        with transaction.Staging(self.out, [notice_id for notice_id, _ in stale]) as staging:
            pages = NoticePages(self.store, self.out, self.langs, self.entries, self.base_url, self.glossary)
            job = workers.Job(pages, loaded, staging.folders)
            for done, built in enumerate(workers.build_all(job, stale, count), start=1):
                yield built
                if self.progress:
                    self.progress(done, len(stale))
            # Each rebuilt notice's folder switches into place whole, with the files
            # kokuchi did not write carried over; the shared pages follow.
            staging.switch(
                {
                    notice_id: {f.removeprefix(f"{notice_id}/") for f in entry.files}
                    for notice_id, entry in known.items()
                }
            )


def _build(
    store: Store,
    out: Path,
    base_url: str | None,
    publisher: str,
    progress: Callable[[int, int], None] | None,
    processes: int | None,
) -> SiteResult:
    ids = store.notice_ids()
    if not ids:
        raise KokuchiError(f"no notices in {store.rel(store.notices_dir)}/")
    for notice_id in ids:
        check_notice_id(notice_id)
    all_langs = [SOURCE_LANGUAGE] + [
        lang for lang in store.catalog_languages(required=False) if lang != SOURCE_LANGUAGE
    ]
    settings = json.dumps([base_url, publisher, all_langs])
    config = [store.config_path] if store.config_path.is_file() else []
    environment = hashlib.sha256(
        (sitecache.tool_digest() + sitecache.digest_files(store.catalog_files() + config) + settings).encode()
    ).hexdigest()
    cache_path = out / sitecache.CACHE
    # Nothing is written, moved or read in the output folder before this.
    transaction.check_output(out, ids, store.rel(out))
    transaction.recover(out)
    cache = sitecache.read_cache(cache_path) if out.is_dir() else sitecache.EMPTY
    known = cache.notices  # what kokuchi wrote before: the only files it may delete
    dirty: set[str] | None = set()
    notices = dict(known)
    if cache.environment != environment:
        notices = {}
        dirty = None
    stale: list[tuple[str, str]] = []
    stats: dict[str, sitecache.Stat] = {}
    built = set(os.listdir(out)) if out.is_dir() else set()
    notices_dir = str(store.notices_dir)
    for notice_id in ids:
        entry = notices.get(notice_id)
        digest = sitecache.unchanged_digest(os.path.join(notices_dir, notice_id), entry)
        if digest is None:
            files = sitecache.revision_files(store, notice_id)
            digest = sitecache.digest_files(files)
            stats[notice_id] = sitecache.stat_files(store.notices_dir / notice_id, files)
        if not (entry and entry.digest == digest and notice_id in built):
            stale.append((notice_id, digest))
    run = _Run(store, out, all_langs, base_url, processes, progress)

    def rebuild(items: list[tuple[str, str]], dirty: set[str] | None) -> set[str] | None:
        for notice_id, files, summary, record, digest in run.rebuild(items, known):
            old = notices.get(notice_id)
            if dirty is not None:
                dirty |= dirty_pages(old.summary if old else None) | dirty_pages(summary)
            notices[notice_id] = sitecache.NoticeEntry(digest, files, summary, record, stats.get(notice_id))
        return dirty

    if stale:
        dirty = rebuild(stale, dirty)
    else:
        out.mkdir(parents=True, exist_ok=True)
    for notice_id, stat in stats.items():
        notices[notice_id] = dataclasses.replace(notices[notice_id], stat=stat)
    for gone in set(notices) - set(ids):
        if dirty is not None:
            dirty |= dirty_pages(notices[gone].summary)
        del notices[gone]
    # The shared pages read each notice's record; one that is not what kokuchi
    # wrote means that notice is rebuilt (once), never that its content is used.
    repaired: set[str] = set()
    while True:
        summaries = {notice_id: notices[notice_id].summary for notice_id in ids}
        records = {notice_id: notices[notice_id].record for notice_id in ids}
        try:
            shared = SharedPages(out, all_langs, summaries, records, base_url, publisher).build(dirty)
            break
        except StaleRecord as bad:
            if bad.notice_id in repaired:  # pragma: no cover - kokuchi wrote a record it cannot read
                raise
            repaired.add(bad.notice_id)
            known = {**known, bad.notice_id: notices[bad.notice_id]}
            rebuild([(bad.notice_id, notices[bad.notice_id].digest)], None)
            dirty = None
    write_csaf_index(store, out, list(summaries.values()))
    sitecache.write_cache(cache_path, sitecache.SiteCache(environment, notices, tuple(sorted(shared))))
    # Only now, with every page pointing at the new files: what kokuchi wrote
    # before and no longer writes (pages of removed notices, moved CSAF
    # documents, the product and month pages of a product or month gone).
    written = {f for entry in notices.values() for f in entry.files} | shared
    transaction.remove(out, ({f for entry in known.values() for f in entry.files} | set(cache.shared)) - written)
    lags = [{"id": notice_id, **dataclasses.asdict(lag)} for notice_id in ids for lag in summaries[notice_id].lags]
    notes = [line for summary in summaries.values() for line in summary.notes]
    return SiteResult(len(ids), len(stale) + len(repaired), out, base_url, lags, notes)


def lag_lines(result: SiteResult, now: datetime) -> list[str]:
    """One line per notice whose translation lags its source, saying by how much and for how long."""
    lines = []
    for lag in result.lags:
        since = datetime.fromisoformat(lag["since"])
        edition = f"report {lag['edition']}" if lag["edition"] else "no report (nothing complete)"
        ahead = f"ahead for {format_age(now - since)}, " if now > since else ""
        lines.append(
            f"lagging: {lag['id']}: {lag['lang']} follows {edition}, {SOURCE_LANGUAGE} is at report {lag['latest']} "
            f"({ahead}since {lag['since']})"
        )
    return lines
