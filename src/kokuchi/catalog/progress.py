"""Translation progress: per-revision counts of unit states, and the units a translator must review."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kokuchi.catalog import po
from kokuchi.catalog.entries import unit_state
from kokuchi.core.model import Revision, UnitState
from kokuchi.notice.units import Unit, unique_units, units


@dataclass
class Counts:
    translated: int = 0
    fuzzy: int = 0
    auto: int = 0
    flips: int = 0
    untranslated: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.auto + self.flips + self.untranslated


def revision_counts(revision: Revision, entries: dict[tuple[str | None, str], po.POEntry]) -> Counts:
    counts = Counts()
    attribute = {
        UnitState.TRANSLATED: "translated",
        UnitState.FUZZY: "fuzzy",
        UnitState.AUTO: "auto",
        UnitState.FLIP: "flips",
        UnitState.UNTRANSLATED: "untranslated",
    }
    for unit in units(revision):
        name = attribute[unit_state(entries.get(unit.key))]
        setattr(counts, name, getattr(counts, name) + 1)
    return counts


@dataclass(frozen=True)
class PendingUnit:
    state: UnitState  # untranslated, fuzzy, auto or flip
    unit: Unit
    previous: str | None  # the previous source, when there is one
    translation: str
    comments: tuple[str, ...] = field(default=())


def pending_units(
    revisions: Iterable[Revision], entries: dict[tuple[str | None, str], po.POEntry]
) -> list[PendingUnit]:
    """Every unit of the revisions that needs a translator, once per message."""
    items: list[PendingUnit] = []
    for unit in unique_units(revisions):
        entry = entries.get(unit.key)
        state = unit_state(entry)
        if state == UnitState.TRANSLATED:
            continue
        items.append(
            PendingUnit(
                state=state,
                unit=unit,
                previous=entry.previous_msgid if entry is not None else None,
                translation=entry.msgstr if entry is not None else "",
                comments=tuple(
                    line
                    for line in (entry.tcomment or "").split("\n")
                    if line.startswith(("meaning flip: ", "meaning change: "))
                )
                if entry is not None
                else (),
            )
        )
    return items
