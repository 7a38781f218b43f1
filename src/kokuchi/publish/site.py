"""A static site of every notice in every language, rebuilt incrementally.

Layout under the output folder (every page in each language ``<lang>``)::

    index.html, index.<lang>.html        ongoing and upcoming notices above the recent past ones
    feed.<lang>.xml                      Atom: the newest revisions of every notice
    status.json                          the ongoing and upcoming notices, for banners elsewhere
    product-<slug>.<lang>.html           one product's notices; feed-<slug>.<lang>.xml its feed
    archive-<yyyy-mm>.<lang>.html        the notices last updated in one month
    <id>/index.<lang>.html               the notice: its latest revision complete in <lang>
    <id>/<NNN>/index.<lang>.html         every revision
    <id>/<NNN>/diff.<lang>.html          what changed since the revision before
    csaf/<year>/<id>.json                an advisory's latest revision as CSAF 2.0 (and <id>-en.json, the
                                         translation, when the release gate passes it); index.txt,
                                         changes.csv and provider-metadata.json: a CSAF directory
                                         distribution (docs/security.md); needs kokuchi.yaml

A translated edition follows the latest revision whose translation is complete;
when the source is ahead, the page says so (a banner and ``kokuchi:*-revision``
meta tags), the index marks it, status.json records it and the build reports it.

Every list page lives at the root, so a notice's row is rendered once, when
the notice changes, and kept in ``<id>/.kokuchi-notice.json`` with its feed
entries and status. ``.kokuchi-site.json`` remembers a digest of each
notice's revision files (and of the catalogs, templates, settings and kokuchi
itself; a file's size and mtime spare re-reading it) and a small summary; a
notice whose digest did not change is not even loaded again, and a product's
or a month's page is rewritten only when one of its notices changed. Catalog
look-ups are cached by the catalog's digest, so one changed notice does not
re-parse a catalog of thousands of messages.

A build checks everything before it writes anything: the catalogs and every
notice to rebuild are loaded (and refused, with every problem) first. Each
rebuilt notice's folder is built aside (``.<id>.new.<random>`` in the output
folder) and switched into place whole, carrying over by hard link the files
kokuchi did not write there; the shared pages follow, and only then are the
files of removed notices deleted, so that no link ever points at a missing
page. A run killed anywhere leaves every notice's folder old or new, and the
next build puts back what was moved aside. The cache lists every file kokuchi
wrote for a notice; kokuchi deletes only those, and a cache that is not
exactly the expected shape is ignored: everything is rebuilt.
"""

from __future__ import annotations

import csv
import hashlib
import heapq
import io
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

from kokuchi import __version__
from kokuchi.catalog.entries import catalog_entries as read_entries
from kokuchi.catalog.translate import translate
from kokuchi.core.errors import KokuchiError
from kokuchi.core.model import FINAL_STATUSES, INCIDENT_STATUSES, MAINTENANCE_STATUSES, Notice, NoticeType, Revision
from kokuchi.language.dates import format_age, format_month, format_timestamp, language_name
from kokuchi.language.labels import SOURCE_LANGUAGE, labels
from kokuchi.project.files import (
    MAX_CATALOG_BYTES,
    atomic_write,
    make_temp_folder,
    read_bytes,
    recover_folder,
    replace_folder,
)
from kokuchi.project.layout import NOTICE_ID, Store, check_notice_id, revision_stem
from kokuchi.render import html, render
from kokuchi.views.common import Freshness, Link, Page, language_links, report_label
from kokuchi.views.history import changes_view, history_entries, log_view, revision_history
from kokuchi.views.listing import feed_entry_record, feed_view, site_index_view, site_row_record, site_row_view
from kokuchi.views.notice import notice_view

CACHE = ".kokuchi-site.json"
TEMPLATE_CACHE = ".kokuchi-templates"  # jinja2's compiled templates
RECORD = ".kokuchi-notice.json"  # in each notice's folder: what the shared pages show of it
RECENT_PAST = 30  # past notices on the home page; the rest are on the month pages
CATALOG_CACHE = ".kokuchi-catalog.{lang}.json"
FEED_SIZE = 100  # entries in each feed: the newest revisions
# Ongoing and upcoming: the statuses of an incident or maintenance still open.
CURRENT_STATUSES = frozenset(INCIDENT_STATUSES + MAINTENANCE_STATUSES) - FINAL_STATUSES


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        # Bounded, and never a link or a FIFO: refused here as load would refuse it.
        digest.update(path.name.encode("utf-8") + b"\x00" + read_bytes(path, limit=MAX_CATALOG_BYTES) + b"\x00")
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


