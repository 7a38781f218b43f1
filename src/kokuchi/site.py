"""A static site of every notice in every language, rebuilt incrementally.

Layout under the output folder (every page in each language ``<lang>``)::

    index.html, index.<lang>.html        ongoing and upcoming notices above the past ones
    feed.<lang>.xml                      Atom: the newest revisions of every notice
    status.json                          the ongoing and upcoming notices, for banners elsewhere
    products/<slug>/index.<lang>.html    one product's notices, and its feed.<lang>.xml
    <id>/index.<lang>.html               the notice: its latest revision complete in <lang>
    <id>/<NNN>/index.<lang>.html         every revision
    <id>/<NNN>/diff.<lang>.html          what changed since the revision before

A translated edition follows the latest revision whose translation is complete;
when the source is ahead, the page says so (a banner and ``kokuchi:*-revision``
meta tags), the index marks it, status.json records it and the build reports it.

``.kokuchi-site.json`` remembers a digest of each notice's revision files (and of
the catalogs, templates, settings and kokuchi itself) with everything the shared
pages need from it; a notice whose digest did not change is not even loaded
again. Catalog look-ups are cached by the catalog's digest, so one changed
notice does not re-parse a catalog of thousands of messages.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path

from . import __version__
from .dates import format_age, format_timestamp, language_name
from .errors import KokuchiError
from .i18n import SOURCE_LANGUAGE, labels
from .load import load_notice
from .model import INCIDENT_STATUSES, MAINTENANCE_STATUSES, FINAL_STATUSES, Notice, Revision
from .render import render
from .store import Store, atomic_write, check_notice_id, revision_stem
from .translate import translate
from .views import (
    Freshness,
    Link,
    Page,
    changes_view,
    feed_entry_record,
    feed_view,
    history_entries,
    log_view,
    notice_view,
    report_label,
    revision_history,
    site_index_view,
    site_row_record,
)

CACHE = ".kokuchi-site.json"
CATALOG_CACHE = ".kokuchi-catalog.{lang}.json"
FEED_SIZE = 100  # entries in each feed: the newest revisions
# Ongoing and upcoming: the statuses of an incident or maintenance still open.
CURRENT_STATUSES = frozenset(INCIDENT_STATUSES + MAINTENANCE_STATUSES) - FINAL_STATUSES


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


def product_slug(name: str) -> str:
    """The folder of a product's pages: its ASCII words, plus a digest when the name has other letters."""
    ascii_words = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if ascii_words and name.isascii():
        return ascii_words
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{ascii_words}-{digest}" if ascii_words else digest


