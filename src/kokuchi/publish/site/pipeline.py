"""A site build from start to end: what is stale, load it, build it, switch it in, the shared pages, the cache."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kokuchi.core.errors import KokuchiError
from kokuchi.language.dates import format_age
from kokuchi.language.labels import SOURCE_LANGUAGE
from kokuchi.project.files import atomic_write
from kokuchi.project.layout import Store, check_notice_id
from kokuchi.publish.site import sitecache, transaction, workers
from kokuchi.publish.site.pages import NoticePages
from kokuchi.publish.site.shared import SharedPages, dirty_pages, write_csaf_index
from kokuchi.render import html


@dataclass
class SiteResult:
    notices: int
    rebuilt: int
    out: Path
    base_url: str | None
    lags: list[dict] = field(default_factory=list)  # {"id", "lang", "edition", "latest", "since"}
    notes: list[str] = field(default_factory=list)  # what was left out (CSAF documents the gate refused)


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
    transaction.recover(out)
    cache = sitecache.read_cache(cache_path) if out.is_dir() else {}
    known = cache.get("notices", {})  # what kokuchi wrote before: the only files it may delete
    dirty: set[str] | None = set()
    notices = dict(known)
    if cache.get("environment") != environment:
        notices = {}
        dirty = None
    stale: list[tuple[str, str]] = []
    stats: dict[str, list] = {}
    built = set(os.listdir(out)) if out.is_dir() else set()
    notices_dir = str(store.notices_dir)
    for notice_id in ids:
        entry = notices.get(notice_id)
        digest = sitecache.unchanged_digest(os.path.join(notices_dir, notice_id), entry)
        if digest is None:
            files = sitecache.revision_files(store, notice_id)
            digest = sitecache.digest_files(files)
            stats[notice_id] = sitecache.stat_files(store.notices_dir / notice_id, files)
        if not (entry and entry["digest"] == digest and notice_id in built):
            stale.append((notice_id, digest))
    count = processes if processes is not None else workers.default_workers(len(stale))
    # Everything is read and checked before anything is written: every notice
    # to rebuild, then the catalogs.
    loaded = workers.load_stale(store, [notice_id for notice_id, _ in stale], count) if stale else {}
    entries = {lang: sitecache.cached_catalog_entries(store, out, lang) for lang in all_langs[1:]} if stale else {}
    out.mkdir(parents=True, exist_ok=True)
    html.cache_compiled_templates(
        str(out / sitecache.TEMPLATE_CACHE), lambda path, data: atomic_write(path, data, durable=False)
    )
    with transaction.Staging(out, [notice_id for notice_id, _ in stale]) as staging:
        if stale:
            job = workers.Job(NoticePages(store, out, all_langs, entries, base_url), loaded, staging.folders)
            for done, (notice_id, summary, digest) in enumerate(workers.build_all(job, stale, count), start=1):
                if dirty is not None:
                    dirty |= dirty_pages(notices.get(notice_id, {}).get("summary")) | dirty_pages(summary)
                notices[notice_id] = {"digest": digest, "files": summary.pop("files"), "summary": summary}
                if progress:
                    progress(done, len(stale))
        # Each rebuilt notice's folder switches into place whole, with the files
        # kokuchi did not write carried over; the shared pages follow.
        staging.switch(
            {
                notice_id: {f.removeprefix(f"{notice_id}/") for f in entry.get("files", ())}
                for notice_id, entry in known.items()
            }
        )
    for notice_id, stat in stats.items():
        notices[notice_id]["stat"] = stat
    for gone in set(notices) - set(ids):
        if dirty is not None:
            dirty |= dirty_pages(notices[gone]["summary"])
        del notices[gone]
    summaries = {notice_id: notices[notice_id]["summary"] for notice_id in ids}
    shared = SharedPages(out, all_langs, summaries, base_url, publisher).build(dirty)
    write_csaf_index(store, out, list(summaries.values()))
    sitecache.write_cache(cache_path, environment, notices, shared)
    # Only now, with every page pointing at the new files: what kokuchi wrote
    # before and no longer writes (pages of removed notices, moved CSAF
    # documents, the product and month pages of a product or month gone).
    written = {f for entry in notices.values() for f in entry["files"]} | shared
    transaction.remove(
        out, ({f for entry in known.values() for f in entry["files"]} | set(cache.get("shared", ()))) - written
    )
    lags = [{"id": notice_id, **lag} for notice_id in ids for lag in summaries[notice_id]["lags"]]
    notes = [line for summary in summaries.values() for line in summary.get("csaf_skipped", ())]
    return SiteResult(len(ids), len(stale), out, base_url, lags, notes)


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
