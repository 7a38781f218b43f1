"""Line wrapping for plain-text mail: kinsoku for Japanese, words for English.

This is the hook the language package's line breaker (BudouX phrases plus the
JIS X 4051 rules) plugs into: ``wrap(text, width, lang)`` is the whole
contract. Until it lands, Japanese breaks between BudouX phrases, and the
characters a line must not start with (。、」 …) hang at the end of the line
before (burasage), so a line may end a character or two past *width*.
"""

from __future__ import annotations

import re
import textwrap
from functools import cache

from rich.cells import cell_len

# JIS X 4051 line-start prohibited characters (closing brackets, punctuation,
# small kana, the prolonged sound mark) and line-end prohibited ones.
NO_START = set("、。，．,.)）]］}｝〕〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠–〜～？！?!‼⁇⁈⁉・:;：；/")
NO_END = set("(（[［{｛〔〈《「『【〘〖〝‘“｟«")


@cache
def _parser():
    import budoux

    return budoux.load_default_japanese_parser()


def _alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _phrases(text: str) -> list[str]:
    """BudouX's phrases, never breaking inside a number or a Latin word (2026, 10:40)."""
    phrases: list[str] = []
    for phrase in _parser().parse(text):
        if phrases and (_alnum(phrases[-1][-1]) or phrases[-1][-1] in ":.,") and _alnum(phrase[0]):
            phrases[-1] += phrase
        else:
            phrases.append(phrase)
    return phrases


def wrap(text: str, width: int, lang: str) -> list[str]:
    """*text* (one paragraph) as lines of at most *width* cells (plus hanging punctuation)."""
    if lang != "ja":
        return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
    lines: list[str] = [""]
    for phrase in _phrases(text):
        # A phrase wider than a line is split at its spaces, then character by character.
        pieces = [phrase] if cell_len(phrase) <= width else [
            part for word in re.findall(r"\S+\s*|\s+", phrase)
            for part in ([word] if cell_len(word) <= width else list(word))
        ]
        for piece in pieces:
            if lines[-1] and cell_len(lines[-1] + piece) > width:
                lines.append("")
            lines[-1] += piece
    return _kinsoku([line.strip() for line in lines if line.strip()] or [""])


def _kinsoku(lines: list[str]) -> list[str]:
    for i in range(1, len(lines)):
        # Hang prohibited line starts on the line before; push prohibited line ends to the next.
        while lines[i] and lines[i][0] in NO_START and lines[i - 1]:
            lines[i - 1] += lines[i][0]
            lines[i] = lines[i][1:]
        while lines[i - 1] and lines[i - 1][-1] in NO_END:
            lines[i] = lines[i - 1][-1] + lines[i]
            lines[i - 1] = lines[i - 1][:-1]
    return [line for line in lines if line]
