"""The edits of tests/data/reader_words.yaml: changed words that are reader-sized words
(katakana compounds, numerals with their counters, prefixed words), shared by the tests
and the measurement of hunks that split a word."""

from __future__ import annotations

import re
from pathlib import Path

from kokuchi.diff.textdiff import DELETE, EQUAL, INSERT

HERE = Path(__file__).resolve().parent
READER_WORDS = HERE / "data" / "reader_words.yaml"
_MARK = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")


def load_cases(path: Path = READER_WORDS) -> list[dict[str, str]]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text("utf-8"))


def expected_ops(expect: str) -> list[tuple[int, str]]:
    """The operations an ``expect`` string writes: ``午後[-7時-]{+5時+}に``."""
    ops: list[tuple[int, str]] = []
    at = 0
    for match in _MARK.finditer(expect):
        if match.start() > at:
            ops.append((EQUAL, expect[at : match.start()]))
        ops.append((DELETE, match.group(1)) if match.group(1) is not None else (INSERT, match.group(2)))
        at = match.end()
    if at < len(expect):
        ops.append((EQUAL, expect[at:]))
    return ops


def changed_spans(ops) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(start, end) of every deletion in the old text and of every insertion in the new one."""
    old_spans, new_spans = [], []
    pos_old = pos_new = 0
    for op, text in ops:
        if op == DELETE:
            old_spans.append((pos_old, pos_old + len(text)))
        elif op == INSERT:
            new_spans.append((pos_new, pos_new + len(text)))
        if op != INSERT:
            pos_old += len(text)
        if op != DELETE:
            pos_new += len(text)
    return old_spans, new_spans


def edges(ops) -> list[tuple[int, int]]:
    """(old position, new position) of every boundary between two operations."""
    result = []
    pos_old = pos_new = 0
    for op, text in ops[:-1]:
        if op != INSERT:
            pos_old += len(text)
        if op != DELETE:
            pos_new += len(text)
        result.append((pos_old, pos_new))
    return result


def split_edges(ops, expect: str) -> int:
    """How many boundaries of *ops* fall strictly inside a word the reader sees changed."""
    old_spans, new_spans = changed_spans(expected_ops(expect))
    return sum(
        any(start < at_old < end for start, end in old_spans) or any(start < at_new < end for start, end in new_spans)
        for at_old, at_new in edges(ops)
    )


def hunks(ops) -> int:
    """How many changes (runs of deletions and insertions between equal text) *ops* hold."""
    return sum(1 for index, (op, _) in enumerate(ops) if op != EQUAL and (index == 0 or ops[index - 1][0] == EQUAL))


def split_hunks(ops, expect: str) -> int:
    """How many changes of *ops* start or end strictly inside a word the reader sees changed."""
    old_spans, new_spans = changed_spans(expected_ops(expect))

    def inside(at_old: int, at_new: int) -> bool:
        return any(s < at_old < e for s, e in old_spans) or any(s < at_new < e for s, e in new_spans)

    count = 0
    pos_old = pos_new = 0
    start: tuple[int, int] | None = None
    for index, (op, text) in enumerate(ops):
        if op != EQUAL and start is None:
            start = (pos_old, pos_new)
        if op != INSERT:
            pos_old += len(text)
        if op != DELETE:
            pos_new += len(text)
        if start is not None and (index == len(ops) - 1 or ops[index + 1][0] == EQUAL):
            count += inside(*start) or inside(pos_old, pos_new)
            start = None
    return count