def entry_id(notice_id: str, number: int, lang: str) -> str:
    """A feed entry's id: the same for a revision in a language whatever the site's URL."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"kokuchi:notice/{notice_id}/{revision_stem(number)}/{lang}").urn


@dataclass(frozen=True)
class _Entry:
    """A catalog entry as translate() reads it, from the look-up cache."""

    msgstr: str
    flags: tuple[str, ...] = ()
    obsolete: bool = False


def catalog_entries(store: Store, out: Path, lang: str) -> dict:
    """*lang*'s catalog look-up, read from a cache keyed by the catalog's digest when it is unchanged."""
    path = store.catalog_path(lang)
    if not path.is_file():
        return {}
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    cache_path = out / CATALOG_CACHE.format(lang=lang)
    try:
        cached = json.loads(cache_path.read_text("utf-8"))
        if cached.get("digest") == digest:
            return {(ctx, msgid): _Entry(msgstr, tuple(flags)) for ctx, msgid, msgstr, flags in cached["entries"]}
    except (OSError, ValueError, KeyError, TypeError):
        pass
    entries = store.catalog_entries(lang)
    rows = [[ctx, msgid, e.msgstr, list(e.flags)] for (ctx, msgid), e in entries.items()]
    atomic_write(cache_path, json.dumps({"digest": digest, "entries": rows}, ensure_ascii=False).encode("utf-8"),
                 durable=False)
    return entries


def _relative(base_url: str | None, path: str) -> str | None:
    return base_url + path if base_url else None


class _Builder:
    def __init__(self, store: Store, out: Path, langs: list[str], entries: dict[str, dict], base_url: str | None):
        """*langs*: the source language first, then every catalog's."""
        self.store = store
        self.out = out
        self.langs = langs
        self.entries = entries
        self.base_url = base_url

    def write(self, path: Path, text: str) -> None:
        atomic_write(path, text.encode("utf-8"), durable=False)

    def _editions(self, notice: Notice) -> dict[str, tuple[list[Revision], int | None]]:
        """Per language: every revision translated, and the latest one complete in it (None: none is)."""
        result = {}
        for lang in self.langs:
            if lang == SOURCE_LANGUAGE:
                result[lang] = (list(notice.revisions), notice.latest.number)
                continue
            localized, complete = [], None
            for revision in notice.revisions:
                translated, missing = translate(revision, self.entries.get(lang, {}))
                localized.append(translated)
                if not missing:
                    complete = revision.number
            result[lang] = (localized, complete)
        return result

    def notice(self, notice: Notice) -> dict:
        base = self.out / notice.id
        if base.exists():
            shutil.rmtree(base)
        latest = notice.latest
        editions = self._editions(notice)
        products = [(name, product_slug(name)) for name in latest.products]
        record: dict = {"langs": {}, "lags": []}
        for lang in self.langs:
            lab = labels(lang)
            localized, complete = editions[lang]
            shown = complete or latest.number  # with nothing complete, the latest with its gaps marked
            source_name = language_name(SOURCE_LANGUAGE, lang)
            lagging = lang != SOURCE_LANGUAGE and shown < latest.number
            newer_href = f"{revision_stem(latest.number)}/index.{SOURCE_LANGUAGE}.html"
            changes = revision_history(Notice(notice.id, tuple(localized)))  # compared once, for the log and the diffs
            log = log_view(Notice(notice.id, tuple(localized)), lang, changes)
            home = Link(f"index.{lang}.html", lab("label", "Notices"))
            feed = Link(f"feed.{lang}.xml", lab("label", "Feed (Atom)"), lang)

            def freshness(number: int, prefix: str, *, current: bool) -> Freshness | None:
                if lang == SOURCE_LANGUAGE:
                    return None
                text = lab("label", "Translated from {language} report {number}.", language=source_name, number=number)
                if not (current and lagging):
                    return Freshness(number, latest.number, text)
                banner = lab("label", "Report {new} ({language}) was published at {time}; this edition follows report {old}.",
                             new=latest.number, language=source_name, old=number,
                             time=format_timestamp(latest.published, lab))
                newer = Link(f"{prefix}{notice.id}/{newer_href}", lab("label", "Read report {number} in {language}", number=latest.number,
                                                      language=source_name), SOURCE_LANGUAGE)
                return Freshness(number, latest.number, text, banner, newer)

            def page(prefix: str, path: str, alternates, links, *, number: int, current: bool, history=()) -> Page:
                revision = localized[number - 1]
                return Page(
                    products=product_links(revision, prefix),
                    alternates=alternates,
                    links=(Link(prefix + home.href, home.name), *links),
                    banner=lab("label", "Some parts are not translated yet and are shown in Japanese.")
                    if revision.untranslated else None,
                    history=history,
                    feed=Link(prefix + feed.href, feed.name, lang),
                    canonical=_relative(self.base_url, path),
                    freshness=freshness(number, prefix, current=current),
                    nav_label=lab("label", "Site navigation"),
                )

            def product_links(revision: Revision, prefix: str) -> tuple[Link, ...]:
                slugs = {name: product_slug(name) for name in notice.revision(revision.number).products}
                return tuple(Link(f"{prefix}products/{slugs[source]}/index.{lang}.html", name)
                             for source, name in zip(slugs, revision.products))

            for revision in localized:
                n = revision.number
                stem = revision_stem(n)
                folder = base / stem
                alternates = tuple(Link(f"index.{o}.html", language_name(o), o, o == lang) for o in self.langs)
                links = [Link(f"../index.{lang}.html", lab("label", "Latest"))]
                if n > 1:
                    links.append(Link(f"diff.{lang}.html", lab("label", "Changes")))
                    self._diff(notice, localized, changes, n, lang, folder)
                history = history_entries(log, n, href=lambda k: f"../{revision_stem(k)}/index.{lang}.html")
                view_page = page("../../", f"{notice.id}/{stem}/index.{lang}.html", alternates, links, number=n,
                                 current=n == shown, history=history)
                view = notice_view(revision, lang, page=view_page)
                self.write(folder / f"index.{lang}.html", render(view, "html"))
            revision = localized[shown - 1]
            alternates = tuple(Link(f"index.{o}.html", language_name(o), o, o == lang) for o in self.langs)
            history = history_entries(log, shown, href=lambda k: f"{revision_stem(k)}/index.{lang}.html")
            main_page = page("../", f"{notice.id}/index.{lang}.html", alternates, (), number=shown, current=True,
                             history=history)
            self.write(base / f"index.{lang}.html", render(notice_view(revision, lang, page=main_page), "html"))
            lag_link = None
            if lagging:
                lag_link = Link(f"{notice.id}/{newer_href}", lab("label", "Report {number} ({language}) is newer",
                                                                 number=latest.number, language=source_name),
                                SOURCE_LANGUAGE)
                record["lags"].append({"lang": lang, "edition": complete, "latest": latest.number,
                                       "since": notice.revision((complete or 0) + 1).published.isoformat()})
            record["langs"][lang] = {
                "row": site_row_record(notice.id, revision, lang, href=f"{notice.id}/index.{lang}.html",
                                       products=[(name, f"products/{slug}/index.{lang}.html")
                                                 for (_, slug), name in zip(products, revision.products)],
                                       lag=lag_link),
                "entries": [
                    feed_entry_record(
                        notice.id, r, lang, href=f"{notice.id}/{revision_stem(r.number)}/index.{lang}.html",
                        summaries=log.entries[r.number - 1].summaries,
                        alternates=[(o, f"{notice.id}/{revision_stem(r.number)}/index.{o}.html") for o in self.langs if o != lang],
                        entry_id=entry_id(notice.id, r.number, lang),
                    )
                    for r in localized[:complete or 0]
                ],
                # Every product any revision names has a page (older revisions link to it too).
                "products": {product_slug(source): name for r, local in zip(notice.revisions, localized)
                             for source, name in zip(r.products, local.products)},
                "edition": complete,
            }
        # The source language's lag note, for the row in its own index.
        for lag in record["lags"]:
            row = record["langs"][SOURCE_LANGUAGE]["row"]
            lab = labels(SOURCE_LANGUAGE)
            row.setdefault("notes", []).append(lab("label", "The {language} edition follows report {number}",
                                                   language=language_name(lag["lang"], SOURCE_LANGUAGE),
                                                   number=lag["edition"] or 0))
        record.update({
            "id": notice.id,
            "type": str(latest.type),
            "status": str(latest.status),
            "current": latest.status in CURRENT_STATUSES,
            "revision": latest.number,
            "updated": latest.published.isoformat(),
            "products": [name for name, _ in products],
        })
        return record

    def _diff(self, notice: Notice, localized: list[Revision], changes, n: int, lang: str, folder: Path) -> None:
        lab = labels(lang)
        stem, before = revision_stem(n), revision_stem(n - 1)
        links = [
            Link(f"../{before}/index.{lang}.html", lab("label", "Before: {report}", report=report_label(n - 1, lab))),
            Link(f"index.{lang}.html", lab("label", "After: {report}", report=report_label(n, lab))),
        ]
        if n > 2:
            links.append(Link(f"../{before}/diff.{lang}.html", lab("label", "Previous change")))
        if n < len(localized):
            links.append(Link(f"../{revision_stem(n + 1)}/diff.{lang}.html", lab("label", "Next change")))
        page = Page(
            alternates=tuple(Link(f"diff.{o}.html", language_name(o), o, o == lang) for o in self.langs),
            links=(Link(f"../../index.{lang}.html", lab("label", "Notices")), *links),
            feed=Link(f"../../feed.{lang}.xml", lab("label", "Feed (Atom)"), lang),
            canonical=_relative(self.base_url, f"{notice.id}/{stem}/diff.{lang}.html"),
            nav_label=lab("label", "Site navigation"),
        )
        view = changes_view(notice.id, localized[n - 2], localized[n - 1], changes[n - 1][1], lang, rendered=True, page=page)
        self.write(folder / f"diff.{lang}.html", render(view, "html"))


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


