"""Characters that text in a notice or a translation may not hold, and escaping for terminals.

A notice is read by people on pages, in mail and in terminals. C0 and C1
control characters (ESC starts terminal sequences that can rewrite the screen,
set the clipboard or hide a link), bidirectional overrides (which reorder
what a reviewer sees against what is stored: "Trojan Source") and Unicode line
separators have no place in it: they are refused where text is read, with the
code point named. Newline and tab are the only controls a multi-line text may
hold. Anything printed to a terminal goes through ``escape`` as well, so that
text from elsewhere (a folder name, a PO file given on the command line)
cannot reach it raw either.

Invisible format characters (Unicode category Cf: zero-width spaces and
joiners, word joiners, soft hyphens, interlinear annotation marks, tag
characters, U+FEFF inside a text) are refused too: a reader sees nothing,
while a checker reading the stored text sees a different number or address
(07:00 for 0​7:00, a link split in two). Two uses of them are kept, both
inside an emoji, where nothing can hide: U+200D ZERO WIDTH JOINER between
two pictographs (👩‍💻) and the tag characters of a subdivision flag (🏴 +
tags + CANCEL TAG). Noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF and the
last two code points of every plane) and lone surrogates are refused
everywhere: XML (feeds, pages) cannot carry them.

Standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# The explicit directional formatting characters of Unicode (UAX #9): embeddings,
# overrides, isolates and the implicit marks.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
LINE_SEPARATORS = "\u2028\u2029"


@cache
def _single() -> re.Pattern[str]:
    return re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI}{LINE_SEPARATORS}]")


@cache
def _multi() -> re.Pattern[str]:
    return re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}{LINE_SEPARATORS}]")


@cache
def _terminal() -> re.Pattern[str]:
    return re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}{LINE_SEPARATORS}]")


@cache
def _name() -> re.Pattern[str]:  # a name: not even a newline
    return re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI}{LINE_SEPARATORS}]")


# Unicode's format characters (category Cf, as of Unicode 15.1; a test checks
# the running Python's Unicode has none beyond these).
FORMAT = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
NONCHARACTERS = "\ufdd0-\ufdef" + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
SURROGATES = "\ud800-\udfff"


@cache
def _invisible() -> re.Pattern[str]:  # no ASCII character is one: ASCII text never needs it compiled
    return re.compile(f"[{FORMAT}{NONCHARACTERS}{SURROGATES}]")


ZWJ = "\u200d"


@cache
def _tag_flag() -> re.Pattern[str]:  # a subdivision flag (🏴 and tag letters), met only beside a tag character
    return re.compile("\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]{1,32}\U000e007f")


_TAGS = "\U000e0020-\U000e007f"


def describe(char: str) -> str:
    """U+001B (ESCAPE): the code point and, where Unicode has one, its name."""
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(char) or _UNNAMED.get(unicodedata.category(char), "")
    name = name or "a control character"
    return f"U+{ord(char):04X} ({name})"


# unicodedata names no control character.
_CONTROL_NAMES = {
    "\x00": "NULL",
    "\x07": "BELL",
    "\x08": "BACKSPACE",
    "\t": "TAB",
    "\n": "LINE FEED",
    "\x0b": "LINE TABULATION",
    "\x0c": "FORM FEED",
    "\r": "CARRIAGE RETURN",
    "\x1b": "ESCAPE",
    "\x7f": "DELETE",
    "\x85": "NEXT LINE",
    "\x90": "DEVICE CONTROL STRING",
    "\x9b": "CONTROL SEQUENCE INTRODUCER",
    "\x9c": "STRING TERMINATOR",
    "\x9d": "OPERATING SYSTEM COMMAND",
}


_UNNAMED = {"Cn": "a noncharacter", "Cs": "a lone surrogate"}


def _emoji_side(char: str) -> bool:
    # A pictograph (So), an emoji modifier (skin tones) or the emoji variation selector.
    return unicodedata.category(char) == "So" or "\U0001f3fb" <= char <= "\U0001f3ff" or char == "\ufe0f"


def _kept(text: str, index: int) -> bool:
    """Whether the format character at *index* is one of the two kept inside an emoji."""
    char = text[index]
    if char == ZWJ:
        return (
            0 < index < len(text) - 1 and _emoji_side(text[index - 1]) and unicodedata.category(text[index + 1]) == "So"
        )
    if "\U000e0020" <= char <= "\U000e007f":
        start = text.rfind("\U0001f3f4", max(0, index - 33), index)
        flag = _tag_flag().match(text, start) if start >= 0 else None
        return flag is not None and index < flag.end()
    return False


def invisible(text: str) -> re.Match | None:
    """The first format character, noncharacter or surrogate *text* may not hold, or None."""
    if text.isascii():
        return None
    for match in _invisible().finditer(text):
        if not _kept(text, match.start()):
            return match
    return None


def text_problem(text: str, *, multiline: bool) -> str | None:
    """Why *text* is refused, or None.

    *multiline* texts (bodies) may hold newlines and tabs; every other text is
    one line without any control character.
    """
    match = (_multi() if multiline else _single()).search(text) or invisible(text)
    if match is None:
        return None
    char = match.group()
    line = text.count("\n", 0, match.start()) + 1
    where = f" at line {line} of the text" if multiline and "\n" in text else ""
    if unicodedata.category(char) in ("Cn", "Cs"):
        return f"holds {describe(char)}{where}, which XML (pages, feeds) cannot carry; remove it"
    if char not in BIDI and unicodedata.category(char) == "Cf":
        return (
            f"holds the invisible format character {describe(char)}{where}, which can hide inside a number, "
            "a date or a link; remove it"
        )
    if char in "\n\r\x85" + LINE_SEPARATORS and not multiline:
        return f"must be a single line: it holds a line break ({describe(char)}){where}"
    if char in BIDI:
        return f"holds the bidirectional control {describe(char)}{where}, which reorders what readers see; remove it"
    return f"holds the control character {describe(char)}{where}; remove it"


def escape(text: str, *, newlines: bool = True) -> str:
    """*text* with every control character but newline and tab, every bidi
    control and line separator, every invisible format character and
    noncharacter (but the two kept inside emoji) shown as a visible escape
    (``\\u001b``, ``\\u202e``), for a terminal. The form is JSON's too
    (surrogate pairs beyond the BMP), so escaped JSON output stays JSON that
    means the same. Without *newlines*, newline and tab are escaped too: a
    file name in a problem line cannot start a line of its own."""
    if text.isascii() and (text.replace("\n", "").replace("\t", "") if newlines else text).isprintable():
        return text  # the ASCII characters escaped are the controls (isprintable: none), and no ASCII is invisible
    text = (_terminal() if newlines else _name()).sub(_visible, text)
    if text.isascii() or _invisible().search(text) is None:
        return text
    return _invisible().sub(lambda m: m.group() if _kept(m.string, m.start()) else _visible(m), text)


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"