def cached_catalog_entries(store: Store, out: Path, lang: str) -> dict:
    """*lang*'s catalog look-up, read from a cache keyed by the catalog's digest when it is unchanged."""
    path = store.catalog_path(lang)
    if not path.is_file():
        return {}
    store.check_inside(path)
    raw = read_bytes(path, limit=MAX_CATALOG_BYTES, name=store.rel(path))
    digest = hashlib.sha256(__version__.encode() + b"\x00" + raw).hexdigest()  # what kokuchi reads from these bytes
    cache_path = out / CATALOG_CACHE.format(lang=lang)
    try:
        cached = json.loads(cache_path.read_text("utf-8"))
        if cached.get("digest") == digest:
            return {(ctx, msgid): _Entry(msgstr, tuple(flags)) for ctx, msgid, msgstr, flags in cached["entries"]}
    except (OSError, ValueError, KeyError, TypeError):
        pass
    entries = read_entries(store, lang)
    rows = [[ctx, msgid, e.msgstr, list(e.flags)] for (ctx, msgid), e in entries.items()]
    atomic_write(
        cache_path, json.dumps({"digest": digest, "entries": rows}, ensure_ascii=False).encode("utf-8"), durable=False
    )
    return entries


def _csaf_settings(store: Store):
    from kokuchi.project.settings import csaf_settings

    try:
        return csaf_settings(store)
    except KokuchiError:
        return None


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
        self.csaf = _csaf_settings(store)
        self.glossary = None  # loaded for the first advisory

    def csaf_documents(self, notice: Notice) -> tuple[list[dict], list[str]]:
        """Write an advisory's CSAF documents; their records, and a line for each left out."""
        from kokuchi.catalog.checks import load_glossary
        from kokuchi.publish.advisories import csaf_view, exportable_problems, translation_verdict

        if notice.latest.type != NoticeType.ADVISORY or self.csaf is None or exportable_problems(notice.latest):
            return [], []
        if self.glossary is None:
            self.glossary = load_glossary(self.store.glossary_path)
        records, skipped = [], []
        for lang in self.langs:
            entries = self.entries.get(lang, {})
            if lang != SOURCE_LANGUAGE:
                verdict = translation_verdict(notice, notice.latest.number, lang, entries, self.glossary)
                if verdict.refuses():
                    skipped.append(
                        f"csaf: {notice.id} ({lang}) not published: {len(verdict.problems)} unit(s) "
                        f"missing or inconsistent (kokuchi catalog check -l {lang})"
                    )
                    continue
            view = csaf_view(notice, notice.latest.number, lang, entries, self.csaf)
            path = f"{view.year}/{view.filename}"
            self.write(self.out / "csaf" / path, render(view, "csaf"))
            records.append(
                {"path": path, "current_release_date": view.document["document"]["tracking"]["current_release_date"]}
            )
        return records, skipped

    def write(self, path: Path, text: str) -> None:
        atomic_write(path, text.encode("utf-8"), durable=False)
        if path.is_relative_to(self.base):  # the notice's folder, built aside: named as it will be
            self.written.append(f"{self.notice_id}/{path.relative_to(self.base).as_posix()}")
        else:
            self.written.append(path.relative_to(self.out).as_posix())

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
        """The notice's summary for the cache, with ``files``: every file written for it.

        Its folder is written aside (``_STAGING``), to be switched into place
        once every notice is built; an advisory's CSAF documents go to
        ``csaf/`` directly, one atomic file each.
        """
        self.written: list[str] = []
        self.notice_id = notice.id
        self.base = base = _STAGING[notice.id]
        latest = notice.latest
        editions = self._editions(notice)
        products = [(name, product_slug(name)) for name in latest.products]
        record: dict = {"langs": {}, "lags": []}
        for lang in self.langs:
            lab = labels(lang)
            localized, complete = editions[lang]
            shown = complete or latest.number  # with nothing complete, the latest with its gaps marked
            source_name = language_name(SOURCE_LANGUAGE, lang)
            # Lagging: the latest source revision is not complete in this language (with none
            # complete, the page shows the latest with its gaps marked, and still lags).
            lagging = lang != SOURCE_LANGUAGE and complete != latest.number
            newer_href = f"{revision_stem(latest.number)}/index.{SOURCE_LANGUAGE}.html"
            changes = revision_history(Notice(notice.id, tuple(localized)))  # compared once, for the log and the diffs
            log = log_view(Notice(notice.id, tuple(localized)), lang, changes)
            home = Link(f"index.{lang}.html", lab("label", "Notices"))
            feed = Link(f"feed.{lang}.xml", lab("label", "Feed (Atom)"), lang)

            def freshness(number: int, prefix: str, *, current: bool) -> Freshness | None:
                if lang == SOURCE_LANGUAGE:
                    return None
                text = lab("label", "Translated from {language} report {number}.", language=source_name, number=number)
                if not (current and number < latest.number):
                    return Freshness(number, latest.number, text)
                banner = lab(
                    "label",
                    "Report {new} ({language}) was published at {time}; this edition follows report {old}.",
                    new=latest.number,
                    language=source_name,
                    old=number,
                    time=format_timestamp(latest.published, lab),
                )
                newer = Link(
                    f"{prefix}{notice.id}/{newer_href}",
                    lab("label", "Read report {number} in {language}", number=latest.number, language=source_name),
                    SOURCE_LANGUAGE,
                )
                return Freshness(number, latest.number, text, banner, newer)

            def page(prefix: str, path: str, alternates, links, *, number: int, current: bool, history=()) -> Page:
                revision = localized[number - 1]
                return Page(
                    products=product_links(revision, prefix),
                    alternates=alternates,
                    links=(Link(prefix + home.href, home.name), *links),
                    banner=lab("label", "Some parts are not translated yet and are shown in Japanese.")
                    if revision.untranslated
                    else None,
                    history=history,
                    feed=Link(prefix + feed.href, feed.name, lang),
                    canonical=_relative(self.base_url, path),
                    freshness=freshness(number, prefix, current=current),
                    nav_label=lab("label", "Site navigation"),
                )

            def product_links(revision: Revision, prefix: str) -> tuple[Link, ...]:
                slugs = {name: product_slug(name) for name in notice.revision(revision.number).products}
                return tuple(
                    Link(f"{prefix}{product_page(slugs[source], lang)}", name)
                    for source, name in zip(slugs, revision.products)
                )

            alternates = language_links(self.langs, lang)  # the same on every revision's page
            for revision in localized:
                n = revision.number
                stem = revision_stem(n)
                folder = base / stem
                links = [Link(f"../index.{lang}.html", lab("label", "Latest"))]
                if n > 1:
                    links.append(Link(f"diff.{lang}.html", lab("label", "Changes")))
                    self._diff(notice, localized, changes, n, lang, folder)
                history = history_entries(log, n, href=lambda k: f"../{revision_stem(k)}/index.{lang}.html")
                view_page = page(
                    "../../",
                    f"{notice.id}/{stem}/index.{lang}.html",
                    alternates,
                    links,
                    number=n,
                    current=n == shown,
                    history=history,
                )
                view = notice_view(revision, lang, page=view_page)
                self.write(folder / f"index.{lang}.html", render(view, "html"))
            revision = localized[shown - 1]
            history = history_entries(log, shown, href=lambda k: f"{revision_stem(k)}/index.{lang}.html")
            main_page = page(
                "../", f"{notice.id}/index.{lang}.html", alternates, (), number=shown, current=True, history=history
            )
            self.write(base / f"index.{lang}.html", render(notice_view(revision, lang, page=main_page), "html"))
            lag_link = None
            if lagging:
                lag_link = Link(
                    f"{notice.id}/{newer_href}",
                    lab("label", "Report {number} ({language}) is newer", number=latest.number, language=source_name),
                    SOURCE_LANGUAGE,
                )
                record["lags"].append(
                    {
                        "lang": lang,
                        "edition": complete,
                        "latest": latest.number,
                        "since": notice.revision((complete or 0) + 1).published.isoformat(),
                    }
                )
            record["langs"][lang] = {
                "row": site_row_record(
                    notice.id,
                    revision,
                    lang,
                    href=f"{notice.id}/index.{lang}.html",
                    products=[(name, product_page(slug, lang)) for (_, slug), name in zip(products, revision.products)],
                    lag=lag_link,
                ),
                "entries": [
                    feed_entry_record(
                        notice.id,
                        r,
                        lang,
                        href=f"{notice.id}/{revision_stem(r.number)}/index.{lang}.html",
                        summaries=log.entries[r.number - 1].summaries,
                        alternates=[
                            (o, f"{notice.id}/{revision_stem(r.number)}/index.{o}.html")
                            for o in self.langs
                            if o != lang
                        ],
                        entry_id=entry_id(notice.id, r.number, lang),
                    )
                    for r in localized[: complete or 0]
                ],
                # Every product any revision names has a page (older revisions link to it too).
                "products": {
                    product_slug(source): name
                    for r, local in zip(notice.revisions, localized)
                    for source, name in zip(r.products, local.products)
                },
                "edition": complete,
            }
        # The source language's lag note, for the row in its own index.
        for lag in record["lags"]:
            row = record["langs"][SOURCE_LANGUAGE]["row"]
            lab = labels(SOURCE_LANGUAGE)
            row.setdefault("notes", []).append(
                lab(
                    "label",
                    "The {language} edition follows report {number}",
                    language=language_name(lag["lang"], SOURCE_LANGUAGE),
                    number=lag["edition"] or 0,
                )
            )
        for lang, data in record["langs"].items():
            data["html"] = render(site_row_view(data["row"], lang), "html")
        record.update(
            {
                "id": notice.id,
                "type": str(latest.type),
                "status": str(latest.status),
                "current": latest.status in CURRENT_STATUSES,
                "revision": latest.number,
                "updated": latest.published.isoformat(),
                "products": [name for name, _ in products],
            }
        )
        self.write(base / RECORD, json.dumps(record, ensure_ascii=False))
        csaf, csaf_skipped = self.csaf_documents(notice)
        return {
            "files": sorted(self.written),
            "csaf": csaf,
            "csaf_skipped": csaf_skipped,
            "updated": record["updated"],
            "current": record["current"],
            "slugs": sorted(record["langs"][SOURCE_LANGUAGE]["products"]),
            "names": {lang: data["products"] for lang, data in record["langs"].items()},
            "lags": record["lags"],
        }

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
            alternates=language_links(self.langs, lang, "diff"),
            links=(Link(f"../../index.{lang}.html", lab("label", "Notices")), *links),
            feed=Link(f"../../feed.{lang}.xml", lab("label", "Feed (Atom)"), lang),
            canonical=_relative(self.base_url, f"{notice.id}/{stem}/diff.{lang}.html"),
            nav_label=lab("label", "Site navigation"),
        )
        view = changes_view(
            notice.id, localized[n - 2], localized[n - 1], changes[n - 1][1], lang, rendered=True, page=page
        )
        self.write(folder / f"diff.{lang}.html", render(view, "html"))


