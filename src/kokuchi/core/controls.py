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

Standard library only.
"""

from __future__ import annotations

import re
import unicodedata

# The explicit directional formatting characters of Unicode (UAX #9): embeddings,
# overrides, isolates and the implicit marks.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
LINE_SEPARATORS = "\u2028\u2029"

_SINGLE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI}{LINE_SEPARATORS}]")
_MULTI = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}{LINE_SEPARATORS}]")
_TERMINAL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}{LINE_SEPARATORS}]")


def describe(char: str) -> str:
    """U+001B (ESCAPE): the code point and, where Unicode has one, its name."""
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(char, "a control character")
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


def text_problem(text: str, *, multiline: bool) -> str | None:
    """Why *text* is refused, or None.

    *multiline* texts (bodies) may hold newlines and tabs; every other text is
    one line without any control character.
    """
    match = (_MULTI if multiline else _SINGLE).search(text)
    if match is None:
        return None
    char = match.group()
    line = text.count("\n", 0, match.start()) + 1
    where = f" at line {line} of the text" if multiline and "\n" in text else ""
    if char in "\n\r\x85" + LINE_SEPARATORS and not multiline:
        return f"must be a single line: it holds a line break ({describe(char)}){where}"
    if char in BIDI:
        return f"holds the bidirectional control {describe(char)}{where}, which reorders what readers see; remove it"
    return f"holds the control character {describe(char)}{where}; remove it"


def escape(text: str) -> str:
    """*text* with every control character but newline and tab, every bidi
    control and line separator shown as a visible escape (``\\u001b``,
    ``\\u202e``), for a terminal. The form is JSON's too, so escaped JSON
    output stays JSON that means the same."""
    return _TERMINAL.sub(_visible, text)


def _visible(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"
