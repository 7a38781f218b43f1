"""Line breaking for Japanese and English text, with kinsoku shori.

Lines break between phrases, not inside words: a break may fall after white
space, or between two words (``tokens``) where BudouX, a small phrase model,
puts a phrase boundary (``恒久対策を|実施しました``, never ``恒久対|策``;
``2026年3月27日12時15分に`` stays whole). Kinsoku: no line starts with closing
punctuation, 。、, the long-vowel mark or a small kana, and none ends with opening
punctuation. A phrase wider than the line is broken between words, and a word
wider than the line between grapheme clusters, still by the kinsoku rules.

Pure functions: text in, lines out. The caller measures with its own cell width
when it has one (the terminal renderer passes its own), else East Asian Width.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from functools import cache

from kokuchi.language.scripts import grapheme_spans, is_cjk
from kokuchi.language.tokens import Token, tokenize

# Characters that may not start a line (JIS X 4051 gyoutou kinsoku, the strict set).
NO_START = frozenset(
    "、。，．,.：；:;！？!?)）]］｝}〕〉》」』】〙〗〟’”｠»"
    "ーｰ・･‐゠–〜～…‥々ゝゞヽヾ"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｯｬｭｮ"
)
# Characters that may not end a line (gyoumatsu kinsoku).
NO_END = frozenset("(（[［｛{〔〈《「『【〘〖〝‘“｟«")

Measure = Callable[[str], int]


# East Asian Width (UAX #11) → terminal cells: the one table every line kokuchi
# wraps is measured by. Ambiguous characters (※ ① ■ • · – → … ─ and Greek or
# Cyrillic letters) count as 2: a CJK terminal draws them two cells wide, and a
# line measured so never overflows one, while on other terminals it is only a
# little shorter. Combining marks and format characters take no cell.
CELLS = {"W": 2, "F": 2, "A": 2, "H": 1, "Na": 1, "N": 1}


def cell_width(text: str) -> int:
    """Terminal cells of *text*, by ``CELLS``."""
    width = 0
    for ch in text:
        if ch.isascii():
            width += 1 if ch.isprintable() else 0
            continue
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += CELLS[unicodedata.east_asian_width(ch)]
    return width


# Runs a line is never broken inside when they fit on one (the caller's width):
# a date and its time and zone (2026年6月9日(火) 8:30 (JST); June 9, 2026, 8:30 AM JST),
# a time and its AM/PM, and a menu path (メニュー > 設定 > 通知, 「設定＞通知」).
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ZONE = r"(?:[ \u3000]?[(（](?:[A-Z]{2,5}|UTC[+-]\d{2}:\d{2})[)）]|[ ](?:[A-Z]{2,5}|UTC[+-]\d{2}:\d{2})\b)?"
_TIME = r"\d{1,2}[:：]\d{2}(?:[ \u00a0\u202f]?[AaPp]\.?[Mm]\.?)?" + _ZONE
_ITEM = r"[\[［「『【][^\]］」』】\n]{1,40}[\]］」』】]"  # a bracketed menu item: [設定], 「通知」
_UNBROKEN = re.compile(
    "|".join(
        (
            r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[(（][^)）\s]{1,3}[)）])?(?:[ \u3000]?(?:"
            + _TIME
            + r"|\d{1,2}時(?:\d{1,2}分)?))?",
            rf"(?:{_MONTHS}) \d{{1,2}}, \d{{4}}(?:,? {_TIME})?",
            _TIME,
            rf"{_ITEM}(?:[ \u3000]*[>＞][ \u3000]*{_ITEM})+",
        )
    )
)


def unbroken(line: str, width: int, measure: Measure = cell_width) -> set[int]:
    """Positions inside a date with its time, a time with its AM/PM or a menu path that fits in *width*.

    A break before ``>`` is never allowed (no line starts with it), even in a path too long for a line.
    """
    positions = {index for index, ch in enumerate(line) if ch in ">＞" and line[:index].strip()}
    for match in _UNBROKEN.finditer(line):
        if measure(match.group()) <= width:
            positions.update(range(match.start() + 1, match.end()))
    return positions


@cache
def _parser():
    """BudouX's Japanese phrase model, or None when it is not installed."""
    try:
        import budoux
    except ImportError:
        return None
    return budoux.load_default_japanese_parser()


def _phrase_starts(line: str) -> set[int]:
    parser = _parser()
    if parser is None:
        return set()
    starts: set[int] = set()
    position = 0
    for phrase in parser.parse(line):
        position += len(phrase)
        starts.add(position)
    return starts


