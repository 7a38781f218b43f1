"""A catalog's translations: the state of each entry, the look-up, and what a translation may hold.

Below the store (which refuses a catalog whose translations break these rules
wherever it is read) and below translate.py (which uses them to translate).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kokuchi.catalog import po
from kokuchi.core.errors import InvalidInput, Problem
from kokuchi.core.model import UnitState
from kokuchi.project.files import MAX_CATALOG_BYTES, read_bytes

if TYPE_CHECKING:
    from kokuchi.catalog.po import POEntry, POFile
    from kokuchi.project.layout import Store

USABLE = frozenset({UnitState.TRANSLATED, UnitState.AUTO})
FLIP_FLAG = "kokuchi-flip"
AUTO_FLAG = "kokuchi-auto"


def unit_state(entry: POEntry | None) -> UnitState:
    """translated, fuzzy, auto, flip or untranslated; fuzzy never counts as translated."""
    if entry is None or entry.obsolete:
        return UnitState.UNTRANSLATED
    if FLIP_FLAG in entry.flags:
        return UnitState.FLIP
    if not entry.msgstr:
        return UnitState.UNTRANSLATED
    if "fuzzy" in entry.flags:
        return UnitState.FUZZY
    if AUTO_FLAG in entry.flags:
        return UnitState.AUTO
    return UnitState.TRANSLATED


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
    from kokuchi.core.controls import text_problem

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
                from kokuchi.notice import markup  # markdown-it: loaded for a catalog with Markdown

                found = [problem for _, problem in markup.markup_problems(msgstr)]
                if not found and not markup.single_paragraph(msgstr):
                    found = [
                        "must be inline Markdown like its source: it starts a block (a heading, list, quote, "
                        "code block or rule)"
                    ]
            problems += [Problem(file, line, 1, where, f"{problem} (msgid {entry.msgid[:40]!r})") for problem in found]
    return problems


def read_catalog(store: Store, lang: str) -> po.POFile:
    """The catalog of *lang* as a po.POFile."""
    path = store.catalog_path(lang)
    store.check_inside(path)
    # A link, a FIFO, a huge file: refused; what was checked is what is parsed.
    return po.parse_bytes(read_bytes(path, limit=MAX_CATALOG_BYTES, name=store.rel(path)), store.rel(path))


def catalog_entries(store: Store, lang: str) -> dict:
    """The live entries of *lang*'s catalog by (msgctxt, msgid); none without a catalog.

    Refused (InvalidInput) when a translation holds what its source may
    not: it is checked here, where it is first read, never later where it
    would be shown.
    """
    path = store.catalog_path(lang)
    if not path.is_file():
        return {}
    catalog = read_catalog(store, lang)
    problems = translation_problems(catalog, store.rel(path))
    if problems:
        raise InvalidInput(problems)
    return lookup(catalog)