_BUILDER: _Builder | None = None  # shared with the worker processes (fork)
_NOTICES: dict[str, Notice] = {}  # the notices to rebuild, loaded and checked before any write
_STAGING: dict[str, Path] = {}  # where each notice's folder is built, beside its place
PARALLEL_FROM = 24  # notices to rebuild before it is worth starting workers


def _build_one(item: tuple[str, str]) -> tuple[str, dict, str]:
    notice_id, digest = item
    return notice_id, _BUILDER.notice(_NOTICES[notice_id]), digest


def _build_all(stale: list[tuple[str, str]]):
    """Build the stale notices, on every core when there are enough of them."""
    workers = min(os.cpu_count() or 1, 8)
    if len(stale) < PARALLEL_FROM or workers < 2:
        yield from map(_build_one, stale)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        yield from pool.imap(_build_one, stale, chunksize=8)


def _load_chunk(item: tuple[Store, list[str]]):
    from kokuchi.notice.load import load_valid  # YAML and the schema load only when a notice is rebuilt

    return load_valid(*item)


def _load_stale(store: Store, notice_ids: list[str]) -> dict[str, Notice]:
    """The notices to rebuild, loaded and checked (on every core when there are
    enough of them); every problem in all of them refuses the build."""
    from kokuchi.core.errors import InvalidInput, sort_problems

    workers = min(os.cpu_count() or 1, 8)
    chunks = [notice_ids[i : i + 16] for i in range(0, len(notice_ids), 16)]
    if len(notice_ids) < PARALLEL_FROM or workers < 2:
        results = map(_load_chunk, [(store, chunk) for chunk in chunks])
    else:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.map(_load_chunk, [(store, chunk) for chunk in chunks])
    notices, problems = {}, []
    for loaded, found in results:
        notices.update((notice.id, notice) for notice in loaded)
        problems += found
    if problems:
        raise InvalidInput(sort_problems(problems))
    return notices


