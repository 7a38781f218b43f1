"""One notice's pages in every language: the notice, every revision, the diffs, its record and CSAF documents.

``NoticePages.build`` writes a notice's folder (built aside, see
``transaction``) and returns its summary for the site cache; the record it
leaves in the folder (``urls.record_file``) is what the shared pages show of it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from kokuchi.catalog.checks import Glossary
from kokuchi.core.errors import KokuchiError
from kokuchi.core.model import FINAL_STATUSES, INCIDENT_STATUSES, MAINTENANCE_STATUSES, Notice, Revision
from kokuchi.language.dates import format_timestamp, language_name
from kokuchi.language.labels import SOURCE_LANGUAGE, labels
from kokuchi.project.files import atomic_write
from kokuchi.project.layout import Store
from kokuchi.project.settings import CsafSettings
from kokuchi.publish.editions import PageEdition, csaf_editions, page_edition
from kokuchi.publish.site import urls
from kokuchi.publish.site.sitecache import (
    CsafRecord,
    EntryRecord,
    Lag,
    LanguageRecord,
    NoticeRecord,
    RowRecord,
    Summary,
    decode,
    record_bytes,
    record_digest,
)
from kokuchi.render import render
from kokuchi.views.common import Freshness, Link, Page, language_links, report_label
from kokuchi.views.history import changes_view, history_entries, history_in, latest_news
from kokuchi.views.listing import feed_entry_record, site_row_record
from kokuchi.views.notice import notice_view

# Ongoing and upcoming: the statuses of an incident or maintenance still open.
CURRENT_STATUSES = frozenset(INCIDENT_STATUSES + MAINTENANCE_STATUSES) - FINAL_STATUSES


def csaf_settings(store: Store) -> CsafSettings | KokuchiError:
    """The project's CSAF settings, or why there are none."""
    from kokuchi.project.settings import csaf_settings

    try:
        return csaf_settings(store)
    except KokuchiError as error:
        return error


def canonical(base_url: str | None, path: str) -> str | None:
    return base_url + path if base_url else None


@dataclass
class _Files:
    """Where one notice's files go: its folder is built aside (*staging*), the rest straight into *out*."""

    out: Path
    notice_id: str
    staging: Path
    written: list[str] = field(default_factory=list)  # every file, by its name in the site

    def write(self, path: str, text: str) -> None:
        self.write_bytes(path, text.encode("utf-8"))

    def write_bytes(self, path: str, data: bytes) -> None:
        inside = path.removeprefix(f"{self.notice_id}/")
        target = self.staging / inside if inside != path else self.out / path
        atomic_write(target, data, durable=False)
        self.written.append(path)


