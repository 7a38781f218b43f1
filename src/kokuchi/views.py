"""Typed views: everything a renderer shows, built once per language.

This is where languages end. A view holds finished strings (status labels,
headings, formatted dates, state marks, bullets and brackets from the label
catalogs) and body blocks as inline Markdown; renderers only lay them out, so
they never know what language they are writing. Text that is still in the
source language because it has no usable translation is an ``Untranslated``
string: the one way kokuchi marks it, which every renderer shows in its own
form (a label in text and Markdown, ``lang`` and a class in HTML).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from . import markup
from .dates import format_change, format_period, format_timestamp, zone
from .events import Event, TextOptions, compare
from .i18n import SOURCE_LANGUAGE, Labels, labels
from .model import (
    MAINTENANCE_STATUSES,
    Notice,
    NoticeType,
    Period,
    Revision,
    SectionKind,
    SectionState,
    Status,
    UpdateKind,
)
from .severity import score
from .textdiff import INSERT, elide

TYPE_LABELS = {
    NoticeType.INCIDENT: "Incident",
    NoticeType.MAINTENANCE: "Maintenance",
    NoticeType.ADVISORY: "Security advisory",
    NoticeType.INFORMATION: "Information",
}

STATUS_LABELS = {
    Status.INVESTIGATING: "Investigating",
    Status.IDENTIFIED: "Identified",
    Status.MONITORING: "Monitoring",
    Status.RESOLVED: "Resolved",
    Status.SCHEDULED: "Scheduled",
    Status.IN_PROGRESS: "In progress",
    Status.COMPLETED: "Completed",
    Status.INFORMATIONAL: "Informational",
}

HEADINGS = {
    SectionKind.AFFECTED: "Affected versions and environments",
    SectionKind.IMPACT: "Details",
    SectionKind.CAUSE: "Cause",
    SectionKind.FIX: "Permanent fix",
    SectionKind.WORKAROUND: "Workaround",
    SectionKind.ALTERNATIVE: "Alternatives",
    SectionKind.REQUEST: "Requests",
    SectionKind.CONTACT: "Contact",
    SectionKind.NOTE: "Other notes",
    SectionKind.OTHER: "Other information",
}

STATE_LABELS = {
    SectionState.UNNECESSARY: "No longer needed",
    SectionState.WITHDRAWN: "Withdrawn",
    SectionState.COMPLETED: "Completed",
}

UPDATE_LABELS = {
    UpdateKind.INVESTIGATING: "Investigating",
    UpdateKind.IDENTIFIED: "Cause identified",
    UpdateKind.FIX_DEPLOYED: "Fix deployed",
    UpdateKind.RECOVERED: "Recovered",
    UpdateKind.WORKAROUND_UNNECESSARY: "Workaround no longer needed",
    UpdateKind.RE_ENABLED: "Re-enablement confirmed",
    UpdateKind.CONFIRMED: "Confirmed",
    UpdateKind.INFO: "Information",
}


class Untranslated(str):
    """A text shown in the source language because it has no usable translation."""

    __slots__ = ()


def marks(lab: Labels) -> dict[str, str]:
    """The punctuation of a layout in *lab*'s language: bullets, brackets, headline.

    Patterns keep their ``{placeholders}``; renderers fill them with text they
    have already escaped for their format.
    """
    return {
        "bullet": lab("mark", "• "),
        "heading": lab("mark", "{heading}"),
        "state": lab("mark", "({state})"),
        "status": lab("mark", "[{status}]"),
        "untranslated": lab("label", "[untranslated]"),
        "separator": lab("mark", " · "),
    }


# -- notices ---------------------------------------------------------------


def type_label(notice_type: NoticeType, lab: Labels) -> str:
    """障害 / Incident, メンテナンス / Maintenance, 脆弱性 / Security advisory, お知らせ / Information."""
    return lab("type", TYPE_LABELS[notice_type])


def status_label(status: Status, lab: Labels) -> str:
    return lab("status", STATUS_LABELS[status])


def section_heading(kind: SectionKind, status: Status, lab: Labels) -> str:
    if kind == SectionKind.IMPACT and status in MAINTENANCE_STATUSES:
        return lab("heading", "Impact")  # a maintenance has an impact, not an incident's details
    return lab("heading", HEADINGS[kind])


def period_heading(status: Status, lab: Labels) -> str:
    if status in MAINTENANCE_STATUSES:
        return lab("heading", "Maintenance window")
    if status == Status.INFORMATIONAL:
        return lab("heading", "Period")
    return lab("heading", "Incident period")


def headline(status: Status, title: str, lab: Labels) -> str:
    """The title with its status label: 【復旧済み】… / [Resolved] …"""
    text = lab("title", "[{status}] {title}", status=status_label(status, lab), title=title)
    return Untranslated(text) if isinstance(title, Untranslated) else text


@dataclass(frozen=True)
class SectionView:
    id: str
    kind: str
    state: str
    heading: str
    state_label: str | None  # None while the section is active
    blocks: tuple[markup.Block, ...]  # items are str or Untranslated


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


@dataclass(frozen=True)
class HistoryEntry:
    revision: int
    label: str
    published: str
    published_text: str
    status_label: str
    summaries: tuple[str, ...]
    href: str | None = None
    # Beside each summary, the text of the update it announces (None for other events):
    # the log shows what every update said, as a real 更新履歴 does.
    bodies: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class Link:
    href: str
    name: str
    lang: str | None = None
    current: bool = False


@dataclass(frozen=True)
class Freshness:
    """Which source revision a translated page renders, and whether the source is ahead."""

    source_revision: int
    latest_revision: int
    text: str  # visible on the page: "Translated from the Japanese report 3"
    banner: str | None = None  # set when the source is ahead of this edition
    newer: Link | None = None  # the newer source revision


@dataclass(frozen=True)
class Page:
    """What a published page adds to a view: other languages, links, banner, history, feed."""

    alternates: tuple[Link, ...] = ()
    links: tuple[Link, ...] = ()
    banner: str | None = None
    history: tuple[HistoryEntry, ...] = ()
    feed: Link | None = None
    canonical: str | None = None
    freshness: Freshness | None = None
    nav_label: str = ""  # the name of the site navigation, in the page's language
    products: tuple[Link, ...] = ()  # the notice's products, linked to their pages


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


def report_label(number: int, lab: Labels) -> str:
    """The reader's name of a revision on a site: 第3報 / Report 3."""
    return lab("label", "Report {number}", number=number)


