"""What changed: event summaries, the diff (``diff``) and the revision history (``log``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import assert_never

from kokuchi.core.model import (
    MAINTENANCE_STATUSES,
    Notice,
    Period,
    Revision,
    SectionKind,
    SectionState,
    Status,
    UpdateKind,
)
from kokuchi.diff.events import (
    Event,
    NoticeWithdrawn,
    PeriodAdded,
    PeriodChanged,
    PeriodEnded,
    PeriodRemoved,
    PeriodSplit,
    ProductsChanged,
    Reported,
    SectionAdded,
    SectionEdited,
    SectionRemoved,
    SectionStateChanged,
    StatusChanged,
    TextOptions,
    TitleChanged,
    UpdateAdded,
    UpdateChanged,
    UpdateRemoved,
    VersionsChanged,
    VulnerabilityAdded,
    VulnerabilityChanged,
    VulnerabilityRemoved,
    compare,
)
from kokuchi.diff.textdiff import INSERT, diff, elide
from kokuchi.language.dates import (
    format_change,
    format_items,
    format_local,
    format_period,
    format_timestamp,
    zone_label,
)
from kokuchi.language.labels import Labels, labels
from kokuchi.notice import markup
from kokuchi.views.common import (
    UPDATE_LABELS,
    HistoryEntry,
    Page,
    Untranslated,
    cvss_text,
    headline,
    marks,
    report_label,
    section_heading,
    status_label,
    version_range,
)

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
    """The heading of the section a section event names."""
    assert isinstance(event, (SectionAdded, SectionRemoved, SectionStateChanged, SectionEdited))
    section = new.section(event.id) or old.section(event.id)
    if section is None:  # pragma: no cover - events name sections of one of the two
        return event.id
    return section.heading or section_heading(section.kind, new, lab)


def _moment(moment: datetime, approximate: bool, lab: Labels) -> str:
    """A time in a summary, with 頃 / (approx.) when the period says its times are approximate."""
    if not approximate:
        return format_timestamp(moment, lab)
    values = {"datetime": format_local(moment, lab.lang), "zone": zone_label(moment)}
    return lab("timestamp", "{datetime} {zone} (approx.)", **values)


def _reported(summary: str, update: Reported | None, lab: Labels) -> str:
    """*summary* with the kind of the update entry that reports the same change, if one does."""
    if update is None:
        return summary
    label = lab("update", UPDATE_LABELS[UpdateKind(update.kind)])
    if label in summary:  # 復旧(us-1): … already says 復旧
        return summary
    return lab("event", "{summary} (update: {label})", summary=summary, label=label)


def reported_update(event: Event) -> Reported | None:
    """The added update entry attached to *event* (diff.events: the fact is stated once), if any."""
    return event.update if isinstance(event, (PeriodEnded, SectionStateChanged, StatusChanged)) else None


def _scope(scope: str | None, lab: Labels) -> str:
    return lab("event", " ({scope})", scope=scope) if scope else ""


def _moved(event: PeriodChanged, new: Revision, lab: Labels) -> str:
    """A start or end time that moved: in maintenance, extended, shortened, postponed; the actual end."""
    first, last = event.old, event.new
    assert not isinstance(first, bool) and not isinstance(last, bool), "start and end are times"
    scope = _scope(event.scope, lab)
    before, after = format_change(first, last, lab)
    direction = event.direction
    if new.status in MAINTENANCE_STATUSES and direction:
        if event.field == "end" and new.status == Status.COMPLETED and last is not None:
            planned = format_change(last, first, lab)[1]
            return lab(
                "event",
                "Ended{scope}: {actual} (planned end: {planned})",
                scope=scope,
                actual=format_timestamp(last, lab),
                planned=planned,
            )
        msgid = {
            ("end", "later"): "Maintenance extended{scope}: {from} → {to}",
            ("end", "earlier"): "Maintenance shortened{scope}: {from} → {to}",
            ("start", "later"): "Start postponed{scope}: {from} → {to}",
            ("start", "earlier"): "Start brought forward{scope}: {from} → {to}",
        }[(event.field, direction)]
        return lab("event", msgid, scope=scope, **{"from": before, "to": after})
    return lab("event", _FIELD_SUMMARIES[event.field], scope=scope, **{"from": before, "to": after})


_VERSION_SUMMARIES = {
    ("affected", "added"): "Affected versions added ({product}): {versions}",
    ("affected", "removed"): "Affected versions removed ({product}): {versions}",
    ("fixed", "added"): "Fixed versions added ({product}): {versions}",
    ("fixed", "removed"): "Fixed versions removed ({product}): {versions}",
}


def _vulnerability_changed(event: VulnerabilityChanged, lab: Labels) -> str:
    cve = event.cve or lab("event", "no CVE id")
    if event.field == "cvss":
        values = {"from": cvss_text(event.old, lab), "to": cvss_text(event.new, lab)}
        return lab("event", "CVSS v3.1 base score ({cve}): {from} → {to}", cve=cve, **values)
    if event.field == "cve" and event.old is None:
        return lab("event", "CVE id assigned: {cve}", cve=event.new)
    msgid = "CVE id changed: {from} → {to}" if event.field == "cve" else "CWE ({cve}): {from} → {to}"
    values = {"from": event.old or lab("event", "none"), "to": event.new or lab("event", "none")}
    return lab("event", msgid, cve=cve, **values)


def _versions_changed(event: VersionsChanged, lab: Labels) -> str:
    changes = {"added": event.added, "removed": event.removed}
    parts = [
        lab(
            "event",
            _VERSION_SUMMARIES[(event.field, change)],
            product=event.product,
            versions=format_items([version_range(version, lab) for version in versions], lab.lang),
        )
        for change, versions in changes.items()
        if versions
    ]
    return lab("event", "; ").join(parts)


def _section_edited(event: SectionEdited, old: Revision, new: Revision, lab: Labels) -> str:
    if event.notation:
        msgid = "{heading}: notation changed"
    elif event.field == "body" and event.reversed:
        msgid = "{heading}: text edited (meaning reversed)"
    else:
        msgid = {
            "body": "{heading}: text edited",
            "heading": "{heading}: heading changed",
            "kind": "{heading}: kind changed",
        }[event.field]
    return lab("event", msgid, heading=_heading(event, old, new, lab))


def summarize(event: Event, old: Revision, new: Revision, lab: Labels) -> str:
    """One line saying what *event* means, in *lab*'s language (every kind: the type checker proves it),
    with the kind of an update entry that reports the same change."""
    return _reported(_summary(event, old, new, lab), reported_update(event), lab)


def _summary(event: Event, old: Revision, new: Revision, lab: Labels) -> str:
    match event:
        case NoticeWithdrawn():
            return lab("event", "Notice withdrawn" if event.withdrawn else "Notice in effect again")
        case StatusChanged():
            values = {"from": status_label(Status(event.old), lab), "to": status_label(Status(event.new), lab)}
            return lab("event", "Reopened: {from} → {to}" if event.reopened else "Status: {from} → {to}", **values)
        case TitleChanged():
            return lab("event", "Title notation changed" if event.notation else "Title edited")
        case ProductsChanged():
            parts = []
            if event.added:
                parts.append(lab("event", "Product added: {names}", names=", ".join(event.added)))
            if event.removed:
                parts.append(lab("event", "Product removed: {names}", names=", ".join(event.removed)))
            return lab("event", "; ").join(parts)
        case PeriodAdded() | PeriodRemoved():
            period = format_period(Period(event.scope, event.start, event.end, event.approximate), lab)
            msgid = (
                "Period added{scope}: {period}" if isinstance(event, PeriodAdded) else "Period removed{scope}: {period}"
            )
            return lab("event", msgid, scope=_scope(event.scope, lab), period=period)
        case PeriodEnded():
            msgid = "Ended{scope}: {end}" if new.status in MAINTENANCE_STATUSES else "Recovered{scope}: {end}"
            end = _moment(event.end, event.approximate, lab)
            return lab("event", msgid, scope=_scope(event.scope, lab), end=end)
        case PeriodSplit():
            start = _moment(event.start, event.approximate, lab)
            return lab("event", "Still ongoing{scope}: since {start}", scope=_scope(event.scope, lab), start=start)
        case PeriodChanged():
            if event.field == "approximate":
                msgid = "Times marked approximate{scope}" if event.new else "Times marked exact{scope}"
                return lab("event", msgid, scope=_scope(event.scope, lab))
            return _moved(event, new, lab)
        case SectionAdded() | SectionRemoved():
            msgid = "Section added: {heading}" if isinstance(event, SectionAdded) else "Section removed: {heading}"
            return lab("event", msgid, heading=_heading(event, old, new, lab))
        case SectionStateChanged():
            state = SectionState(event.new)
            if state == SectionState.UNNECESSARY and event.kind == SectionKind.WORKAROUND:
                return lab("event", "The workaround is no longer needed")
            return lab("event", _STATE_SUMMARIES[state], heading=_heading(event, old, new, lab))
        case SectionEdited():
            return _section_edited(event, old, new, lab)
        case UpdateAdded():
            label = lab("update", UPDATE_LABELS[UpdateKind(event.kind)])
            return lab("event", "{label} ({at})", label=label, at=format_timestamp(event.at, lab))
        case UpdateChanged():
            at = format_timestamp(event.at, lab)
            if event.notation:
                return lab("event", "Notation of a published update changed ({at})", at=at)
            if event.amended:  # the editor's reason, shown wherever the amendment is
                reason = markup.join_lines(event.amended)
                return lab("event", "A published update was amended ({at}): {reason}", at=at, reason=reason)
            return lab("event", "A published update was amended ({at})", at=at)
        case UpdateRemoved():
            return lab("event", "A published update was removed ({at})", at=format_timestamp(event.at, lab))
        case VulnerabilityAdded():
            return lab("event", "Vulnerability added: {cve}", cve=event.cve or lab("event", "no CVE id"))
        case VulnerabilityRemoved():
            return lab("event", "Vulnerability removed: {cve}", cve=event.cve or lab("event", "no CVE id"))
        case VulnerabilityChanged():
            return _vulnerability_changed(event, lab)
        case VersionsChanged():
            return _versions_changed(event, lab)
        case _:
            assert_never(event)


def event_records(events: list[Event], old: Revision | None, new: Revision, lab: Labels) -> list[dict]:
    """The events as the contract's JSON records, each with its localized summary (no events: no revision
    before)."""
    if not events:
        return []
    assert old is not None, "events compare a revision with the one before"
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


def _change_label(
    event: TitleChanged | UpdateChanged | SectionEdited | SectionStateChanged, old: Revision, new: Revision, lab
) -> str:
    if isinstance(event, TitleChanged):
        return lab("label", "Title")
    if isinstance(event, UpdateChanged):
        return lab("diff", "Update of {at}", at=format_timestamp(event.at, lab))
    heading = _heading(event, old, new, lab)
    if isinstance(event, SectionStateChanged):
        return heading  # its body edit
    if event.field == "heading":
        return lab("diff", "{heading} (heading)", heading=heading)
    if event.field == "kind":
        return lab("diff", "{heading} (kind)", heading=heading)
    return heading


def _rendered_ops(event: Event, bullet: str) -> list[tuple[int, str]]:
    """A body's change between its blocks as a reader sees them: paragraphs on lines, list items after bullets.

    Inline Markdown stays for the renderer (the HTML diff renders it across the changes).
    """
    ops = event.ops or []
    body = isinstance(event, SectionStateChanged) or (isinstance(event, SectionEdited) and event.field == "body")
    if not body:
        return ops
    before = "".join(text for op, text in ops if op <= 0)
    after = "".join(text for op, text in ops if op >= 0)
    return diff(markup.block_text(before, bullet), markup.block_text(after, bullet))


def _text_change(
    event: Event, old: Revision, new: Revision, lab: Labels, context: int, notation: bool, rendered: bool
) -> TextChange | None:
    """What the text part of a diff shows for *event*, if anything."""
    if isinstance(event, SectionAdded):
        section = new.section(event.id)
        if section is None or not section.body:  # pragma: no cover - an added section is in the new revision
            return None
        body = markup.block_text(section.body, marks(lab)["bullet"]) if rendered else section.body.rstrip("\n")
        return TextChange(_heading(event, old, new, lab), ((INSERT, body),))
    if not isinstance(event, (TitleChanged, UpdateChanged, SectionEdited, SectionStateChanged)):
        return None  # no text change to show
    if event.text_ops is None:
        return None  # a state change without a body edit
    if event.notation and not notation:
        return None  # width or spacing only: the summary says so
    ops = _rendered_ops(event, marks(lab)["bullet"]) if rendered else event.text_ops
    return TextChange(_change_label(event, old, new, lab), tuple(elide(ops, context)))


def changes_view(
    notice_id: str,
    old: Revision,
    new: Revision,
    events: list[Event],
    lang: str,
    context: int = 40,
    *,
    notation: bool = False,
    rendered: bool = False,
    page: Page | None = None,
) -> ChangesView:
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
        heading=lab(
            "diff",
            "Reversed: from report {old} back to the earlier report {new}"
            if old.number > new.number
            else "Changes from report {old} to report {new}",
            old=old.number,
            new=new.number,
        ),
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


def revision_history(notice: Notice, options: TextOptions | None = None) -> list[tuple[Revision, list[Event]]]:
    """Each revision with the events it introduced (none for the first)."""
    history: list[tuple[Revision, list[Event]]] = [(notice.revisions[0], [])]
    options = options or TextOptions()
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
        summaries: tuple[str, ...]
        bodies: tuple[str | None, ...]
        if previous is None:
            summaries = (lab("event", "First report published"),)
            bodies = (None,)
        else:
            summaries = tuple(summarize(e, previous, revision, lab) for e in events) or (lab("diff", "No changes"),)
            bodies = tuple(_update_body(e) for e in events) or (None,)
        entries.append(
            HistoryEntry(
                revision=revision.number,
                label=report_label(revision.number, lab),
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
        heading=lab("heading", "All reports"),
        labels={
            "revision": lab("label", "Report"),
            "published": lab("label", "Published"),
            "status": lab("label", "Status"),
            **marks(lab),
        },
        entries=tuple(entries),
        records=tuple(records),
    )


def _update_body(event: Event) -> str | None:
    """What the log shows under an event: an added update's text, also when it joined the change it reports."""
    if isinstance(event, UpdateAdded):
        return event.body
    update = reported_update(event)
    return update.body if update else None