@dataclass
class SiteResult:
    notices: int
    rebuilt: int
    out: Path
    base_url: str | None
    lags: list[dict] = field(default_factory=list)  # {"id", "lang", "edition", "latest", "since"}
    notes: list[str] = field(default_factory=list)  # what was left out (CSAF documents the gate refused)


class _Shared:
    """The pages many notices appear on: the home page, product and month pages, feeds, status.json.

    Built from the cache's summaries and each notice's record file; a product's
    or a month's page is rewritten only when one of its notices changed.
    """

    def __init__(self, out: Path, langs: list[str], summaries: dict[str, dict], base_url: str | None, publisher: str):
        self.out = out
        self.langs = langs
        self.summaries = summaries
        self.order = sorted(summaries, key=lambda i: summaries[i]["updated"], reverse=True)
        self.base_url = base_url
        self.publisher = publisher
        self._records: dict[str, dict] = {}

    def record(self, notice_id: str) -> dict:
        if notice_id not in self._records:
            self._records[notice_id] = json.loads((self.out / notice_id / RECORD).read_text("utf-8"))
        return self._records[notice_id]

    def write(self, path: str, text: str) -> None:
        atomic_write(self.out / path, text.encode("utf-8"), durable=False)

    def _page(self, lang: str, name: str, feed: str) -> Page:
        lab = labels(lang)
        return Page(
            alternates=language_links(self.langs, lang, name),
            links=(Link(f"index.{lang}.html", lab("label", "Notices")),) if name != "index" else (),
            feed=Link(feed, lab("label", "Feed (Atom)"), lang),
            canonical=_relative(self.base_url, f"{name}.{lang}.html"),
            nav_label=lab("label", "Site navigation"),
        )

    def _list(self, lang: str, ids: list[str], *, name: str, heading: str, feed: str, **extra) -> None:
        current = [self.record(i)["langs"][lang]["html"] for i in ids if self.summaries[i]["current"]]
        past = [self.record(i)["langs"][lang]["html"] for i in ids if not self.summaries[i]["current"]]
        view = site_index_view(lang, current, past, heading=heading, page=self._page(lang, name, feed), **extra)
        self.write(f"{name}.{lang}.html", render(view, "html"))

    def _feed(self, lang: str, ids: list[str], *, name: str, title: str, page: str) -> None:
        """A feed of the newest revisions of *ids* (newest first: the newest entries are among the first FEED_SIZE)."""
        entries = heapq.nlargest(
            FEED_SIZE,
            (e for i in ids[:FEED_SIZE] for e in self.record(i)["langs"][lang]["entries"]),
            key=lambda e: e["updated"],
        )
        root = self.base_url or ""
        path = f"{name}.{lang}.xml"
        view = feed_view(
            lang,
            entries,
            feed_id=root + path if self.base_url else uuid.uuid5(uuid.NAMESPACE_URL, f"kokuchi:{path}").urn,
            title=title,
            author=self.publisher,
            self_href=root + path,
            page_href=root + page,
            alternates=[(o, root + f"{name}.{o}.xml") for o in self.langs if o != lang],
            prefix=root,
            base=None if self.base_url else "./",
        )
        self.write(path, render(view, "atom"))

    def build(self, dirty: set[str] | None) -> set[str]:
        """Write the shared pages; *dirty*: the product and month pages to rewrite (None: all).

        Returns the names of every shared page the site now has (written now or
        before): the site cache keeps them, and a later build deletes those it
        no longer has, never a file merely named like one.
        """
        by_product: dict[str, list[str]] = {}
        by_month: dict[str, list[str]] = {}
        for notice_id in self.order:
            summary = self.summaries[notice_id]
            for slug in summary["slugs"]:
                by_product.setdefault(slug, []).append(notice_id)
            by_month.setdefault(summary["updated"][:7], []).append(notice_id)
        current = [i for i in self.order if self.summaries[i]["current"]]
        recent = current + [i for i in self.order if not self.summaries[i]["current"]][:RECENT_PAST]
        for lang in self.langs:
            lab = labels(lang)
            names: dict[str, str] = {}
            for summary in self.summaries.values():
                names.update(summary["names"][lang])
            products = tuple(
                Link(product_page(slug, lang), names[slug]) for slug in sorted(by_product, key=lambda s: names[s])
            )
            months = tuple(
                Link(f"{_month_name(month)}.{lang}.html", format_month(int(month[:4]), int(month[5:]), lang))
                for month in sorted(by_month, reverse=True)
            )
            heading = lab("label", "Notices")
            self._list(
                lang, recent, name="index", heading=heading, feed=f"feed.{lang}.xml", products=products, archive=months
            )
            if lang == SOURCE_LANGUAGE:
                shutil.copyfile(self.out / f"index.{lang}.html", self.out / "index.html")
            self._feed(lang, self.order, name="feed", title=heading, page=f"index.{lang}.html")
            for slug, ids in by_product.items():
                if dirty is None or f"product:{slug}" in dirty:
                    name = product_page(slug, lang).removesuffix(f".{lang}.html")
                    self._list(
                        lang,
                        ids,
                        name=name,
                        heading=lab("heading", "Notices about {product}", product=names[slug]),
                        feed=f"{_product_feed(slug)}.{lang}.xml",
                    )
                    self._feed(
                        lang,
                        ids,
                        name=_product_feed(slug),
                        title=lab("label", "Notices: {product}", product=names[slug]),
                        page=product_page(slug, lang),
                    )
            for month, ids in by_month.items():
                if dirty is None or f"month:{month}" in dirty:
                    label = format_month(int(month[:4]), int(month[5:]), lang)
                    self._list(
                        lang,
                        ids,
                        name=_month_name(month),
                        heading=lab("heading", "Notices of {month}", month=label),
                        feed=f"feed.{lang}.xml",
                    )
        self.write("status.json", json.dumps(self.status(current), ensure_ascii=False, indent=2) + "\n")
        pages = {"index.html", "status.json"}
        for lang in self.langs:
            pages |= {f"index.{lang}.html", f"feed.{lang}.xml"}
            pages |= {product_page(slug, lang) for slug in by_product}
            pages |= {f"{_product_feed(slug)}.{lang}.xml" for slug in by_product}
            pages |= {f"{_month_name(month)}.{lang}.html" for month in by_month}
        return pages

    def status(self, current: list[str]) -> dict:
        """The ongoing and upcoming notices (schema: kokuchi/schema/status.schema.json)."""
        notices = []
        for notice_id in current:
            r = self.record(notice_id)
            lagging = {lag["lang"] for lag in r["lags"]}
            notices.append(
                {
                    "id": r["id"],
                    "type": r["type"],
                    "status": r["status"],
                    "products": r["products"],
                    "revision": r["revision"],
                    "updated": r["updated"],
                    "languages": {
                        lang: {
                            "url": (self.base_url or "") + f"{r['id']}/index.{lang}.html",
                            "title": r["langs"][lang]["row"]["title"],
                            "revision": r["langs"][lang]["edition"],
                            "lags": lang in lagging,
                        }
                        for lang in self.langs
                    },
                }
            )
        return {"notices": notices}