def _in_zone(revision: Revision, tz) -> Revision:
    """Every datetime of *revision* converted to *tz* (for --tz)."""
    return replace(
        revision,
        published=revision.published.astimezone(tz),
        periods=tuple(
            replace(p, start=p.start.astimezone(tz), end=p.end.astimezone(tz) if p.end else None) for p in revision.periods
        ),
        updates=tuple(replace(u, at=u.at.astimezone(tz)) for u in revision.updates),
    )


def notice_view(revision: Revision, lang: str, *, tz: str | None = None, page: Page | None = None) -> NoticeView:
    """Lay out *revision* (already in *lang*) with *lang*'s labels and dates.

    With *tz* (an IANA zone), or else the revision's own ``timezone``, every
    time is converted to it and labelled with its abbreviation.
    """
    lab = labels(lang)
    data = revision.to_json()
    if tz or revision.timezone:
        revision = _in_zone(revision, zone(tz or revision.timezone))

    def mark(text: str) -> str:
        return Untranslated(text) if text in revision.untranslated else text

    def period_view(period: Period) -> PeriodView:
        text = format_period(period, lab)
        if not period.scope:
            return PeriodView(None, text, text)
        line = lab("period", "{scope}: {period}", scope=period.scope, period=text)
        if period.scope in revision.untranslated:
            return PeriodView(Untranslated(period.scope), text, Untranslated(line))
        return PeriodView(period.scope, text, line)

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
            "revision": lab("label", "Revision {number}", number=revision.number),
            "status": lab("label", "Status"),
            "languages": lab("label", "Languages"),
            "history": lab("heading", "Revision history"),
            "type": lab("label", "Type"),
            "feed": lab("label", "Feed"),
            "web": lab("mail", "Read this notice on the web:"),
            **marks(lab),
        },
        products=tuple(mark(p) for p in revision.products),
        periods=tuple(period_view(period) for period in revision.periods),
        sections=tuple(
            SectionView(
                id=section.id,
                kind=str(section.kind),
                state=str(section.state),
                heading=mark(section.heading) if section.heading else section_heading(section.kind, revision.status, lab),
                state_label=lab("state", STATE_LABELS[section.state]) if section.state in STATE_LABELS else None,
                blocks=tuple(
                    replace(block, items=tuple(mark(item) for item in block.items)) for block in markup.blocks(section.body)
                ),
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
    )


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
            "revision": lab("column", "revision"),
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


# -- changes and history ---------------------------------------------------

_STATE_SUMMARIES = {
    SectionState.UNNECESSARY: "{heading}: no longer needed",
    SectionState.WITHDRAWN: "{heading}: withdrawn",
    SectionState.COMPLETED: "{heading}: completed",
    SectionState.ACTIVE: "{heading}: in effect again",
}
_FIELD_SUMMARIES = {
    "start": "Start time changed{scope}: {from} → {to}",
    "end": "End time changed{scope}: {from} → {to}",
}


def _heading(event: Event, old: Revision, new: Revision, lab: Labels) -> str:
    section = new.section(event.fields["id"]) or old.section(event.fields["id"])
    if section is None:  # pragma: no cover - events name sections of one of the two
        return event.fields["id"]
    return section.heading or section_heading(section.kind, new.status, lab)


def _scope(scope: str | None, lab: Labels) -> str:
    return lab("event", " ({scope})", scope=scope) if scope else ""


def _moved(event: Event, new: Revision, lab: Labels) -> str:
    """A start or end time that moved: in maintenance, extended, shortened, postponed; the actual end."""
    f = event.fields
    scope = _scope(f["scope"], lab)
    before, after = format_change(f["from"], f["to"], lab)
    direction = f.get("direction")
    if new.status in MAINTENANCE_STATUSES and direction:
        if f["field"] == "end" and new.status == Status.COMPLETED:
            planned = format_change(f["to"], f["from"], lab)[1]
            return lab("event", "Ended{scope}: {actual} (planned end: {planned})", scope=scope,
                       actual=format_timestamp(f["to"], lab), planned=planned)
        msgid = {
            ("end", "later"): "Maintenance extended{scope}: {from} → {to}",
            ("end", "earlier"): "Maintenance shortened{scope}: {from} → {to}",
            ("start", "later"): "Start postponed{scope}: {from} → {to}",
            ("start", "earlier"): "Start brought forward{scope}: {from} → {to}",
        }[(f["field"], direction)]
        return lab("event", msgid, scope=scope, **{"from": before, "to": after})
    return lab("event", _FIELD_SUMMARIES[f["field"]], scope=scope, **{"from": before, "to": after})


_VERSION_SUMMARIES = {
    ("affected", "added"): "Affected versions added ({product}): {versions}",
    ("affected", "removed"): "Affected versions removed ({product}): {versions}",
    ("fixed", "added"): "Fixed versions added ({product}): {versions}",
    ("fixed", "removed"): "Fixed versions removed ({product}): {versions}",
}


def cvss_text(vector: str | None, lab: Labels) -> str:
    """A CVSS vector as readers compare it: its base score and severity (7.5 (High) / 7.5(重要))."""
    if vector is None:
        return lab("event", "none")
    result = score(vector)
    return lab("event", "{score} ({severity})", score=f"{result.base_score:.1f}",
               severity=lab("severity", result.base_severity.capitalize()))


def _advisory_summary(event: Event, lab: Labels) -> str:
    f = event.fields
    cve = f.get("cve") or lab("event", "no CVE id")
    if event.type == "vulnerability-added":
        return lab("event", "Vulnerability added: {cve}", cve=cve)
    if event.type == "vulnerability-removed":
        return lab("event", "Vulnerability removed: {cve}", cve=cve)
    if event.type == "vulnerability-changed":
        if f["field"] == "cvss":
            values = {"from": cvss_text(f["from"], lab), "to": cvss_text(f["to"], lab)}
            return lab("event", "CVSS v3.1 base score ({cve}): {from} → {to}", cve=cve, **values)
        if f["field"] == "cve" and f["from"] is None:
            return lab("event", "CVE id assigned: {cve}", cve=f["to"])
        msgid = "CVE id changed: {from} → {to}" if f["field"] == "cve" else "CWE ({cve}): {from} → {to}"
        values = {"from": f["from"] or lab("event", "none"), "to": f["to"] or lab("event", "none")}
        return lab("event", msgid, cve=cve, **values)
    # versions-changed
    parts = [
        lab("event", _VERSION_SUMMARIES[(f["field"], change)], product=f["product"], versions=", ".join(f[change]))
        for change in ("added", "removed")
        if f[change]
    ]
    return lab("event", "; ").join(parts)


ADVISORY_EVENTS = frozenset({"vulnerability-added", "vulnerability-removed", "vulnerability-changed", "versions-changed"})


def summarize(event: Event, old: Revision, new: Revision, lab: Labels) -> str:
    """One line saying what *event* means, in *lab*'s language."""
    f = event.fields
    kind = event.type
    if kind in ADVISORY_EVENTS:
        return _advisory_summary(event, lab)
    if kind == "status-changed":
        values = {"from": status_label(Status(f["from"]), lab), "to": status_label(Status(f["to"]), lab)}
        return lab("event", "Reopened: {from} → {to}" if f["reopened"] else "Status: {from} → {to}", **values)
    if kind == "title-changed":
        return lab("event", "Title notation changed" if f.get("notation") else "Title edited")
    if kind == "products-changed":
        parts = []
        if f["added"]:
            parts.append(lab("event", "Product added: {names}", names=", ".join(f["added"])))
        if f["removed"]:
            parts.append(lab("event", "Product removed: {names}", names=", ".join(f["removed"])))
        return lab("event", "; ").join(parts)
    if kind in ("period-added", "period-removed"):
        period = format_period(Period(f["scope"], f["start"], f["end"]), lab)
        msgid = "Period added{scope}: {period}" if kind == "period-added" else "Period removed{scope}: {period}"
        return lab("event", msgid, scope=_scope(f["scope"], lab), period=period)
    if kind == "period-ended":
        msgid = "Ended{scope}: {end}" if new.status in MAINTENANCE_STATUSES else "Recovered{scope}: {end}"
        return lab("event", msgid, scope=_scope(f["scope"], lab), end=format_timestamp(f["end"], lab))
    if kind == "period-changed":
        scope = _scope(f["scope"], lab)
        if f["field"] == "approximate":
            return lab("event", "Times marked approximate{scope}" if f["to"] else "Times marked exact{scope}", scope=scope)
        return _moved(event, new, lab)
    if kind in ("section-added", "section-removed"):
        msgid = "Section added: {heading}" if kind == "section-added" else "Section removed: {heading}"
        return lab("event", msgid, heading=_heading(event, old, new, lab))
    if kind == "section-state-changed":
        state = SectionState(f["to"])
        if state == SectionState.UNNECESSARY and f["kind"] == SectionKind.WORKAROUND:
            return lab("event", "The workaround is no longer needed")
        return lab("event", _STATE_SUMMARIES[state], heading=_heading(event, old, new, lab))
    if kind == "section-edited":
        if f.get("notation"):
            msgid = "{heading}: notation changed"
        elif f["field"] == "body" and f.get("reversed"):
            msgid = "{heading}: text edited (meaning reversed)"
        else:
            msgid = {"body": "{heading}: text edited", "heading": "{heading}: heading changed", "kind": "{heading}: kind changed"}[
                f["field"]
            ]
        return lab("event", msgid, heading=_heading(event, old, new, lab))
    if kind == "update-added":
        label = lab("update", UPDATE_LABELS[UpdateKind(f["kind"])])
        return lab("event", "{label} ({at})", label=label, at=format_timestamp(f["at"], lab))
    if kind == "update-changed":
        msgid = "Notation of a published update changed ({at})" if f.get("notation") else "A published update was amended ({at})"
        return lab("event", msgid, at=format_timestamp(f["at"], lab))
    if kind == "update-removed":
        return lab("event", "A published update was removed ({at})", at=format_timestamp(f["at"], lab))
    raise ValueError(f"unknown event type {kind!r}")  # pragma: no cover


def event_records(events: list[Event], old: Revision | None, new: Revision, lab: Labels) -> list[dict]:
    """The events as the contract's JSON records, each with its localized summary."""
    return [{**event.to_json(), "summary": summarize(event, old, new, lab)} for event in events]


@dataclass(frozen=True)
class TextChange:
    label: str
    ops: tuple[tuple[int, str], ...]  # elided for display (see textdiff.ELIDED)


@dataclass(frozen=True)
class ChangesView:
    kind = "changes"

    lang: str
    notice_id: str
    old: int
    new: int
    title: str
    heading: str
    labels: dict[str, str]
    summaries: tuple[str, ...]
    changes: tuple[TextChange, ...]
    events: tuple[dict, ...] = ()  # the contract's records, for json
    page: Page | None = None

    @property
    def differ(self) -> bool:
        return bool(self.events)


def _change_label(event: Event, old: Revision, new: Revision, lab: Labels) -> str:
    if event.type == "title-changed":
        return lab("label", "Title")
    if event.type == "update-changed":
        return lab("diff", "Update of {at}", at=format_timestamp(event.fields["at"], lab))
    heading = _heading(event, old, new, lab)
    if event.fields.get("field") == "heading":
        return lab("diff", "{heading} (heading)", heading=heading)
    if event.fields.get("field") == "kind":
        return lab("diff", "{heading} (kind)", heading=heading)
    return heading


def _rendered_ops(event: Event, bullet: str) -> list[tuple[int, str]]:
    """A body's change between its blocks as a reader sees them: paragraphs on lines, list items after bullets.

    Inline Markdown stays for the renderer (the HTML diff renders it across the changes).
    """
    from .textdiff import diff

    if not (event.type == "section-edited" and event.fields.get("field") == "body"):
        return event.ops
    before = "".join(text for op, text in event.ops if op <= 0)
    after = "".join(text for op, text in event.ops if op >= 0)
    return diff(markup.block_text(before, bullet), markup.block_text(after, bullet))


def _text_change(event: Event, old: Revision, new: Revision, lab: Labels, context: int, notation: bool,
                 rendered: bool) -> TextChange | None:
    """What the text part of a diff shows for *event*, if anything."""
    if event.type == "section-added":
        section = new.section(event.fields["id"])
        if section is None or not section.body:  # pragma: no cover - an added section is in the new revision
            return None
        body = markup.block_text(section.body, marks(lab)["bullet"]) if rendered else section.body.rstrip("\n")
        return TextChange(_heading(event, old, new, lab), ((INSERT, body),))
    if not event.ops or event.type == "update-added":
        return None
    if event.fields.get("notation") and not notation:
        return None  # width or spacing only: the summary says so
    ops = _rendered_ops(event, marks(lab)["bullet"]) if rendered else event.ops
    return TextChange(_change_label(event, old, new, lab), tuple(elide(ops, context)))


def changes_view(notice_id: str, old: Revision, new: Revision, events: list[Event], lang: str, context: int = 40,
                 *, notation: bool = False, rendered: bool = False, page: Page | None = None) -> ChangesView:
    """The diff of *old* → *new*; *notation*: show the text of width/spacing-only edits too; *rendered*:
    diff the texts as a reader sees them (Markdown rendered, for pages); *page*: a site's navigation."""
    lab = labels(lang)
    shown = (_text_change(event, old, new, lab, context, notation, rendered) for event in events)
    return ChangesView(
        lang=lang,
        notice_id=notice_id,
        old=old.number,
        new=new.number,
        title=headline(new.status, new.title, lab),
        heading=lab("diff", "Changes from revision {old} to revision {new}", old=old.number, new=new.number),
        labels={
            "events": lab("diff", "What changed"),
            "texts": lab("diff", "Text changes"),
            "none": lab("diff", "No changes"),
            **marks(lab),
        },
        summaries=tuple(summarize(event, old, new, lab) for event in events),
        changes=tuple(change for change in shown if change is not None),
        events=tuple(event_records(events, old, new, lab)),
        page=page,
    )


def revision_history(notice: Notice, options: TextOptions = TextOptions()) -> list[tuple[Revision, list[Event]]]:
    """Each revision with the events it introduced (none for the first)."""
    history: list[tuple[Revision, list[Event]]] = [(notice.revisions[0], [])]
    for old, new in zip(notice.revisions, notice.revisions[1:]):
        history.append((new, compare(old, new, options)))
    return history


@dataclass(frozen=True)
class LogView:
    kind = "log"

    lang: str
    notice_id: str
    title: str
    heading: str
    labels: dict[str, str]
    entries: tuple[HistoryEntry, ...]
    records: tuple[dict, ...] = ()  # per revision, the contract's records, for json


def log_view(notice: Notice, lang: str, history: list[tuple[Revision, list[Event]]] | None = None) -> LogView:
    """The notice's history in *lang*; *history* (from revision_history) when already computed."""
    lab = labels(lang)
    entries = []
    records = []
    previous: Revision | None = None
    for revision, events in history or revision_history(notice):
        if previous is None:
            summaries = (lab("event", "First published"),)
            bodies = (None,)
        else:
            summaries = tuple(summarize(e, previous, revision, lab) for e in events) or (lab("diff", "No changes"),)
            bodies = tuple(e.fields["body"] if e.type == "update-added" else None for e in events) or (None,)
        entries.append(
            HistoryEntry(
                revision=revision.number,
                label=lab("label", "Revision {number}", number=revision.number),
                published=revision.published.isoformat(),
                published_text=format_timestamp(revision.published, lab),
                status_label=status_label(revision.status, lab),
                summaries=summaries,
                bodies=bodies,
            )
        )
        records.append(
            {
                "revision": revision.number,
                "published": revision.published.isoformat(),
                "status": str(revision.status),
                "events": event_records(events, previous, revision, lab),
            }
        )
        previous = revision
    latest = notice.latest
    return LogView(
        lang=lang,
        notice_id=notice.id,
        title=headline(latest.status, latest.title, lab),
        heading=lab("heading", "Revision history"),
        labels={
            "revision": lab("label", "Revision"),
            "published": lab("label", "Published"),
            "status": lab("label", "Status"),
            **marks(lab),
        },
        entries=tuple(entries),
        records=tuple(records),
    )


def history_entries(log: LogView, upto: int, href: Callable[[int], str] | None = None) -> tuple[HistoryEntry, ...]:
    """The revision history up to revision *upto*, newest first, for a page; *href* links each entry."""
    return tuple(replace(entry, href=href(entry.revision) if href else None) for entry in reversed(log.entries[:upto]))


# -- catalogs --------------------------------------------------------------


@dataclass(frozen=True)
class ReviewItem:
    state: str
    location: str
    role: str
    where: str
    source_ops: tuple[tuple[int, str], ...]  # the source change (or the whole source, unchanged)
    translation: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ReviewView:
    kind = "review"

    lang: str  # the language of the labels
    target: str  # the catalog's language
    source_lang: str
    title: str
    labels: dict[str, str]
    items: tuple[ReviewItem, ...]


def review_view(target: str, items: list[ReviewItem], lang: str = "en") -> ReviewView:
    lab = labels(lang)
    return ReviewView(
        lang=lang,
        target=target,
        source_lang=SOURCE_LANGUAGE,
        title=lab("review", "{lang}: {count} unit(s) to review", lang=target, count=len(items)),
        labels={
            "source": lab("review", "source"),
            "translation": lab("review", "translation"),
            "note": lab("review", "note"),
            "field": lab("mark", "{label}:"),
            "none": lab("review", "—"),
            **marks(lab),
        },
        items=tuple(items),
    )


@dataclass(frozen=True)
class StatusView:
    kind = "status"

    lang: str
    columns: tuple[str, ...]
    rows: tuple[dict, ...]


STATUS_COLUMNS = ("lang", "notice", "revision", "translated", "fuzzy", "auto", "flips", "untranslated", "total")


def status_view(rows: list[dict], lang: str = "en") -> StatusView:
    lab = labels(lang)
    return StatusView(lang=lang, columns=tuple(lab("column", c) for c in STATUS_COLUMNS), rows=tuple(rows))


# -- the site: index and product pages, feeds ---------------------------------


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


def site_row_record(notice_id: str, revision: Revision, lang: str, *, href: str, products: list[tuple[str, str]],
                    lag: Link | None) -> dict:
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


def site_index_view(lang: str, current: list[str], past: list[str], *, heading: str, page: Page,
                    products: tuple[Link, ...] = (), archive: tuple[Link, ...] = ()) -> SiteIndexView:
    return SiteIndexView(lang=lang, title=heading, heading=heading, labels=site_labels(lang), current=tuple(current),
                         past=tuple(past), page=page, products=products, archive=archive)


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


def feed_entry_record(notice_id: str, revision: Revision, lang: str, *, href: str, summaries: tuple[str, ...],
                      alternates: list[tuple[str, str]], entry_id: str) -> dict:
    """One revision as a feed entry in *lang*, plain JSON for the site's cache (hrefs from the root)."""
    lab = labels(lang)
    return {
        "notice": notice_id,
        "id": entry_id,
        "title": headline(revision.status, revision.title, lab),
        "href": href,
        "updated": revision.published.isoformat(),
        "summary": "\n".join(summaries),
        "categories": [type_label(revision.type, lab), *revision.products],
        "alternates": [list(a) for a in alternates],
    }


def feed_view(lang: str, records: list[dict], *, feed_id: str, title: str, author: str, self_href: str,
              page_href: str, alternates: list[tuple[str, str]], prefix: str, base: str | None) -> FeedView:
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