@dataclass(frozen=True)
class _Edition:
    """A notice in one language: its revisions translated, and the one the notice's page shows."""

    notice: Notice
    lang: str
    langs: list[str]
    localized: list[Revision]
    complete: int | None  # the latest revision complete in this language
    base_url: str | None
    withheld: frozenset[int] = frozenset()  # the revisions whose translation the release gate refuses

    @property
    def shown(self) -> int:
        return self.complete or self.notice.latest.number  # with nothing complete, the latest with its gaps marked

    @property
    def lagging(self) -> bool:
        """The latest source revision is not complete in this language (with none complete, the page
        shows the latest with its gaps marked, and still lags)."""
        return self.lang != SOURCE_LANGUAGE and self.complete != self.notice.latest.number

    def freshness(self, number: int, path: str, *, current: bool) -> Freshness | None:
        if self.lang == SOURCE_LANGUAGE:
            return None
        lab = labels(self.lang)
        latest = self.notice.latest
        source_name = language_name(SOURCE_LANGUAGE, self.lang)
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
            urls.from_root(urls.revision_page(self.notice.id, latest.number, SOURCE_LANGUAGE), path),
            lab("label", "Read report {number} in {language}", number=latest.number, language=source_name),
            SOURCE_LANGUAGE,
        )
        return Freshness(number, latest.number, text, banner, newer)

    def product_links(self, revision: Revision, path: str) -> tuple[Link, ...]:
        slugs = {name: urls.product_slug(name) for name in self.notice.revision(revision.number).products}
        return tuple(
            Link(urls.from_root(urls.product_page(slugs[source], self.lang), path), name)
            for source, name in zip(slugs, revision.products)
        )

    def banner(self, number: int) -> str | None:
        lab = labels(self.lang)
        if number in self.withheld:
            return lab(
                "label",
                "This report is shown in {language}: its translation did not pass the release checks.",
                language=language_name(SOURCE_LANGUAGE, self.lang),
            )
        if self.localized[number - 1].untranslated:
            return lab("label", "Some parts are not translated yet and are shown in Japanese.")
        return None

    def page(self, path: str, links: tuple[Link, ...], *, number: int, current: bool, history=()) -> Page:
        lab = labels(self.lang)
        revision = self.localized[number - 1]
        return Page(
            products=self.product_links(revision, path),
            alternates=language_links(self.langs, self.lang),  # the same on every revision's page
            links=(Link(urls.from_root(urls.home(self.lang), path), lab("label", "Notices")), *links),
            banner=self.banner(number),
            history=history,
            feed=Link(urls.from_root(urls.feed(self.lang), path), lab("label", "Feed (Atom)"), self.lang),
            canonical=canonical(self.base_url, path),
            freshness=self.freshness(number, path, current=current),
            nav_label=lab("label", "Site navigation"),
        )


