"""The site's lists of notices (home, product and month pages) and its Atom feeds."""

from __future__ import annotations

from dataclasses import dataclass

from kokuchi.core.model import Revision
from kokuchi.language.dates import format_timestamp
from kokuchi.language.labels import SOURCE_LANGUAGE, labels
from kokuchi.views.common import Link, Page, Untranslated, headline, marks, report_label, status_label, type_label


@dataclass(frozen=True)
class SiteRow:
    """One notice in a site's lists, in one language (hrefs relative to the site's root)."""

    notice_id: str
    href: str
    title: str
    status: str
    status_label: str
    type: str
    type_label: str
    report_label: str
    updated: str  # ISO 8601
    updated_text: str
    products: tuple[Link, ...] = ()
    lag: Link | None = None  # the newer source revision, when this edition lags
    notes: tuple[str, ...] = ()  # in the source language's index: which translations lag


@dataclass(frozen=True)
class SiteRowView:
    """One notice in a list, rendered once per change of the notice and kept by the site's cache."""

    kind = "site_row"

    lang: str
    labels: dict[str, str]
    row: SiteRow
    source_lang: str = SOURCE_LANGUAGE


@dataclass(frozen=True)
class SiteIndexView:
    """A list of notices: the home page, a product's page or a month's archive.

    The rows come rendered (``site_row``), from the site's cache.
    """

    kind = "site_index"

    lang: str
    title: str
    heading: str
    labels: dict[str, str]
    current: tuple[str, ...]
    past: tuple[str, ...]
    page: Page
    products: tuple[Link, ...] = ()  # every product page (on the home page)
    archive: tuple[Link, ...] = ()  # every month's page (on the home page)


def site_labels(lang: str) -> dict[str, str]:
    lab = labels(lang)
    return {
        "current": lab("heading", "Ongoing and upcoming"),
        "past": lab("heading", "Past notices"),
        "none": lab("label", "There are no ongoing or upcoming notices."),
        "products": lab("heading", "Products and services"),
        "archive": lab("heading", "Notices by month"),
        "updated": lab("label", "Updated"),
        "type": lab("label", "Type"),
        "status": lab("label", "Status"),
        "feed": lab("label", "Feed (Atom)"),
        "languages": lab("label", "Languages"),
        **marks(lab),
    }


def site_row_view(record: dict, lang: str) -> SiteRowView:
    """A cached row (plain JSON, see site_row_record) as a view."""
    row = SiteRow(
        notice_id=record["notice_id"],
        href=record["href"],
        title=Untranslated(record["title"]) if record.get("untranslated") else record["title"],
        status=record["status"],
        status_label=record["status_label"],
        type=record["type"],
        type_label=record["type_label"],
        report_label=record["report_label"],
        updated=record["updated"],
        updated_text=record["updated_text"],
        products=tuple(Link(href, name) for name, href in record["products"]),
        lag=Link(record["lag"]["href"], record["lag"]["name"], record["lag"]["lang"]) if record.get("lag") else None,
        notes=tuple(record.get("notes", ())),
    )
    return SiteRowView(lang, site_labels(lang), row)


def site_row_record(
    notice_id: str, revision: Revision, lang: str, *, href: str, products: list[tuple[str, str]], lag: Link | None
) -> dict:
    """The row of *revision* (already in *lang*) as plain JSON, for the site's cache."""
    lab = labels(lang)
    return {
        "notice_id": notice_id,
        "href": href,
        "title": str(revision.title),
        "untranslated": revision.title in revision.untranslated,
        "status": str(revision.status),
        "status_label": status_label(revision.status, lab),
        "type": str(revision.type),
        "type_label": type_label(revision.type, lab),
        "report_label": report_label(revision.number, lab),
        "updated": revision.published.isoformat(),
        "updated_text": format_timestamp(revision.published, lab),
        "products": [list(p) for p in products],
        "lag": {"href": lag.href, "name": lag.name, "lang": lag.lang} if lag else None,
    }


def site_index_view(
    lang: str,
    current: list[str],
    past: list[str],
    *,
    heading: str,
    page: Page,
    products: tuple[Link, ...] = (),
    archive: tuple[Link, ...] = (),
) -> SiteIndexView:
    return SiteIndexView(
        lang=lang,
        title=heading,
        heading=heading,
        labels=site_labels(lang),
        current=tuple(current),
        past=tuple(past),
        page=page,
        products=products,
        archive=archive,
    )


@dataclass(frozen=True)
class FeedEntry:
    id: str
    title: str
    href: str
    updated: str  # ISO 8601
    summary: str
    categories: tuple[str, ...] = ()
    alternates: tuple[Link, ...] = ()  # the same revision in the other languages


@dataclass(frozen=True)
class FeedView:
    kind = "feed"

    lang: str
    id: str
    title: str
    author: str
    updated: str
    self_href: str
    page: Link  # the HTML page the feed belongs to
    alternates: tuple[Link, ...]  # the feed in the other languages
    base: str | None  # xml:base when the links are relative
    entries: tuple[FeedEntry, ...]


def feed_entry_record(
    notice_id: str,
    revision: Revision,
    lang: str,
    *,
    href: str,
    summaries: tuple[str, ...],
    alternates: list[tuple[str, str]],
    entry_id: str,
) -> dict:
    """One revision as a feed entry in *lang*, plain JSON for the site's cache (hrefs from the root)."""
    lab = labels(lang)
    return {
        "notice": notice_id,
        "id": entry_id,
        "title": headline(revision.status, revision.title, lab),
        "href": href,
        "updated": revision.published.isoformat(),
        "summary": "\n".join([*summaries, *_next_update_line(revision, lab)]),
        "categories": [type_label(revision.type, lab), *revision.products],
        "alternates": [list(a) for a in alternates],
    }


def _next_update_line(revision: Revision, lab) -> list[str]:
    """When the next report is promised, as a line of a feed entry's summary."""
    if revision.next_update is None:
        return []
    if isinstance(revision.next_update, str):
        when = lab("next update", "When there is news")
    else:
        when = format_timestamp(revision.next_update, lab)
    return [f"{lab('heading', 'Next update')}: {when}"]


def feed_view(
    lang: str,
    records: list[dict],
    *,
    feed_id: str,
    title: str,
    author: str,
    self_href: str,
    page_href: str,
    alternates: list[tuple[str, str]],
    prefix: str,
    base: str | None,
) -> FeedView:
    """A feed of *records* (newest first); *prefix* turns their root-relative hrefs into the feed's."""
    return FeedView(
        lang=lang,
        id=feed_id,
        title=title,
        author=author,
        updated=max((r["updated"] for r in records), default="1970-01-01T00:00:00+00:00"),
        self_href=self_href,
        page=Link(page_href, title, lang),
        alternates=tuple(Link(href, title, other) for other, href in alternates),
        base=base,
        entries=tuple(
            FeedEntry(
                id=r["id"],
                title=r["title"],
                href=prefix + r["href"],
                updated=r["updated"],
                summary=r["summary"],
                categories=tuple(r["categories"]),
                alternates=tuple(Link(prefix + href, other, other) for other, href in r["alternates"]),
            )
            for r in records
        ),
    )