def history_entries(log: LogView, upto: int, href: Callable[[int], str] | None = None) -> tuple[HistoryEntry, ...]:
    """The revision history up to revision *upto*, newest first, for a page; *href* links each entry."""
    return tuple(replace(entry, href=href(entry.revision) if href else None) for entry in reversed(log.entries[:upto]))


# What a report changed, as sentences a reader understands: one template per event kind.
_STATE_SENTENCES = {
    SectionState.UNNECESSARY: "“{heading}” is no longer needed.",
    SectionState.WITHDRAWN: "“{heading}” has been withdrawn.",
    SectionState.COMPLETED: "“{heading}” has been completed.",
    SectionState.ACTIVE: "“{heading}” applies again.",
}
_MOVED_SENTENCES = {
    ("end", "later"): "The maintenance has been extended{scope}: it now ends at {to} instead of {from}.",
    ("end", "earlier"): "The maintenance has been shortened{scope}: it now ends at {to} instead of {from}.",
    ("start", "later"): "The maintenance has been postponed{scope}: it now starts at {to} instead of {from}.",
    ("start", "earlier"): "The maintenance has been brought forward{scope}: it now starts at {to} instead of {from}.",
}


@dataclass(frozen=True)
class NewsItem:
    text: str  # a sentence, or an update's time and label
    body: str | None = None  # an update's own text (inline Markdown)