def product_page(slug: str, lang: str) -> str:
    return f"product-{slug}.{lang}.html"


def _product_feed(slug: str) -> str:
    return f"feed-{slug}"


def _month_name(month: str) -> str:
    return f"archive-{month}"


def _dirty(summary: dict | None) -> set[str]:
    """The product and month pages a notice appears on."""
    if not summary:
        return set()
    return {f"product:{slug}" for slug in summary["slugs"]} | {f"month:{summary['updated'][:7]}"}


def _unchanged_digest(folder: str, known: dict | None) -> str | None:
    """The known digest of a notice's files when neither the folder nor a file changed since (by stat)."""
    if not known or "stat" not in known:
        return None
    try:
        if os.stat(folder).st_mtime_ns != known["stat"][0]:
            return None
        for name, size, mtime in known["stat"][1]:
            st = os.stat(os.path.join(folder, name))
            if st.st_size != size or st.st_mtime_ns != mtime:
                return None
    except OSError:
        return None
    return known["digest"]


def _stat(folder: Path, files: list[Path]) -> list:
    return [os.stat(folder).st_mtime_ns, [[p.name, p.stat().st_size, p.stat().st_mtime_ns] for p in files]]


# The files of a notice: its folder, and an advisory's CSAF documents.
_CSAF_FILE = re.compile(r"csaf/[0-9]{4}/[a-z0-9][a-z0-9._-]*\.json")
_LEFTOVER = re.compile(r"\.(?P<name>[a-z0-9-]{3,80})\.(?:new|old)\.[0-9a-f]{12}")


