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
Advisories add ``vulnerability-added`` / ``vulnerability-removed`` (cve),
``vulnerability-changed`` (cve, field: cve, cwe or cvss, from, to;
vulnerabilities are matched by position, so a CVE id assigned later is a
change, not a new vulnerability) and ``versions-changed`` (product, field:
affected or fixed, added, removed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kokuchi.core.model import Advisory, Period, Revision, Section, Update, is_reopening
from kokuchi.diff.textdiff import diff, is_equal
from kokuchi.language.flips import find_flip
from kokuchi.notice.updates import update_pairs


@dataclass(frozen=True)
class Event:
    type: str
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def ops(self) -> list[tuple[int, str]] | None:
        return self.fields.get("ops")

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, **{key: _json_value(value) for key, value in self.fields.items()}}


def _json_value(value: Any) -> Any:
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


def _text_fields(old: str, new: str, ops: list[tuple[int, str]]) -> dict[str, Any]:
    return {"ops": ops, "notation": True} if notation_only(old, new) else {"ops": ops}


def compare(old: Revision, new: Revision, options: TextOptions = TextOptions()) -> list[Event]:
    events: list[Event] = []
    if old.status != new.status:
        events.append(
            Event(
                "status-changed",
                {"from": str(old.status), "to": str(new.status), "reopened": is_reopening(old.status, new.status)},
            )
        )
    ops = options.diff(old.title, new.title)
    if ops:
        events.append(
            Event("title-changed", {"from": old.title, "to": new.title, **_text_fields(old.title, new.title, ops)})
        )
    added = [p for p in new.products if p not in old.products]
    removed = [p for p in old.products if p not in new.products]
    if added or removed:
        events.append(Event("products-changed", {"added": added, "removed": removed}))
    events += _period_events(old.periods, new.periods)
    # Whether an edit reversed the meaning is read in the source language,
    # also when the revisions compared are translations.
    meaning = (old.original or old, new.original or new)
    events += _section_events(old.sections, new.sections, options, meaning)
    events += _update_events(old.updates, new.updates, options)
    events += _advisory_events(old.advisory or Advisory(), new.advisory or Advisory())
    return events


def _advisory_events(old: Advisory, new: Advisory) -> list[Event]:
    events: list[Event] = []
    for a, b in zip(old.vulnerabilities, new.vulnerabilities):
        for name in ("cve", "cwe", "cvss"):
            before, after = getattr(a, name), getattr(b, name)
            if before != after:
                values = [v.id if name == "cwe" and v else v for v in (before, after)]
                events.append(
                    Event(
                        "vulnerability-changed",
                        {"cve": b.cve or a.cve, "field": name, "from": values[0], "to": values[1]},
                    )
                )
    paired = min(len(old.vulnerabilities), len(new.vulnerabilities))
    events += [Event("vulnerability-added", {"cve": v.cve}) for v in new.vulnerabilities[paired:]]
    events += [Event("vulnerability-removed", {"cve": v.cve}) for v in old.vulnerabilities[paired:]]
    for product in new.products:
        previous = old.product(product.name)
        for name in ("affected", "fixed"):
            before = getattr(previous, name) if previous else ()
            after = getattr(product, name)
            added = [v for v in after if v not in before]
            removed = [v for v in before if v not in after]
            if added or removed:
                events.append(
                    Event(
                        "versions-changed", {"product": product.name, "field": name, "added": added, "removed": removed}
                    )
                )
    for product in old.products:
        if new.product(product.name) is None:
            for name in ("affected", "fixed"):
                if getattr(product, name):
                    events.append(
                        Event(
                            "versions-changed",
                            {
                                "product": product.name,
                                "field": name,
                                "added": [],
                                "removed": list(getattr(product, name)),
                            },
                        )
                    )
    return events


def _by_scope(periods: tuple[Period, ...]) -> dict[str | None, list[Period]]:
    groups: dict[str | None, list[Period]] = {}
    for period in periods:
        groups.setdefault(period.scope, []).append(period)
    return groups


def _period_fields(period: Period) -> dict[str, Any]:
    return {"scope": period.scope, "start": period.start, "end": period.end}