@dataclass
class NoticePages:
    """Builds notices' pages; everything a build shares between notices, read once (and by each worker)."""

    store: Store
    out: Path
    langs: list[str]  # the source language first, then every catalog's
    entries: dict[str, dict]
    base_url: str | None
    glossary: Glossary
    csaf: CsafSettings | KokuchiError | None = None

    def __post_init__(self) -> None:
        self.csaf = csaf_settings(self.store)

    def editions(self, notice: Notice) -> tuple[dict[str, _Edition], list[str]]:
        """Per language: every revision's page edition, and the latest one complete in it (None: none is);
        and a line for each translation withheld."""
        result, notes = {}, []
        for lang in self.langs:
            pages: list[PageEdition] = [
                page_edition(revision, lang, self.entries.get(lang, {}), self.glossary) for revision in notice.revisions
            ]
            complete = max((p.number for p in pages if p.complete), default=None)
            withheld = frozenset(p.number for p in pages if p.withheld is not None)
            for p in pages:
                if p.withheld is not None:
                    notes.append(
                        f"withheld: {notice.id}: {lang} edition of report {p.number}: "
                        f"{len(p.withheld.inconsistent)} translation(s) inconsistent with the source "
                        f"(kokuchi catalog check -l {lang})"
                    )
            localized = [p.revision for p in pages]
            result[lang] = _Edition(notice, lang, self.langs, localized, complete, self.base_url, withheld)
        return result, notes

    def build(self, notice: Notice, staging: Path) -> tuple[tuple[str, ...], Summary, str]:
        """Every file written for the notice (from the site's root), its summary for the cache and the
        digest of its record.

        Its folder is written into *staging*, to be switched into place once
        every notice is built; an advisory's CSAF documents go to ``csaf/``
        directly, one atomic file each.
        """
        files = _Files(self.out, notice.id, staging)
        latest = notice.latest
        products = [(name, urls.product_slug(name)) for name in latest.products]
        lags: list[Lag] = []
        editions, notes = self.editions(notice)
        langs = {lang: self._language(notice, edition, products, files, lags) for lang, edition in editions.items()}
        # The source language's lag note, for the row in its own index.
        lab = labels(SOURCE_LANGUAGE)
        lag_notes = tuple(
            lab(
                "label",
                "The {language} edition follows report {number}",
                language=language_name(lag.lang, SOURCE_LANGUAGE),
                number=lag.edition or 0,
            )
            for lag in lags
        )
        source = langs[SOURCE_LANGUAGE]
        langs[SOURCE_LANGUAGE] = dataclasses.replace(source, row=dataclasses.replace(source.row, notes=lag_notes))
        record = NoticeRecord(
            id=notice.id,
            type=str(latest.type),
            status=str(latest.status),
            current=latest.status in CURRENT_STATUSES,
            revision=latest.number,
            updated=latest.published.isoformat(),
            products=tuple(name for name, _ in products),
            lags=tuple(lags),
            langs=langs,
            next_update=latest.next_update
            if isinstance(latest.next_update, str) or latest.next_update is None
            else latest.next_update.isoformat(),
        )
        data = record_bytes(record)
        files.write_bytes(urls.record_file(notice.id), data)
        csaf, csaf_notes = self.csaf_documents(notice, files)
        summary = Summary(
            updated=record.updated,
            current=record.current,
            slugs=tuple(sorted(langs[SOURCE_LANGUAGE].products)),
            names={lang: data.products for lang, data in langs.items()},
            lags=record.lags,
            csaf=tuple(csaf),
            notes=tuple(notes + csaf_notes),
        )
        return tuple(sorted(files.written)), summary, record_digest(data)

    def _language(
        self, notice: Notice, edition: _Edition, products: list[tuple[str, str]], files: _Files, lags: list[Lag]
    ) -> LanguageRecord:
        """Write the notice's pages in one language; what the shared pages show of it in that language."""
        lang, localized, complete = edition.lang, edition.localized, edition.complete
        lab = labels(lang)
        latest = notice.latest
        source_name = language_name(SOURCE_LANGUAGE, lang)
        # Compared once, for the log and the diffs; each revision as its page shows it.
        read = history_in(notice, lang, translate=lambda revision: localized[revision.number - 1])
        changes, log = read.changes, read.log
        news = [
            latest_news(localized[i - 1] if i else None, revision, events, lang)
            for i, (revision, events) in enumerate(changes)
        ]
        for revision in localized:
            n = revision.number
            path = urls.revision_page(notice.id, n, lang)
            notice_page = urls.relative(urls.notice_page(notice.id, lang), path)
            links = [Link(notice_page, lab("label", "Latest"))]
            if n > 1:
                links.append(Link(urls.relative(urls.diff_page(notice.id, n, lang), path), lab("label", "Changes")))
                self._diff(notice, localized, changes, n, lang, files)
            # The history is on the notice's page, linked from each revision's:
            # repeated on every one, it made the site quadratic in revisions.
            links.append(Link(f"{notice_page}#history", lab("heading", "All reports")))
            view_page = edition.page(path, tuple(links), number=n, current=n == edition.shown)
            files.write(path, render(notice_view(revision, lang, page=view_page, news=news[n - 1]), "html"))
        revision = localized[edition.shown - 1]
        path = urls.notice_page(notice.id, lang)
        history = history_entries(log, edition.shown, href=_HistoryHref(notice.id, lang, 0))
        changed: tuple[Link, ...] = ()  # the notice's page links what its report changed
        if edition.shown > 1:
            diff = urls.relative(urls.diff_page(notice.id, edition.shown, lang), path)
            changed = (Link(diff, lab("label", "Changes")),)
        main_page = edition.page(path, changed, number=edition.shown, current=True, history=history)
        files.write(path, render(notice_view(revision, lang, page=main_page, news=news[edition.shown - 1]), "html"))
        lag_link = None
        if edition.lagging:
            lag_link = Link(
                urls.revision_page(notice.id, latest.number, SOURCE_LANGUAGE),
                lab("label", "Report {number} ({language}) is newer", number=latest.number, language=source_name),
                SOURCE_LANGUAGE,
            )
            since = notice.revision((complete or 0) + 1).published.isoformat()
            lags.append(Lag(lang=lang, edition=complete, latest=latest.number, since=since))
        row = site_row_record(
            notice.id,
            revision,
            lang,
            href=urls.notice_page(notice.id, lang),
            products=[(name, urls.product_page(slug, lang)) for (_, slug), name in zip(products, revision.products)],
            lag=lag_link,
        )
        entries = [
            feed_entry_record(
                notice.id,
                r,
                lang,
                href=urls.revision_page(notice.id, r.number, lang),
                summaries=(news[r.number - 1].text,),  # what the report changed, in sentences
                alternates=[(o, urls.revision_page(notice.id, r.number, o)) for o in self.langs if o != lang],
                entry_id=urls.entry_id(notice.id, r.number, lang),
            )
            for r in localized[: complete or 0]
        ]
        return LanguageRecord(
            row=decode(RowRecord, row),
            entries=tuple(decode(EntryRecord, entry) for entry in entries),
            # Every product any revision names has a page (older revisions link to it too).
            products={
                urls.product_slug(source): name
                for r, local in zip(notice.revisions, localized)
                for source, name in zip(r.products, local.products)
            },
            edition=complete,
        )

    def _diff(self, notice: Notice, localized: list[Revision], changes, n: int, lang: str, files: _Files) -> None:
        lab = labels(lang)
        path = urls.diff_page(notice.id, n, lang)

        def here(target: str) -> str:
            return urls.relative(target, path)

        links = [
            Link(
                here(urls.revision_page(notice.id, n - 1, lang)),
                lab("label", "Before: {report}", report=report_label(n - 1, lab)),
            ),
            Link(
                here(urls.revision_page(notice.id, n, lang)),
                lab("label", "After: {report}", report=report_label(n, lab)),
            ),
        ]
        if n > 2:
            links.append(Link(here(urls.diff_page(notice.id, n - 1, lang)), lab("label", "Previous change")))
        if n < len(localized):
            links.append(Link(here(urls.diff_page(notice.id, n + 1, lang)), lab("label", "Next change")))
        page = Page(
            alternates=language_links(self.langs, lang, "diff"),
            links=(Link(here(urls.home(lang)), lab("label", "Notices")), *links),
            feed=Link(here(urls.feed(lang)), lab("label", "Feed (Atom)"), lang),
            canonical=canonical(self.base_url, path),
            nav_label=lab("label", "Site navigation"),
        )
        view = changes_view(
            notice.id, localized[n - 2], localized[n - 1], changes[n - 1][1], lang, rendered=True, page=page
        )
        files.write(path, render(view, "html"))

    def csaf_documents(self, notice: Notice, files: _Files) -> tuple[list[CsafRecord], list[str]]:
        """Write an advisory's CSAF documents (publish.editions decides which); their records, and a line
        for each left out."""
        assert self.csaf is not None
        result = csaf_editions(
            notice,
            notice.latest.number,
            self.langs,
            self.entries,
            self.glossary,
            self.csaf,
            file=self.store.rel(self.store.revision_path(notice.id, notice.latest.number)),
        )
        records = []
        for view in result.views:
            path = f"{view.year}/{view.filename}"
            files.write(urls.csaf_file(str(view.year), view.filename), render(view, "csaf"))
            records.append(CsafRecord(path, view.document["document"]["tracking"]["current_release_date"]))
        lines = [
            f"csaf: {notice.id}{f' ({o.lang})' if o.lang else ''} not published: {o.reason}" for o in result.reported
        ]
        return records, lines


@dataclass(frozen=True)
class _HistoryHref:
    """The link to each revision of the notice in *lang*, from a page *depth* folders below the notice's."""

    notice_id: str
    lang: str
    depth: int

    def __call__(self, number: int) -> str:
        target = urls.revision_page(self.notice_id, number, self.lang)
        return "../" * self.depth + urls.relative(target, urls.notice_page(self.notice_id, self.lang))
