"""The update timeline across revisions: which entries changed, and the append-only rule.

Standard library only: ``check`` enforces the rule without loading the diff.
"""

from __future__ import annotations

from kokuchi.core.align import align
from kokuchi.core.model import Revision, Update


def _update_key(update: Update) -> str:
    return f"{update.at.isoformat()}\x00{update.kind}\x00{update.body}\x00{update.amended or ''}"


def update_pairs(old: tuple[Update, ...], new: tuple[Update, ...]):
    """(old index | None, new index | None) for every entry that is not identical.

    Entries are aligned as a sequence; within a changed run they pair by position.
    """
    for tag, i1, i2, j1, j2 in align([_update_key(u) for u in old], [_update_key(u) for u in new]):
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1)
        for k in range(paired):
            yield i1 + k, j1 + k
        for i in range(i1 + paired, i2):
            yield i, None
        for j in range(j1 + paired, j2):
            yield None, j


def amendment_problems(old: Revision, new: Revision) -> list[tuple[str, str]]:
    """Published updates that *new* edited or removed without saying why.

    Returns (key path in *new*, message) pairs. An edit is accepted when the
    edited entry carries an ``amended`` reason that is new in this revision.
    """
    problems: list[tuple[str, str]] = []
    for i, j in update_pairs(old.updates, new.updates):
        if i is None:
            continue
        at = old.updates[i].at.isoformat()
        if j is None:
            problems.append(
                (
                    "updates",
                    f"the update at {at} published in revision {old.number} was removed; updates are append-only "
                    "(keep it and add amended: <reason> if it was wrong)",
                )
            )
        elif not new.updates[j].amended or new.updates[j].amended == old.updates[i].amended:
            problems.append(
                (
                    f"updates[{j}]",
                    f"edits the update at {at} published in revision {old.number}; say why with amended: <reason>",
                )
            )
    return problems
