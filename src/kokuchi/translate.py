"""Revision + catalog → the same Revision in another language.

Every translatable text is looked up as the unit it is (role + normalized
text). A unit without a usable translation (untranslated, fuzzy, a meaning
flip) keeps its Japanese text and is recorded in ``Revision.untranslated`` so
that renderers can mark it. Structure, dates and states are untouched: they
are formatted per language later, by the views.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import markup
from .errors import Problem
from .i18n import SOURCE_LANGUAGE
from .model import Revision
from .units import Unit, unique_units

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
            line = entry.linenum or 1
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


@dataclass(frozen=True)
class Missing:
    unit: Unit
    state: str  # untranslated, fuzzy or flip


def translate(revision: Revision, entries: dict) -> tuple[Revision, list[Missing]]:
    missing_keys: set[tuple[str, str]] = set()
    left: set[str] = set()

    def text(role: str, source: str) -> str:
        folded = markup.join_lines(source)
        entry = entries.get((role, folded))
        if unit_state(entry) in USABLE:
            return entry.msgstr
        missing_keys.add((role, folded))
        left.add(folded)
        return folded

    def body(source: str) -> str:
        parts = []
        for block in markup.blocks(source):
            items = [text("body", item) for item in block.items]
            parts.append("\n".join(f"- {item}" for item in items) if block.kind == "list" else items[0])
        return "\n\n".join(parts) + "\n"

    advisory = revision.advisory
    if advisory is not None:
        # Advisory facts name products as the products list does: in the same language.
        advisory = replace(
            advisory,
            products=tuple(replace(p, name=text("product", p.name)) for p in advisory.products),
            remediations=tuple(
                replace(r, products=tuple(text("product", n) for n in r.products)) for r in advisory.remediations
            ),
        )
    translated = replace(
        revision,
        advisory=advisory,
        title=text("title", revision.title),
        products=tuple(text("product", p) for p in revision.products),
        periods=tuple(replace(p, scope=text("scope", p.scope) if p.scope else p.scope) for p in revision.periods),
        sections=tuple(
            replace(s, heading=text("heading", s.heading) if s.heading else None, body=body(s.body))
            for s in revision.sections
        ),
        updates=tuple(replace(u, body=text("update", u.body)) for u in revision.updates),
        untranslated=frozenset(left),
    )
    missing = [
        Missing(unit, unit_state(entries.get(unit.key)))
        for unit in unique_units([revision])
        if unit.key in missing_keys
    ]
    return translated, missing


def localize(revision: Revision, lang: str, entries: dict) -> Revision:
    """*revision* as a reader of *lang* sees it: itself in the source language."""
    return revision if lang == SOURCE_LANGUAGE else translate(revision, entries)[0]