@dataclass(frozen=True)
class LatestNews:
    """What this report changed, first on every page, mail and feed entry."""

    heading: str  # この報告での変更(第3報) / What changed in report 3
    items: tuple[NewsItem, ...]

    @property
    def text(self) -> str:
        """The news as plain lines (a feed entry's summary)."""
        lines = []
        for item in self.items:
            lines.append(item.text)
            if item.body:
                lines.append("".join(span.text for span in markup.spans(item.body)))
        return "\n".join(lines)


def _in_scope(scope: str | None, lab: Labels) -> str:
    return lab("news", " ({scope})", scope=scope) if scope else ""


def sentence(event: Event, old: Revision, new: Revision, lab: Labels) -> str:
    """*event* as a sentence for readers, with its times (the summary, as a sentence, for the rarer kinds)."""
    match event:
        case NoticeWithdrawn():
            msgid = "This notice has been withdrawn." if event.withdrawn else "This notice is in effect again."
            return lab("news", msgid)
        case StatusChanged():
            values = {"from": status_label(Status(event.old), lab), "to": status_label(Status(event.new), lab)}
            if event.reopened:
                return lab("news", "The issue is open again: the status went back from {from} to {to}.", **values)
            return lab("news", "The status changed from {from} to {to}.", **values)
        case PeriodEnded():
            msgid = (
                "The maintenance ended{scope} at {end}."
                if new.status in MAINTENANCE_STATUSES
                else "Recovered{scope} at {end}."
            )
            end = _moment(event.end, event.approximate, lab)
            return lab("news", msgid, scope=_in_scope(event.scope, lab), end=end)
        case PeriodSplit():
            start = _moment(event.start, event.approximate, lab)
            return lab("news", "Still ongoing{scope} since {start}.", scope=_in_scope(event.scope, lab), start=start)
        case PeriodChanged(field="start" | "end", direction=str(direction)):
            assert isinstance(event.old, datetime) and isinstance(event.new, datetime)  # a moved start or end
            scope = _in_scope(event.scope, lab)
            if new.status == Status.COMPLETED and event.field == "end":
                msgid = (
                    "The maintenance ended{scope} at {actual}, earlier than planned ({planned})."
                    if direction == "earlier"
                    else "The maintenance ended{scope} at {actual}, later than planned ({planned})."
                )
                actual, planned = format_timestamp(event.new, lab), format_change(event.new, event.old, lab)[1]
                return lab("news", msgid, scope=scope, actual=actual, planned=planned)
            if new.status in MAINTENANCE_STATUSES:
                before, after = format_change(event.old, event.new, lab)
                msgid = _MOVED_SENTENCES[(event.field, direction)]
                return lab("news", msgid, scope=scope, **{"from": before, "to": after})
        case SectionAdded():
            return lab("news", "A new part was added: “{heading}”.", heading=_heading(event, old, new, lab))
        case SectionRemoved():
            return lab("news", "“{heading}” was removed.", heading=_heading(event, old, new, lab))
        case SectionStateChanged():
            state = SectionState(event.new)
            if state == SectionState.UNNECESSARY and event.kind == SectionKind.WORKAROUND:
                return lab("news", "The workaround is no longer needed.")
            return lab("news", _STATE_SENTENCES[state], heading=_heading(event, old, new, lab))
        case SectionEdited():
            heading = _heading(event, old, new, lab)
            if event.notation:
                return lab("news", "The wording of “{heading}” was tidied; its meaning is unchanged.", heading=heading)
            if event.field == "body" and event.reversed:
                return lab("news", "“{heading}” was updated and now says the opposite of before.", heading=heading)
            return lab("news", "“{heading}” was updated.", heading=heading)
        case TitleChanged():
            return lab("news", "The title was changed.")
        case UpdateChanged():
            return lab("news", "The update of {at} was corrected.", at=format_timestamp(event.at, lab))
        case UpdateRemoved():
            return lab("news", "The update of {at} was withdrawn.", at=format_timestamp(event.at, lab))
    return lab("news", "{summary}.", summary=summarize(event, old, new, lab))


