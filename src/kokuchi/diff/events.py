"""Revision × Revision → typed change events, from the structure only.

Sections are matched by ``id``, periods by ``scope`` (in order within one
scope), updates by position and ``at``; products as a set. Nothing is guessed
from prose: "the workaround is no longer needed" is a section whose state moved
to ``unnecessary``, "re-enablement confirmed" an added update of kind
``re-enabled``, "recovered" a period whose ``end`` appeared.

Event types and fields are the contract's table (notice-format.md). Additive
extensions: ``section-edited`` carries ``field`` (body, heading or kind);
``update-changed`` carries ``ops`` and ``amended``; a ``period-changed`` of
``start`` or ``end`` between two times carries ``direction`` (later or
earlier: a maintenance window extended or shortened); and a text edit
(``title-changed``, ``section-edited``, ``update-changed``) carries
``notation: true`` when it changes only character width or spacing, and a
body edit ``reversed: true`` when its meaning flipped (``language.flips``, read in the
source language, also when the revisions compared are translations).
Each fact is stated once (docs/diff.md, "Each fact once"): a section's state change carries the body
edit of the same revision (``ops``); an added update that reports a change joins that change's event
(``update``) instead of being listed again; one period split by region is a recovery per region that
ended (``period-ended``, ``split``) and a ``period-split`` per region still open; ``period-ended``
keeps the period's ``approximate``.
Advisories add ``vulnerability-added`` / ``vulnerability-removed`` (cve),
``vulnerability-changed`` (cve, field: cve, cwe or cvss, from, to;
vulnerabilities are matched by position, so a CVE id assigned later is a
change, not a new vulnerability) and ``versions-changed`` (product, field:
affected or fixed, added, removed).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from kokuchi.core.model import Advisory, Period, Revision, Section, Update, is_reopening
from kokuchi.diff.textdiff import diff, is_equal
from kokuchi.language.flips import find_flip
from kokuchi.notice.updates import update_pairs

Op = tuple[int, str]

# JSON names that are Python keywords (``from`` and ``to`` are ``old`` and ``new`` here), and ``ops``,
# which is ``text_ops`` (``Event.ops`` reads it on every kind, None where there is none).
_JSON_NAME = {"old": "from", "new": "to", "text_ops": "ops"}


class _Base:
    """What every event has: its ``type`` tag, its fields as the contract's JSON names, ``to_json``.

    A field whose metadata says ``optional`` is left out of the record when
    it is false or None (``notation``, ``reversed``, ``direction``), as the
    contract's additive extensions are.
    """

    type: ClassVar[str]

    @property
    def fields(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for spec in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, spec.name)
            if spec.metadata.get("optional") and not value:
                continue
            result[_JSON_NAME.get(spec.name, spec.name)] = value
        return result

    @property
    def ops(self) -> list[Op] | None:
        """The text change of a text edit (None for other events)."""
        return getattr(self, "text_ops", None)

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, **{key: _json_value(value) for key, value in self.fields.items()}}


def _optional(default: Any = False) -> Any:
    return field(default=default, metadata={"optional": True})


@dataclass(frozen=True)
class Reported:
    """An added update entry that reports the change of the event it is attached to (in JSON: ``update``)."""

    at: datetime
    kind: str
    body: str


@dataclass(frozen=True)
class NoticeWithdrawn(_Base):
    """The notice as a whole withdrawn (``withdrawn: true``), or in effect again."""

    type: ClassVar[str] = "notice-withdrawn"
    withdrawn: bool


@dataclass(frozen=True)
class StatusChanged(_Base):
    type: ClassVar[str] = "status-changed"
    old: str
    new: str
    reopened: bool
    update: Reported | None = _optional(None)


@dataclass(frozen=True)
class TitleChanged(_Base):
    type: ClassVar[str] = "title-changed"
    old: str
    new: str
    text_ops: list[Op]
    notation: bool = _optional()


@dataclass(frozen=True)
class ProductsChanged(_Base):
    type: ClassVar[str] = "products-changed"
    added: list[str]
    removed: list[str]


@dataclass(frozen=True)
class PeriodAdded(_Base):
    type: ClassVar[str] = "period-added"
    scope: str | None
    start: datetime
    end: datetime | None
    approximate: bool = _optional()


@dataclass(frozen=True)
class PeriodRemoved(_Base):
    type: ClassVar[str] = "period-removed"
    scope: str | None
    start: datetime
    end: datetime | None
    approximate: bool = _optional()


@dataclass(frozen=True)
class PeriodEnded(_Base):
    type: ClassVar[str] = "period-ended"
    scope: str | None
    end: datetime
    approximate: bool = _optional()
    split: bool = _optional()  # a region of a period that the new revision splits by region
    update: Reported | None = _optional(None)


@dataclass(frozen=True)
class PeriodSplit(_Base):
    """A region of a period split by region (one period → one per region) that is still ongoing."""

    type: ClassVar[str] = "period-split"
    scope: str | None  # the region's scope in the new revision
    split_from: str | None  # the scope of the period it was part of
    start: datetime
    approximate: bool = _optional()


@dataclass(frozen=True)
class PeriodChanged(_Base):
    """``field`` start or end (datetimes; ``direction`` later or earlier when it alone moved), or approximate."""

    type: ClassVar[str] = "period-changed"
    scope: str | None
    field: str
    old: datetime | bool | None
    new: datetime | bool | None
    direction: str | None = _optional(None)


@dataclass(frozen=True)
class SectionAdded(_Base):
    type: ClassVar[str] = "section-added"
    id: str
    kind: str


@dataclass(frozen=True)
class SectionRemoved(_Base):
    type: ClassVar[str] = "section-removed"
    id: str
    kind: str


@dataclass(frozen=True)
class SectionStateChanged(_Base):
    type: ClassVar[str] = "section-state-changed"
    id: str
    kind: str
    old: str
    new: str
    # The section's body edit of the same revision, carried here rather than as a second event.
    text_ops: list[Op] | None = _optional(None)
    notation: bool = _optional()
    reversed: bool = _optional()
    update: Reported | None = _optional(None)


@dataclass(frozen=True)
class SectionEdited(_Base):
    """``field``: body, heading or kind."""

    type: ClassVar[str] = "section-edited"
    id: str
    kind: str
    field: str
    text_ops: list[Op]
    notation: bool = _optional()
    reversed: bool = _optional()


@dataclass(frozen=True)
class UpdateAdded(_Base):
    type: ClassVar[str] = "update-added"
    at: datetime
    kind: str
    body: str


@dataclass(frozen=True)
class UpdateRemoved(_Base):
    type: ClassVar[str] = "update-removed"
    at: datetime
    kind: str


@dataclass(frozen=True)
class UpdateChanged(_Base):
    type: ClassVar[str] = "update-changed"
    at: datetime
    kind: str
    text_ops: list[Op]
    amended: str | None
    notation: bool = _optional()


@dataclass(frozen=True)
class VulnerabilityAdded(_Base):
    type: ClassVar[str] = "vulnerability-added"
    cve: str | None


@dataclass(frozen=True)
class VulnerabilityRemoved(_Base):
    type: ClassVar[str] = "vulnerability-removed"
    cve: str | None


@dataclass(frozen=True)
class VulnerabilityChanged(_Base):
    """``field``: cve, cwe or cvss."""

    type: ClassVar[str] = "vulnerability-changed"
    cve: str | None
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class VersionsChanged(_Base):
    """``field``: affected or fixed."""

    type: ClassVar[str] = "versions-changed"
    product: str
    field: str
    added: list[str]
    removed: list[str]


Event = (
    NoticeWithdrawn
    | StatusChanged
    | TitleChanged
    | ProductsChanged
    | PeriodAdded
    | PeriodRemoved
    | PeriodEnded
    | PeriodChanged
    | PeriodSplit
    | SectionAdded
    | SectionRemoved
    | SectionStateChanged
    | SectionEdited
    | UpdateAdded
    | UpdateRemoved
    | UpdateChanged
    | VulnerabilityAdded
    | VulnerabilityRemoved
    | VulnerabilityChanged
    | VersionsChanged
)
"""Every kind of change event: one frozen dataclass each (a dispatch over them ends in assert_never)."""


def _json_value(value: Any) -> Any:
    if isinstance(value, Reported):
        return {"at": value.at.isoformat(), "kind": value.kind, "body": value.body}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json_value(item) for item in value]
    return value


@dataclass(frozen=True)
class TextOptions:
    ignore_width: bool = False
    ignore_space: bool = False

    def diff(self, old: str, new: str) -> list[tuple[int, str]] | None:
        """The ops of old → new, or None when the texts count as equal."""
        if old == new:
            return None
        ops = diff(old, new, ignore_width=self.ignore_width, ignore_space=self.ignore_space)
        return None if is_equal(ops) else ops


def notation_only(old: str, new: str) -> bool:
    """Whether *old* → *new* changes only character width or spacing (ＩＤ → ID, a space → U+3000)."""
    return is_equal(diff(old, new, ignore_width=True, ignore_space=True))


def compare(old: Revision, new: Revision, options: TextOptions = TextOptions()) -> list[Event]:
    events: list[Event] = []
    if old.withdrawn != new.withdrawn:  # first: it changes how readers take everything else
        events.append(NoticeWithdrawn(new.withdrawn))
    if old.status != new.status:
        events.append(StatusChanged(str(old.status), str(new.status), is_reopening(old.status, new.status)))
    ops = options.diff(old.title, new.title)
    if ops:
        events.append(TitleChanged(old.title, new.title, ops, notation_only(old.title, new.title)))
    added = [p for p in new.products if p not in old.products]
    removed = [p for p in old.products if p not in new.products]
    if added or removed:
        events.append(ProductsChanged(added, removed))
    events += _period_events(old.periods, new.periods)
    # Whether an edit reversed the meaning is read in the source language,
    # also when the revisions compared are translations.
    meaning = (old.original or old, new.original or new)
    events += _section_events(old.sections, new.sections, options, meaning)
    events += _update_events(old.updates, new.updates, options)
    events += _advisory_events(old.advisory or Advisory(), new.advisory or Advisory())
    return _attach_updates(events)


# Which changes an added update of each kind may report: a recovery at its time, a section's new state,
# the new status. Read from the structure only (kinds, states, times), never from the prose.
_REPORTS: dict[str, tuple[str, ...]] = {
    "recovered": ("period-ended", "status:resolved"),
    "fix-deployed": ("period-ended", "state:fix:completed"),
    "confirmed": ("period-ended", "state:fix:completed"),
    "workaround-unnecessary": ("state:workaround:unnecessary", "state:alternative:unnecessary"),
    "identified": ("status:identified",),
    "investigating": ("status:investigating",),
}


def _reports(update: UpdateAdded, event: Event, target: str) -> bool:
    match event:
        case PeriodEnded():
            return target == "period-ended" and event.end == update.at and event.update is None
        case SectionStateChanged():
            return target == f"state:{event.kind}:{event.new}" and event.update is None
        case StatusChanged():
            return target == f"status:{event.new}" and event.update is None
    return False


def _attach_updates(events: list[Event]) -> list[Event]:
    """Each added update that reports a change listed among *events* joins that change's event
    (``update``) instead of being listed again: the fact is stated once."""
    result = list(events)
    for update in [e for e in events if isinstance(e, UpdateAdded)]:
        found = next(
            (
                i
                for target in _REPORTS.get(update.kind, ())
                for i, event in enumerate(result)
                if _reports(update, event, target)
            ),
            None,
        )
        if found is None:
            continue
        event = result[found]
        assert isinstance(event, (PeriodEnded, SectionStateChanged, StatusChanged)), "only these report updates"
        result[found] = dataclasses.replace(event, update=Reported(update.at, update.kind, update.body))
        result.remove(update)
    return result


def _advisory_events(old: Advisory, new: Advisory) -> list[Event]:
    events: list[Event] = []
    for a, b in zip(old.vulnerabilities, new.vulnerabilities):
        for name in ("cve", "cwe", "cvss"):
            before, after = getattr(a, name), getattr(b, name)
            if before != after:
                values = [v.id if name == "cwe" and v else v for v in (before, after)]
                events.append(VulnerabilityChanged(b.cve or a.cve, name, values[0], values[1]))
    paired = min(len(old.vulnerabilities), len(new.vulnerabilities))
    events += [VulnerabilityAdded(v.cve) for v in new.vulnerabilities[paired:]]
    events += [VulnerabilityRemoved(v.cve) for v in old.vulnerabilities[paired:]]
    for product in new.products:
        previous = old.product(product.name)
        for name in ("affected", "fixed"):
            before = getattr(previous, name) if previous else ()
            after = getattr(product, name)
            added = [v for v in after if v not in before]
            removed = [v for v in before if v not in after]
            if added or removed:
                events.append(VersionsChanged(product.name, name, added, removed))
    for product in old.products:
        if new.product(product.name) is None:
            for name in ("affected", "fixed"):
                if getattr(product, name):
                    events.append(VersionsChanged(product.name, name, [], list(getattr(product, name))))
    return events


def _by_scope(periods: tuple[Period, ...]) -> dict[str | None, list[Period]]:
    groups: dict[str | None, list[Period]] = {}
    for period in periods:
        groups.setdefault(period.scope, []).append(period)
    return groups


def _split(old: tuple[Period, ...], new: tuple[Period, ...]) -> tuple[Period, list[Period]] | None:
    """One period of *old* stated per region in *new*: its scope is gone, two or more new scopes came,
    and the earliest of them starts when it did."""
    old_scopes = {p.scope for p in old}
    new_scopes = {p.scope for p in new}
    gone = [p for p in old if p.scope not in new_scopes]
    came = [p for p in new if p.scope not in old_scopes]
    if len(gone) == 1 and len(came) >= 2 and min(p.start for p in came) == gone[0].start:
        return gone[0], came
    return None


def _period_events(old: tuple[Period, ...], new: tuple[Period, ...]) -> list[Event]:
    events: list[Event] = []
    split = _split(old, new)
    if split is not None:  # the split period and its regions are told apart from the others
        whole, regions = split
        old = tuple(p for p in old if p is not whole)
        new = tuple(p for p in new if all(p is not r for r in regions))
    old_groups = _by_scope(old)
    new_groups = _by_scope(new)
    for scope in list(dict.fromkeys([p.scope for p in new] + [p.scope for p in old])):
        before, after = old_groups.get(scope, []), new_groups.get(scope, [])
        for a, b in zip(before, after):
            if a.start != b.start:
                # The start alone moved: postponed or brought forward (both moved: rescheduled).
                direction = _direction(a.start, b.start) if a.end == b.end else None
                events.append(PeriodChanged(scope, "start", a.start, b.start, direction))
            if a.end is None and b.end is not None:
                events.append(PeriodEnded(scope, b.end, b.approximate))
            elif a.end != b.end:
                # The end alone moved: the window was extended or shortened (both moved: rescheduled).
                moved = (
                    _direction(a.end, b.end) if a.end is not None and b.end is not None and a.start == b.start else None
                )
                events.append(PeriodChanged(scope, "end", a.end, b.end, moved))
            if a.approximate != b.approximate:
                events.append(PeriodChanged(scope, "approximate", a.approximate, b.approximate))
        events += [PeriodRemoved(p.scope, p.start, p.end, p.approximate) for p in before[len(after) :]]
        events += [PeriodAdded(p.scope, p.start, p.end, p.approximate) for p in after[len(before) :]]
    if split is not None:
        # Each region that ended is a recovery; each still open says so once.
        whole, regions = split
        for region in regions:
            if region.end is not None and region.end != whole.end:
                events.append(PeriodEnded(region.scope, region.end, region.approximate, split=True))
            elif region.end is None:
                events.append(PeriodSplit(region.scope, whole.scope, region.start, region.approximate))
    return events


def _direction(before: datetime, after: datetime) -> str:
    return "later" if after > before else "earlier"


def _section_events(
    old: tuple[Section, ...], new: tuple[Section, ...], options: TextOptions, meaning: tuple[Revision, Revision]
) -> list[Event]:
    events: list[Event] = []
    old_by_id = {s.id: s for s in old}
    new_ids = {s.id for s in new}
    for section in new:
        previous = old_by_id.get(section.id)
        ident = (section.id, str(section.kind))
        if previous is None:
            events.append(SectionAdded(*ident))
            continue
        at = len(events)  # a state change comes first among its section's events
        states = (str(previous.state), str(section.state))
        state_changed = previous.state != section.state
        if previous.kind != section.kind:
            events.append(SectionEdited(*ident, "kind", [(-1, str(previous.kind)), (1, str(section.kind))]))
        ops = options.diff(previous.heading or "", section.heading or "")
        if ops:
            notation = notation_only(previous.heading or "", section.heading or "")
            events.append(SectionEdited(*ident, "heading", ops, notation))
        ops = options.diff(previous.body, section.body)
        if ops:
            notation = notation_only(previous.body, section.body)
            source_old, source_new = meaning[0].section(section.id), meaning[1].section(section.id)
            # 必要です → 不要です: not just "text edited"
            reversed_ = (
                not notation
                and source_old is not None
                and source_new is not None
                and find_flip(source_old.body, source_new.body) is not None
            )
            if state_changed:  # one event: the new state, with the body edit that says it
                events.insert(at, SectionStateChanged(*ident, *states, ops, notation, reversed_))
                state_changed = False
            else:
                events.append(SectionEdited(*ident, "body", ops, notation, reversed_))
        if state_changed:
            events.insert(at, SectionStateChanged(*ident, *states))
    events += [SectionRemoved(s.id, str(s.kind)) for s in old if s.id not in new_ids]
    return events


def _update_events(old: tuple[Update, ...], new: tuple[Update, ...], options: TextOptions) -> list[Event]:
    events: list[Event] = []
    for i, j in update_pairs(old, new):
        if j is None:
            events.append(UpdateRemoved(old[i].at, str(old[i].kind)))
        elif i is None:
            u = new[j]
            events.append(UpdateAdded(u.at, str(u.kind), u.body))
        else:
            a, b = old[i], new[j]
            ops = options.diff(a.body, b.body)
            if ops or a.at != b.at or a.kind != b.kind or a.amended != b.amended:
                notation = bool(ops and a.at == b.at and a.kind == b.kind and notation_only(a.body, b.body))
                events.append(UpdateChanged(b.at, str(b.kind), ops or [(0, b.body)], b.amended, notation))
    return events