def _period_events(old: tuple[Period, ...], new: tuple[Period, ...]) -> list[Event]:
    events: list[Event] = []
    old_groups = _by_scope(old)
    new_groups = _by_scope(new)
    for scope in list(dict.fromkeys([p.scope for p in new] + [p.scope for p in old])):
        before, after = old_groups.get(scope, []), new_groups.get(scope, [])
        for a, b in zip(before, after):
            if a.start != b.start:
                # The start alone moved: postponed or brought forward (both moved: rescheduled).
                alone = a.end == b.end
                moved = {"direction": _direction(a.start, b.start)} if alone else {}
                events.append(
                    Event("period-changed", {"scope": scope, "field": "start", "from": a.start, "to": b.start, **moved})
                )
            if a.end is None and b.end is not None:
                events.append(Event("period-ended", {"scope": scope, "end": b.end}))
            elif a.end != b.end:
                # The end alone moved: the window was extended or shortened (both moved: rescheduled).
                moved = (
                    {"direction": _direction(a.end, b.end)}
                    if a.end is not None and b.end is not None and a.start == b.start
                    else {}
                )
                events.append(
                    Event("period-changed", {"scope": scope, "field": "end", "from": a.end, "to": b.end, **moved})
                )
            if a.approximate != b.approximate:
                events.append(
                    Event(
                        "period-changed",
                        {"scope": scope, "field": "approximate", "from": a.approximate, "to": b.approximate},
                    )
                )
        events += [Event("period-removed", _period_fields(p)) for p in before[len(after) :]]
        events += [Event("period-added", _period_fields(p)) for p in after[len(before) :]]
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
        ident = {"id": section.id, "kind": str(section.kind)}
        if previous is None:
            events.append(Event("section-added", ident))
            continue
        if previous.state != section.state:
            events.append(
                Event("section-state-changed", {**ident, "from": str(previous.state), "to": str(section.state)})
            )
        if previous.kind != section.kind:
            events.append(
                Event(
                    "section-edited",
                    {**ident, "field": "kind", "ops": [(-1, str(previous.kind)), (1, str(section.kind))]},
                )
            )
        ops = options.diff(previous.heading or "", section.heading or "")
        if ops:
            events.append(
                Event(
                    "section-edited",
                    {**ident, "field": "heading", **_text_fields(previous.heading or "", section.heading or "", ops)},
                )
            )
        ops = options.diff(previous.body, section.body)
        if ops:
            fields = _text_fields(previous.body, section.body, ops)
            source_old, source_new = meaning[0].section(section.id), meaning[1].section(section.id)
            if (
                "notation" not in fields
                and source_old is not None
                and source_new is not None
                and find_flip(source_old.body, source_new.body) is not None
            ):
                fields["reversed"] = True  # 必要です → 不要です: not just "text edited"
            events.append(Event("section-edited", {**ident, "field": "body", **fields}))
    events += [Event("section-removed", {"id": s.id, "kind": str(s.kind)}) for s in old if s.id not in new_ids]
    return events


def _update_events(old: tuple[Update, ...], new: tuple[Update, ...], options: TextOptions) -> list[Event]:
    events: list[Event] = []
    for i, j in update_pairs(old, new):
        if j is None:
            events.append(Event("update-removed", {"at": old[i].at, "kind": str(old[i].kind)}))
        elif i is None:
            u = new[j]
            events.append(Event("update-added", {"at": u.at, "kind": str(u.kind), "body": u.body}))
        else:
            a, b = old[i], new[j]
            ops = options.diff(a.body, b.body)
            if ops or a.at != b.at or a.kind != b.kind or a.amended != b.amended:
                notation = (
                    {"notation": True}
                    if ops and a.at == b.at and a.kind == b.kind and notation_only(a.body, b.body)
                    else {}
                )
                events.append(
                    Event(
                        "update-changed",
                        {
                            "at": b.at,
                            "kind": str(b.kind),
                            "ops": ops or [(0, b.body)],
                            "amended": b.amended,
                            **notation,
                        },
                    )
                )
    return events
