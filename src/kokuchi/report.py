"""Events → localized one-line summaries, and the documents `diff` and `log` render.

Like present.py, this is where languages end: the DiffDocument and LogDocument
carry finished strings; renderers only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import advisory
from .dates import format_compact, format_period, format_timestamp
from .events import Event, TextOptions, compare
from .i18n import Labels, labels
from .model import STATUS_TRACKS, Notice, Period, Revision, SectionKind, SectionState, Status, UpdateKind
from .present import UPDATE_LABELS, section_heading, status_label
from .textdiff import elide

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


def _when(value: Any, lab: Labels) -> str:
    return format_compact(value, lab.lang) if value is not None else lab("event", "ongoing")


def summarize(event: Event, old: Revision, new: Revision, lab: Labels) -> str:
    """One line saying what *event* means, in *lab*'s language."""
    advisory_line = advisory.summarize(event, lab)
    if advisory_line is not None:
        return advisory_line
    f = event.fields
    kind = event.type
    if kind == "status-changed":
        values = {"from": status_label(Status(f["from"]), lab), "to": status_label(Status(f["to"]), lab)}
        return lab("event", "Reopened: {from} → {to}" if f["reopened"] else "Status: {from} → {to}", **values)
    if kind == "title-changed":
        return lab("event", "Title edited")
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
        msgid = "Ended{scope}: {end}" if new.status in STATUS_TRACKS[1] else "Recovered{scope}: {end}"
        return lab("event", msgid, scope=_scope(f["scope"], lab), end=format_compact(f["end"], lab.lang))
    if kind == "period-changed":
        scope = _scope(f["scope"], lab)
        if f["field"] == "approximate":
            return lab("event", "Times marked approximate{scope}" if f["to"] else "Times marked exact{scope}", scope=scope)
        values = {"from": _when(f["from"], lab), "to": _when(f["to"], lab)}
        return lab("event", _FIELD_SUMMARIES[f["field"]], scope=scope, **values)
    if kind in ("section-added", "section-removed"):
        msgid = "Section added: {heading}" if kind == "section-added" else "Section removed: {heading}"
        return lab("event", msgid, heading=_heading(event, old, new, lab))
    if kind == "section-state-changed":
        state = SectionState(f["to"])
        if state == SectionState.UNNECESSARY and f["kind"] == SectionKind.WORKAROUND:
            return lab("event", "The workaround is no longer needed")
        return lab("event", _STATE_SUMMARIES[state], heading=_heading(event, old, new, lab))
    if kind == "section-edited":
        msgid = {"body": "{heading}: text edited", "heading": "{heading}: heading changed", "kind": "{heading}: kind changed"}[f["field"]]
        return lab("event", msgid, heading=_heading(event, old, new, lab))
    if kind == "update-added":
        label = lab("update", UPDATE_LABELS[UpdateKind(f["kind"])])
        return lab("event", "{label} ({at})", label=label, at=format_compact(f["at"], lab.lang))
    if kind == "update-changed":
        return lab("event", "A published update was amended ({at})", at=format_compact(f["at"], lab.lang))
    if kind == "update-removed":
        return lab("event", "A published update was removed ({at})", at=format_compact(f["at"], lab.lang))
    raise ValueError(f"unknown event type {kind!r}")  # pragma: no cover


@dataclass(frozen=True)
class TextChange:
    label: str
    ops: tuple[tuple[int, str], ...]  # elided for display (see textdiff.ELIDED)


@dataclass(frozen=True)
class DiffDocument:
    lang: str
    notice_id: str
    title: str
    heading: str
    labels: dict[str, str]
    summaries: tuple[str, ...]
    changes: tuple[TextChange, ...]


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


def present_diff(notice_id: str, old: Revision, new: Revision, events: list[Event], lang: str, context: int = 40) -> DiffDocument:
    lab = labels(lang)
    title = lab("title", "[{status}] {title}", status=status_label(new.status, lab), title=new.title)
    return DiffDocument(
        lang=lang,
        notice_id=notice_id,
        title=title,
        heading=lab("diff", "Changes from revision {old} to revision {new}", old=old.number, new=new.number),
        labels={
            "events": lab("diff", "What changed"),
            "texts": lab("diff", "Text changes"),
            "none": lab("diff", "No changes"),
        },
        summaries=tuple(summarize(event, old, new, lab) for event in events),
        changes=tuple(
            TextChange(_change_label(event, old, new, lab), tuple(elide(event.ops, context)))
            for event in events
            if event.ops and event.type != "update-added"
        ),
    )


@dataclass(frozen=True)
class LogEntry:
    revision: int
    published: str
    published_text: str
    status_label: str
    summaries: tuple[str, ...]


@dataclass(frozen=True)
class LogDocument:
    lang: str
    notice_id: str
    title: str
    heading: str
    labels: dict[str, str]
    entries: tuple[LogEntry, ...]


def revision_history(notice: Notice, options: TextOptions = TextOptions()) -> list[tuple[Revision, list[Event]]]:
    """Each revision with the events it introduced (none for the first)."""
    history: list[tuple[Revision, list[Event]]] = [(notice.revisions[0], [])]
    for old, new in zip(notice.revisions, notice.revisions[1:]):
        history.append((new, compare(old, new, options)))
    return history


def present_log(notice: Notice, lang: str, history: list[tuple[Revision, list[Event]]] | None = None) -> LogDocument:
    """The notice's history in *lang*; *history* (from revision_history) when already computed."""
    lab = labels(lang)
    entries = []
    previous: Revision | None = None
    for revision, events in history or revision_history(notice):
        if previous is None:
            summaries = (lab("event", "First published"),)
        else:
            summaries = tuple(summarize(e, previous, revision, lab) for e in events) or (lab("diff", "No changes"),)
        entries.append(
            LogEntry(
                revision=revision.number,
                published=revision.published.isoformat(),
                published_text=format_timestamp(revision.published, lab),
                status_label=status_label(revision.status, lab),
                summaries=summaries,
            )
        )
        previous = revision
    latest = notice.latest
    return LogDocument(
        lang=lang,
        notice_id=notice.id,
        title=lab("title", "[{status}] {title}", status=status_label(latest.status, lab), title=latest.title),
        heading=lab("heading", "Revision history"),
        labels={"revision": lab("label", "Revision"), "published": lab("label", "Published"), "status": lab("label", "Status")},
        entries=tuple(entries),
    )

