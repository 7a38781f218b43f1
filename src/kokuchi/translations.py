"""A catalog's translations: the state of each entry, the look-up, and what a translation may hold.

Below the store (which refuses a catalog whose translations break these rules
wherever it is read) and below translate.py (which uses them to translate).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import markup
from .errors import Problem

if TYPE_CHECKING:
    from .po import POEntry, POFile

USABLE = ("translated", "auto")
FLIP_FLAG = "kokuchi-flip"
AUTO_FLAG = "kokuchi-auto"


def unit_state(entry: POEntry | None) -> str:
    """translated, fuzzy, auto, flip or untranslated; fuzzy never counts as translated."""
    if entry is None or entry.obsolete:
        return "untranslated"
    if FLIP_FLAG in entry.flags:
        return "flip"
    if not entry.msgstr:
        return "untranslated"
    if "fuzzy" in entry.flags:
        return "fuzzy"
    if AUTO_FLAG in entry.flags:
        return "auto"
    return "translated"


def lookup(catalog: POFile) -> dict[tuple[str | None, str], POEntry]:
    return {(e.msgctxt, e.msgid): e for e in catalog if not e.obsolete}


# Roles whose text is inline Markdown (the others are plain text, escaped by
# every renderer).
MARKDOWN_ROLES = ("body", "update")


def translation_problems(catalog: POFile, file: str) -> list[Problem]:
    """What a catalog's translations may not hold, one located problem each.

    A translation takes its source's place in pages, mail and terminals, so it
    obeys the source's rules: no control character or bidi control; one line
    (in a body or an update, one paragraph); there, inline Markdown only (a heading or a list would
    break the page it lands in), no raw HTML, no image, no link but http(s)
    and mailto. Obsolete entries are never shown, so they are not checked.
    """
    from .controls import text_problem

    problems = []
    for entry in catalog:
        if entry.obsolete:
            continue
        for index, msgstr in [(None, entry.msgstr)] + sorted(entry.msgstr_plural.items()):
            if not msgstr:
                continue
            where = "msgstr" if index is None else f"msgstr[{index}]"
            line = entry.msgstr_line(index) or 1
            # A line break inside a Markdown paragraph is only a soft break.
            message = text_problem(msgstr, multiline=entry.msgctxt in MARKDOWN_ROLES)
            found = [message] if message else []
            if not found and entry.msgctxt in MARKDOWN_ROLES:
                found = [problem for _, problem in markup.markup_problems(msgstr)]
                if not found and not markup.single_paragraph(msgstr):
                    found = [
                        "must be inline Markdown like its source: it starts a block (a heading, list, quote, "
                        "code block or rule)"
                    ]
            problems += [Problem(file, line, 1, where, f"{problem} (msgid {entry.msgid[:40]!r})") for problem in found]
    return problems