@dataclass
class SiteResult:
    notices: int
    rebuilt: int
    out: Path
    base_url: str | None
    lags: list[dict] = field(default_factory=list)  # {"id", "lang", "edition", "latest", "since"}


class _Shared:
    """The pages every notice appears on: indexes, product pages, feeds, status.json."""

    def __init__(self, out: Path, langs: list[str], records: list[dict], base_url: str | None, publisher: str):
        self.out = out
        self.langs = langs
        self.records = sorted(records, key=lambda r: r["updated"], reverse=True)
        self.base_url = base_url
        self.publisher = publisher

    def write(self, path: str, text: str) -> None:
        atomic_write(self.out / path, text.encode("utf-8"), durable=False)

    def _page(self, lang: str, prefix: str, name: str, feed: str) -> Page:
        lab = labels(lang)
        return Page(
            alternates=tuple(Link(f"{name}.{o}.html", language_name(o), o, o == lang) for o in self.langs),
            links=(Link(f"{prefix}index.{lang}.html", lab("label", "Notices")),) if prefix else (),
            feed=Link(feed, lab("label", "Feed (Atom)"), lang),
            nav_label=lab("label", "Site navigation"),
        )

    def _rows(self, lang: str, records: list[dict]) -> tuple[list[dict], list[dict]]:
        rows = [r["langs"][lang]["row"] for r in records]
        current = [row for row, r in zip(rows, records) if r["current"]]
        past = [row for row, r in zip(rows, records) if not r["current"]]
        return current, past

    def _feed(self, lang: str, records: list[dict], *, folder: str, title: str, page_href: str) -> str:
        """A feed in *folder*; its links are absolute with a base URL, else relative to the site's root (xml:base)."""
        entries = sorted((e for r in records for e in r["langs"][lang]["entries"]), key=lambda e: e["updated"],
                         reverse=True)[:FEED_SIZE]
        root = self.base_url or ""
        self_path = f"{folder}feed.{lang}.xml"
        view = feed_view(
            lang, entries,
            feed_id=root + self_path if self.base_url else uuid.uuid5(uuid.NAMESPACE_URL, f"kokuchi:{self_path}").urn,
            title=title, author=self.publisher,
            self_href=root + self_path,
            page_href=root + folder + page_href,
            alternates=[(o, root + f"{folder}feed.{o}.xml") for o in self.langs if o != lang],
            prefix=root,
            base=None if self.base_url else "../" * folder.count("/") or "./",
        )
        return render(view, "atom")

    def build(self) -> None:
        by_product: dict[str, list[dict]] = {}
        for record in self.records:
            for slug in record["langs"][SOURCE_LANGUAGE]["products"]:
                by_product.setdefault(slug, []).append(record)
        for lang in self.langs:
            lab = labels(lang)
            names = {}
            for record in self.records:
                names.update(record["langs"][lang]["products"])
            products = tuple(Link(f"products/{slug}/index.{lang}.html", names[slug]) for slug in sorted(by_product, key=lambda s: names[s]))
            current, past = self._rows(lang, self.records)
            heading = lab("label", "Notices")
            view = site_index_view(lang, current, past, heading=heading, page=self._page(lang, "", "index", f"feed.{lang}.xml"),
                                   products=products)
            html = render(view, "html")
            self.write(f"index.{lang}.html", html)
            if lang == SOURCE_LANGUAGE:
                self.write("index.html", html)
            self.write(f"feed.{lang}.xml", self._feed(lang, self.records, folder="", title=heading,
                                                      page_href=f"index.{lang}.html"))
            for slug, records in by_product.items():
                folder = f"products/{slug}/"
                current, past = self._rows(lang, records)
                heading = lab("heading", "Notices about {product}", product=names[slug])
                view = site_index_view(lang, current, past, heading=heading, root="../../",
                                       page=self._page(lang, "../../", "index", f"feed.{lang}.xml"))
                self.write(folder + f"index.{lang}.html", render(view, "html"))
                self.write(folder + f"feed.{lang}.xml", self._feed(
                    lang, records, folder=folder, title=lab("label", "Notices: {product}", product=names[slug]),
                    page_href=f"index.{lang}.html"))
        self.write("status.json", json.dumps(self.status(), ensure_ascii=False, indent=2) + "\n")

    def status(self) -> dict:
        """The ongoing and upcoming notices (schema: kokuchi/schema/status.schema.json)."""
        def url(path: str) -> str:
            return (self.base_url or "") + path

        lagging = {(r["id"], lag["lang"]) for r in self.records for lag in r["lags"]}
        return {
            "notices": [
                {
                    "id": r["id"],
                    "type": r["type"],
                    "status": r["status"],
                    "products": r["products"],
                    "revision": r["revision"],
                    "updated": r["updated"],
                    "languages": {
                        lang: {
                            "url": url(f"{r['id']}/index.{lang}.html"),
                            "title": r["langs"][lang]["row"]["title"],
                            "revision": r["langs"][lang]["edition"],
                            "lags": (r["id"], lang) in lagging,
                        }
                        for lang in self.langs
                    },
                }
                for r in self.records
                if r["current"]
            ],
        }


