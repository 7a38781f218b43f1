"""The pages many notices appear on: the home page, product and month pages, feeds, status.json, the CSAF index.

Built from the cache's summaries and each notice's record file; a product's
or a month's page is rewritten only when one of its notices changed.
"""

from __future__ import annotations

import csv
import heapq
import io
import json
import uuid
from datetime import datetime
from pathlib import Path

from kokuchi.core.errors import KokuchiError
from kokuchi.language.dates import format_month
from kokuchi.language.labels import SOURCE_LANGUAGE, labels
from kokuchi.project.files import MAX_CATALOG_BYTES, atomic_write, read_bytes
from kokuchi.project.layout import Store
from kokuchi.publish.site import urls
from kokuchi.publish.site.pages import canonical, csaf_settings
from kokuchi.publish.site.sitecache import BadRecord, NoticeRecord, Summary, encode, read_record
from kokuchi.render import render
from kokuchi.views.common import Link, Page, language_links
from kokuchi.views.listing import feed_view, site_index_view, site_row_view

RECENT_PAST = 30  # past notices on the home page; the rest are on the month pages
FEED_SIZE = 100  # entries in each feed: the newest revisions


def dirty_pages(summary: Summary | None) -> set[str]:
    """The product and month pages a notice appears on."""
    if summary is None:
        return set()
    return {f"product:{slug}" for slug in summary.slugs} | {f"month:{summary.updated[:7]}"}


class StaleRecord(Exception):
    """A notice's record is not what kokuchi wrote: the notice must be rebuilt."""

    def __init__(self, notice_id: str):
        super().__init__(notice_id)
        self.notice_id = notice_id


