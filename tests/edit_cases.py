"""The revision edits of tests/data/edits.txt, shared by the tests and the benchmark."""

from __future__ import annotations

from pathlib import Path

from kokuchi.diff.textdiff import DELETE, EQUAL, INSERT
from kokuchi.language.tokens import tokenize

HERE = Path(__file__).resolve().parent
EDITS = HERE / "data" / "edits.txt"
GOLDEN = HERE / "golden" / "edits.txt"


def load_edits(path: Path = EDITS) -> list[tuple[str, str, str]]:
    """(name, old, new) for every case."""
    cases: list[tuple[str, list[str], list[str]]] = []
    side: list[str] | None = None
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("== "):
            cases.append((line[3:].strip(), [], []))
        elif line.startswith("- "):
            side = cases[-1][1]
            side.append(line[2:])
        elif line.startswith("+ "):
            side = cases[-1][2]
            side.append(line[2:])
        elif line and not line.startswith("#") and side is not None:
            side.append(line)  # a further line of the same side
    return [(name, "\n".join(old), "\n".join(new)) for name, old, new in cases]


def render(ops) -> str:
    marks = {EQUAL: "{}", DELETE: "[-{}-]", INSERT: "{{+{}+}}"}
    return "".join(marks[op].format(text) for op, text in ops)


def word_splits(ops, old: str, new: str) -> int:
    """How many operation boundaries fall inside a word of the old or the new text."""
    old_starts = {token.start for token in tokenize(old)} | {len(old)}
    new_starts = {token.start for token in tokenize(new)} | {len(new)}
    splits = 0
    pos_old = pos_new = 0
    for op, text in ops[:-1]:
        if op != INSERT:
            pos_old += len(text)
        if op != DELETE:
            pos_new += len(text)
        splits += pos_old not in old_starts or pos_new not in new_starts
    return splits


def golden_text() -> str:
    """What tests/golden/edits.txt holds: each case's hunks, from the diff as it is."""
    from kokuchi.diff.textdiff import diff

    return "".join(f"== {name}\n{render(diff(old, new))}\n\n" for name, old, new in load_edits())


def read_golden(path: Path = GOLDEN) -> dict[str, str]:
    cases: dict[str, str] = {}
    for block in path.read_text("utf-8").split("== ")[1:]:
        name, _, rendered = block.partition("\n")
        cases[name] = rendered.removesuffix("\n\n")
    return cases