def latest_news(previous: Revision | None, revision: Revision, events: list[Event], lang: str) -> LatestNews:
    """What *revision* changed since *previous* (both in *lang*): its new updates first, newest first,
    each with its time and own text, then a sentence per other event; for a first report, that it is one."""
    lab = labels(lang)
    heading = lab("news", "What changed in report {number}", number=revision.number)
    if previous is None:
        updates = [NewsItem(lab("news", "This is the first report."))]
        updates += [_update_item(u.at, u.kind, u.body, lab, revision) for u in reversed(revision.updates)]
        return LatestNews(heading, tuple(updates))
    # A withdrawal of the whole notice comes first, then the new updates, newest first (a change that an
    # update reports, once: its sentence with the update's own text), then the other changes.
    items = [NewsItem(sentence(e, previous, revision, lab)) for e in events if isinstance(e, NoticeWithdrawn)]
    reporting = [e for e in events if isinstance(e, UpdateAdded) or reported_update(e)]

    def at(event: Event) -> datetime:
        update = reported_update(event)
        if update is not None:
            return update.at
        assert isinstance(event, UpdateAdded)
        return event.at

    for event in sorted(reporting, key=at, reverse=True):  # stable: equal times keep their order
        if isinstance(event, UpdateAdded):
            items.append(_update_item(event.at, event.kind, event.body, lab, revision))
        else:
            items.append(_reported_item(event, previous, revision, lab))
    rest = [e for e in events if not isinstance(e, NoticeWithdrawn) and e not in reporting]
    items += [NewsItem(sentence(e, previous, revision, lab)) for e in rest]
    if not items:
        items = [NewsItem(lab("news", "Nothing has changed since the previous report."))]
    return LatestNews(heading, tuple(items))


