"""The notice model: frozen dataclasses and the closed vocabularies of the format.

Standard library only. Everything else in kokuchi works on these values; loading
(YAML, validation) and presentation (languages, dates, markup) live elsewhere.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kokuchi.core.errors import NotFound

# The languages and the catalog states, in a module of their own that the command line and the
# catalog merge load without the model's dataclasses; named here too, as ever.
from kokuchi.core.vocabulary import LANGUAGES as LANGUAGES
from kokuchi.core.vocabulary import SOURCE_LANGUAGE as SOURCE_LANGUAGE
from kokuchi.core.vocabulary import UnitState as UnitState


class Status(enum.StrEnum):
    INVESTIGATING = "investigating"
    IDENTIFIED = "identified"
    MONITORING = "monitoring"
    RESOLVED = "resolved"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    INFORMATIONAL = "informational"


# Each track is ordered from first to last; a move to an earlier place in the
# same track, or out of a track's final state, is a reopening.
INCIDENT_STATUSES = (Status.INVESTIGATING, Status.IDENTIFIED, Status.MONITORING, Status.RESOLVED)
MAINTENANCE_STATUSES = (Status.SCHEDULED, Status.IN_PROGRESS, Status.COMPLETED)
STATUS_TRACKS: tuple[tuple[Status, ...], ...] = (INCIDENT_STATUSES, MAINTENANCE_STATUSES)
FINAL_STATUSES = frozenset({Status.RESOLVED, Status.COMPLETED})


def is_reopening(old: Status, new: Status) -> bool:
    """True when moving from *old* to *new* goes backwards."""
    if old == new:
        return False
    if old in FINAL_STATUSES and new not in FINAL_STATUSES:
        return True
    for track in STATUS_TRACKS:
        if old in track and new in track:
            return track.index(new) < track.index(old)
    return False


class NoticeType(enum.StrEnum):
    INCIDENT = "incident"
    MAINTENANCE = "maintenance"
    ADVISORY = "advisory"
    INFORMATION = "information"


def infer_type(status: Status) -> NoticeType:
    """The type of a revision that does not name one, from its status track.

    Never ``advisory``: an advisory says so.
    """
    if status in MAINTENANCE_STATUSES:
        return NoticeType.MAINTENANCE
    if status == Status.INFORMATIONAL:
        return NoticeType.INFORMATION
    return NoticeType.INCIDENT


class SectionKind(enum.StrEnum):
    AFFECTED = "affected"
    IMPACT = "impact"
    CAUSE = "cause"
    FIX = "fix"
    WORKAROUND = "workaround"
    ALTERNATIVE = "alternative"
    REQUEST = "request"
    CONTACT = "contact"
    NOTE = "note"
    OTHER = "other"


class SectionState(enum.StrEnum):
    ACTIVE = "active"
    UNNECESSARY = "unnecessary"
    WITHDRAWN = "withdrawn"
    COMPLETED = "completed"


class UpdateKind(enum.StrEnum):
    INVESTIGATING = "investigating"
    IDENTIFIED = "identified"
    FIX_DEPLOYED = "fix-deployed"
    RECOVERED = "recovered"
    WORKAROUND_UNNECESSARY = "workaround-unnecessary"
    RE_ENABLED = "re-enabled"
    CONFIRMED = "confirmed"
    INFO = "info"


@dataclass(frozen=True)
class Period:
    scope: str | None
    start: datetime
    end: datetime | None = None
    approximate: bool = False
    note: str | None = None  # one line about this period (translated)


@dataclass(frozen=True)
class Note:
    """A footnote of a section, bound to its mark (※1) in the section's text."""

    mark: str
    body: str  # a body (markup.blocks)


@dataclass(frozen=True)
class Section:
    id: str
    kind: SectionKind
    body: str
    heading: str | None = None
    state: SectionState = SectionState.ACTIVE
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Update:
    at: datetime
    kind: UpdateKind
    body: str
    amended: str | None = None


class RemediationCategory(enum.StrEnum):
    """CSAF 2.0's remediation categories."""

    WORKAROUND = "workaround"
    MITIGATION = "mitigation"
    VENDOR_FIX = "vendor_fix"
    NONE_AVAILABLE = "none_available"
    NO_FIX_PLANNED = "no_fix_planned"


# ``next-update`` when the next report comes with news rather than at a time (随時).
NEXT_UPDATE_ON_NEWS = "when-news"

# A remediation is in force while its section is; these states end it.
ENDED_STATES = frozenset({SectionState.UNNECESSARY, SectionState.WITHDRAWN})


@dataclass(frozen=True)
class Weakness:
    id: str  # CWE-770
    name: str  # the CWE list's name, exactly


@dataclass(frozen=True)
class Vulnerability:
    cve: str | None = None
    cwe: Weakness | None = None
    cvss: str | None = None  # a CVSS v3.1 base vector, validated by notice/load.py


VERSION = r"[0-9A-Za-z][0-9A-Za-z.+_~-]*"  # 5.2.7, 2.1.0-rc1
_CONSTRAINT = re.compile(rf"(>=|<=|>|<|=)?({VERSION})")


def version_constraints(text: str) -> list[tuple[str, str]] | None:
    """(operator, version) of each constraint of an affected version or range,
    separated by spaces (``>=5.2.0 <=5.2.6``; a bare version ``5.1.4`` has the
    operator ""); None when *text* is neither."""
    matches = [_CONSTRAINT.fullmatch(part) for part in text.split(" ")]
    found = [match for match in matches if match is not None]
    if len(found) != len(matches):
        return None
    return [(match.group(1) or "", match.group(2)) for match in found]


