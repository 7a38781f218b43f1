"""A revision as a reader sees it (``show``), and the list of notices (``list``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kokuchi.core.model import Notice, NoticeType, Period, Revision
from kokuchi.language.dates import format_items, format_period, format_timestamp, zone
from kokuchi.language.labels import SOURCE_LANGUAGE, labels
from kokuchi.notice import markup
from kokuchi.views.common import (
    STATE_LABELS,
    UPDATE_LABELS,
    Page,
    Untranslated,
    cvss_text,
    headline,
    marks,
    period_heading,
    report_label,
    section_heading,
    status_label,
    type_label,
    version_range,
)

if TYPE_CHECKING:  # built by views.history, which loads the diff engine: only named here
    from kokuchi.views.history import LatestNews


@dataclass(frozen=True)
class NoteView:
    mark: str  # ※1
    blocks: tuple[markup.Block, ...]


@dataclass(frozen=True)
class SectionView:
    id: str
    kind: str
    state: str
    heading: str
    state_label: str | None  # None while the section is active
    # items are str or Untranslated; kind "ordered" has its marks localized
    # (手順1 / Step 1), "heading" is a sub-heading
    blocks: tuple[markup.Block, ...]
    notes: tuple[NoteView, ...] = ()


@dataclass(frozen=True)
class UpdateView:
    at: str  # ISO 8601, for machines (<time datetime>)
    at_text: str
    kind: str
    label: str
    body: str  # inline Markdown


@dataclass(frozen=True)
class PeriodView:
    scope: str | None
    text: str  # the formatted range
    line: str  # the range with its scope, as one line
    note: str | None = None  # may be Untranslated


@dataclass(frozen=True)
class Fact:
    term: str
    value: str
    lang: str | None = None  # when the value is in another language (a CWE name is English)


@dataclass(frozen=True)
class FactGroup:
    """Facts about one vulnerability (titled by its CVE id) or one product's versions."""

    title: str  # may be Untranslated (a product name)
    href: str | None  # the CVE record, for a vulnerability with a CVE id
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class NoticeView:
    kind = "notice"

    lang: str
    source_lang: str
    notice_id: str
    revision: int
    status: str
    status_label: str
    title: str  # with the status label
    published: str  # ISO 8601
    published_text: str
    labels: dict[str, str]  # the fixed words of a layout: headings, captions, marks
    products: tuple[str, ...]
    periods: tuple[PeriodView, ...]
    sections: tuple[SectionView, ...]
    updates: tuple[UpdateView, ...]
    data: dict[str, Any] = field(default_factory=dict, compare=False)  # the validated structure (json)
    page: Page | None = None
    type: str = str(NoticeType.INCIDENT)
    type_label: str = ""
    report_label: str = ""  # 第3報 / Report 3
    # A security advisory's machine-readable part, for readers: CVE, CWE,
    # CVSS, then each product's affected and fixed versions.
    advisory: tuple[FactGroup, ...] = ()
    lead: tuple[markup.Block, ...] = ()  # before the products
    closing: tuple[markup.Block, ...] = ()  # after the sections
    next_update: str | None = None  # ISO 8601, or "when-news"
    next_update_text: str | None = None  # formatted, or the words for "when there is news"
    # The title alone, for a page whose status chip already says the status (the status once per page).
    name: str = ""
    # What this report changed (views.history.latest_news), shown first; None where not computed.
    news: LatestNews | None = None
    withdrawn: str | None = None  # set when the notice is withdrawn as a whole: the notice readers see


def _in_zone(revision: Revision, tz) -> Revision:
    """Every datetime of *revision* converted to *tz* (for --tz)."""
    return replace(
        revision,
        published=revision.published.astimezone(tz),
        periods=tuple(
            replace(p, start=p.start.astimezone(tz), end=p.end.astimezone(tz) if p.end else None)
            for p in revision.periods
        ),
        updates=tuple(replace(u, at=u.at.astimezone(tz)) for u in revision.updates),
        next_update=revision.next_update.astimezone(tz)
        if isinstance(revision.next_update, datetime)
        else revision.next_update,
    )


