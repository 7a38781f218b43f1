"""A Japanese-aware character diff over diff-match-patch (the only user of it).

Why not plain ``diff_main`` + ``diff_cleanupSemantic``:

- **Degradation.** With its default 1 s timeout, diff-match-patch silently
  returns "everything changed" on long texts, and what it returns depends on
  the machine; without a timeout its bisection is O(N·D) in pure Python. We
  first align *sentences* (lines and 。！？ endings) with a patience diff, which
  is fast on mostly unique tokens, and run the exact character diff only inside
  each replaced run of sentences, which is usually small. The exact diff
  *counts its work* (the steps of Myers' bisection, not seconds, so the output
  is the same on every machine): past ``WORK_BUDGET`` steps for one call of
  ``diff``, each remaining replaced run is diffed by ``greedy_diff``, a
  linear-time pass that resynchronises on shared 8-character grams within a
  bounded window. Its result is still a correct diff (it rebuilds both texts),
  only less minimal.
- **Semantic cleanup for Japanese.** diff-match-patch scores boundaries with
  ``isalnum``: every kanji and kana is "alphanumeric", so no boundary inside
  Japanese text is ever preferred. We use our own port of its cleanup that
  never merges edits across a sentence end or a line break, and that scores
  boundaries by script transitions (kanji, hiragana, katakana, Latin, digits)
  and Japanese punctuation.
- **Words.** Readers see words, so every operation boundary is moved outward
  to the nearest boundary of a word a reader sees in both texts
  (``language.tokens.reader_starts``: the analyzer's morphemes merged into
  numerals with their counters, prefixed words and katakana compounds; whole
  Latin words, numbers, versions and IDs): ``[-本日-]{+明日+}``,
  ``[-30秒-]{+60秒+}``, ``午後[-7時-]{+5時+}``, ``[-第一報-]{+第二報+}``,
  ``[-スマートフォン-]{+スマートウォッチ+}``, ``[-remain-]{+are not+}``. Only the
  clauses that hold a boundary asked about are analyzed (``tokens.ReaderWords``). Word boundaries are
  grapheme-cluster boundaries, so no operation splits a cluster (カ + U+3099,
  葛 + U+E0100, emoji ZWJ sequences).

Operations are ``(op, text)`` with op -1 (delete), 0 (equal), 1 (insert).
Line endings are not content: CRLF and a lone CR are compared and returned as LF.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container
from functools import cache
from typing import Any

from diff_match_patch import diff_match_patch

from kokuchi.core.align import align
from kokuchi.language import unicode_classes as uc
from kokuchi.language.scripts import (
    KANA_CLASSES,
    char_class,
    grapheme_spans,
    graphemes,
    has_sentence_break,
    is_simple,
    may_join_cluster,
    sentences,
)
from kokuchi.language.tokens import reader_words

DELETE, EQUAL, INSERT = -1, 0, 1
Op = tuple[int, str]

# Steps of the exact bisection one call of ``diff`` may take (about a second of
# pure Python on a slow machine); past it, the linear greedy pass takes over.
WORK_BUDGET = 500_000


@cache
def _dmp(timeout: float = 0.0) -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = timeout
    return engine


class _OverBudget(Exception):
    pass


class _CountedDiff(diff_match_patch):
    """diff-match-patch whose bisection counts its steps and stops past a budget.

    ``diff_bisect`` is the original's (Myers' middle snake), with a counter
    instead of its clock: every diagonal visited and every character a snake
    slides over is one step.
    """

    def __init__(self, budget: int) -> None:
        super().__init__()
        self.Diff_Timeout = 0.0
        self.left = budget

    def diff_bisect(self, text1, text2, deadline):  # noqa: C901 - the original's shape, kept to compare
        text1_length = len(text1)
        text2_length = len(text2)
        max_d = (text1_length + text2_length + 1) // 2
        v_offset = max_d
        v_length = 2 * max_d
        v1 = [-1] * v_length
        v1[v_offset + 1] = 0
        v2 = v1[:]
        delta = text1_length - text2_length
        front = delta % 2 != 0
        k1start = k1end = k2start = k2end = 0
        self.left -= v_length  # the two arrays
        for d in range(max_d):
            if self.left < 0:
                raise _OverBudget
            for k1 in range(-d + k1start, d + 1 - k1end, 2):
                k1_offset = v_offset + k1
                if k1 == -d or (k1 != d and v1[k1_offset - 1] < v1[k1_offset + 1]):
                    x1 = v1[k1_offset + 1]
                else:
                    x1 = v1[k1_offset - 1] + 1
                y1 = x1 - k1
                start = x1
                while x1 < text1_length and y1 < text2_length and text1[x1] == text2[y1]:
                    x1 += 1
                    y1 += 1
                self.left -= 1 + x1 - start
                v1[k1_offset] = x1
                if x1 > text1_length:
                    k1end += 2
                elif y1 > text2_length:
                    k1start += 2
                elif front:
                    k2_offset = v_offset + delta - k1
                    if 0 <= k2_offset < v_length and v2[k2_offset] != -1:
                        x2 = text1_length - v2[k2_offset]
                        if x1 >= x2:
                            return self.diff_bisectSplit(text1, text2, x1, y1, deadline)
            for k2 in range(-d + k2start, d + 1 - k2end, 2):
                k2_offset = v_offset + k2
                if k2 == -d or (k2 != d and v2[k2_offset - 1] < v2[k2_offset + 1]):
                    x2 = v2[k2_offset + 1]
                else:
                    x2 = v2[k2_offset - 1] + 1
                y2 = x2 - k2
                start = x2
                while x2 < text1_length and y2 < text2_length and text1[-x2 - 1] == text2[-y2 - 1]:
                    x2 += 1
                    y2 += 1
                self.left -= 1 + x2 - start
                v2[k2_offset] = x2
                if x2 > text1_length:
                    k2end += 2
                elif y2 > text2_length:
                    k2start += 2
                elif not front:
                    k1_offset = v_offset + delta - k2
                    if 0 <= k1_offset < v_length and v1[k1_offset] != -1:
                        x1 = v1[k1_offset]
                        y1 = v_offset + x1 - k1_offset
                        x2 = text1_length - x2
                        if x1 >= x2:
                            return self.diff_bisectSplit(text1, text2, x1, y1, deadline)
        return [(self.DIFF_DELETE, text1), (self.DIFF_INSERT, text2)]


GRAM = 8  # characters two texts must share for the greedy pass to resynchronise on them
WINDOW = 256  # how far ahead (in each text) the greedy pass looks for a shared gram


def greedy_diff(old: str, new: str) -> list[Op]:
    """A correct diff of *old* → *new* in linear time, not always a minimal one.

    Equal characters are taken while they last; at a difference, the nearest
    gram of GRAM characters found in both texts within WINDOW characters ahead
    (the smallest skip on both sides) resynchronises them, and what lies before
    it is a deletion and an insertion. Without one, WINDOW characters of each
    are replaced. Each step reads O(WINDOW) characters and consumes at least
    GRAM of them, or WINDOW.
    """
    ops: list[Op] = []
    i = j = 0
    n, m = len(old), len(new)
    while i < n and j < m:
        start = i
        while i < n and j < m and old[i] == new[j]:
            i += 1
            j += 1
        if i > start:
            ops.append((EQUAL, old[start:i]))
        if i == n or j == m:
            break
        grams: dict[str, int] = {}
        for b in range(min(WINDOW, m - j - GRAM + 1)):
            grams.setdefault(new[j + b : j + b + GRAM], b)
        best: tuple[int, int] | None = None
        for a in range(min(WINDOW, n - i - GRAM + 1)):
            if best is not None and a >= best[0] + best[1]:
                break
            found = grams.get(old[i + a : i + a + GRAM])
            if found is not None and (best is None or a + found < best[0] + best[1]):
                best = (a, found)
        a, b = best if best is not None else (min(WINDOW, n - i), min(WINDOW, m - j))
        _append(ops, DELETE, old[i : i + a])
        _append(ops, INSERT, new[j : j + b])
        i += a
        j += b
    _append(ops, DELETE, old[i:])
    _append(ops, INSERT, new[j:])
    return ops


def boundary_score(one: str, two: str) -> int:
    """How good a place the boundary between *one* and *two* is, 0 (worst) to 6."""
    if not one or not two:
        return 6
    first, second = char_class(one[-1]), char_class(two[0])
    if one.endswith("\n\n") or two.startswith("\n\n"):
        return 5
    if first == "newline" or second == "newline":
        return 4
    if first == "sentence-end":
        return 4
    if first in ("clause", "space") or second in ("clause", "space"):
        return 3
    if first != second:
        return 2
    return 0


def _is_barrier(equality: str) -> bool:
    """An equality that separates sentences: edits on its two sides stay apart."""
    return has_sentence_break(equality)


def cleanup_semantic(diffs: list[Op]) -> None:
    """diff-match-patch's semantic cleanup, ported, with Japanese-aware rules.

    Eliminates coincidental short equalities between edits (as the original
    does) but never one that holds a sentence end or a line break, then shifts
    single edits to the best-scoring boundary.
    """
    if len(diffs) > 3 and any(op == EQUAL for op, _ in diffs[1:-1]):  # an equality between two edits
        _eliminate_equalities(diffs)
    _cleanup_lossless(diffs)


def _eliminate_equalities(diffs: list[Op]) -> None:
    dmp = _dmp()
    changes = False
    equalities: list[int] = []
    last_equality: str | None = None
    pointer = 0
    ins1 = del1 = ins2 = del2 = 0
    while pointer < len(diffs):
        op, text = diffs[pointer]
        if op == EQUAL:
            equalities.append(pointer)
            ins1, ins2 = ins2, 0
            del1, del2 = del2, 0
            last_equality = text
        else:
            if op == INSERT:
                ins2 += len(text)
            else:
                del2 += len(text)
            if (
                last_equality
                and len(last_equality) <= max(ins1, del1)
                and len(last_equality) <= max(ins2, del2)
                and not _is_barrier(last_equality)
            ):
                index = equalities[-1]
                diffs.insert(index, (DELETE, last_equality))
                diffs[index + 1] = (INSERT, diffs[index + 1][1])
                equalities.pop()
                if equalities:
                    equalities.pop()
                pointer = equalities[-1] if equalities else -1
                ins1 = del1 = ins2 = del2 = 0
                last_equality = None
                changes = True
        pointer += 1
    if changes:
        dmp.diff_cleanupMerge(diffs)


def _cleanup_lossless(diffs: list[Op]) -> None:
    """Slide single edits between equalities to the best boundary (Japanese scores)."""
    dmp = _dmp()
    pointer = 1
    while pointer < len(diffs) - 1:
        if diffs[pointer - 1][0] == EQUAL and diffs[pointer + 1][0] == EQUAL:
            equality1, edit, equality2 = diffs[pointer - 1][1], diffs[pointer][1], diffs[pointer + 1][1]
            common = dmp.diff_commonSuffix(equality1, edit) if equality1[-1:] == edit[-1:] else 0
            if not common and edit[:1] != equality2[:1]:
                pointer += 1  # it can slide neither way: nothing to score
                continue
            if common:
                shared = edit[-common:]
                equality1 = equality1[:-common]
                edit = shared + edit[:-common]
                equality2 = shared + equality2
            best = (equality1, edit, equality2)
            best_score = boundary_score(equality1, edit) + boundary_score(edit, equality2)
            while edit and equality2 and edit[0] == equality2[0]:
                equality1 += edit[0]
                edit = edit[1:] + equality2[0]
                equality2 = equality2[1:]
                score = boundary_score(equality1, edit) + boundary_score(edit, equality2)
                if score >= best_score:
                    best_score = score
                    best = (equality1, edit, equality2)
            if diffs[pointer - 1][1] != best[0]:
                if best[0]:
                    diffs[pointer - 1] = (EQUAL, best[0])
                else:
                    del diffs[pointer - 1]
                    pointer -= 1
                diffs[pointer] = (diffs[pointer][0], best[1])
                if best[2]:
                    diffs[pointer + 1] = (EQUAL, best[2])
                else:
                    del diffs[pointer + 1]
                    pointer -= 1
        pointer += 1


def _char_diff(old: str, new: str, engine: _CountedDiff) -> list[Op]:
    """The exact diff of one replaced run while the budget lasts, else the greedy one."""
    if engine.left > 0:
        try:
            return engine.diff_main(old, new, False)
        except _OverBudget:
            engine.left = 0  # the rest of this call is greedy too: no work is spent twice
    return greedy_diff(old, new)


def raw_diff(old: str, new: str, budget: int | None = None) -> list[Op]:
    """Sentence alignment, then a character diff inside each changed run:
    exact within *budget* steps (default WORK_BUDGET), greedy past it."""
    if old == new:
        return [(EQUAL, old)] if old else []
    dmp = _dmp()
    # The common head and tail need no alignment (most revisions edit little).
    head = dmp.diff_commonPrefix(old, new)
    tail = dmp.diff_commonSuffix(old[head:], new[head:])
    ops: list[Op] = [(EQUAL, old[:head])] if head else []
    middle_old, middle_new = old[head : len(old) - tail], new[head : len(new) - tail]
    if not middle_old or not middle_new:  # text only added or only removed
        ops.append((INSERT, middle_new) if middle_new else (DELETE, middle_old))
        if tail:
            ops.append((EQUAL, old[len(old) - tail :]))
        return ops
    a, b = sentences(middle_old), sentences(middle_new)
    engine = _CountedDiff(WORK_BUDGET if budget is None else budget)
    for tag, i1, i2, j1, j2 in align(a, b):
        left, right = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            ops.append((EQUAL, left))
        elif tag == "delete":
            ops.append((DELETE, left))
        elif tag == "insert":
            ops.append((INSERT, right))
        else:
            ops.extend(_char_diff(left, right, engine))
    if tail:
        ops.append((EQUAL, old[len(old) - tail :]))
    return _merged(ops)


def repair_boundaries(ops: list[Op], old_ok: Callable[[int], bool], new_ok: Callable[[int], bool]) -> list[Op]:
    """Move operation boundaries that are not allowed positions outward.

    Every boundary touches an equality; an equality whose edge is not an allowed
    position (in the old text or the new one) gives up characters at that edge
    to the neighbouring change, in both its deletion and its insertion.
    """
    result: list[Op] = []
    pos_old = pos_new = 0
    last = len(ops) - 1
    for index, (op, text) in enumerate(ops):
        if op != EQUAL:
            _append(result, op, text)
            if op == DELETE:
                pos_old += len(text)
            else:
                pos_new += len(text)
            continue
        # The text's own start and end are always boundaries: only edges that
        # touch a change are asked about.
        start, end = 0, len(text)
        if index > 0:
            while start < end and not (old_ok(pos_old + start) and new_ok(pos_new + start)):
                start += 1
        if index < last:
            while end > start and not (old_ok(pos_old + end) and new_ok(pos_new + end)):
                end -= 1
        if start:
            _append(result, DELETE, text[:start])
            _append(result, INSERT, text[:start])
        if start < end:
            _append(result, EQUAL, text[start:end])
        if end < len(text):
            _append(result, DELETE, text[end:])
            _append(result, INSERT, text[end:])
        pos_old += len(text)
        pos_new += len(text)
    return result


def _append(ops: list[Op], op: int, text: str) -> None:
    """Append, merging with the same kind of operation; deletions before insertions."""
    if not text:
        return
    if op != EQUAL and ops and ops[-1][0] != EQUAL:
        # Within a change, keep one deletion then one insertion.
        if ops[-1][0] == op:
            ops[-1] = (op, ops[-1][1] + text)
            return
        if op == DELETE and ops[-1][0] == INSERT:
            if len(ops) > 1 and ops[-2][0] == DELETE:
                ops[-2] = (DELETE, ops[-2][1] + text)
            else:
                ops.insert(len(ops) - 1, (DELETE, text))
            return
        ops.append((op, text))
        return
    if ops and ops[-1][0] == op:
        ops[-1] = (op, ops[-1][1] + text)
    else:
        ops.append((op, text))


# Word boundaries are looked up in the sentence around a position, cut to this
# many characters on each side when a sentence is longer (enough context for
# the analyzer; searching no further keeps a diff linear in its changes).
WORD_WINDOW = 64
# A window cut inside a sentence answers only for positions at least this far
# from the cut: a reader word (3営業日以内, スマートフォン) is shorter.
_WINDOW_MARGIN = 16
_BREAKS = "。！？\n"
_SEPARATORS = frozenset({"space", "newline", "sentence-end", "clause"})


class WordBoundaries:
    """Whether a position of *text* lies between two reader words (``tokens.reader_starts``).

    Analyzes only what is asked about (a diff asks about the few positions
    around its changes): the sentence around the position, cut to WORD_WINDOW
    characters on each side, each window once, and of it only the clauses
    asked about (``tokens.ReaderWords``).
    """

    def __init__(self, text: str, allowed: Callable[[int], bool] | None = None) -> None:
        self.text = text
        self.allowed = allowed
        # (start, end, reader-word offsets, trusted start, trusted end) of the
        # last window analyzed: a diff asks about a few neighbouring positions
        # of one sentence, then the next.
        self.window: tuple[int, int, Container[int], int, int] = (0, 0, frozenset(), 0, 0)

    def between_words(self, pos: int) -> bool:
        if self.allowed is not None and not self.allowed(pos):
            return False
        text = self.text
        if pos <= 0 or pos >= len(text):
            return True
        lo, _, offsets, trusted_lo, trusted_hi = self.window
        if trusted_lo < pos < trusted_hi:
            return pos - lo in offsets
        # Japanese script next to a space or punctuation: always two words.
        before, after = char_class(text[pos - 1]), char_class(text[pos])
        if (before in KANA_CLASSES and after in _SEPARATORS) or (before in _SEPARATORS and after in KANA_CLASSES):
            return True
        floor, ceiling = max(pos - WORD_WINDOW, 0), min(pos + WORD_WINDOW, len(text))
        last = max(text.rfind(mark, floor, pos) for mark in _BREAKS)
        following = [found for mark in _BREAKS if (found := text.find(mark, pos, ceiling)) >= 0]
        lo = last + 1 if last >= 0 else floor
        hi = min(following) if following else ceiling
        if pos == lo or pos == hi:
            # Right after a sentence end or at one: punctuation is a word of
            # its own, so this is a boundary unless a mark or joiner is here.
            if not may_join_cluster(text, pos - 1, pos + 1):
                return True
            lo, hi = floor, ceiling
        offsets = reader_words(text[lo:hi])
        trusted_lo = lo if lo == 0 or text[lo - 1] in _BREAKS else lo + _WINDOW_MARGIN
        trusted_hi = hi if hi == len(text) or text[hi] in _BREAKS else hi - _WINDOW_MARGIN
        self.window = (lo, hi, offsets, trusted_lo, trusted_hi)
        return pos - lo in offsets


def _diff_core(old: str, new: str, old_allowed=None, new_allowed=None, budget: int | None = None) -> list[Op]:
    ops = raw_diff(old, new, budget)
    cleanup_semantic(ops)
    if len(ops) < 2:  # equal (or both empty): nothing to repair
        return ops
    return repair_boundaries(
        ops, WordBoundaries(old, old_allowed).between_words, WordBoundaries(new, new_allowed).between_words
    )


def _merged(ops: list[Op]) -> list[Op]:
    result: list[Op] = []
    for op, text in ops:
        _append(result, op, text)
    return result


@cache
def _line_end() -> re.Pattern[str]:
    return re.compile(r"\r\n?")


def lf_endings(text: str) -> str:
    """*text* with every line ending as LF: CRLF and a lone CR alike, as Python
    reads text files (universal newlines).

    Replacing CRLF alone is not enough: in CR + CRLF (a CRLF file converted
    twice) it leaves CR + LF, a new CRLF, so the text a diff returns would still
    hold one and comparing it again would differ; CRLF is also one grapheme
    cluster, whose middle no boundary may split. With no CR left, neither can happen.
    """
    return _line_end().sub("\n", text) if "\r" in text else text


def _normalize(text: str, width: bool, space: bool) -> tuple[str, dict[int, int]]:
    """The text as compared, and where each allowed boundary lies in the original.

    Normalization works per grapheme cluster, so a boundary is allowed only at the
    start of a cluster's normalized form; the map sends it to the cluster's start
    in the original text.
    """
    parts: list[str] = []
    origin: dict[int, int] = {}
    length = 0
    for start, cluster in grapheme_spans(text):
        origin.setdefault(length, start)
        if space and cluster != "\n" and cluster.isspace():
            continue
        if width:
            cluster = unicodedata.normalize("NFKC", cluster)
        parts.append(cluster)
        length += len(cluster)
    origin[length] = len(text)
    origin.setdefault(0, 0)
    return "".join(parts), origin


def diff(
    old: str, new: str, *, ignore_width: bool = False, ignore_space: bool = False, budget: int | None = None
) -> list[Op]:
    """The character diff of *old* → *new*.

    equal + delete rebuild *old* and equal + insert rebuild *new* (with LF line
    endings: ``lf_endings``). With *ignore_width* (NFKC: full-width/half-width forms, U+3000) or
    *ignore_space* (spaces and tabs, not line breaks), differences of that kind
    count as equal; the operations still carry the original text, equal runs in
    the new text's form. *budget* bounds the exact diff's steps (default
    WORK_BUDGET; 0 for the greedy pass alone): the result is a correct diff
    either way, the same on every machine.
    """
    old, new = lf_endings(old), lf_endings(new)
    if not (ignore_width or ignore_space):
        return _diff_core(old, new, budget=budget)
    norm_old, map_old = _normalize(old, ignore_width, ignore_space)
    norm_new, map_new = _normalize(new, ignore_width, ignore_space)
    ops = _diff_core(norm_old, norm_new, map_old.__contains__, map_new.__contains__, budget)
    if not ops:  # both normalize to nothing: only ignored differences
        return [(EQUAL, new)] if new else []
    result: list[Op] = []
    pos_old = pos_new = 0
    for op, text in ops:
        if op in (EQUAL, DELETE):
            original_old = old[map_old[pos_old] : map_old[pos_old + len(text)]]
            pos_old += len(text)
        if op in (EQUAL, INSERT):
            original_new = new[map_new[pos_new] : map_new[pos_new + len(text)]]
            pos_new += len(text)
        _append(result, op, original_old if op == DELETE else original_new)
    if new and pos_new == 0:
        # No operation touched the new text: it is all ignored whitespace, and
        # every operation so far is a deletion. It goes after them: before them,
        # a deleted text that starts with a combining mark would join its cluster.
        result.append((EQUAL, new))
    return result


def is_equal(ops: list[Op]) -> bool:
    return all(op == EQUAL for op, _ in ops)


ELIDED = 2  # a display-only operation: unchanged text left out


# Where a sentence ends: after 。！？． (and the brackets that close on them), after
# . ! ? that a space and a capital or digit follow (not "3.1.9", not "e.g. the"),
# and at a line break.
_SENTENCE_END = r"[。！？．][」』）)]*|[.!?][\"'”’)]*(?=[ \t]+{start}|[ \t]*(?:\n|$))|(?=\n)"
_PARAGRAPH_BREAK = r"(\n[ \t\u3000]*\n{white}*)"


@cache
def _sentence_end(simple: bool) -> Any:
    """Where a sentence ends, with ``re`` for SIMPLE text (scripts.is_simple), with ``regex`` for any text."""
    if simple:
        return re.compile(_SENTENCE_END.format(start=f"[{uc.SENTENCE_START}]"))
    import regex

    return regex.compile(_SENTENCE_END.format(start=r"[\p{Lu}\d\"'“‘(]"))


@cache
def _paragraph_break(simple: bool) -> Any:
    """A blank line and the white space after it, split on in what is left out."""
    if simple:
        return re.compile(_PARAGRAPH_BREAK.format(white=f"[{uc.WHITE_SPACE}]"))
    import regex

    return regex.compile(_PARAGRAPH_BREAK.format(white=r"\s"))


def elide(ops: list[Op], context: int = 40) -> list[Op]:
    """Shorten long unchanged runs for display, in whole sentences.

    A sentence that holds a change is always shown whole, so shortened context
    never removes a negation or any other word of a changed clause; what is
    left out is whole sentences and lines between them, shown as
    ``(ELIDED, "…")``; a paragraph break stays visible, with a "…" on each side.
    Left-out text of up to *context* grapheme clusters is kept: cutting it
    would save little.
    """
    result: list[Op] = []
    last = len(ops) - 1
    for index, (op, text) in enumerate(ops):
        if op != EQUAL or (index == 0 and index == last):
            result.append((op, text))
            continue
        head_end = _first_sentence_end(text) if index > 0 else 0
        tail_start = _last_sentence_start(text) if index < last else len(text)
        if head_end is None or tail_start is None or tail_start <= head_end:
            result.append((op, text))  # one sentence runs from the change before to the change after
            continue
        middle = text[head_end:tail_start]
        core = middle.strip()
        if not core or len(graphemes(core[: (context + 1) * 8])) <= context:
            result.append((op, text))
            continue
        # The breaks around what is left out stay, except before the first run and after the last.
        lead = middle[: len(middle) - len(middle.lstrip())] if index > 0 else ""
        trail = middle[len(middle.rstrip()) :] if index < last else ""
        if text[:head_end] + lead:
            result.append((EQUAL, text[:head_end] + lead))
        # A paragraph break starts with a line break: without one, the pattern is not compiled.
        pieces = _paragraph_break(is_simple(core)).split(core) if "\n" in core else [core]
        for number, piece in enumerate(pieces):
            # Odd pieces are the paragraph breaks between left-out sentences: they stay.
            result.append((EQUAL, piece) if number % 2 else (ELIDED, "…"))
        if trail + text[tail_start:]:
            result.append((EQUAL, trail + text[tail_start:]))
    return result


def _first_sentence_end(text: str) -> int | None:
    """Where the sentence that runs into *text* from the change before it ends; None if it runs on."""
    match = _sentence_end(is_simple(text)).search(text)
    return match.end() if match else None


def _last_sentence_start(text: str) -> int | None:
    """Where the sentence that runs on into the change after *text* starts; None if it starts before."""
    ends = [match.end() for match in _sentence_end(is_simple(text)).finditer(text)]
    if not ends:
        return None
    start = ends[-1]
    while start < len(text) and text[start] in " \t\n\u3000":
        start += 1
    return start
