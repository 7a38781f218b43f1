"""A static site of every notice, rebuilt incrementally.

Layout under the output folder::

    index.html                       every notice: status, latest revision, published, titles in each language
    <id>/index.<lang>.html           the latest revision
    <id>/<NNN>/index.<lang>.html     every revision
    <id>/<NNN>/diff.<lang>.html      what changed since the revision before
    csaf/<year>/<id>.json            an advisory's latest revision as CSAF 2.0 (and <id>-en.json, the
                                     translation, when the release gate passes it); index.txt,
                                     changes.csv and provider-metadata.json: a CSAF directory
                                     distribution (docs/security.md); needs kokuchi.yaml

``.kokuchi-site.json`` remembers a digest of each notice's revision files (and
of the catalogs, templates and kokuchi itself); a notice whose digest did not
change is not even loaded again.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from importlib import resources
from pathlib import Path

from . import __version__
from .dates import format_timestamp, language_name
from .errors import KokuchiError
from .i18n import SOURCE_LANGUAGE, labels
from .load import load_notice
from .checks import load_glossary
from .gate import gate
from .model import Notice, NoticeType
from .render import html, render
from .store import Store, atomic_write, check_notice_id, revision_stem
from .translate import localize
from .views import Link, Page, changes_view, history_entries, log_view, notice_view, revision_history, status_label

CACHE = ".kokuchi-site.json"


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode("utf-8") + b"\x00" + path.read_bytes() + b"\x00")
    return digest.hexdigest()


def _tool_digest() -> str:
    digest = hashlib.sha256(__version__.encode())
    templates = resources.files("kokuchi").joinpath("render/templates")
    for item in sorted(templates.iterdir(), key=lambda t: t.name):
        digest.update(item.read_bytes())
    digest.update(resources.files("kokuchi").joinpath("locales/ja/LC_MESSAGES/kokuchi.po").read_bytes())
    return digest.hexdigest()


def _revision_files(store: Store, notice_id: str) -> list[Path]:
    folder = store.notice_dir(notice_id)
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))


def _csaf_settings(store: Store):
    from .config import csaf_settings

    try:
        return csaf_settings(store)
    except KokuchiError:
        return None


class _Builder:
    def __init__(self, store: Store, out: Path, langs: list[str]):
        """*langs*: the source language first, then every catalog's."""
        self.store = store
        self.out = out
        self.langs = langs
        self.entries = {lang: store.catalog_entries(lang) for lang in self.langs[1:]}
        self.csaf = _csaf_settings(store)
        self.glossary = load_glossary(store.glossary_path)

    def csaf_documents(self, notice: Notice) -> tuple[list[dict], list[str]]:
        """Write an advisory's CSAF documents; their records, and a line for each left out."""
        from .csaf import csaf_view, exportable_problems

        if notice.latest.type != NoticeType.ADVISORY or self.csaf is None or exportable_problems(notice.latest):
            return [], []
        records, skipped = [], []
        for lang in self.langs:
            entries = self.entries.get(lang, {})
            if lang != SOURCE_LANGUAGE:
                verdict = gate(list(notice.revisions), lang, entries, self.glossary)
                if verdict.refuses():
                    skipped.append(f"csaf: {notice.id} ({lang}) not published: {len(verdict.problems)} unit(s) "
                                   f"missing or inconsistent (kokuchi catalog check -l {lang})")
                    continue
            view = csaf_view(notice, notice.latest.number, lang, entries, self.csaf)
            path = f"{view.year}/{view.filename}"
            self.write(self.out / "csaf" / path, render(view, "csaf"))
            records.append({"path": path, "current_release_date": view.document["document"]["tracking"]["current_release_date"]})
        return records, skipped

    def write(self, path: Path, text: str) -> None:
        atomic_write(path, text.encode("utf-8"), durable=False)

    def notice(self, notice: Notice) -> dict:
        base = self.out / notice.id
        if base.exists():
            shutil.rmtree(base)
        titles = []
        for lang in self.langs:
            lab = labels(lang)
            localized = [localize(r, lang, self.entries.get(lang, {})) for r in notice.revisions]
            translated_notice = Notice(notice.id, tuple(localized))
            changes = revision_history(translated_notice)  # compared once, for the log and the diffs
            log = log_view(translated_notice, lang, changes)
            alternates = tuple(Link(f"index.{other}.html", language_name(other), other, other == lang) for other in self.langs)
            for revision, translated in zip(notice.revisions, localized):
                folder = base / revision_stem(revision.number)
                history = history_entries(log, revision.number, href=lambda n: f"../{revision_stem(n)}/index.{lang}.html")
                links = [Link("../../index.html", lab("label", "Notices")), Link(f"../index.{lang}.html", lab("label", "Latest"))]
                if revision.number > 1:
                    links.append(Link(f"diff.{lang}.html", lab("label", "Changes")))
                    previous = localized[revision.number - 2]
                    diff_links = (
                        Link(f"../{revision_stem(previous.number)}/index.{lang}.html",
                             lab("label", "Revision {number}", number=previous.number)),
                        Link(f"index.{lang}.html", lab("label", "Revision {number}", number=revision.number)),
                        *(Link(f"diff.{other}.html", language_name(other), other) for other in self.langs if other != lang),
                    )
                    diff_view = changes_view(notice.id, previous, translated, changes[revision.number - 1][1], lang,
                                             links=diff_links)
                    self.write(folder / f"diff.{lang}.html", render(diff_view, "html"))
                page = Page(alternates=alternates, links=tuple(links), history=history)
                self.write(folder / f"index.{lang}.html", render(notice_view(translated, lang, page=page), "html"))
            latest = localized[-1]
            history = history_entries(log, latest.number, href=lambda n: f"{revision_stem(n)}/index.{lang}.html")
            page = Page(alternates=alternates, links=(Link("../index.html", lab("label", "Notices")),), history=history)
            self.write(base / f"index.{lang}.html", render(notice_view(latest, lang, page=page), "html"))
            titles.append({"lang": lang, "href": f"{notice.id}/index.{lang}.html", "text": latest.title})
        latest = notice.latest
        csaf, csaf_skipped = self.csaf_documents(notice)
        return {
            "csaf": csaf,
            "csaf_skipped": csaf_skipped,
            "id": notice.id,
            "status": " / ".join(status_label(latest.status, labels(lang)) for lang in self.langs),
            "revision": latest.number,
            "published": latest.published.isoformat(),
            "published_text": format_timestamp(latest.published, labels(SOURCE_LANGUAGE)),
            "titles": titles,
        }