def notice_view(
    revision: Revision, lang: str, *, tz: str | None = None, page: Page | None = None, news: LatestNews | None = None
) -> NoticeView:
    """Lay out *revision* (already in *lang*) with *lang*'s labels and dates.

    With *tz* (an IANA zone), or else the revision's own ``timezone``, every
    time is converted to it and labelled with its abbreviation.
    """
    lab = labels(lang)
    data = revision.to_json()
    name = tz or revision.timezone
    if name:
        revision = _in_zone(revision, zone(name))

    def mark(text: str) -> str:
        return Untranslated(text) if text in revision.untranslated else text

    def period_view(period: Period) -> PeriodView:
        text = format_period(period, lab)
        note = mark(markup.join_lines(period.note)) if period.note else None
        if not period.scope:
            return PeriodView(None, text, text, note)
        line = lab("period", "{scope}: {period}", scope=period.scope, period=text)
        if period.scope in revision.untranslated:
            return PeriodView(Untranslated(period.scope), text, Untranslated(line), note)
        return PeriodView(period.scope, text, line, note)

    def body_blocks(body: str | None) -> tuple[markup.Block, ...]:
        return tuple(
            replace(
                block,
                items=tuple(mark(item) for item in block.items),
                markers=tuple(_marker(marker, lab) for marker in block.markers),
            )
            for block in markup.blocks(body or "")
        )

    next_update = revision.next_update
    if isinstance(next_update, datetime):
        next_update_text = format_timestamp(next_update, lab)
    elif next_update:
        next_update_text = lab("next update", "When there is news")
    else:
        next_update_text = None

    return NoticeView(
        lang=lang,
        source_lang=SOURCE_LANGUAGE,
        notice_id=revision.notice_id,
        revision=revision.number,
        status=str(revision.status),
        status_label=status_label(revision.status, lab),
        title=headline(revision.status, mark(revision.title), lab),
        published=revision.published.isoformat(),
        published_text=format_timestamp(revision.published, lab),
        labels={
            "products": lab("heading", "Affected products and services"),
            "periods": period_heading(revision.status, lab),
            "updates": lab("heading", "Updates"),
            "published": lab("label", "Published"),
            "revision": report_label(revision.number, lab),
            "status": lab("label", "Status"),
            "languages": lab("label", "Languages"),
            "history": lab("heading", "All reports"),
            "advisory": lab("heading", "Vulnerability details"),
            "type": lab("label", "Type"),
            "feed": lab("label", "Feed"),
            "next_update": lab("heading", "Next update"),
            "web": lab("mail", "Read this notice on the web:"),
            "withdrawn": lab("state", "Withdrawn"),
            **marks(lab),
        },
        products=tuple(mark(p) for p in revision.products),
        periods=tuple(period_view(period) for period in revision.periods),
        sections=tuple(
            SectionView(
                id=section.id,
                kind=str(section.kind),
                state=str(section.state),
                heading=mark(section.heading) if section.heading else section_heading(section.kind, revision, lab),
                state_label=lab("state", STATE_LABELS[section.state]) if section.state in STATE_LABELS else None,
                blocks=body_blocks(section.body),
                notes=tuple(NoteView(note.mark, body_blocks(note.body)) for note in section.notes),
            )
            for section in revision.sections
        ),
        updates=tuple(
            UpdateView(
                at=update.at.isoformat(),
                at_text=format_timestamp(update.at, lab),
                kind=str(update.kind),
                label=lab("update", UPDATE_LABELS[update.kind]),
                body=mark(markup.join_lines(update.body)),
            )
            for update in revision.updates
        ),
        data=data,
        page=page,
        type=str(revision.type),
        type_label=type_label(revision.type, lab),
        report_label=report_label(revision.number, lab),
        advisory=_advisory_groups(revision, lab, mark),
        lead=body_blocks(revision.lead),
        closing=body_blocks(revision.closing),
        next_update=next_update if isinstance(next_update, str) or next_update is None else next_update.isoformat(),
        next_update_text=next_update_text,
        name=mark(revision.title),
        news=news,
        withdrawn=lab(
            "label", "This notice has been withdrawn. It stays here for reference; the latest update says why."
        )
        if revision.withdrawn
        else None,
    )


def _marker(marker: str, lab) -> str:
    """An ordered item's mark in *lab*'s language: 手順1 → Step 1; the others as written."""
    if marker.startswith("手順"):
        return lab("mark", "Step {number}", number=markup.marker_number(marker))
    return marker


CVE_RECORD = "https://www.cve.org/CVERecord?id={cve}"


def _advisory_groups(revision: Revision, lab, mark) -> tuple[FactGroup, ...]:
    advisory = revision.advisory
    if advisory is None:
        return ()
    groups: list[FactGroup] = []
    for number, vulnerability in enumerate(advisory.vulnerabilities, 1):
        facts: list[Fact] = []
        if vulnerability.cwe:
            facts.append(
                Fact(
                    lab("advisory", "Weakness"),
                    f"{vulnerability.cwe.id} {vulnerability.cwe.name}",
                    None if lab.lang == "en" else "en",  # the CWE list's name, in English
                )
            )
        if vulnerability.cvss:
            facts.append(Fact(lab("advisory", "CVSS v3.1 base score"), cvss_text(vulnerability.cvss, lab)))
            facts.append(Fact(lab("advisory", "CVSS v3.1 vector"), vulnerability.cvss))
        title = vulnerability.cve or lab("advisory", "Vulnerability {number}", number=number)
        href = CVE_RECORD.format(cve=vulnerability.cve) if vulnerability.cve else None
        groups.append(FactGroup(title, href, tuple(facts)))
    for product in advisory.products:
        facts = []
        if product.affected:
            ranges = format_items([version_range(version, lab) for version in product.affected], lab.lang)
            facts.append(Fact(lab("advisory", "Affected versions"), ranges))
        if product.fixed:
            facts.append(Fact(lab("advisory", "Fixed versions"), format_items(list(product.fixed), lab.lang)))
        groups.append(FactGroup(mark(product.name), None, tuple(facts)))
    return tuple(groups)


@dataclass(frozen=True)
class NoticeRow:
    id: str
    revision: int
    status: str
    status_label: str
    published: str
    title: str


@dataclass(frozen=True)
class NoticeListView:
    kind = "notices"

    lang: str
    labels: dict[str, str]
    rows: tuple[NoticeRow, ...]


def notice_list_view(notices: list[Notice], lang: str) -> NoticeListView:
    lab = labels(lang)
    return NoticeListView(
        lang=lang,
        labels={
            "id": lab("column", "id"),
            "revision": lab("column", "report"),
            "status": lab("column", "status"),
            "published": lab("column", "published"),
            "title": lab("column", "title"),
        },
        rows=tuple(
            NoticeRow(
                id=notice.id,
                revision=notice.latest.number,
                status=str(notice.latest.status),
                status_label=status_label(notice.latest.status, lab),
                published=notice.latest.published.isoformat(),
                title=notice.latest.title,
            )
            for notice in notices
        ),
    )