def build(root: Path, out: Path | None = None, *, base_url: str | None = None, publisher: str = "kokuchi",
          progress: Callable[[int, int], None] | None = None) -> SiteResult:
    """Build (or bring up to date) the site."""
    store = Store(root)
    out = out or root / "site"
    ids = store.notice_ids()
    if not ids:
        raise KokuchiError(f"no notices in {store.rel(store.notices_dir)}/")
    for notice_id in ids:
        check_notice_id(notice_id)
    all_langs = [SOURCE_LANGUAGE] + [lang for lang in store.catalog_languages(required=False) if lang != SOURCE_LANGUAGE]
    settings = json.dumps([base_url, publisher, all_langs])
    environment = hashlib.sha256((_tool_digest() + _digest(store.catalog_files()) + settings).encode()).hexdigest()
    cache_path = out / CACHE
    try:
        cache = json.loads(cache_path.read_text("utf-8")) if cache_path.is_file() else {}
    except ValueError:
        cache = {}
    if cache.get("environment") != environment:
        cache = {"environment": environment, "notices": {}}
    stale: list[tuple[str, str]] = []
    for notice_id in ids:
        digest = _digest(_revision_files(store, notice_id))
        known = cache["notices"].get(notice_id)
        if not (known and known["digest"] == digest and (out / notice_id).is_dir()):
            stale.append((notice_id, digest))
    if stale:
        global _BUILDER
        entries = {lang: catalog_entries(store, out, lang) for lang in all_langs[1:]}
        _BUILDER = _Builder(store, out, all_langs, entries, base_url)
        for done, (notice_id, record, digest) in enumerate(_build_all(stale), start=1):
            cache["notices"][notice_id] = {"digest": digest, "record": record}
            if progress:
                progress(done, len(stale))
    for gone in set(cache["notices"]) - set(ids):
        del cache["notices"][gone]
        shutil.rmtree(out / gone, ignore_errors=True)
    records = [cache["notices"][notice_id]["record"] for notice_id in ids]
    if (out / "products").is_dir():
        shutil.rmtree(out / "products")  # rebuilt whole below: a product may have gone
    _Shared(out, all_langs, records, base_url, publisher).build()
    atomic_write(cache_path, (json.dumps(cache, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    lags = [{"id": r["id"], **lag} for r in records for lag in r["lags"]]
    return SiteResult(len(ids), len(stale), out, base_url, lags)


def lag_lines(result: SiteResult, now: datetime) -> list[str]:
    """One line per notice whose translation lags its source, saying by how much and for how long."""
    lines = []
    for lag in result.lags:
        since = datetime.fromisoformat(lag["since"])
        edition = f"report {lag['edition']}" if lag["edition"] else "no report (nothing complete)"
        lines.append(
            f"lagging: {lag['id']}: {lag['lang']} follows {edition}, {SOURCE_LANGUAGE} is at report {lag['latest']} "
            f"(ahead for {format_age(now - since)}, since {lag['since']})"
        )
    return lines