def _allowed(before: str, after: str) -> bool:
    """Kinsoku: may a line end with *before* and the next start with *after*?"""
    return after[:1] not in NO_START and before[-1:] not in NO_END


def break_positions(line: str, tokens: list[Token] | None = None) -> list[int]:
    """Where *line* (no line breaks in it) may be broken: after white space, or between phrases."""
    if tokens is None:
        tokens = tokenize(line)
    phrases = _phrase_starts(line) if any(token.pos for token in tokens) or _has_cjk(tokens) else set()
    positions: list[int] = []
    for previous, token in zip(tokens, tokens[1:]):
        if token.kind == "space":
            continue  # break after the space, not before it
        if previous.kind == "space" and _joins(line[: previous.start], token.text):
            continue
        if previous.kind == "space" or token.start in phrases:
            if _allowed(line[: token.start], line[token.start :]):
                positions.append(token.start)
    return positions


def _joins(before: str, after: str) -> bool:
    """A space inside Japanese text that is not a break: 2026年3月27日 12時15分."""
    left, right = before[-1:], after[:1]
    if not left or not right:
        return False
    return (is_cjk(left) and (is_cjk(right) or right.isdigit())) or (left.isdigit() and is_cjk(right))


def _has_cjk(tokens: list[Token]) -> bool:
    return any(token.kind in ("word", "punct") and not token.text.isascii() for token in tokens)


def phrase_boundaries(text: str) -> set[int]:
    """Positions of *text* between phrases (line starts included), for cutting context short."""
    result = {0, len(text)}
    offset = 0
    for line in text.split("\n"):
        result.add(offset)
        result.update(offset + position for position in break_positions(line, tokenize(line, analyzed=False)))
        offset += len(line) + 1
    return result


def wrap(text: str, width: int, measure: Measure = cell_width) -> list[str]:
    """*text* as lines of at most *width* cells, broken by the rules above.

    Line breaks in *text* are kept; spaces and tabs at a soft break are dropped.
    A line is wider than *width* only when one grapheme cluster is.
    """
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(line[start:end] for start, end in line_spans(line, width, measure))
    return lines


def line_spans(
    line: str, width: int, measure: Measure = cell_width, keep: Collection[int] = ()
) -> list[tuple[int, int]]:
    """(start, end) of each wrapped line of *line* (which has no line breaks).

    *keep*: positions where the caller forbids a break (inside a diff mark).
    """
    width = max(width, 1)
    if measure(line) <= width:
        return [(0, len(line))]
    keep = set(keep) | unbroken(line, width, measure)
    tokens = tokenize(line)
    cuts = [0, *(cut for cut in break_positions(line, tokens) if cut not in keep), len(line)]
    pieces: list[tuple[int, int]] = []
    for start, end in zip(cuts, cuts[1:]):
        if measure(line[start:end].rstrip(" \t")) > width:
            pieces.extend(_split_wide(line, [t for t in tokens if start <= t.start < end], width, measure, keep))
        else:
            pieces.append((start, end))
    spans: list[tuple[int, int]] = []
    line_start = 0
    for start, end in pieces:
        if start > line_start and measure(line[line_start:end].rstrip(" \t")) > width:
            spans.append((line_start, len(line[line_start:start].rstrip(" \t")) + line_start))
            line_start = start
    spans.append((line_start, len(line)))
    return spans


def _split_wide(
    line: str, tokens: list[Token], width: int, measure: Measure, keep: Collection[int]
) -> list[tuple[int, int]]:
    """A phrase wider than a line, cut between words, and a word between clusters, by kinsoku."""
    units: list[tuple[int, int]] = []
    for token in tokens:
        if measure(token.text) > width:
            units.extend(
                (token.start + at, token.start + at + len(cluster)) for at, cluster in grapheme_spans(token.text)
            )
        else:
            units.append((token.start, token.end))
    # Glue a unit that may not start a line to the one before it (and one
    # that may not end a line to the one after it).
    glued: list[tuple[int, int]] = []
    for start, end in units:
        if glued and (start in keep or not _allowed(line[glued[-1][0] : start], line[start:end])):
            glued[-1] = (glued[-1][0], end)
        else:
            glued.append((start, end))
    pieces: list[tuple[int, int]] = []
    for start, end in glued:
        if pieces and measure(line[pieces[-1][0] : end]) <= width:
            pieces[-1] = (pieces[-1][0], end)
        else:
            pieces.append((start, end))
    return pieces