def _update_item(at, kind, body: str, lab: Labels, revision: Revision) -> NewsItem:
    label = lab("update", UPDATE_LABELS[UpdateKind(kind)])
    text = markup.join_lines(body)
    if body in revision.untranslated:
        text = Untranslated(text)
    return NewsItem(lab("news", "{at}: {label}", at=format_timestamp(at, lab), label=label), text)


def _reported_item(event: Event, previous: Revision, revision: Revision, lab: Labels) -> NewsItem:
    """A change and the update entry that reports it: the change's sentence, then the update's own text."""
    update = reported_update(event)
    assert update is not None
    text = markup.join_lines(update.body)
    if update.body in revision.untranslated:
        text = Untranslated(text)
    said = sentence(event, previous, revision, lab)
    if not isinstance(event, PeriodEnded):  # a recovery says its time; a new state or status, the update's
        said = lab("news", "{at}: {label}", at=format_timestamp(update.at, lab), label=said)
    return NewsItem(said, text)


@dataclass(frozen=True)
class History:
    """A notice as read in one language: its revisions, the events each introduced, and its log."""

    revisions: tuple[Revision, ...]  # translated (the source itself in the source language)
    changes: list[tuple[Revision, list[Event]]]  # each revision with its events (revision_history)
    log: LogView


def history_in(
    notice: Notice,
    lang: str,
    entries: dict | None = None,
    *,
    upto: int | None = None,
    translate: Callable[[Revision], Revision] | None = None,
) -> History:
    """Every revision of *notice* (1..*upto*, default all) translated into *lang*, compared once, and its log.

    Each revision is read through the catalog *entries* (catalog.translate.localize), or
    through *translate* when the caller decides what a reader sees (the site's withheld
    editions). The one place ``log``, the site, the release bundle and CSAF build a log.
    """
    if translate is None:
        from kokuchi.catalog.translate import localize

        found = entries or {}

        def translate(revision: Revision) -> Revision:
            return localize(revision, lang, found)

    revisions = tuple(translate(revision) for revision in notice.revisions[:upto])
    local = Notice(notice.id, revisions)
    changes = revision_history(local)
    return History(revisions, changes, log_view(local, lang, changes))