_BUILDER: _Builder | None = None  # shared with the worker processes (fork)
PARALLEL_FROM = 24  # notices to rebuild before it is worth starting workers


def _build_one(item: tuple[str, str]) -> tuple[str, dict, str]:
    notice_id, digest = item
    return notice_id, _BUILDER.notice(load_notice(_BUILDER.store, notice_id)), digest


def _build_all(stale: list[tuple[str, str]]):
    """Build the stale notices, on every core when there are enough of them."""
    workers = min(os.cpu_count() or 1, 8)
    if len(stale) < PARALLEL_FROM or workers < 2:
        yield from map(_build_one, stale)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        yield from pool.imap(_build_one, stale, chunksize=8)


def build(root: Path, out: Path | None = None, *, progress: Callable[[int, int], None] | None = None) -> str:
    """Build (or bring up to date) the site; returns a summary line."""
    store = Store(root)
    out = out or root / "site"
    ids = store.notice_ids()
    if not ids:
        raise KokuchiError(f"no notices in {store.rel(store.notices_dir)}/")
    for notice_id in ids:
        check_notice_id(notice_id)
    all_langs = [SOURCE_LANGUAGE] + [lang for lang in store.catalog_languages(required=False) if lang != SOURCE_LANGUAGE]
    settings = [store.config_path] if store.config_path.is_file() else []
    environment = hashlib.sha256((_tool_digest() + _digest(store.catalog_files() + settings)).encode()).hexdigest()
    cache_path = out / CACHE
    try:
        cache = json.loads(cache_path.read_text("utf-8")) if cache_path.is_file() else {}
    except ValueError:
        cache = {}
    if cache.get("environment") != environment:
        cache = {"environment": environment, "notices": {}}
        shutil.rmtree(out / "csaf", ignore_errors=True)  # every notice is rebuilt, its documents with it
    stale: list[tuple[str, str]] = []
    for notice_id in ids:
        digest = _digest(_revision_files(store, notice_id))
        known = cache["notices"].get(notice_id)
        if not (known and known["digest"] == digest and (out / notice_id).is_dir()):
            stale.append((notice_id, digest))
    for notice_id, _ in stale:  # its CSAF documents are written again, perhaps elsewhere
        _remove_csaf(out, cache["notices"].get(notice_id))
    if stale:
        global _BUILDER
        _BUILDER = _Builder(store, out, all_langs)
        for done, (notice_id, row, digest) in enumerate(_build_all(stale), start=1):
            cache["notices"][notice_id] = {"digest": digest, "row": row}
            if progress:
                progress(done, len(stale))
    rows = [cache["notices"][notice_id]["row"] for notice_id in ids]
    rebuilt = len(stale)
    for gone in set(cache["notices"]) - set(ids):
        _remove_csaf(out, cache["notices"][gone])
        del cache["notices"][gone]
        shutil.rmtree(out / gone, ignore_errors=True)
    _write_csaf_index(store, out, rows)
    lab = labels(SOURCE_LANGUAGE)
    page = {
        "lang": SOURCE_LANGUAGE,
        "title": " / ".join(labels(lang)("label", "Notices") for lang in all_langs),
        "columns": [lab("label", "Status"), lab("label", "Revision"), lab("label", "Published")]
        + [f"{labels(lang)('label', 'Title')} ({language_name(lang)})" for lang in all_langs],
    }
    rows.sort(key=lambda row: row["published"], reverse=True)
    atomic_write(out / "index.html", html.index(rows, page).encode("utf-8"))
    atomic_write(cache_path, (json.dumps(cache, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    lines = [f"site: {len(ids)} notice(s), {rebuilt} rebuilt, in {out}"]
    return "\n".join(lines + [line for row in rows for line in row.get("csaf_skipped", ())])


def _remove_csaf(out: Path, cached: dict | None) -> None:
    for record in (cached or {}).get("row", {}).get("csaf", ()):
        (out / "csaf" / record["path"]).unlink(missing_ok=True)


def _write_csaf_index(store: Store, out: Path, rows: list[dict]) -> None:
    """index.txt, changes.csv (CSAF requirements 13, 14) and provider-metadata.json for csaf/."""
    import csv
    import io

    from .csaf import provider_metadata
    from .render.json import dumps

    records = [record for row in rows for record in row.get("csaf", ())]
    folder = out / "csaf"
    if not records:
        for name in ("index.txt", "changes.csv", "provider-metadata.json"):
            (folder / name).unlink(missing_ok=True)
        return
    settings = _csaf_settings(store)
    records.sort(key=lambda r: (datetime.fromisoformat(r["current_release_date"]), r["path"]), reverse=True)
    atomic_write(folder / "index.txt", "".join(f"{r['path']}\n" for r in sorted(records, key=lambda r: r["path"])).encode("utf-8"))
    changes = io.StringIO()
    writer = csv.writer(changes, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerows([r["path"], r["current_release_date"]] for r in records)
    atomic_write(folder / "changes.csv", changes.getvalue().encode("utf-8"))
    metadata = provider_metadata(settings, records[0]["current_release_date"])
    atomic_write(folder / "provider-metadata.json", dumps(metadata).encode("utf-8"))