def _own_path(notice_id: str, path: object) -> bool:
    """A file name from the cache that kokuchi can have written for *notice_id*."""
    if not isinstance(path, str) or "\\" in path or "\x00" in path:
        return False
    if _CSAF_FILE.fullmatch(path) and ".." not in path:
        return True
    parts = path.split("/")
    return parts[0] == notice_id and len(parts) > 1 and all(part not in ("", ".", "..") for part in parts)


# The names of the shared pages (_Shared.build): nothing else at the top of
# the site is ever deleted on the cache's word.
_SHARED_PAGE = re.compile(
    r"index\.html|status\.json"
    r"|(?:index|product-[a-z0-9-]+|archive-\d{4}-\d{2})\.[a-z]{2,3}\.html"
    r"|feed(?:-[a-z0-9-]+)?\.[a-z]{2,3}\.xml"
)


def read_cache(path: Path) -> dict:
    """The site cache, or an empty one when it is missing or not exactly the expected shape.

    Every notice id and file name in it is checked as strictly as one read
    from notices/: a damaged or planted cache means a full rebuild, never a
    deletion outside what kokuchi wrote.
    """
    try:
        data = json.loads(read_bytes(path, limit=MAX_CATALOG_BYTES).decode("utf-8"))
    except (OSError, ValueError, KokuchiError):
        return {}
    if not (
        isinstance(data, dict) and isinstance(data.get("environment"), str) and isinstance(data.get("notices"), dict)
    ):
        return {}
    for notice_id, entry in data["notices"].items():
        if not (
            NOTICE_ID.fullmatch(notice_id)
            and isinstance(entry, dict)
            and isinstance(entry.get("digest"), str)
            and isinstance(entry.get("summary"), dict)
            and isinstance(entry.get("files"), list)
            and all(_own_path(notice_id, f) for f in entry["files"])
        ):
            return {}
    shared = data.get("shared", [])
    if not (
        isinstance(shared, list) and all(isinstance(name, str) and _SHARED_PAGE.fullmatch(name) for name in shared)
    ):
        return {}
    return data


