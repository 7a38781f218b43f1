"""Sequence alignment: patience anchors, then difflib where no token is unique.

Used for sentences in the text diff and for the entries of an update timeline;
standard library only, so validating a notice does not load the diff engine.
"""

from __future__ import annotations

import bisect
import difflib


def _unique_anchors(a: list[str], b: list[str], alo: int, ahi: int, blo: int, bhi: int) -> list[tuple[int, int]]:
    """Patience anchors: tokens unique on both sides, in their longest common order."""
    count_a: dict[str, int] = {}
    for i in range(alo, ahi):
        count_a[a[i]] = count_a.get(a[i], 0) + 1
    count_b: dict[str, int] = {}
    where_b: dict[str, int] = {}
    for j in range(blo, bhi):
        count_b[b[j]] = count_b.get(b[j], 0) + 1
        where_b[b[j]] = j
    pairs = [(i, where_b[a[i]]) for i in range(alo, ahi) if count_a[a[i]] == 1 and count_b.get(a[i]) == 1]
    # Longest increasing subsequence of the b positions (patience sorting).
    tails: list[int] = []  # tails[k]: b position ending the best run of length k+1
    tail_index: list[int] = []
    back: list[int] = []
    for index, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[k] = j
            tail_index[k] = index
        back.append(tail_index[k - 1] if k else -1)
    anchors: list[tuple[int, int]] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        anchors.append(pairs[index])
        index = back[index]
    return anchors[::-1]


def _match(a: list[str], b: list[str], alo: int, ahi: int, blo: int, bhi: int, out: list[tuple[int, int, int]]) -> None:
    """Append the matching blocks (i, j, size) of a[alo:ahi] and b[blo:bhi], in order."""
    while alo < ahi and blo < bhi and a[alo] == b[blo]:
        out.append((alo, blo, 1))
        alo += 1
        blo += 1
    tail: list[tuple[int, int, int]] = []
    while alo < ahi and blo < bhi and a[ahi - 1] == b[bhi - 1]:
        ahi -= 1
        bhi -= 1
        tail.append((ahi, bhi, 1))
    if alo < ahi and blo < bhi:
        anchors = _unique_anchors(a, b, alo, ahi, blo, bhi)
        if anchors:
            i0, j0 = alo, blo
            for i, j in anchors:
                _match(a, b, i0, i, j0, j, out)
                out.append((i, j, 1))
                i0, j0 = i + 1, j + 1
            _match(a, b, i0, ahi, j0, bhi, out)
        else:
            # No unique token to anchor on (repeated lines): difflib on this stretch.
            matcher = difflib.SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
            out.extend((alo + i, blo + j, n) for i, j, n in matcher.get_matching_blocks() if n)
    out.extend(reversed(tail))


def align(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes like difflib's get_opcodes, from a patience alignment of tokens.

    Patience diff anchors on tokens that occur once on each side, which in
    notices is nearly every sentence; it runs in O(n log n) where
    SequenceMatcher rescans the whole text for every matching block.
    """
    blocks: list[tuple[int, int, int]] = []
    _match(a, b, 0, len(a), 0, len(b), blocks)
    opcodes: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for bi, bj, size in blocks + [(len(a), len(b), 0)]:
        if i < bi and j < bj:
            opcodes.append(("replace", i, bi, j, bj))
        elif i < bi:
            opcodes.append(("delete", i, bi, j, bj))
        elif j < bj:
            opcodes.append(("insert", i, bi, j, bj))
        if size:
            if opcodes and opcodes[-1][0] == "equal":
                _, i1, _, j1, _ = opcodes[-1]
                opcodes[-1] = ("equal", i1, bi + size, j1, bj + size)
            else:
                opcodes.append(("equal", bi, bi + size, bj, bj + size))
        i, j = bi + size, bj + size
    return opcodes


def greedy_opcodes(a: list, b: list, gram: int = 3, window: int = 128) -> list[tuple[str, int, int, int, int]]:
    """Opcodes like ``align``'s, in linear time: equal tokens are taken while
    they last; at a difference, the nearest run of *gram* tokens found in both
    within *window* tokens ahead resynchronises them (without one, *window*
    tokens of each are replaced). A correct alignment, not always a minimal
    one: for inputs too large for an exact one (see its callers' budgets)."""
    opcodes: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    n, m = len(a), len(b)

    def add(tag: str, i1: int, i2: int, j1: int, j2: int) -> None:
        if i1 < i2 or j1 < j2:
            opcodes.append((tag, i1, i2, j1, j2))

    while i < n and j < m:
        start_i, start_j = i, j
        while i < n and j < m and a[i] == b[j]:
            i += 1
            j += 1
        add("equal", start_i, i, start_j, j)
        if i == n or j == m:
            break
        grams: dict[tuple, int] = {}
        for skip in range(min(window, m - j - gram + 1)):
            grams.setdefault(tuple(b[j + skip : j + skip + gram]), skip)
        best: tuple[int, int] | None = None
        for x in range(min(window, n - i - gram + 1)):
            if best is not None and x >= best[0] + best[1]:
                break
            y = grams.get(tuple(a[i + x : i + x + gram]))
            if y is not None and (best is None or x + y < best[0] + best[1]):
                best = (x, y)
        x, y = best if best is not None else (min(window, n - i), min(window, m - j))
        add("replace" if x and y else "delete" if x else "insert", i, i + x, j, j + y)
        i += x
        j += y
    add("replace" if i < n and j < m else "delete" if i < n else "insert", i, n, j, m)
    return opcodes
