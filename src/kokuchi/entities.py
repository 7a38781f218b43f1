"""Entities in Japanese source text: dates, times, IDs, URLs, versions, numbers.

Used by the catalog update (a change that only swaps an entity can update the
translation in place) and by the consistency checks (a translation must carry
the same entities as its source). Pure standard library; the English forms of
dates and times come from dates.py (Babel).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Order matters: the first alternative that matches at a position wins.
_PATTERNS = [
    ("url", r"https?://[^\s<>()（）「」、。]+"),
    ("date", r"(?P<y>\d{4})年\s*(?P<m>\d{1,2})月\s*(?P<d>\d{1,2})日"),
    ("date", r"(?P<y2>\d{4})[-/](?P<m2>\d{1,2})[-/](?P<d2>\d{1,2})"),
    ("date", r"(?<!\d)(?P<m3>\d{1,2})月\s*(?P<d3>\d{1,2})日"),
    ("time", r"(?:(?P<ampm>午前|午後)\s*)?(?P<h>\d{1,2})時(?:\s*(?P<min>\d{1,2})分)?"),
    ("time", r"(?<![\d.])(?P<h2>\d{1,2}):(?P<min2>\d{2})(?![\d:])"),
    ("id", r"ID\s*[:：]\s*(?P<id>[A-Za-z0-9][A-Za-z0-9_-]*)"),
    ("id", r"(?<![A-Za-z0-9])(?P<code>[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*-\d+)(?![A-Za-z0-9])"),
    ("version", r"(?<![\d.])(?P<ver>\d+(?:\.\d+){1,3})(?![\d.])"),
    ("number", r"(?<![\d.])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d])"),
]
_ENTITY = re.compile("|".join(f"(?P<k{i}>{pattern})" for i, (_, pattern) in enumerate(_PATTERNS)))


@dataclass(frozen=True)
class Entity:
    kind: str  # url, date, time, id, version, number
    value: tuple  # normalized: (y, m, d) with y None when absent; (h, m); ("728",); ...
    start: int
    end: int
    text: str


def normalize(text: str) -> str:
    """Full-width forms to half-width (NFKC), as the comparisons use it."""
    return unicodedata.normalize("NFKC", text)


def _value(kind: str, match: re.Match) -> tuple:
    g = match.groupdict()
    if kind == "date":
        year = g.get("y") or g.get("y2")
        month = g.get("m") or g.get("m2") or g.get("m3")
        day = g.get("d") or g.get("d2") or g.get("d3")
        return (int(year) if year else None, int(month), int(day))
    if kind == "time":
        hour = int(g.get("h") or g.get("h2"))
        minute = int(g.get("min") or g.get("min2") or 0)
        if g.get("ampm") == "午後" and hour < 12:
            hour += 12
        elif g.get("ampm") == "午前" and hour == 12:
            hour = 0
        return (hour, minute)
    if kind == "id":
        return (g.get("id") or g.get("code"),)
    if kind == "url":
        return (match.group(0),)
    if kind == "version":
        return (g.get("ver"),)
    return (int((g.get("num") or "0").replace(",", "")),)


def find(text: str) -> list[Entity]:
    """Entities of *text* (as written, full-width forms normalized first)."""
    text = normalize(text)
    found = []
    for match in _ENTITY.finditer(text):
        kind = _PATTERNS[_group_index(match)][0]
        found.append(Entity(kind, _value(kind, match), match.start(), match.end(), match.group(0)))
    return found


def _group_index(match: re.Match) -> int:
    for i in range(len(_PATTERNS)):
        if match.group(f"k{i}") is not None:
            return i
    raise AssertionError("no alternative matched")  # pragma: no cover


def skeleton(text: str) -> tuple[str, list[Entity]]:
    """The text with each entity replaced by a typed placeholder, and the entities."""
    text = normalize(text)
    entities = find(text)
    parts, last = [], 0
    for entity in entities:
        parts.append(text[last : entity.start])
        parts.append(f"\x00{entity.kind}\x00")
        last = entity.end
    parts.append(text[last:])
    return "".join(parts), entities


def entity_only_change(old: str, new: str) -> list[tuple[Entity, Entity]] | None:
    """The entities that changed, if nothing else did; None otherwise."""
    old_skeleton, old_entities = skeleton(old)
    new_skeleton, new_entities = skeleton(new)
    if old_skeleton != new_skeleton:
        return None
    changed = [(a, b) for a, b in zip(old_entities, new_entities) if a.value != b.value]
    return changed or None