def _recover(out: Path) -> None:
    """Undo what a killed build left: notice folders moved aside, staging folders."""
    if out.is_dir():
        for name in {m.group("name") for m in map(_LEFTOVER.fullmatch, os.listdir(out)) if m}:
            recover_folder(out / name)


def _carry_into(old: Path, new: Path, own: set[str]) -> None:
    """Hard-link every file of *old* that kokuchi did not write (not in *own*,
    paths relative to *old*) into *new*: whatever someone else put in a
    notice's folder stays there."""
    for dirpath, dirnames, filenames in os.walk(old):
        here = Path(dirpath)
        rel = here.relative_to(old)
        for name in filenames + [d for d in dirnames if (here / d).is_symlink()]:
            source, target = here / name, new / rel / name
            if (rel / name).as_posix() in own or os.path.lexists(target):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_symlink():
                os.symlink(os.readlink(source), target)
            else:
                os.link(source, target)


def _remove(out: Path, files: set[str]) -> None:
    """Delete files kokuchi wrote and no longer writes, and the folders they leave empty."""
    for name in sorted(files):
        path = out / name
        if path.is_file() and not path.is_symlink():
            path.unlink()
        folder = path.parent
        while folder != out and folder.is_dir() and not folder.is_symlink() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


def build(
    root: Path,
    out: Path | None = None,
    *,
    base_url: str | None = None,
    publisher: str = "kokuchi",
    progress: Callable[[int, int], None] | None = None,
) -> SiteResult:
    """Build (or bring up to date) the site, holding the project's lock."""
    store = Store(root)
    out = out or root / "site"
    store.check_output(out)
    with store.lock():
        return _build(store, out, base_url, publisher, progress)


