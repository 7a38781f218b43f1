"""What every view shares: the label tables, the layout marks, links and pages, one way to mark untranslated text."""

from __future__ import annotations

from dataclasses import dataclass

from kokuchi.core.model import (
    MAINTENANCE_STATUSES,
    NoticeType,
    Revision,
    SectionKind,
    SectionState,
    Status,
    UpdateKind,
    version_constraints,
)
from kokuchi.language.dates import language_name
from kokuchi.language.labels import Labels
from kokuchi.notice.severity import score

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

# CVSS v3.1 qualitative severity ratings (base_severity of severity.Score).
SEVERITY_LABELS = {
    "NONE": "None",
    "LOW": "Low",
    "MEDIUM": "Medium",
    "HIGH": "High",
    "CRITICAL": "Critical",
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


def type_label(notice_type: NoticeType, lab: Labels) -> str:
    """障害 / Incident, メンテナンス / Maintenance, 脆弱性 / Security advisory, お知らせ / Information."""
    return lab("type", TYPE_LABELS[notice_type])


def status_label(status: Status, lab: Labels) -> str:
    return lab("status", STATUS_LABELS[status])


def section_heading(kind: SectionKind, revision: Revision, lab: Labels) -> str:
    if kind == SectionKind.IMPACT and revision.status in MAINTENANCE_STATUSES:
        return lab("heading", "Impact")  # a maintenance has an impact, not an incident's details
    if kind == SectionKind.IMPACT and revision.type == NoticeType.ADVISORY:
        return lab("heading", "Vulnerability description")  # a flaw, not an outage (障害内容)
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


def report_label(number: int, lab: Labels) -> str:
    """The reader's name of a revision on a site: 第3報 / Report 3."""
    return lab("label", "Report {number}", number=number)


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


def language_links(langs: list[str], current: str | None = None, page: str = "index") -> tuple[Link, ...]:
    """One page in each language (``<page>.<lang>.html`` beside it), each named in its own language."""
    return tuple(Link(f"{page}.{lang}.html", language_name(lang), lang, lang == current) for lang in langs)


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


_SYMBOLS = {">=": "≥", "<=": "≤", ">": ">", "<": "<"}


def version_range(version: str, lab) -> str:
    """``>=4.0.0 <=4.2.3`` as readers write it (4.0.0 から 4.2.3 まで); other ranges with ≥ and ≤."""
    constraints = version_constraints(version) or [("", version)]  # validated when the revision was loaded
    if [operator for operator, _ in constraints] == [">=", "<="]:
        return lab("advisory", "{low} through {high}", low=constraints[0][1], high=constraints[1][1])
    return " ".join(
        f"{_SYMBOLS[operator]} {number}" if operator in _SYMBOLS else f"{operator}{number}"
        for operator, number in constraints
    )


def cvss_text(vector: str | None, lab: Labels) -> str:
    """A CVSS vector as readers compare it: its base score and severity (7.5 (High) / 7.5(重要))."""
    if vector is None:
        return lab("event", "none")
    result = score(vector)
    return lab(
        "event",
        "{score} ({severity})",
        score=f"{result.base_score:.1f}",
        severity=lab("severity", SEVERITY_LABELS[result.base_severity]),
    )