@dataclass(frozen=True)
class ProductVersions:
    """Which versions of one of the revision's products are affected and fixed."""

    name: str  # as in Revision.products
    affected: tuple[str, ...] = ()  # ranges such as ">=5.2.0 <=5.2.6"
    fixed: tuple[str, ...] = ()  # versions such as "5.2.7"
    purl: str | None = None  # a Package URL without a version (pkg:generic/example/server): CSAF's helper
    cpe: str | None = None  # a CPE 2.3 name whose version is * (cpe:2.3:a:example:server:*:…)


@dataclass(frozen=True)
class Remediation:
    section: str  # the id of the section that says what to do
    category: RemediationCategory
    products: tuple[str, ...] = ()  # names from Revision.products; empty: every affected product


@dataclass(frozen=True)
class Advisory:
    """The machine-readable part of a security advisory (type: advisory)."""

    vulnerabilities: tuple[Vulnerability, ...] = ()
    products: tuple[ProductVersions, ...] = ()
    remediations: tuple[Remediation, ...] = ()

    def product(self, name: str) -> ProductVersions | None:
        for product in self.products:
            if product.name == name:
                return product
        return None


@dataclass(frozen=True)
class Revision:
    notice_id: str
    number: int
    published: datetime
    status: Status
    title: str
    type: NoticeType = NoticeType.INCIDENT
    # False when the file has no ``type`` key and ``type`` was inferred.
    type_given: bool = field(default=True, compare=False)
    products: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()
    sections: tuple[Section, ...] = ()
    updates: tuple[Update, ...] = ()
    timezone: str | None = None  # an IANA zone naming the times (optional)
    advisory: Advisory | None = None  # only with type: advisory
    lead: str | None = None  # the opening text, before the sections (a body)
    closing: str | None = None  # the closing text, after them (a body)
    # When the next report is promised (次報): a time, or NEXT_UPDATE_ON_NEWS.
    next_update: datetime | str | None = None
    withdrawn: bool = False  # the notice withdrawn as a whole (取り下げ): its pages stay, marked
    # Where each key path ("sections[1].body") starts in the source file:
    # (line, column), both 1-based; and the line where each text value's
    # content starts. Not part of the value.
    positions: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False, hash=False)
    content_lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False, hash=False)
    # Texts left in the source language by a translation (see catalog/translate.py).
    untranslated: frozenset[str] = field(default=frozenset(), compare=False, repr=False, hash=False)
    # The source-language revision a translation was made from (None for the
    # source itself): what an edit means is read there (events: meaning reversed).
    original: Revision | None = field(default=None, compare=False, repr=False, hash=False)

    def section(self, section_id: str) -> Section | None:
        for section in self.sections:
            if section.id == section_id:
                return section
        return None

    def to_json(self) -> dict[str, Any]:
        """The revision as JSON-ready data, datetimes as ISO 8601 with offsets."""
        return {
            "notice": self.notice_id,
            "revision": self.number,
            "published": self.published.isoformat(),
            "type": str(self.type),
            "status": str(self.status),
            "title": self.title,
            "products": list(self.products),
            "periods": [
                {
                    "scope": p.scope,
                    "start": p.start.isoformat(),
                    "end": p.end.isoformat() if p.end else None,
                    "approximate": p.approximate,
                    **({"note": p.note} if p.note else {}),
                }
                for p in self.periods
            ],
            "sections": [
                {
                    "id": s.id,
                    "kind": str(s.kind),
                    "heading": s.heading,
                    "state": str(s.state),
                    "body": s.body,
                    **({"notes": [{"mark": n.mark, "body": n.body} for n in s.notes]} if s.notes else {}),
                }
                for s in self.sections
            ],
            "updates": [
                {
                    "at": u.at.isoformat(),
                    "kind": str(u.kind),
                    "body": u.body,
                    **({"amended": u.amended} if u.amended else {}),
                }
                for u in self.updates
            ],
            **({"withdrawn": True} if self.withdrawn else {}),
            **({"lead": self.lead} if self.lead else {}),
            **({"closing": self.closing} if self.closing else {}),
            **(
                {"next-update": self.next_update if isinstance(self.next_update, str) else self.next_update.isoformat()}
                if self.next_update
                else {}
            ),
            **({"timezone": self.timezone} if self.timezone else {}),
            **({"advisory": _advisory_json(self.advisory)} if self.advisory else {}),
        }


def _advisory_json(advisory: Advisory) -> dict[str, Any]:
    return {
        "vulnerabilities": [
            {
                **({"cve": v.cve} if v.cve else {}),
                **({"cwe": {"id": v.cwe.id, "name": v.cwe.name}} if v.cwe else {}),
                **({"cvss": v.cvss} if v.cvss else {}),
            }
            for v in advisory.vulnerabilities
        ],
        "products": [{"name": p.name, "affected": list(p.affected), "fixed": list(p.fixed)} for p in advisory.products],
        "remediations": [
            {
                "section": r.section,
                "category": str(r.category),
                **({"products": list(r.products)} if r.products else {}),
            }
            for r in advisory.remediations
        ],
    }


@dataclass(frozen=True)
class Notice:
    """All revisions of one notice, oldest first, numbered 1..n without gaps."""

    id: str
    revisions: tuple[Revision, ...]

    @property
    def latest(self) -> Revision:
        return self.revisions[-1]

    def revision(self, number: int) -> Revision:
        if not 1 <= number <= len(self.revisions):
            message = f"notice {self.id!r} has no revision {number} (it has 1 to {len(self.revisions)})"
            raise NotFound("revision", f"{self.id}/{number}", message)
        return self.revisions[number - 1]
