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