def _build(
    store: Store, out: Path, base_url: str | None, publisher: str, progress: Callable[[int, int], None] | None
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
        (_tool_digest() + _digest(store.catalog_files() + config) + settings).encode()
    ).hexdigest()
    cache_path = out / CACHE
    _recover(out)
    cache = read_cache(cache_path) if out.is_dir() else {}
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
        digest = _unchanged_digest(os.path.join(notices_dir, notice_id), entry)
        if digest is None:
            files = _revision_files(store, notice_id)
            digest = _digest(files)
            stats[notice_id] = _stat(store.notices_dir / notice_id, files)
        if not (entry and entry["digest"] == digest and notice_id in built):
            stale.append((notice_id, digest))
    # Everything is read and checked before anything is written: every notice
    # to rebuild, then the catalogs.
    global _BUILDER, _NOTICES, _STAGING
    if stale:
        _NOTICES = _load_stale(store, [notice_id for notice_id, _ in stale])
        entries = {lang: cached_catalog_entries(store, out, lang) for lang in all_langs[1:]}
    out.mkdir(parents=True, exist_ok=True)
    html.cache_compiled_templates(str(out / TEMPLATE_CACHE), lambda path, data: atomic_write(path, data, durable=False))
    _STAGING = {notice_id: make_temp_folder(out, f".{notice_id}.new.") for notice_id, _ in stale}
    try:
        if stale:
            _BUILDER = _Builder(store, out, all_langs, entries, base_url)
            for done, (notice_id, summary, digest) in enumerate(_build_all(stale), start=1):
                if dirty is not None:
                    dirty |= _dirty(notices.get(notice_id, {}).get("summary")) | _dirty(summary)
                notices[notice_id] = {"digest": digest, "files": summary.pop("files"), "summary": summary}
                if progress:
                    progress(done, len(stale))
        # Each rebuilt notice's folder switches into place whole, with the files
        # kokuchi did not write carried over; the shared pages follow.
        for notice_id, staging in _STAGING.items():
            previous = out / notice_id
            if previous.is_dir() and not previous.is_symlink():
                own = {f.removeprefix(f"{notice_id}/") for f in known.get(notice_id, {}).get("files", ())}
                _carry_into(previous, staging, own)
            replace_folder(staging, previous)
    finally:
        _BUILDER, _NOTICES = None, {}
        for staging in _STAGING.values():
            if staging.exists():
                shutil.rmtree(staging)
        _STAGING = {}
    for notice_id, stat in stats.items():
        notices[notice_id]["stat"] = stat
    for gone in set(notices) - set(ids):
        if dirty is not None:
            dirty |= _dirty(notices[gone]["summary"])
        del notices[gone]
    summaries = {notice_id: notices[notice_id]["summary"] for notice_id in ids}
    shared = _Shared(out, all_langs, summaries, base_url, publisher).build(dirty)
    _write_csaf_index(store, out, list(summaries.values()))
    atomic_write(
        cache_path,
        (
            json.dumps(
                {"environment": environment, "notices": notices, "shared": sorted(shared)},
                ensure_ascii=False,
                sort_keys=True,
            )
            + "\n"
        ).encode("utf-8"),
    )
    # Only now, with every page pointing at the new files: what kokuchi wrote
    # before and no longer writes (pages of removed notices, moved CSAF
    # documents, the product and month pages of a product or month gone).
    written = {f for entry in notices.values() for f in entry["files"]} | shared
    _remove(out, ({f for entry in known.values() for f in entry["files"]} | set(cache.get("shared", ()))) - written)
    lags = [{"id": notice_id, **lag} for notice_id in ids for lag in summaries[notice_id]["lags"]]
    notes = [line for summary in summaries.values() for line in summary.get("csaf_skipped", ())]
    return SiteResult(len(ids), len(stale), out, base_url, lags, notes)


def _write_csaf_index(store: Store, out: Path, summaries: list[dict]) -> None:
    """index.txt, changes.csv (CSAF requirements 12, 13) and provider-metadata.json for csaf/."""
    records = [record for summary in summaries for record in summary.get("csaf", ())]
    folder = out / "csaf"
    if not records:
        for name in ("index.txt", "changes.csv", "provider-metadata.json"):
            (folder / name).unlink(missing_ok=True)
        return
    from kokuchi.publish.advisories import provider_metadata
    from kokuchi.render.json import dumps

    settings = _csaf_settings(store)
    records.sort(key=lambda r: (datetime.fromisoformat(r["current_release_date"]), r["path"]), reverse=True)
    atomic_write(
        folder / "index.txt",
        "".join(f"{r['path']}\n" for r in sorted(records, key=lambda r: r["path"])).encode("utf-8"),
    )
    changes = io.StringIO()
    writer = csv.writer(changes, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows([r["path"], r["current_release_date"]] for r in records)
    atomic_write(folder / "changes.csv", changes.getvalue().encode("utf-8"))
    metadata = provider_metadata(settings, records[0]["current_release_date"])
    atomic_write(folder / "provider-metadata.json", dumps(metadata).encode("utf-8"))


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