class SharedPages:
    def __init__(
        self,
        out: Path,
        langs: list[str],
        summaries: dict[str, Summary],
        records: dict[str, str],
        base_url: str | None,
        publisher: str,
    ):
        """*records*: the digest of each notice's record file, as kokuchi wrote it."""
        self.out = out
        self.langs = langs
        self.summaries = summaries
        self.digests = records
        self.order = sorted(summaries, key=lambda i: summaries[i].updated, reverse=True)
        self.base_url = base_url
        self.publisher = publisher
        self._records: dict[str, NoticeRecord] = {}
        self._rows: dict[tuple[str, str], str] = {}

    def record(self, notice_id: str) -> NoticeRecord:
        """The notice's record, checked; StaleRecord when it is not what kokuchi writes."""
        if notice_id not in self._records:
            try:
                path = self.out / urls.record_file(notice_id)
                self._records[notice_id] = read_record(path, notice_id, self.langs, self.digests[notice_id])
            except BadRecord:
                raise StaleRecord(notice_id) from None
        return self._records[notice_id]

    def row(self, notice_id: str, lang: str) -> str:
        """The notice's row in the lists, rendered from its checked record (never markup read back)."""
        key = (notice_id, lang)
        if key not in self._rows:
            self._rows[key] = render(site_row_view(encode(self.record(notice_id).langs[lang].row), lang), "html")
        return self._rows[key]

    def write(self, path: str, text: str) -> None:
        atomic_write(self.out / path, text.encode("utf-8"), durable=False)

    def _page(self, lang: str, path: str, feed: str) -> Page:
        lab = labels(lang)
        return Page(
            alternates=language_links(self.langs, lang, urls.page_name(path, lang)),
            links=(Link(urls.home(lang), lab("label", "Notices")),) if path != urls.home(lang) else (),
            feed=Link(feed, lab("label", "Feed (Atom)"), lang),
            canonical=canonical(self.base_url, path),
            nav_label=lab("label", "Site navigation"),
        )

    def _list(self, lang: str, ids: list[str], *, path: str, heading: str, feed: str, **extra) -> None:
        current = [self.row(i, lang) for i in ids if self.summaries[i].current]
        past = [self.row(i, lang) for i in ids if not self.summaries[i].current]
        view = site_index_view(lang, current, past, heading=heading, page=self._page(lang, path, feed), **extra)
        self.write(path, render(view, "html"))

    def _feed(self, lang: str, ids: list[str], *, feed, title: str, page: str) -> None:
        """A feed of the newest revisions of *ids* (newest first: the newest entries are among the first
        FEED_SIZE); *feed*: the feed's path in a language."""
        entries = heapq.nlargest(
            FEED_SIZE,
            (encode(e) for i in ids[:FEED_SIZE] for e in self.record(i).langs[lang].entries),
            key=lambda e: e["updated"],
        )
        root = self.base_url or ""
        path = feed(lang)
        view = feed_view(
            lang,
            entries,
            feed_id=root + path if self.base_url else uuid.uuid5(uuid.NAMESPACE_URL, f"kokuchi:{path}").urn,
            title=title,
            author=self.publisher,
            self_href=root + path,
            page_href=root + page,
            alternates=[(o, root + feed(o)) for o in self.langs if o != lang],
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
            for slug in summary.slugs:
                by_product.setdefault(slug, []).append(notice_id)
            by_month.setdefault(summary.updated[:7], []).append(notice_id)
        current = [i for i in self.order if self.summaries[i].current]
        recent = current + [i for i in self.order if not self.summaries[i].current][:RECENT_PAST]
        for lang in self.langs:
            lab = labels(lang)
            names: dict[str, str] = {}
            for summary in self.summaries.values():
                names.update(summary.names[lang])
            products = tuple(
                Link(urls.product_page(slug, lang), names[slug]) for slug in sorted(by_product, key=lambda s: names[s])
            )
            months = tuple(
                Link(urls.month_page(month, lang), format_month(int(month[:4]), int(month[5:]), lang))
                for month in sorted(by_month, reverse=True)
            )
            heading = lab("label", "Notices")
            self._list(
                lang,
                recent,
                path=urls.home(lang),
                heading=heading,
                feed=urls.feed(lang),
                products=products,
                archive=months,
            )
            if lang == SOURCE_LANGUAGE:
                # Through the one writer: atomic, and a link there is replaced, never followed.
                atomic_write(
                    self.out / urls.INDEX,
                    read_bytes(self.out / urls.home(lang), limit=MAX_CATALOG_BYTES),
                    durable=False,
                )
            self._feed(lang, self.order, feed=urls.feed, title=heading, page=urls.home(lang))
            for slug, ids in by_product.items():
                if dirty is None or f"product:{slug}" in dirty:
                    self._list(
                        lang,
                        ids,
                        path=urls.product_page(slug, lang),
                        heading=lab("heading", "Notices about {product}", product=names[slug]),
                        feed=urls.product_feed(slug, lang),
                    )
                    self._feed(
                        lang,
                        ids,
                        feed=_ProductFeed(slug),
                        title=lab("label", "Notices: {product}", product=names[slug]),
                        page=urls.product_page(slug, lang),
                    )
            for month, ids in by_month.items():
                if dirty is None or f"month:{month}" in dirty:
                    label = format_month(int(month[:4]), int(month[5:]), lang)
                    self._list(
                        lang,
                        ids,
                        path=urls.month_page(month, lang),
                        heading=lab("heading", "Notices of {month}", month=label),
                        feed=urls.feed(lang),
                    )
        self.write(urls.STATUS, json.dumps(self.status(current), ensure_ascii=False, indent=2) + "\n")
        pages = {urls.INDEX, urls.STATUS}
        for lang in self.langs:
            pages |= {urls.home(lang), urls.feed(lang)}
            pages |= {urls.product_page(slug, lang) for slug in by_product}
            pages |= {urls.product_feed(slug, lang) for slug in by_product}
            pages |= {urls.month_page(month, lang) for month in by_month}
        return pages

    def status(self, current: list[str]) -> dict:
        """The ongoing and upcoming notices (schema: kokuchi/schema/status.schema.json)."""
        notices = []
        for notice_id in current:
            r = self.record(notice_id)
            lagging = {lag.lang for lag in r.lags}
            notices.append(
                {
                    "id": r.id,
                    "type": r.type,
                    "status": r.status,
                    "products": list(r.products),
                    "revision": r.revision,
                    "updated": r.updated,
                    **({"next-update": r.next_update} if r.next_update else {}),
                    "languages": {
                        lang: {
                            "url": (self.base_url or "") + urls.notice_page(r.id, lang),
                            "title": r.langs[lang].row.title,
                            "revision": r.langs[lang].edition,
                            "lags": lang in lagging,
                        }
                        for lang in self.langs
                    },
                }
            )
        return {"notices": notices}


class _ProductFeed:
    """A product's feed in each language."""

    def __init__(self, slug: str):
        self.slug = slug

    def __call__(self, lang: str) -> str:
        return urls.product_feed(self.slug, lang)


def write_csaf_index(store: Store, out: Path, summaries: list[Summary]) -> None:
    """index.txt, changes.csv (CSAF requirements 12, 13) and provider-metadata.json for csaf/."""
    records = [record for summary in summaries for record in summary.csaf]
    folder = out / "csaf"
    if not records:
        for name in ("index.txt", "changes.csv", "provider-metadata.json"):
            (folder / name).unlink(missing_ok=True)
        return
    from kokuchi.publish.advisories import provider_metadata
    from kokuchi.render.json import dumps

    settings = csaf_settings(store)
    assert not isinstance(settings, KokuchiError), "a CSAF document was written, so the settings were read"
    records.sort(key=lambda r: (datetime.fromisoformat(r.current_release_date), r.path), reverse=True)
    atomic_write(
        folder / "index.txt",
        "".join(f"{r.path}\n" for r in sorted(records, key=lambda r: r.path)).encode("utf-8"),
    )
    changes = io.StringIO()
    writer = csv.writer(changes, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows([r.path, r.current_release_date] for r in records)
    atomic_write(folder / "changes.csv", changes.getvalue().encode("utf-8"))
    metadata = provider_metadata(settings, records[0].current_release_date)
    atomic_write(folder / "provider-metadata.json", dumps(metadata).encode("utf-8"))
