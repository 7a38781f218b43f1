"""Rewrite src/kokuchi/language/unicode_classes.py from the Unicode Character Database. Run on purpose, then
review the diff:

    python tests/regen_unicode_classes.py

The property values come from the ``regex`` module, whose tables are generated from the Unicode Character
Database of its release, and which language/scripts.py uses for all other text: the standard ``re`` has no
Unicode properties, and Python's ``unicodedata`` has neither scripts, blocks nor grapheme-break properties and
may be of another Unicode version than ``regex``'s. tests/language/test_unicode_classes.py checks, for every
code point, that each class agrees with the ``regex`` class it is cut from.
"""

from __future__ import annotations

from pathlib import Path

import regex

TARGET = Path(__file__).resolve().parent.parent / "src" / "kokuchi" / "language" / "unicode_classes.py"

# Blocks whose text is common in notices: Basic Latin, Latin-1 and Latin Extended-A; General Punctuation to
# Miscellaneous Symbols and Arrows; CJK Symbols and Punctuation to CJK Unified Ideographs (kana, CJK
# compatibility, Extension A); CJK Compatibility Ideographs; Halfwidth and Fullwidth Forms.
BLOCKS = [(0x0000, 0x017F), (0x2000, 0x2BFF), (0x3000, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF)]
# A character whose grapheme-break property is not Other, LF or Control can join a cluster.
JOINING = r"[^\p{Grapheme_Cluster_Break=Other}\p{Grapheme_Cluster_Break=LF}\p{Grapheme_Cluster_Break=Control}]"

# name → a character class of kokuchi's ``regex`` patterns, as written there; each is generated as its
# code points in SIMPLE.
CLASSES = {
    "LATIN_CHAR": r"[\p{Latin}\p{Nd}\p{M}\u200d]",
    "JAPANESE_CHAR": r"[\p{Han}\p{Hiragana}\p{Katakana}ー々〆ヶ〇\uff70\uff9e\uff9f\p{M}\u200d]",
    "DIGIT": r"\p{Nd}",
    "PUNCTUATION": r"\p{P}",
    "SPACE": r"[^\S\r\n]",
    "WHITE_SPACE": r"\s",
    "HAN_RUN": r"[\p{Han}々〆ヶ〇\p{M}\u200d]",
    "HIRAGANA_RUN": r"[\p{Hiragana}\p{M}\u200d]",
    "KATAKANA_RUN": r"[\p{Katakana}ー\uff70\uff9e\uff9f\p{M}\u200d]",
    "KATAKANA_FIRST": r"[\p{Katakana}ー\uff70\uff9e\uff9f]",
    "LATIN": r"\p{Latin}",
    "LETTERS_REST": r"[\p{Latin}\p{M}\p{Nd}\-_.'’]",
    "CJK": r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Block=CJK_Symbols_and_Punctuation}\p{Block=Halfwidth_and_Fullwidth_Forms}ー]",
    "HAN_CLASS": r"[\p{Han}々〆ヶ]",
    "HIRAGANA": r"\p{Hiragana}",
    "KATAKANA_CLASS": r"[\p{Katakana}ー]",
    "SENTENCE_START": r"[\p{Lu}\d\"'“‘(]",
}

ALL = "".join(map(chr, range(0x110000)))


def code_points(prop: str, within: str = ALL) -> list[int]:
    pattern = prop if prop.startswith("[") else f"[{prop}]"
    return [ord(ch) for ch in regex.findall(pattern, within)]


def simple() -> str:
    """SIMPLE: the code points of BLOCKS that cannot join a grapheme cluster, and CR (which joins LF only)."""
    joining = set(code_points(JOINING))
    return "".join(chr(p) for lo, hi in BLOCKS for p in range(lo, hi + 1) if p not in joining or p == 0x0D)


def ranges(points: list[int]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for point in points:
        if result and result[-1][1] == point - 1:
            result[-1] = (result[-1][0], point)
        else:
            result.append((point, point))
    return result


def escaped(point: int) -> str:
    """*point* as a Python escape that, once the literal is read, is a literal in an ``re`` class."""
    if chr(point) in "\\]^-[":
        return "\\\\" + f"\\x{point:02x}"
    if point < 0x100:
        return f"\\x{point:02x}"
    return f"\\u{point:04x}" if point < 0x10000 else f"\\U{point:08x}"


def class_text(points: list[int]) -> str:
    parts = []
    for lo, hi in ranges(points):
        if hi == lo:
            parts.append(escaped(lo))
        elif hi == lo + 1:
            parts.append(escaped(lo) + escaped(hi))
        else:
            parts.append(escaped(lo) + "-" + escaped(hi))
    return "".join(parts)


def cut(prop: str, within: str) -> str:
    """The class *prop* cut to the characters *within*: as its code points, or as ``^`` and the other code
    points *within* where those are fewer in the Basic Multilingual Plane (``re`` compiles a class of the
    BMP in time linear in the code points it holds: a class of all kanji takes a millisecond)."""
    points = code_points(prop, within)
    others = sorted(set(map(ord, within)) - set(points))
    if sum(p < 0x10000 for p in others) < sum(p < 0x10000 for p in points):
        return "^" + class_text(others)
    return class_text(points)


def source() -> str:
    lines = [
        '"""Character classes for the standard ``re`` on common text, as the contents of ``[...]``.',
        "",
        "SIMPLE is the common text: Latin-1 and Latin Extended-A, punctuation and symbols, kana, kanji and",
        "full-width forms, without the characters that join a grapheme cluster (but CR); each other class is",
        "one of language/scripts.py's ``regex`` classes, cut to SIMPLE; one that starts with ^ is written as",
        "the other characters of SIMPLE, for text of SIMPLE characters alone.",
        "",
        "Generated by tests/regen_unicode_classes.py from the Unicode Character Database tables of the",
        f"``regex`` module {regex.__version__}; do not edit. tests/language/test_unicode_classes.py checks each",
        "class against ``regex`` for every code point.",
        '"""',
        "",
        "# fmt: off",
        "# ruff: noqa: E501",
    ]
    within = simple()
    lines += [
        "",
        "# Text made of these alone is segmented and classified by the classes below.",
        f'SIMPLE = "{class_text([ord(ch) for ch in within])}"',
    ]
    for name, prop in CLASSES.items():
        lines.append("")
        lines.append(f"# {prop}")
        lines.append(f'{name} = "{cut(prop, within)}"')
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    TARGET.write_text(source(), encoding="utf-8")
    print(f"wrote {TARGET}")
