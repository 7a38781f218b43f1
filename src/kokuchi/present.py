"""Revision → Document: everything a renderer shows, already in one language.

This is where languages end. A Document holds finished strings (status label,
headings, formatted periods, state marks) and the body blocks as inline
Markdown; renderers only lay them out, so they never know what language they
are writing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import markup
from .dates import format_period, format_timestamp, zone
from .i18n import SOURCE_LANGUAGE, Labels, labels
from .model import STATUS_TRACKS, Period, Revision, SectionKind, SectionState, Status, UpdateKind

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


def status_label(status: Status, lab: Labels) -> str:
    return lab("status", STATUS_LABELS[status])


def section_heading(kind: SectionKind, status: Status, lab: Labels) -> str:
    if kind == SectionKind.IMPACT and status in STATUS_TRACKS[1]:
        return lab("heading", "Impact")  # a maintenance has an impact, not an incident's details
    return lab("heading", HEADINGS[kind])


def period_heading(status: Status, lab: Labels) -> str:
    incident, maintenance = STATUS_TRACKS
    if status in incident:
        return lab("heading", "Incident period")
    if status in maintenance:
        return lab("heading", "Maintenance window")
    return lab("heading", "Period")


@dataclass(frozen=True)
class SectionView:
    id: str
    kind: str
    state: str
    heading: str
    state_label: str | None  # None while the section is active
    blocks: tuple[markup.Block, ...]


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
class Document:
    lang: str
    source_lang: str
    notice_id: str
    revision: int
    status: str
    status_label: str
    title: str  # with the status label
    published: str  # ISO 8601
    published_text: str
    labels: dict[str, str]  # the fixed words a layout needs: headings, captions
    products: tuple[str, ...]
    periods: tuple[PeriodView, ...]
    sections: tuple[SectionView, ...]
    updates: tuple[UpdateView, ...]
    # Texts still in the source language (no usable translation); renderers mark them.
    untranslated: frozenset[str] = frozenset()


def _period_view(period: Period, lab: Labels, mark) -> PeriodView:
    text = format_period(period, lab)
    line = lab("period", "{scope}: {period}", scope=mark(period.scope), period=text) if period.scope else text
    return PeriodView(period.scope, text, line)


def _in_zone(revision: Revision, zone) -> Revision:
    """Every datetime of *revision* converted to *zone* (for --tz)."""
    return replace(
        revision,
        published=revision.published.astimezone(zone),
        periods=tuple(replace(p, start=p.start.astimezone(zone), end=p.end.astimezone(zone) if p.end else None) for p in revision.periods),
        updates=tuple(replace(u, at=u.at.astimezone(zone)) for u in revision.updates),
    )


def present(revision: Revision, lang: str, *, tz: str | None = None) -> Document:
    """Lay out *revision* (already in *lang*) with *lang*'s labels and dates.

    With *tz* (an IANA zone), or else the revision's own ``timezone``, every
    time is converted to it and labelled with its abbreviation.
    """
    lab = labels(lang)
    if tz or revision.timezone:
        revision = _in_zone(revision, zone(tz or revision.timezone))
    label = status_label(revision.status, lab)
    untranslated_mark = lab("label", "[untranslated]")

    def mark(text: str) -> str:
        """Plain strings that stay in Japanese carry the mark in their text."""
        return f"{untranslated_mark} {text}" if text in revision.untranslated else text

    return Document(
        lang=lang,
        source_lang=SOURCE_LANGUAGE,
        notice_id=revision.notice_id,
        revision=revision.number,
        status=str(revision.status),
        status_label=label,
        title=lab("title", "[{status}] {title}", status=label, title=mark(revision.title)),
        published=revision.published.isoformat(),
        published_text=format_timestamp(revision.published, lab),
        labels={
            "products": lab("heading", "Affected products and services"),
            "periods": period_heading(revision.status, lab),
            "updates": lab("heading", "Updates"),
            "published": lab("label", "Published"),
            "revision": lab("label", "Revision {number}", number=revision.number),
            "status": lab("label", "Status"),
            "untranslated": untranslated_mark,
        },
        products=tuple(mark(p) for p in revision.products),
        periods=tuple(_period_view(period, lab, mark) for period in revision.periods),
        sections=tuple(
            SectionView(
                id=section.id,
                kind=str(section.kind),
                state=str(section.state),
                heading=mark(section.heading) if section.heading else section_heading(section.kind, revision.status, lab),
                state_label=lab("state", STATE_LABELS[section.state]) if section.state in STATE_LABELS else None,
                blocks=tuple(markup.blocks(section.body)),
            )
            for section in revision.sections
        ),
        updates=tuple(
            UpdateView(
                at=update.at.isoformat(),
                at_text=format_timestamp(update.at, lab),
                kind=str(update.kind),
                label=lab("update", UPDATE_LABELS[update.kind]),
                body=markup.fold_lines(update.body),
            )
            for update in revision.updates
        ),
        untranslated=revision.untranslated,
    )
